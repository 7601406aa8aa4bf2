/**
 * Tokens of one sentence, with whether each lies inside quotation marks.
 * One regex pass per sentence; the regex is compiled once.
 */
import { MAYBE_FINAL, MONTHS, NEVER_FINAL } from './lexicon/abbreviations';

export interface Token {
  /** Offsets into the sentence text. */
  s: number;
  e: number;
  t: string;
  /** Lower case, curly apostrophes kept. */
  l: string;
  word: boolean;
  /** First letter is upper case. */
  cap: boolean;
  /** Inside quotation marks (opened here or earlier). */
  q: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[’'.\-&/][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*|\S/gu;
const abbrev = new Set([...NEVER_FINAL, ...MONTHS, ...MAYBE_FINAL]);

export interface Tokenized {
  tokens: Token[];
  /** Quote state at the end of the sentence: a quotation still open. */
  openAtEnd: boolean;
  /** The sentence starts inside a quotation carried from before. */
  startsInside: boolean;
  /** Index of the first token of each quoted span, and its end token (exclusive). */
  spans: Array<[number, number]>;
}

const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7) || (c >= 48 && c <= 57);

export function tokenize(text: string, openBefore: boolean): Tokenized {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let inDouble = openBefore;
  let inSingle = false;
  const spans: Array<[number, number]> = [];
  let spanStart = openBefore ? 0 : -1;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let t = m[0];
    const s = m.index;
    let e = s + t.length;
    const c0 = t.charCodeAt(0);
    const word = isLetterCode(c0);
    if (word) {
      // Keep the period of an abbreviation with its word ("Dec.", "U.S.", "J.").
      if (text.charCodeAt(e) === 46) {
        const lw = t.toLowerCase();
        if (abbrev.has(lw) || (t.length === 1 && c0 >= 65 && c0 <= 90) || t.indexOf('.') > 0) {
          t += '.';
          e++;
          TOKEN_RE.lastIndex = e;
        }
      }
      tokens.push({ s, e, t, l: t.toLowerCase(), word: true, cap: c0 >= 65 && c0 <= 90 || (c0 >= 0xc0 && t[0] !== t[0].toLowerCase()), q: inDouble || inSingle });
      continue;
    }
    // Quotation marks.
    const prev = s > 0 ? text.charCodeAt(s - 1) : 32;
    const next = e < text.length ? text.charCodeAt(e) : 32;
    if ((c0 === 0x2019 || c0 === 39) && !inSingle && (prev === 115 || prev === 83) && tokens.length > 0 && tokens[tokens.length - 1].e === s) {
      // "Weeks’ family": a plural possessive stays with its word.
      const w = tokens[tokens.length - 1];
      w.t += t;
      w.l += t;
      w.e = e;
      continue;
    }
    let q = inDouble || inSingle;
    if (c0 === 0x201c || c0 === 0xab) {
      if (!inDouble) { inDouble = true; spanStart = tokens.length; }
      q = true;
    } else if (c0 === 0x201d || c0 === 0xbb) {
      if (inDouble) { inDouble = false; spans.push([spanStart, tokens.length + 1]); }
      q = true;
    } else if (c0 === 34) {
      if (!inDouble && !isLetterCode(next) && isLetterCode(prev)) {
        q = false; // a stray closing mark
      } else if (inDouble) { inDouble = false; spans.push([spanStart, tokens.length + 1]); q = true; }
      else { inDouble = true; spanStart = tokens.length; q = true; }
    } else if (c0 === 0x2018 || (c0 === 39 && !isLetterCode(prev) && isLetterCode(next))) {
      if (!inSingle && !inDouble) { inSingle = true; spanStart = tokens.length; }
      q = true;
    } else if ((c0 === 0x2019 || c0 === 39) && inSingle && !isLetterCode(next)) {
      inSingle = false;
      if (!inDouble) spans.push([spanStart, tokens.length + 1]);
      q = true;
    }
    tokens.push({ s, e, t, l: t, word: false, cap: false, q });
  }
  if (inDouble) spans.push([spanStart, tokens.length]);
  return { tokens, openAtEnd: inDouble, startsInside: openBefore, spans };
}
