/** Runs Sourcelight in a tab: what the toolbar button, the command and auto-analysis all call. */
import browser from 'webextension-polyfill';

export async function activateTab(tabId: number): Promise<void> {
  // Placeholder, replaced by the background work: inject CSS + content script, then tell it to run.
  await browser.scripting.insertCSS({ target: { tabId }, files: ['content.css'] });
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
}
