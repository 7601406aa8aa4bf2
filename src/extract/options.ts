/**
 * The hints the HTML side gives the engine, built the same way for the CLI and
 * the content script: headline and sub-headings, and blocks that are bylines,
 * credits or captions (never claims).
 */
import type { AnalyzeOptions } from '../types/analysis';
import type { ArticleText, ExtractedArticle } from '../types/article';
import { BYLINE_TEXT, CONTACT_TEXT, CREDIT_TEXT, DATELINE_ALONE, PLAIN_TEXT, foldCase } from './patterns';

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
  // Each Unicode pattern runs only past a plain test of what it cannot match without (a
  // literal it holds, a last character): most blocks never reach one, and the browser
  // compiles a Unicode pattern, a millisecond or more, on the page's first use of it.
  if (t.length < 120 && BYLINE_START.test(t) && BYLINE_TEXT.test(t)) return true;
  const folded = foldCase(t);
  if (CONTACT_HINT.test(folded) && CONTACT_TEXT.test(folded)) return true;
  if (DATELINE_END.test(t) && DATELINE_ALONE.test(t)) return true;
  // A reporter's name alone in capitals ("JANIE HAR").
  if (t.length <= 40 && !/[a-z0-9]/.test(t) && /^[\p{Lu} .'-]+$/u.test(t) && t.split(' ').length <= 3 && !/[.!?]$/.test(t)) return true;
  return CREDIT_HINT.test(folded) && CREDIT_TEXT.test(folded);
}

/** What BYLINE_TEXT needs before its capital letter. */
const BYLINE_START = /^(?:[Bb]y|BY|[Ww]ritten by|[Rr]eporting by|[Aa]dditional reporting by|[Ee]dited by|[Ss]tory by|[Ww]ords by)\s/;
/** A literal every branch of CONTACT_TEXT holds (on foldCase(text)). */
const CONTACT_HINT = /reached at|contribut|follow |email |story|article|\(end\)|@/;
/** How every DATELINE_ALONE match ends. */
const DATELINE_END = /(?:—|–|--|:)$/;
/** A literal every branch of CREDIT_TEXT holds (on foldCase(text)). */
const CREDIT_HINT = /photo|image|picture|video|illustration|credit|graphic|getty|\//;

/**
 * A sub-heading written as a paragraph ("Magic mushrooms", "COULD PLANE HAVE
 * STALLED?"): short, no sentence ending, or all in capitals.
 */
export function looksLikeSubhead(t: string): boolean {
  const words = t.split(/\s+/).length;
  if (words > 10 || t.length > 90) return false;
  // All in capitals: no lower-case letter, an upper-case one (ASCII classes on plain text).
  const plain = PLAIN_TEXT.test(t);
  if (words >= 2 && !/[a-z]/.test(t) && (plain ? /[A-Z]/.test(t) : /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(t))) return true;
  return !/[.!?:;,"”’')\]…—-]$/.test(t) && (plain ? /^[A-Z0-9“"‘']/.test(t) : /^[\p{Lu}\p{N}“"‘']/u.test(t));
}
