// Session 11: cue shapes around the reporting verb, one fresh real-looking sentence each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/engine/index';

function lastOf(text: string): [string | null, string | null, string | null] {
  const a = analyzeText(text).sentences;
  const s = a[a.length - 1];
  return [s.tag, s.source, s.cue];
}

test('a negative contraction belongs to the cue ("didn\'t think", "doesn’t believe")', () => {
  assert.deepEqual(lastOf('Governor Ruth Adler toured the dam on Friday. She didn\'t think the repairs would finish by spring.'), ['named-person', 'Ruth Adler', "didn't think"]);
  assert.deepEqual(lastOf('The port authority doesn’t believe the strike will last.'), ['organization', 'The port authority', 'doesn’t believe']);
});

test('"wouldn\'t say" is a statement about a statement', () => {
  assert.deepEqual(lastOf('Councillor Amit Rao wouldn\'t say whether he would back the budget.'), ['named-person', 'Amit Rao', "wouldn't say"]);
});

test('"went on to suggest" and "took to Twitter to say" hand the subject to the speech verb', () => {
  assert.deepEqual(lastOf('Coach Lena Morris praised her defence. She went on to suggest that the referee had been biased.'), ['named-person', 'Lena Morris', 'went on to suggest']);
  assert.deepEqual(lastOf('Mayor Tom Reilly took to Twitter to say the roads would reopen by noon.'), ['named-person', 'Tom Reilly', 'took to Twitter to say']);
});

test('"went on to win" and "took to the streets to protest" report nothing', () => {
  assert.deepEqual(lastOf('Carla Diaz went on to win the race by two seconds.'), ['unattributed', null, null]);
  assert.deepEqual(lastOf('Farmers took to the streets to protest the new tax.'), ['unattributed', null, null]);
});

test('an imperative opening with "Just don’t" has no speaker', () => {
  assert.deepEqual(lastOf('Just don’t expect the trains to run on time this winter.'), ['unattributed', null, null]);
});

test('a result clause after ", so" does not decide the sentence', () => {
  assert.deepEqual(lastOf('The hall was full, so organisers said the doors would close early.')[0], 'unattributed');
});
