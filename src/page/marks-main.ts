/**
 * marks.js: the <mark> fallback for browsers without CSS Custom Highlights,
 * injected by the background when such a page is first analysed (highlights.ts
 * asks with 'script/load'). The only DOM change Sourcelight ever makes, and
 * undone on clear.
 */
import type { Tag } from '../types/analysis';
import { provideMarkPainter } from './marks-api';

/** Wraps the text of `range` in <mark> elements, one per Text node piece. */
function wrapRange(doc: Document, range: Range, tag: Tag): HTMLElement[] {
  const texts: Text[] = [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) texts.push(root as Text);
  else {
    const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
  }
  const marks: HTMLElement[] = [];
  const { startContainer, startOffset, endContainer, endOffset } = range;
  for (let t of texts) {
    let from = t === startContainer ? startOffset : 0;
    const to = t === endContainer ? endOffset : t.data.length;
    if (to <= from || !t.data.slice(from, to).trim()) continue;
    if (to < t.data.length) t.splitText(to);
    if (from > 0) {
      t = t.splitText(from);
      from = 0;
    }
    const mark = doc.createElement('mark');
    mark.className = 'sourcelight-mark';
    mark.setAttribute('data-sourcelight-tag', tag);
    t.parentNode!.insertBefore(mark, t);
    mark.appendChild(t);
    marks.push(mark);
  }
  return marks;
}

provideMarkPainter({
  wrap(doc, claims, shown) {
    const all: HTMLElement[] = [];
    for (const c of claims) {
      if (!shown.has(c.tag)) continue;
      const made = wrapRange(doc, c.range, c.tag);
      if (made.length) {
        c.range.setStartBefore(made[0]);
        c.range.setEndAfter(made[made.length - 1]);
        all.push(...made);
      }
    }
    return all;
  },

  unwrap(marks) {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
  },
});
