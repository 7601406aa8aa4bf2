/**
 * How a script of ours that loads later (card.js, anchor.js, marks.js,
 * reanalyse.js, legend.js) hands its code to content.js: both run in the same
 * isolated world of our frame, so one global property per script carries it.
 * The first registration wins: a script injected twice does not replace what
 * content.js may already hold.
 */
export interface ScriptSlot<T> {
  /** What the script registered; undefined until it has run. */
  get(): T | undefined;
  provide(value: T): void;
}

export function scriptSlot<T>(name: string): ScriptSlot<T> {
  const g = globalThis as Record<string, unknown>;
  return {
    get: () => g[name] as T | undefined,
    provide: (value) => {
      g[name] ??= value;
    },
  };
}
