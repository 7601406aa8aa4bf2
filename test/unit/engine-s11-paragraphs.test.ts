// Session 11: quotations and sources carried across paragraphs, one real-looking article fragment each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/engine/index';
import type { SentenceResult } from '../../src/types/analysis';

function tags(text: string): Array<[string | null, string | null]> {
  return analyzeText(text).sentences.map((s: SentenceResult) => [s.tag, s.source]);
}

test('a quotation standing as its own paragraph is the words of the person named in the claim just before', () => {
  const text = 'The harbour master, Ana Ruiz, has run the port for thirty years.\n\n' +
    'But for Ruiz and her crew the new rules arrived without warning.\n\n' +
    '“We found out from the radio. Nobody asked us.”';
  const s = analyzeText(text).sentences;
  assert.deepEqual([s[2].tag, s[2].source, s[2].quote], ['named-person', 'Ruiz', 'direct']);
  assert.deepEqual([s[3].tag, s[3].source], ['named-person', 'Ruiz']);
});

test('a caption between a quoted source and their next quotation paragraph does not hide the speaker', () => {
  const text = '“The river has never been this low,” says Tomas Berg, a ferry pilot on the Elbe.\n\n' +
    'Tomas Berg on his ferry near Dresden\n\n' +
    '“We have cancelled half of our crossings. The rest run empty.”';
  const s = analyzeText(text).sentences;
  assert.equal(s[1].claim, false);
  assert.deepEqual([s[2].tag, s[2].source], ['named-person', 'Tomas Berg']);
  assert.deepEqual([s[3].tag, s[3].source], ['named-person', 'Tomas Berg']);
});

test('a quotation paragraph with nobody named before it stays unattributed', () => {
  const text = 'The storm reached the coast at dawn.\n\n“Stay indoors.”';
  assert.deepEqual(tags(text)[1], ['unattributed', null]);
});

test('a first-person paragraph without quotation marks after a person\'s unquoted words is their block quotation', () => {
  const text = 'Patel described the merger at the hearing, the chief executive said on Tuesday.\n\n' +
    'Buying a rival is never only about price, Patel said. It takes years of talks.\n\n' +
    'I have known their founders since 2015, and we trusted each other long before any offer. That made the deal quick.';
  const s = analyzeText(text).sentences;
  const i = s.findIndex((x) => x.text.startsWith('I have known'));
  assert.deepEqual([s[i].tag, s[i].source, s[i].quote], ['named-person', 'Patel', 'direct']);
  assert.deepEqual([s[i + 1].tag, s[i + 1].source], ['named-person', 'Patel']);
});

test('the writer\'s own "we" after a quoted source is not the source\'s', () => {
  const text = '"The numbers look right to me," said Helen Okafor, an economist at Leeds.\n\n' +
    'We should note that the figures cover only 2019.';
  assert.deepEqual(tags(text)[1], ['unattributed', null]);
});

test('"the US" is not a speaker\'s "us"', () => {
  const text = 'Rubio said the deal was final.\n\nThe decision puts the US at odds with its allies.';
  assert.deepEqual(tags(text)[1], ['unattributed', null]);
});

test('"the associate" points back to "one close associate"', () => {
  const text = 'During the campaign, one close associate said the candidate changed course often. ' +
    'The pattern, the associate added, lasted for months.';
  const s = analyzeText(text).sentences[1];
  assert.deepEqual([s.tag, s.source, s.sourceMention], ['anonymous', 'one close associate', 'the associate']);
});

test('"close" before a noun does not open a post-modifier ("a close friend"), after one it does ("people close to")', () => {
  assert.deepEqual(tags('A close friend said the singer had left the country.')[0], ['anonymous', 'A close friend']);
  assert.deepEqual(tags('People close to the talks said they had stalled.')[0], ['anonymous', 'People close to the talks']);
});

test('"Name and his family" speak as the named person', () => {
  assert.deepEqual(tags('Omar Haddad and his family say the landlord ignored their complaints for a year.')[0], ['named-person', 'Omar Haddad']);
});

test('a paragraph after a source\'s sentence ending in a colon is what the source said', () => {
  const text = 'The transport ministry said in a statement:\n\nAll ferries will stay in port until the storm passes. Passengers will be refunded.\n\nThe storm is expected on Friday.';
  const s = analyzeText(text).sentences;
  assert.deepEqual([s[0].claim, s[0].tag], [true, 'organization']);
  assert.deepEqual([s[1].tag, s[1].source, s[1].quote], ['organization', 'The transport ministry', 'direct']);
  assert.deepEqual([s[2].tag, s[2].source], ['organization', 'The transport ministry']);
  assert.deepEqual(s[3].tag, 'unattributed');
});

test('a quotation after "said in a statement:" is the body\'s', () => {
  const s = analyzeText('The club said in a statement:\n\n“The match will be replayed behind closed doors.”').sentences;
  assert.deepEqual([s[1].tag, s[1].source, s[1].quote], ['organization', 'The club', 'direct']);
});

test('a list heading ending in a colon with no cue stays a heading', () => {
  const s = analyzeText('The storm hit the coast overnight.\n\nWhat we know so far:\n\nTwo bridges are closed.').sentences;
  assert.deepEqual([s[1].claim, s[2].tag], [false, 'unattributed']);
});
