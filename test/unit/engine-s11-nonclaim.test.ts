// Session 11: page furniture and the writer's voice that used to read as unattributed claims
// (captions, chart notes, page and author notes, newsletter boxes, writer's questions and verdicts),
// each beside the claims that look like it and must stay claims.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/engine/index';
import { captionLine } from '../../src/engine/nonclaim';
import { kindsOf } from './engine-read';

const HEAD = 'Flood waters rise in river towns\n\nThe river rose two metres overnight, the county said.\n\n';

/** The reading of the paragraph after a headline and a first body paragraph: true for a claim, else the kind. */
function read(para: string): Array<string | true> {
  return kindsOf(HEAD + para).slice(2);
}

/** The tag of each sentence of the paragraph that is a claim (null for a non-claim). */
function tags(para: string): Array<string | null> {
  return analyzeText(HEAD + para).sentences.slice(2).map((s) => (s.claim ? s.tag : null));
}

test('a caption is known by its opening: clockwise from, from left, pictured, above', () => {
  assert.deepEqual(read('Clockwise from left: a fisherman mends nets; the harbour at dawn; crates of mackerel on the quay.'), ['caption']);
  assert.deepEqual(read('From left, Maria Ortiz, Dan Kowalski and Priya Shah pose outside the courthouse in Tulsa on Monday.'), ['caption']);
  assert.deepEqual(read('Pictured: firefighters spray water on a warehouse fire in Dayton, Ohio.'), ['caption']);
  assert.deepEqual(read('Above, a drone view of the flooded farmland near Cedar Rapids.'), ['caption']);
});

test('sentences that open like a caption but report the world stay claims', () => {
  assert.deepEqual(read('Above all, the council voted to cut the flood budget by $4 million.'), [true]);
  assert.deepEqual(read('From Monday, buses will run every ten minutes on the 42 route.'), [true]);
  assert.deepEqual(read('Pictures from the scene showed a collapsed roof on Elm Street.'), [true]);
});

test('chart footnotes are captions', () => {
  assert.deepEqual(read('* Figures for 2023 are provisional and exclude Puerto Rico.'), ['caption']);
  assert.deepEqual(read('Does not include deaths recorded after March 1.'), ['caption']);
  // A sentence about what a bill does not include is reported fact.
  assert.deepEqual(read('The bill does not include money for the sea wall.'), [true]);
});

test('a time-stamped update note and an author note are bylines', () => {
  assert.deepEqual(read('4:10 p.m.: This story was updated with comments from the fire chief.'), ['byline']);
  assert.deepEqual(read('Since joining the Tribune in 2015, she has covered state politics and the courts.'), ['byline']);
  assert.deepEqual(read('He previously covered education for the Denver Post.'), ['byline']);
});

test('careers of the people in the news are claims, not author notes', () => {
  assert.deepEqual(read('Since joining the Lakers, he has scored 30 points a game.'), [true]);
  assert.deepEqual(read('She previously worked as a nurse at Mercy Hospital in Joplin.'), [true]);
  assert.deepEqual(read('The insurer previously covered the drug for all patients over 65.'), [true]);
  assert.deepEqual(read('An earlier version of the bill was rejected by the Senate in 2019.'), [true]);
});

test('a correction note and promo pointers are instructions', () => {
  assert.deepEqual(read('An earlier version of this story misstated the date of the vote.'), ['instruction']);
  assert.deepEqual(read('Check it out here.'), ['instruction']);
  assert.deepEqual(read('Check out the full interactive map of the flooded streets.'), ['instruction']);
  assert.deepEqual(read('More from Jane Okafor…'), ['instruction']);
  assert.deepEqual(read('More than 200 homes were evacuated in Ottumwa.'), [true]);
  assert.deepEqual(read('Checks worth $1,400 went out to residents in March.'), [true]);
});

test('a newsletter box speaking to the reader is an instruction; news about a newsletter is a claim', () => {
  assert.deepEqual(read("Get the week's best science stories in your inbox with our Lab Notes newsletter."), ['instruction']);
  assert.deepEqual(read("Our free newsletter brings you the day's top headlines every morning."), ['instruction']);
  assert.deepEqual(read('The newsletter, which has 40,000 subscribers, was shut down last year.'), [true]);
  assert.deepEqual(tags('In its newsletter, the union said members would strike on Friday.'), ['organization']);
  assert.deepEqual(tags('In a newsletter to customers, the bank warned that your account details may have been exposed.'), ['organization']);
});

test('a question in the writer’s voice is not a claim even when it names a speech act', () => {
  assert.deepEqual(read('The bridge closed on Friday. Why did the mayor say the bridge was safe?'), [true, 'question']);
  assert.deepEqual(read('The tax cut passed. The real test: Will voters reward the governor for it?'), [true, 'question']);
});

test('a question somebody asks stays their claim', () => {
  assert.deepEqual(read('Why, residents asked, had no one warned them?'), [true]);
  const a = analyzeText(HEAD + '“Why did nobody warn us?” asked Maria Ortiz, whose house flooded.');
  assert.equal(a.sentences[2].claim, true);
  assert.equal(a.sentences[2].source, 'Maria Ortiz');
});

test('the editorial “we” and the writer’s verdicts are opinion; quoted, the same words are a claim', () => {
  assert.deepEqual(read('We think the council got this wrong.'), ['opinion']);
  assert.deepEqual(read('There is good reason to doubt the figures.'), ['opinion']);
  assert.deepEqual(tags('“We think the council got this wrong,” said Ana Ruiz, a resident of Ottumwa.'), ['named-person']);
  assert.deepEqual(read('There is no record of the payment in the city’s books.'), [true]);
});

test('a long line that stops without a period and reports nobody is a caption', () => {
  assert.deepEqual(read('A volunteer carries sandbags along the riverbank in Hartford as the water rises towards the old mill buildings on the east side of town'), ['caption']);
});

test('a long unpunctuated line that reports speech, or leads into a list, stays a claim', () => {
  assert.deepEqual(tags('Residents were told to leave their homes before dawn on Tuesday, the county emergency manager Tom Reyes said in a briefing'), ['named-person']);
  assert.deepEqual(read('The state auditor found that the county had spent more than $2 million on the levee without any competitive bidding in these areas:'), [true]);
});

test('captionLine: two or three sentences whose last stops without a period, and no quotation marks', () => {
  const para = (t: string, n: number): boolean => captionLine(t, 0, t.length, n);
  assert.equal(para('A firefighter sprays a burning car in Leeds. He was among 40 crews called to the scene', 2), true);
  assert.equal(para('What I found was you had to suggest things to him. You could not tell him what to do. A former aide', 3), true);
  // The same shape with a period, or with a quotation, is body text.
  assert.equal(para('Prices rose 4% in May. The bank will meet again in June.', 2), false);
  assert.equal(para('“We are not leaving,” she said. The protest went on into the night', 2), false);
  assert.equal(para('The vote was close. Turnout was low. Results came late. Both sides claimed victory', 4), false);
  assert.equal(para('Turnout was low across the state', 1), false);
  assert.equal(para('Here is what we know so far. The list:', 2), false);
});

test('the engine reads such a paragraph as captions, and the body around it as claims', () => {
  const a = analyzeText('Fire crews fight a blaze in Leeds\n\nA warehouse fire in Leeds burned through the night, the fire service said.\n\nA firefighter sprays a burning car in Leeds. He was among 40 crews called to the scene\n\nThe cause is not yet known.');
  const kinds = a.sentences.map((s) => (s.claim ? s.tag : s.nonClaim ?? 'non-claim'));
  assert.deepEqual(kinds.slice(1), ['organization', 'caption', 'caption', 'unattributed']);
});
