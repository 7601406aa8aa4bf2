/** Waiting helpers for tests that drive UI code through timers and promises. */

export const tick = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` every `everyMs` until it returns something truthy; fails after `ms` naming `what`. */
export async function until<T>(fn: () => T | null | undefined | false, what: string, ms = 2000, everyMs = 5): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await tick(everyMs);
  }
}
