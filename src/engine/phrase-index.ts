/**
 * Multi-word lexicon phrases matched against tokens: the one structure every
 * phrase list (outlets, anonymity phrasings, hedges, bylines) is looked up in.
 */
import { tokenize, type Token } from './tokens';
import { allocBit, flagWord } from './flags';

/**
 * Plain ASCII words between single spaces. Without the `i` flag: a case-insensitive
 * pattern costs V8 a set of Unicode case equivalents when first compiled, at load.
 */
const PLAIN = /^[a-zA-Z\d]+( [a-zA-Z\d]+)*$/;

/**
 * A lexicon phrase split exactly as the tokenizer splits text. Most phrases
 * are plain ASCII words and spaces, which the tokenizer splits at the spaces:
 * those skip it (building the tables was mostly tokenizing).
 */
export function words(s: string): string[] {
  return PLAIN.test(s) ? s.toLowerCase().split(' ') : tokens(s).map((t) => t.l);
}

/**
 * The phrase tokenized as a copy that is sequential or sliced, as the sentences are, never internalized, a cons string or
 * one character: another kind of string in the tokenizer's `text.charCodeAt` makes those loads megamorphic for every sentence after.
 */
const tokens = (s: string): Token[] => tokenize((' ' + s + ' ').slice(1), false).tokens;

/** The first word of words(s) (undefined if none), without splitting the rest. */
export function firstWord(s: string): string | undefined {
  // A plain first word is the tokenizer's first token whatever follows the space.
  const sp = s.indexOf(' ');
  const w = sp < 0 ? s : s.slice(0, sp);
  return PLAIN.test(w) ? w.toLowerCase() : tokens(s)[0]?.l;
}

/** A first word's phrases split, by second word (one-word phrases under undefined), longest first. */
type BySecond = Map<string | undefined, string[][]>;

/**
 * Multi-word phrases indexed by their first two words: two Map probes per token.
 * Loading the engine only groups the phrases by first word, which the tokens'
 * flag bit needs; a first word's phrases are split and indexed when a token
 * first probes it: a page meets few of the lexicons' first words, and in the
 * page the engine loads anew each time.
 */
export class PhraseIndex {
  /** The phrases of each first word: as written until first probed, then indexed. */
  private byFirst = new Map<string, string[] | BySecond>();
  readonly bit = allocBit();
  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const w = firstWord(p);
      if (w === undefined) continue;
      const list = this.byFirst.get(w) as string[] | undefined;
      if (list) list.push(p);
      else {
        this.byFirst.set(w, [p]);
        flagWord(w, this.bit);
      }
    }
  }
  /** Length in tokens of the longest phrase starting at token i (0 if none). */
  matchAt(tokens: Token[], i: number, end: number, needCap = false): number {
    const t0 = tokens[i];
    // A token that can open a phrase (a word or a mark such as "(") carries this index's bit: most tokens stop here.
    if ((t0.f & this.bit) === 0) return 0;
    let entry = this.byFirst.get(t0.b);
    if (!entry || (needCap && !capOrDigit(t0))) return 0;
    if (Array.isArray(entry)) this.byFirst.set(t0.b, (entry = bySecond(entry)));
    if (i + 1 < end) {
      const t1 = tokens[i + 1];
      // The last word of a phrase may carry a possessive ("Reuters’"): try the bare form too.
      const found = longest(tokens, i, end, entry.get(t1.l), needCap) || (t1.b !== t1.l ? longest(tokens, i, end, entry.get(t1.b), needCap) : 0);
      if (found) return found;
    }
    // A one-word phrase: the word itself, or its bare form at the end of the phrase.
    return entry.has(undefined) ? 1 : 0;
  }
}

function bySecond(phrases: string[]): BySecond {
  const m: BySecond = new Map();
  for (const p of phrases) {
    const w = words(p);
    const list = m.get(w[1]);
    if (list) list.push(w);
    else m.set(w[1], [w]);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
}

function longest(tokens: Token[], i: number, end: number, list: string[][] | undefined, needCap: boolean): number {
  if (!list) return 0;
  const first = tokens[i].l;
  outer: for (const p of list) {
    if (i + p.length > end || first !== p[0]) continue;
    for (let k = 1; k < p.length; k++) {
      const t = tokens[i + k];
      if (t.l !== p[k] && !(k === p.length - 1 && t.b === p[k])) continue outer;
      if (needCap && t.word && !capOrDigit(t)) continue outer;
    }
    return p.length;
  }
  return 0;
}

/** Capitalised, or a number ("Channel 4"); punctuation passes. */
function capOrDigit(t: Token): boolean {
  if (!t.word || t.cap) return true;
  const c = t.t.charCodeAt(0);
  return c >= 48 && c <= 57;
}
