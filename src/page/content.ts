/**
 * The content script (built to content.js). Injected on demand by the
 * background (toolbar button, shortcut, context menu, auto-analysis) when it
 * activates a tab, possibly more than once into the same page: the first
 * injection sets up and starts analysing at once; later ones find the running
 * session and wait for 'content/activate'.
 */
// First: the benchmark's mark of when content.js began to run (test build only).
import { scriptStart } from './script-start';
import browser from 'webextension-polyfill';
import type { ContentCommand } from '../types/messages';
import { PageSession } from './session';

interface Installed {
  session: PageSession;
}

const KEY = '__sourcelightPage';
const g = globalThis as unknown as Record<string, Installed | undefined>;

/** Test build: content.js's evaluation (start, end) and the first 'content/activate', on the page's clock. */
const load = { scriptStart, scriptEnd: -1, received: -1 };

function handle(session: PageSession, msg: ContentCommand): Promise<unknown> | unknown {
  switch (msg.type) {
    case 'content/activate':
      if (__TEST__ && load.received < 0) load.received = performance.now();
      // Answer at once; progress goes to the background through 'tab/state' (which has shown "analysing" already).
      void session.activate(true, msg.settings);
      return { ok: true };
    case 'content/getState':
      return session.contentState();
    case 'content/nextClaim':
      session.step(msg.direction === -1 ? -1 : 1);
      return { ok: true };
    case 'content/scrollToClaim':
      return { ok: session.scrollToClaim({ index: msg.index, claimId: msg.claimId }) };
    case 'content/saveSelection':
      return session.saveSelection(typeof msg.text === 'string' ? msg.text : '').then(
        (r) => ({ ok: true, id: r.id }),
        (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
    case 'content/settings':
      // Settings reach the session through storage.onChanged; nothing else to do.
      return { ok: true };
    default:
      return undefined;
  }
}

function install(): Installed {
  const session = new PageSession(document, __TEST__ ? testHooks() : {});
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = message as ContentCommand | null;
    if (!msg || typeof msg.type !== 'string' || !msg.type.startsWith('content/')) return undefined;
    try {
      const r = handle(session, msg);
      return r === undefined ? undefined : Promise.resolve(r);
    } catch (e) {
      return Promise.resolve({ ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  });
  const installed = { session };
  if (__TEST__) {
    // The test bridge (a content script in the same isolated world) drives the session through this.
    (globalThis as unknown as Record<string, unknown>).__sourcelightTestCommand = (cmd: { type: string }) =>
      cmd.type === 'test/items'
        ? session.debugItems?.()
        : cmd.type === 'test/look'
          ? session.debugLook?.()
          : cmd.type === 'test/timings'
            ? { steps: session.timings, phases: session.phaseMs, marks: session.marks, load }
            : Promise.resolve(handle(session, cmd as ContentCommand));
  }
  return installed;
}

function testHooks() {
  const root = document.documentElement;
  return {
    onStatus: (status: string) => root.setAttribute('data-sourcelight-test-status', status),
    onCard: (state: unknown, host: HTMLElement | null) => {
      if (host) host.setAttribute('data-sourcelight-test-card', JSON.stringify(state));
    },
  };
}

if (window.top === window && !g[KEY]) {
  g[KEY] = install();
  // Only activation injects content.js, to analyse: it starts now, its 'content/activate' (with
  // the settings, needed before the first paint) a round trip behind. The work itself begins in a
  // task of its own (run()).
  void g[KEY].session.start();
  if (__TEST__) load.scriptEnd = performance.now();
}
