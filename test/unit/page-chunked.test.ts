/**
 * The content script analyses an article in chunks (each with some text
 * before it as context) so no task runs long; on these corpus pages that must
 * give exactly what analysing the whole text at once gives: the same
 * sentences, the same claims, tags and sources. Chunks here are as small as
 * the planner allows (one piece of a block each), the hardest case.
 *
 * Not every corpus page passes today: the engine remembers people and bodies
 * named anywhere earlier in the article ("Salesforce's CEO" -> Benioff), which
 * a chunk's context cannot carry. These pages have no such far references;
 * they fail when context, piece cutting or offsets go wrong.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { analyzeText } from '../../src/engine/index';
import { parseDocument } from '../../src/extract/analyze-html';
import { analysisOptions, articleText, extractArticle } from '../../src/extract/index';
import { Slicer, analyseBlocks } from '../../src/page/analyse';
import type { SentenceResult } from '../../src/types/analysis';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus/news');
const PAGES = ['readability-yahoo-2', 'readability-cnet', 'trafilatura-reuters.com.parasite', 'postlight-www.cbc.ca', 'postlight-sandiegouniontribune.com', 'trafilatura-timesofisrael.com.washington', 'postlight-money.cnn.com', 'readability-wapo-2', 'readability-guardian-1'];

const key = (s: SentenceResult) => JSON.stringify([s.start, s.end, s.claim, s.tag, s.source]);

function load(id: string) {
  const url = `https://example.com/${id}`;
  const article = extractArticle(parseDocument(readFileSync(path.join(CORPUS, id, 'page.html'), 'utf8')), { url });
  assert.ok(article.isArticle, `${id}: no article found`);
  const at = articleText(article);
  return { at, opts: analysisOptions(article, at, url) };
}

describe('chunked analysis equals whole-text analysis on corpus pages', () => {
  for (const id of PAGES) {
    test(id, async () => {
      const { at, opts } = load(id);
      const whole = analyzeText(at.text, opts).sentences.map(key);
      let calls = 0;
      // Every engine call "takes" a second: the measured speed stays at its floor, one piece per chunk.
      let t = 0;
      const chunked = await analyseBlocks(analyzeText, at.text, at.blocks, at.blocks.map((_, i) => i), opts, {
        charsPerMs: 1,
        budgetMs: 1,
        minChars: 1,
        now: () => (t += 1000),
        yieldToPage: async () => {},
        onChunk: () => calls++,
      });
      assert.ok(calls >= at.blocks.length, `${id}: ${calls} engine calls for ${at.blocks.length} blocks`);
      assert.ok(whole.some((k) => JSON.parse(k)[2]), `${id}: no claims at all`);
      assert.deepEqual(chunked.map(key), whole);
    });
  }

  test('time-sliced chunks sized from a measured speed give the same result', async () => {
    const { at, opts } = load(PAGES[PAGES.length - 1]);
    const whole = analyzeText(at.text, opts).sentences.map(key);
    // A clock the engine moves by 1 ms per 40 characters read; the slicer yields at 10 ms.
    const clock = { t: 0 };
    const slow = (text: string, o: typeof opts) => {
      clock.t += text.length / 40;
      return analyzeText(text, o);
    };
    const slicer = new Slicer(10, () => clock.t, async () => {});
    const sizes: number[] = [];
    const chunked = await analyseBlocks(slow, at.text, at.blocks, at.blocks.map((_, i) => i), opts, {
      slice: slicer,
      now: () => clock.t,
      onChunk: (_ms, chars) => sizes.push(chars),
    });
    assert.ok(sizes.length > 3, `only ${sizes.length} chunks`);
    assert.deepEqual(chunked.map(key), whole);
  });
});
