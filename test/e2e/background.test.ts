/**
 * The background in the real browsers: messages from an extension page reach
 * the router, valid ones are stored in IndexedDB and read back, invalid ones
 * are refused with an error and change nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { draft } from '../unit/storage-fixtures';
import { BROWSERS, launch, startServer, type ExtensionBrowser, type TestServer } from './harness';

const PAGE = {
  url: 'https://www.theepochtimes.com/world/russia-syria-bases-5781234?utm_source=newsletter&fbclid=IwAR0#comments',
  canonicalUrl: 'https://www.theepochtimes.com/world/russia-syria-bases-5781234',
  title: 'Russia Seeks to Keep Its Bases in Syria After Assad’s Fall',
  publisher: 'The Epoch Times',
};
const KEY = 'https://www.theepochtimes.com/world/russia-syria-bases-5781234';
const CLAIM = draft();

type AnyReply = { ok: true; value: any } | { ok: false; error: string };

/** Sends a raw runtime message from an extension page, the way the popup's `send` does. */
function sendFrom(page: Page, msg: unknown): Promise<AnyReply> {
  return page.evaluate((m) => {
    type Rt = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Rt; chrome: Rt };
    return (g.browser ?? g.chrome).runtime.sendMessage(m) as Promise<AnyReply>;
  }, msg as never);
}

async function waitFor<T>(probe: () => Promise<T | null>, what: string, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await probe();
    if (v !== null && v !== undefined) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The toolbar badge of a tab, read through the action API of an extension page. */
function badgeText(page: Page, tabId: number): Promise<string> {
  return page.evaluate((id) => {
    type Api = { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (g.browser ?? g.chrome).action.getBadgeText({ tabId: id });
  }, tabId);
}

/** Writes settings the way the options page does (storage.local "settings"). */
async function setSettings(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (p) => {
    type Api = { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const local = (g.browser ?? g.chrome).storage.local;
    const cur = ((await local.get('settings')).settings ?? {}) as object;
    await local.set({ settings: { ...cur, ...p } });
  }, patch);
}

for (const name of BROWSERS) {
  describe(`background: ${name}`, () => {
    let server: TestServer;
    let ext: ExtensionBrowser;
    let page: Page;
    before(async () => {
      server = await startServer();
      ext = await launch(name);
      page = await ext.openExtensionPage('popup.html');
    });
    after(async () => {
      await ext?.close();
      await server?.close();
    });

    test('claim/save stores a claim that claims/forPage reads back under the canonical URL', async () => {
      const saved = await sendFrom(page, { type: 'claim/save', page: PAGE, claim: CLAIM });
      assert.equal(saved.ok, true, JSON.stringify(saved));
      const id = (saved as { value: { id: string } }).value.id;
      assert.match(id, /^[0-9a-f-]{36}$/);

      const got = await sendFrom(page, { type: 'claims/forPage', url: 'https://www.theepochtimes.com/world/russia-syria-bases-5781234?gclid=1', canonicalUrl: null });
      assert.equal(got.ok, true, JSON.stringify(got));
      const claims = (got as { value: { claims: Array<Record<string, unknown>> } }).value.claims;
      assert.equal(claims.length, 1);
      assert.equal(claims[0].id, id);
      assert.equal(claims[0].pageUrl, KEY);
      assert.equal(claims[0].site, 'theepochtimes.com');
      assert.equal(claims[0].text, CLAIM.text);

      const corr = await sendFrom(page, {
        type: 'correction/save',
        page: PAGE,
        correction: { text: 'Read more: Syria live', anchor: { exact: 'Read more: Syria live', prefix: '', suffix: '' }, engineTag: 'unattributed', userTag: 'not-a-claim' },
      });
      assert.equal(corr.ok, true, JSON.stringify(corr));
      assert.deepEqual(await sendFrom(page, { type: 'settings/changed' }), { ok: true, value: { ok: true } });

      // The same text again is the same claim.
      const again = await sendFrom(page, { type: 'claim/save', page: PAGE, claim: { ...CLAIM, note: 'check TASS' } });
      assert.deepEqual(again, { ok: true, value: { id } });
    });

    test('the extension page reads the same IndexedDB directly', async () => {
      const count = await page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const r = indexedDB.open('sourcelight');
            r.onsuccess = () => {
              const q = r.result.transaction('claims').objectStore('claims').count();
              q.onsuccess = () => {
                r.result.close();
                resolve(q.result);
              };
              q.onerror = () => reject(q.error);
            };
            r.onerror = () => reject(r.error);
          }),
      );
      assert.equal(count, 1);
    });

    test('invalid messages are refused with an error and change nothing', async () => {
      const bad: Array<[unknown, RegExp]> = [
        [{ type: 'claim/save', page: PAGE, claim: { ...CLAIM, tag: 'rumour' } }, /claim\.tag must be one of/],
        [{ type: 'claim/save', page: PAGE, claim: { ...CLAIM, text: 'x'.repeat(20_001) } }, /claim\.text is too long/],
        [{ type: 'claim/save', page: { ...PAGE, url: 'not a url' }, claim: CLAIM }, /page\.url must be a URL/],
        [{ type: 'claims/forPage', url: KEY }, /canonicalUrl is missing/],
        [{ type: 'data/deleteAll' }, /confirm is missing/],
        [{ type: 'claim/delete', id: 42 }, /id must be a string/],
        [{ type: 'no/such-thing' }, /unknown type/],
        [{ type: 'tab/state', state: { status: 'done' } }, /content script only/],
      ];
      for (const [msg, pattern] of bad) {
        const r = await sendFrom(page, msg);
        assert.equal(r.ok, false, JSON.stringify(msg).slice(0, 120));
        if (!r.ok) assert.match(r.error, pattern);
      }
      const q = await sendFrom(page, { type: 'claims/query', query: {} });
      assert.equal(q.ok && q.value.total, 1);
    });

    test('update, delete with undo, query and delete all', async () => {
      const [claim] = (await sendFrom(page, { type: 'claims/query', query: { text: 'peskov' } }) as { value: { claims: Array<{ id: string; note: string }> } }).value.claims;
      assert.equal(claim.note, 'check TASS');
      const upd = await sendFrom(page, { type: 'claim/update', id: claim.id, patch: { note: 'Kremlin spokesman', userTag: 'organization' } });
      assert.equal(upd.ok && upd.value.claim.userTag, 'organization');
      const del = await sendFrom(page, { type: 'claim/delete', id: claim.id });
      assert.equal(del.ok && del.value.deleted.note, 'Kremlin spokesman');
      assert.equal((await sendFrom(page, { type: 'claims/query', query: {} }) as { value: { total: number } }).value.total, 0);
      assert.equal((await sendFrom(page, { type: 'claim/restore', claim: (del as { value: { deleted: unknown } }).value.deleted })).ok, true);
      const back = await sendFrom(page, { type: 'claims/query', query: { tags: ['organization'] } });
      assert.equal(back.ok && back.value.total, 1);
      assert.deepEqual(await sendFrom(page, { type: 'data/deleteAll', confirm: 'delete-all' }), { ok: true, value: { ok: true } });
      assert.equal((await sendFrom(page, { type: 'claims/query', query: {} }) as { value: { total: number } }).value.total, 0);
    });

    test('activating a page records its state, shows the claim count on the badge, and navigation clears both', async () => {
      const article = await ext.open(server.corpus('readability-bbc-1'));
      const status = await ext.activate(article, { timeout: 60_000 });
      assert.equal(status, 'done');
      const tabId = await ext.tabId(article);
      const state = await waitFor(async () => {
        const r = await sendFrom(page, { type: 'tab/getState', tabId });
        assert.equal(r.ok, true, JSON.stringify(r));
        return r.ok && r.value.state?.status === 'done' ? (r.value.state as { claimCount: number }) : null;
      }, 'the content script reported its state');
      assert.ok(state.claimCount > 0);
      assert.equal(await badgeText(page, tabId), String(state.claimCount));

      // An anchor link keeps the document, its analysis and the badge.
      await article.evaluate(() => {
        location.hash = 'sourcelight-anchor';
      });
      await new Promise((res) => setTimeout(res, 1500));
      const kept = await sendFrom(page, { type: 'tab/getState', tabId });
      assert.equal(kept.ok && kept.value.state?.status, 'done');
      assert.equal(await badgeText(page, tabId), String(state.claimCount));

      // A reload is a new document.
      await article.reload({ waitUntil: 'load' });
      await waitFor(async () => {
        const r = await sendFrom(page, { type: 'tab/getState', tabId });
        return r.ok && r.value.state === null && (await badgeText(page, tabId)) === '' ? true : null;
      }, 'state and badge cleared on reload');

      assert.equal(await ext.activate(article, { timeout: 60_000 }), 'done');
      await waitFor(async () => ((await badgeText(page, tabId)) === String(state.claimCount) ? true : null), 'badge back after re-activation');
      await article.goto(server.corpus('readability-bbc-1') + '?again', { waitUntil: 'load' });
      await waitFor(async () => {
        const r = await sendFrom(page, { type: 'tab/getState', tabId });
        return r.ok && r.value.state === null && (await badgeText(page, tabId)) === '' ? true : null;
      }, 'state and badge cleared on navigation');
      await article.close();
    });

    test('keyboard command next-claim activates the page and opens a claim card', async () => {
      const article = await ext.open(server.corpus('readability-bbc-1'));
      const tabId = await ext.tabId(article);
      const r = await sendFrom(page, { type: 'test/command', command: 'next-claim', tabId });
      assert.deepEqual(r, { ok: true });
      await article.waitForSelector('html[data-sourcelight-test-status="done"]', { timeout: 60_000 });
      await waitFor(() => article.evaluate(() => (document.querySelector('[data-sourcelight-test-card]') ? true : null)), 'a claim card opened');
      await article.close();
    });

    test('"Save selection as claim" saves text the engine missed as a selection claim', async () => {
      const article = await ext.open(server.corpus('readability-bbc-1'));
      const tabId = await ext.tabId(article);
      const text = await article.evaluate(() => {
        const p = [...document.querySelectorAll('p')].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()).find((t) => t.length > 80);
        return p ? p.slice(0, 60).trim() : '';
      });
      assert.ok(text.length > 20);
      assert.deepEqual(await sendFrom(page, { type: 'test/menu', text, tabId }), { ok: true });
      const saved = await waitFor(async () => {
        const q = await sendFrom(page, { type: 'claims/query', query: { text: JSON.stringify(text) } });
        return q.ok && q.value.total > 0 ? (q.value.claims[0] as { origin: string; text: string; site: string }) : null;
      }, 'the selection was saved');
      assert.equal(saved.origin, 'selection');
      assert.equal(saved.text, text);
      assert.equal(saved.site, '127.0.0.1');
      await article.close();
    });

    test('automatic analysis runs on a listed site, and a switched-off site refuses to run', async () => {
      await setSettings(page, { autoAnalyze: true, autoSites: ['127.0.0.1'], disabledSites: [] });
      try {
        const article = await ext.open(server.corpus('readability-bbc-1'));
        // No activate(): the load alone starts the analysis.
        await article.waitForSelector('html[data-sourcelight-test-status]', { timeout: 60_000 });
        await article.close();

        await setSettings(page, { autoAnalyze: true, autoSites: ['127.0.0.1'], disabledSites: ['127.0.0.1'] });
        const off = await ext.open(server.corpus('readability-bbc-1'));
        const tabId = await ext.tabId(off);
        const r = await sendFrom(page, { type: 'tab/activate', tabId });
        assert.equal(r.ok, false);
        if (!r.ok) assert.match(r.error, /switched off on 127\.0\.0\.1/);
        await new Promise((res) => setTimeout(res, 1500));
        assert.equal(await off.evaluate(() => document.documentElement.hasAttribute('data-sourcelight-test-status')), false);
        await off.close();
      } finally {
        await setSettings(page, { autoAnalyze: false, autoSites: [], disabledSites: [] });
      }
    });
  });
}
