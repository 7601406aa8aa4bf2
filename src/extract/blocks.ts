/**
 * Walks the chosen body container(s) and lists the text blocks in reading
 * order: paragraphs, sub-headings, quotes and list items. Navigation, figures,
 * captions, bylines, share bars, related links, ads and hidden parts are left
 * out. Reads the DOM only.
 */
import type { ArticleBlock, BlockKind } from '../types/article';
import {
  ELEMENT_NODE,
  INLINE,
  NEVER_TEXT,
  hintsOf,
  isHiddenByLayout,
  isHiddenByMarkup,
  tagOf,
  visibleText,
} from './dom';
import { BODY_STRONG, EXCLUDED_TAGS, NEGATIVE, NEGATIVE_TOKEN, STRONG_NEGATIVE, isCallToAction } from './patterns';
import { linkDensity, type NodeInfo } from './score';
import { runToEnd } from './steps';

const HEADINGS = new Set(['h2', 'h3', 'h4']);
const MINOR_HEADINGS = new Set(['h1', 'h5', 'h6']);
const LISTS = new Set(['ul', 'ol']);

/**
 * Excluded wherever it sits inside the body: by tag, by class/id hint, or
 * hidden. With `info`, a mildly hinted wrapper that holds a lot of prose
 * ("read-more" around the second half of a story) is kept.
 */
export function isExcludedElement(el: Element, tag: string, info?: NodeInfo, ignoreStyle = false): boolean {
  if (NEVER_TEXT.has(tag)) return true;
  if (isHiddenByMarkup(el, ignoreStyle)) return true;
  if (EXCLUDED_TAGS.has(tag)) return true;
  // Every test below reads an attribute.
  if (!el.hasAttributes()) return false;
  if (el.getAttribute('itemprop') === 'articleBody') return false;
  const rel = el.getAttribute('rel');
  if (rel === 'author') return true;
  const ip = el.getAttribute('itemprop');
  if (ip === 'author' || ip === 'caption' || ip === 'creator') return true;
  const hints = hintsOf(el);
  if (!hints) return false;
  if (BODY_STRONG.test(hints)) return false;
  if (!NEGATIVE.test(hints) && !NEGATIVE_TOKEN.test(hints)) return false;
  if (info && info.text >= 400 && linkDensity(info) < 0.2 && !STRONG_NEGATIVE.test(hints)) return false;
  return true;
}

export interface BlockWalkOptions {
  /** The headline element: emitted as 'title' elsewhere, skipped here. */
  titleEl: Element | null;
  /** Per-element text/link lengths from the scan (may lack entries for skipped parts). */
  info: Map<Element, NodeInfo>;
  /** Use checkVisibility on the live page. */
  layout: boolean;
  /** Read through inline display:none (the loose retry). */
  ignoreStyle: boolean;
  /** Filled with each leaf block's visible text length, read once here rather than again by the caller. */
  lengths?: Map<Element, number>;
}

/** Blocks under the roots, in document order. */
export function collectBlocks(roots: Element[], opts: BlockWalkOptions): ArticleBlock[] {
  return runToEnd(collectBlocksSteps(roots, opts));
}

/** Containers walked between two yields of collectBlocksSteps. */
const WALK_SLICE = 12;

/** collectBlocks as steps, yielding every WALK_SLICE containers walked. */
export function* collectBlocksSteps(roots: Element[], opts: BlockWalkOptions): Generator<void, ArticleBlock[], void> {
  const out: ArticleBlock[] = [];
  const budget = { left: WALK_SLICE };
  for (const r of roots) {
    const t = tagOf(r);
    if (isBlockLeaf(r, t) || opts.info.get(r)?.mixed) emitLeaf(r, t, false, out, opts);
    else yield* walk(r, false, out, opts, budget);
  }
  return out;
}

function* walk(el: Element, inQuote: boolean, out: ArticleBlock[], opts: BlockWalkOptions, budget: { left: number }): Generator<void, void, void> {
  if (--budget.left <= 0) {
    budget.left = WALK_SLICE;
    yield;
  }
  const info = opts.info.get(el);
  // Prose loose in a container next to blocks (often an unclosed <p> in old markup).
  let loosePending = !!info && info.hasBlockChild && info.ownText >= LOOSE_MIN && looseProse(el);
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (loosePending && (n.nodeType === 3 ? /\S/.test((n as Text).data) : INLINE.has(tagOf(n as Element)))) {
      out.push({ kind: inQuote ? 'quote' : 'paragraph', element: el, ownTextOnly: true });
      loosePending = false;
    }
    if (n.nodeType !== ELEMENT_NODE) continue;
    const c = n as Element;
    const t = tagOf(c);
    if (c === opts.titleEl) continue;
    if (isExcludedElement(c, t, opts.info.get(c), opts.ignoreStyle)) {
      // Layout tables still carry old articles; data tables are not prose.
      if (t === 'table' && hasParagraphs(c)) yield* walk(c, inQuote, out, opts, budget);
      continue;
    }
    if (opts.layout && !INLINE.has(t) && isHiddenByLayout(c)) continue;
    if (HEADINGS.has(t) || MINOR_HEADINGS.has(t)) {
      if (!MINOR_HEADINGS.has(t) || t === 'h1') emitHeading(c, out, opts);
      continue;
    }
    if (t === 'blockquote') {
      if (hasBlockChildren(c)) yield* walk(c, true, out, opts, budget);
      else emitLeaf(c, t, true, out, opts);
      continue;
    }
    if (LISTS.has(t)) {
      if (!isLinkList(c, opts)) yield* walk(c, inQuote, out, opts, budget);
      continue;
    }
    // Text<br><br>text written straight into a container: one block, read whole.
    if (isBlockLeaf(c, t) || opts.info.get(c)?.mixed) {
      emitLeaf(c, t, inQuote, out, opts);
      continue;
    }
    yield* walk(c, inQuote, out, opts, budget);
  }
}

const LOOSE_MIN = 80;

/** The container's own text (text nodes and inline children) is prose, not links or a call to action. */
function looseProse(el: Element): boolean {
  let text = '';
  let link = 0;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) text += (n as Text).data;
    else if (n.nodeType === ELEMENT_NODE) {
      const t = tagOf(n as Element);
      if (!INLINE.has(t) || NEVER_TEXT.has(t) || isHiddenByMarkup(n as Element)) continue;
      const v = visibleText(n);
      text += ' ' + v;
      if (t === 'a') link += v.length;
    }
  }
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length >= LOOSE_MIN && link / t.length < 0.5 && /[.!?"”’]/.test(t) && !isCallToAction(t);
}

function emitHeading(el: Element, out: ArticleBlock[], opts: BlockWalkOptions): void {
  const txt = visibleText(el);
  if (!txt || txt.length > 300) return;
  // A heading that is a link ("More from Politics") is navigation.
  if (linkDensity(opts.info.get(el)) > 0.5) return;
  if (isCallToAction(txt)) return;
  out.push({ kind: 'heading', element: el });
}

function emitLeaf(el: Element, tag: string, inQuote: boolean, out: ArticleBlock[], opts: BlockWalkOptions): void {
  const txt = visibleText(el);
  if (!txt) return;
  const ld = linkDensity(opts.info.get(el));
  // Link lists and "Read more: ..." boxes inside the body.
  if (ld > 0.5 && txt.length < 400) return;
  if (txt.length < 300 && isCallToAction(txt)) return;
  // Lone punctuation or symbols (dividers such as "***" or "•").
  if (!/[A-Za-z0-9]/.test(txt) && !/[\p{L}\p{N}]/u.test(txt)) return;
  opts.lengths?.set(el, txt.length);
  let kind: BlockKind = 'paragraph';
  if (tag === 'li') kind = 'list-item';
  else if (inQuote || tag === 'blockquote') kind = 'quote';
  out.push({ kind, element: el });
}

/** A list whose items are mostly links (related stories, tags, share buttons). */
function isLinkList(el: Element, opts: BlockWalkOptions): boolean {
  const i = opts.info.get(el);
  if (!i) return false;
  return i.text === 0 || linkDensity(i) > 0.6;
}

/** Holds only inline content (or is a paragraph-like element): one block. */
function isBlockLeaf(el: Element, tag: string): boolean {
  if (tag === 'p' || tag === 'pre' || tag === 'li' || tag === 'dd') return !hasBlockChildren(el) || tag === 'p';
  return !hasBlockChildren(el) && hasOwnText(el);
}

function hasBlockChildren(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const t = tagOf(c);
    if (NEVER_TEXT.has(t)) continue;
    if (!INLINE.has(t)) return true;
    if ((t === 'span' || t === 'a' || t === 'font') && hasBlockChildren(c)) return true;
  }
  return false;
}

function hasOwnText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === ELEMENT_NODE) {
      const t = tagOf(c as Element);
      if (INLINE.has(t) && t !== 'br' && visibleText(c).length > 0) return true;
    } else if (c.nodeType === 3 && /\S/.test((c as Text).data)) return true;
  }
  return false;
}

/** Prose a paragraph needs to count towards a layout table (a data table's cells hold figures). */
const TABLE_PROSE_MIN = 40;

/**
 * A layout table carries an old article's paragraphs; a data table (a COVID
 * tracker with a <p> per cell) holds figures: two paragraphs of prose tell them apart.
 */
function hasParagraphs(el: Element): boolean {
  const ps = el.getElementsByTagName('p');
  if (ps.length < 2) return false;
  let prose = 0;
  for (let i = 0; i < ps.length; i++) {
    const t = visibleText(ps[i]!);
    // Words, not figures (any script: the Unicode test only where no Latin word is).
    if (t.length >= TABLE_PROSE_MIN && (/[A-Za-z]{3}/.test(t) || /[^\s\d\p{P}\p{S}]{3}/u.test(t)) && ++prose >= 2) return true;
  }
  return false;
}
