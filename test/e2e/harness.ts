/**
 * End-to-end harness: builds the test variant of the extension, serves test
 * pages on 127.0.0.1, and drives Debian's headless Chromium and Firefox ESR with
 * the extension loaded (recipe: ../shared/docs/browser-testing.md).
 *
 * The test build (build.mjs --test) adds a content script on 127.0.0.1 only
 * (src/test-hooks/bridge.ts) so a test can do what a user does with the
 * toolbar button: `ext.activate(page)`.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS = path.resolve(ROOT, '../shared/corpus/news');
export const FIXTURES = path.join(ROOT, 'test/e2e/fixtures');
export const OUTPUT = path.join(ROOT, 'test-output');

const GECKO_ID = 'sourcelight@sourcelight.dev';
const FIREFOX_UUID = '5f1c0a4e-9b2d-4c3e-8a71-2d6b0e4f9a10';
const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium';
const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The ids of every corpus page (folders with a page.html). */
export function corpusIds(): string[] {
  const index = JSON.parse(readFileSync(path.join(CORPUS, 'index.json'), 'utf8')) as { entries: Array<{ id: string }> };
  return index.entries.map((e) => e.id).filter((id) => existsSync(path.join(CORPUS, id, 'page.html')));
}

let built: string | null = null;
/** Builds the test variant (minified) once per process, into $SL_TEST_OUT or dist-test/. */
export function buildTestExtension(): string {
  if (built) return built;
  const out = path.resolve(ROOT, process.env.SL_TEST_OUT ?? 'dist-test');
  // Minified, as it ships (esbuild, mangled names, terser's pass): the tests run what users get.
  const r = spawnSync(process.execPath, ['build.mjs', '--test', '--minify', `--out=${out}`], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`test build failed:\n${r.stdout}\n${r.stderr}`);
  built = out;
  return out;
}

export interface TestServer {
  origin: string;
  /** URL of a corpus page by id; `strictCsp`: served with a policy that allows no inline style or script. */
  corpus(id: string, strictCsp?: boolean): string;
  /** URL of a file under test/e2e/fixtures/. */
  fixture(name: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves /corpus/<id>/... and /fixtures/... on 127.0.0.1 (a random free port). Nothing else. */
export async function startServer(): Promise<TestServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    let file: string | null = null;
    if (pathname.startsWith('/corpus/')) file = path.join(CORPUS, pathname.slice('/corpus/'.length));
    else if (pathname.startsWith('/fixtures/')) file = path.join(FIXTURES, pathname.slice('/fixtures/'.length));
    const base = file && (file.startsWith(CORPUS + path.sep) ? CORPUS : FIXTURES);
    if (!file || !base || !path.resolve(file).startsWith(base + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      // Pages ask for their own images, scripts and fonts: a fast 404 keeps them from stalling.
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // No charset for HTML: the browser reads the page's own <meta charset>, as from the publisher.
    // The CSP keeps the pages off the (closed) network: their third-party scripts, fonts and
    // images would otherwise stall the load event. Inline scripts still run, as on the real site.
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'content-security-policy': url.searchParams.has('strict-csp') ? "default-src 'self'" : "default-src 'self' 'unsafe-inline' data: blob:",
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    corpus: (id, strictCsp = false) => `${origin}/corpus/${id}/page.html${strictCsp ? '?strict-csp' : ''}`,
    fixture: (name) => `${origin}/fixtures/${name}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ */
  base: string;
  newPage(): Promise<Page>;
  /** Opens a URL and waits until the test bridge has run (the extension is present). */
  open(url: string, page?: Page): Promise<Page>;
  /** What the toolbar button does; waits for the content script to report a final status. */
  activate(page: Page, opts?: { timeout?: number }): Promise<string>;
  /** The browser's tab id of a page opened with open(). */
  tabId(page: Page): Promise<number>;
  /** Opens popup.html?tab=<tab of `forPage`> in a tab and waits for [data-ready="1"]. */
  openPopup(forPage?: Page, query?: string): Promise<Page>;
  /** Opens any extension page (e.g. 'options.html') and waits for [data-ready="1"]. */
  openExtensionPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches a headless browser with the test build of the extension installed. */
export async function launch(name: BrowserName): Promise<ExtensionBrowser> {
  const dist = buildTestExtension();
  let browser: Browser;
  let base: string;
  let profileDir: string | null = null;
  if (name === 'chromium') {
    profileDir = await mkdtemp(path.join(os.tmpdir(), 'sl-chromium-'));
    browser = await puppeteer.launch({
      executablePath: CHROMIUM_BIN,
      headless: true,
      pipe: true,
      enableExtensions: true,
      args: [...CHROMIUM_FLAGS, `--user-data-dir=${profileDir}`],
    });
    const id = await browser.installExtension(path.join(dist, 'chrome'));
    base = `chrome-extension://${id}/`;
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_BIN,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        // Keep Firefox off the (closed) network.
        'app.update.enabled': false,
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
      },
    });
    await browser.installExtension(path.join(dist, 'firefox'));
    base = `moz-extension://${FIREFOX_UUID}/`;
  }

  async function waitReady(page: Page, nav: Promise<unknown>): Promise<Page> {
    // Firefox never fires load events for extension pages opened over BiDi (browser-testing.md §5).
    if (name === 'chromium') await nav;
    else nav.catch(() => {});
    // Firefox's BiDi agent can fail an evaluation while the page is still committing
    // ("right-hand side of 'in' should be an object, got null"): retry those, never a timeout.
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        await page.waitForSelector('[data-ready="1"]', { timeout: Math.max(1_000, deadline - Date.now()) });
        return page;
      } catch (e) {
        const transient = /Protocol error|Execution context|Frame detached|context was destroyed/i.test(causeChain(e));
        if (!transient || Date.now() > deadline) throw e;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  const ext: ExtensionBrowser = {
    name,
    browser,
    base,
    newPage: () => browser.newPage(),
    async open(url, page) {
      const p = page ?? (await browser.newPage());
      try {
        await p.goto(url, { waitUntil: 'load', timeout: 30_000 });
        await p.waitForSelector('html[data-sourcelight-test-tab]', { timeout: 15_000 });
      } catch (e) {
        // A tab opened here that never loaded is closed, not left running: a corpus page whose own scripts spin
        // (aeb-65408257…) would otherwise take a core, and a gigabyte, from every page measured after it.
        if (!page) await p.close().catch(() => undefined);
        throw e;
      }
      return p;
    },
    async tabId(page) {
      await page.waitForSelector('html[data-sourcelight-test-tab]', { timeout: 15_000 });
      return Number(await page.$eval('html', (el) => el.getAttribute('data-sourcelight-test-tab')));
    },
    async activate(page, opts) {
      await page.evaluate(() => {
        document.documentElement.removeAttribute('data-sourcelight-test-status');
        window.postMessage({ sourcelightTest: 'activate' }, '*');
      });
      const handle = await page.waitForFunction(
        () => {
          const s = document.documentElement.getAttribute('data-sourcelight-test-status');
          const err = document.documentElement.getAttribute('data-sourcelight-test-error');
          if (err) return 'bridge-error: ' + err;
          return s && s !== 'analysing' ? s : false;
        },
        { timeout: opts?.timeout ?? 30_000, polling: 50 },
      );
      return (await handle.jsonValue()) as string;
    },
    async openPopup(forPage, query = '') {
      const tab = forPage ? await ext.tabId(forPage) : null;
      const params = [tab !== null ? `tab=${tab}` : '', query].filter(Boolean).join('&');
      const page = await browser.newPage();
      return waitReady(page, page.goto(`${base}popup.html${params ? '?' + params : ''}`));
    },
    async openExtensionPage(file) {
      const page = await browser.newPage();
      return waitReady(page, page.goto(base + file));
    },
    async close() {
      await browser.close().catch(() => {});
      if (profileDir) await rm(profileDir, { recursive: true, force: true }).catch(() => {});
    },
  };
  return ext;
}

/** The messages of an error and of every error in its `cause` chain. */
function causeChain(e: unknown): string {
  const parts: string[] = [];
  for (let c: unknown = e; c && parts.length < 10; c = (c as { cause?: unknown }).cause) parts.push(String(c));
  return parts.join(' <- ');
}

/** Where tests put screenshots and reports (gitignored). */
export function outputDir(sub = ''): string {
  const d = path.join(OUTPUT, sub);
  mkdirSync(d, { recursive: true });
  return d;
}

/**
 * Every text of every claim we painted (saved and focus aside), checked for our tint and line where
 * it sits: our rules select only the elements claims sit in, so a text in an element they miss
 * would be painted in no colour. Returns how many texts were checked and those without colours.
 */
export function claimColours(page: Page): Promise<{ texts: number; uncoloured: string[] }> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const uncoloured: string[] = [];
    let texts = 0;
    for (const [name, h] of reg) {
      if (!name.startsWith('sourcelight-') || name === 'sourcelight-saved' || name === 'sourcelight-focus') continue;
      for (const range of h) {
        const c = range.commonAncestorContainer;
        const walk = document.createTreeWalker(c.nodeType === 3 ? c.parentNode! : c, NodeFilter.SHOW_TEXT);
        for (let t = walk.nextNode(); t; t = walk.nextNode()) {
          if (!range.intersectsNode(t) || !t.textContent!.trim()) continue;
          texts++;
          const el = t.parentElement!;
          const st = getComputedStyle(el, `::highlight(${name})`);
          if (st.textDecorationLine === 'none' || st.backgroundColor === 'rgba(0, 0, 0, 0)') uncoloured.push(`${name} in <${el.localName}>: ${t.textContent!.trim().slice(0, 60)}`);
        }
      }
    }
    return { texts, uncoloured };
  });
}
