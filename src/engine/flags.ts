/**
 * One bit per word list: every lexicon registers its words (or the first
 * words of its phrases) here at module load, and the tokenizer stores each
 * token's bits, so hot loops test a bit instead of probing many Sets.
 */
const WORD_FLAGS = new Map<string, number>();
let nextBit = 1;

export function allocBit(): number {
  if (nextBit === 0) throw new Error('out of lexicon flag bits');
  const b = nextBit;
  nextBit = nextBit === 0x40000000 ? 0 : nextBit << 1;
  return b;
}

export function flagWords(words: Iterable<string>, bit: number): void {
  for (const w of words) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | bit);
}

/** Bits of a lower-case word and of its form without a possessive. */
export function flagsOf(l: string, b: string): number {
  const f = WORD_FLAGS.get(l) ?? 0;
  return b === l ? f : f | (WORD_FLAGS.get(b) ?? 0);
}

/** A word list with its bit: `hasToken` is one AND. */
export class FlagSet {
  readonly bit = allocBit();
  private set: Set<string>;
  constructor(words: readonly string[]) {
    this.set = new Set(words.map((w) => w.toLowerCase()));
    flagWords(this.set, this.bit);
  }
  has(w: string): boolean {
    return this.set.has(w);
  }
}
