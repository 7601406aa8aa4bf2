// Rules from the fifth development set (issue 3), one test per rule class, on
// sentences written for the test (none copied from the gold), with the readings
// each rule must NOT give alongside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/engine/index';
import type { SentenceResult } from '../../src/types/analysis';
import { sentenceOf, tagSource } from './engine-read';

/** The last sentence of `text` as analysed. */
const last = (text: string, publisher?: string): SentenceResult => sentenceOf(text, -1, publisher);
const read = (text: string) => tagSource(text);

test('a written thing with its determiner says what its noun-like verb takes ("the audit states", "the memo also notes")', () => {
  assert.deepEqual(read('The council published its audit in May. “Controls were weak,” the audit states.'), ['document', 'the audit']);
  assert.deepEqual(read('The memo also notes that two contractors were paid twice.'), ['document', 'The memo']);
  assert.deepEqual(read('The ruling then notes that the appeal was filed late.'), ['document', 'The ruling']);
  assert.equal(last('The lawsuit states the city ignored warnings for years.').cue, 'states');
  // Not a document: a capitalised name before the verb, a plural noun, or the verb as a noun.
  assert.equal(read('The report was thin. Its notes ran to two pages.')[0], 'unattributed');
  assert.equal(read('Officials from both states met on Friday.')[0], 'unattributed');
});

test('"spoke of" reports like "spoke about", for people and for writings', () => {
  assert.deepEqual(read('Rana Haddad spoke of a deep distrust of the police.'), ['named-person', 'Rana Haddad']);
  assert.deepEqual(read('The letter spoke of years of neglect at the plant.'), ['document', 'The letter']);
  // "spoke at", "spoke to" an event or a person, with nothing reported, is narration.
  assert.equal(read('Rana Haddad spoke at the rally on Saturday.')[0], 'unattributed');
});

test('"began" reports only with the quotation it opens', () => {
  assert.deepEqual(read('The union wrote to members overnight. “We have reached a deal,” the letter began.'), ['document', 'the letter']);
  assert.deepEqual(read('The memo began: “To all staff.”'), ['document', 'The memo']);
  // The quotation opened by "the letter began" carries on as the letter's.
  const a = analyzeText('The union wrote to members overnight. “We have reached a deal,” the letter began. “It is not perfect. It is fair.”');
  assert.deepEqual(a.sentences.slice(-2).map((s) => [s.tag, s.source]), [['document', 'the letter'], ['document', 'the letter']]);
  // A meeting or a protest that began is an event.
  assert.equal(read('The hearing began at noon and ran past midnight.')[0], 'unattributed');
  assert.equal(read('The strike began quietly in March and spread to four ports.')[0], 'unattributed');
});

test('a present aim in the subject\'s name: "X wants Y to ...", "X hopes to ..."', () => {
  assert.deepEqual(read('The league wants every club to publish its wage bill.'), ['organization', 'The league']);
  assert.deepEqual(read('Carla Mendes wants the county to reopen the clinic within a year.'), ['named-person', 'Carla Mendes']);
  assert.deepEqual(read('Orbital Freight Ltd. lost a rocket in May. The company hopes to fly again before winter.'), ['organization', 'Orbital Freight Ltd.']);
  assert.equal(last('The league wants every club to publish its wage bill.').cue, 'wants');
  // Wanting a thing, or "hopes for" a thing, is not a stated position; nor is an infinitive of purpose after a noun.
  assert.equal(read('The union wants a raise.')[0], 'unattributed');
  assert.equal(read('The team hopes for a win on Sunday.')[0], 'unattributed');
  assert.equal(read('Carla Mendes wants the money returned to the county.')[0], 'unattributed');
});

test('"the US President", "the Prime Minister": a capitalised office points back to the person named with it', () => {
  const s = last('Prime Minister Lena Koval met the unions on Monday. “No one will lose a job,” the Prime Minister said.');
  assert.deepEqual([s.tag, s.source, s.sourceMention], ['named-person', 'Lena Koval', 'the Prime Minister']);
  assert.deepEqual(read('French President Anne Morel flew to Dakar. “We are here to listen,” the French President said.'), ['named-person', 'Anne Morel']);
  // Not an office: "the White House" is a body, and keeps its own name.
  assert.deepEqual(read('Speaker Tom Reilly called a vote. The White House said the bill would be vetoed.'), ['organization', 'The White House']);
});

test('a description after a quotation points back to its speaker ("The clinic director believes ...")', () => {
  const s = last('“We are full every night,” said Omar Bakri, who runs the shelter. “We turn people away. We need more beds.” The shelter director believes the city will fund a second site.');
  assert.deepEqual([s.tag, s.source], ['named-person', 'Omar Bakri']);
  // With no person quoted just before, the description stays an unnamed person.
  assert.deepEqual(read('The shelter opened in 2019. The shelter director believes the city will fund a second site.'), ['anonymous', 'The shelter director']);
});

test('a word shaped like a person\'s noun before a two-word name describes them ("Teacher Chad Smith")', () => {
  assert.deepEqual(read('Contractor Ellen Price said the bridge would reopen in May.'), ['named-person', 'Ellen Price']);
  assert.deepEqual(read('Retired soldier Mark Doyle said the base was never safe.'), ['named-person', 'Mark Doyle']);
  // A surname that looks like a noun in -er stays part of the name.
  assert.deepEqual(read('Walter Miller Jones said the bridge would reopen in May.'), ['named-person', 'Walter Miller Jones']);
  assert.deepEqual(read('Maria Baker said the bridge would reopen in May.'), ['named-person', 'Maria Baker']);
});

test('the publisher by its short name is never a via ("told The Times" in the Los Angeles Times)', () => {
  const text = 'Jorge Pena runs the district. “We had no warning,” Pena told The Times.';
  assert.equal(last(text, 'Los Angeles Times').via, null);
  assert.equal(last(text, 'The Seattle Times').via, null);
  // Another paper of that name is still a via.
  assert.equal(last(text, 'The Washington Post').via, 'The Times');
});

test('notes to readers, corrections and "X covers Y" author lines are not claims', () => {
  const a = analyzeText('The port reopened on Friday. Note to readers: this page may earn a commission from links. This version corrects the name of the port. Dana Whitfield covers the State Department.');
  assert.deepEqual(a.sentences.slice(1).map((s) => s.claim), [false, false, false]);
  // A body that covers a cost is a claim.
  assert.equal(last('Blue Shield covers the cost of the new insulin pens.').claim, true);
  assert.equal(last('The fund covers the cost of the new insulin pens.').claim, true);
});

test('a participle reports for the main subject even when what it reports has a verb of its own', () => {
  assert.deepEqual(read('The Dairy Farmers Association opposes the tariff, arguing in a letter that the rule assures importers an unfair edge.'), ['organization', 'The Dairy Farmers Association']);
  assert.deepEqual(read('The ministry rejected the report, saying that the survey shows nothing new.'), ['organization', 'The ministry']);
  // The verb inside the reported clause is not the sentence's source.
  assert.notEqual(read('The ministry rejected the report, saying that the survey shows nothing new.')[1], 'the survey');
});

test('"“...,” the report reads": the written thing between a quotation and "reads"', () => {
  assert.deepEqual(read('The inspectors filed their report in June. “No fire drill had been held since 2019,” the report reads.'), ['document', 'the report']);
  const a = analyzeText('The inspectors filed their report in June. “No fire drill had been held since 2019,” the report reads. “Exits were blocked.”');
  assert.deepEqual([a.sentences[2].tag, a.sentences[2].source], ['document', 'the report']);
  // Someone reading something is not a source.
  assert.equal(read('She reads the report every morning.')[0], 'unattributed');
});

test('"as described in the filing": a parenthetical naming the writing the sentence rests on', () => {
  const s = last('The merger, as described in the filing, would cut 900 jobs.');
  assert.deepEqual([s.tag, s.source, s.cue], ['document', 'the filing', 'as described in']);
  assert.deepEqual(read('As outlined in the budget, the city will hire 40 teachers.'), ['document', 'the budget']);
  // A novel or a film is not a document: the sentence stays the writer's.
  assert.equal(read('The town, as described in the novel, is grey and wet.')[0], 'unattributed');
});

test('a plural of people opening the sentence with its post-modifier is unnamed people, not a body ("Engineers at the plant")', () => {
  assert.deepEqual(read('Engineers at the plant said the valve had failed twice.'), ['anonymous', 'Engineers at the plant']);
  assert.deepEqual(read('Shopkeepers on the main street said sales had halved.'), ['anonymous', 'Shopkeepers on the main street']);
  assert.deepEqual(read('Volunteers with the charity told reporters the camp was full.'), ['anonymous', 'Volunteers with the charity']);
  // A surname alone is still a name.
  assert.deepEqual(read('Ellen Summers runs the camp. Summers said the camp was full.'), ['named-person', 'Summers']);
});

test('a progressive reporting verb after an adverb in -ly ("is currently forecasting")', () => {
  assert.deepEqual(read('The water board is currently forecasting a shortfall of $2 million next year.'), ['organization', 'The water board']);
  assert.deepEqual(read('The Republicans are openly alleging that the count was rigged.'), ['organization', 'The Republicans']);
  // An adverb in -ly before a verb that reports nothing.
  assert.equal(read('The water board is currently building a second reservoir.')[0], 'unattributed');
});

test('a recommendation is a statement by whoever makes it, with or without a clause', () => {
  assert.deepEqual(read('Last year, the National Institute of Health had recommended the use of the vaccine for nurses.'), ['organization', 'the National Institute of Health']);
  assert.deepEqual(read('The review panel recommended a ban on the pesticide.'), ['organization', 'The review panel']);
  // "a recommended dose" is an adjective.
  assert.equal(read('The recommended dose is two tablets a day.')[0], 'unattributed');
});

test('a name, its role, then a description of the employer: the name is the subject ("X, managing director of Y, a Z firm, said")', () => {
  assert.deepEqual(read('On Monday, Dr Priya Nair, managing director of Harbor Analytics, a data security firm, said the breach was small.'), ['named-person', 'Priya Nair']);
  assert.deepEqual(read('Tom Okafor, chief operating officer of Lakeside Mills, a flour producer, said prices would rise.'), ['named-person', 'Tom Okafor']);
  // A place and its description are no role: the speaker is the one named after them.
  assert.deepEqual(read('In Leeds, a city of 800,000, council leader Ann Byrne said the budget was cut.'), ['named-person', 'Ann Byrne']);
});
