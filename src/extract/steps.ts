/**
 * Extraction phases are generators that yield where a live page may get its
 * turn (extractArticleAsync); in Node and in the synchronous API they simply
 * run to the end.
 */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Runs steps on the live page: `between` runs at every yield and returns a
 * promise when the page is to get its turn there (undefined: carry on in the
 * same task).
 */
export async function runBetween<T>(steps: Generator<void, T, void>, between: () => Promise<void> | undefined): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    const p = between();
    if (p) await p;
  }
}
