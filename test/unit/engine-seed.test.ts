// The seed article must come out exactly as its gold file, field by field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../src/engine/index';
import type { GoldFile } from '../../src/types/analysis';

const here = path.dirname(fileURLToPath(import.meta.url));
const examples = path.resolve(here, '../../../shared/examples');
const text = readFileSync(path.join(examples, 'seed-article.txt'), 'utf8');
const gold = JSON.parse(readFileSync(path.join(examples, 'seed-article.gold.json'), 'utf8')) as GoldFile;
const analysis = analyzeText(text);

test('the seed splits into the gold sentences', () => {
  assert.deepEqual(analysis.sentences.map((s) => s.text), gold.sentences.map((g) => g.text));
});

gold.sentences.forEach((g, i) => {
  test(`seed sentence ${i + 1}: ${g.text.slice(0, 60)}`, () => {
    const s = analysis.sentences[i];
    assert.equal(s.text, g.text);
    assert.equal(text.slice(s.start, s.end), s.text);
    assert.equal(s.claim, g.claim);
    if (!g.claim) {
      assert.equal(s.tag, null);
      assert.equal(s.quote, null);
      assert.equal(s.checkworthiness, 0);
      assert.ok(s.nonClaim);
      return;
    }
    assert.equal(s.tag, g.tag);
    assert.equal(s.source, g.source);
    assert.equal(s.sourceMention, g.sourceMention);
    assert.equal(s.cue, g.cue);
    assert.equal(s.via, g.via);
    assert.equal(s.quote, g.quote);
    assert.equal(s.hedged, g.hedged);
    assert.ok(s.checkworthiness > 0 && s.checkworthiness <= 1);
  });
});

test('all 19 seed claims are tagged, and the profile counts them', () => {
  assert.equal(analysis.sentences.filter((s) => s.claim).length, 19);
  assert.deepEqual(analysis.profile, { 'named-person': 12, organization: 2, media: 0, anonymous: 1, document: 0, unattributed: 4 });
});
