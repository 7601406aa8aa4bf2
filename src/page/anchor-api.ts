/**
 * The hand-over between content.js and anchor.js, the re-anchoring code
 * (text-quote search, the whole-body text map) that only pages with saved
 * claims and "Save selection" need. Like card.js, anchor.js runs in the
 * extension's isolated world of our frame and registers its tools there.
 */
import type { ArticleText } from '../types/article';
import type { ClaimRecord, TextQuoteAnchor } from '../types/records';
import { scriptSlot } from './script-slot';

export const ANCHOR_GLOBAL = '__sourcelightAnchors';

export interface AnchoredClaim {
  record: ClaimRecord;
  range: Range;
  /** Where it is in the article text, when it was found there (else in the body around it). */
  at?: [number, number];
}

export interface AnchorTools {
  /** Finds saved claims in the page: in the article text first, else anywhere in the body (outside `skip`). */
  anchorClaims(
    doc: Document,
    at: ArticleText | null,
    claims: readonly ClaimRecord[],
    skip: (el: Element) => boolean,
  ): { found: AnchoredClaim[]; missing: ClaimRecord[] };
  /**
   * The reader's selection (else, when it is gone, the text the context menu
   * reported) as an anchor into the article text or, failing that, the body
   * text, and as a range to paint. Null when neither is in the page.
   */
  locateSelection(
    doc: Document,
    at: ArticleText | null,
    selection: Range | null,
    text: string,
    skip: (el: Element) => boolean,
  ): { anchor: TextQuoteAnchor; range: Range | null } | null;
  /** [start, end) of `range` in the article text, null when it is not in it. */
  offsetsIn(at: ArticleText, range: Range): [number, number] | null;
  /** Indices of the claim ranges that a saved span [start, end) of the article text covers (half of either, at least). */
  claimsCovered(at: ArticleText, claims: readonly Range[], start: number, end: number): number[];
}

const slot = scriptSlot<AnchorTools>(ANCHOR_GLOBAL);

export const anchorTools = slot.get;

export const provideAnchorTools = slot.provide;
