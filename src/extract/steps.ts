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
