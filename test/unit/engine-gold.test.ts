// Every gold file meets its floor: the seed exactly, the other labelled news at 0.90 macro-F1 overall.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, loadDevSet, loadGoldSet, scoreDocuments } from '../../scripts/eval';
import type { Analysis, GoldFile } from '../../src/types/analysis';

const docs = loadGoldSet();

test('the gold set has the seed and at least four more files', () => {
  assert.equal(docs[0].name, 'seed-article');
  assert.ok(docs.length >= 5);
});

test('the seed scores perfectly', () => {
  const s = evaluate(docs.slice(0, 1));
  assert.equal(s.macroF1, 1);
  assert.equal(s.claim.f1, 1);
  assert.equal(s.unmatchedGold.length, 0);
  for (const r of Object.values(s.rates)) assert.equal(r.rate, 1);
});

test('the other labelled news: macro-F1 >= 0.90, claim F1 >= 0.95, source >= 0.85', () => {
  const s = evaluate(docs.slice(1));
  assert.ok(s.macroF1 >= 0.9, `macro-F1 ${s.macroF1}`);
  assert.ok(s.claim.f1 >= 0.95, `claim F1 ${s.claim.f1}`);
  assert.ok(s.rates.source.rate >= 0.85, `source ${s.rates.source.rate}`);
});

/**
 * Files whose macro-F1 hangs on a tag with one or two gold claims, so that one
 * sentence moves it by 0.15 or more; their floor is lower, and their tag accuracy
 * must stay high instead.
 */
const FEW_OF_A_TAG: Record<string, { floor: number; why: string }> = {
  'readability-seattletimes-1': { floor: 0.65, why: 'its 3 anonymous claims are one "Analysts provided a few theories:" list' },
  'trafilatura-theintercept.com-Gaza': { floor: 0.65, why: 'its 1 media claim ("according to an investigation by +972 Magazine and The Intercept")' },
};

for (const d of docs.slice(1)) {
  const few = FEW_OF_A_TAG[d.name];
  test(`floor for ${d.name}: macro-F1 >= ${few ? `${few.floor} (${few.why}), tag >= 0.90` : '0.80'}, every gold sentence found`, () => {
    const s = evaluate([d]);
    assert.ok(s.macroF1 >= (few?.floor ?? 0.8), `macro-F1 ${s.macroF1}`);
    if (few) assert.ok(s.rates.tag.rate >= 0.9, `tag ${s.rates.tag.rate}`);
    assert.equal(s.unmatchedGold.length, 0, JSON.stringify(s.unmatchedGold));
  });
}

// Development files (test/gold/dev) hold their level together until each meets the per-file floor and moves up.
test('the development files: macro-F1 >= 0.77, claim F1 >= 0.95 together', () => {
  const dev = loadDevSet();
  assert.ok(dev.length >= 25, `${dev.length} development files`);
  const s = evaluate(dev);
  assert.ok(s.macroF1 >= 0.77, `macro-F1 ${s.macroF1}`);
  assert.ok(s.claim.f1 >= 0.95, `claim F1 ${s.claim.f1}`);
});

test('the scorer counts per-tag errors and splitting errors', () => {
  const gold: GoldFile = {
    document: 'x',
    sentences: [
      { text: 'A said B.', claim: true, tag: 'named-person', source: 'A', cue: 'said', via: null, quote: 'indirect', hedged: false },
      { text: 'It rained.', claim: true, tag: 'unattributed', source: null, cue: null, via: null, quote: 'none', hedged: false },
      { text: 'Lost one.', claim: true, tag: 'anonymous', source: 'x', cue: 'said', via: null, quote: 'indirect', hedged: false },
    ],
  };
  const s0 = { start: 0, end: 0, sourceMention: undefined, checkworthiness: 0.5, hedged: false, via: null };
  const analysis: Analysis = {
    title: '', url: null, text: '', profile: { 'named-person': 0, organization: 1, media: 0, anonymous: 0, document: 0, unattributed: 1 },
    sentences: [
      { ...s0, text: 'A said B.', claim: true, tag: 'organization', source: 'A', cue: 'said', quote: 'indirect' },
      { ...s0, text: 'It rained.', claim: true, tag: 'unattributed', source: null, cue: null, quote: 'none' },
      { ...s0, text: 'Lost', claim: true, tag: 'unattributed', source: null, cue: null, quote: 'none' },
    ],
  };
  const s = scoreDocuments([{ name: 'x', gold, analysis }]);
  assert.equal(s.perTag['named-person'].fn, 1);
  assert.equal(s.perTag.organization.fp, 1);
  assert.equal(s.perTag.unattributed.tp, 1);
  assert.equal(s.perTag.anonymous.fn, 1);
  assert.equal(s.unmatchedGold.length, 1);
  assert.equal(s.unmatchedEngine.length, 1);
  assert.equal(s.rates.tag.ok, 1);
  assert.equal(s.mistakes.length, 1);
});
