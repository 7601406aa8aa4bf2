/**
 * The popup's Library in real browsers (Chromium and Firefox ESR): claims
 * saved through the background, then searched, edited, deleted and restored,
 * exported and re-imported in the popup; screenshots of both tabs in light
 * and dark themes go to test-output/popup/.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page, Target } from 'puppeteer-core';
import type { ClaimDraft, PageInfo } from '../../src/types/records';
import { plainDraft } from '../unit/storage-fixtures';
import { BROWSERS, launch, outputDir, startServer, type ExtensionBrowser, type TestServer } from './harness';

/** A BBC article from readability's test corpus. */
const PAGE = 'readability-bbc-1';

interface Seed {
  page: PageInfo;
  claim: ClaimDraft;
}

const draft = plainDraft;

/** Claims on three pages: two made-up outlets and the served corpus page (so "open" has somewhere to go). */
function seeds(corpusUrl: string, corpusSentences: string[]): Seed[] {
  const syria: PageInfo = { url: 'https://www.example-news.test/world/syria-russia?utm_source=x', canonicalUrl: null, title: 'Russia and the new Syria', publisher: 'Example News' };
  const paris: PageInfo = { url: 'https://journal.example.test/politique/sommet', canonicalUrl: null, title: 'Le sommet', publisher: 'Le Journal' };
  const served: PageInfo = { url: corpusUrl, canonicalUrl: null, title: 'BBC article', publisher: 'BBC' };
  const out: Seed[] = [
    { page: syria, claim: draft('“There are no final decisions on the issue so far,” Peskov told reporters.', { tag: 'named-person', source: 'Dmitry Peskov', sourceMention: 'Peskov', cue: 'told reporters', quote: 'direct' }) },
    { page: syria, claim: draft('Since 2015, Russia has maintained a substantial military presence in Syria.') },
    { page: syria, claim: draft('On Dec. 15, the Financial Times, citing an HTS official, reported that Russia had evacuated at least 400 soldiers from Damascus.', { tag: 'anonymous', source: 'an HTS official', cue: 'citing', via: 'the Financial Times', quote: 'indirect' }) },
    { page: syria, claim: draft('Bogdanov described the discussions with HTS as constructive.', { tag: 'named-person', source: 'Mikhail Bogdanov', sourceMention: 'Bogdanov', cue: 'described ... as', quote: 'indirect' }) },
    { page: paris, claim: draft('L’Élysée a confirmé que le sommet aura lieu mardi.', { tag: 'organization', source: 'l’Élysée', cue: 'a confirmé', quote: 'indirect' }) },
    { page: paris, claim: draft('According to a UN report, 1,200 schools were damaged.', { tag: 'document', source: 'a UN report', cue: 'according to', quote: 'indirect' }) },
  ];
  for (const s of corpusSentences) out.push({ page: served, claim: draft(s) });
  return out;
}

/** The first sentence of the first few long paragraphs of the served page: real text for text fragments. */
async function sentencesOf(page: Page, n: number): Promise<string[]> {
  const texts = await page.$$eval('p', (ps) => ps.map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()));
  return texts
    .filter((t) => t.length > 80)
    .map((t) => (/^.+?[.!?](?=\s|$)/.exec(t)?.[0] ?? t).trim())
    .filter((t) => t.length > 40)
    .slice(0, n);
}

/** Sends 'claim/save' for each seed from an extension page, as a card does from a page. */
async function saveAll(extPage: Page, list: Seed[]): Promise<void> {
  const replies = await extPage.evaluate(async (items: Seed[]) => {
    const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }; chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    const rt = (g.browser ?? g.chrome)!.runtime;
    const out: unknown[] = [];
    for (const it of items) out.push(await rt.sendMessage({ type: 'claim/save', page: it.page, claim: it.claim }));
    return out;
  }, list);
  for (const r of replies as Array<{ ok: boolean; error?: string }>) assert.equal(r.ok, true, `claim/save: ${r.error}`);
}

const count = (p: Page) => p.$eval('.result-count', (el) => (el.textContent ?? '').trim());
async function waitCount(p: Page, expected: string): Promise<void> {
  await p.waitForFunction((e) => document.querySelector('.result-count')?.textContent?.trim() === e, { timeout: 10_000, polling: 50 }, expected).catch(async () => {
    assert.fail(`result count is "${await count(p)}", expected "${expected}"`);
  });
}
const rowTexts = (p: Page) => p.$$eval('.vrow .claim-text', (els) => els.map((e) => (e.textContent ?? '').trim()));

async function setSearch(p: Page, text: string): Promise<void> {
  await p.click('#lib-search', { count: 3 });
  await p.keyboard.press('Backspace');
  if (text) await p.type('#lib-search', text);
}

/** Captures downloads: the Blob handed to URL.createObjectURL, and stops the <a download> click from saving a file. */
async function captureDownloads(p: Page): Promise<void> {
  await p.evaluate(() => {
    const w = window as unknown as { __blobs: Blob[]; __names: string[] };
    w.__blobs = [];
    w.__names = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (b: Blob | MediaSource) => {
      w.__blobs.push(b as Blob);
      return create(b);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      w.__names.push(this.download);
    };
  });
}

async function lastDownload(p: Page): Promise<{ name: string; text: string }> {
  await p.waitForFunction(() => (window as unknown as { __blobs: Blob[] }).__blobs.length > 0, { timeout: 10_000 });
  return p.evaluate(async () => {
    const w = window as unknown as { __blobs: Blob[]; __names: string[] };
    return { name: w.__names[w.__names.length - 1], text: await w.__blobs[w.__blobs.length - 1].text() };
  });
}

/**
 * Lets the browser really save downloads, into a fresh folder: the files a
 * tab saves on its own, with no hook of ours in its page before it runs.
 */
async function saveDownloadsIn(ext: ExtensionBrowser): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sl-downloads-'));
  if (ext.name === 'chromium') {
    const cdp = await ext.browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
  } else {
    // WebDriver BiDi's browser.setDownloadBehavior (Firefox 142+); puppeteer has no method for it yet.
    const bidi = (ext.browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
    await bidi.send('browser.setDownloadBehavior', { downloadBehavior: { type: 'allowed', destinationFolder: dir } });
  }
  return dir;
}

/** The one file saved in `dir`, once the browser has finished writing it (no .part / .crdownload left). */
async function savedFile(dir: string, timeout = 15_000): Promise<{ name: string; text: string }> {
  const end = Date.now() + timeout;
  let last = '';
  for (;;) {
    const names = readdirSync(dir);
    const done = names.filter((n) => !/\.(part|crdownload)$/.test(n) && statSync(path.join(dir, n)).size > 0);
    const key = names.join('|') + done.map((n) => statSync(path.join(dir, n)).size).join('|');
    if (names.length === 1 && done.length === 1 && key === last) return { name: done[0], text: readFileSync(path.join(dir, done[0]), 'utf8') };
    if (Date.now() > end) assert.fail(`no finished download in ${dir}: ${JSON.stringify(names)}`);
    last = key;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** An export of ours without the moment it was made: the rest must be byte for byte the same. */
const undated = (json: string) => json.replace(/^( {2}"exportedAt": )"[^"]*"/m, '$1""');

async function waitFor<T>(fn: () => T | undefined, what: string, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = fn();
    if (v !== undefined) return v;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A page's answer to `fn`, retried while Firefox's BiDi agent is still committing a page it did not navigate. */
async function settled<T>(p: Page, fn: () => Promise<T>): Promise<T> {
  const end = Date.now() + 20_000;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      // A bare "Waiting failed" (no "ms exceeded") is a wait cut short by the page's navigation, not a timeout.
      const transient = /Protocol error|Execution context|Frame detached|context was destroyed|in' should be an object/i.test(String(e)) || (e as Error).message === 'Waiting failed';
      if (!transient || Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

async function snack(p: Page, re: RegExp): Promise<string> {
  const handle = await p.waitForFunction(
    (src) => {
      const t = document.querySelector('.snackbar')?.textContent ?? '';
      return new RegExp(src).test(t) ? t : false;
    },
    { timeout: 15_000, polling: 50 },
    re.source,
  );
  return (await handle.jsonValue()) as string;
}

/** ext.openPopup, tried twice: under heavy load Firefox now and then never finishes opening an extension tab. */
async function openPopup(ext: ExtensionBrowser, forPage?: Page, query?: string): Promise<Page> {
  try {
    return await ext.openPopup(forPage, query);
  } catch (e) {
    console.log(`# ${ext.name}: popup did not open (${e instanceof Error ? e.message : String(e)}); trying again`);
    return ext.openPopup(forPage, query);
  }
}

async function screenshots(p: Page, name: string, browserName: string): Promise<void> {
  const dir = outputDir('popup');
  await p.screenshot({ path: path.join(dir, `${browserName}-${name}-light.png`) });
  if (browserName === 'chromium') {
    await p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await p.screenshot({ path: path.join(dir, `${browserName}-${name}-dark.png`) });
    await p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  }
}

for (const name of BROWSERS) {
  describe(`library: ${name}`, () => {
    let server: TestServer;
    let ext: ExtensionBrowser;
    let article: Page;
    let popup: Page;
    let total = 0;
    let served: string[] = [];

    before(async () => {
      server = await startServer();
      ext = await launch(name);
      article = await ext.open(server.corpus(PAGE));
      served = await sentencesOf(article, 3);
      assert.ok(served.length > 0, 'sentences from the served page');
      const list = seeds(server.corpus(PAGE), served);
      total = list.length;
      const seeder = await ext.openExtensionPage('options.html');
      await saveAll(seeder, list);
      await seeder.close();
    });
    after(async () => {
      await ext?.close();
      await server?.close();
    });

    test('the popup opens on This page; the Library lists every saved claim', async () => {
      popup = await openPopup(ext, article);
      await popup.setViewport({ width: 400, height: 600 });
      assert.equal(await popup.$eval('[role="tab"][aria-selected="true"]', (el) => el.textContent), 'This page');
      // Whatever the analysis says, the This page tab reaches a final view.
      await popup.waitForSelector('#panel-page .page-report, #panel-page .notice', { timeout: 30_000 });
      await screenshots(popup, 'this-page', name);

      await popup.click('#tab-library');
      await popup.waitForSelector('.vrow', { timeout: 10_000 });
      await waitCount(popup, `${total} saved claims`);
      assert.equal(await popup.$eval('#panel-library', (el) => (el as HTMLElement).hidden), false);
      await screenshots(popup, 'library', name);
    });

    test('a page extensions may not script shows why, and nothing else', async () => {
      const other = await ext.openExtensionPage('options.html');
      const tabId = await other.evaluate(async () => {
        type Tabs = { tabs: { getCurrent(): Promise<{ id?: number } | undefined> } };
        const g = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
        return (await (g.browser ?? g.chrome)!.tabs.getCurrent())?.id ?? -1;
      });
      assert.ok(tabId > 0);
      const p = await openPopup(ext, undefined, `tab=${tabId}`);
      await p.waitForSelector('#panel-page .notice', { timeout: 20_000 });
      assert.match(await p.$eval('#panel-page .notice', (el) => el.textContent ?? ''), /can't run on this page/);
      await p.close();
      await other.close();
      await popup.bringToFront();
    });

    test('search is case- and accent-insensitive and covers the source', async () => {
      await setSearch(popup, 'elysee');
      await waitCount(popup, `1 of ${total} saved claims`);
      assert.match((await rowTexts(popup))[0], /L’Élysée a confirmé/);
      await setSearch(popup, 'DMITRY');
      await waitCount(popup, `1 of ${total} saved claims`);
      assert.match((await rowTexts(popup))[0], /Peskov told reporters/);
      await setSearch(popup, '');
      await waitCount(popup, `${total} saved claims`);
    });

    test('keyboard: arrow keys move between claims, "/" jumps to the search box', async () => {
      await setSearch(popup, '');
      await waitCount(popup, `${total} saved claims`);
      await popup.focus('.vrow[data-row="0"] a.claim-text');
      const focusedRow = () => popup.evaluate(() => document.activeElement?.closest('[data-row]')?.getAttribute('data-row') ?? null);
      await popup.keyboard.press('ArrowDown');
      await popup.waitForFunction(() => document.activeElement?.closest('[data-row]')?.getAttribute('data-row') === '1', { timeout: 10_000, polling: 50 });
      await popup.keyboard.press('ArrowDown');
      await popup.waitForFunction(() => document.activeElement?.closest('[data-row]')?.getAttribute('data-row') === '2', { timeout: 10_000, polling: 50 });
      await popup.keyboard.press('ArrowUp');
      await popup.waitForFunction(() => document.activeElement?.closest('[data-row]')?.getAttribute('data-row') === '1', { timeout: 10_000, polling: 50 });
      assert.equal(await focusedRow(), '1');
      await popup.keyboard.press('/');
      assert.equal(await popup.evaluate(() => document.activeElement?.id), 'lib-search');
    });

    test('a note edited inline is saved to the library', async () => {
      await setSearch(popup, 'bogdanov');
      await waitCount(popup, `1 of ${total} saved claims`);
      await popup.click('.vrow [data-action="edit"]');
      await popup.waitForSelector('.edit-form textarea');
      await popup.type('.edit-form textarea', 'Check the Kremlin readout');
      await popup.select('.edit-form select', 'organization');
      await popup.click('.edit-form button[type="submit"]');
      await snack(popup, /Changes saved/);
      await popup.waitForFunction(() => document.querySelector('.vrow .row-note')?.textContent?.includes('Check the Kremlin readout'), { timeout: 5_000 });
      assert.equal(await popup.$eval('.vrow .chip', (el) => el.textContent), 'organization');

      // The background reads it back from IndexedDB.
      const stored = await popup.evaluate(async () => {
        type Rt = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        const g = globalThis as unknown as { browser?: Rt; chrome?: Rt };
        return (g.browser ?? g.chrome)!.runtime.sendMessage({ type: 'claims/query', query: { text: 'kremlin readout' } });
      });
      const value = (stored as { ok: boolean; value: { claims: Array<{ note: string; userTag: string | null; source: string }> } }).value;
      assert.equal(value.claims.length, 1);
      assert.equal(value.claims[0].note, 'Check the Kremlin readout');
      assert.equal(value.claims[0].userTag, 'organization');
      assert.equal(value.claims[0].source, 'Mikhail Bogdanov');
    });

    test('delete, then Undo, brings the same claim back', async () => {
      await setSearch(popup, '');
      await waitCount(popup, `${total} saved claims`);
      const first = (await rowTexts(popup))[0];
      await popup.click('.vrow [data-action="delete"]');
      await waitCount(popup, `${total - 1} saved claims`);
      assert.ok(!(await rowTexts(popup)).includes(first));
      await snack(popup, /Claim deleted/);
      await popup.click('.snackbar-undo');
      await snack(popup, /Claim restored/);
      await waitCount(popup, `${total} saved claims`);
      assert.equal((await rowTexts(popup))[0], first);
    });

    test('clicking a claim opens its page at the claim (text fragment)', async () => {
      await setSearch(popup, `"${served[0].split(' ').slice(0, 4).join(' ')}"`);
      await popup.waitForFunction(() => document.querySelectorAll('.vrow').length >= 1);
      const pageUrl = server.corpus(PAGE);
      // Not the article's own tab, which has the same address (closing it would break later tests).
      const opened = ext.browser.waitForTarget((t) => t !== article.target() && t.url().startsWith(pageUrl), { timeout: 15_000 });
      await popup.click('.vrow a.claim-text');
      const target = await opened;
      assert.ok(target.url().startsWith(pageUrl));
      // The new tab is in front now; a hidden tab runs no animation frames, which Preact's effects wait for.
      await (await target.page())?.close();
      await popup.bringToFront();
      await setSearch(popup, '');
    });

    test('export our JSON and import it again: nothing is duplicated; other files are refused', async () => {
      await setSearch(popup, '');
      await waitCount(popup, `${total} saved claims`);
      await captureDownloads(popup);
      await popup.click('[data-action="export-all"]');
      const file = await lastDownload(popup);
      assert.match(file.name, /^sourcelight-\d{4}-\d{2}-\d{2}\.json$/);
      const parsed = JSON.parse(file.text) as { format: string; claims: Array<{ note: string }> };
      assert.equal(parsed.format, 'sourcelight-export');
      assert.equal(parsed.claims.length, total);
      assert.ok(parsed.claims.some((c) => c.note === 'Check the Kremlin readout'));

      const dir = outputDir(`popup/${name}`);
      const jsonPath = path.join(dir, 'export.json');
      writeFileSync(jsonPath, file.text);
      const input = await popup.$('input#import-file[type="file"]');
      await input!.uploadFile(jsonPath);
      const result = await snack(popup, /added/);
      assert.match(result, /0 added, 0 updated, \d+ already in your library/);
      await waitCount(popup, `${total} saved claims`);

      const csvPath = path.join(dir, 'claims.csv');
      writeFileSync(csvPath, 'text,tag,source\n"Police said",organization,police\n');
      await popup.evaluate(() => {
        (document.querySelector('#import-file') as HTMLInputElement).value = '';
      });
      await (await popup.$('input#import-file[type="file"]'))!.uploadFile(csvPath);
      const refused = await snack(popup, /not imported/);
      assert.match(refused, /claims\.csv was not imported: .*CSV.*Nothing was changed/);
      await waitCount(popup, `${total} saved claims`);
    });

    test('the filtered claims export as CSV, Markdown and Web Annotation', async () => {
      await setSearch(popup, 'peskov');
      await waitCount(popup, `1 of ${total} saved claims`);
      const formats: Array<[string, RegExp, RegExp]> = [
        ['csv', /\.csv$/, /Peskov told reporters/],
        ['markdown', /\.md$/, /^# /],
        ['jsonld', /\.jsonld$/, /TextQuoteSelector/],
      ];
      for (const [format, nameRe, bodyRe] of formats) {
        await popup.select('#export-format', format);
        await captureDownloads(popup);
        await popup.click('[data-action="export-shown"]');
        const f = await lastDownload(popup);
        assert.match(f.name, nameRe);
        assert.match(f.text, bodyRe);
        assert.doesNotMatch(f.text, /Bogdanov/, `${format}: only the filtered claim`);
      }
      await setSearch(popup, '');
    });

    test('the Library opened in a tab to export saves the file there, once, and says so', async () => {
      // The same export made in place, to compare bytes with.
      await setSearch(popup, '');
      await waitCount(popup, `${total} saved claims`);
      await popup.select('#export-format', 'json');
      await captureDownloads(popup);
      await popup.click('[data-action="export-all"]');
      const inPlace = await lastDownload(popup);

      const dir = await saveDownloadsIn(ext);
      const tab = await openPopup(ext, undefined, 'view=library&export=json');
      try {
        const said = await settled(tab, () => snack(tab, /Exported/));
        const file = await savedFile(dir);
        assert.match(said, new RegExp(`Exported ${total} claims as ${file.name.replace(/\./g, '\\.')}\\.`));
        assert.match(file.name, /^sourcelight-\d{4}-\d{2}-\d{2}\.json$/);
        assert.notEqual(undated(file.text), file.text, 'the export is dated');
        assert.equal(undated(file.text), undated(inPlace.text), 'the same bytes as an export from the popup');
        assert.ok(await tab.$('#export-hint'), 'the tab says why it is a tab');
        // Reloading the tab must not save the file again.
        assert.equal(await tab.evaluate(() => location.search), '?view=library');
      } finally {
        await tab.close();
        rmSync(dir, { recursive: true, force: true });
      }

      // "Export N shown" sends its filters along: the tab shows and exports the same claims.
      const csvDir = await saveDownloadsIn(ext);
      const shown = await openPopup(ext, undefined, 'view=library&export=csv&q=peskov');
      try {
        await settled(shown, () => snack(shown, /Exported 1 claim as sourcelight-.*\.csv/));
        const csv = await savedFile(csvDir);
        assert.match(csv.text, /Peskov told reporters/);
        assert.doesNotMatch(csv.text, /Bogdanov/);
        assert.equal(await shown.$eval('#lib-search', (el) => (el as HTMLInputElement).value), 'peskov');
      } finally {
        await shown.close();
        rmSync(csvDir, { recursive: true, force: true });
        await popup.bringToFront();
      }
    });

    test(`the toolbar popup's Export: ${name === 'firefox' ? 'opens the Library in a tab, which saves the file' : 'saves the file in place'}`, async () => {
      const p = await openPopup(ext, article);
      const dir = await saveDownloadsIn(ext);
      try {
        // What the toolbar popup sees, unlike popup.html opened in a tab: tabs.getCurrent() finds no tab.
        await p.evaluate(() => {
          type Tabs = { tabs: { getCurrent(): Promise<unknown> } };
          const g = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
          (g.browser ?? g.chrome)!.tabs.getCurrent = async () => undefined;
        });
        await p.click('#tab-library');
        await waitCount(p, `${total} saved claims`);
        await captureDownloads(p);
        // Firefox reports an extension's new tab as about:blank to the test: take the next new page, then ask it.
        const opened: Target[] = [];
        const onTarget = (t: Target) => void (t.type() === 'page' && opened.push(t));
        ext.browser.on('targetcreated', onTarget);
        try {
          await p.click('[data-action="export-all"]');
          if (name === 'firefox') {
            const target = await waitFor(() => opened[0], 'a new tab');
            const tab = (await target.page())!;
            try {
              await settled(tab, () => snack(tab, new RegExp(`Exported ${total} claims as sourcelight-`)));
              assert.match(await tab.evaluate(() => location.href), /\/popup\.html\?view=library$/);
              assert.ok(await tab.$('#export-hint'), 'opened to export');
              const file = await savedFile(dir);
              const parsed = JSON.parse(file.text) as { format: string; claims: unknown[] };
              assert.equal(parsed.format, 'sourcelight-export');
              assert.equal(parsed.claims.length, total);
              assert.equal(await p.evaluate(() => (window as unknown as { __blobs: Blob[] }).__blobs.length), 0, 'nothing saved from the popup');
            } finally {
              await tab.close();
            }
          } else {
            const file = await lastDownload(p);
            assert.equal((JSON.parse(file.text) as { claims: unknown[] }).claims.length, total);
            await snack(p, new RegExp(`Exported ${total} claims as sourcelight-`));
            assert.equal(opened.length, 0, 'no tab opened');
          }
        } finally {
          ext.browser.off('targetcreated', onTarget);
        }
      } finally {
        await p.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
