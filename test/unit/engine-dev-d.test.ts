// Error classes found on the fourth development set (issue 3): one general rule each, with
// sentences written for the test (not copied from the gold files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/engine/index';

const all = (t: string) => analyzeText(t).sentences;
const last = (t: string) => {
  const s = all(t);
  return s[s.length - 1];
};
const brief = (t: string) => {
  const s = last(t);
  return [s.tag, s.source, s.cue];
};

// --- who "he" and "she" can point to ---

test('a capitalised adverb, number or participle opening a sentence is nobody "he" can point to', () => {
  const t = 'Dr. Omar Haddad runs the only clinic in the valley. Normally, he sees forty patients a day. “We are tired,” he says.';
  assert.deepEqual([last(t).tag, last(t).source], ['named-person', 'Omar Haddad']);
  const u = 'Lena Park won the county race in May. Hours later, the count was challenged. “I expected it,” she said.';
  assert.deepEqual([last(u).tag, last(u).source], ['named-person', 'Lena Park']);
  const v = 'Maria Ortiz fled the city in March. Unable to find a bus, the family walked south. “It took four days,” she said.';
  assert.equal(last(v).source, 'Maria Ortiz');
  // A first name opening a sentence is still somebody.
  const w = 'Lena Park won the county race in May. Jared said the count was fair. “I expected it,” he said.';
  assert.equal(last(w).source, 'Jared');
});

// --- the subject and its verb ---

test('a clause whose subject is a contracted pronoun needs no "that": "affirmed he’d made"', () => {
  assert.deepEqual(brief('In an interview, Novak affirmed he’d made the discovery on his own.'), ['named-person', 'Novak', 'affirmed']);
  assert.deepEqual(brief('The mayor’s office maintained it’s too early to tell.'), ['organization', 'The mayor’s office', 'maintained']);
});

test('"at the time" or "at that time" between a subject and its verb is an adverbial', () => {
  assert.deepEqual(brief('Carter at the time called the deal "a disaster for farmers."'), ['named-person', 'Carter', 'called']);
  assert.deepEqual(brief('Board chair Helen Ruiz at that time asked for a full audit.'), ['named-person', 'Helen Ruiz', 'asked']);
});

test('a statement followed by any participle reports what it says: "released a statement distancing itself"', () => {
  const s = last('The Lakeview College Democrats released a statement distancing themselves from the flyers.');
  assert.deepEqual([s.tag, s.source, s.cue], ['organization', 'The Lakeview College Democrats', 'released a statement']);
  assert.equal(last('The league released a statement Friday.').tag, 'unattributed');
});

test('"chimed in", "summed up" and "hit back at" report what their subject said', () => {
  assert.deepEqual(brief('“Or a vinyl record,” another fan chimed in.'), ['anonymous', 'another fan', 'chimed in']);
  assert.deepEqual(brief('Okafor summed up the season as “long, wet and worth it.”'), ['named-person', 'Okafor', 'summed up']);
  assert.deepEqual(brief('Senator Ames hit back at critics of the bill on Monday.'), ['named-person', 'Ames', 'hit back at']);
});

test('verbs of asking take a question as their clause: "questioned whether", "wonders when"', () => {
  assert.deepEqual(brief('Tenant groups questioned whether the repairs would ever be finished.'), ['anonymous', 'Tenant groups', 'questioned']);
  const s = last('Priya Das has run the bakery since 2009. But she wonders when flour prices will fall.');
  assert.deepEqual([s.tag, s.source, s.cue, s.sourceMention], ['named-person', 'Priya Das', 'wonders', 'she']);
  // Not a question: "questioned the witness" stays the writer's.
  assert.equal(last('Lawyers questioned the witness for six hours.').tag, 'unattributed');
});

test('a determiner standing for people opens the sentence: "Some questioned", "Many believe"', () => {
  assert.deepEqual(brief('Some questioned whether the bridge could carry the extra load.'), ['anonymous', 'Some', 'questioned']);
  assert.deepEqual(brief('Many said they would not return to the town.'), ['anonymous', 'Many', 'said']);
  // "Some reports" is still a noun phrase, not people reporting.
  assert.equal(last('Some reports from the port were delayed by the storm.').tag, 'unattributed');
});

test('any plural noun for people can fear, claim or report: "hospital employees fear that"', () => {
  assert.deepEqual(brief('Nurses and hospital employees fear that the wards will close by winter.'), ['anonymous', 'Nurses and hospital employees', 'fear']);
  assert.deepEqual(brief('Dock workers claim the new cranes are unsafe.'), ['anonymous', 'Dock workers', 'claim']);
});

// --- what kind of source ---

test('"Defense Force" is a body, not a person called Force', () => {
  assert.deepEqual(brief('The Kenya Defence Force declined to comment on the raid.'), ['organization', 'The Kenya Defence Force', 'declined to comment']);
});

test('an outlet’s name used as an adjective does not make people its journalists: "Independent analysts"', () => {
  assert.deepEqual(brief('Independent analysts say the estimate is close to the real figure.'), ['anonymous', 'Independent analysts', 'say']);
  // The outlet's own reporters are still the outlet.
  assert.equal(last('Reuters reporters said the port was closed.').tag, 'media');
});

test('a capitalised plural of a company word opening the sentence is an unnamed group: "Companies expect"', () => {
  assert.deepEqual(brief('Companies expect that the new rules will take effect next year.'), ['anonymous', 'Companies', 'expect']);
  assert.deepEqual(brief('Lenders believe rates will stay high through the spring.'), ['anonymous', 'Lenders', 'believe']);
});

test('people "have shown that" make a statement, like "found that"; "the literature" is a document', () => {
  assert.deepEqual(brief('In recent years, engineers have shown that the coating lasts twice as long.'), ['anonymous', 'engineers', 'have shown']);
  assert.deepEqual(brief('The medical literature shows that the drug is rarely fatal.'), ['document', 'The medical literature', 'shows']);
  // Without "that", "shows" still needs a document for its subject.
  assert.equal(last('Marco Ruiz shows visitors around the vineyard every summer.').tag, 'unattributed');
});

test('"“...,” reads one." quotes a written thing, like "read one"', () => {
  const s = last('The posters went up on Monday. “Vote early, vote once,” reads one, above a picture of a ballot box.');
  assert.deepEqual([s.tag, s.cue, s.quote], ['document', 'reads', 'direct']);
});

// --- sentences and page furniture ---

const texts = (t: string) => all(t).map((s) => s.text);

test('a sentence in brackets after an "ill."-like abbreviation starts a new sentence; a dateline’s "(AP)" does not', () => {
  assert.deepEqual(texts('He said the patients were ill. (The clinic has since closed.)'), ['He said the patients were ill.', '(The clinic has since closed.)']);
  assert.equal(texts('SPRINGFIELD, Ill. (AP) — The bill passed on Monday.').length, 1);
});

test('quotation marks glued to a period end their sentence unless a word follows them', () => {
  assert.deepEqual(texts('She told us: “He said, ‘Stay as long as you want to stay.‘“'), ['She told us: “He said, ‘Stay as long as you want to stay.‘“']);
  assert.deepEqual(texts('The group left HTS.“Representatives met on Monday.'), ['The group left HTS.', '“Representatives met on Monday.']);
});

test('a period after an ellipsis ends the sentence: "… get it…. We asked"', () => {
  assert.deepEqual(texts('“We never got the report…. We asked twice,” she said.'), ['“We never got the report….', 'We asked twice,” she said.']);
});

test('a paragraph that only repeats a quotation printed elsewhere in the article is a pull quote, not a claim', () => {
  const t = '“The water ran out on the third day and nobody came to help us.”\n\nResidents of the camp said supplies never arrived. “The water ran out on the third day and nobody came to help us,” said Amal Haddad, a teacher.';
  const s = all(t);
  assert.equal(s[0].claim, false);
  assert.equal(s[0].nonClaim, 'caption');
  assert.equal(s[s.length - 1].source, 'Amal Haddad');
  // A quotation paragraph said once is still somebody's claim.
  const u = all('Amal Haddad teaches at the camp school.\n\n“The water ran out on the third day and nobody came to help us.”');
  assert.equal(u[1].claim, true);
});

test('two people named together in the headline are the pair a later "the couple" points to', () => {
  const t = 'Five things we learned from Tom and Ana’s first interview\n\nThe couple said they would move to Lisbon next year.';
  const s = last(t);
  assert.deepEqual([s.tag, s.source, s.sourceMention], ['named-person', 'Tom and Ana', 'The couple']);
});

test('"recalled telling", "remembered saying": a reporting verb with a reporting -ing verb after it is one cue', () => {
  assert.deepEqual(brief('“We are not leaving,” Ortiz recalled telling the landlord.'), ['named-person', 'Ortiz', 'recalled telling']);
  const s = last('Ana Ruiz called the office twice. “I need an answer today,” she remembered saying.');
  assert.deepEqual([s.tag, s.source, s.cue], ['named-person', 'Ana Ruiz', 'remembered saying']);
});

test('any plural noun for people after "told" is the listener: "told cheering teachers"', () => {
  assert.equal(last('Mayor Dana Cole told cheering volunteers that the clinic would stay open.').cue, 'told cheering volunteers');
  assert.equal(last('Ruiz told shareholders the merger was off.').cue, 'told shareholders');
});

test('"I feel ..." inside someone’s running quotation is what they said, not the writer’s opinion', () => {
  const t = '“The house was cold for weeks. I feel we were forgotten by the city,” said Marta Kowalski, a tenant.';
  const s = all(t);
  assert.equal(s[1].claim, true);
  assert.equal(s[1].source, 'Marta Kowalski');
  // The writer's own "I feel" is still an opinion.
  assert.equal(last('I feel the council has lost its way.').nonClaim, 'opinion');
});

test('"in X’s view," attributes the sentence to X', () => {
  assert.deepEqual(brief('Now, in Okafor’s view, the league is failing its players.'), ['named-person', 'Okafor', 'in Okafor’s view']);
  // A view that is not somebody's: no attribution.
  assert.equal(last('In the long view, the deal may pay off.').tag, 'unattributed');
});

test('an inverted "says a doctor from Hebron" names its source even when a place ends the phrase', () => {
  const s = last('“We have no beds left,” says a nurse from Rafah, whose name was withheld for her safety.');
  assert.deepEqual([s.tag, s.source, s.cue], ['anonymous', 'a nurse from Rafah', 'says']);
  // A relative clause after a common noun is still not the source: "a prospect Vindman denied".
  assert.equal(last('It was a prospect Ortiz denied.').tag, 'unattributed');
});

test('"the company claims its ...": a described subject before a noun-like verb and a determiner', () => {
  const s = last('Nordwind Energy cut its rates in May. At the same time, the company claims its new plans have saved customers millions.');
  assert.deepEqual([s.tag, s.source, s.cue], ['organization', 'Nordwind Energy', 'claims']);
  // "the executive order that ...": a noun, not a verb.
  assert.equal(last('The executive order that the governor plans to sign will take effect in June.').tag, 'unattributed');
});

test('sources who "requested anonymity" are the ones the sentence rests on', () => {
  const s = last('The plant will close in March, according to two people familiar with the plans. They requested anonymity because the talks are private.');
  assert.deepEqual([s.tag, s.cue, s.sourceMention], ['anonymous', 'requested anonymity', 'They']);
});

test('a short paragraph saying who stands where in the picture is a caption: "(far left)"', () => {
  const s = all('Mayor Lena Park (far left) and coach Tom Hale open the new stadium in Dayton on Saturday. Both spoke briefly.\n\nThe stadium cost $40 million, the city said.');
  assert.deepEqual(s.map((x) => x.claim), [false, false, true]);
  assert.equal(s[0].nonClaim, 'caption');
});

test('the person a sentence is about can follow an opening phrase: "In the ward, Dr. Lina Haddad checks ..."', () => {
  const t = 'Omar Said runs the night shift. In the children’s ward, Lina Haddad checks the oxygen supply every hour. “We have two days left,” she said.';
  assert.equal(last(t).source, 'Lina Haddad');
});

test('"by describing", "by saying" after any verb phrase report for the sentence’s subject', () => {
  const s = last('Rosa Lind spoke for an hour. She closed the meeting by describing the budget as “a promise kept.”');
  assert.deepEqual([s.tag, s.source, s.cue], ['named-person', 'Rosa Lind', 'describing']);
  // The writer's "we" is nobody's attribution.
  assert.equal(last('We’ll start by noting that the data are incomplete.').tag, 'unattributed');
});

test('"“...,” he added of his relatives, saying ...": what the words were about does not end the frame', () => {
  const s = last('Tom Hale left the firm in May. “They never let you go,” he added of his former partners, saying the split was bitter.');
  assert.deepEqual([s.tag, s.source, s.cue], ['named-person', 'Tom Hale', 'added']);
});

test('"spoke ... about" reports what its subject said', () => {
  assert.deepEqual(brief('Novak spoke about his plans for the port.'), ['named-person', 'Novak', 'spoke ... about']);
  const s = last('Five things we learned from Tom and Ana’s first interview\n\nThe couple spoke several times about the move to Lisbon.');
  assert.deepEqual([s.tag, s.source, s.cue], ['named-person', 'Tom and Ana', 'spoke ... about']);
  // Speaking to somebody is not a statement of anything.
  assert.equal(last('Novak spoke to the crowd for an hour.').tag, 'unattributed');
});

test('a pronoun right after a name is the whole subject: "during her talk with Ruiz she said"', () => {
  const s = last('Lena Park took questions for an hour. During her talk with Ruiz she said the budget was balanced.');
  assert.deepEqual([s.tag, s.source, s.sourceMention], ['named-person', 'Lena Park', 'she']);
  // "the candidate he calls ...": a relative clause, not the sentence's attribution.
  assert.equal(last('Ruiz has stepped up his attacks on the candidate he calls “Mini Mike.”').tag, 'unattributed');
});
