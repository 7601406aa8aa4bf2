/**
 * One query over the whole document collecting what metadata and headline
 * detection need (meta, link, JSON-LD, <title>, h1/h2, itemprop markers), so
 * that no step searches the full document again. linkedom's
 * getElementsByTagName walks the tree on every call; this keeps Node fast, and
 * on a live page the browser's selector engine does the walk (several times
 * faster than a walk in script over every element).
 */
import { tagOf } from './dom';
import { runToEnd } from './steps';

export interface PageIndex {
  /** meta property/name/itemprop (lower-case) -> first non-empty content. */
  meta: Map<string, string>;
  links: Element[];
  ldJson: Element[];
  docTitle: string;
  h1: Element[];
  /** h2 and [itemprop=headline] elements, in document order. */
  otherHeadlines: Element[];
  articleBody: Element[];
}

const WS = /\s+/g;

export function indexPage(doc: Document): PageIndex {
  return runToEnd(indexPageSteps(doc));
}

/** Elements indexed between two yields of indexPageSteps. */
const INDEX_SLICE = 150;

/** Everything the index reads; one native selector query instead of a walk over every element. */
const WANTED = 'meta,link,script,title,h1,h2,[itemprop]';
/** Subtrees whose contents are not the page's (an icon's <title>, markup inside <noscript>). */
const SKIPPED = new Set(['style', 'noscript', 'template', 'svg']);

function inSkipped(el: Element, root: Element): boolean {
  for (let a = el.parentElement; a && a !== root; a = a.parentElement) if (SKIPPED.has(tagOf(a))) return true;
  return false;
}

/** indexPage as steps, yielding every INDEX_SLICE elements read. */
export function* indexPageSteps(doc: Document): Generator<void, PageIndex, void> {
  let sinceYield = 0;
  const ix: PageIndex = { meta: new Map(), links: [], ldJson: [], docTitle: '', h1: [], otherHeadlines: [], articleBody: [] };
  const root = doc.documentElement;
  if (!root) return ix;
  // In document order, as the walk this replaces: the skipped subtrees are filtered out here.
  const found: Element[] = root.matches(WANTED) ? [root] : [];
  for (const el of root.querySelectorAll(WANTED)) found.push(el);
  for (const el of found) {
    if (++sinceYield >= INDEX_SLICE) {
      sinceYield = 0;
      yield;
    }
    if (inSkipped(el, root)) continue;
    const t = tagOf(el);
    switch (t) {
      case 'meta': {
        const k = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv') ?? '').toLowerCase();
        const v = (el.getAttribute('content') ?? '').replace(WS, ' ').trim();
        if (k && v && !ix.meta.has(k)) ix.meta.set(k, v);
        continue;
      }
      case 'link':
        ix.links.push(el);
        continue;
      case 'script':
        if ((el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') ix.ldJson.push(el);
        continue;
      case 'style':
      case 'noscript':
      case 'template':
      case 'svg':
        continue;
      case 'title':
        if (!ix.docTitle) ix.docTitle = (el.textContent ?? '').replace(WS, ' ').trim();
        continue;
      case 'h1':
        ix.h1.push(el);
        break;
      case 'h2':
        ix.otherHeadlines.push(el);
        break;
    }
    const ip = el.getAttribute('itemprop');
    if (ip) {
      const l = ip.toLowerCase();
      if (l === 'articlebody') ix.articleBody.push(el);
      else if (l === 'headline' && t !== 'h2') ix.otherHeadlines.push(el);
    }
  }
  return ix;
}

export function metaOf(ix: PageIndex, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = ix.meta.get(k.toLowerCase());
    if (v) return v;
  }
  return null;
}
