/**
 * Session 14's cold-start work changed how the engine does things, never what it
 * answers: the tokenizer skips runs of lower-case letters with one sticky regex
 * (a turn of its letter loop per letter costs more in the interpreter), quoteKind
 * marks the attribution tokens once instead of asking every candidate per token,
 * a photo credit is looked for with one regex over the paragraph's two ends, and
 * the phrase tables cut a phrase's first word without a case-insensitive regex.
 * These pin the answers at the edges each change touches.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/engine/tokens';
import { analyzeText } from '../../src/engine/index';
import { firstWord, words } from '../../src/engine/phrase-index';

/** [text, lower case, bare form, capitalised, acronym] of the first token(s) of `s` followed by " said". */
const fields = (s: string): Array<[string, string, string, boolean, boolean]> =>
  tokenize(s + ' said', false).tokens.slice(0, -1).map((t) => [t.t, t.l, t.b, t.cap, t.upper]);

test('a lower-case run ends where a capital, digit, accented letter, joiner or soft hyphen carries the word on', () => {
  assert.deepEqual(fields('iPhone'), [['iPhone', 'iphone', 'iphone', false, false]]);
  assert.deepEqual(fields('eBay'), [['eBay', 'ebay', 'ebay', false, false]]);
  assert.deepEqual(fields('aBC'), [['aBC', 'abc', 'abc', false, false]]);
  assert.deepEqual(fields('abc123def'), [['abc123def', 'abc123def', 'abc123def', false, false]]);
  assert.deepEqual(fields('résumé'), [['résumé', 'résumé', 'résumé', false, false]]);
  assert.deepEqual(fields('über'), [['über', 'über', 'über', false, false]]);
  assert.deepEqual(fields('x-ray'), [['x-ray', 'x-ray', 'x-ray', false, false]]);
  assert.deepEqual(fields('mid-2020s'), [['mid-2020s', 'mid-2020s', 'mid-2020s', false, false]]);
  assert.deepEqual(fields('can’t'), [['can’t', 'can’t', 'can’t', false, false]]);
  assert.deepEqual(fields('ab.cd'), [['ab.cd', 'ab.cd', 'ab.cd', false, false]]);
  assert.deepEqual(fields('word\u00adbreak'), [['wordbreak', 'wordbreak', 'wordbreak', false, false]]);
  assert.deepEqual(fields('co-CEO'), [['co-CEO', 'co-ceo', 'co-ceo', false, false]]);
});

test('capitalised words, acronyms and possessives keep their fields around the lower-case runs', () => {
  assert.deepEqual(fields('McDonald’s'), [['McDonald’s', 'mcdonald’s', 'mcdonald', true, false]]);
  assert.deepEqual(fields('Kyiv-based'), [['Kyiv-based', 'kyiv-based', 'kyiv-based', true, false]]);
  assert.deepEqual(fields('NATO’s'), [['NATO’s', 'nato’s', 'nato', true, true]]);
  assert.deepEqual(fields('WHO'), [['WHO', 'who', 'who', true, true]]);
  assert.deepEqual(fields('Weeks’'), [['Weeks’', 'weeks’', 'weeks', true, false]]);
  assert.deepEqual(fields("the U.K.'s"), [['the', 'the', 'the', false, false], ["U.K.'s", "u.k.'s", 'u.k.', true, false]]);
  assert.deepEqual(fields('Dec.'), [['Dec.', 'dec.', 'dec.', true, false]]);
});

test('quotation kinds of attributed sentences: direct, partial, indirect', () => {
  const quote = (s: string): string | null => analyzeText(s).sentences[0].quote;
  assert.equal(quote('“We will not back down,” said Mayor Jane Ortiz.'), 'direct');
  assert.equal(quote('The UK has urged an “end to the violence,” the foreign secretary said.'), 'partial');
  // The question put to the source frames the quotation.
  assert.equal(quote('Asked why he settled on Sanders, Blocker said, “He was the only one who called back.”'), 'direct');
  // A colon hands the content to the quotation.
  assert.equal(quote('The ministry said in a statement: “The border will stay closed until further notice.”'), 'direct');
  assert.equal(quote('Officials said the bridge would stay closed through the weekend.'), 'indirect');
  // "that" before the quotation is not the writer's wording, the words after it are.
  assert.equal(quote('Ortiz said that “nothing is off the table” for the city this year.'), 'partial');
  assert.equal(quote('The mayor, who took office in January, told reporters the budget was “a disaster in slow motion” and promised cuts.'), 'partial');
});

test('a short paragraph with a photo credit at either end is a caption; a colon alone does not make one', () => {
  const kinds = (s: string): Array<string | true | null> => analyzeText(s).sentences.map((r) => (r.claim ? true : r.nonClaim ?? null));
  const next = '\nThe fire destroyed more than 100 homes, officials said.';
  assert.deepEqual(kinds('Fire crews battle the blaze in Paradise, Calif. (AP Photo/Noah Berger)' + next), ['caption', true]);
  assert.deepEqual(kinds('Image: Getty Images / Mario Tama. Residents lined up for water on Sunday.' + next), ['caption', 'caption', true]);
  // Longer than both ends together: the credit closes it.
  assert.deepEqual(kinds('The council voted 7-2 on Tuesday to approve the budget, which includes money for parks, libraries and road repairs across the city: AP Photo' + next), ['caption', true]);
  assert.deepEqual(kinds('The council met at 5:30 p.m. to discuss the plan.' + next), [true, true]);
});

test('firstWord cuts a phrase of capitalised or mixed words as the tokenizer does', () => {
  for (const p of ['CNN International', 'BBC News’', 'The New York Times', 'Al-Jazeera English', 'U.S. officials', 'AP', 'eBay spokesperson', '3,248 people', 'Reuters’ editors']) {
    assert.equal(firstWord(p), tokenize(p, false).tokens[0]?.l, p);
    assert.equal(firstWord(p), words(p)[0], p);
  }
});
