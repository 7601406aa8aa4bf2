/**
 * anchor.js: re-anchoring saved claims and locating a saved selection,
 * injected by the background on the content script's first request
 * (script-loaders.ts) with 'script/load'. It only registers its tools; content.js calls them.
 */
import { domPoints } from '../extract/index';
import { collapseWhitespace, findAnchor, makeAnchor } from './anchor';
import { provideAnchorTools, type AnchoredClaim } from './anchor-api';
import { rangeFrom } from './dom-range';
import { bodyTextMap, offsetFor, pointsFor, type TextMap } from './text-map';
import type { ClaimRecord, TextQuoteAnchor } from '../types/records';

const bodyMap = (doc: Document, skip: (el: Element) => boolean): TextMap => bodyTextMap(doc.body ?? doc.documentElement, skip);

function offsetsIn(map: TextMap, r: Range): [number, number] | null {
  const s = offsetFor(map, r.startContainer, r.startOffset, 'start');
  const e = offsetFor(map, r.endContainer, r.endOffset, 'end');
  return s === null || e === null ? null : [s, e];
}

provideAnchorTools({
  anchorClaims(doc, at, claims, skip) {
    let body: TextMap | null = null;
    const found: AnchoredClaim[] = [];
    const missing: ClaimRecord[] = [];
    for (const record of claims) {
      if (at) {
        const m = findAnchor(at.text, record.anchor);
        const range = m && rangeFrom(doc, domPoints(at, m.start, m.end));
        if (m && range) {
          found.push({ record, range, at: [m.start, m.end] });
          continue;
        }
      }
      body ??= bodyMap(doc, skip);
      const m = findAnchor(body.text, record.anchor);
      const range = m && rangeFrom(doc, pointsFor(body, m.start, m.end));
      if (range) found.push({ record, range });
      else missing.push(record);
    }
    return { found, missing };
  },

  locateSelection(doc, at, selection, text, skip) {
    const locate = (map: TextMap): { anchor: TextQuoteAnchor; range: Range | null } | null => {
      if (selection) {
        const s = offsetFor(map, selection.startContainer, selection.startOffset, 'start');
        const e = offsetFor(map, selection.endContainer, selection.endOffset, 'end');
        if (s !== null && e !== null && e > s && collapseWhitespace(selection.toString()).length > 0) {
          return { anchor: makeAnchor(map.text, s, e), range: rangeFrom(doc, pointsFor(map, s, e)) };
        }
      }
      const wanted = collapseWhitespace(text);
      const m = wanted ? findAnchor(map.text, { exact: wanted, prefix: '', suffix: '' }) : null;
      return m && { anchor: makeAnchor(map.text, m.start, m.end), range: rangeFrom(doc, pointsFor(map, m.start, m.end)) };
    };
    return (at && locate(at)) || locate(bodyMap(doc, skip));
  },

  offsetsIn,

  claimsCovered(at, claims, start, end) {
    const out: number[] = [];
    claims.forEach((r, i) => {
      // A claim's range may have moved since analysis: its offsets now.
      const p = offsetsIn(at, r);
      if (!p) return;
      const overlap = Math.min(end, p[1]) - Math.max(start, p[0]);
      if (overlap > 0 && overlap >= 0.5 * Math.min(end - start, p[1] - p[0])) out.push(i);
    });
    return out;
  },
});
