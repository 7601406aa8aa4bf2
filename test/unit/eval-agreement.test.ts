// The annotator-agreement scoring: a labelling scored against itself is perfect, and a
// second labelling that differs on one tag is counted as exactly that difference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldAsAnalysis, loadAgreementPairs, scoreDocuments, type GoldDoc } from '../../scripts/eval';

const first: GoldDoc = {
  name: 'x',
  publisher: null,
  text: 'Police said two men were arrested. The bridge reopened on Monday.',
  gold: {
    document: 'x',
    sentences: [
      { text: 'Police said two men were arrested.', claim: true, tag: 'organization', source: 'Police', cue: 'said', via: null, quote: 'indirect', hedged: false },
      { text: 'The bridge reopened on Monday.', claim: true, tag: 'unattributed', source: null, cue: null, via: null, quote: 'none', hedged: false },
    ],
  },
};

test('a labelling scored against itself agrees fully', () => {
  const s = scoreDocuments([{ name: 'x', gold: first.gold, analysis: goldAsAnalysis(first) }]);
  assert.equal(s.macroF1, 1);
  assert.equal(s.claim.f1, 1);
  for (const r of Object.values(s.rates)) assert.equal(r.rate, 1);
});

test('a second labelling that reads the police as anonymous differs on that tag only', () => {
  const second: GoldDoc = structuredClone(first);
  second.gold.sentences[0] = { ...second.gold.sentences[0], tag: 'anonymous' };
  const s = scoreDocuments([{ name: 'x', gold: first.gold, analysis: goldAsAnalysis(second) }]);
  assert.equal(s.perTag.organization.fn, 1);
  assert.equal(s.perTag.anonymous.fp, 1);
  assert.equal(s.perTag.unattributed.tp, 1);
  assert.equal(s.rates.tag.ok, 1);
  assert.equal(s.rates.source.rate, 1);
});

test('every second labelling in test/gold/agreement/ has a first labelling of the same text', () => {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../gold/agreement');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.gold.json')) : [];
  const pairs = loadAgreementPairs();
  assert.equal(pairs.length, files.length, 'a second labelling without a first one');
  for (const { first: a, second: b } of pairs) assert.equal(a.text, b.text, `${a.name}: the two labellings must be of the same text`);
});
