// Session 15 (s15c): splitting at quotation boundaries (CONVENTIONS: split as a careful reader would; a "?"
// inside a quoted question that the sentence goes on past does not end it). Fresh sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/engine/index';

const texts = (t: string): string[] => analyzeText(t).sentences.map((s) => s.text);

test('a closing quotation mark glued to the next sentence ends the quoted one', () => {
  assert.deepEqual(texts('“Is the rent too high?”The next speaker disagreed.'), ['“Is the rent too high?”', 'The next speaker disagreed.']);
  assert.deepEqual(texts('“We will fight this ...”The crowd cheered.'), ['“We will fight this ...”', 'The crowd cheered.']);
  assert.deepEqual(texts('“The fares are too high.”Bus users agreed.'), ['“The fares are too high.”', 'Bus users agreed.']);
  assert.deepEqual(texts('“The rent is too high,” she said.The next speaker disagreed.'), ['“The rent is too high,” she said.', 'The next speaker disagreed.']);
});

test('but not a capital run on inside a word or an abbreviation', () => {
  assert.deepEqual(texts('Troops from the U.S.Army stayed.'), ['Troops from the U.S.Army stayed.']);
});

test('an ellipsis that closes one quotation before the next opens ends the sentence', () => {
  assert.deepEqual(texts('“We will win …” “We will stay,” she said.'), ['“We will win …”', '“We will stay,” she said.']);
  assert.deepEqual(texts('“We will fight this…” The crowd cheered.'), ['“We will fight this…”', 'The crowd cheered.']);
});

test('an ellipsis or a question mark closing a quotation before its attribution does not', () => {
  assert.deepEqual(texts('“We will hold on…” Mayor Lee said.'), ['“We will hold on…” Mayor Lee said.']);
  assert.deepEqual(texts('“We will hold on...” Ines Marr added.'), ['“We will hold on...” Ines Marr added.']);
  assert.deepEqual(texts('“Who will pay for this?” Defence Minister Anna-Maria Berg asked reporters.'), ['“Who will pay for this?” Defence Minister Anna-Maria Berg asked reporters.']);
  assert.deepEqual(texts('“Who will pay for this?” Mr. O’Neill asked on Tuesday.'), ['“Who will pay for this?” Mr. O’Neill asked on Tuesday.']);
  assert.deepEqual(texts('“Is it safe?” Port director Kim Dahl-Berg wondered.'), ['“Is it safe?” Port director Kim Dahl-Berg wondered.']);
});

test('a quoted question before a new sentence whose subject is a source still ends', () => {
  assert.deepEqual(texts('“Why now?” The answer, officials said, is money.'), ['“Why now?”', 'The answer, officials said, is money.']);
});
