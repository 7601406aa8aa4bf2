/**
 * Some publishers justify their text with soft hyphens (U+00AD) inside words
 * ("con\u00adfirmed"). They are invisible to a reader, so the engine must read
 * the words whole; the sentence offsets still point into the text as it is.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../src/engine/index';
import { tokenize } from '../../src/engine/tokens';

const SHY = '\u00ad';

test('a soft hyphen inside a word does not split it', () => {
  const { tokens } = tokenize(`Massy con${SHY}firmed the at${SHY}tack.`, false);
  assert.deepEqual(tokens.filter((t) => t.word).map((t) => t.l), ['massy', 'confirmed', 'the', 'attack']);
  const confirmed = tokens[1];
  assert.equal(`Massy con${SHY}firmed the at${SHY}tack.`.slice(confirmed.s, confirmed.e), `con${SHY}firmed`);
});

test('a sentence with soft hyphens is tagged as the same sentence without them', () => {
  const plain = 'Thousands of customers were turned away. Ronald Walcott, the chain’s chief executive, said the company had restored its systems.';
  const shy = plain.replace('Walcott', `Wal${SHY}cott`).replace('executive', `ex${SHY}ec${SHY}u${SHY}tive`).replace('restored', `re${SHY}stored`);
  const a = analyzeText(plain).sentences[1];
  const b = analyzeText(shy).sentences[1];
  assert.equal(b.tag, 'named-person');
  assert.equal(b.tag, a.tag);
  assert.equal(b.cue, a.cue);
  assert.equal(b.source?.replace(/\u00ad/g, ''), a.source);
  assert.equal(shy.slice(b.start, b.end), b.text);
});

test('a soft hyphen alone between spaces is still not a word', () => {
  const { tokens } = tokenize(`The vote ${SHY} was close.`, false);
  assert.deepEqual(tokens.filter((t) => t.word).map((t) => t.l), ['the', 'vote', 'was', 'close']);
});
