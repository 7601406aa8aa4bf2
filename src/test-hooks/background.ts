/**
 * Test build only: background side of src/test-hooks/bridge.ts. Imported by
 * src/background/index.ts under `if (__TEST__)`, so release builds drop it.
 */
import browser from 'webextension-polyfill';
import { activateTab } from '../background/activate';

export function installTestHooks(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
    const m = msg as { type?: unknown; query?: unknown };
    if (typeof m?.type !== 'string' || !m.type.startsWith('test/')) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const query = typeof m.query === 'string' ? m.query : '';
    switch (m.type) {
      case 'test/hello':
        return Promise.resolve({ tabId });
      case 'test/activate':
        return activateTab(tabId).then(() => ({ tabId }));
      case 'test/open-popup':
        return browser.tabs
          .create({ url: browser.runtime.getURL(`popup.html?tab=${tabId}${query ? '&' + query : ''}`) })
          .then(() => ({ tabId }));
      case 'test/open-options':
        return browser.tabs.create({ url: browser.runtime.getURL('options.html') }).then(() => ({ tabId }));
      default:
        return undefined;
    }
  });
}
