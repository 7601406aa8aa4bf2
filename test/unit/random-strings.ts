/**
 * Fixed pseudo-random strings for the tests that compare a fast path with the
 * tokenizer (not a test file itself). It imports nothing of the engine: those
 * tests build word lists of their own, and the engine's word-list bits are few.
 */
/** `count` strings over `alphabet`, each shorter than `maxLen`: the same on every run (a fixed-seed LCG), so a failure replays. */
export function randomStrings(alphabet: string, count: number, maxLen: number, seed: number): string[] {
  const rnd = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    const len = rnd(maxLen);
    for (let i = 0; i < len; i++) s += alphabet[rnd(alphabet.length)];
    out.push(s);
  }
  return out;
}
