/**
 * The hints the HTML side gives the engine, built the same way for the CLI and
 * the content script: headline and sub-headings, and blocks that are bylines,
 * credits or captions (never claims).
 */
import type { AnalyzeOptions } from '../types/analysis';
import type { ArticleText, ExtractedArticle } from '../types/article';
import { BYLINE_TEXT, CONTACT_TEXT, CREDIT_TEXT, DATELINE_ALONE, foldCase } from './patterns';

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
    else if (b.kind !== 'list-item' && looksLikeSubhead(t)) headings.push([b.start, b.end]);
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
  const folded = foldCase(t);
  if (CONTACT_TEXT.test(folded)) return true;
  if (DATELINE_ALONE.test(t)) return true;
  // A reporter's name alone in capitals ("JANIE HAR").
  if (t.length <= 40 && /^[\p{Lu} .'-]+$/u.test(t) && t.split(' ').length <= 3 && !/[.!?]$/.test(t)) return true;
  return CREDIT_TEXT.test(folded);
}

/**
 * A sub-heading written as a paragraph ("Magic mushrooms", "COULD PLANE HAVE
 * STALLED?"): short, no sentence ending, or all in capitals.
 */
export function looksLikeSubhead(t: string): boolean {
  const words = t.split(/\s+/).length;
  if (words > 10 || t.length > 90) return false;
  if (/^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(t) && words >= 2) return true;
  return !/[.!?:;,"”’')\]…—-]$/.test(t) && /^[\p{Lu}\p{N}“"‘']/u.test(t);
}
