/**
 * Sentence splitting: a single hand-written pass over the text. A sentence
 * never crosses a newline. Intl.Segmenter was measured on the corpus at about
 * the same speed, but it breaks after "Dec.", "Sen." and "Mr." and leaves the
 * opening quotation mark of "HTS.“Representatives" on the wrong sentence; this
 * scanner knows news abbreviations and quotation marks.
 */
import { MAYBE_FINAL, MONTHS, NEVER_FINAL, SENTENCE_OPENERS } from './lexicon/abbreviations';
import { SPEECH_VERBS } from './lexicon/reporting';

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the line (block) the sentence is in. */
  block: number;
  /** True when the sentence is the whole of its line. */
  wholeBlock: boolean;
}

const neverFinal = new Set(NEVER_FINAL);
const months = new Set(MONTHS);
const maybeFinal = new Set(MAYBE_FINAL);
const openers = new Set(SENTENCE_OPENERS);

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c > 0x100 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
const isTerminal = (c: number): boolean => c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x2026 /* … */;
/** Closing quotes and brackets that stay with the sentence they end. */
const isCloser = (c: number): boolean => c === 0x201d || c === 0x2019 || c === 34 || c === 39 || c === 41 || c === 93 || c === 0xbb;
/** What may start a new sentence after a space. */
const isOpenerChar = (c: number): boolean => isUpper(c) || isDigit(c) || c === 0x201c || c === 0x2018 || c === 34 || c === 39 || c === 40 || c === 91 || c === 0xab || c === 0x2014 || c === 0x2013;

/** The word right before position i (letters, inner dots, apostrophes). */
function wordBefore(text: string, i: number, lineStart: number): string {
  let j = i;
  while (j > lineStart) {
    const c = text.charCodeAt(j - 1);
    if (isLetter(c) || c === 46 || c === 0x2019 || c === 39) j--;
    else break;
  }
  return text.slice(j, i);
}

/** The lower-case word starting at i (letters only). */
function wordAt(text: string, i: number, lineEnd: number): string {
  let j = i;
  while (j < lineEnd && isLetter(text.charCodeAt(j))) j++;
  return text.slice(i, j).toLowerCase();
}

function isBoundary(text: string, i: number, runEnd: number, closeEnd: number, next: number, lineStart: number, lineEnd: number, depth: number): boolean {
  const nc = text.charCodeAt(next);
  const spaced = next > closeEnd;
  if (!spaced) {
    // "HTS.“Representatives": a period glued to an opening quote.
    if (!(nc === 0x201c || nc === 0x2018)) return false;
    if (runEnd - i !== 1) return false;
    return isLetter(text.charCodeAt(i - 1)) || isDigit(text.charCodeAt(i - 1));
  }
  if (!isOpenerChar(nc)) return false;
  // `ourselves? " she wrote`: a straight closing quote after a space, then the attribution.
  if (nc === 34 && next + 1 < lineEnd && isSpace(text.charCodeAt(next + 1))) {
    let k = next + 1;
    while (k < lineEnd && isSpace(text.charCodeAt(k))) k++;
    const after = text.charCodeAt(k);
    if (k < lineEnd && after >= 97 && after <= 122) return false;
  }
  const c = text.charCodeAt(i);
  const closed = closeEnd > runEnd;
  if (depth > 0 && !closed) return false;
  if (c === 0x2026 || runEnd - i > 1) {
    // An ellipsis inside a sentence ("missions ... certainly") unless a quote closes after it.
    if (c === 46 && runEnd - i > 1 && text.charCodeAt(runEnd - 1) !== 46) return true; // ".?" etc.
    return closed && isUpper(nc);
  }
  if (closed && c !== 46 && attributionFollows(text, next, lineEnd)) return false;
  if (c !== 46 || closed) return true;
  const w = wordBefore(text, i, lineStart);
  if (w.length === 0) {
    // "2. Never urged Ukraine ...": a list number at the start of a line.
    let j = i;
    while (j > lineStart && isDigit(text.charCodeAt(j - 1))) j--;
    if (j < i) {
      let k = j;
      while (k > lineStart && isSpace(text.charCodeAt(k - 1))) k--;
      if (k === lineStart) return false;
    }
    return true;
  }
  const lw = w.toLowerCase().replace(/’/g, "'");
  if (w.length === 1 && isUpper(w.charCodeAt(0))) return false; // initials: "J. R. R. Tolkien"
  if (neverFinal.has(lw)) return false;
  if (months.has(lw)) return !isDigit(nc);
  if (maybeFinal.has(lw) || lw.indexOf('.') > 0) {
    return openers.has(wordAt(text, next, lineEnd));
  }
  return true;
}

const SAY = new Set([...SPEECH_VERBS.filter((v) => !v.endsWith('ing')), 'cried', 'continued', 'exclaimed', 'wondered']);

/** "“Why?” Schiff asked.": a short attribution after a quoted question belongs to it. */
function attributionFollows(text: string, i: number, lineEnd: number): boolean {
  let words = 0;
  while (i < lineEnd && words < 5) {
    let j = i;
    while (j < lineEnd && isLetter(text.charCodeAt(j))) j++;
    if (j === i) return false;
    if (SAY.has(text.slice(i, j).toLowerCase())) return true;
    words++;
    while (j < lineEnd && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 46)) j++;
    i = j;
  }
  return false;
}

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = text.length;
  let lineStart = 0;
  let block = 0;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    let sStart = lineStart;
    let depth = 0;
    let first = out.length;
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 40 || c === 91) depth++;
      else if ((c === 41 || c === 93) && depth > 0) depth--;
      else if (isTerminal(c)) {
        let runEnd = i + 1;
        while (runEnd < lineEnd && isTerminal(text.charCodeAt(runEnd))) runEnd++;
        let closeEnd = runEnd;
        while (closeEnd < lineEnd && isCloser(text.charCodeAt(closeEnd))) {
          const cc = text.charCodeAt(closeEnd);
          if ((cc === 41 || cc === 93) && depth > 0) depth--;
          closeEnd++;
        }
        let next = closeEnd;
        while (next < lineEnd && isSpace(text.charCodeAt(next))) next++;
        if (next < lineEnd && isBoundary(text, i, runEnd, closeEnd, next, lineStart, lineEnd, depth)) {
          pushTrimmed(text, sStart, closeEnd, block, out);
          sStart = next;
          depth = 0;
        }
        i = closeEnd - 1;
      }
    }
    pushTrimmed(text, sStart, lineEnd, block, out);
    if (out.length === first + 1) out[first].wholeBlock = true;
    if (out.length > first) block++;
    lineStart = lineEnd + 1;
    first = out.length;
  }
  return out;
}

function pushTrimmed(text: string, s: number, e: number, block: number, out: SentenceSpan[]): void {
  while (s < e && (isSpace(text.charCodeAt(s)) || text.charCodeAt(s) === 0xfeff)) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, block, wholeBlock: false });
}
