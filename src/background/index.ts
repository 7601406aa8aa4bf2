/**
 * The background: Chrome's service worker, Firefox's background script. Every
 * listener is registered synchronously at the top level, so a worker woken by
 * an event has its listener in place (MV3). No state lives only in memory:
 * tab state is in storage.session, the library in IndexedDB.
 */
import browser from 'webextension-polyfill';
import { requestPersistentStorage } from '../storage/persist';
import { installTestHooks } from '../test-hooks/background';
import { onCommand } from './commands';
import { createMenus, onMenuClicked } from './context-menu';
import { handlers, routerIdentity } from './handlers';
import { createRouter } from './router';
import { onTabRemoved, onTabUpdated } from './tab-events';
import { clearAllTabStates } from './tab-state';

const route = createRouter(handlers, {
  ...routerIdentity(),
  // Test build only: the test hooks answer their own messages.
  passThrough: __TEST__ ? (type: string) => type.startsWith('test/') : undefined,
});

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => route(msg, sender));
browser.commands.onCommand.addListener((command: string, tab?: browser.Tabs.Tab) => void onCommand(command, tab));
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
browser.tabs.onUpdated.addListener(onTabUpdated);
browser.tabs.onRemoved.addListener(onTabRemoved);
browser.runtime.onInstalled.addListener(() => {
  void createMenus();
  // Works where the background has a window (Firefox); the popup asks too, for Chrome's worker.
  void requestPersistentStorage();
});
browser.runtime.onStartup.addListener(() => {
  void createMenus();
  void clearAllTabStates();
});

if (__TEST__) installTestHooks();
