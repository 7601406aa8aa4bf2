/**
 * Text-quote anchoring (W3C TextQuoteSelector + position hint): making an
 * anchor from a span of article text and finding it again later, exactly or
 * fuzzily. Pure string functions: no DOM, unit-tested in Node.
 */
import type { TextQuoteAnchor } from '../types/records';

/** Characters of context kept on each side of the quote. */
export const CONTEXT_CHARS = 32;
/** A fuzzy match must be at least this similar (1 - edits / length). */
export const MIN_SIMILARITY = 0.8;

export interface AnchorMatch {
  start: number;
  end: number;
  /** 1 for an exact quote, else 1 - edit distance / quote length. */
  similarity: number;
  method: 'exact' | 'fuzzy';
}

export function makeAnchor(text: string, start: number, end: number, context = CONTEXT_CHARS): TextQuoteAnchor {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    exact: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - context), s),
    suffix: text.slice(e, e + context),
    start: s,
    end: e,
  };
}

/** Whitespace runs -> one space, trimmed: how article text is normalised, so anchors compare equal. */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * How well the context around [start, end) agrees with the anchor's prefix and
 * suffix (0..1), minus a small penalty for distance from the saved position.
 * Used to pick among several occurrences of the same quote.
 */
function contextScore(text: string, start: number, end: number, anchor: TextQuoteAnchor): number {
  const pre = anchor.prefix ? commonSuffixLength(text.slice(Math.max(0, start - anchor.prefix.length), start), anchor.prefix) / anchor.prefix.length : 1;
  const suf = anchor.suffix ? commonPrefixLength(text.slice(end, end + anchor.suffix.length), anchor.suffix) / anchor.suffix.length : 1;
  const hint = anchor.start;
  const distance = typeof hint === 'number' ? Math.min(1, Math.abs(start - hint) / Math.max(1, text.length)) : 0;
  return pre + suf - 0.1 * distance;
}

/** Every occurrence of the exact quote, best context first. */
export function findExact(text: string, anchor: TextQuoteAnchor): AnchorMatch | null {
  const q = anchor.exact;
  if (!q) return null;
  let best: AnchorMatch | null = null;
  let bestScore = -Infinity;
  for (let i = text.indexOf(q); i !== -1; i = text.indexOf(q, i + 1)) {
    const score = contextScore(text, i, i + q.length, anchor);
    if (score > bestScore) {
      bestScore = score;
      best = { start: i, end: i + q.length, similarity: 1, method: 'exact' };
    }
  }
  return best;
}

/**
 * Approximate substring search (Sellers' algorithm with Ukkonen's cut-off):
 * the span of `text` with the fewest edits from `pattern`, if it needs at most
 * `maxEdits`. O(maxEdits * text.length) on typical input. Ties go to the span
 * closest to `hint`.
 */
export function approximateSearch(
  text: string,
  pattern: string,
  maxEdits: number,
  hint = 0,
): { start: number; end: number; edits: number } | null {
  const m = pattern.length;
  if (m === 0) return null;
  // cost[i] = fewest edits turning pattern[0..i) into a suffix of text[0..j); from[i] = where that suffix starts.
  let cost = new Int32Array(m + 1);
  let from = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i;
  let lastActive = Math.min(m, maxEdits);
  let best: { start: number; end: number; edits: number } | null = null;
  const consider = (start: number, end: number, edits: number) => {
    if (
      !best ||
      edits < best.edits ||
      (edits === best.edits && Math.abs(start - hint) < Math.abs(best.start - hint))
    ) {
      best = { start, end, edits };
    }
  };
  if (m <= maxEdits) consider(0, 0, m);
  for (let j = 1; j <= text.length; j++) {
    const c = text.charCodeAt(j - 1);
    nextCost[0] = 0;
    nextFrom[0] = j;
    const top = Math.min(m, lastActive + 1);
    for (let i = 1; i <= top; i++) {
      const sub = cost[i - 1] + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      // Rows above lastActive in the previous column exceed maxEdits: treat as infinite.
      const del = i <= lastActive ? cost[i] + 1 : maxEdits + 2;
      const ins = nextCost[i - 1] + 1;
      if (sub <= del && sub <= ins) {
        nextCost[i] = sub;
        nextFrom[i] = from[i - 1];
      } else if (del <= ins) {
        nextCost[i] = del;
        nextFrom[i] = from[i];
      } else {
        nextCost[i] = ins;
        nextFrom[i] = nextFrom[i - 1];
      }
    }
    let active = top;
    while (active > 0 && nextCost[active] > maxEdits) active--;
    lastActive = active;
    if (top === m && nextCost[m] <= maxEdits) consider(nextFrom[m], j, nextCost[m]);
    [cost, nextCost] = [nextCost, cost];
    [from, nextFrom] = [nextFrom, from];
  }
  return best;
}

/**
 * Finds a saved quote again in (possibly changed) text: the exact quote with
 * the best prefix/suffix agreement, else the most similar span when it is at
 * least `minSimilarity` alike. Null when it is not there.
 */
export function findAnchor(text: string, anchor: TextQuoteAnchor, minSimilarity = MIN_SIMILARITY): AnchorMatch | null {
  const exact = findExact(text, anchor);
  if (exact) return exact;
  const q = anchor.exact;
  if (!q || q.length < 8) return null;
  const maxEdits = Math.floor(q.length * (1 - minSimilarity));
  // Search near the saved position first (cheap), then the whole text.
  const hint = anchor.start ?? 0;
  const windows: Array<[number, number]> = [];
  if (typeof anchor.start === 'number' && text.length > q.length * 8) {
    const pad = q.length * 2 + 200;
    windows.push([Math.max(0, anchor.start - pad), Math.min(text.length, anchor.start + q.length + pad)]);
  }
  windows.push([0, text.length]);
  for (const [ws, we] of windows) {
    const hit = approximateSearch(text.slice(ws, we), q, maxEdits, hint - ws);
    if (hit) {
      const similarity = 1 - hit.edits / Math.max(q.length, hit.end - hit.start);
      if (similarity >= minSimilarity) return { start: ws + hit.start, end: ws + hit.end, similarity, method: 'fuzzy' };
    }
  }
  return null;
}
