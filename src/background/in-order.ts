/**
 * Work kept in order per key: each task starts once the one asked for before it (same key) has
 * settled, whatever the time each takes. The badge and the recorded tab state go through this:
 * activation writes "…" without waiting for it, and the content script's "done" may arrive while
 * that write is still under way; it must land after, or the badge would be left at "…".
 */
export function inOrder() {
  const tails = new Map<unknown, Promise<unknown>>();
  return function run<T>(key: unknown, task: () => Promise<T>): Promise<T> {
    const result = (tails.get(key) ?? Promise.resolve()).then(task);
    // The next task waits for this one to settle, failed or not; a failure is the caller's.
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    // Keys with nothing pending are forgotten (tab ids come and go).
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}
