/**
 * The options page in real browsers (Chromium and Firefox ESR): it renders,
 * its changes land in storage.local and survive a reload, and "Delete all
 * data" empties the library after a confirmation.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import type { Settings } from '../../src/types/settings';
import { BROWSERS, launch, outputDir, type ExtensionBrowser } from './harness';

/** The bits of the extension API used here (browser.* in Firefox, chrome.* in Chromium). */
type ExtApi = {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};

/** The settings as stored, read inside an extension page. */
async function stored(p: Page): Promise<Partial<Settings>> {
  return p.evaluate(async () => {
    const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
    const api = (g.browser ?? g.chrome)!;
    const got = (await api.storage.local.get('settings')) as { settings?: Partial<Settings> };
    return got.settings ?? {};
  });
}

async function waitStored(p: Page, pred: (s: Partial<Settings>) => boolean, what: string): Promise<Partial<Settings>> {
  const end = Date.now() + 10_000;
  let last: Partial<Settings> = {};
  while (Date.now() < end) {
    last = await stored(p);
    if (pred(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`settings never ${what}: ${JSON.stringify(last)}`);
}

async function message<T>(p: Page, msg: Record<string, unknown>): Promise<T> {
  const reply = (await p.evaluate(async (m) => {
    const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
    return (g.browser ?? g.chrome)!.runtime.sendMessage(m);
  }, msg)) as { ok: boolean; value?: T; error?: string };
  assert.equal(reply.ok, true, `${String(msg.type)}: ${reply.error}`);
  return reply.value as T;
}

for (const name of BROWSERS) {
  describe(`options: ${name}`, () => {
    let ext: ExtensionBrowser;
    before(async () => {
      ext = await launch(name);
    });
    after(async () => {
      await ext?.close();
    });

    test('renders every section, with the shortcuts from the manifest', async () => {
      const page = await ext.openExtensionPage('options.html');
      await page.setViewport({ width: 800, height: 1000 });
      const headings = await page.$$eval('h2', (hs) => hs.map((h) => h.textContent));
      for (const h of ['Automatic analysis', 'Sites where Sourcelight is off', 'Tags and colours', 'Keyboard shortcuts', 'Your data']) {
        assert.ok(headings.includes(h), `missing section ${h}`);
      }
      assert.equal(await page.$$eval('input[name="shown-tag"]', (els) => els.length), 6);
      await page.waitForSelector('.shortcuts');
      const actions = await page.$$eval('.shortcuts tbody td:first-child', (tds) => tds.map((t) => t.textContent));
      assert.ok(actions.includes('Go to the next claim'), actions.join(' | '));
      await page.screenshot({ path: path.join(outputDir('popup'), `${name}-options-light.png`), fullPage: true });
      await page.close();
    });

    test('unticking a tag persists in storage and survives a reload', async () => {
      const page = await ext.openExtensionPage('options.html');
      assert.equal(await page.$eval('input[name="shown-tag"][value="media"]', (el) => (el as HTMLInputElement).checked), true);
      await page.click('input[name="shown-tag"][value="media"]');
      const s = await waitStored(page, (x) => Array.isArray(x.shownTags) && !x.shownTags.includes('media'), 'dropped media');
      assert.deepEqual(s.shownTags, ['named-person', 'organization', 'anonymous', 'document', 'unattributed']);
      await page.close();

      const again = await ext.openExtensionPage('options.html');
      assert.equal(await again.$eval('input[name="shown-tag"][value="media"]', (el) => (el as HTMLInputElement).checked), false);
      assert.equal(await again.$eval('input[name="shown-tag"][value="document"]', (el) => (el as HTMLInputElement).checked), true);
      await again.close();
    });

    test('a tag colour and a switched-off site are saved', async () => {
      const page = await ext.openExtensionPage('options.html');
      await page.$eval('input[type="color"][aria-label="Colour for anonymous"]', (el) => {
        const input = el as HTMLInputElement;
        input.value = '#123456';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await waitStored(page, (x) => x.colors?.anonymous === '#123456', 'saved the colour');

      await page.type('#off-site-input', 'https://www.Example.com/some/page');
      await page.keyboard.press('Enter');
      const s = await waitStored(page, (x) => (x.disabledSites ?? []).length === 1, 'saved the site');
      assert.deepEqual(s.disabledSites, ['example.com']);
      await page.waitForSelector('button[aria-label="Remove example.com"]');
      await page.close();
    });

    test('"Delete all data" asks first, then empties the library', async () => {
      const page = await ext.openExtensionPage('options.html');
      const page1 = { url: 'https://www.example-news.test/a', canonicalUrl: null, title: 'A', publisher: null };
      const claim = {
        text: 'Police said the road would reopen on Monday.',
        anchor: { exact: 'Police said the road would reopen on Monday.', prefix: '', suffix: '' },
        tag: 'organization', source: 'police', cue: 'said', via: null, quote: 'indirect', hedged: false, userTag: null, note: '', origin: 'engine',
      };
      await message(page, { type: 'claim/save', page: page1, claim });
      const before = await message<{ total: number }>(page, { type: 'claims/query', query: {} });
      assert.ok(before.total >= 1);

      await page.click('#delete-all');
      await page.waitForSelector('dialog[open]');
      await page.waitForFunction(() => /saved claim/.test(document.querySelector('#confirm-d')?.textContent ?? ''));
      // Cancel first: nothing happens.
      await page.click('dialog[open] button[type="button"]');
      await page.waitForSelector('dialog:not([open])');
      assert.equal((await message<{ total: number }>(page, { type: 'claims/query', query: {} })).total, before.total);

      await page.click('#delete-all');
      await page.waitForSelector('dialog[open]');
      await page.click('#confirm-delete');
      await page.waitForFunction(() => /were deleted/.test(document.querySelector('.note')?.textContent ?? ''), { timeout: 10_000 });
      assert.equal((await message<{ total: number }>(page, { type: 'claims/query', query: {} })).total, 0);
      await page.close();
    });
  });
}
