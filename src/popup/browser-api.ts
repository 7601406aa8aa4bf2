/**
 * The real PopupApi: the background through `send`, the content script through
 * tabs.sendMessage, and the library's IndexedDB directly (extension pages share
 * the background's origin), which is much faster for 10,000 claims than
 * passing them through messages.
 */
import browser from 'webextension-polyfill';
import { send } from '../background/client';
import { getDb, listClaims, listPages, listRecentClaims } from '../storage';
import { exportJson, importJson } from '../storage/transfer';
import { toCsv, toMarkdown, toWebAnnotationJson } from '../storage/formats';
import { loadSettings, onSettingsChanged } from '../storage/settings';
import type { ContentCommand, ContentState } from '../types/messages';
import type { ClaimRecord } from '../types/records';
import type { ExportFormat, PopupApi } from './api';
import { exportFileName } from './download';
import { syntheticClaims } from './synthetic';

const TYPES: Record<ExportFormat, { ext: string; type: string }> = {
  json: { ext: 'json', type: 'application/json' },
  jsonld: { ext: 'jsonld', type: 'application/ld+json' },
  csv: { ext: 'csv', type: 'text/csv;charset=utf-8' },
  markdown: { ext: 'md', type: 'text/markdown;charset=utf-8' },
};

function toContent(tabId: number, command: ContentCommand): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, command);
}

export function browserApi(params: URLSearchParams = new URLSearchParams(location.search)): PopupApi {
  // Test build only: ?synthetic=N shows N generated claims instead of the database (benchmark).
  const synthetic = typeof __TEST__ !== 'undefined' && __TEST__ ? Number(params.get('synthetic') ?? 0) : 0;

  return {
    send,
    async targetTabId() {
      const fromUrl = Number(params.get('tab'));
      if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      if (active?.id === undefined) return null;
      // Opened as a tab (not as the toolbar popup): the active tab is this page itself.
      const self = await browser.tabs.getCurrent().catch(() => undefined);
      return self?.id === active.id ? null : active.id;
    },
    async contentState(tabId) {
      const reply = (await toContent(tabId, { type: 'content/getState' })) as ContentState | undefined;
      if (!reply || typeof reply !== 'object' || !reply.state) throw new Error('No answer from the page');
      return reply;
    },
    async scrollToClaim(tabId, index) {
      await toContent(tabId, { type: 'content/scrollToClaim', index });
    },
    async openTab(url) {
      await browser.tabs.create({ url });
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
    async loadClaims() {
      if (synthetic > 0) return syntheticClaims(synthetic);
      return listClaims(await getDb());
    },
    async loadRecentClaims(limit) {
      if (synthetic > 0) return syntheticClaims(Math.min(limit, synthetic));
      return listRecentClaims(await getDb(), limit);
    },
    async exportFile(format, claims) {
      const db = await getDb();
      const { ext, type } = TYPES[format];
      const name = exportFileName(ext);
      if (format === 'json') return { name, type, text: await exportJson(db, claims ? { claims } : {}) };
      const list: ClaimRecord[] = claims ?? (await listClaims(db));
      if (format === 'jsonld') return { name, type, text: toWebAnnotationJson(list) };
      if (format === 'csv') return { name, type, text: toCsv(list) };
      return { name, type, text: toMarkdown(list, { pages: await listPages(db) }) };
    },
    async filePickerClosesPage() {
      const firefox = browser.runtime.getURL('').startsWith('moz-extension:');
      // tabs.getCurrent() is undefined in the toolbar popup and a tab when opened as a page.
      // Firefox only: Chrome imports and exports from its popup in place.
      return firefox && (await browser.tabs.getCurrent().catch(() => undefined)) === undefined;
    },
    async openPopupInTab(query) {
      await browser.tabs.create({ url: browser.runtime.getURL(`popup.html?${query}`) });
    },
    async importFile(text) {
      const r = await importJson(await getDb(), text);
      return { added: r.claimsAdded, updated: r.claimsUpdated, unchanged: r.claimsUnchanged };
    },
    loadSettings,
    onSettingsChanged,
  };
}
