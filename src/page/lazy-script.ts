/**
 * Code most activations never run ships as scripts of its own (card.js,
 * anchor.js) that the background injects into our frame when first asked. Each
 * registers what it provides in our isolated world, where the loader finds it.
 */

/** After a failure, the same answer for this long: hovering must not become a stream of requests. */
const RETRY_AFTER_MS = 10_000;

export interface LazyScript<T> {
  load(): Promise<T>;
  /** Starts loading early, errors left for load() to report. */
  prefetch(): void;
}

/**
 * `request` asks the background to inject the script (a message round trip);
 * `provided` reads what the script registered, undefined until it ran.
 */
export function lazyScript<T>(name: string, request: () => Promise<unknown>, provided: () => T | undefined): LazyScript<T> {
  let loading: Promise<T> | null = null;
  let failedAt = -Infinity;
  const load = (): Promise<T> => {
    const ready = provided();
    if (ready) return Promise.resolve(ready);
    if (loading && failedAt > -Infinity && performance.now() - failedAt >= RETRY_AFTER_MS) loading = null;
    if (!loading) {
      failedAt = -Infinity;
      const p = request().then(() => {
        const r = provided();
        if (!r) throw new Error(`the ${name} script did not start`);
        return r;
      });
      p.catch(() => {
        if (loading === p) failedAt = performance.now();
      });
      loading = p;
    }
    return loading;
  };
  return {
    load,
    prefetch: () => {
      load().catch(() => {});
    },
  };
}
