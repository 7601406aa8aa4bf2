/**
 * Article extraction from a DOM (live page or linkedom in Node). STUB
 * signatures until extraction lands; the page layer and analyzeHtml import these.
 */
import type { ArticleText, ExtractedArticle } from '../types/article';

/** Finds the article (headline + body blocks) in a document without changing it. */
export function extractArticle(_doc: Document, _opts: { url?: string | null } = {}): ExtractedArticle {
  throw new Error('extractArticle: not yet');
}

/** The article's text (blocks joined by "\n\n") with a map back to its Text nodes. */
export function articleText(_article: ExtractedArticle): ArticleText {
  throw new Error('articleText: not yet');
}

/** DOM boundary points for [start, end) of ArticleText.text; null when not mappable. */
export function domPoints(
  _at: ArticleText,
  _start: number,
  _end: number,
): { startNode: Text; startOffset: number; endNode: Text; endOffset: number } | null {
  throw new Error('domPoints: not yet');
}
