/**
 * One bit per word list: every lexicon registers its words (or the first
 * words of its phrases) here at module load, and the tokenizer stores each
 * token's bits, so hot loops test a bit instead of probing many Sets.
 *
 * The words live in an open-addressed table hashed here, not in a Map: every
 * token is looked up, and a token's string is new, so a Map would have the
 * runtime hash it on every probe.
 */
const SIZE = 8192;
const keys = new Array<string | undefined>(SIZE);
const bits = new Int32Array(SIZE);
let used = 0;
let nextBit = 1;

export function allocBit(): number {
  const b = nextBit;
  // More word lists than bits: a mistake in the lexicons, seen at load (terse: every byte of the engine counts).
  if (!b) throw Error('flags');
  // After bit 30 comes 0: the sign bit is never handed out.
  nextBit = (b << 1) & 0x7fffffff;
  return b;
}

function slot(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x1000193);
  let i = (h ^ (h >>> 15)) & (SIZE - 1);
  while (keys[i] !== undefined && keys[i] !== w) i = (i + 1) & (SIZE - 1);
  return i;
}

export function flagWords(words: Iterable<string>, bit: number): void {
  for (const w of words) {
    const i = slot(w);
    if (keys[i] === undefined) {
      // At most half full, a probe ends within a step or two; more words need a bigger SIZE.
      if (++used > 4096) throw Error('flags');
      keys[i] = w;
    }
    bits[i] |= bit;
  }
}

/** Bits of a lower-case word and of its form without a possessive. */
export function flagsOf(l: string, b: string): number {
  const f = bits[slot(l)];
  return b === l ? f : f | bits[slot(b)];
}

/** A word list with its bit: `hasToken` is one AND. */
export class FlagSet {
  readonly bit = allocBit();
  constructor(words: readonly string[]) {
    flagWords(words.map((w) => w.toLowerCase()), this.bit);
  }
  has(w: string): boolean {
    return (bits[slot(w)] & this.bit) !== 0;
  }
}
