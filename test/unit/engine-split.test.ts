// Sentence splitting: abbreviations, initials, ellipses, brackets, quotes, missing spaces, newlines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, splitSentences } from '../../src/engine/index';

const split = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

test('dates and titles with periods do not end a sentence', () => {
  assert.deepEqual(split('On Dec. 15, Sen. Warren and Gen. Milley met Mr. Smith in Washington. They talked.'), [
    'On Dec. 15, Sen. Warren and Gen. Milley met Mr. Smith in Washington.',
    'They talked.',
  ]);
});

test('U.S. before a name continues, U.S. before "The" ends', () => {
  assert.deepEqual(split('U.S. officials said the talks would go on. The meeting was in the U.S. The next one is in Paris.'), [
    'U.S. officials said the talks would go on.',
    'The meeting was in the U.S.',
    'The next one is in Paris.',
  ]);
});

test('initials stay inside the name', () => {
  assert.deepEqual(split('The book by J. R. R. Tolkien sold well. Donald J. Trump said so.'), [
    'The book by J. R. R. Tolkien sold well.',
    'Donald J. Trump said so.',
  ]);
});

test('an ellipsis and brackets inside a quotation do not split it', () => {
  const t = 'He said it was “ensuring security of foreign diplomatic missions ... certainly including the Russian Embassy [in Damascus].” Talks went on.';
  assert.deepEqual(split(t), [
    'He said it was “ensuring security of foreign diplomatic missions ... certainly including the Russian Embassy [in Damascus].”',
    'Talks went on.',
  ]);
});

test('a closing quotation mark stays with the sentence it ends', () => {
  assert.deepEqual(split('“We will win.” He left. She said: “It is over!” Then silence.'), ['“We will win.”', 'He left.', 'She said: “It is over!”', 'Then silence.']);
});

test('a missing space before an opening quotation mark still splits', () => {
  assert.deepEqual(split('They met members of HTS.“Representatives from our embassy have met,” he said.'), [
    'They met members of HTS.',
    '“Representatives from our embassy have met,” he said.',
  ]);
});

test('a missing space after a period between two sentences still splits, but not inside "St.Louis" or "U.S.Army"', () => {
  assert.deepEqual(split('It is now approaching 7am in Jakarta.The search for the plane continues.'), [
    'It is now approaching 7am in Jakarta.',
    'The search for the plane continues.',
  ]);
  assert.deepEqual(split('He flew from St.Louis to meet U.S.Army officers.'), ['He flew from St.Louis to meet U.S.Army officers.']);
});

test('a sentence never crosses a newline, with single or double newlines', () => {
  assert.deepEqual(split('Moscow operates a base\nin Syria.\n\nIt is large.'), ['Moscow operates a base', 'in Syria.', 'It is large.']);
});

test('a list number at the start of a line stays with its heading', () => {
  assert.deepEqual(split('2. Never urged Ukraine to investigate Joe Biden\nHe said so.'), ['2. Never urged Ukraine to investigate Joe Biden', 'He said so.']);
});

test('numbers with decimals and thousands do not split', () => {
  assert.deepEqual(split('The deficit rose 2.5 percent to $3,248.7 billion. Analysts were surprised.'), [
    'The deficit rose 2.5 percent to $3,248.7 billion.',
    'Analysts were surprised.',
  ]);
});

test('offsets are UTF-16 offsets of trimmed sentences', () => {
  const t = '  “Syria’s future is open,” he said.   \n\nThe café 😀 closed. ';
  const a = analyzeText(t);
  for (const s of a.sentences) {
    assert.equal(t.slice(s.start, s.end), s.text);
    assert.equal(s.text, s.text.trim());
  }
  assert.deepEqual(a.sentences.map((s) => s.text), ['“Syria’s future is open,” he said.', 'The café 😀 closed.']);
});

test('a state abbreviation in a dateline does not end the sentence', () => {
  assert.deepEqual(split('HAYWARD, Calif. (AP) — A man was stabbed on a train. Police arrived.'), [
    'HAYWARD, Calif. (AP) — A man was stabbed on a train.',
    'Police arrived.',
  ]);
});

test('a quoted question followed by its attribution stays one sentence', () => {
  assert.deepEqual(split('“So the problem is not fixed?” Schiff asked. “That’s correct,” Volker said.'), [
    '“So the problem is not fixed?” Schiff asked.',
    '“That’s correct,” Volker said.',
  ]);
  assert.deepEqual(split('"Who are we as a nation? " she wrote in her letter. "The answer is compassion."'), [
    '"Who are we as a nation? " she wrote in her letter.',
    '"The answer is compassion."',
  ]);
});
