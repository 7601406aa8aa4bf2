/**
 * The live page runs extraction and the text map as resumable steps: small
 * enough that a slow page does not turn one of them into a long task, and
 * giving exactly what the synchronous functions give.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { articleText, articleTextSteps, extractArticle, extractArticleAsync, runBetween } from '../../src/extract/index';
import { pickBodyFrom, pickBodySteps, scan } from '../../src/extract/score';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/news', import.meta.url));
const IDS = ['newspaper-telegraph.co.uk1', 'readability-nytimes-1', 'postlight-www.cnn.com', 'newspaper-technologyreview.com1'];
const load = (id: string) => parseHTML(readFileSync(`${CORPUS}/${id}/page.html`, 'utf8')).document as unknown as Document;

for (const id of IDS) {
  test(`articleTextSteps gives articleText's text, map and blocks, a few blocks per step (${id})`, async () => {
    const doc = load(id);
    const article = extractArticle(doc, { url: 'https://example.org/a' });
    assert.ok(article.isArticle);
    const sync = articleText(article);
    let steps = 0;
    const sliced = await runBetween(articleTextSteps(article), () => {
      steps++;
      return undefined;
    });
    assert.equal(sliced.text, sync.text);
    assert.deepEqual(sliced.blocks, sync.blocks);
    assert.equal(sliced.segments.length, sync.segments.length);
    sliced.segments.forEach((s, i) => {
      const t = sync.segments[i];
      assert.ok(s.node === t.node && s.start === t.start && s.end === t.end && s.nodeStart === t.nodeStart, `segment ${i}`);
    });
    assert.ok(steps >= Math.floor(article.blocks.length / 8), `${steps} steps for ${article.blocks.length} blocks`);
  });

  test(`pickBodySteps picks pickBodyFrom's body (${id})`, () => {
    const doc = load(id);
    const sc = scan(doc.body, true);
    const sync = pickBodyFrom(doc.body, sc);
    const it = pickBodySteps(doc.body, sc);
    let r = it.next();
    let steps = 0;
    while (!r.done) {
      steps++;
      r = it.next();
    }
    assert.deepEqual(r.value.roots, sync.roots);
    assert.equal(r.value.score, sync.score);
    if (sc.paragraphs.length >= 80) assert.ok(steps >= 2, `${steps} steps for ${sc.paragraphs.length} paragraphs`);
  });
}

test('extraction on a large page never goes long between two yields (many small steps)', async () => {
  const doc = load('newspaper-telegraph.co.uk1');
  let steps = 0;
  const a = await extractArticleAsync(doc, { url: 'https://example.org/a' }, () => {
    steps++;
    return undefined;
  });
  assert.ok(a.isArticle);
  // ~750 elements in the body: the scan alone yields every 40 of them.
  assert.ok(steps >= 30, `only ${steps} steps`);
});
