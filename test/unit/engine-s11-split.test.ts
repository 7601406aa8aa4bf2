// Session 11: sentence splitting of pages that drop the space after an ellipsis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/engine/index';

function texts(t: string): string[] {
  return splitSentences(t).map((s) => t.slice(s.start, s.end));
}

test('an ellipsis glued to a capitalised word after a lower-case word ends the sentence', () => {
  assert.deepEqual(texts('"The river rose all night…The town is under water."'), ['"The river rose all night…', 'The town is under water."']);
});

test('an ellipsis before a lower-case word, or after an abbreviation, does not', () => {
  assert.deepEqual(texts('He said it was over… and left the room.'), ['He said it was over… and left the room.']);
  assert.deepEqual(texts('Troops left the U.S.…The rest stayed.'), ['Troops left the U.S.…The rest stayed.']);
});

test('a word ending in "-ed" written with soft hyphens is no abbreviation ("ed.")', () => {
  const t = 'Staff must be ed\u00adu\u00adcat\u00aded. Par\u00adtic\u00adu\u00adlar\u00adly new staff.';
  assert.equal(texts(t).length, 2);
});

test('"Asst." before a title does not end the sentence', () => {
  assert.deepEqual(texts('The call included LAPD Asst. Chief Earl Paysinger, according to interviews.').length, 1);
});
