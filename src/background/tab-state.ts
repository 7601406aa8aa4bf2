/**
 * Per-tab state reported by the content script, kept in storage.session
 * (survives the MV3 service worker being stopped; cleared when the browser
 * closes). Never only in worker memory.
 */
import browser from 'webextension-polyfill';
import type { TabState } from '../types/messages';

const PREFIX = 'tab:';
const keyOf = (tabId: number): string => `${PREFIX}${tabId}`;

// Firefox < 115 and some forks lack storage.session; local storage is the fallback (cleared on startup).
function area(): browser.Storage.StorageArea {
  return (browser.storage as { session?: browser.Storage.StorageArea }).session ?? browser.storage.local;
}

export async function getTabState(tabId: number): Promise<TabState | null> {
  const got = await area().get(keyOf(tabId));
  return (got[keyOf(tabId)] as TabState | undefined) ?? null;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await area().set({ [keyOf(tabId)]: state });
}

export async function clearTabState(tabId: number): Promise<void> {
  await area().remove(keyOf(tabId));
}

/** Ids of the tabs that have reported a state (the tabs where the content script has run). */
export async function trackedTabIds(): Promise<number[]> {
  const all = await area().get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith(PREFIX))
    .map((k) => Number(k.slice(PREFIX.length)))
    .filter((n) => Number.isInteger(n));
}

/** Forgets every tab (tab ids do not survive a browser restart). */
export async function clearAllTabStates(): Promise<void> {
  const ids = await trackedTabIds();
  if (ids.length) await area().remove(ids.map(keyOf));
}
