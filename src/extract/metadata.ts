/**
 * Page facts: headline element and title, publisher, canonical URL, language,
 * standfirst. Read from meta tags, JSON-LD and the headline markup.
 */
import { visibleText, isHiddenByMarkup, tagOf } from './dom';
import { metaOf, type PageIndex } from './page-index';
import { PLAIN_TEXT } from './patterns';

const WS = /\s+/g;

export interface PageMeta {
  title: string;
  publisher: string | null;
  canonicalUrl: string | null;
  lang: string | null;
}

interface JsonLdFacts {
  headline: string | null;
  publisher: string | null;
}

/** The JSON-LD NewsArticle/Article facts, tolerant of @graph and arrays. */
export function jsonLdFacts(ix: PageIndex): JsonLdFacts {
  const facts: JsonLdFacts = { headline: null, publisher: null };
  for (const s of ix.ldJson) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue;
    }
    visitLd(data, facts, 0);
    if (facts.headline && facts.publisher) break;
  }
  return facts;
}

function visitLd(v: unknown, facts: JsonLdFacts, depth: number): void {
  if (depth > 4 || !v || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) visitLd(x, facts, depth + 1);
    return;
  }
  const o = v as Record<string, unknown>;
  const type = ([] as unknown[]).concat(o['@type'] ?? []).map(String).join(' ');
  if (/Article|Posting|Report|WebPage|BlogPosting/i.test(type)) {
    if (!facts.headline && typeof o.headline === 'string') facts.headline = clean(o.headline);
    if (!facts.publisher) {
      const p = o.publisher;
      const pn = Array.isArray(p) ? p[0] : p;
      if (pn && typeof pn === 'object' && typeof (pn as { name?: unknown }).name === 'string') {
        facts.publisher = clean((pn as { name: string }).name) || null;
      } else if (typeof pn === 'string') facts.publisher = clean(pn) || null;
    }
  }
  if (o['@graph']) visitLd(o['@graph'], facts, depth + 1);
}

function clean(s: string): string {
  return s.replace(WS, ' ').trim();
}

/** Word-set similarity (0..1) of two titles. */
export function titleSimilarity(a: string, b: string): number {
  return setSimilarity(words(a), words(b));
}

function setSimilarity(wa: Set<string>, wb: Set<string>): number {
  if (!wa.size || !wb.size) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.min(wa.size, wb.size) * Math.min(1, Math.min(wa.size, wb.size) / Math.max(wa.size, wb.size) + 0.5);
}

function words(s: string): Set<string> {
  // Plain text: the same words without NFKD and the Unicode pattern.
  if (PLAIN_TEXT.test(s)) return new Set(s.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  return new Set(s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** <title> without the " | Site name" tail. */
function cleanDocTitle(t: string, publisher: string | null): string {
  const parts = t.split(/\s+[|\u2013\u2014:\-»·]\s+/);
  if (parts.length > 1) {
    const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
    if (longest.split(' ').length >= 4) return longest;
    if (publisher) {
      const rest = parts.filter((p) => p.toLowerCase() !== publisher.toLowerCase());
      if (rest.length) return rest.join(' - ');
    }
  }
  return t;
}

export function readMeta(doc: Document, ix: PageIndex, ld: JsonLdFacts, url: string | null): PageMeta {
  const publisher = metaOf(ix, 'og:site_name') ?? ld.publisher ?? metaOf(ix, 'application-name', 'twitter:site')?.replace(/^@/, '') ?? null;
  let canonicalUrl: string | null = null;
  for (const l of ix.links) {
    if ((l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
      const href = l.getAttribute('href');
      if (href) {
        canonicalUrl = absolutize(href.trim(), url);
        break;
      }
    }
  }
  canonicalUrl ??= absolutize(metaOf(ix, 'og:url'), url);
  const html = doc.documentElement;
  const lang = (html?.getAttribute('lang') ?? html?.getAttribute('xml:lang') ?? metaOf(ix, 'og:locale', 'language', 'content-language'))?.trim() || null;
  const title = metaOf(ix, 'og:title', 'twitter:title') ?? ld.headline ?? cleanDocTitle(ix.docTitle, publisher);
  return { title, publisher, canonicalUrl, lang };
}

function absolutize(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}

/**
 * The headline element: the <h1> (or, failing that, an h2 or [itemprop=headline])
 * whose text best matches the page's declared title; the first visible h1 when
 * nothing matches.
 */
export function findTitleElement(ix: PageIndex, declared: string[]): Element | null {
  const cands: Element[] = [...ix.h1, ...ix.otherHeadlines];
  const h1Count = ix.h1.length;
  let best: Element | null = null;
  let bestScore = 0;
  let firstH1: Element | null = null;
  // A page lists dozens of teaser headlines: the declared titles' words are read once, not per candidate.
  const declaredWords = declared.filter(Boolean).map(words);
  // Teasers share their far ancestors: each is read once, not once per teaser.
  const farHidden = new Map<Element, boolean>();
  for (let i = 0; i < cands.length; i++) {
    const el = cands[i]!;
    if (hiddenUp(el, farHidden)) continue;
    const txt = visibleText(el);
    if (!txt || txt.length > 400) continue;
    if (i < h1Count && !firstH1) firstH1 = el;
    let s = 0;
    const own = words(txt);
    for (const dw of declaredWords) s = Math.max(s, setSimilarity(own, dw));
    if (i >= h1Count) s -= 0.15; // prefer an h1 at equal match
    if (s > bestScore) {
      bestScore = s;
      best = el;
    }
  }
  if (best && bestScore >= 0.5) return best;
  return firstH1;
}

/** Elements whose subtree is never the headline's place. */
function isOffArticleTag(t: string): boolean {
  return t === 'nav' || t === 'footer' || t === 'aside' || t === 'template' || t === 'noscript';
}

/**
 * Hidden (by markup, or in nav/footer/aside/template/noscript) at the element
 * or an ancestor below <body>. The four nearest levels count inline styles; a
 * far ancestor hidden by inline style is a page hidden until its script runs,
 * so from the fifth level up they do not: that part is the same for every
 * headline under it and is answered from `far` (per-element memo).
 */
export function hiddenUp(el: Element, far: Map<Element, boolean> = new Map()): boolean {
  let n: Element | null = el;
  for (let up = 0; up < 4; up++, n = n.parentElement) {
    if (!n) return false;
    const t = tagOf(n);
    if (t === 'body') return false;
    if (isHiddenByMarkup(n) || isOffArticleTag(t)) return true;
  }
  return farHiddenUp(n, far);
}

/** hiddenUp's far part: `n` or an ancestor below <body>, ignoring inline styles; memoised per element. */
function farHiddenUp(start: Element | null, far: Map<Element, boolean>): boolean {
  const walked: Element[] = [];
  let result = false;
  for (let n: Element | null = start; n; n = n.parentElement) {
    const known = far.get(n);
    if (known !== undefined) {
      result = known;
      break;
    }
    const t = tagOf(n);
    if (t === 'body') break;
    if (isHiddenByMarkup(n, true) || isOffArticleTag(t)) {
      result = true;
      walked.push(n);
      break;
    }
    walked.push(n);
  }
  // Every element walked has the answer of the first one that decided it (or none: not hidden).
  for (const w of walked) far.set(w, result);
  return result;
}
