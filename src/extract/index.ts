/**
 * Article extraction from a DOM (live page or linkedom in Node). Never changes
 * the document: the content script highlights the page's own Text nodes
 * through the map articleText() builds.
 */
import type { ArticleBlock, ExtractedArticle } from '../types/article';
import { isHiddenByMarkup, tagOf, visibleText } from './dom';
import { indexPageSteps, metaOf, type PageIndex } from './page-index';
import { collectBlocksSteps, isExcludedElement } from './blocks';
import { findTitleElement, jsonLdFacts, readMeta } from './metadata';
import { BODY_STRONG, STANDFIRST } from './patterns';
import { contains, linkDensity, pickBodySteps, scanSteps, type BodyPick } from './score';

export { articleText, articleTextSteps, domPoints } from './text';
export { runBetween } from './steps';
export { analysisOptions } from './options';
import { isCreditLike } from './options';
import { runBetween, runToEnd } from './steps';

/** Below this much body text (in blocks of 40+ characters) a page is not an article. */
const MIN_ARTICLE_CHARS = 400;
const MIN_ARTICLE_PARAS = 2;

interface Attempt {
  pick: BodyPick;
  blocks: ArticleBlock[];
  chars: number;
  paras: number;
}

function* attemptSteps(
  body: Element,
  ix: PageIndex,
  strict: boolean,
  titleEl: Element | null,
  layout: boolean,
  onPhase?: (phase: string) => void,
): Generator<void, Attempt, void> {
  onPhase?.('scan');
  const sc = yield* scanSteps(body, strict);
  yield;
  onPhase?.('pick');
  const pick = yield* pickBodySteps(body, sc);
  // schema.org articleBody is the publisher's own statement of where the body is.
  const declared = findDeclaredBody(ix, pick);
  const roots = declared ? [declared] : pick.roots;
  // The loose retry reads through CSS hiding too: a page that hides its whole
  // layout until a script runs still has an article.
  onPhase?.('blocks');
  const lengths = new Map<Element, number>();
  const blocks = yield* collectBlocksSteps(roots, { titleEl, info: pick.scan.info, layout: layout && strict, ignoreStyle: !strict, lengths });
  yield;
  onPhase?.('count');
  let chars = 0;
  let paras = 0;
  let seen = 0;
  for (const b of blocks) {
    if (++seen % 15 === 0) yield;
    if (b.kind === 'heading') continue;
    // A loose-prose block (ownTextOnly) is counted whole, as before: its container's length is not cached.
    const n = (b.ownTextOnly ? undefined : lengths.get(b.element)) ?? visibleText(b.element).length;
    if (n >= 40) {
      chars += n;
      paras++;
    }
  }
  return { pick: { ...pick, roots }, blocks, chars, paras };
}

function findDeclaredBody(ix: PageIndex, pick: BodyPick): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  for (const el of ix.articleBody) {
    const info = pick.scan.info.get(el);
    if (!info) continue;
    if (info.text > bestLen) {
      best = el;
      bestLen = info.text;
    }
  }
  if (!best || bestLen < 300) return null;
  // Our pick inside the declared body is more precise; a pick around it holds
  // more than the publisher says is the body (teasers, boxes) unless the
  // declared part is only a sliver of it.
  if (pick.roots.includes(best)) return best;
  if (pick.roots.some((r) => contains(best!, r))) return null;
  const rootText = pick.roots.reduce((n, r) => n + (pick.scan.info.get(r)?.text ?? 0), 0);
  if (pick.roots.some((r) => contains(r, best!))) return bestLen >= rootText * 0.5 ? best : null;
  return best;
}

/** Finds the article (headline + body blocks) in a document without changing it. */
export function extractArticle(doc: Document, opts: { url?: string | null } = {}): ExtractedArticle {
  return runToEnd(extractSteps(doc, opts));
}

/**
 * extractArticle in slices, for the live page: `between` runs between the
 * phases (page index, body scoring, block walk, each retry), so that the page
 * gets its turn and no single task of ours runs long. Same result as extractArticle.
 */
export async function extractArticleAsync(
  doc: Document,
  opts: { url?: string | null } = {},
  between: () => Promise<void> | undefined = () => Promise.resolve(),
  onPhase?: (phase: string) => void,
): Promise<ExtractedArticle> {
  return runBetween(extractSteps(doc, opts, onPhase), between);
}

/**
 * The extraction as steps: each `yield` is a phase boundary where the async
 * caller may hand the page its turn (the page may change its DOM meanwhile;
 * every phase reads the document as it then is).
 */
function* extractSteps(doc: Document, opts: { url?: string | null }, onPhase?: (phase: string) => void): Generator<void, ExtractedArticle, void> {
  const url = opts.url ?? null;
  onPhase?.('index');
  const ix = yield* indexPageSteps(doc);
  yield;
  onPhase?.('meta');
  const ld = jsonLdFacts(ix);
  // JSON-LD can be large: parsing it is a step of its own.
  yield;
  const meta = readMeta(doc, ix, ld, url);
  const base: ExtractedArticle = { isArticle: false, title: meta.title, publisher: meta.publisher, canonicalUrl: meta.canonicalUrl, lang: meta.lang, blocks: [] };
  const body = mainBody(doc);
  if (!body) return { ...base, reason: 'The document has no body.' };
  yield;

  const titleEl = findTitleElement(ix, [meta.title, ld.headline ?? '', ix.docTitle]);
  const firstBlock = body.firstElementChild as (Element & { checkVisibility?: unknown }) | null;
  const layout = !!firstBlock && typeof firstBlock.checkVisibility === 'function';
  yield;

  let best = yield* attemptSteps(body, ix, true, titleEl, layout, onPhase);
  if (best.chars < MIN_ARTICLE_CHARS * 2) {
    // Hints can hide the body (a wrapper named "main-share-layout"); retry without them.
    yield;
    const loose = yield* attemptSteps(body, ix, false, titleEl, layout, onPhase);
    if (loose.chars > best.chars * 1.3) best = loose;
  }
  yield;
  onPhase?.('standfirst');

  const blocks: ArticleBlock[] = [];
  const title = titleEl ? visibleText(titleEl) || meta.title : meta.title;
  if (titleEl && !best.blocks.some((b) => b.element === titleEl || (!b.ownTextOnly && contains(b.element, titleEl)))) {
    blocks.push({ kind: 'title', element: titleEl });
  }
  const inBody = leadingStandfirst(best.blocks);
  const standfirst = inBody ? null : titleEl ? findStandfirst(titleEl, best) : null;
  yield;
  if (standfirst) blocks.push({ kind: 'standfirst', element: standfirst });
  for (const b of best.blocks) {
    if (b.element === standfirst) continue;
    blocks.push(b === inBody ? { kind: 'standfirst', element: b.element } : b);
  }

  const article: ExtractedArticle = { ...base, title, blocks };
  const reason = notArticleReason(ix, best);
  if (reason) return { ...article, reason };
  return { ...article, isArticle: true };
}

/** document.body, except when a parser made several (linkedom on odd markup): the fullest one. */
function mainBody(doc: Document): Element | null {
  const html = doc.documentElement;
  if (!html) return null;
  let best: Element | null = null;
  let most = -1;
  for (let c = html.firstElementChild; c; c = c.nextElementSibling) {
    if (tagOf(c) !== 'body') continue;
    const n = c.childNodes.length;
    if (n > most) {
      most = n;
      best = c;
    }
  }
  return best ?? doc.body ?? html;
}

function notArticleReason(ix: PageIndex, a: Attempt): string | null {
  if (!a.blocks.length) return 'No article text found on this page.';
  // One long block is an article written as text<br><br>text.
  if (a.chars < MIN_ARTICLE_CHARS || (a.paras < MIN_ARTICLE_PARAS && a.chars < 1000)) {
    return `Too little article text (${a.chars} characters in ${a.paras} paragraphs): this page does not look like an article.`;
  }
  const rootInfo = a.pick.roots.map((r) => a.pick.scan.info.get(r));
  const linky = rootInfo.length > 0 && rootInfo.every((i) => linkDensity(i) > 0.5);
  if (linky) return 'The main text of this page is mostly links: it looks like an index page, not an article.';
  const ogType = metaOf(ix, 'og:type');
  if (ogType && /^(website|profile|video\.other|product)$/i.test(ogType) && a.chars < 1200 && a.paras < 5) {
    return 'This page declares itself a website, not an article, and has little article text.';
  }
  return null;
}

/**
 * The standfirst (dek): an element hinted as such, or a short lead paragraph,
 * between the headline and the body.
 */
function findStandfirst(titleEl: Element, a: Attempt): Element | null {
  const firstBody = a.blocks[0]?.element ?? null;
  let budget = 300;
  let found: Element | null = null;
  const visit = (el: Element): boolean => {
    // true = stop the search
    if (--budget <= 0) return true;
    if (firstBody && (el === firstBody || contains(el, firstBody))) return true;
    if (a.pick.roots.some((r) => r === el || contains(el, r))) return true;
    const t = tagOf(el);
    if (isHiddenByMarkup(el)) return false;
    const hints = (el.getAttribute('class') ?? '') + ' ' + (el.getAttribute('id') ?? '') + ' ' + (el.getAttribute('itemprop') ?? '');
    if ((STANDFIRST.test(hints.toLowerCase()) || el.getAttribute('itemprop') === 'description') && t !== 'meta') {
      if (!isExcludedElement(el, t) || /standfirst|dek|subtitle|summary|description/i.test(hints)) {
        const txt = visibleText(el);
        if (txt.length >= 30 && txt.length <= 600 && linkDensity(a.pick.scan.info.get(el)) < 0.3 && !hasHeadingOrPara(el)) {
          found = el;
          return true;
        }
      }
    }
    if (isExcludedElement(el, t)) return false;
    // Unhinted: a plain sentence paragraph right under the headline (first one only).
    if (t === 'p' && !plainLead && sharesHeader(el, titleEl)) {
      const txt = visibleText(el);
      if (txt.length >= 60 && txt.length <= 400 && /[.!?"”’]$/.test(txt) && linkDensity(a.pick.scan.info.get(el)) === 0 && !isCreditLike(txt)) plainLead = el;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (visit(c)) return true;
    return false;
  };
  let plainLead: Element | null = null;
  let cur: Element | null = titleEl;
  let stop = false;
  for (let level = 0; cur && level < 4 && !stop; level++) {
    for (let s = cur.nextElementSibling; s && !stop; s = s.nextElementSibling) stop = visit(s);
    cur = cur.parentElement;
    if (!cur || tagOf(cur) === 'body') break;
  }
  return found ?? (plainLead && a.blocks.length ? plainLead : null);
}

/** A standfirst that sits inside the body container: one of the first blocks, hinted as such. */
function leadingStandfirst(blocks: ArticleBlock[]): ArticleBlock | null {
  for (const b of blocks.slice(0, 3)) {
    if (b.kind !== 'paragraph') continue;
    let el: Element | null = b.element;
    for (let up = 0; el && up < 3; up++, el = el.parentElement) {
      const hints = ((el.getAttribute('class') ?? '') + ' ' + (el.getAttribute('id') ?? '')).toLowerCase();
      if (STANDFIRST.test(hints) || el.getAttribute('itemprop') === 'description') return b;
      if (BODY_STRONG.test(hints)) break;
    }
  }
  return null;
}

/** Next to the headline: same parent, or inside the same <header>. */
function sharesHeader(el: Element, titleEl: Element): boolean {
  if (el.parentElement === titleEl.parentElement) return true;
  for (let a = el.parentElement, i = 0; a && i < 4; a = a.parentElement, i++) {
    if (tagOf(a) === 'header') return contains(a, titleEl);
  }
  return false;
}

function hasHeadingOrPara(el: Element): boolean {
  return el.querySelector('p, h1, h2, h3, li') !== null && el.querySelectorAll('p').length > 1;
}
