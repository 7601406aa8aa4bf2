/** The toolbar badge of a tab: claim count while the page is analysed, cleared when it navigates. */
import browser from 'webextension-polyfill';
import type { TabState } from '../types/messages';
import { badgeFor } from './badge-text';
import { inOrder } from './in-order';
import { clearTabState, setTabState } from './tab-state';

const DEFAULT_TITLE = 'Sourcelight: show the sourcing of this article';

export async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const look = badgeFor(state);
  const action = browser.action;
  await Promise.all([
    action.setBadgeText({ tabId, text: look.text }),
    look.text ? action.setBadgeBackgroundColor({ tabId, color: look.color }) : null,
    look.text && 'setBadgeTextColor' in action ? action.setBadgeTextColor({ tabId, color: '#ffffff' }) : null,
    action.setTitle({ tabId, title: look.title ?? DEFAULT_TITLE }),
  ]).catch(() => {
    // The tab closed meanwhile: nothing to show.
  });
}

const perTab = inOrder();

/**
 * Records a tab's state (null: forgets it) and shows it on the badge: what the popup reads and
 * what the toolbar shows stay one. A tab's states are written in the order they were asked for,
 * so callers need not wait for one before the next can come (activation's "…", then "done").
 */
export function showTabState(tabId: number, state: TabState | null): Promise<void> {
  return perTab(tabId, async () => {
    await (state ? setTabState(tabId, state) : clearTabState(tabId));
    await showBadge(tabId, state);
  });
}
