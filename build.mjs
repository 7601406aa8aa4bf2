// Builds the extension for Chrome and Firefox from the one base manifest.json,
// plus the CLI and the engine library. `--test` writes dist-test/ with the
// test-only hooks compiled in (`--test --minify`: minified too); `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { gzipSync } from 'node:zlib';
import { mangleOptions } from './build-mangle.mjs';
import { compress } from './build-compress.mjs';
import { lexiconCoding } from './build-lexicon.mjs';

const args = new Set(process.argv.slice(2));
const TEST = args.has('--test');
/** `--test --minify`: the test hooks in minified scripts, as the in-page benchmark wants them (no long compile of a 1 MB script). */
const MINIFY = !TEST || args.has('--minify');
const WATCH = args.has('--watch');
const root = path.dirname(new URL(import.meta.url).pathname);
const outArg = process.argv.find((a) => a.startsWith('--out='));
/** `--out=DIR` lets parallel test runs build into their own folders. */
const out = outArg ? path.resolve(outArg.slice(6)) : path.join(root, TEST ? 'dist-test' : 'dist');

export const GECKO_ID = 'sourcelight@sourcelight.dev';
/** Firefox 140 is the first with data_collection_permissions; CSS Custom Highlights need 140 too. */
const FIREFOX_MIN = '140.0';
/** Test builds may touch the local test server without a user gesture. */
const TEST_HOSTS = ['http://127.0.0.1/*'];

const extensionEntries = {
  background: 'src/background/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
  ...(TEST ? { 'test-bridge': 'src/test-hooks/bridge.ts' } : {}),
};

const common = {
  bundle: true,
  target: ['chrome120', 'firefox140'],
  define: { __TEST__: TEST ? 'true' : 'false', 'process.env.NODE_ENV': '"production"' },
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
};

function manifestFor(base, browser) {
  const m = structuredClone(base);
  if (browser === 'chrome') {
    m.background = { service_worker: 'background.js' };
    m.minimum_chrome_version = '120';
  } else {
    m.background = { scripts: ['background.js'] };
    m.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN, data_collection_permissions: { required: ['none'] } },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  if (TEST) {
    m.name += ' (test build)';
    m.host_permissions = TEST_HOSTS;
    m.content_scripts = [{ matches: TEST_HOSTS, js: ['test-bridge.js'], run_at: 'document_start' }];
  }
  return m;
}

/**
 * The rules content.css gets from src/page/highlight-css.ts: each tag's <mark> rule, and our
 * highlight rules on <p>. The content script adopts the highlight rules on the elements its claims
 * sit in, and a page that replaces its document's adopted sheets would take ours away; these,
 * injected by the background, keep the claims in paragraphs (nearly all of them) painted.
 * Restyling every <p> costs what any new sheet does. `:where(p)` adds no specificity, so the
 * adopted rules (`:is(p)`, in the reader's colours) win wherever both apply, whichever sheet the
 * browser puts later (Firefox puts injected sheets after adopted ones). Written once a build,
 * for both browsers.
 */
async function contentCssRules() {
  const r = await esbuild.build({ entryPoints: [path.join(root, 'src/page/highlight-css.ts')], bundle: true, format: 'esm', write: false, logLevel: 'warning' });
  const { highlightCss, markCss } = await import('data:text/javascript;base64,' + Buffer.from(r.outputFiles[0].text).toString('base64'));
  return `${markCss()}\n${highlightCss(':where(p)', {})}\n`;
}

async function copyStatic(dir, cssRules) {
  await cp(path.join(root, 'extension'), dir, { recursive: true });
  const css = path.join(dir, 'content.css');
  await writeFile(css, (await readFile(css, 'utf8')) + '\n' + cssRules);
  await mkdir(path.join(dir, 'icons'), { recursive: true });
  for (const f of await readdir(path.join(root, 'icons'))) {
    if (f.endsWith('.png')) await cp(path.join(root, 'icons', f), path.join(dir, 'icons', f));
  }
}

async function zipDir(dir, zipPath) {
  const files = {};
  async function walk(d, rel) {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(p, r);
      else files[r] = [new Uint8Array(await readFile(p)), { mtime: new Date('2026-01-01T00:00:00Z') }];
    }
  }
  await walk(dir, '');
  await writeFile(zipPath, zipSync(files, { level: 9 }));
}

/** The in-page cost, as the goal counts it: gzip level 9 of the minified Chrome scripts. */
async function pageScriptSizes(metafiles) {
  const sizes = {};
  for (const file of metafiles.flatMap((m) => Object.keys(m.outputs))) {
    const js = await readFile(path.resolve(file)); // metafile paths are relative to the working directory
    sizes[path.basename(file)] = { raw: js.length, gzip: gzipSync(js, { level: 9 }).length };
  }
  return sizes;
}

async function reportPageScriptSizes(metafiles) {
  const kb = (n) => (n / 1024).toFixed(1);
  const sizes = await pageScriptSizes(metafiles);
  const line = ['content.js', 'card.js', 'anchor.js', 'marks.js', 'reanalyse.js', 'legend.js'].map((f) => `${f} ${kb(sizes[f].gzip)} KB gz (${kb(sizes[f].raw)} KB)`).join(', ');
  console.log(`page scripts (chrome): ${line}; goal content.js < 60 KB gz`);
}

/**
 * Our page CSS is written out readably in template literals (src/page/ui/styles.ts,
 * card-styles.ts, legend-styles.ts): the bundles carry it minified, like the code around it.
 */
const minifyCssStrings = {
  name: 'minify-css-strings',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]page[\\/]ui[\\/](card-|legend-)?styles\.ts$/ }, async (args) => {
      const src = await readFile(args.path, 'utf8');
      let out = '';
      let last = 0;
      // Plain template literals only (no `${}`): the CSS itself.
      for (const m of src.matchAll(/`([^`$\\]*)`/g)) {
        const css = (await esbuild.transform(m[1], { loader: 'css', minify: true, target: common.target })).code.trim();
        out += src.slice(last, m.index) + '`' + css + '`';
        last = m.index + m[0].length;
      }
      return { contents: out + src.slice(last), loader: 'ts' };
    });
  },
};

/** terser's pass over every script esbuild wrote for one browser (build-compress.mjs). */
async function compressScripts(dir) {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.js'));
  await Promise.all(names.map(async (f) => writeFile(path.join(dir, f), await compress(await readFile(path.join(dir, f), 'utf8'), false, f === 'content.js'))));
}

/**
 * V8's explicit compile hint (Chrome 136 and later): the content script is injected when a page is read and runs
 * nearly all of itself at once, so V8 may as well compile every function while it compiles the script, instead of
 * pre-parsing each one and parsing it again at its first call. A paired page A/B (bench/page.bench.ts with
 * SL_BENCH_JS, 38 corpus pages): the content script's own work to all highlights 9 ms less (median; 32 -> 22 ms),
 * less on 38 of 38 pages; injection 6 ms longer; all highlights 3 ms sooner end to end. Firefox knows no such
 * comment: its copy goes without.
 */
const COMPILE_EAGERLY = '//# allFunctionsCalledOnLoad\n';

async function buildBrowser(browser, baseManifest, cssRules) {
  const dir = path.join(out, browser);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await esbuild.build({
    ...common,
    entryPoints: extensionEntries,
    outdir: dir,
    format: 'iife',
    platform: 'browser',
    minify: MINIFY,
    sourcemap: MINIFY ? false : 'inline',
  });
  // The content script runs in every page it is asked to read, so it carries no
  // webextension-polyfill: a small per-browser wrapper of the few APIs it uses.
  // Code most activations never run ships as bundles of its own that the background
  // injects only when a page first needs them (src/page/lazy-script.ts): the claim
  // card (card.js, Preact and the card), re-anchoring saved claims (anchor.js),
  // the <mark> fallback for browsers without CSS Custom Highlights (marks.js) and
  // analysing what a dynamic page adds or changes later (reanalyse.js); the legend
  // (legend.js), drawn on analysed pages once their claims are painted.
  // Internal property names are shortened (build-mangle.mjs), in the test build
  // too so that the end-to-end tests run what ships. The lazy scripts hand objects
  // to content.js, so they are built with its mangle cache: the same short names.
  const pageBuild = {
    ...common,
    ...mangleOptions,
    plugins: [minifyCssStrings, lexiconCoding],
    define: { ...common.define, __BROWSER__: JSON.stringify(browser) },
    alias: { 'webextension-polyfill': path.join(root, 'src/page/browser-shim.ts') },
    outdir: dir,
    format: 'iife',
    platform: 'browser',
    minify: MINIFY,
    sourcemap: MINIFY ? false : 'inline',
    metafile: true,
  };
  const eager = !MINIFY && browser === 'chrome' ? { banner: { js: COMPILE_EAGERLY.trim() } } : {};
  const content = await esbuild.build({ ...pageBuild, ...eager, entryPoints: { content: 'src/page/content.ts' }, mangleCache: {} });
  const lazy = await esbuild.build({
    ...pageBuild,
    entryPoints: { card: 'src/page/ui/card-main.tsx', anchor: 'src/page/anchor-main.ts', marks: 'src/page/marks-main.ts', reanalyse: 'src/page/reanalyse-main.ts', legend: 'src/page/legend-main.ts' },
    mangleCache: content.mangleCache,
  });
  // After terser, which drops comments; an unminified build has it as esbuild's banner, which keeps its source map true.
  if (MINIFY) await compressScripts(dir);
  if (MINIFY && browser === 'chrome') await writeFile(path.join(dir, 'content.js'), COMPILE_EAGERLY + (await readFile(path.join(dir, 'content.js'), 'utf8')));
  if (!TEST && browser === 'chrome') await reportPageScriptSizes([content.metafile, lazy.metafile]);
  await copyStatic(dir, await cssRules);
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifestFor(baseManifest, browser), null, 2));
  await zipDir(dir, path.join(out, `sourcelight-${browser}.zip`));
}

async function buildNode() {
  // The CLI and the engine library run in Node; dependencies stay external (they are installed).
  await esbuild.build({
    ...common,
    entryPoints: { cli: 'src/cli/index.ts' },
    outdir: out,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
  });
  await esbuild.build({
    ...common,
    entryPoints: { index: 'src/index.ts' },
    outdir: out,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
  });
}

async function buildAll() {
  const t0 = performance.now();
  const baseManifest = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  await mkdir(out, { recursive: true });
  const cssRules = contentCssRules();
  await Promise.all([buildBrowser('chrome', baseManifest, cssRules), buildBrowser('firefox', baseManifest, cssRules), TEST ? null : buildNode()]);
  console.log(`built ${path.relative(root, out)}/ (chrome, firefox${TEST ? '' : ', cli.js, index.js, zips'}) in ${Math.round(performance.now() - t0)} ms`);
}

await buildAll();
if (WATCH) {
  const { watch } = await import('node:fs');
  let timer = null;
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(() => buildAll().catch((e) => console.error(e.message)), 100);
  };
  for (const d of ['src', 'extension', 'icons']) watch(path.join(root, d), { recursive: true }, rebuild);
  watch(path.join(root, 'manifest.json'), rebuild);
  console.log('watching src/, extension/, icons/, manifest.json');
}
