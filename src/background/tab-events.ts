/** Tab lifecycle: forget a tab's state when it navigates or closes; automatic analysis on a finished load. */
import browser from 'webextension-polyfill';
import { loadSettings } from '../storage/settings';
import { activateTab } from './activate';
import { originPattern, shouldAutoAnalyze } from './auto-analyze';
import { showBadge } from './badge';
import { clearTabState, getTabState } from './tab-state';

async function maybeAutoAnalyze(tabId: number, url: string): Promise<void> {
  const settings = await loadSettings();
  if (!shouldAutoAnalyze(url, settings)) return;
  // The user may have withdrawn the permission in the browser's own settings.
  if (!(await browser.permissions.contains({ origins: [originPattern(url)] }))) return;
  if (await getTabState(tabId)) return; // already running in this document
  await activateTab(tabId);
}

export function onTabUpdated(tabId: number, change: browser.Tabs.OnUpdatedChangeInfoType, tab: browser.Tabs.Tab): void {
  if (change.status === 'loading') {
    // A new document: the old analysis and its count no longer apply.
    void clearTabState(tabId).then(() => showBadge(tabId, null));
  } else if (change.status === 'complete' && tab.url) {
    maybeAutoAnalyze(tabId, tab.url).catch((e: unknown) => console.warn('Sourcelight: automatic analysis:', e instanceof Error ? e.message : e));
  }
}

export function onTabRemoved(tabId: number): void {
  void clearTabState(tabId);
}
