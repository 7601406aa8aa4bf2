/**
 * The hand-over between content.js and marks.js, the <mark> fallback for
 * browsers without CSS Custom Highlights (highlights.ts). Like card.js, marks.js
 * runs in the extension's isolated world of our frame and registers there.
 */
import type { Tag } from '../types/analysis';
import { scriptSlot } from './script-slot';

export const MARKS_GLOBAL = '__sourcelightMarks';

export interface MarkPainter {
  /**
   * Wraps the text of each claim of a shown tag in <mark> elements and
   * returns them; each claim's range is widened over its marks, so it stays
   * valid after the page's Text nodes were split.
   */
  wrap(doc: Document, claims: ReadonlyArray<{ range: Range; tag: Tag }>, shown: ReadonlySet<Tag>): HTMLElement[];
  /** Takes the marks out again, the page's text as it was. */
  unwrap(marks: readonly HTMLElement[]): void;
}

const slot = scriptSlot<MarkPainter>(MARKS_GLOBAL);

export const markPainter = slot.get;

export const provideMarkPainter = slot.provide;
