/** Tab lifecycle: forget a tab's state when it navigates or closes; automatic analysis on a finished load. */
import browser from 'webextension-polyfill';
import { loadSettings } from '../storage/settings';
import { activateTab, isActive } from './activate';
import { originPattern, shouldAutoAnalyze } from './auto-analyze';
import { showTabState } from './badge';
import { clearTabState, getTabState } from './tab-state';

const withoutHash = (url: string): string => url.replace(/#.*$/, '');
const warn = (what: string) => (e: unknown) => console.warn(`Sourcelight: ${what}:`, e instanceof Error ? e.message : e);

const forget = (tabId: number): Promise<void> => showTabState(tabId, null);

/**
 * A new document: the old analysis and its count no longer apply. An anchor
 * link on the analysed page also reports "loading" (Chrome); when the new URL
 * differs only in its fragment the decision waits for "complete", when the
 * content script either still answers (same document) or not.
 */
async function onLoading(tabId: number, url: string | undefined): Promise<void> {
  const state = await getTabState(tabId);
  if (!state) return;
  if (url && state.page && withoutHash(url) === withoutHash(state.page.url)) return;
  await forget(tabId);
}

async function onComplete(tabId: number, url: string | undefined): Promise<void> {
  if ((await getTabState(tabId)) && !(await isActive(tabId))) await forget(tabId);
  if (url) await maybeAutoAnalyze(tabId, url);
}

async function maybeAutoAnalyze(tabId: number, url: string): Promise<void> {
  const settings = await loadSettings();
  if (!shouldAutoAnalyze(url, settings)) return;
  // The user may have withdrawn the permission in the browser's own settings.
  if (!(await browser.permissions.contains({ origins: [originPattern(url)] }))) return;
  if (await getTabState(tabId)) return; // already running in this document
  await activateTab(tabId);
}

export function onTabUpdated(tabId: number, change: browser.Tabs.OnUpdatedChangeInfoType, tab: browser.Tabs.Tab): void {
  if (change.status === 'loading') onLoading(tabId, change.url).catch(warn('navigation'));
  else if (change.status === 'complete') onComplete(tabId, tab.url).catch(warn('automatic analysis'));
}

export function onTabRemoved(tabId: number): void {
  void clearTabState(tabId);
}
