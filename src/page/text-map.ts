/**
 * A linear text with a map back to DOM Text nodes, in both directions. The
 * article text comes from src/extract (ArticleText); this module adds the
 * whole-body text used as a re-anchoring fallback and the DOM point -> offset
 * lookup needed for selections.
 */
import { INLINE, NEVER_TEXT, tagOf } from '../extract/dom';
import type { TextSegment } from '../types/article';

export interface TextMap {
  text: string;
  /** Sorted by start, non-overlapping. */
  segments: TextSegment[];
}

export interface DomPoints {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'CANVAS', 'IFRAME']);
const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;

/**
 * The visible-ish text under `root` with whitespace collapsed (as the article
 * text is), block boundaries as a space, each run of non-space characters
 * mapped to its Text node. `skip` excludes subtrees (our own UI hosts).
 */
export function bodyTextMap(root: Node, skip: (el: Element) => boolean = () => false): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let pendingSpace = false;
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = child as Text;
        const data = t.data;
        const re = /\S+/g;
        let m: RegExpExecArray | null;
        let first = true;
        while ((m = re.exec(data))) {
          if ((pendingSpace || !first || m.index > 0) && length > 0) {
            parts.push(' ');
            length++;
          }
          pendingSpace = false;
          first = false;
          segments.push({ node: t, start: length, end: length + m[0].length, nodeStart: m.index });
          parts.push(m[0]);
          length += m[0].length;
        }
        if (data.length > 0 && /\s$/.test(data)) pendingSpace = true;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIP.has(tag) || skip(el)) continue;
        const block = BLOCK.test(tag);
        if (block) pendingSpace = true;
        visit(el);
        if (block) pendingSpace = true;
      }
    }
  };
  visit(root);
  return { text: parts.join(''), segments };
}

/** Index of the last segment with start <= offset (or -1). */
function segmentIndexAt(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * DOM boundary points for [start, end) of map.text; offsets that fall between
 * segments (collapsed whitespace, block joints) snap inwards to the nearest
 * mapped character. Null when nothing in the span maps to a node.
 */
export function pointsFor(map: TextMap, start: number, end: number): DomPoints | null {
  const segs = map.segments;
  if (segs.length === 0 || end <= start) return null;
  let si = segmentIndexAt(segs, start);
  if (si === -1 || start >= segs[si].end) si++;
  let ei = segmentIndexAt(segs, end - 1);
  if (si >= segs.length || ei < si) return null;
  const s = segs[si];
  const e = segs[ei];
  const startOffset = s.nodeStart + Math.max(0, start - s.start);
  const endOffset = e.nodeStart + Math.min(e.end, end) - e.start;
  return { startNode: s.node, startOffset, endNode: e.node, endOffset };
}

/**
 * The text offset of a DOM boundary point, for selections: a point inside a
 * mapped character run maps exactly; anywhere else maps to the next mapped
 * character (the previous one for an end point). Null when outside the text.
 */
export function offsetFor(map: TextMap, node: Node, offset: number, edge: 'start' | 'end'): number | null {
  const segs = map.segments;
  if (segs.length === 0) return null;
  const doc = node.ownerDocument ?? (node as Document);
  const probe = doc.createRange();
  // Text nodes may have been split or shortened since the map was made: clamp, never throw.
  const setProbe = (n: Text, offset: number) => probe.setStart(n, Math.min(offset, n.length));
  // Binary search: the first segment whose end point is after the boundary point.
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const seg = segs[mid];
    setProbe(seg.node, seg.nodeStart + (seg.end - seg.start));
    probe.collapse(true);
    // comparePoint: -1 when the point is before the probe, 1 after.
    if (probe.comparePoint(node, offset) <= 0) hi = mid;
    else lo = mid + 1;
  }
  if (lo < segs.length) {
    const seg = segs[lo];
    setProbe(seg.node, seg.nodeStart);
    probe.collapse(true);
    if (probe.comparePoint(node, offset) >= 0 && node === seg.node) {
      return seg.start + Math.max(0, Math.min(offset - seg.nodeStart, seg.end - seg.start));
    }
    if (edge === 'start') return seg.start;
  }
  if (edge === 'end' && lo > 0) return segs[lo - 1].end;
  return lo < segs.length ? segs[lo].start : null;
}


/** What renderedText reads of a range (a DOM Range, or the same four fields). */
export interface RangePoints {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  toString(): string;
}

/** Where the article text has a break: a <br> or a block (the extraction's own notion of inline). */
const isBreak = (el: Element): boolean => {
  const tag = tagOf(el);
  return tag === 'br' || (!INLINE.has(tag) && !NEVER_TEXT.has(tag));
};

/**
 * The text a range shows, as the reader sees it: like Range.toString() but a
 * <br> or the edge of a block inside the range reads as a space, as it renders
 * (toString joins "Bengali<br>Watch" into "BengaliWatch", while the article
 * text, like the screen, has "Bengali Watch"). Ranges between Text nodes (all
 * of ours but the <mark> fallback's) are walked; others fall back to toString().
 */
export function renderedText(range: RangePoints): string {
  const s = range.startContainer;
  const e = range.endContainer;
  if (s.nodeType !== 3 || e.nodeType !== 3) return range.toString();
  if (s === e) return (s as Text).data.slice(range.startOffset, range.endOffset);
  const out: string[] = [(s as Text).data.slice(range.startOffset)];
  // Pre-order walk from s to e; entering or leaving a block (or a <br>) is a space.
  let n: Node = s;
  for (;;) {
    let next: Node | null = n.nodeType === 1 ? n.firstChild : null;
    if (!next) {
      let up: Node | null = n;
      while (up && !up.nextSibling) {
        up = up.parentNode;
        if (up && up.nodeType === 1 && isBreak(up as Element)) out.push(' ');
      }
      next = up ? up.nextSibling : null;
    }
    if (!next) return range.toString();
    n = next;
    if (n === e) break;
    if (n.nodeType === 3) out.push((n as Text).data);
    else if (n.nodeType === 1 && isBreak(n as Element)) out.push(' ');
  }
  out.push((e as Text).data.slice(0, range.endOffset));
  return out.join('');
}
