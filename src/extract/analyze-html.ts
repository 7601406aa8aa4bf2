/**
 * analyzeHtml: a whole HTML page in, the engine's analysis of its article out.
 * Parses with linkedom (Node); the extraction code is the content script's.
 */
import { parseHTML } from 'linkedom';
import { analyzeText } from '../engine/index';
import { emptyProfile } from '../types/analysis';
import type { HtmlAnalysis } from '../types/cli';
import { analysisOptions, articleText, extractArticle } from './index';

export function parseDocument(html: string): Document {
  // linkedom needs a full document to give a <body>; fragments are wrapped.
  const src = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(src).document as unknown as Document;
}

export function analyzeHtml(html: string, url?: string): HtmlAnalysis {
  const empty = (reason: string, title = ''): HtmlAnalysis => ({
    title,
    url: url ?? null,
    text: '',
    sentences: [],
    profile: emptyProfile(),
    extraction: { isArticle: false, reason, publisher: null, canonicalUrl: null, lang: null },
  });
  if (typeof html !== 'string' || !html.trim()) return empty('The document is empty.');
  if (looksBinary(html)) return empty('The input is not HTML (it looks like binary data).');
  let doc: Document;
  try {
    doc = parseDocument(html);
  } catch (e) {
    return empty(`The HTML could not be parsed: ${(e as Error).message}`);
  }
  const article = extractArticle(doc, { url: url ?? null });
  const facts = {
    isArticle: article.isArticle,
    publisher: article.publisher,
    canonicalUrl: article.canonicalUrl,
    lang: article.lang,
    ...(article.reason ? { reason: article.reason } : {}),
  };
  if (!article.isArticle) return { ...empty(article.reason ?? 'Not an article.', article.title), extraction: facts };
  const at = articleText(article);
  const opts = analysisOptions(article, at, url ?? article.canonicalUrl);
  const analysis = analyzeText(at.text, opts);
  return { ...analysis, extraction: facts };
}

/** NUL bytes or many U+FFFD in the first few KB: not text. */
export function looksBinary(s: string): boolean {
  const head = s.slice(0, 8192);
  if (head.includes('\u0000')) return true;
  let bad = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0xfffd) bad++;
  return bad > head.length * 0.05;
}
