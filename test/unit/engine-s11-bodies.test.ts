// Session 11: telling a body from a person by construction, one fresh real-looking sentence each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/engine/index';
import { tagSource } from './engine-read';

const first = (text: string) => tagSource(text, 0);
const last = (text: string) => tagSource(text);

test('a one-word name with a capital inside it is a brand, not a person', () => {
  assert.deepEqual(first('GreenLoop declined to comment on the lawsuit.'), ['organization', 'GreenLoop']);
});

test('a name prefix such as "Mc" or "De" keeps the capital-inside name a person', () => {
  assert.deepEqual(first('McTavish declined to comment on the lawsuit.'), ['named-person', 'McTavish']);
  assert.deepEqual(first('DeLuca told reporters the vote would be close.'), ['named-person', 'DeLuca']);
});

test('a one-word name followed by "its" in its own clause is a body', () => {
  assert.deepEqual(first('Norvanta confirmed its plans to close two plants in Ohio.'), ['organization', 'Norvanta']);
});

test('a bare surname that tells reporters stays a person', () => {
  assert.deepEqual(first('Peskov told reporters that no decision had been made.'), ['named-person', 'Peskov']);
});

test('a first name seen before keeps a one-word subject a person, even with "its"', () => {
  assert.deepEqual(last('Anna Brill runs the shelter. Brill praised its volunteers.'), ['named-person', 'Brill']);
});

test('a one-word name that "reported" at the end of the sentence is an outlet', () => {
  // (Not a cue before the comma: "objected to" is one since session 19.)
  assert.deepEqual(first('The carriers pulled out of the plan, Gizmodo reported last week.'), ['media', 'Gizmodo']);
});

test('"Smith reported the crash" with a first name stays a person', () => {
  assert.deepEqual(first('Laura Smith reported the crash to police.')[0], 'named-person');
});

test('a body noun before a capitalised name makes it the body ("advocacy group Clean Harbors Now")', () => {
  assert.deepEqual(first('Fish stocks fell sharply, according to advocacy group Clean Harbors Now.'), ['organization', 'Clean Harbors Now']);
});

test('a title inside the name keeps the person ("company CEO Dana Whitfield")', () => {
  assert.deepEqual(first('Sales will recover next year, company CEO Dana Whitfield said.'), ['named-person', 'Dana Whitfield']);
});

test('"local media" reporting is a media source, not a body', () => {
  assert.deepEqual(first('Local media reported that the ferry had run aground near the harbour.'), ['media', 'Local media']);
});

test('"those around X" are unnamed people, not X', () => {
  const s = analyzeText('Those around the senator say she has not decided whether to run.').sentences[0];
  assert.deepEqual([s.tag, s.source], ['anonymous', 'Those around the senator']);
  assert.deepEqual(first('Those around Kovacs admit he rarely reads briefings.'), ['anonymous', 'Those around Kovacs']);
});

test('a described subject with a present-tense noun-like verb and "that" reports ("The agency estimates that")', () => {
  assert.deepEqual(first('The agency estimates that 4,000 homes were flooded.'), ['organization', 'The agency']);
});

test('"has twice ruled": an adverb between auxiliary and verb keeps the body the source', () => {
  assert.deepEqual(first('The appeals court has twice ruled that the fee is lawful.'), ['organization', 'The appeals court']);
});

test('a one-word name seen before "spokesperson" is a body when it later speaks alone', () => {
  const a = analyzeText('A Veltrix spokesperson said the recall covered 40,000 cars. Veltrix said in a statement that no one was hurt.').sentences;
  assert.deepEqual([a[1].tag, a[1].source], ['organization', 'Veltrix']);
});

test('a surname from a full name keeps the person even after "a Kowalski spokesman"', () => {
  const a = analyzeText('Senator Maria Kowalski will vote on Friday. A Kowalski spokesman said the vote was close. Kowalski said she would back the bill.').sentences;
  assert.deepEqual([a[2].tag, a[2].source], ['named-person', 'Kowalski']);
});

test('a body word ending a title after "of" keeps the person ("chief of staff Ana Ruiz")', () => {
  assert.deepEqual(first('The governor’s chief of staff Ana Ruiz said the budget would pass.'), ['named-person', 'Ana Ruiz']);
});
