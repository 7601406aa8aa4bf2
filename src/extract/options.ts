/**
 * The hints the HTML side gives the engine, built the same way for the CLI and
 * the content script: headline and sub-headings, and blocks that are bylines,
 * credits or captions (never claims).
 */
import type { AnalyzeOptions } from '../types/analysis';
import type { ArticleText, ExtractedArticle } from '../types/article';
import { BYLINE_TEXT, CONTACT_TEXT, CREDIT_TEXT } from './patterns';

export function analysisOptions(article: ExtractedArticle, at: ArticleText, url?: string | null): AnalyzeOptions {
  const headings: Array<[number, number]> = [];
  const nonClaims: Array<[number, number]> = [];
  for (const b of at.blocks) {
    if (b.kind === 'title' || b.kind === 'heading') {
      headings.push([b.start, b.end]);
      continue;
    }
    const t = at.text.slice(b.start, b.end);
    if (isCreditLike(t)) nonClaims.push([b.start, b.end]);
  }
  return {
    title: article.title,
    url: url ?? article.canonicalUrl ?? null,
    publisher: article.publisher,
    headings,
    nonClaims,
  };
}

/** A short block that is a byline, a photo credit or a caption. */
export function isCreditLike(t: string): boolean {
  if (t.length > 200) return false;
  if (BYLINE_TEXT.test(t) && t.length < 120) return true;
  if (CONTACT_TEXT.test(t)) return true;
  return CREDIT_TEXT.test(t);
}
