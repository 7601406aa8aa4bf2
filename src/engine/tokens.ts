/**
 * Tokens of one sentence, with whether each lies inside quotation marks.
 * A hand-written scanner over char codes: no regex, one object per token.
 */
import { MAYBE_FINAL, MONTHS, NEVER_FINAL } from './lexicon/abbreviations';
import { bits } from './flags';

export interface Token {
  /** Offsets into the sentence text. */
  s: number;
  e: number;
  t: string;
  /** Lower case, curly apostrophes kept. */
  l: string;
  /** Lower case without a possessive ending ("russia’s" -> "russia"). */
  b: string;
  /** Lexicon bits of the word or punctuation mark (see flags.ts). */
  f: number;
  word: boolean;
  /** First letter is upper case. */
  cap: boolean;
  /** Two or more letters, all upper case ("HTS", "WHO", "U.S."). */
  upper: boolean;
  /** Inside quotation marks (opened here or earlier). */
  q: boolean;
}

const abbrev = new Set(NEVER_FINAL.concat(MONTHS, MAYBE_FINAL));

export interface Tokenized {
  tokens: Token[];
  /** A double quotation still open at the end of the sentence. */
  openAtEnd: boolean;
}

/** Letters and digits, including accented and non-Latin letters; not punctuation or symbols. */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff20) return false;
  return c !== 0xfeff;
}
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isApos = (c: number): boolean => c === 0x2019 || c === 39;
const isJoiner = (c: number): boolean => c === 0x2019 || c === 39 || c === 46 || c === 45 || c === 38 || c === 47 || c === 0x2011;
const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b || c === 0x2002 || c === 0x2003 || c === 0xad;

/** "a" or "an". */
export function isArticle(l: string): boolean {
  return l === 'a' || l === 'an';
}

export function stripPossessive(l: string): string {
  const n = l.length;
  if (n > 2) {
    const a = l.charCodeAt(n - 2);
    const z = l.charCodeAt(n - 1);
    if (z === 115 && isApos(a)) return l.slice(0, -2);
    if (isApos(z) && a === 115) return l.slice(0, -1);
  }
  return l;
}

/**
 * Each call returns fresh token objects in a fresh array. Reusing pooled
 * tokens measured no faster: writing new strings into long-lived objects
 * costs the garbage collector a write barrier per field.
 */
export function tokenize(text: string, openBefore: boolean): Tokenized {
  // A one-character string is internalized: a fifth kind of string here, after sequential and sliced, one- and two-byte,
  // and with it every `text.charCodeAt` below turns megamorphic for good (warm, 10% of the engine). The space changes no token.
  if (text.length < 2) text += ' ';
  const tokens: Token[] = [];
  let inDouble = openBefore;
  let inSingle = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    // ASCII tested inline before the helpers: in the page the engine runs cold,
    // in the interpreter, where a call per character is most of a word's cost.
    if (c0 === 32 || ((c0 < 33 || c0 > 0x9f) && isSpaceCode(c0))) { i++; continue; }
    const s = i;
    const lc = c0 >= 97 && c0 <= 122;
    const uc = c0 >= 65 && c0 <= 90;
    if (lc || uc || (c0 < 0xc0 ? c0 >= 48 && c0 <= 57 : isWordCode(c0))) {
      i++;
      let soft = false;
      let lower = lc;
      // An upper-case letter or any letter past ASCII after the first character.
      let upperSeen = c0 >= 0xc0;
      // Only upper-case letters are counted: a lower-case one rules out an acronym anyway.
      let letters = +uc;
      for (;;) {
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c >= 97 && c <= 122) lower = true;
          else if (c >= 65 && c <= 90) { letters++; upperSeen = true; }
          else if (c < 48 || c > 57) {
            if (c < 0xc0 || !isWordCode(c)) break;
            lower = upperSeen = true; // accented letters: never an acronym
          }
          i++;
        }
        if (i + 1 >= n) break;
        const c = text.charCodeAt(i);
        // Most words end at a space.
        if (c === 32) break;
        const d = text.charCodeAt(i + 1);
        if (isJoiner(c) && isWordCode(d)) {
          if ((d >= 65 && d <= 90) || d >= 0xc0) upperSeen = true;
          i += 2;
          continue;
        }
        // A soft hyphen (U+00AD) inside a word is invisible: "con\u00adfirmed" is "confirmed".
        if (c === 0xad && isWordCode(d)) { soft = true; i++; continue; }
        // "3,248": a thousands separator.
        if (c === 44 && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(d)) { i += 2; continue; }
        break;
      }
      let t = text.slice(s, i);
      if (soft) t = t.replace(/\u00ad/g, '');
      // Most words are already lower case: skip the copy. A capitalised ASCII word is lowered by hand: toLowerCase
      // goes to ICU for a string of a two-byte text (most pages, for their curly quotes), several times the cost.
      let l = upperSeen ? t.toLowerCase() : uc ? String.fromCharCode(c0 + 32) + t.slice(1) : t;
      // Keep the period of an abbreviation with its word ("Dec.", "U.S.", "J.").
      if (i < n && text.charCodeAt(i) === 46 && (abbrev.has(l) || (t.length === 1 && c0 >= 65 && c0 <= 90) || t.indexOf('.') > 0)) {
        i++;
        t += '.';
        l += '.';
        // "the U.K.'s University of York": a possessive after an abbreviation, not an opening quotation mark.
        if (i + 1 < n && isApos(text.charCodeAt(i)) && (text.charCodeAt(i + 1) === 115) && !(i + 2 < n && isWordCode(text.charCodeAt(i + 2)))) {
          t += text.slice(i, i + 2);
          l += text.slice(i, i + 2);
          i += 2;
        }
      }
      // "Weeks’ family": a plural possessive stays with its word.
      if (i < n && !inSingle && text.charCodeAt(i - 1) === 115 && isApos(text.charCodeAt(i)) && !(i + 1 < n && isWordCode(text.charCodeAt(i + 1)))) {
        i++;
        t += text[i - 1];
        l += text[i - 1];
      }
      const cap = (c0 >= 65 && c0 <= 90) || (c0 >= 0xc0 && c0 < 0x2000 && t[0] !== l[0]);
      // The word's last character is the text's last one read (lower case but for "S"): a word's strings come in
      // many kinds (internalized one-letter words, sliced long ones), and `l.charCodeAt` would be a megamorphic load.
      const z = text.charCodeAt(i - 1);
      const b = z === 115 || z === 83 || z === 0x2019 || z === 39 ? stripPossessive(l) : l;
      // The bits of the word and of its form without a possessive, inline: a call per word counts while the engine runs cold.
      tokens.push({ s, e: i, t, l, b, f: bits.get(l)! | (b === l ? 0 : bits.get(b)!), word: true, cap, upper: !lower && letters >= 2, q: inDouble || inSingle });
      continue;
    }
    i++;
    const t = text[s];
    const prev = s > 0 ? text.charCodeAt(s - 1) : 32;
    const next = i < n ? text.charCodeAt(i) : 32;
    let q = inDouble || inSingle;
    if (c0 === 0x201c || c0 === 0xab) {
      inDouble = true;
      q = true;
    } else if (c0 === 0x201d || c0 === 0xbb) {
      inDouble = false;
      q = true;
    } else if (c0 === 34) {
      if (!inDouble && !isWordCode(next) && isWordCode(prev)) q = false; // a stray closing mark
      else { inDouble = !inDouble; q = true; }
    } else if (c0 === 0x2018 || (c0 === 39 && !isWordCode(prev) && isWordCode(next))) {
      inSingle ||= !inDouble;
      q = true;
    } else if (isApos(c0) && inSingle && !isWordCode(next)) {
      inSingle = false;
      q = true;
    }
    tokens.push({ s, e: i, t, l: t, b: t, f: bits.get(t)! | 0, word: false, cap: false, upper: false, q });
  }
  return { tokens, openAtEnd: inDouble };
}

/** A word outside quotation marks. */
export const free = (t: Token | undefined): boolean => !!t?.word && !t.q;
