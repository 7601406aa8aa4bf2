/** Keyboard commands (manifest "commands"): analyse the page, step to the next / previous claim. */
import browser from 'webextension-polyfill';
import { activateTab, ensureActive, sendToContent } from './activate';

async function targetTab(tab: browser.Tabs.Tab | undefined): Promise<number | null> {
  if (tab?.id !== undefined && tab.id >= 0) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

export async function onCommand(command: string, tab?: browser.Tabs.Tab): Promise<void> {
  const tabId = await targetTab(tab);
  if (tabId === null) return;
  try {
    if (command === 'analyze-page') await activateTab(tabId);
    else if (command === 'next-claim' || command === 'previous-claim') {
      await ensureActive(tabId);
      await sendToContent(tabId, { type: 'content/nextClaim', direction: command === 'next-claim' ? 1 : -1 });
    }
  } catch (e) {
    // A shortcut has nowhere to show an error but the console (e.g. on a browser page).
    console.warn(`Sourcelight: ${command}:`, e instanceof Error ? e.message : e);
  }
}
