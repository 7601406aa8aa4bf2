// The shape of the output: offsets, profile, checkworthiness, options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/engine/index';
import { TAGS } from '../../src/types/analysis';

const TEXT = 'Floods hit the north\n\nAt least 40 people died when the Tisza River burst its banks on Sunday, police said.\n\nIt was raining.\n\nThe storm reportedly moved east. Will it return?';

test('every sentence slices back out of the text', () => {
  const a = analyzeText(TEXT);
  for (const s of a.sentences) assert.equal(TEXT.slice(s.start, s.end), s.text);
  assert.equal(a.text, TEXT);
});

test('the profile counts claims per tag', () => {
  const a = analyzeText(TEXT);
  const counted = Object.fromEntries(TAGS.map((t) => [t, a.sentences.filter((s) => s.claim && s.tag === t).length]));
  assert.deepEqual(a.profile, counted);
  assert.equal(a.profile.organization, 1);
  assert.equal(a.profile.unattributed, 2);
});

test('check-worthiness: numbers, names and events rank higher; 0 for non-claims', () => {
  const a = analyzeText(TEXT);
  const died = a.sentences.find((s) => s.text.startsWith('At least 40'))!;
  const rain = a.sentences.find((s) => s.text === 'It was raining.')!;
  assert.ok(died.checkworthiness > rain.checkworthiness);
  for (const s of a.sentences) {
    assert.ok(s.checkworthiness >= 0 && s.checkworthiness <= 1);
    if (!s.claim) assert.equal(s.checkworthiness, 0);
  }
});

test('non-claims carry no tag, source, cue or quote', () => {
  const a = analyzeText(TEXT);
  const q = a.sentences.find((s) => s.text === 'Will it return?')!;
  assert.deepEqual([q.claim, q.tag, q.source, q.cue, q.via, q.quote, q.nonClaim], [false, null, null, null, null, null, 'question']);
});

test('sourceMention appears only when it differs from source', () => {
  const a = analyzeText('Lababidi said the troops left. He said they flew home.');
  assert.equal('sourceMention' in a.sentences[0], false);
  assert.equal(a.sentences[1].sourceMention, 'He');
});

test('title and url come from the options; the publisher is never via', () => {
  const a = analyzeText('A police officer told USA TODAY the road was closed.', { title: 'Road closed', url: 'https://example.com/a', publisher: 'USA Today' });
  assert.equal(a.title, 'Road closed');
  assert.equal(a.url, 'https://example.com/a');
  assert.equal(a.sentences[0].via, null);
});

test('empty and whitespace-only text give no sentences', () => {
  assert.deepEqual(analyzeText('').sentences, []);
  assert.deepEqual(analyzeText('  \n\n \n').sentences, []);
});
