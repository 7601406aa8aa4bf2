/**
 * Runs Sourcelight in a tab: what the toolbar popup, the keyboard commands, the
 * context menu and automatic analysis all call. Injects the content script
 * (which guards against running twice) and tells it to analyse.
 */
import browser from 'webextension-polyfill';
import type { ContentCommand, LazyScript } from '../types/messages';
import { loadSettings } from '../storage/settings';
import type { Settings } from '../types/settings';
import { siteMatches } from './auto-analyze';
import { showTabState } from './badge';

/** Sends a command to the content script of a tab. */
export function sendToContent(tabId: number, command: ContentCommand): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, command);
}

/**
 * Test build: when each step of the last activation ended, ms on the shared clock
 * (performance.timeOrigin + now(): the page benchmark puts them on the page's timeline).
 */
export const activationMarks: Record<string, number> = {};
const mark = (step: string): void => {
  if (__TEST__) activationMarks[step] = performance.timeOrigin + performance.now();
};

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

function cannotRunMessage(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  if (/cannot access|cannot be scripted|missing host permission|extensions gallery|permission/i.test(m)) {
    return 'Sourcelight cannot run on this page: browsers keep their own pages and extension stores off limits to extensions.';
  }
  if (/no tab with id|invalid tab/i.test(m)) return 'That tab has been closed.';
  return `Sourcelight could not start on this page: ${m}`;
}

async function tabSite(tabId: number): Promise<string | null> {
  try {
    const url = (await browser.tabs.get(tabId)).url;
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

/**
 * The settings, read here once: throws when the user switched Sourcelight off for the
 * tab's site (Options → sites where it never runs).
 */
async function settingsUnlessDisabled(tabId: number): Promise<Settings> {
  const [host, settings] = await Promise.all([tabSite(tabId), loadSettings()]);
  if (host && siteMatches(host, settings.disabledSites)) {
    throw new Error(`Sourcelight is switched off on ${host.replace(/^www\./, '')}. You can turn it back on in the options.`);
  }
  return settings;
}

export async function activateTab(tabId: number): Promise<void> {
  if (__TEST__) for (const k of Object.keys(activationMarks)) delete activationMarks[k];
  mark('start');
  // Two independent round trips at once: the settings (and the site check), and whether a
  // content script listens in the tab already (injecting again would stack a second copy of
  // the stylesheet on every popup open).
  const [settings, active] = await Promise.all([settingsUnlessDisabled(tabId), isActive(tabId)]);
  mark('checked');
  // The badge says "…" from here, not waited for: a fresh content script starts its work as soon
  // as it has run, without a report of its own (a cold round trip in its first task), and reports
  // when it is done. Asked for before the script can run, this write lands before that report.
  const shown = showTabState(tabId, { status: 'analysing' }).catch(() => undefined);
  if (!active) {
    try {
      await inject(tabId);
    } catch (e) {
      // Nothing runs in the page: no "…" left behind.
      void showTabState(tabId, null).catch(() => undefined);
      throw e;
    }
  }
  mark('injected');
  // The settings go along: the content script needs no storage round trip before its work.
  const command: ContentCommand = { type: 'content/activate', settings };
  try {
    await sendToContent(tabId, command);
    mark('sent');
  } catch {
    // The script has just run; give a page busy with its own scripts one more moment to be listening.
    await delay(100);
    await sendToContent(tabId, command).catch(async (e: unknown) => {
      // No "…" left behind (a script that runs after all reports its own state).
      await showTabState(tabId, null).catch(() => undefined);
      throw new Error(`Sourcelight's page script did not answer: ${e instanceof Error ? e.message : String(e)}`);
    });
  }
  // Whoever asked (the popup) reads the tab's state next: "…" is recorded by the time we answer.
  await shown;
  mark('badge');
}

async function inject(tabId: number): Promise<void> {
  const target = { tabId };
  try {
    // Both at once. The stylesheet is in place before 'content/activate' is sent, and the script
    // paints nothing before that message's settings have come.
    await Promise.all([
      browser.scripting.insertCSS({ target, files: ['content.css'] }).then(() => mark('css')),
      browser.scripting.executeScript({ target, files: ['content.js'] }),
    ]);
  } catch (e) {
    throw new Error(cannotRunMessage(e));
  }
}

/**
 * Code most pages never run is not part of content.js: the claim card
 * (card.js, Preact and the card; most pages never open a card) and the
 * LAZY_SCRIPTS (anchor.js for pages with saved claims, marks.js for browsers
 * without CSS Custom Highlights). The content script asks for one ('card/load',
 * 'script/load') the first time it is needed; it runs in the same isolated world
 * and hands its code over there. Never web-accessible: pages cannot load them.
 */
export async function injectPageScript(tabId: number, frameId: number, file: 'card.js' | `${LazyScript}.js`): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  } catch (e) {
    // Typically activeTab's grant is gone (the page was opened from history, say): the reader is told in the page.
    const m = e instanceof Error ? e.message : String(e);
    throw new Error(/permission|cannot access|cannot be scripted/i.test(m) ? 'Sourcelight no longer has access to this page; start it again from the toolbar' : m);
  }
}

/** True when a content script is listening in the tab (it was activated in this document). */
export async function isActive(tabId: number): Promise<boolean> {
  try {
    return (await sendToContent(tabId, { type: 'content/getState' })) !== undefined;
  } catch {
    return false;
  }
}

/** Activates the tab unless its content script is already running. */
export async function ensureActive(tabId: number): Promise<void> {
  if (!(await isActive(tabId))) await activateTab(tabId);
}
