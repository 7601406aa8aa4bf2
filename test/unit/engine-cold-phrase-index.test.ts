/**
 * PhraseIndex builds lazily: loading the engine only cuts each phrase's first
 * word (firstWord) and flags it; a first word's phrases are split and indexed
 * when a token first probes it. Lazy or not, matchAt must answer exactly as an
 * eager longest-match over the whole list would, in whatever order it is probed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PhraseIndex, firstWord, words } from '../../src/engine/phrase-index';
import { tokenize, type Token } from '../../src/engine/tokens';
import { randomStrings } from './random-strings';
import { splitSentences } from '../../src/engine/split';
import * as hedges from '../../src/engine/lexicon/hedges';
import * as nonclaims from '../../src/engine/lexicon/nonclaims';
import * as organizations from '../../src/engine/lexicon/organizations';
import * as outlets from '../../src/engine/lexicon/outlets';
import * as reporting from '../../src/engine/lexicon/reporting';
import * as sources from '../../src/engine/lexicon/sources';
import { PHRASE_LISTS as LISTS } from './phrase-lists';

const viaTokenizer = (s: string): string | undefined => tokenize(s, false).tokens[0]?.l;

test('firstWord() is the tokenizer\'s first token for every lexicon phrase', () => {
  let n = 0;
  for (const mod of [hedges, nonclaims, organizations, outlets, reporting, sources]) {
    for (const v of Object.values(mod as Record<string, unknown>)) {
      if (!Array.isArray(v)) continue;
      for (const p of v) if (typeof p === 'string') {
        assert.equal(firstWord(p), viaTokenizer(p), JSON.stringify(p));
        assert.equal(firstWord(p), words(p)[0], JSON.stringify(p));
        n++;
      }
    }
  }
  assert.ok(n > 2000, `only ${n} phrases`);
});

test('firstWord() equals the tokenizer on random strings of letters, joiners, dots and apostrophes', () => {
  for (const s of randomStrings("aZ09 -/&.'’é,", 20000, 10, 11)) assert.equal(firstWord(s), viaTokenizer(s), JSON.stringify(s));
  for (const s of ['Al-Jazeera English', 'RFE/RL', 'A&E', 'U.S. officials', 'Reuters’', 'Sen. X', '3,248 people', 'Étienne', ' leading space', '']) {
    assert.equal(firstWord(s), viaTokenizer(s), JSON.stringify(s));
  }
});

function capOrDigit(t: Token): boolean {
  return !t.word || t.cap || /^\d/.test(t.t);
}

/** The eager answer: the longest whole phrase at i (its last word may be bare of a possessive), else a one-word phrase on the bare first word. */
function reference(phrases: string[][], tokens: Token[], i: number, end: number, needCap: boolean): number {
  const t0 = tokens[i];
  if (!phrases.some((p) => p[0] === t0.b)) return 0;
  if (needCap && !capOrDigit(t0)) return 0;
  let best = 0;
  for (const p of phrases) {
    if (p.length < 2 || p[0] !== t0.l || p[0] !== t0.b || i + p.length > end) continue;
    const fits = p.every((w, k) => {
      if (k === 0) return true;
      const t = tokens[i + k];
      return (t.l === w || (k === p.length - 1 && t.b === w)) && !(needCap && t.word && !capOrDigit(t));
    });
    if (fits) best = Math.max(best, p.length);
  }
  if (best) return best;
  return phrases.some((p) => p.length === 1 && p[0] === t0.b) ? 1 : 0;
}


// Built before any text is tokenized: tokens carry the first-word bits of the indexes that exist when they are made.
const forward = LISTS.map(([, l]) => new PhraseIndex(l));
const backward = LISTS.map(([, l]) => new PhraseIndex(l));
const split = LISTS.map(([, l]) => l.map(words));

const TEXT = [
  readFileSync(new URL('../../../shared/examples/seed-article.txt', import.meta.url), 'utf8'),
  'The New York Times’ reporters and Reuters’ editors said, according to the Associated Press. The Wall Street Journal reported it.',
  'Officials at the U.S. State Department, speaking on condition of anonymity, said the White House would likely respond; Agence France-Presse and Al-Jazeera English confirmed.',
  'the new york times said, the united nations said; THE ASSOCIATED PRESS said. Channel 4 News and the BBC’s correspondent, who declined to comment, appeared to confirm it.',
].join('\n');

test('matchAt answers as the eager longest match, probed forwards or backwards, with and without needCap', () => {
  const sentences = splitSentences(TEXT).map((s) => tokenize(TEXT.slice(s.start, s.end), false).tokens);
  let hits = 0;
  for (const [k, [name]] of LISTS.entries()) {
    for (const tokens of sentences) {
      const end = tokens.length;
      for (const needCap of [false, true]) {
        for (let i = 0; i < end; i++) {
          const want = reference(split[k], tokens, i, end, needCap);
          assert.equal(forward[k].matchAt(tokens, i, end, needCap), want, `${name} at ${i} of ${tokens.map((t) => t.t).join(' ')}`);
          if (want) hits++;
        }
        for (let i = end - 1; i >= 0; i--) {
          assert.equal(backward[k].matchAt(tokens, i, end, needCap), reference(split[k], tokens, i, end, needCap), `${name} (backwards) at ${i}`);
        }
      }
    }
  }
  // The texts do reach the tables: multi-word outlets, possessives and hedges among them.
  assert.ok(hits > 50, `only ${hits} matches`);
});

test('matchAt finds multi-word outlets, a possessive on the last word, and stops at the end given', () => {
  const outletIndex = new PhraseIndex(['The New York Times', 'The Times', 'Reuters', 'Associated Press']);
  const { tokens } = tokenize('The New York Times’ reporters quoted Reuters’ editors and the Associated Press.', false);
  assert.equal(outletIndex.matchAt(tokens, 0, tokens.length), 4);
  assert.equal(outletIndex.matchAt(tokens, 0, 3), 0);
  const reuters = tokens.findIndex((t) => t.b === 'reuters');
  assert.equal(outletIndex.matchAt(tokens, reuters, tokens.length), 1);
  const ap = tokens.findIndex((t) => t.l === 'associated');
  assert.equal(outletIndex.matchAt(tokens, ap, tokens.length), 2);
  assert.equal(outletIndex.matchAt(tokens, ap - 1, tokens.length), 0);
  // Lower-case words fail needCap: "the associated press" in running text is not the name.
  const lower = tokenize('the associated press', false).tokens;
  assert.equal(outletIndex.matchAt(lower, 1, lower.length, true), 0);
  assert.equal(outletIndex.matchAt(lower, 1, lower.length, false), 2);
});
