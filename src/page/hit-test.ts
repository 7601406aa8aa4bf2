/**
 * Which claim is under the pointer. Custom highlights are not elements, so
 * there is no event target: take the caret position at the point, binary
 * search the claims' ranges (sorted in document order), then confirm with the
 * range's client rectangles (the caret snaps to the nearest text even in margins).
 */
export interface CaretPoint {
  node: Node;
  offset: number;
}

export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/**
 * Index of the range (sorted, disjoint) containing the point, or -1. A point
 * exactly at a range's end counts as outside it.
 */
export function rangeIndexAt(ranges: readonly Range[], node: Node, offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    let cmp: number;
    try {
      cmp = r.comparePoint(node, offset);
    } catch {
      return -1; // the point is in another document or a doctype
    }
    if (cmp < 0) hi = mid - 1;
    else if (cmp > 0) lo = mid + 1;
    else {
      // comparePoint says 0 at the very end too: treat that as the next range's territory.
      if (r.endContainer === node && r.endOffset === offset) return -1;
      return mid;
    }
  }
  return -1;
}

export function rectsContain(range: Range, x: number, y: number, slop = 1): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}

/** The claim index under (x, y), or -1. */
export function claimAtPoint(doc: Document, ranges: readonly Range[], x: number, y: number): number {
  if (!ranges.length) return -1;
  const p = caretAt(doc, x, y);
  if (!p) return -1;
  const i = rangeIndexAt(ranges, p.node, p.offset);
  if (i !== -1 && rectsContain(ranges[i], x, y)) return i;
  // A caret just past the last character of a claim belongs to it when the pointer is over its text.
  const before = i === -1 ? ranges.findIndex((r) => r.endContainer === p.node && r.endOffset === p.offset) : -1;
  if (before !== -1 && rectsContain(ranges[before], x, y)) return before;
  return -1;
}
