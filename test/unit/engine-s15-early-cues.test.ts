/**
 * findCandidates skips a token with one AND when it carries neither a cue bit
 * nor an EARLY_CUES bit (cheap in the page, where the engine runs cold). The
 * words it compares before its CUE_MASK test must therefore all be in
 * EARLY_CUES, or the skip silently drops a cue (it happened once, with "hope").
 * A source check: every word the loop compares with `l` before the CUE_MASK
 * test is listed in EARLY_CUES.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeText } from '../../src/engine/index';

const src = readFileSync(new URL('../../src/engine/attribution.ts', import.meta.url), 'utf8');

/** The words of a simple alternation: "wants|hopes?" is wants, hopes, hope. */
function alternatives(body: string): string[] {
  return body.split('|').flatMap((w) => (w.endsWith('?') ? [w.slice(0, -1), w.slice(0, -2)] : [w]));
}

test('every word findCandidates compares before its cue-bit test is in EARLY_CUES', () => {
  const listed = new Set(src.match(/const EARLY_CUES = new FlagSet\(wordList\('([^']+)'\)\)/)![1].split('|'));
  // The words of ANSWERS carry its bit, which the skip keeps too ("comment": "no immediate comment from ...").
  assert.ok(/const CANDIDATE_MASK = [^;]*ANSWERS\.bit/.test(src), 'the skip keeps the ANSWERS words');
  for (const w of src.match(/const ANSWERS = new FlagSet\(expand\('([^']+)'\)\)/)![1].split('|')) listed.add(w.replace(/[\^~]$/, ''));
  const from = src.indexOf('if ((t.f & CANDIDATE_MASK) === 0) continue;');
  const to = src.indexOf('if ((t.f & CUE_MASK) === 0 || t.q) continue;', from);
  assert.ok(from > 0 && to > from, 'the skip and the cue-bit test are where this test looks for them');
  const early = src.slice(from, to);
  const compared = [
    // (Not "x + l === '...'": a joined pair such as "All said and done", whose "said" is a cue word with its bit; nor a
    // neighbour's word, "next?.l === 'from'".)
    ...[...early.matchAll(/(?<!\+ |\.)\bl === '([^']+)'/g)].map((m) => m[1]),
    ...[...early.matchAll(/\/\^\(([a-z|?]+)\)\$\/\.test\(l\)/g)].flatMap((m) => alternatives(m[1])),
  ];
  assert.ok(compared.length >= 6, `found the comparisons (${compared.join(', ')})`);
  for (const w of compared) assert.ok(listed.has(w), `"${w}" is compared before the cue-bit test but is not in EARLY_CUES`);
});

test('the early words still find their cues', () => {
  const last = (text: string) => analyzeText(text).sentences.at(-1)!;
  assert.equal(last('The league wants cities to pay for the new stadiums.').tag, 'organization');
  assert.equal(last('The growers hope to finish the harvest by June.').claim, true);
  assert.equal(last('“Closed until further notice,” the sign on the door read.').tag, 'document');
  assert.equal(last('In Lipman’s view, the merger will raise prices.').tag, 'named-person');
});
