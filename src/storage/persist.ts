/**
 * Asks the browser once to keep Sourcelight's storage persistent, so saved
 * claims are not evicted when the disk runs low. navigator.storage.persist()
 * exists in windows only (popup, options, Firefox's background page), not in
 * Chrome's service worker; call this from those pages.
 */

interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}
interface FlagStore {
  get(): Promise<boolean>;
  set(): Promise<void>;
}

export type PersistOutcome = 'persisted' | 'granted' | 'denied' | 'asked-before' | 'unsupported';

const FLAG_KEY = 'persistRequested';

/** The decision, with its dependencies passed in (tested in Node). */
export async function requestPersistenceOnce(storage: StorageManagerLike | undefined, flag: FlagStore): Promise<PersistOutcome> {
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  if (await storage.persisted()) return 'persisted';
  // Some browsers ask the user; asking on every popup open would nag.
  if (await flag.get()) return 'asked-before';
  await flag.set();
  return (await storage.persist()) ? 'granted' : 'denied';
}

type ExtStorage = { local: { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } };

/** requestPersistenceOnce with navigator.storage and a flag in extension storage.local. Never throws. */
export async function requestPersistentStorage(): Promise<PersistOutcome> {
  const g = globalThis as unknown as { browser?: { storage?: ExtStorage }; chrome?: { storage?: ExtStorage } };
  const ext = g.browser?.storage ?? g.chrome?.storage;
  const nav = typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManagerLike | undefined);
  if (!ext) return 'unsupported';
  try {
    return await requestPersistenceOnce(nav, {
      get: async () => (await ext.local.get(FLAG_KEY))[FLAG_KEY] === true,
      set: () => ext.local.set({ [FLAG_KEY]: true }),
    });
  } catch {
    return 'unsupported';
  }
}
