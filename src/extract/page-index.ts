/**
 * One walk over the whole document collecting what metadata and headline
 * detection need (meta, link, JSON-LD, <title>, h1/h2, itemprop markers), so
 * that no step searches the full document again. linkedom's
 * getElementsByTagName walks the tree on every call; this keeps Node fast and
 * costs a live page one traversal.
 */
import { ELEMENT_NODE, tagOf } from './dom';

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
  const ix: PageIndex = { meta: new Map(), links: [], ldJson: [], docTitle: '', h1: [], otherHeadlines: [], articleBody: [] };
  const root = doc.documentElement;
  if (!root) return ix;
  const stack: Element[] = [root];
  // Iterative pre-order walk: pages nest deeply enough to worry a recursive one.
  while (stack.length) {
    const el = stack.pop()!;
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
    // Push children in reverse so they pop in document order.
    const kids: Element[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) kids.push(c as Element);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
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
