/**
 * Multi-word lexicon phrases matched against tokens: the one structure every
 * phrase list (outlets, anonymity phrasings, hedges, bylines) is looked up in.
 */
import { tokenize, type Token } from './tokens';
import { allocBit, flagWords } from './flags';

/**
 * A lexicon phrase split exactly as the tokenizer splits text. Most phrases
 * are plain ASCII words and spaces, which the tokenizer splits at the spaces:
 * those skip it (building the tables at load was mostly tokenizing).
 */
export function words(s: string): string[] {
  return /^[a-z\d]+( [a-z\d]+)*$/i.test(s) ? s.toLowerCase().split(' ') : tokenize(s, false).tokens.map((t) => t.l);
}

/** Phrases sharing a first word, split by their second word so long lists ("The ...") are not scanned. */
interface FirstWordEntry {
  /** Phrases of one word. */
  single: boolean;
  /** Phrases of two or more words by second word, longest first. */
  bySecond: Map<string, string[][]>;
}

/** Multi-word phrases indexed by their first two words: two Map probes per token. */
export class PhraseIndex {
  private byFirst = new Map<string, FirstWordEntry>();
  readonly bit = allocBit();
  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const w = words(p);
      if (!w.length) continue;
      let entry = this.byFirst.get(w[0]);
      if (!entry) this.byFirst.set(w[0], (entry = { single: false, bySecond: new Map() }));
      const list = entry.bySecond.get(w[1]);
      if (w.length < 2) entry.single = true;
      else if (list) list.push(w);
      else entry.bySecond.set(w[1], [w]);
    }
    for (const entry of this.byFirst.values()) for (const list of entry.bySecond.values()) list.sort((a, b) => b.length - a.length);
    flagWords(this.byFirst.keys(), this.bit);
  }
  /** Length in tokens of the longest phrase starting at token i (0 if none). */
  matchAt(tokens: Token[], i: number, end: number, needCap = false): number {
    const t0 = tokens[i];
    // A word opening a phrase carries this index's bit: most tokens stop here, without a Map probe.
    if (t0.word && (t0.f & this.bit) === 0) return 0;
    const entry = this.byFirst.get(t0.b);
    if (!entry) return 0;
    if (needCap && !capOrDigit(t0)) return 0;
    if (i + 1 < end) {
      const t1 = tokens[i + 1];
      // The last word of a phrase may carry a possessive ("Reuters’"): try the bare form too.
      const found = this.longest(tokens, i, end, entry.bySecond.get(t1.l), needCap) || (t1.b !== t1.l ? this.longest(tokens, i, end, entry.bySecond.get(t1.b), needCap) : 0);
      if (found) return found;
    }
    // A one-word phrase: the word itself, or its bare form at the end of the phrase.
    return entry.single ? 1 : 0;
  }
  private longest(tokens: Token[], i: number, end: number, list: string[][] | undefined, needCap: boolean): number {
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
}

/** Capitalised, or a number ("Channel 4"); punctuation passes. */
function capOrDigit(t: Token): boolean {
  if (!t.word || t.cap) return true;
  const c = t.t.charCodeAt(0);
  return c >= 48 && c <= 57;
}
