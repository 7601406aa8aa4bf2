/**
 * The compact lexicon encodings of session 14 (bytes of the engine bundle): they must decode to
 * exactly the lists the rules read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frontCoded } from '../../src/engine/lexicon/front-coded';
import { expand } from '../../src/engine/lexicon/expand';
import { OUTLETS } from '../../src/engine/lexicon/outlets';
import { FEMALE_NAMES, MALE_NAMES } from '../../src/engine/lexicon/names';
import { KNOWN_ORGANIZATIONS } from '../../src/engine/lexicon/organizations';
import { PLACES_AS_GOVERNMENTS } from '../../src/engine/lexicon/sources';
import { analyzeText } from '../../src/engine/index';

test('frontCoded: a digit repeats that many letters of the name before, a name without one stands alone', () => {
  assert.deepEqual(frontCoded('abc|3 news|8 australia|bbc|3 radio 4|9 5 live'), ['abc', 'abc news', 'abc news australia', 'bbc', 'bbc radio 4', 'bbc radio 5 live']);
  // A digit after the prefix digit belongs to the name ("channel 11", "channel 12").
  assert.deepEqual(frontCoded('channel 11|92'), ['channel 11', 'channel 12']);
});

test('expand: "^" is the stem, its -s and its past (-d after an e), in that order', () => {
  assert.deepEqual(expand('add^|blame^|say'), ['add', 'adds', 'added', 'blame', 'blames', 'blamed', 'say']);
});

const CODED: Array<[string, string[], string[]]> = [
  ['outlets', OUTLETS, ['al jazeera english', 'channel 12', 'radio free europe/radio liberty', 'xinhua news agency', 'l’équipe', 'ma\'an news agency', 'zvezda']],
  ['female names', FEMALE_NAMES, ['abigail', 'kamala', 'yulia']],
  ['male names', MALE_NAMES, ['aaron', 'jean', 'zachary']],
  ['known organizations', KNOWN_ORGANIZATIONS, ['mcdonald’s', 'mcdonald\'s', 'standard & poor’s', 'world health organization', 'yougov']],
  ['places', PLACES_AS_GOVERNMENTS, ['the united states', 'u.s.', 'new delhi', 'zimbabwe']],
];

for (const [name, list, some] of CODED) {
  test(`the ${name} decode to sorted, distinct, lower-case words that open with a letter (so none reads as a prefix digit)`, () => {
    for (let i = 1; i < list.length; i++) assert.ok(list[i - 1] < list[i], `${list[i - 1]} before ${list[i]}`);
    for (const w of list) {
      assert.equal(w, w.toLowerCase());
      assert.ok(w[0] > '9', w);
    }
    for (const w of some) assert.ok(list.includes(w), w);
  });
}

test('a front-coded outlet is still read as the outlet in running text', () => {
  const s = analyzeText('The talks had stalled, officials told Al Jazeera English on Monday.').sentences[0];
  assert.equal(s.via ?? s.source, 'Al Jazeera English');
  const t = analyzeText('The ministry confirmed the strike, according to Xinhua News Agency.').sentences[0];
  assert.equal(t.via ?? t.source, 'Xinhua News Agency');
});
