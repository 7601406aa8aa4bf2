// Attribution CONSTRUCTIONS read by their grammar, not by word lists: each test
// names a construction class and tries it on several sentences of its own, with
// the readings it must NOT give alongside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/engine/index';
import { tagSource } from './engine-read';

/** [tag, source] of the last sentence of `text`. */
const read = (text: string) => tagSource(text);
const tagOf = (text: string): string | null => read(text)[0];

test('class 1: a singular unnamed person is read by the shape of the noun, not a list', () => {
  assert.deepEqual(read('The market reopened on Monday. A fruit seller said business was slow.'), ['anonymous', 'A fruit seller']);
  assert.deepEqual(read('The road was cut for hours. A cyclist told reporters he had waited since dawn.'), ['anonymous', 'A cyclist']);
  assert.deepEqual(read('Dozens were hurt in the blast. A nurse at the hospital said most had burns.'), ['anonymous', 'A nurse at the hospital']);
  assert.deepEqual(read('Prices have doubled. Another shopkeeper, who asked not to be named, said he could no longer afford stock.'), ['anonymous', 'Another shopkeeper']);
  assert.deepEqual(read('The bakery stayed shut. The baker said flour prices had doubled.'), ['anonymous', 'The baker']);
  // "the baker" after the article named her as one points back to her.
  assert.deepEqual(read('Ana Ruiz, a baker, opened her shop at dawn. The baker said flour prices had doubled.'), ['named-person', 'Ana Ruiz']);
  assert.deepEqual(read('Juan Ortiz, a farmer, lost half his crop. The farmer said the drought was the worst he remembered.'), ['named-person', 'Juan Ortiz']);
  // A body word capitalised inside a name is the body, not a guard.
  assert.deepEqual(read('The Coast Guard said two people were rescued from the water.'), ['organization', 'The Coast Guard']);
  assert.deepEqual(read('The National Guard said troops would arrive on Monday.'), ['organization', 'The National Guard']);
  assert.equal(tagOf('The United Nations High Commissioner for Human Rights said the decision broke international law.'), 'organization');
  // Not people: "said to be" is a hedge; "a 59 percent decline" is a quantity.
  assert.equal(tagOf('The river said to be the longest in Europe is the Volga.'), 'unattributed');
  assert.equal(tagOf('Only 1,200 jobs came back, a 59 percent decline from the peak.'), 'unattributed');
});

test('class 4: "sources close to", "a person briefed on" keep their post-modifier and stay anonymous', () => {
  assert.deepEqual(read('Sources close to the family said the funeral would be private.'), ['anonymous', 'Sources close to the family']);
  assert.deepEqual(read('People close to the president say he is furious.'), ['anonymous', 'People close to the president']);
  assert.deepEqual(read('A person briefed on the talks said a deal was near.'), ['anonymous', 'A person briefed on the talks']);
  assert.equal(tagOf('The deal is nearly done, said one person close to the negotiations.'), 'anonymous');
  // "the family said": a noun in -ly is not an adverb before the verb.
  assert.deepEqual(read('The family said the funeral would be private.'), ['anonymous', 'The family']);
});

test('class 2: a statement about a statement with an object and its frame word is the subject\'s', () => {
  assert.deepEqual(read('The ministry blamed the storm for the damage to the power grid.'), ['organization', 'The ministry']);
  assert.deepEqual(read('Lopez blamed the opposition for the delay.'), ['named-person', 'Lopez']);
  assert.deepEqual(read('Residents blamed the new dam for the flooding.'), ['anonymous', 'Residents']);
  assert.deepEqual(read('Governor Maria Lopez dismissed the report as politically motivated.'), ['named-person', 'Maria Lopez']);
  assert.deepEqual(read('Smith cited rising costs as the main reason for the closure.'), ['named-person', 'Smith']);
  assert.deepEqual(read('The company rejected the claims.'), ['organization', 'The company']);
  assert.deepEqual(read('The United Nations welcomed the ceasefire.'), ['organization', 'The United Nations']);
  // With a participle that says what was said, the participle is the cue.
  const a = analyzeText('The US welcomed the exchange, saying the hostages had suffered.').sentences[0];
  assert.deepEqual([a.tag, a.cue], ['organization', 'saying']);
  // A passive participle has no object, so no speaker: "blamed for", "blamed on".
  assert.equal(tagOf('Heavy rains blamed for the floods left thousands homeless.'), 'unattributed');
  assert.equal(tagOf('The flooding, blamed on the storm, closed the highway for a week.'), 'unattributed');
  assert.equal(tagOf('The storm was blamed for the damage to the power grid.'), 'unattributed');
  // "a warm welcome": a noun.
  assert.equal(tagOf('The team got a warm welcome at the airport.'), 'unattributed');
});

test('class 3: attitudes after a source: "X fears that", "X hopes ...", "X is confident that"', () => {
  assert.deepEqual(read('Jane Foster fears that the plant will close next year.'), ['named-person', 'Jane Foster']);
  assert.deepEqual(read('Smith hopes the talks will resume soon.'), ['named-person', 'Smith']);
  assert.deepEqual(read('Smith is confident that the bill will pass.'), ['named-person', 'Smith']);
  assert.deepEqual(read('The mayor was adamant that no laws had been broken.'), ['anonymous', 'The mayor']);
  assert.deepEqual(read('Residents worry that the dam could fail.'), ['anonymous', 'Residents']);
  // A noun, not a verb: "New York state now has", "their hopes that".
  assert.equal(tagOf('New York state now has more cases than any single country.'), 'unattributed');
  assert.equal(tagOf('Their hopes that the talks would resume were dashed.'), 'unattributed');
});

test('class 8: outlets read by the shape of their name, anywhere in the phrase', () => {
  assert.deepEqual(read('The Springfield Times reported that the mayor had resigned.'), ['media', 'The Springfield Times']);
  assert.deepEqual(read('The Northern Gazette revealed that the mayor had resigned.'), ['media', 'The Northern Gazette']);
  assert.deepEqual(read('The mayor resigned, the Lakeside Post reported.'), ['media', 'the Lakeside Post']);
  assert.deepEqual(read('New York Times reported on Monday that the mayor had resigned.'), ['media', 'New York Times']);
  // A journalist of an outlet named by its shape: the outlet is the source.
  assert.deepEqual(read('Lakeside Herald reporter Alex Horton wrote that the mayor had resigned.'), ['media', 'Lakeside Herald']);
  const a = analyzeText('An Associated Press journalist in the area reported hearing gunfire.').sentences[0];
  assert.deepEqual([a.tag, a.source], ['media', 'Associated Press']);
  // Told an outlet: the person is the source, the outlet the via.
  const b = analyzeText('Jan Smith told the Springfield Times that she would resign.').sentences[0];
  assert.deepEqual([b.tag, b.source, b.via], ['named-person', 'Jan Smith', 'the Springfield Times']);
});

test('class 9: with coordinate clauses the first one decides', () => {
  assert.equal(tagOf('Prices rose sharply in March, and experts said the trend would continue.'), 'unattributed');
  assert.equal(tagOf('The dam was finished in 1962, and residents say it has never been inspected.'), 'unattributed');
  assert.deepEqual(read('Smith said prices would rise, and the market fell.'), ['named-person', 'Smith']);
  // A name in a list is not a clause: "Smith, Jones and Brown said"; nor is a relative clause.
  assert.equal(tagOf('Smith, Jones, and Brown said the vote was rigged.'), 'named-person');
  assert.equal(tagOf('The company, which employs 300 people, and its union said the plant would close.'), 'organization');
  // A trailing attribution still covers the whole sentence, and an outlet at the end is the via of the source inside.
  assert.deepEqual(read('The plant closed in May, and 300 jobs were lost, the company said.'), ['organization', 'the company']);
  const a = analyzeText('The couple was quarantined, and the health ministry said it had traced their contacts, according to the Lakeside Herald.').sentences[0];
  assert.deepEqual([a.tag, a.source, a.via], ['organization', 'the health ministry', 'the Lakeside Herald']);
});

test('class 1: "the 45-year-old" points back to the person just named', () => {
  assert.deepEqual(read('Maria Chen was arrested in 2019. The 45-year-old said she had done nothing wrong.'), ['named-person', 'Maria Chen']);
  assert.deepEqual(read('A man was arrested on Sunday. A 45-year-old said the police had the wrong man.'), ['anonymous', 'A 45-year-old']);
});

test('class 2: framed statements with an object: "credited X with", "estimated X at", "defended X"', () => {
  assert.deepEqual(read('Smith credited the firefighters with saving the town.'), ['named-person', 'Smith']);
  assert.deepEqual(read('The agency estimated the damage at $2 billion.'), ['organization', 'The agency']);
  // Without its frame word, a verb that also takes a clause keeps its old reading: "estimated" with a quotation.
  assert.deepEqual(read('In late March, Dr Jane Ortiz estimated "between 100 and 200" could die.'), ['named-person', 'Jane Ortiz']);
  assert.deepEqual(read('The ministry defended the decision as lawful.'), ['organization', 'The ministry']);
  assert.equal(tagOf('The credits rolled and the lights came on.'), 'unattributed');
});

test('class 3: forecasts and beliefs with an object or a bare clause', () => {
  assert.deepEqual(read('Economists expect the central bank to raise rates.'), ['anonymous', 'Economists']);
  assert.deepEqual(read('Analysts had expected a loss of $1 billion.'), ['anonymous', 'Analysts']);
  assert.deepEqual(read('The central bank expects inflation to fall to 2 percent next year.'), ['organization', 'The central bank']);
  assert.deepEqual(read('Police believe the man acted alone.'), ['organization', 'Police']);
  assert.deepEqual(read('Experts believe the virus spreads through the air.'), ['anonymous', 'Experts']);
  // Hearsay, not a report: "believed to be", "reported to have"; but a pledge keeps its subject.
  assert.equal(tagOf('Two men believed to be smugglers were arrested at the border.'), 'unattributed');
  assert.equal(tagOf('The ship, reported to have sunk, was found intact.'), 'unattributed');
  assert.equal(tagOf('Acme Corp. last year pledged to be carbon neutral by 2040.'), 'organization');
  assert.equal(tagOf('Signs suggest a slowdown.'), 'unattributed');
  // An imperative has no source.
  assert.equal(tagOf('Just don’t expect them to wear their caps to the dining hall.'), 'unattributed');
});

test('class 5: a document with a participle and its author stays a document', () => {
  assert.deepEqual(read('Records obtained by the Lakeside Herald show the payments began in 2019.'), ['document', 'Records obtained by the Lakeside Herald']);
  assert.equal(tagOf('The letter, signed by 40 doctors, warns that the hospital is unsafe.'), 'document');
  assert.equal(tagOf('The complaint, filed Monday in federal court, says the company hid the defect.'), 'document');
  assert.deepEqual(read('A copy of the letter, seen by Reuters, says the plant will close.'), ['document', 'A copy of the letter']);
  assert.equal(tagOf('Census data released Thursday show the city grew by 4 percent.'), 'document');
});

test('the main clause decides: an attribution inside a "because" or "although" clause is not the sentence\'s', () => {
  assert.equal(tagOf('Workers are leaving the state because their relatives lack papers and they fear they will be jailed.'), 'unattributed');
  assert.equal(tagOf('The bridge was closed although engineers said it was safe.'), 'unattributed');
  // After the comma, the main clause is the source's.
  assert.deepEqual(read('Although his family suggested foul play, Sawyer told lawmakers there was no evidence.'), ['named-person', 'Sawyer']);
  assert.deepEqual(read('Because of the new research, Zhang says, the patent matters less.'), ['named-person', 'Zhang']);
});

test('class 2: "linked X to", "view X as" attribute only with their frame word', () => {
  assert.deepEqual(read('Smith linked the attack to a group based in the north.'), ['named-person', 'Smith']);
  assert.deepEqual(read('Many farmers view the new rules as a threat.'), ['anonymous', 'Many farmers']);
  assert.deepEqual(read('The ministry regards the strike as illegal.'), ['organization', 'The ministry']);
  // No frame word: narration, or a noun.
  assert.equal(tagOf('The new road links the port to the airport.'), 'unattributed');
  assert.equal(tagOf('The bridge linked the two towns for a century.'), 'unattributed');
  assert.equal(tagOf('The view from the tower is stunning.'), 'unattributed');
});

test('viewpoint frames opening the sentence: "To X,", "In X’s words,"', () => {
  assert.deepEqual(read('To Hoenig, the Fed’s policies are encouraging risky lending.'), ['named-person', 'Hoenig']);
  assert.deepEqual(read('In Smith’s words, the plan is a disaster.'), ['named-person', 'Smith']);
  assert.equal(tagOf('To date, the plan has cost $4 billion.'), 'unattributed');
  assert.equal(tagOf('To the north, the river floods every spring.'), 'unattributed');
});

test('the agent of a passive report is its source: "was confirmed by police"', () => {
  assert.deepEqual(read('The deaths were confirmed by police on Tuesday.'), ['organization', 'police']);
  assert.deepEqual(read('The attack was claimed by the Islamic State.'), ['organization', 'the Islamic State']);
  // Not a report: finding, writing, asking; and a passive without an agent.
  assert.equal(tagOf('The body was found by hikers on Sunday.'), 'unattributed');
  assert.equal(tagOf('The book was written by a former spy.'), 'unattributed');
  assert.deepEqual(read('When asked by reporters, Smith said the plan was dead.'), ['named-person', 'Smith']);
  assert.equal(tagOf('The deaths were confirmed on Tuesday.'), 'unattributed');
  assert.equal(tagOf('He was charged by police with assault.'), 'unattributed');
  assert.deepEqual(read('She was told by doctors that the cancer had spread.'), ['anonymous', 'doctors']);
});

test('class 6: bodies named by the shape of their name speak as organizations', () => {
  assert.equal(tagOf('Arsenal FC said the player had signed a new contract.'), 'organization');
  assert.equal(tagOf('Northwind Holdings Ltd said profits fell.'), 'organization');
  assert.equal(tagOf('Brightline Partners LLC said the deal closed.'), 'organization');
  assert.equal(tagOf('Lakeside Regional Medical Center said three patients died.'), 'organization');
  assert.equal(tagOf('Riverside County Sheriff’s Department said the suspect fled.'), 'organization');
  assert.equal(tagOf('Senator Lopez’s office said the bill would pass.'), 'organization');
  // A generation suffix is not an acronym.
  assert.deepEqual(read('John Smith III said the deal closed.'), ['named-person', 'John Smith III']);
});
