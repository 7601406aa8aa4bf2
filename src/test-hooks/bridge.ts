/**
 * Test build only (dist-test/): a content script on http://127.0.0.1/* that lets
 * an end-to-end test drive the extension the way a user would, since a headless
 * browser cannot click the toolbar button. The page posts
 * `{ sourcelightTest: 'activate' | 'open-popup' | 'open-options' }`; the bridge
 * relays it to the background (src/test-hooks/background.ts), which does what the
 * toolbar button / keyboard command does. The tab id and the extension's base
 * URL are written to <html> attributes for the test to read.
 */
import browser from 'webextension-polyfill';

const root = document.documentElement;
root.setAttribute('data-sourcelight-test-base', browser.runtime.getURL(''));

type TestCommand = (cmd: { type: string }) => unknown;

/**
 * `{ sourcelightTest: 'content', command: { type: 'content/nextClaim', direction: 1 } }` runs a
 * content command (or 'test/items') in the page's content script directly (same isolated
 * world) and writes the JSON answer to data-sourcelight-test-result, with a fresh
 * data-sourcelight-test-seq so a test can wait for it.
 */
async function runContentCommand(command: unknown, seq: string): Promise<void> {
  const run = (globalThis as unknown as { __sourcelightTestCommand?: TestCommand }).__sourcelightTestCommand;
  try {
    if (!run) throw new Error('content script not installed');
    const result = await run(command as { type: string });
    root.setAttribute('data-sourcelight-test-result', JSON.stringify(result ?? null));
  } catch (e) {
    root.setAttribute('data-sourcelight-test-result', JSON.stringify({ error: String(e) }));
  }
  root.setAttribute('data-sourcelight-test-seq', seq);
}

window.addEventListener('message', (event) => {
  if (event.source !== window) return;
  const data = event.data as { sourcelightTest?: string; query?: string; command?: unknown; seq?: string } | null;
  if (!data || typeof data.sourcelightTest !== 'string') return;
  if (data.sourcelightTest === 'content') {
    void runContentCommand(data.command, String(data.seq ?? ''));
    return;
  }
  browser.runtime
    .sendMessage({ type: 'test/' + data.sourcelightTest, query: data.query ?? '' })
    .then((reply) => {
      const r = reply as { tabId?: number; marks?: unknown } | undefined;
      if (r && typeof r.tabId === 'number') root.setAttribute('data-sourcelight-test-tab', String(r.tabId));
      // An activation's steps in the background, on the shared clock (the page benchmark reads them).
      if (r?.marks) root.setAttribute('data-sourcelight-test-bg-marks', JSON.stringify(r.marks));
      root.setAttribute('data-sourcelight-test-ack', data.sourcelightTest!);
    })
    .catch((e: unknown) => root.setAttribute('data-sourcelight-test-error', String(e)));
});

void browser.runtime.sendMessage({ type: 'test/hello' }).then((reply) => {
  const r = reply as { tabId?: number } | undefined;
  if (r && typeof r.tabId === 'number') root.setAttribute('data-sourcelight-test-tab', String(r.tabId));
});
