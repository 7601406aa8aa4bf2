/** The "Save selection as claim" context-menu item, for text the engine missed. */
import browser from 'webextension-polyfill';
import { LIMITS } from '../types/messages';
import { ensureActive, sendToContent } from './activate';

export const MENU_ID = 'sourcelight-save-selection';

/** (Re)creates the menu item; menus persist across worker restarts, so this runs on install and startup only. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: 'Save selection as claim',
    contexts: ['selection'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}

export async function onMenuClicked(info: browser.Menus.OnClickData, tab?: browser.Tabs.Tab): Promise<void> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined || tab.id < 0) return;
  const text = (info.selectionText ?? '').trim().slice(0, LIMITS.textChars);
  if (!text) return;
  try {
    await ensureActive(tab.id);
    await sendToContent(tab.id, { type: 'content/saveSelection', text });
  } catch (e) {
    console.warn('Sourcelight: save selection:', e instanceof Error ? e.message : e);
  }
}
