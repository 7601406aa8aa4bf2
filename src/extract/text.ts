/**
 * The article text and its exact map back to the page's Text nodes. Whitespace
 * is collapsed as a browser renders it, but every kept character still points
 * at the character of node.data it came from, so a highlight over
 * [start, end) lands exactly on the sentence.
 */
import type { ArticleText, ExtractedArticle, TextSegment } from '../types/article';
import { ELEMENT_NODE, INLINE, NEVER_TEXT, TEXT_NODE, isHiddenByLayout, isHiddenByMarkup, tagOf } from './dom';
import { isExcludedElement } from './blocks';
import { runToEnd } from './steps';

const JOINT = '\n\n';
/** Words joined by single spaces: one piece of text whose characters map one to one onto node.data. */
const WORD_RUN = /\S+(?: \S+)*/g;

interface Builder {
  parts: string[];
  pos: number;
  segments: TextSegment[];
  cur: TextSegment | null;
  /** A collapsed whitespace run waiting for the next word; node null = synthetic (from <br> or a block edge). */
  pending: { node: Text | null; offset: number } | null;
  blockHasText: boolean;
  blockEls: Set<Element>;
  layout: boolean;
}

function emit(b: Builder, node: Text | null, offset: number, s: string): void {
  if (node) {
    const c = b.cur;
    if (c && c.node === node && c.end === b.pos && c.nodeStart + (c.end - c.start) === offset) c.end += s.length;
    else {
      b.cur = { node, start: b.pos, end: b.pos + s.length, nodeStart: offset };
      b.segments.push(b.cur);
    }
  } else b.cur = null;
  b.parts.push(s);
  b.pos += s.length;
}

/**
 * Reads a Text node a run of words at a time (words joined by single spaces
 * map one to one, so a run is one piece): other whitespace collapses to one
 * space that points at the first character it stands for.
 */
function addText(b: Builder, node: Text): void {
  const data = node.data;
  WORD_RUN.lastIndex = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RUN.exec(data))) {
    if (m.index > last && b.blockHasText && !b.pending) b.pending = { node, offset: last };
    if (b.pending) {
      emit(b, b.pending.node, b.pending.offset, ' ');
      b.pending = null;
    }
    emit(b, node, m.index, m[0]);
    b.blockHasText = true;
    last = m.index + m[0].length;
  }
  if (last < data.length && b.blockHasText && !b.pending) b.pending = { node, offset: last };
}

function softBreak(b: Builder): void {
  if (b.blockHasText && !b.pending) b.pending = { node: null, offset: 0 };
}

function addElement(b: Builder, el: Element, ownTextOnly = false): void {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE) {
      addText(b, c as Text);
      continue;
    }
    if (c.nodeType !== ELEMENT_NODE) continue;
    const ce = c as Element;
    const t = tagOf(ce);
    if (t === 'br') {
      softBreak(b);
      continue;
    }
    if (NEVER_TEXT.has(t) || isHiddenByMarkup(ce) || b.blockEls.has(ce)) continue;
    const inline = INLINE.has(t);
    if (!inline && (ownTextOnly || isExcludedElement(ce, t))) continue;
    // Style checks cost a call into layout each: an inline element without a class, id or style
    // (a plain <a>, <em>, <b>) is hidden by no rule of its own, so it is taken as its block shows it.
    if (b.layout && (!inline || mayBeStyled(ce)) && isHiddenByLayout(ce)) continue;
    if (!inline) softBreak(b);
    addElement(b, ce);
    if (!inline) softBreak(b);
  }
}

function mayBeStyled(el: Element): boolean {
  return el.hasAttribute('class') || el.hasAttribute('id') || el.hasAttribute('style');
}

/** The article's text (blocks joined by "\n\n") with a map back to its Text nodes. */
export function articleText(article: ExtractedArticle): ArticleText {
  return runToEnd(articleTextSteps(article));
}

/** Blocks read between two yields of articleTextSteps. */
const TEXT_SLICE = 8;

/**
 * articleText as steps, yielding every TEXT_SLICE blocks, for the live page
 * (the blocks are read as the page then is; on a page that does not change
 * meanwhile, the result is articleText's).
 */
export function* articleTextSteps(article: ExtractedArticle): Generator<void, ArticleText, void> {
  const els = article.blocks.map((x) => x.element);
  const first = els[0] as (Element & { checkVisibility?: unknown }) | undefined;
  const b: Builder = {
    parts: [],
    pos: 0,
    segments: [],
    cur: null,
    pending: null,
    blockHasText: false,
    blockEls: new Set(els),
    layout: !!first && typeof first.checkVisibility === 'function',
  };
  const blocks: ArticleText['blocks'] = [];
  let n = 0;
  for (const blk of article.blocks) {
    if (++n % TEXT_SLICE === 0) yield;
    const before = b.pos;
    const partsBefore = b.parts.length;
    const segsBefore = b.segments.length;
    if (blocks.length) emit(b, null, 0, JOINT);
    const start = b.pos;
    b.blockHasText = false;
    b.pending = null;
    // A block that is itself hidden was kept on purpose (page hidden until a
    // script runs): read it whole rather than dropping its inline parts.
    const saved = b.layout;
    if (b.layout && isHiddenByLayout(blk.element)) b.layout = false;
    addElement(b, blk.element, blk.ownTextOnly === true);
    b.layout = saved;
    b.pending = null;
    if (b.pos === start) {
      // Empty block: take back the joint.
      b.parts.length = partsBefore;
      b.segments.length = segsBefore;
      b.pos = before;
      b.cur = null;
      continue;
    }
    blocks.push({ kind: blk.kind, start, end: b.pos, element: blk.element });
    b.cur = null;
  }
  return { text: b.parts.join(''), segments: b.segments, blocks };
}

/** Index of the last segment with start <= pos, or -1. */
function segmentAt(segs: TextSegment[], pos: number): number {
  let lo = 0;
  let hi = segs.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** DOM boundary points for [start, end) of ArticleText.text; null when not mappable. */
export function domPoints(
  at: ArticleText,
  start: number,
  end: number,
): { startNode: Text; startOffset: number; endNode: Text; endOffset: number } | null {
  const segs = at.segments;
  if (!segs.length || !(end > start)) return null;
  // Start: the first mapped character at or after `start`.
  let si = segmentAt(segs, start);
  let sOff: number;
  if (si >= 0 && start < segs[si]!.end) sOff = segs[si]!.nodeStart + (start - segs[si]!.start);
  else {
    si += 1;
    if (si >= segs.length) return null;
    if (segs[si]!.start >= end) return null;
    sOff = segs[si]!.nodeStart;
  }
  // End: just after the last mapped character before `end`.
  let ei = segmentAt(segs, end - 1);
  if (ei < 0) return null;
  let eOff: number;
  const es = segs[ei]!;
  if (end - 1 < es.end) eOff = es.nodeStart + (end - es.start);
  else eOff = es.nodeStart + (es.end - es.start);
  if (ei < si) return null;
  return { startNode: segs[si]!.node, startOffset: sOff, endNode: segs[ei]!.node, endOffset: eOff };
}
