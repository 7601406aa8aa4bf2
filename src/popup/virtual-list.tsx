/**
 * A list that renders only the rows in view (plus a few either side), so the
 * library stays fast with 10,000 claims. Rows have a fixed height; one row may
 * be expanded to another fixed height (the claim being edited).
 */
import type { ComponentChildren, JSX, TargetedEvent } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { rowHeightAt, rowTop, scrollToShow, totalHeight, visibleRange, type RowLayout } from './virtual';

export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  expandedIndex?: number;
  expandedHeight?: number;
  keyOf: (item: T) => string;
  renderRow: (item: T, index: number) => ComponentChildren;
  label: string;
  /** Row index to bring into view and focus (its first focusable element); changes trigger it. */
  focusRequest?: { index: number; seq: number } | null;
  /** Scrolls back to the top whenever this value changes (a new search or filter). */
  resetKey?: unknown;
  overscan?: number;
  /** Viewport height to assume before it can be measured (Node tests, first frame). */
  initialHeight?: number;
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, rowHeight, keyOf, renderRow, label, focusRequest, resetKey, overscan = 4 } = props;
  const layout: RowLayout = {
    count: items.length,
    rowHeight,
    expanded: props.expandedIndex ?? -1,
    expandedHeight: props.expandedHeight ?? rowHeight,
  };
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(props.initialHeight ?? 480);

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const measure = () => el.clientHeight > 0 && setHeight(el.clientHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const el = viewport.current;
    if (el && el.scrollTop !== 0) el.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  // Keyboard moves between rows: scroll the row in, render it, then focus it.
  const pendingFocus = useRef<number | null>(null);
  useEffect(() => {
    if (!focusRequest || focusRequest.index < 0 || focusRequest.index >= items.length) return;
    const el = viewport.current;
    const top = scrollToShow(layout, focusRequest.index, el?.scrollTop ?? scrollTop, height);
    if (el && el.scrollTop !== top) el.scrollTop = top;
    pendingFocus.current = focusRequest.index;
    setScrollTop(top);
  }, [focusRequest?.seq]);
  useEffect(() => {
    const i = pendingFocus.current;
    if (i === null) return;
    const row = viewport.current?.querySelector<HTMLElement>(`[data-row="${i}"]`);
    const target = row?.querySelector<HTMLElement>('[data-row-focus]') ?? row;
    if (target) {
      pendingFocus.current = null;
      target.focus();
    }
  });

  const onScroll = (e: TargetedEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop);
  const [first, last] = visibleRange(layout, scrollTop, height, overscan);
  const rows: JSX.Element[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i];
    rows.push(
      <div
        key={keyOf(item)}
        role="listitem"
        aria-setsize={items.length}
        aria-posinset={i + 1}
        class="vrow"
        data-row={i}
        style={{ transform: `translateY(${rowTop(layout, i)}px)`, height: `${rowHeightAt(layout, i)}px` }}
      >
        {renderRow(item, i)}
      </div>,
    );
  }
  return (
    <div class="vlist" ref={viewport} onScroll={onScroll}>
      <div role="list" aria-label={label} class="vlist-inner" style={{ height: `${totalHeight(layout)}px` }}>
        {rows}
      </div>
    </div>
  );
}
