/**
 * The few extension APIs the content script uses, promise-based in both
 * browsers, without webextension-polyfill (10 KB of the content script for
 * what is here a few lines). Firefox's `browser` already has promises and
 * promise-returning onMessage listeners; Chrome's MV3 `chrome` has promises
 * for sendMessage and storage, and needs sendResponse for async answers.
 *
 * Meant as a build alias for 'webextension-polyfill' in the content-script
 * bundle only (types still come from the polyfill's declarations):
 *   alias: { 'webextension-polyfill': './src/page/browser-shim.ts' }
 */

type Listener = (message: unknown, sender: { id?: string }) => unknown;
type ChromeListener = (message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => boolean | undefined;

interface ExtensionApi {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(l: Listener | ChromeListener): void; removeListener(l: Listener | ChromeListener): void };
  };
  storage: {
    local: { get(keys: unknown): Promise<Record<string, unknown>>; set(values: Record<string, unknown>): Promise<void> };
    onChanged: { addListener(l: (...args: never[]) => void): void; removeListener(l: (...args: never[]) => void): void };
  };
}

const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return !!v && typeof (v as { then?: unknown }).then === 'function';
}

/** Chrome: a listener that returns a promise answers through sendResponse. */
function wrapChrome(chrome: ExtensionApi): ExtensionApi {
  const wrapped = new Map<Listener, ChromeListener>();
  return {
    runtime: {
      get id() {
        return chrome.runtime.id;
      },
      sendMessage: (message) => chrome.runtime.sendMessage(message),
      onMessage: {
        addListener(l) {
          const listener = l as Listener;
          const w: ChromeListener = (message, sender, sendResponse) => {
            const r = listener(message, sender);
            if (!isThenable(r)) return undefined;
            r.then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }));
            return true;
          };
          wrapped.set(listener, w);
          chrome.runtime.onMessage.addListener(w);
        },
        removeListener(l) {
          const w = wrapped.get(l as Listener);
          if (w) chrome.runtime.onMessage.removeListener(w);
          wrapped.delete(l as Listener);
        },
      },
    },
    storage: chrome.storage,
  };
}

// Decided at build time: Chrome's own `browser` alias (where present) does not promise
// the onMessage semantics Firefox's has, so Chrome always goes through the wrapper.
const api: ExtensionApi = __BROWSER__ === 'firefox' && g.browser ? g.browser : wrapChrome(g.chrome as ExtensionApi);

export default api;
