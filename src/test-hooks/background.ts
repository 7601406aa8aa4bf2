/**
 * Test build only: background side of src/test-hooks/bridge.ts. Imported by
 * src/background/index.ts under `if (__TEST__)`, so release builds drop it.
 *
 * From a page tab (through the bridge): test/hello, test/activate,
 * test/open-popup, test/open-options act on the sender's tab.
 * From an extension page (e2e tests call runtime.sendMessage there), with a
 * `tabId`: test/command runs a keyboard command and test/menu clicks "Save
 * selection as claim" with `text` selected — what a headless browser cannot do.
 */
import browser from 'webextension-polyfill';
import { activateTab, activationMarks } from '../background/activate';
import { onCommand } from '../background/commands';
import { MENU_ID, onMenuClicked } from '../background/context-menu';

const fromExtensionPage = (sender: browser.Runtime.MessageSender): boolean =>
  sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));

export function installTestHooks(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
    const m = msg as { type?: unknown; query?: unknown; tabId?: unknown; command?: unknown; text?: unknown };
    if (typeof m?.type !== 'string' || !m.type.startsWith('test/')) return undefined;

    if (fromExtensionPage(sender) && typeof m.tabId === 'number') {
      const tab = { id: m.tabId } as browser.Tabs.Tab;
      switch (m.type) {
        case 'test/command':
          return onCommand(String(m.command), tab).then(() => ({ ok: true }));
        case 'test/menu':
          return onMenuClicked({ menuItemId: MENU_ID, selectionText: String(m.text ?? ''), editable: false } as browser.Menus.OnClickData, tab).then(
            () => ({ ok: true }),
          );
      }
    }

    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const query = typeof m.query === 'string' ? m.query : '';
    switch (m.type) {
      case 'test/hello':
        return Promise.resolve({ tabId });
      case 'test/activate':
        // The background's steps, for the page benchmark (src/background/activate.ts).
        return activateTab(tabId).then(() => ({ tabId, marks: { ...activationMarks } }));
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
