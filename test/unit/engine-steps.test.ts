/**
 * The engine's resumable run (analyzeSteps): the page advances it a sentence
 * at a time and paints every sentence it reports as settled, so a settled
 * sentence must never change afterwards, and the run must end exactly where
 * analyzeText does.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { analyzeSteps, analyzeText } from '../../src/engine/index';
import type { Analysis, AnalyzeOptions, SentenceResult } from '../../src/types/analysis';

const SHARED = path.resolve(import.meta.dirname, '../../../shared');

/** Runs the stepper to its end, recording each yielded count and a copy of every sentence at the step it settled. */
function run(text: string, opts: AnalyzeOptions = {}) {
  const sentences: SentenceResult[] = [];
  const steps = analyzeSteps(text, opts, sentences);
  const counts: number[] = [];
  const atSettle: string[] = [];
  const lengths: number[] = [];
  let r = steps.next();
  for (; !r.done; r = steps.next()) {
    counts.push(r.value);
    lengths.push(sentences.length);
    assert.ok(r.value <= sentences.length, `settled ${r.value} of ${sentences.length} analysed`);
    for (let i = atSettle.length; i < r.value; i++) atSettle.push(JSON.stringify(sentences[i]));
  }
  const analysis: Analysis = r.value;
  return { analysis, counts, atSettle, lengths, sentences };
}

const QUOTE =
  'Floods closed three roads in the county on Sunday.\n\n' +
  '“The dam will hold. We checked it twice last week. Nobody downstream is in danger,” Mayor Ana Ruiz said on Monday. ' +
  'Roads will reopen on Tuesday, officials said.';

describe('analyzeSteps', () => {
  test('the first step only splits the text; then one sentence per step', () => {
    const { counts, lengths, analysis } = run(QUOTE);
    assert.equal(lengths[0], 0);
    assert.equal(counts[0], 0);
    assert.deepEqual(lengths, lengths.map((_, i) => i));
    assert.equal(counts.length, analysis.sentences.length);
  });

  test('a quotation over several sentences settles only when it closes, with its speaker', () => {
    const { counts, analysis } = run(QUOTE);
    const s = analysis.sentences;
    assert.equal(s.length, 5);
    // The two sentences inside the quotation have no attribution of their own: unattributed until the close.
    assert.deepEqual(counts, [0, 1, 1, 1, 4]);
    for (const i of [1, 2, 3]) {
      assert.equal(s[i].tag, 'named-person', s[i].text);
      assert.equal(s[i].source, 'Ana Ruiz', s[i].text);
    }
  });

  test('a quotation that is never closed is settled by the end of the run', () => {
    const text = 'Floods closed three roads on Sunday.\n\n“The dam will hold. We checked it twice last week.';
    const sentences: SentenceResult[] = [];
    const steps = analyzeSteps(text, {}, sentences);
    let last = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) last = r.value;
    assert.ok(last < sentences.length, 'the open quotation was reported settled');
    assert.deepEqual(r.value, analyzeText(text));
  });

  test('on corpus texts: counts never fall, settled sentences never change, the end equals analyzeText', () => {
    const corpus = path.join(SHARED, 'corpus/news');
    const ids = readdirSync(corpus).filter((id) => existsSync(path.join(corpus, id, 'expected.txt'))).sort();
    const texts = [readFileSync(path.join(SHARED, 'examples/seed-article.txt'), 'utf8'), ...ids.map((id) => readFileSync(path.join(corpus, id, 'expected.txt'), 'utf8'))];
    assert.ok(texts.length > 20, `${texts.length} texts`);
    let held = 0;
    for (const text of texts) {
      const { analysis, counts, atSettle } = run(text, { publisher: 'Example News' });
      for (let i = 1; i < counts.length; i++) assert.ok(counts[i] >= counts[i - 1], 'the settled count fell');
      // Every sentence settled at some step (the last ones at the end) is unchanged at the end.
      for (let i = 0; i < atSettle.length; i++) assert.equal(JSON.stringify(analysis.sentences[i]), atSettle[i], `sentence ${i} changed after it settled`);
      for (let i = 1; i < counts.length; i++) if (counts[i] < i) held++;
      assert.deepEqual(analysis, analyzeText(text, { publisher: 'Example News' }));
    }
    // The corpus has quotations over several sentences: some steps must have held sentences back.
    assert.ok(held > 0, 'no step ever held a sentence back');
  });
});
