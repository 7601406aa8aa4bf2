/**
 * The lexicon tables split their phrases without the tokenizer when a phrase
 * is plain ASCII words between single spaces (words() in phrase-index.ts): that
 * split must be exactly the tokenizer's, for every phrase of every lexicon
 * and for any such string.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { words } from '../../src/engine/phrase-index';
import { randomStrings } from './random-strings';
import { tokenize } from '../../src/engine/tokens';
import * as abbreviations from '../../src/engine/lexicon/abbreviations';
import * as events from '../../src/engine/lexicon/events';
import * as hedges from '../../src/engine/lexicon/hedges';
import * as names from '../../src/engine/lexicon/names';
import * as nonclaims from '../../src/engine/lexicon/nonclaims';
import * as organizations from '../../src/engine/lexicon/organizations';
import * as outlets from '../../src/engine/lexicon/outlets';
import * as reporting from '../../src/engine/lexicon/reporting';
import * as sources from '../../src/engine/lexicon/sources';

const viaTokenizer = (s: string): string[] => tokenize(s, false).tokens.map((t) => t.l);

/** Every string of every exported string list or '|'-joined string of the lexicon modules. */
function lexiconStrings(): string[] {
  const out: string[] = [];
  for (const mod of [abbreviations, events, hedges, names, nonclaims, organizations, outlets, reporting, sources]) {
    for (const v of Object.values(mod as Record<string, unknown>)) {
      if (typeof v === 'string') out.push(...v.split('|'));
      else if (Array.isArray(v)) out.push(...v.filter((x): x is string => typeof x === 'string'));
      else if (v instanceof Set) out.push(...[...v].filter((x): x is string => typeof x === 'string'));
    }
  }
  return out;
}

test('words() splits every lexicon phrase exactly as the tokenizer does', () => {
  const all = lexiconStrings();
  assert.ok(all.length > 3000, `expected the lexicons' thousands of entries, got ${all.length}`);
  let fast = 0;
  for (const p of all) {
    assert.deepEqual(words(p), viaTokenizer(p), JSON.stringify(p));
    if (/^[a-z\d]+( [a-z\d]+)*$/i.test(p)) fast++;
  }
  // Most phrases take the fast path (the point of it).
  assert.ok(fast > all.length * 0.8, `${fast} of ${all.length} on the fast path`);
});

test('words() equals the tokenizer on random strings of letters, digits and spaces, and on near misses', () => {
  for (const s of randomStrings('aAbZz09 ', 5000, 12, 7)) assert.deepEqual(words(s), viaTokenizer(s), JSON.stringify(s));
  // Strings the fast path must leave to the tokenizer.
  for (const s of ['U.S. officials', 'Reuters’', "Women's March", 'al-Qaida', 'A&E', '3,248 people', '  two  spaces ', 'Étienne Dupont', 'the_end', 'Sen. X', '']) {
    assert.deepEqual(words(s), viaTokenizer(s), JSON.stringify(s));
  }
});
