// Non-claims: headings, questions, instructions, bylines, captions, opinion, markup hints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/engine/index';
import { kindsOf as kinds } from './engine-read';


test('a short title-case line without final punctuation is a heading', () => {
  assert.deepEqual(kinds('‘Constructive’ Talks With HTS\nBogdanov described the talks as constructive.'), ['heading', true]);
});

test('a numbered section title and a quoted section title are headings', () => {
  assert.deepEqual(kinds('4. Questioning Vindman\'s judgment\n"My fears have been realized"\nHe said so.'), ['heading', 'heading', true]);
});

test('a question is not a claim, but a reported question is', () => {
  assert.deepEqual(kinds('Will the ceasefire hold? The army said it would.'), ['question', true]);
  const a = analyzeText('“So it’s fair to say you have not fixed the problem?” Schiff asked.');
  assert.equal(a.sentences[0].claim, true);
  assert.equal(a.sentences[0].source, 'Schiff');
});

test('calls to action are instructions', () => {
  assert.deepEqual(kinds('Read more: How the deal was made.\nSubscribe to our newsletter for daily updates.\nSign up for alerts.'), ['instruction', 'instruction', 'instruction']);
  assert.deepEqual(kinds('Registered voters went to the polls on Sunday.'), [true]);
});

test('bylines, credit lines and datelines alone are bylines', () => {
  assert.deepEqual(kinds('By Jane Doe and John Roe\nThe vote was held on Sunday.'), ['byline', true]);
  assert.deepEqual(kinds('(Additional reporting by Wilda Asmarini in JAKARTA; Editing by Michael Perry)'), ['byline']);
  assert.deepEqual(kinds('By Monday, the ministry had counted 40 dead.'), [true]);
});

test('photo credits are captions, and so is the short paragraph they close', () => {
  assert.deepEqual(kinds('Rescuers search the rubble in Antakya on Tuesday. (Photo by Burak Kara/Getty Images)'), ['caption', 'caption']);
  // A long body paragraph that mentions a photo is not a caption.
  assert.deepEqual(kinds('The ministry said 1,200 buildings had collapsed in the province and that rescue teams from 14 countries were still searching the rubble on Tuesday, five days after the quake struck before dawn. Officials said the death toll was expected to rise further as crews reached villages cut off by landslides, and pictures from a local resident showed whole streets flattened.'), [true, true]);
});

test('the writer’s opinion with nothing checkable is opinion', () => {
  assert.deepEqual(kinds('In my view, the deal is a disaster.'), ['opinion']);
});

test('fragments without a sentence are not claims', () => {
  assert.deepEqual(kinds('1 of 4.'), ['fragment']);
});

test('headings and caption ranges from markup are honoured', () => {
  const text = 'Storm hits coast\n\nA boat in the harbour in Brest, France.\n\nThe storm killed three people.';
  const a = analyzeText(text, { headings: [[0, 16]], nonClaims: [[18, 56]] });
  assert.deepEqual(a.sentences.map((s) => s.nonClaim ?? 'claim'), ['heading', 'caption', 'claim']);
});

test('without hints, a plain body sentence is a claim (when in doubt, a claim)', () => {
  assert.deepEqual(kinds('Moscow, which granted asylum to Assad, operates an air base in Latakia.'), [true]);
});

test('a time stamp line in a live blog is a fragment', () => {
  assert.deepEqual(kinds('10 p.m.\nThe fight broke out on a train.'), ['fragment', true]);
});
