/** What the background does for each message (validated by the router before it gets here). */
import browser from 'webextension-polyfill';
import { getDb } from '../storage/db';
import {
  claimsForPageInfo,
  deleteAllData,
  deleteClaim,
  listClaims,
  pageKey,
  restoreClaim,
  saveClaim,
  saveCorrection,
  updateClaim,
  updatePageProfile,
} from '../storage/library';
import { queryClaims } from '../storage/query';
import type { TabState } from '../types/messages';
import { activateTab, injectPageScript, sendToContent } from './activate';
import { showTabState } from './badge';
import type { Handlers } from './router';
import { getTabState, trackedTabIds } from './tab-state';

const needTab = (tabId: number | null): number => {
  if (tabId === null) throw new Error('This message must come from a page tab');
  return tabId;
};

/** The sourcing profile the tab reported, when it is about the same page. */
async function profileFor(tabId: number | null, url: string): Promise<TabState['profile'] | undefined> {
  if (tabId === null) return undefined;
  const state = await getTabState(tabId);
  return state?.page && state.profile && pageKey(state.page) === url ? state.profile : undefined;
}

export const handlers: Handlers = {
  async 'claim/save'({ page, claim }, ctx) {
    const db = await getDb();
    const profile = await profileFor(ctx.tabId, pageKey(page));
    const saved = await saveClaim(db, page, claim, profile ? { profile } : {});
    return { id: saved.claim.id };
  },

  async 'claims/forPage'({ url, canonicalUrl }) {
    return { claims: await claimsForPageInfo(await getDb(), { url, canonicalUrl }) };
  },

  async 'correction/save'({ page, correction }) {
    const record = await saveCorrection(await getDb(), page, correction);
    return { id: record.id };
  },

  async 'tab/state'({ state }, ctx) {
    const tabId = needTab(ctx.tabId);
    await showTabState(tabId, state);
    // A page already in the library gets its latest profile; pages with nothing saved are not recorded.
    if (state.status === 'done' && state.page && state.profile) {
      await updatePageProfile(await getDb(), pageKey(state.page), state.profile).catch(() => null);
    }
    return { ok: true };
  },

  async 'card/load'(_msg, ctx) {
    // Only into the frame that asked: the content script there has just met its first claim card.
    await injectPageScript(needTab(ctx.tabId), ctx.frameId ?? 0, 'card.js');
    return { ok: true };
  },

  async 'script/load'({ script }, ctx) {
    // Only into the frame that asked, and only one of ours: the name was checked against LAZY_SCRIPTS.
    await injectPageScript(needTab(ctx.tabId), ctx.frameId ?? 0, `${script}.js`);
    return { ok: true };
  },

  async 'tab/activate'({ tabId }) {
    await activateTab(tabId);
    return { ok: true };
  },

  async 'tab/getState'({ tabId }) {
    return { state: await getTabState(tabId) };
  },

  async 'claim/update'({ id, patch }) {
    return { claim: await updateClaim(await getDb(), id, patch) };
  },

  async 'claim/delete'({ id }) {
    return { deleted: await deleteClaim(await getDb(), id) };
  },

  async 'claim/restore'({ claim }) {
    await restoreClaim(await getDb(), claim);
    return { ok: true };
  },

  async 'claims/query'({ query }) {
    return queryClaims(await listClaims(await getDb()), query);
  },

  async 'settings/changed'() {
    // Content scripts re-read the settings (shown tags, colours) when told.
    await Promise.all((await trackedTabIds()).map((id) => sendToContent(id, { type: 'content/settings' }).catch(() => null)));
    return { ok: true };
  },

  async 'data/deleteAll'() {
    await deleteAllData(await getDb());
    return { ok: true };
  },
};

/** The runtime id and base URL the router checks senders against. */
export const routerIdentity = () => ({ runtimeId: browser.runtime.id, extensionBase: browser.runtime.getURL('') });
