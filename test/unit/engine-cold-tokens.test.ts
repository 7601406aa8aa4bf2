/**
 * The tokenizer tests ASCII letters, digits and spaces inline and calls its
 * Unicode helpers only past ASCII (the page runs it cold, where calls cost);
 * word bits come from one Map (flags.ts). These pin the word boundaries and
 * flags on both sides of that split.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/engine/tokens';
import { FlagSet } from '../../src/engine/flags';

const texts = (s: string): string[] => tokenize(s, false).tokens.map((t) => t.t);

test('ASCII words, numbers with separators and joined words', () => {
  assert.deepEqual(texts('COVID-19 cases rose to 3,248 on Dec. 15, officials said.'), ['COVID-19', 'cases', 'rose', 'to', '3,248', 'on', 'Dec.', '15', ',', 'officials', 'said', '.']);
  assert.deepEqual(texts('AT&T and RFE/RL’s reporters in al-Qaida’s area'), ['AT&T', 'and', 'RFE/RL’s', 'reporters', 'in', 'al-Qaida’s', 'area']);
  const [covid] = tokenize('COVID-19', false).tokens;
  assert.equal(covid.upper, true);
  assert.equal(covid.cap, true);
  const [hts, dot, open, reps] = tokenize('HTS.“Representatives', false).tokens;
  assert.deepEqual([hts.t, dot.t, open.t, reps.t], ['HTS', '.', '“', 'Representatives']);
  assert.equal(hts.upper, true);
  assert.equal(reps.q, true);
});

test('accented and non-Latin letters stay inside words; symbols and dashes split them', () => {
  const [elysee, officials] = tokenize('Élysée officials', false).tokens;
  assert.deepEqual([elysee.t, elysee.l, elysee.cap, elysee.upper], ['Élysée', 'élysée', true, false]);
  assert.equal(officials.cap, false);
  const [z] = tokenize('Зеленский said', false).tokens;
  assert.deepEqual([z.t, z.cap, z.upper], ['Зеленский', true, false]);
  assert.deepEqual(texts('Kyiv—Moscow talks 3×4'), ['Kyiv', '—', 'Moscow', 'talks', '3', '×', '4']);
  assert.deepEqual(texts('Paris\u00a0said\u2009it\u200bwould'), ['Paris', 'said', 'it', 'would']);
  assert.deepEqual(texts('a word\u00adbreak and a trailing\u00ad'), ['a', 'wordbreak', 'and', 'a', 'trailing']);
});

test('offsets point at the token text, at every position of a sentence', () => {
  const s = '  “We’re ready,” said Sen. Maria Cantwell (D-Wash.), citing the U.S. Census Bureau’s 2020 data…';
  for (const t of tokenize(s, false).tokens) assert.equal(s.slice(t.s, t.e), t.t);
});

test('word bits: a listed word and its possessive carry the bit, other words none', () => {
  const set = new FlagSet(['Zyxquorp', 'Vantablock']);
  assert.ok(set.has('zyxquorp'));
  assert.ok(!set.has('plan'));
  const [word, , possessive, plain] = tokenize('Zyxquorp said Vantablock’s plan', false).tokens;
  assert.notEqual(word.f & set.bit, 0);
  assert.equal(possessive.b, 'vantablock');
  assert.notEqual(possessive.f & set.bit, 0);
  // Unlisted words read 0, a number, not undefined or NaN.
  assert.equal(plain.f & set.bit, 0);
  const [unknown, , unknownPossessive] = tokenize('Qqqqzzzz met Qqqqzzzz’s aide', false).tokens;
  assert.equal(unknown.f, 0);
  assert.equal(unknownPossessive.f, 0);
});
