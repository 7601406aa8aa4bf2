/**
 * Rules learnt from the development gold set (issue 3): who the source is,
 * the cue, and attribution carried over a quotation. One real-looking
 * sentence per rule.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/engine/index';

const find = (text: string, start: string) => {
  const s = analyzeText(text).sentences.find((x) => x.text.startsWith(start));
  assert.ok(s, `no sentence starting ${start}`);
  return s;
};

test('a question inside a quotation is part of what the speaker said', () => {
  const a = analyzeText('“For him to hold up the county as an example of what we should be? Give me a break. It is one of the most wasteful governments in the state,” Doherty said.');
  assert.equal(a.sentences.length, 3);
  for (const s of a.sentences) {
    assert.equal(s.claim, true);
    assert.equal(s.tag, 'named-person');
    assert.equal(s.source, 'Doherty');
  }
});

test('"introduced X as" and "attributed X to" report with their frame word', () => {
  const s = find('Benioff introduced Cook to the audience as "someone who has redefined the job."', 'Benioff');
  assert.equal(s.tag, 'named-person');
  assert.equal(s.cue, 'introduced ... as');
  const t = find('Rusmik Oza spoke on Monday. Oza attributed the rally in bank stocks to the court ruling.', 'Oza attributed');
  assert.equal(t.source, 'Oza');
  assert.equal(t.cue, 'attributed ... to');
  // Without the frame word the verb reports nothing.
  assert.equal(find('The council introduced a new parking scheme on Monday.', 'The council').tag, 'unattributed');
});

test('stance phrases report: "weighed in", "are of the view", "was critical of"', () => {
  assert.equal(find('“We all miss her,” Marc Benioff weighed in.', '“We').cue, 'weighed in');
  const s = find('Analysts and brokerages are of the view that the market has priced in a recovery.', 'Analysts');
  assert.equal(s.tag, 'anonymous');
  assert.equal(s.cue, 'are of the view');
  const c = find('Governor Chris Christie spoke. Christie was critical of those decisions in 2009.', 'Christie was');
  assert.equal(c.tag, 'named-person');
  assert.equal(c.cue, 'was critical of');
});

test('finance houses named by their suffix are organizations, and "the brokerage" points back to one', () => {
  const a = analyzeText('“We remain sceptical of a quick recovery,” said Kotak Institutional Equities. A slowdown could hit demand, the brokerage said.');
  assert.equal(a.sentences[0].tag, 'organization');
  assert.equal(a.sentences[0].source, 'Kotak Institutional Equities');
  assert.equal(a.sentences[1].tag, 'organization');
  assert.equal(a.sentences[1].source, 'Kotak Institutional Equities');
  assert.equal(a.sentences[1].sourceMention, 'the brokerage');
  assert.equal(find('Nomura said the order favoured banks.', 'Nomura').tag, 'organization');
});

test('a surname that is also a word names the person once the full name was given', () => {
  const a = analyzeText('The study was led by Paul Expert, of King’s College London. The drug changed brain organization, Expert said. Co-host Gayle King asked about it. “I keep hearing that,” King said.');
  const s = a.sentences.find((x) => x.text.includes('Expert said'));
  assert.equal(s?.tag, 'named-person');
  assert.equal(s?.source, 'Expert');
  const k = a.sentences.find((x) => x.text.includes('King said'));
  assert.equal(k?.tag, 'named-person');
  assert.equal(k?.source, 'King');
});

test('a role written before the name is not part of it ("study co-author Paul Expert", "Dr Anthony Fauci")', () => {
  assert.equal(find('The brain was hyperconnected, said study co-author Paul Expert.', 'The brain').source, 'Paul Expert');
  assert.equal(find('Dr Anthony Fauci said 100,000 people could die.', 'Dr').source, 'Anthony Fauci');
  assert.equal(find('Senior Executives Association President Bill Valdez said the questionnaire increases nervousness.', 'Senior').source, 'Bill Valdez');
});

test('the subject, not the object, after a bracketed party label and "for example"', () => {
  const s = find('State Sen. Dawn Addiego (R-Burlington), for example, said Christie "has dedicated his efforts to the state."', 'State');
  assert.equal(s.source, 'Dawn Addiego');
});

test('a name followed by two appositives keeps the name as the source', () => {
  const s = find('Jeff Sanborn, president of Chapter & Verse, a Spokane advertising agency, said he thought the ads worked.', 'Jeff');
  assert.equal(s.tag, 'named-person');
  assert.equal(s.source, 'Jeff Sanborn');
});

test('a clause before ", said X" is content, not an appositive', () => {
  const s = find('Once the economy picks up, the impact will increase, said Russell Davis, vice president of the Home Builders Association.', 'Once');
  assert.equal(s.tag, 'named-person');
  assert.equal(s.source, 'Russell Davis');
});

test('adverbials between subject and verb are skipped ("more recently", "in 2017")', () => {
  assert.equal(find('Donald Trump spoke. Trump more recently has said he has an open mind about it.', 'Trump more').source, 'Trump');
  assert.equal(find('Microsoft in 2017 announced a multi-year deal with Chevron.', 'Microsoft').source, 'Microsoft');
});

test('"the real estate agent" right after a person is named points to that person', () => {
  const a = analyzeText('Eyamba Sowers did not know Patrick was coming. The real estate agent said she related to him.');
  assert.equal(a.sentences[1].tag, 'named-person');
  assert.equal(a.sentences[1].source, 'Eyamba Sowers');
  assert.equal(a.sentences[1].sourceMention, 'The real estate agent');
});

test('"he" can point to a person so far named only in passing', () => {
  const a = analyzeText('Voters were told the hopeful, Deval Patrick, would stop by. “Don’t mind me!” he told them.');
  assert.equal(a.sentences[1].tag, 'named-person');
  assert.equal(a.sentences[1].source, 'Deval Patrick');
  assert.equal(a.sentences[1].cue, 'told them');
});

test('a plural noun opening a sentence is not a name ("Employers believe")', () => {
  const s = find('Employers believe they can carry on because of the dismal economy.', 'Employers');
  assert.equal(s.tag, 'anonymous');
  // A surname seen before in a full name stays a person.
  assert.equal(find('Bernie Sanders spoke first. Sanders said the plan would pass.', 'Sanders said').tag, 'named-person');
});

test('"the group that represents ..." is a body named before', () => {
  const a = analyzeText('The Canadian Real Estate Association released its figures. The group that represents more than 155,000 Realtors said in a release Friday that sales fell.');
  assert.equal(a.sentences[1].tag, 'organization');
  assert.equal(a.sentences[1].source, 'The Canadian Real Estate Association');
  assert.equal(a.sentences[1].sourceMention, 'The group');
});

test('data and figures as subjects are documents ("figures ... reflect", "new numbers ... confirm")', () => {
  assert.equal(find('Figures from Louisiana and New York reflect the same racial disparity.', 'Figures').tag, 'document');
  assert.equal(find('New numbers from the Canadian Real Estate Association confirm that prices fell.', 'New').tag, 'document');
});

test('"the researchers wrote in the paper" speaks for the paper', () => {
  const s = find('The drug may act like synesthesia, the researchers wrote in the paper.', 'The drug');
  assert.equal(s.tag, 'document');
  assert.equal(s.cue, 'wrote in the paper');
});

test('"reports seen by Reuters suggest": "reports" is a noun there', () => {
  const s = find('Intelligence reports seen by Reuters suggest that the plan is under way.', 'Intelligence');
  assert.equal(s.tag, 'document');
  assert.equal(s.cue, 'suggest');
});

test('what a body will announce is not yet said; what it expects is', () => {
  assert.equal(find('On Friday, the administration will announce a new Sudan strategy.', 'On Friday').tag, 'unattributed');
  const s = find('Microsoft expects to release 16 million tons of carbon dioxide in 2020.', 'Microsoft');
  assert.equal(s.tag, 'organization');
  assert.equal(s.cue, 'expects');
});

test('"indicated ... that" and "cited a reason" report for a person or body', () => {
  assert.equal(find('Mayor Bill de Blasio indicated earlier this week that temporary burials might be needed.', 'Mayor').source, 'Bill de Blasio');
  const a = analyzeText('The California Independent System Operator said the heat was to blame. It also cited a lack of access to power from other states.');
  assert.equal(a.sentences[1].tag, 'organization');
  assert.equal(a.sentences[1].cue, 'cited');
});

test('"why X say" is the writer\'s reason, not an attribution', () => {
  assert.equal(find('That uncertainty is one reason why Earl Hypolite and Naomi Zitt-James say they are looking to buy.', 'That').tag, 'unattributed');
});

test('"Asked X, Y said, “...”" is a direct quotation', () => {
  const s = find('Asked why he settled on Sanders, Alex Blocker said, "He has fought for civil rights."', 'Asked');
  assert.equal(s.quote, 'direct');
  assert.equal(s.source, 'Alex Blocker');
});

test('"called X a Y" reports even with a prepositional phrase inside X; the descriptor before a name is dropped', () => {
  const s = find('Global financial firm JP Morgan had called the Supreme Court decision on the Essar Steel resolution a landmark judgment.', 'Global');
  assert.equal(s.tag, 'organization');
  assert.equal(s.source, 'JP Morgan');
  assert.equal(s.cue, 'had called');
});

test('", as X reported results" is a reason clause, not an attribution', () => {
  assert.equal(find('Earnings were not a disappointment, as most of the companies reported in-line results.', 'Earnings').tag, 'unattributed');
  // A trailing "as X said" still attributes.
  assert.equal(find('Prices rose, as the ministry said on Monday.', 'Prices').tag, 'organization');
});

test('"the energy experts" points back to experts named before', () => {
  const a = analyzeText('But some of the state’s energy experts said the blackouts were not needed. The energy experts noted that demand fell.');
  assert.equal(a.sentences[1].tag, 'anonymous');
  assert.equal(a.sentences[1].source, 'some of the state’s energy experts');
  assert.equal(a.sentences[1].sourceMention, 'The energy experts');
});

test('"Salesforce\'s CEO" is the person named before with that body and role', () => {
  const a = analyzeText('Tim Cook spoke with Salesforce founder and co-CEO Marc Benioff on Tuesday. Benioff introduced Cook as a leader. Salesforce\'s CEO marveled at Apple\'s ability to innovate.');
  assert.equal(a.sentences[2].tag, 'named-person');
  assert.equal(a.sentences[2].source, 'Benioff');
  assert.equal(a.sentences[2].sourceMention, 'Salesforce\'s CEO');
});

test('"Many people report ..." is reported by the people; "report to" is not', () => {
  const s = find('Many people report intensely spiritual experiences while taking the drug.', 'Many');
  assert.equal(s.tag, 'anonymous');
  assert.equal(s.cue, 'report');
  assert.equal(find('The people report to the manager every week.', 'The people').tag, 'unattributed');
});

test('"has not yet announced" reports nothing; a name ending in an acronym is a body', () => {
  assert.equal(find('Meanwhile, Beijing has not yet formally announced the visit.', 'Meanwhile').tag, 'unattributed');
  assert.equal(find('California ISO said two gas plants shut down on Friday.', 'California').tag, 'organization');
});

test('a bracketed party label right before the verb ("Doherty (R-Warren) said")', () => {
  const s = find('State Sen. Michael Doherty (R-Warren) said Christie "sold himself" to voters.', 'State');
  assert.equal(s.tag, 'named-person');
  assert.equal(s.source, 'Michael Doherty');
});

test('"said someone at the meeting" keeps the place that identifies the speaker', () => {
  const s = find('“That is a city, not rural recreation,” said someone at the meeting.', '“That');
  assert.equal(s.tag, 'anonymous');
  assert.equal(s.source, 'someone at the meeting');
});

test('a later bare surname is the name a following "he" reports under', () => {
  const a = analyzeText('Voters were told the hopeful, Deval Patrick, would stop by. When Patrick walked in, the women turned around. “Don’t mind me!” he told them.');
  assert.equal(a.sentences[2].source, 'Patrick');
});

test('the first word of a company named before names the company alone ("Acme told investors")', () => {
  const a = analyzeText('Acme Corp. makes widgets in Ohio. Acme told investors that sales fell.');
  assert.equal(a.sentences[1].tag, 'organization');
  assert.equal(a.sentences[1].source, 'Acme');
  // A person known by that word stays a person.
  const b = analyzeText('Jane Acme Smith spoke. Acme Corp. makes widgets. Smith told investors that sales fell.');
  assert.equal(b.sentences[2].tag, 'named-person');
});
