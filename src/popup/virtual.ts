/**
 * Window arithmetic for the virtualised library list: rows have one fixed
 * height, except at most one expanded row (the one being edited). Pure, so the
 * list renders only the rows in view plus a few either side.
 */

export interface RowLayout {
  count: number;
  rowHeight: number;
  /** Index of the expanded row, or -1. */
  expanded: number;
  expandedHeight: number;
}

export function rowTop(l: RowLayout, i: number): number {
  return i * l.rowHeight + (l.expanded >= 0 && i > l.expanded ? l.expandedHeight - l.rowHeight : 0);
}

export function rowHeightAt(l: RowLayout, i: number): number {
  return i === l.expanded ? l.expandedHeight : l.rowHeight;
}

export function totalHeight(l: RowLayout): number {
  return l.count === 0 ? 0 : rowTop(l, l.count - 1) + rowHeightAt(l, l.count - 1);
}

/** The row containing pixel `y` (clamped to the list). */
export function rowAt(l: RowLayout, y: number): number {
  if (l.count === 0) return 0;
  let i: number;
  if (l.expanded >= 0 && y >= rowTop(l, l.expanded)) {
    const afterExpanded = rowTop(l, l.expanded) + l.expandedHeight;
    i = y < afterExpanded ? l.expanded : l.expanded + 1 + Math.floor((y - afterExpanded) / l.rowHeight);
  } else {
    i = Math.floor(y / l.rowHeight);
  }
  return Math.min(l.count - 1, Math.max(0, i));
}

/** [first, last) rows to render for a viewport at `scrollTop` of `height` pixels, with `overscan` extra rows each side. */
export function visibleRange(l: RowLayout, scrollTop: number, height: number, overscan = 4): [number, number] {
  if (l.count === 0) return [0, 0];
  const first = Math.max(0, rowAt(l, scrollTop) - overscan);
  const last = Math.min(l.count, rowAt(l, scrollTop + Math.max(0, height - 1)) + 1 + overscan);
  return [first, last];
}

/** The scrollTop that brings row `i` fully into view (unchanged when it already is). */
export function scrollToShow(l: RowLayout, i: number, scrollTop: number, height: number): number {
  const top = rowTop(l, i);
  const bottom = top + rowHeightAt(l, i);
  if (top < scrollTop) return top;
  if (bottom > scrollTop + height) return Math.max(0, bottom - height);
  return scrollTop;
}
