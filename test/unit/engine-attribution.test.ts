// Attribution rules of the sourcing guide, one real-looking sentence each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/engine/index';
import type { AnalyzeOptions, SentenceResult } from '../../src/types/analysis';

/** The analysis of the last sentence of `text`. */
function last(text: string, opts?: AnalyzeOptions): SentenceResult {
  const a = analyzeText(text, opts);
  return a.sentences[a.sentences.length - 1];
}
function pick(s: SentenceResult): Partial<SentenceResult> {
  const o: Partial<SentenceResult> = { tag: s.tag, source: s.source, cue: s.cue, via: s.via, quote: s.quote };
  if (s.sourceMention !== undefined) o.sourceMention = s.sourceMention;
  return o;
}

test('attribution before the content: a named person', () => {
  assert.deepEqual(pick(last('Kremlin spokesman Dmitry Peskov told reporters that no decision had been made.')), {
    tag: 'named-person', source: 'Dmitry Peskov', cue: 'told reporters', via: null, quote: 'indirect',
  });
});

test('attribution inside the content: ", he said,"', () => {
  const s = last('Olaf Scholz spoke in Berlin on Monday. The budget, he said, would be balanced by 2026.');
  assert.deepEqual(pick(s), { tag: 'named-person', source: 'Olaf Scholz', sourceMention: 'he', cue: 'said', via: null, quote: 'indirect' });
});

test('attribution after the content: ", the ministry said."', () => {
  assert.deepEqual(pick(last('Twelve people were killed in the strike, the Health Ministry said.')), {
    tag: 'organization', source: 'the Health Ministry', cue: 'said', via: null, quote: 'indirect',
  });
});

test('inverted attribution: "said X"', () => {
  assert.deepEqual(pick(last('“We stand ready to help,” said Pentagon spokesman Mark Wright.')), {
    tag: 'named-person', source: 'Mark Wright', cue: 'said', via: null, quote: 'direct',
  });
});

test('"according to" an outlet at the end is media', () => {
  assert.deepEqual(pick(last('The ship left port on Tuesday, according to Reuters.')), {
    tag: 'media', source: 'Reuters', cue: 'according to', via: null, quote: 'indirect',
  });
});

test('an outlet citing an anonymous source: tag of the source, outlet in via', () => {
  assert.deepEqual(pick(last('The Wall Street Journal, citing people familiar with the matter, reported that the deal was close.')), {
    tag: 'anonymous', source: 'people familiar with the matter', cue: 'citing', via: 'The Wall Street Journal', quote: 'indirect',
  });
});

test('a named person speaking to an outlet keeps the outlet in via, also for the next "he"', () => {
  const a = analyzeText('Ahmed Hassan, a local council member, told the BBC that the bridge had collapsed. He also said two people were missing.');
  assert.deepEqual(pick(a.sentences[0]), { tag: 'named-person', source: 'Ahmed Hassan', cue: 'told the BBC', via: 'the BBC', quote: 'indirect' });
  assert.deepEqual(pick(a.sentences[1]), { tag: 'named-person', source: 'Ahmed Hassan', sourceMention: 'He', cue: 'said', via: 'the BBC', quote: 'indirect' });
});

test('"Speaking to X, Y said" puts X in via', () => {
  assert.deepEqual(pick(last('Speaking to CNN, Senator Lindsey Graham said the vote would happen this week.')), {
    tag: 'named-person', source: 'Lindsey Graham', cue: 'said', via: 'CNN', quote: 'indirect',
  });
});

test('"the newspaper" points back to the outlet named before', () => {
  const a = analyzeText('The Guardian reported the leak on Friday. The newspaper said the documents were genuine.');
  assert.deepEqual(pick(a.sentences[1]), { tag: 'media', source: 'The Guardian', sourceMention: 'The newspaper', cue: 'said', via: null, quote: 'indirect' });
});

test('"he" resolves to the nearest man, "she" to the nearest woman', () => {
  const a = analyzeText('Ms. Alvarez, the mayor, said the city was ready. Mr. Brooks, the fire chief, said crews were in place. She added that shelters were open. He said roads were closed.');
  assert.equal(a.sentences[2].source, 'Alvarez');
  assert.equal(a.sentences[2].sourceMention, 'She');
  assert.equal(a.sentences[3].source, 'Brooks');
});

test('"he" learns its gender from earlier use', () => {
  const a = analyzeText('Tom Hale said the plant would close. He said 300 jobs would go. Anna Lind said the union would fight. He added that talks had failed.');
  assert.equal(a.sentences[3].source, 'Tom Hale');
});

test('a pronoun can point to the subject of an unattributed sentence', () => {
  const a = analyzeText('Jane Ortiz said the vote was fair. Morrison was the third witness on Tuesday. He said he was not concerned.');
  assert.equal(a.sentences[2].source, 'Morrison');
});

test('"the official added" points back to an anonymous official', () => {
  const a = analyzeText('A senior U.S. official said the troops would stay. The official added that no date had been set.');
  assert.deepEqual(pick(a.sentences[0]), { tag: 'anonymous', source: 'A senior U.S. official', cue: 'said', via: null, quote: 'indirect' });
  assert.deepEqual(pick(a.sentences[1]), { tag: 'anonymous', source: 'A senior U.S. official', sourceMention: 'The official', cue: 'added', via: null, quote: 'indirect' });
});

test('"the ministry" points back to the named ministry', () => {
  const a = analyzeText('Japan’s Ministry of Defense said two missiles were fired. The ministry said they landed at sea.');
  assert.equal(a.sentences[1].tag, 'organization');
  assert.equal(a.sentences[1].source, 'Japan’s Ministry of Defense');
  assert.equal(a.sentences[1].sourceMention, 'The ministry');
});

test('a statement about a statement is attributed to its subject', () => {
  assert.deepEqual(pick(last('Peskov declined to comment on the reports.')), { tag: 'named-person', source: 'Peskov', cue: 'declined to comment', via: null, quote: 'indirect' });
  assert.deepEqual(pick(last('Bogdanov described the talks as constructive.')), { tag: 'named-person', source: 'Bogdanov', cue: 'described ... as', via: null, quote: 'indirect' });
});

test('"issued a statement saying" is one cue', () => {
  const s = last('The Foreign Ministry issued a statement saying its staff had left the capital.');
  assert.equal(s.tag, 'organization');
  assert.equal(s.cue, 'issued a statement saying');
});

test('several attributions: the main clause decides', () => {
  assert.equal(last('Three cases of plague were diagnosed, though officials say the risk is low.').tag, 'unattributed');
  const s = last('Although his family suggested foul play, Sawyer told lawmakers no evidence supported it.');
  assert.equal(s.tag, 'named-person');
  assert.equal(s.source, 'Sawyer');
  assert.equal(s.cue, 'told lawmakers');
});

test('speech inside speech: the one who tells the reader is the source', () => {
  const s = last('Sondland said he had relayed the message to the Ukrainians, Morrison testified.');
  assert.equal(s.source, 'Morrison');
  assert.equal(s.cue, 'testified');
});

test('institutions by role are organizations, unnamed groups anonymous', () => {
  assert.equal(last('The suspect was arrested near the border, police said.').tag, 'organization');
  assert.equal(last('Prosecutors alleged that the two men falsified records.').tag, 'organization');
  assert.equal(last('Analysts said the merger would raise prices.').tag, 'anonymous');
  assert.equal(last('Residents said the water had been off for days.').tag, 'anonymous');
  assert.equal(last('Officials said the road would reopen on Friday.').tag, 'anonymous');
  assert.equal(last('A company spokesperson said the recall covered 2,000 cars.').tag, 'organization');
});

test('a country or capital speaking for its government is an organization', () => {
  const s = last('In previous statements, Russia has said that its presence would depend on negotiations.');
  assert.deepEqual(pick(s), { tag: 'organization', source: 'Russia', cue: 'has said', via: null, quote: 'indirect' });
});

test('documents: reports, court records, studies', () => {
  assert.deepEqual(pick(last('Civilian deaths rose by a third last year, according to a UN report.')), { tag: 'document', source: 'a UN report', cue: 'according to', via: null, quote: 'indirect' });
  assert.equal(last('Court filings show the company knew of the defect in 2019.').tag, 'document');
  assert.equal(last('A study published in Nature found that the glaciers were melting faster.').tag, 'document');
});

test('another outlet’s journalist as the only source is media, source the outlet', () => {
  const s = last('He had killed and eaten a wild rabbit, according to Alex Horton of the Washington Post.');
  assert.deepEqual(pick(s), { tag: 'media', source: 'the Washington Post', sourceMention: 'Alex Horton', cue: 'according to', via: null, quote: 'indirect' });
  const a = analyzeText('The clinic closed, according to Sui-Lee Wee of the New York Times. All sites were disinfected, reports Wee.');
  assert.equal(a.sentences[1].tag, 'media');
  assert.equal(a.sentences[1].source, 'the New York Times');
});

test('the publishing outlet is never a via', () => {
  const s = last('Tjahjanto told Reuters that nothing had been found.', { publisher: 'Reuters' });
  assert.equal(s.via, null);
  assert.equal(s.cue, 'told Reuters');
  assert.equal(last('Tjahjanto told Reuters that nothing had been found.').via, 'Reuters');
});

test('"told the newspaper" gives via the outlet named before', () => {
  const a = analyzeText('On Monday, the Financial Times, citing an HTS official, reported that troops had left. Kamal Lababidi told the newspaper that they had been stationed in the capital.');
  assert.equal(a.sentences[1].via, 'the Financial Times');
  assert.equal(a.sentences[1].cue, 'told the newspaper');
});

test('a quotation over several sentences inherits its attribution', () => {
  const a = analyzeText('“We are ready,” the minister, Jan Novak, said. “The army is in place. Nothing will surprise us.”');
  assert.equal(a.sentences[1].source, 'Jan Novak');
  assert.equal(a.sentences[2].source, 'Jan Novak');
  assert.equal(a.sentences[2].cue, null);
  assert.equal(a.sentences[2].quote, 'direct');
});

test('a quotation attributed in its last sentence gives the attribution to the earlier ones', () => {
  const a = analyzeText('“The storm is the worst in decades. Thousands are without power,” Governor Kathy Hochul said.');
  assert.equal(a.sentences[0].source, 'Kathy Hochul');
  assert.equal(a.sentences[0].tag, 'named-person');
});

test('a quotation running into the next paragraph continues it', () => {
  const a = analyzeText('Secretary Mike Pompeo said the release “gives us hope for the talks.\n\n“We see these developments as hopeful signs.”\n\nThe talks resume Monday.');
  assert.equal(a.sentences[1].source, 'Mike Pompeo');
  assert.equal(a.sentences[1].quote, 'direct');
  assert.equal(a.sentences[2].tag, 'unattributed');
});

test('quote kinds: direct, partial, indirect, none', () => {
  assert.equal(last('“The deal is dead,” Smith said.').quote, 'direct');
  assert.equal(last('Smith said the deal was “dead in the water.”').quote, 'partial');
  assert.equal(last('Smith said the deal was dead.').quote, 'indirect');
  assert.equal(last('The deal collapsed on Friday.').quote, 'none');
});

test('hedges: only the writer’s doubt', () => {
  assert.equal(last('The minister reportedly resigned on Friday.').hedged, true);
  assert.equal(last('The minister reportedly resigned on Friday.').tag, 'unattributed');
  assert.equal(last('The virus is believed to have originated in bats.').hedged, true);
  assert.equal(last('Prosecutors alleged that the guards slept on duty.').hedged, false);
  assert.equal(last('Smith said the talks may collapse.').hedged, false);
  assert.equal(last('The fire was perhaps started by a cigarette.').hedged, true);
});

test('not every reporting verb reports: "added jobs", "maintained a presence", "reported to him"', () => {
  assert.equal(last('The company added 200 jobs last month.').tag, 'unattributed');
  assert.equal(last('Since 2015, Russia has maintained a military presence in Syria.').tag, 'unattributed');
  assert.equal(last('After Hill left, Morrison took over, and Vindman reported to him.').tag, 'unattributed');
  assert.equal(last('Hawk Sawyer testified before the Senate Judiciary Committee on Tuesday.').tag, 'unattributed');
});

test('"citing" a reason is not a source', () => {
  assert.equal(last('Trump scuttled the talks in September, citing Taliban violence.').tag, 'unattributed');
});

test('a person named with an honorific can be "he" later', () => {
  const a = analyzeText('When President Trump’s advisers suggested a smaller deal, the talks stalled. In a retelling in the Cabinet Room, he said he had pressed his team.');
  assert.equal(a.sentences[1].source, 'Trump');
  assert.equal(a.sentences[1].sourceMention, 'he');
});

test('people named in passing do not steal "he" from the speaker', () => {
  const a = analyzeText('Peskov said President Putin would decide. He added that talks were continuing.');
  assert.equal(a.sentences[1].source, 'Peskov');
});

test('a relative clause between the source and its verb', () => {
  const s = last('Analysts who have done the calculations say the target cannot be met.');
  assert.equal(s.tag, 'anonymous');
  assert.equal(s.source, 'Analysts');
  assert.equal(last('Four officials testified, including a career Army officer who described the call as improper.').tag, 'unattributed');
});

test('an inverted attribution whose appositive names the source', () => {
  const s = last('He was in charge of Ukraine, said another witness in the inquiry, former White House adviser Fiona Hill.');
  assert.equal(s.tag, 'named-person');
  assert.equal(s.source, 'Fiona Hill');
});

test('a journalist reporting for an outlet is the outlet', () => {
  assert.deepEqual(pick(last('As Emily Feng reports for NPR, the first cases came to light last week.')), {
    tag: 'media', source: 'NPR', sourceMention: 'Emily Feng', cue: 'reports', via: null, quote: 'indirect',
  });
});

test('a participle or adjective is not a reporting verb', () => {
  assert.equal(last('He faces questions about a newly revealed phone call with the president.').tag, 'unattributed');
  // Per the guide, documents that "show" something are the source ("court filings show"): a document, not the writer.
  assert.equal(last('A series of text messages Volker provided to lawmakers showed conversations between them.').tag, 'document');
});

test('"..., saying" reports for the subject of the main clause', () => {
  assert.deepEqual(pick(last('The US welcomed the exchange, saying the hostages had suffered.')), {
    tag: 'organization', source: 'The US', cue: 'saying', via: null, quote: 'indirect',
  });
});

test('a plural possessive stays with its word and is not a quotation mark', () => {
  const s = last('Morrison said in a statement, “We are relieved” at the hostages’ release, adding that Weeks’ family had asked to convey its relief.');
  assert.equal(s.source, 'Morrison');
  assert.equal(s.cue, 'said in a statement');
});

test('"She added, “...”" reports a quotation', () => {
  const a = analyzeText('Omar asked for compassion in a letter. She added, "We must teach the defendant love."');
  assert.deepEqual(pick(a.sentences[1]), { tag: 'named-person', source: 'Omar', sourceMention: 'She', cue: 'added', via: null, quote: 'direct' });
});

test('"did not immediately provide details" is a statement about a statement', () => {
  assert.deepEqual(pick(last('Officials did not immediately provide any other details.')), {
    tag: 'anonymous', source: 'Officials', cue: 'did not immediately provide', via: null, quote: 'indirect',
  });
});

test('"tells the paper" gives via the outlet named before', () => {
  const a = analyzeText('The Chronicle says he was arrested a block away. Employee Steve Castro tells the paper that he fought with the man.');
  assert.equal(a.sentences[0].tag, 'media');
  assert.equal(a.sentences[1].source, 'Steve Castro');
  assert.equal(a.sentences[1].via, 'The Chronicle');
  assert.equal(a.sentences[1].cue, 'tells the paper');
});

test('an outlet described by its kind, and one that speaks in commentaries, is media', () => {
  const a = analyzeText('North Korea’s official newspaper blasted the drill on Tuesday. "It is a provocation," the Rodong Sinmun said in a commentary. The paper said talks would not resume.');
  assert.deepEqual(a.sentences.map((s) => s.tag), ['media', 'media', 'media']);
  assert.equal(a.sentences[0].cue, 'blasted');
  assert.equal(a.sentences[2].source, 'the Rodong Sinmun');
  assert.equal(a.sentences[2].sourceMention, 'The paper');
});

test('"the North" speaking for its government is an organization', () => {
  assert.equal(last('Earlier last week, the North warned that dialogue would not resume.').tag, 'organization');
});

test('another outlet’s reporter is media', () => {
  const s = last('An Associated Press journalist in the area also reported hearing gunfire near the plant.');
  assert.equal(s.tag, 'media');
  assert.equal(s.source, 'Associated Press');
});

test('"issued a statement Friday, saying" is one statement', () => {
  const s = last('A spokesperson of the North’s committee handling inter-Korean affairs issued a statement Friday, saying talks were over.');
  assert.equal(s.tag, 'organization');
  assert.equal(s.cue, 'issued a statement');
});

test('"in apparent protest" is the writer’s hedge', () => {
  assert.equal(last('The North carried out weapons tests in apparent protest of the drill.').hedged, true);
});
