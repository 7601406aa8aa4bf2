// Rules that generalise attribution beyond "said": one real-looking sentence per rule,
// none taken from the gold or held-out files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/engine/index';
import { tokenize } from '../../src/engine/tokens';
import type { SentenceResult } from '../../src/types/analysis';

function all(text: string): SentenceResult[] {
  return analyzeText(text).sentences;
}
function last(text: string): SentenceResult {
  const s = all(text);
  return s[s.length - 1];
}
function pick(s: SentenceResult): Record<string, unknown> {
  const o: Record<string, unknown> = { tag: s.tag, source: s.source, cue: s.cue, quote: s.quote };
  if (s.sourceMention !== undefined) o.sourceMention = s.sourceMention;
  return o;
}

test('a quotation introduced with a colon, after a long appositive, and its continuation', () => {
  const s = all('Lead researcher Dr. Maria Okafor, assistant professor of genetics at the University of Leeds, explained: "The variant spreads faster. It is not more severe."');
  assert.deepEqual(pick(s[0]), { tag: 'named-person', source: 'Maria Okafor', cue: 'explained', quote: 'direct' });
  assert.equal(s[1].tag, 'named-person');
  assert.equal(s[1].source, 'Maria Okafor');
});

test('"told <outlet>:" with a possessive abbreviation in the appositive', () => {
  const s = last("Tom Reyes, a lecturer at the U.K.'s University of Kent who was not involved in the trial, told Reuters: \"The sample is small.\"");
  assert.deepEqual(pick(s), { tag: 'named-person', source: 'Tom Reyes', cue: 'told Reuters', quote: 'direct' });
  // The apostrophe of "U.K.'s" does not open a quotation.
  const tk = tokenize("the U.K.'s University", false).tokens;
  assert.equal(tk.some((t) => t.q), false);
});

test('end attribution with a complement: "..., Biden said of the bill."', () => {
  assert.deepEqual(pick(last('“It is a good deal for working families,” Biden said of the bill.')), {
    tag: 'named-person', source: 'Biden', cue: 'said', quote: 'direct',
  });
});

test('"ruled" with a time adverbial between subject and verb, and a clause without "that"', () => {
  assert.deepEqual(pick(last('The Supreme Court last month ruled the state map was unconstitutional.')), {
    tag: 'organization', source: 'The Supreme Court', cue: 'ruled', quote: 'indirect',
  });
});

test('"called for" reports a demand', () => {
  assert.deepEqual(pick(last('The World Health Organization called for an immediate ceasefire in the region.')), {
    tag: 'organization', source: 'The World Health Organization', cue: 'called for', quote: 'indirect',
  });
});

test('"called X a Y" is a characterisation by the subject', () => {
  assert.equal(last('The Kremlin called the sanctions an act of economic war.').tag, 'organization');
});

test('a progressive reporting verb: "are alleging that"', () => {
  assert.deepEqual(pick(last('The prosecutors are alleging that the funds were moved offshore.')), {
    tag: 'organization', source: 'The prosecutors', cue: 'are alleging', quote: 'indirect',
  });
});

test('a manner adverb before the verb and a dashed appositive naming the countries', () => {
  const s = last('The two neighbouring states - Kenya and Uganda - strongly condemned the attack on the border post.');
  assert.deepEqual(pick(s), { tag: 'organization', source: 'Kenya and Uganda', cue: 'condemned', quote: 'indirect' });
});

test('a statement about a statement ending the sentence: "did not agree" keeps its negation', () => {
  const s = last('Judge Ellen Park heard the motion on Tuesday. Park did not agree.');
  assert.deepEqual(pick(s), { tag: 'named-person', source: 'Park', cue: 'did not agree', quote: 'indirect' });
});

test('"responded by arguing": the -ing verb is the cue of the responder', () => {
  assert.deepEqual(pick(last('Attorney Mark Liu responded by arguing that the evidence had been obtained illegally.')), {
    tag: 'named-person', source: 'Mark Liu', cue: 'arguing', quote: 'indirect',
  });
});

test('a stance verb with a bare clause: "Farmers believe the tariff is ..."', () => {
  const s = all('Farmers believe the new tariff is a threat to their exports. They fear prices will fall.');
  assert.deepEqual(pick(s[0]), { tag: 'anonymous', source: 'Farmers', cue: 'believe', quote: 'indirect' });
  assert.deepEqual(pick(s[1]), { tag: 'anonymous', source: 'Farmers', sourceMention: 'They', cue: 'fear', quote: 'indirect' });
});

test('two people named together are named-person, not an organization', () => {
  assert.deepEqual(pick(last('Both Harris and Moreno told reporters that the vote would be close.')), {
    tag: 'named-person', source: 'Harris and Moreno', cue: 'told reporters', quote: 'indirect',
  });
});

test('a nationality and a plural noun are unnamed people; a body\'s own staff stay the body', () => {
  assert.equal(last('Ukrainian farmers, who export most of the grain, said the deal came too late.').tag, 'anonymous');
  assert.equal(last('Ohio’s energy regulators said the outage was caused by the storm.').tag, 'organization');
});

test('"they wrote" after a study: the authors, never a thing named in the sentence', () => {
  const s = all('The authors of the study, published in The Lancet, said obesity rates had doubled. Diet is linked to heart disease and other chronic problems, they wrote.');
  assert.equal(s[0].tag, 'document');
  assert.equal(s[1].tag, 'document');
  assert.equal(s[1].source, 'The authors of the study');
  assert.equal(s[1].sourceMention, 'they');
});

test('"they" with no group before is not resolved to a plural thing', () => {
  const s = last('Heavy use is linked to physical and psychological problems, they wrote.');
  assert.notEqual(s.source, 'psychological problems');
});

test('the speaker wins over "according to a statement"', () => {
  const s = all('Prime Minister Anna Berg visited the port on Friday. “This is a turning point,” she told dock workers, according to a statement.');
  assert.deepEqual(pick(s[1]), { tag: 'named-person', source: 'Anna Berg', sourceMention: 'she', cue: 'told dock workers', quote: 'direct' });
});

test('an ambassador speaks for his government', () => {
  assert.deepEqual(pick(last('Russia’s ambassador to Germany warned that the decision would have consequences.')), {
    tag: 'organization', source: 'Russia’s ambassador to Germany', cue: 'warned', quote: 'indirect',
  });
});

test('"This comes after police said ...": the writer\'s link does not subordinate the report', () => {
  assert.equal(last('This comes after police said the suspect had fled the country.').tag, 'organization');
});

test('a caption written as a sentence and adaptation boilerplate are not claims', () => {
  const s = all('The rate rose by 4 percent last year. This chart, provided by Eurostat, shows unemployment by region. This article has been adapted from its original source.');
  assert.equal(s[0].claim, true);
  assert.equal(s[1].nonClaim, 'caption');
  assert.equal(s[2].claim, false);
});

test('the writer\'s "is widely seen as" and "is expected to" hedge an unattributed claim', () => {
  const s = all('The merger is widely seen as a response to falling sales. The board is expected to approve it next week.');
  assert.equal(s[0].tag, 'unattributed');
  assert.equal(s[0].hedged, true);
  assert.equal(s[1].hedged, true);
});

test('quotation kinds: the writer\'s words lead into a quotation (partial); a colon hands over (direct)', () => {
  assert.equal(last('The council has demanded a “full and independent inquiry”.').quote, 'partial');
  assert.equal(last('At the end of the hearing, the judge asked Smith: “Anything else?”').quote, 'direct');
});

test('"testified about" reports testimony', () => {
  const s = all('Lena Ortiz, an Army officer, appeared before the committee. She testified about a meeting at which aid was discussed.');
  assert.equal(s[1].tag, 'named-person');
  assert.equal(s[1].source, 'Lena Ortiz');
});

test('a second verb of the sentence subject: "X visited ..., and argued that ..."', () => {
  assert.deepEqual(pick(last('On Friday, Sen. Laura Vance toured the flooded district, and argued that the levees need federal money.')), {
    tag: 'named-person', source: 'Laura Vance', cue: 'argued', quote: 'indirect',
  });
});

test('"what X said" is inside the writer\'s clause', () => {
  assert.equal(last('That is far lower than what Vance said, but the trend is the same.').tag, 'unattributed');
});

test('"X said that “...”" is a direct quotation', () => {
  assert.equal(last('Vance said that “the levees will not hold another season.”').quote, 'direct');
});

test('"appears to be" hedges the writer\'s claim; "The following chart" opens a caption', () => {
  const s = all('The estimate appears to be close to the official count. The following chart summarizes the losses by county.');
  assert.equal(s[0].hedged, true);
  assert.equal(s[1].nonClaim, 'caption');
});

test('"found that" is a conclusion whoever reaches it; "found the body" is not', () => {
  assert.deepEqual(pick(last('The researchers found that the drug cut deaths by a third.')), {
    tag: 'anonymous', source: 'The researchers', cue: 'found', quote: 'indirect',
  });
  assert.equal(last('Police found the body near the river.').tag, 'unattributed');
});

test('a document opening the sentence before a reduced relative clause: "Records the company filed ... show"', () => {
  assert.equal(last('Records the company filed with regulators show the plant leaked twice.').tag, 'document');
  assert.equal(last('In order to show he was first, the lab published its notes.').tag, 'unattributed');
});
