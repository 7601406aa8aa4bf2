/**
 * The page must show what the CLI shows. Its first pass runs the engine over
 * the whole article a sentence at a time (analyseStepwise), painting settled
 * sentences slice by slice: on EVERY corpus page with an article, what it
 * hands over must be exactly what the CLI gives for the page (analyzeHtml:
 * the same extraction, in linkedom, and analyzeText on the whole text), each
 * sentence once, never one that still changes after it was handed over.
 *
 * Blocks a dynamic page adds later are analysed in chunks (each with some
 * text before it as context). On the pages below that gives what the whole
 * text gives; not on every page: the engine remembers people and bodies named
 * anywhere earlier in the article ("Salesforce's CEO" -> Benioff), which a
 * chunk's context cannot carry. Chunks here are as small as the planner
 * allows (one piece of a block each), the hardest case. (The San Diego page left
 * this list when descriptions began to point back to people met long before:
 * "The athletics executive" is Wicker, named three blocks earlier. The Times of
 * Israel and Guardian pages left it when a quotation standing as its own
 * paragraph began to go to the person named in the claim before it, which may
 * lie outside a chunk's context.)
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { analyzeSteps, analyzeText } from '../../src/engine/index';
import { analyzeHtml, parseDocument } from '../../src/extract/analyze-html';
import { analysisOptions, articleText, extractArticle } from '../../src/extract/index';
import { Slicer, analyseBlocks, analyseStepwise } from '../../src/page/analyse';
import type { SentenceResult } from '../../src/types/analysis';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus/news');
const PAGES = ['readability-yahoo-2', 'trafilatura-reuters.com.parasite', 'postlight-www.cbc.ca', 'postlight-www.al.com', 'postlight-money.cnn.com', 'readability-wapo-2', 'readability-nytimes-3', 'trafilatura-wsvn.com-crash'];

const key = (s: SentenceResult) => JSON.stringify([s.start, s.end, s.claim, s.tag, s.source]);

function extract(id: string) {
  const url = `https://example.com/${id}`;
  const article = extractArticle(parseDocument(readFileSync(path.join(CORPUS, id, 'page.html'), 'utf8')), { url });
  const at = article.isArticle ? articleText(article) : null;
  return { article, at, opts: at ? analysisOptions(article, at, url) : {} };
}

function load(id: string) {
  const { article, at, opts } = extract(id);
  assert.ok(article.isArticle && at, `${id}: no article found`);
  return { at, opts };
}

describe('the page pipeline equals the CLI on every corpus page', () => {
  const ids = readdirSync(CORPUS).filter((id) => existsSync(path.join(CORPUS, id, 'page.html'))).sort();
  let articles = 0;
  for (const id of ids) {
    test(id, async (t) => {
      const { at, opts } = extract(id);
      if (!at) return t.skip('no article found');
      articles++;
      // What the CLI prints for this page (`sourcelight analyze page.html`): extraction and engine in Node.
      const cli = analyzeHtml(readFileSync(path.join(CORPUS, id, 'page.html'), 'utf8'), `https://example.com/${id}`);
      const { extraction: _facts, ...whole } = cli;
      // A clock that moves 0.7 ms at every look: slices of a few sentences, many hand-overs.
      let clock = 0;
      const now = () => (clock += 0.7);
      const slicer = new Slicer(6, now, async () => {});
      const handed: string[] = [];
      let chars = 0;
      const analysis = await analyseStepwise(analyzeSteps, at.text, opts, {
        slice: slicer,
        now,
        // Copies as handed over: a sentence the engine rewrites afterwards shows up as a difference.
        onSentences: (sentences) => handed.push(...sentences.map((s) => JSON.stringify(s))),
        onSlice: (_ms, c) => (chars += c),
      });
      slicer.close();
      assert.ok(slicer.slices.length > whole.sentences.length / 6, `${id}: ${slicer.slices.length} slices for ${whole.sentences.length} sentences`);
      assert.deepEqual(analysis, whole);
      assert.deepEqual(handed, whole.sentences.map((s) => JSON.stringify(s)));
      // The engine got through the text once: up to the end of its last sentence.
      assert.equal(chars, whole.sentences.length ? whole.sentences[whole.sentences.length - 1].end : 0);
    });
  }
  test('extraction finds an article on most corpus pages', () => {
    assert.ok(articles >= 100, `${articles} articles`);
  });
});

describe('chunked analysis (blocks added later) equals whole-text analysis on these corpus pages', () => {
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
});
