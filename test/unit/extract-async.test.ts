/** The sliced extraction the content script uses gives exactly the synchronous result. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { articleText, extractArticle, extractArticleAsync } from '../../src/extract/index';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/news', import.meta.url));
for (const id of ['newspaper4k-wired_001', 'postlight-sandiegouniontribune.com', 'newspaper-technologyreview.com1']) {
  test(`extractArticleAsync gives extractArticle's article, in several slices (${id})`, async () => {
    const html = readFileSync(`${CORPUS}/${id}/page.html`, 'utf8');
    const sync = extractArticle(parseHTML(html).document, { url: 'https://example.org/a' });
    const { document } = parseHTML(html);
    let slices = 0;
    const sliced = await extractArticleAsync(document, { url: 'https://example.org/a' }, async () => { slices++; });
    assert.ok(sync.isArticle);
    assert.equal(sliced.isArticle, true);
    assert.equal(sliced.title, sync.title);
    assert.deepEqual(sliced.blocks.map((b) => b.kind), sync.blocks.map((b) => b.kind));
    assert.equal(articleText(sliced).text, articleText(sync).text);
    assert.ok(slices >= 4, `only ${slices} slices`);
  });
}
