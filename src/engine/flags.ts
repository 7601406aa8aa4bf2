/**
 * One bit per word list: every lexicon registers its words (or the first
 * words of its phrases, punctuation marks such as "(" included) here at
 * module load, and the tokenizer stores each token's bits, so hot loops test
 * a bit instead of probing many Sets (or calling PhraseIndex.matchAt).
 *
 * One Map holds every word's bits: the runtime hashes a token's new string
 * natively (and keeps the hash on the string for later probes), faster than
 * hashing it in JavaScript, above all in the page, where the engine runs cold.
 */
export const bits = new Map<string, number>();
let nextBit = 1;

export function allocBit(): number {
  const b = nextBit;
  // More word lists than bits: a mistake in the lexicons, seen at load (no message: the stack names allocBit, and every byte of the engine counts).
  // After bit 30 comes the sign bit (negative): it is never handed out.
  if (b < 1) throw Error();
  nextBit = b << 1;
  return b;
}

// The `!`s below: a word not in the Map reads undefined, which `|` and `&` take as 0.

/** Adds `bit` to a lower-case word's bits. */
export function flagWord(w: string, bit: number): void {
  bits.set(w, bits.get(w)! | bit);
}

/** A word list with its bit: `hasToken` is one AND. */
export class FlagSet {
  readonly bit = allocBit();
  constructor(words: readonly string[]) {
    for (let k = 0; k < words.length; k++) flagWord(words[k].toLowerCase(), this.bit);
  }
  has(w: string): boolean {
    return (bits.get(w)! & this.bit) !== 0;
  }
}
