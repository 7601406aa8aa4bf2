/**
 * In-page figures from headless Chromium over the corpus pages: time from
 * activation to highlights painted (the first, and all of them), time to the final 'done' status, our
 * longest synchronous step and the longest task the page saw, and, side by
 * side on the same pages, the time `new Readability(document.cloneNode(true)).parse()`
 * takes. Plus the content script's size (release build, gzipped).
 * Painted means in our colours: the highlights registered and our highlight
 * rules applied, whichever comes later ('activation -> our stylesheet
 * applied': when getComputedStyle saw them on the element of a registered
 * range: our rules select only the elements claims sit in).
 * '(longest piece ms) <phase>': the longest work between two points where the
 * content script may yield, per phase (what a slice cannot cut).
 * The figures in parentheses come from the content script: how much of the
 * article text the engine read (100%: one resumable run over the whole text),
 * its slices, its cold first slice and its longest single step (one sentence).
 * The wait before the analysis starts is split ('before:' lines), on the page's
 * clock: activation -> content.js starts to run (the background's round trips,
 * the injection, the script's compile), its evaluation, then the wait for
 * 'content/activate'; the background's own steps are placed on the same
 * timeline through performance.timeOrigin ('(background) ... done at').
 *
 * SL_BENCH_PAGES=n limits the run to the first n corpus pages (default: all);
 * SL_BENCH_IDS=a,b to the pages whose id contains one of these.
 * SL_BENCH_JSON=file writes every page's figures there (to compare two runs
 * page by page).
 * SL_BENCH_PROFILE=dir writes a CPU profile of each page's activation there
 * (<id>.cpuprofile, DevTools format), with the content script's names kept.
 * SL_BENCH_NO_SIZE=1 skips the three release builds that measure the bundles.
 * SL_BENCH_VARIANTS=a,b runs each page once per variant, in alternating order
 * (an A/B under the same load on a shared machine, where two separate runs
 * differ by more than most changes): each run sets <html
 * data-sourcelight-test-variant="a"> before activating, for experiment code in
 * the test build to read (the committed code reads none). The summary is
 * printed per variant, with the page-by-page differences against the first.
 * SL_BENCH_CSS=a=file,b=file: with SL_BENCH_VARIANTS, the stylesheet the
 * background injects (content.css of the test build) is that file while the
 * variant runs (an unpacked extension's files are read at each injection):
 * an A/B of content.css itself.
 * SL_BENCH_JS=a=file,b=file: the same for the content script (content.js of the
 * test build), for an A/B of how it is built.
 * With SL_BENCH_JSON, each step carries `at`, its start in ms after activation:
 * the gaps between steps show where time went to the page, the browser and
 * the task hops.
 */
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { mangleOptions } from '../build-mangle.mjs';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
};
const f = (x: number) => (Number.isFinite(x) ? x.toFixed(0).padStart(5) : '    -');

async function readabilityBundle(root: string): Promise<string> {
  const r = await esbuild.build({
    stdin: { contents: "import { Readability } from '@mozilla/readability'; window.__Readability = Readability;", resolveDir: root },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  return r.outputFiles[0].text;
}

function contentBundleSize(root: string, file = 'content.js'): { raw: number; gzip: number } {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sl-bench-'));
  try {
    const r = spawnSync(process.execPath, ['build.mjs', `--out=${out}`], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    const js = readFileSync(path.join(out, 'chrome', file));
    return { raw: js.length, gzip: gzipSync(js, { level: 9 }).length };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

interface Row {
  id: string;
  variant?: string;
  status: string;
  claims: number;
  paintedMs: number;
  doneMs: number;
  oursMaxMs: number;
  oursMaxPhase: string;
  /** Inside the content script: from 'content/activate' to the first highlights registered. */
  scriptPaintMs: number;
  /** Inside the content script: to every claim painted. */
  scriptCompleteMs: number;
  /** End to end, from the activation: every claim's highlight registered (the next frame paints it). */
  completeMs: number;
  /**
   * The wait before the analysis, ms after the activation on the page's clock: content.js began
   * to run, finished its evaluation, got 'content/activate'; the analysis started. The background's
   * steps (when each ended, ms after the activation: settings read, content script asked, stylesheet
   * and script injected, badge shown, message delivered) are on the same timeline, through the shared
   * clock (performance.timeOrigin).
   */
  before: Record<string, number>;
  longTaskMs: number;
  readabilityMs: number;
  /** Our synchronous time per phase (summed over its steps), ms. */
  phaseMs: Record<string, number>;
  /** Our steps over 50 ms, as "phase ms". */
  longSteps: string[];
  /** Every step of ours, in order (SL_BENCH_JSON only). */
  steps?: Array<{ phase: string; ms: number; at?: number }>;
}

/**
 * Runs in the page (a string: the TS loader's helpers do not exist there):
 * activates through the test bridge and times registration + the next frame.
 */
const ACTIVATE_AND_TIME = `new Promise((resolve) => {
  const root = document.documentElement;
  root.removeAttribute('data-sourcelight-test-status');
  let longTask = 0;
  const t0 = performance.now();
  const origin = performance.timeOrigin;
  const obs = new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.startTime >= t0) longTask = Math.max(longTask, e.duration);
  });
  obs.observe({ type: 'longtask', buffered: true });
  let painted = -1;
  let registered = false;
  let cssMs = -1;
  const reg = CSS.highlights;
  function poll() {
    // Our highlight rules in place: a highlight without them is not painted in our colours.
    // Checked where a highlight of ours is (its first range's element): the rules need not be on :root.
    if (cssMs < 0) {
      for (const [name, h] of reg) {
        if (!name.startsWith('sourcelight-')) continue;
        const r = h.values().next().value;
        const el = r && (r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement);
        if (el && getComputedStyle(el, '::highlight(' + name + ')').backgroundColor !== 'rgba(0, 0, 0, 0)') cssMs = performance.now() - t0;
        break;
      }
    }
    if (!registered && cssMs >= 0 && [...reg.keys()].some((k) => k.startsWith('sourcelight-'))) {
      registered = true;
      // Registered (and styled) in this frame's task: the next frame paints them.
      requestAnimationFrame(() => { painted = performance.now() - t0; });
    }
    const s = root.getAttribute('data-sourcelight-test-status');
    if (s && s !== 'analysing' && (painted >= 0 || s !== 'done')) {
      const done = performance.now() - t0;
      setTimeout(() => { obs.disconnect(); resolve({ status: s, paintedMs: painted, doneMs: done, longTaskMs: longTask, cssMs, t0, origin }); }, 50);
      return;
    }
    if (performance.now() - t0 > 30000) return resolve({ status: 'timeout', paintedMs: -1, doneMs: -1, longTaskMs: longTask, t0, origin });
    requestAnimationFrame(poll);
  }
  window.postMessage({ sourcelightTest: 'activate' }, '*');
  requestAnimationFrame(poll);
})`;

async function measure(page: Page, readability: string, id: string, variant = ''): Promise<Omit<Row, 'id'>> {
  if (variant) await page.evaluate((v) => document.documentElement.setAttribute('data-sourcelight-test-variant', v), variant);
  // Readability first, on a clone, before we touch the page.
  await page.addScriptTag({ content: readability });
  const readabilityMs = await page.evaluate(() => {
    const R = (window as unknown as { __Readability: new (d: Document) => { parse(): unknown } }).__Readability;
    const t0 = performance.now();
    new R(document.cloneNode(true) as Document).parse();
    return performance.now() - t0;
  });
  const profileTo = process.env.SL_BENCH_PROFILE;
  const cdp = profileTo ? await page.createCDPSession() : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const { t0, origin, cssMs, ...result } = (await page.evaluate(ACTIVATE_AND_TIME)) as { status: string; paintedMs: number; doneMs: number; longTaskMs: number; cssMs?: number; t0: number; origin: number };
  if (cdp && profileTo) {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(profileTo, { recursive: true });
    writeFileSync(path.join(profileTo, `${id}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  }
  let claims = 0;
  let oursMaxMs = 0;
  let scriptPaintMs = -1;
  let scriptCompleteMs = -1;
  let completeMs = -1;
  const before: Record<string, number> = {};
  let oursMaxPhase = '-';
  const phaseMs: Record<string, number> = {};
  const longSteps: string[] = [];
  let steps: Row['steps'];
  if (result.status === 'done') {
    for (const [type, seq] of [['content/getState', 'b1'], ['test/timings', 'b2']] as const) {
      await page.evaluate((t, s) => window.postMessage({ sourcelightTest: 'content', command: { type: t }, seq: s }, '*'), type, seq);
      await page.waitForFunction((s) => document.documentElement.getAttribute('data-sourcelight-test-seq') === s, { timeout: 10_000 }, seq);
      const value = JSON.parse((await page.$eval('html', (el) => el.getAttribute('data-sourcelight-test-result'))) ?? 'null');
      if (type === 'content/getState') claims = value?.claims?.length ?? 0;
      else {
        const v = value as {
          steps: Array<{ phase: string; ms: number; at?: number }>;
          phases?: Record<string, number>;
          marks: { start: number; painted: number; complete: number; done: number };
          load?: { scriptStart: number; scriptEnd: number; received: number };
        };
        if (process.env.SL_BENCH_JSON) steps = v.steps.map((st) => ({ phase: st.phase, ms: Math.round(st.ms * 10) / 10, at: st.at === undefined ? undefined : Math.round(st.at * 10) / 10 }));
        const longest = v.steps.reduce((a, b) => (b.ms > a.ms ? b : a), { phase: '-', ms: 0 });
        oursMaxMs = longest.ms;
        oursMaxPhase = longest.phase.replace(/ \d+ chars$/, '');
        for (const st of v.steps) {
          if (!v.phases) {
            const ph = st.phase.replace(/ \d+ chars$/, '');
            phaseMs[ph] = (phaseMs[ph] ?? 0) + st.ms;
          }
          if (st.ms > 50) longSteps.push(`${st.phase} ${st.ms.toFixed(0)}`);
        }
        Object.assign(phaseMs, v.phases ?? {});
        const slices = v.steps.length;
        phaseMs['(slices)'] = slices;
        scriptPaintMs = v.marks.painted - v.marks.start;
        scriptCompleteMs = v.marks.complete - v.marks.start;
        // Highlights registered before our stylesheet came are painted in our colours only once it is there.
        completeMs = Math.max(v.marks.complete - t0, cssMs ?? -1);
        before['stylesheet applied'] = cssMs !== undefined && cssMs >= 0 ? cssMs : NaN;
        const after = (x: number | undefined) => (x !== undefined && x >= 0 ? x - t0 : NaN);
        before['content.js starts'] = after(v.load?.scriptStart);
        before['content.js evaluated'] = after(v.load?.scriptEnd);
        before["'content/activate' received"] = after(v.load?.received);
        before['analysis starts'] = after(v.marks.start);
      }
    }
    // The background's steps: the bridge writes them once test/activate has answered.
    const bg = await page
      .waitForFunction(() => document.documentElement.getAttribute('data-sourcelight-test-bg-marks'), { timeout: 5_000 })
      .then((h) => h.jsonValue() as Promise<string>)
      .catch(() => null);
    for (const [step, at] of Object.entries((bg ? JSON.parse(bg) : {}) as Record<string, number>)) before[`(background) ${step}`] = at - (origin + t0);
  }
  return { ...result, claims, oursMaxMs, oursMaxPhase, scriptPaintMs, scriptCompleteMs, completeMs, before, readabilityMs, phaseMs, longSteps, steps };
}

export default async function (): Promise<void> {
  process.env.SL_TEST_OUT ??= 'dist-test-bench';
  const { buildTestExtension, corpusIds, launch, startServer, ROOT } = await import('../test/e2e/harness');
  if (!process.env.SL_BENCH_NO_SIZE) {
    const size = contentBundleSize(ROOT);
    console.log(`content script (release, chrome): ${(size.raw / 1024).toFixed(1)} KB, ${(size.gzip / 1024).toFixed(1)} KB gzipped (goal < 60 KB)`);
    const legend = contentBundleSize(ROOT, 'legend.js');
    console.log(`legend, legend.js, loaded on analysed pages after their highlights (release, chrome): ${(legend.raw / 1024).toFixed(1)} KB, ${(legend.gzip / 1024).toFixed(1)} KB gzipped`);
    const card = contentBundleSize(ROOT, 'card.js');
    console.log(`claim card, card.js, loaded on first use (release, chrome): ${(card.raw / 1024).toFixed(1)} KB, ${(card.gzip / 1024).toFixed(1)} KB gzipped`);
  }

  const readability = await readabilityBundle(ROOT);
  // The test build, as shipped (minified, internal names shortened with one cache across
  // content.js and its lazy scripts, terser's pass), with the test hooks.
  const dist = buildTestExtension();
  // Profiles read better with the names kept (their speed is the same): content.js once more with
  // local names kept. Its shortened property names come from a fresh cache, so the lazy scripts
  // (card, anchors) may not fit it: profile runs measure the first pass only.
  if (process.env.SL_BENCH_PROFILE) for (const b of ['chrome', 'firefox']) {
    await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: { content: 'src/page/content.ts' },
      outdir: path.join(dist, b),
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: ['chrome120', 'firefox140'],
      define: { __TEST__: 'true', __BROWSER__: JSON.stringify(b), 'process.env.NODE_ENV': '"production"' },
      jsx: 'automatic',
      jsxImportSource: 'preact',
      // One statement a line: the profile's line ticks point at statements.
      minifyWhitespace: false,
      minifySyntax: true,
      minifyIdentifiers: false,
      ...mangleOptions,
      logLevel: 'warning',
      // As build.mjs does: the content script carries a small wrapper instead of webextension-polyfill.
      alias: { 'webextension-polyfill': './src/page/browser-shim.ts' },
    });
  }
  const limit = Number(process.env.SL_BENCH_PAGES ?? 0);
  // SL_BENCH_IDS=a,b: only the corpus pages whose id contains one of these (profiling a few).
  const only = (process.env.SL_BENCH_IDS ?? '').split(',').filter(Boolean);
  const ids = corpusIds()
    .filter((id) => !only.length || only.some((o) => id.includes(o)))
    .slice(0, limit > 0 ? limit : undefined);
  const server = await startServer();
  const ext = await launch('chromium');
  const rows: Row[] = [];
  const variants = (process.env.SL_BENCH_VARIANTS ?? '').split(',').map((v) => v.trim());
  const filesOf = (spec = '') => new Map(spec.split(',').filter(Boolean).map((kv) => kv.split('=') as [string, string]));
  const cssOf = filesOf(process.env.SL_BENCH_CSS);
  const jsOf = filesOf(process.env.SL_BENCH_JS);
  try {
    let turn = 0;
    for (const id of ids) {
      // Each page once per variant, the order alternating from page to page.
      const order = turn++ % 2 ? [...variants].reverse() : variants;
      for (const variant of order) {
        let page: Page | null = null;
        const css = cssOf.get(variant);
        if (css) copyFileSync(css, path.join(dist, 'chrome', 'content.css'));
        const js = jsOf.get(variant);
        if (js) copyFileSync(js, path.join(dist, 'chrome', 'content.js'));
        try {
          page = await ext.open(server.corpus(id));
          rows.push({ id, variant, ...(await measure(page, readability, id, variant)) });
        } catch (e) {
          rows.push({ id, variant, status: 'failed: ' + String(e).slice(0, 80), claims: 0, paintedMs: -1, doneMs: -1, oursMaxMs: 0, oursMaxPhase: '-', scriptPaintMs: -1, scriptCompleteMs: -1, completeMs: -1, before: {}, longTaskMs: 0, readabilityMs: -1, phaseMs: {}, longSteps: [] });
        } finally {
          await page?.close().catch(() => {});
        }
      }
    }
  } finally {
    await ext.close();
    await server.close();
  }

  // SL_BENCH_JSON=file: every page's row, to compare two runs page by page.
  if (process.env.SL_BENCH_JSON) writeFileSync(process.env.SL_BENCH_JSON, JSON.stringify(rows));
  for (const variant of variants) {
    if (variants.length > 1) console.log(`\n-- variant '${variant}'`);
    summarise(rows.filter((r) => r.variant === variant));
  }
  if (variants.length > 1) compareVariants(rows, variants);
}

/** Page-by-page differences of each variant against the first (medians of the per-page differences). */
function compareVariants(rows: Row[], variants: string[]): void {
  const done = (r: Row | undefined): r is Row => !!r && r.status === 'done' && r.paintedMs >= 0;
  console.log(`\n-- page by page, against '${variants[0]}' (median of the differences; negative: faster)`);
  for (const v of variants.slice(1)) {
    const d: Record<string, number[]> = { complete: [], paint: [], painted: [], all: [], start: [], longest: [] };
    let wins = 0;
    for (const a of rows.filter((r) => r.variant === variants[0] && done(r))) {
      const b = rows.find((r) => r.variant === v && r.id === a.id);
      if (!done(b)) continue;
      d.complete.push(b.scriptCompleteMs - a.scriptCompleteMs);
      d.paint.push(b.scriptPaintMs - a.scriptPaintMs);
      d.painted.push(b.paintedMs - a.paintedMs);
      d.all.push(b.completeMs - a.completeMs);
      d.start.push(b.before['analysis starts'] - a.before['analysis starts']);
      d.longest.push(b.oursMaxMs - a.oursMaxMs);
      if (b.scriptCompleteMs < a.scriptCompleteMs) wins++;
    }
    console.log(`  '${v}': pages ${d.complete.length}, faster to all highlights on ${wins}; to all highlights ${f(pct(d.complete, 0.5))} ms, to first ${f(pct(d.paint, 0.5))} ms (in the content script); end to end: first painted ${f(pct(d.painted, 0.5))} ms, all highlights ${f(pct(d.all, 0.5))} ms, analysis starts ${f(pct(d.start, 0.5))} ms; longest step ${f(pct(d.longest, 0.5))} ms`);
  }
}

function summarise(rows: Row[]): void {
  const ok = rows.filter((r) => r.status === 'done' && r.paintedMs >= 0);
  const col = (k: keyof Row) => ok.map((r) => r[k] as number);
  const line = (label: string, xs: number[], unit = ' ms') => console.log(`${label.padEnd(44)} median ${f(pct(xs, 0.5))}  p90 ${f(pct(xs, 0.9))}  worst ${f(Math.max(...xs))}${unit}`);
  console.log(`pages: ${rows.length}, analysed (done): ${ok.length}, not-article: ${rows.filter((r) => r.status === 'not-article').length}, other: ${rows.filter((r) => r.status !== 'done' && r.status !== 'not-article').length}`);
  line('activation -> first highlights painted', col('paintedMs'));
  line('activation -> all highlights (registered)', col('completeMs'));
  line('activation -> done (incl. re-anchoring)', col('doneMs'));
  // The wait before the analysis, split: each moment after the activation, and the spans between.
  const at = (k: string) => ok.map((r) => r.before[k]).filter(Number.isFinite);
  const span = (a: string, b: string) => ok.map((r) => r.before[b] - (a ? r.before[a] : 0)).filter(Number.isFinite);
  line('  before: activation -> content.js starts', span('', 'content.js starts'));
  line('  before: content.js evaluation', span('content.js starts', 'content.js evaluated'));
  line("  before: evaluated -> 'content/activate'", span('content.js evaluated', "'content/activate' received"));
  line('  before: activation -> analysis starts', at('analysis starts'));
  line('  activation -> our stylesheet applied', at('stylesheet applied'));
  for (const k of [...new Set(ok.flatMap((r) => Object.keys(r.before)))].filter((k) => k.startsWith('(background)'))) line(`    ${k} done at`, at(k));
  line('  in the content script: to first highlights', col('scriptPaintMs'));
  line('  in the content script: to all highlights', col('scriptCompleteMs'));
  line('our longest synchronous step', col('oursMaxMs'));
  const phases = new Map<string, number>();
  for (const r of ok) phases.set(r.oursMaxPhase, (phases.get(r.oursMaxPhase) ?? 0) + 1);
  console.log(`  (which step was longest, pages: ${[...phases].sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${n}`).join(', ')})`);
  const allPhases = [...new Set(ok.flatMap((r) => Object.keys(r.phaseMs)))];
  // Figures in parentheses are counts or shares unless they say ms (engine chars read as % of the text, slices...).
  for (const ph of allPhases) line(ph === '(slices)' ? '  slices (tasks) of ours per page (count)' : ph.startsWith('(') ? `  ${ph}` : `  our time in '${ph}' per page (sum of steps)`, ok.map((r) => r.phaseMs[ph] ?? 0), ph.startsWith('(') && !ph.includes('ms') ? '' : ' ms');
  line('  our time in all steps per page', ok.map((r) => Object.entries(r.phaseMs).reduce((a, [k, v]) => (k.startsWith('(') ? a : a + v), 0)));
  // Everything up to the last highlight is in these phases; the time to all highlights that is not ours went to the page, the browser and the task hops.
  const beforeComplete = (k: string) => !k.startsWith('(') && /^(start|status|style|extract|text|colours|warm-up|engine|ranges|paint)/.test(k);
  const ours = (r: Row) => Object.entries(r.phaseMs).reduce((a, [k, v]) => (beforeComplete(k) ? a + v : a), 0);
  line('  to all highlights: our steps', ok.map(ours));
  line('  to all highlights: between our steps', ok.map((r) => r.scriptCompleteMs - ours(r)));
  line('longest task in the page after activation', col('longTaskMs'));
  line('Readability parse (clone), same pages', col('readabilityMs'));
  const firstFaster = ok.filter((r) => r.readabilityMs >= 0 && r.paintedMs <= r.readabilityMs).length;
  const faster = ok.filter((r) => r.readabilityMs >= 0 && r.completeMs >= 0 && r.completeMs <= r.readabilityMs).length;
  const fasterInScript = ok.filter((r) => r.readabilityMs >= 0 && r.scriptCompleteMs <= r.readabilityMs).length;
  console.log(`pages where all our highlights were painted before Readability's parse alone finished: ${faster}/${ok.length} end to end (incl. the toolbar -> background -> inject round trip; first highlights: ${firstFaster}/${ok.length}), ${fasterInScript}/${ok.length} counting the content script's own work`);
  console.log(`pages with a task over 50 ms after activation: ${ok.filter((r) => r.longTaskMs > 50).length}; with a step of ours over 50 ms: ${ok.filter((r) => r.oursMaxMs > 50).length}`);
  console.log(`load average during the run: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores (shared machines inflate every figure)`);
  for (const r of rows.filter((x) => x.status !== "done" && x.status !== "not-article").slice(0, 3)) console.log(`  ${r.id}: ${r.status}`);
  for (const r of ok.filter((x) => x.longSteps.length)) console.log(`  steps over 50 ms: ${r.id.slice(0, 50).padEnd(50)} ${r.longSteps.join(', ')}`);
  const slow = [...ok].sort((a, b) => b.paintedMs - a.paintedMs).slice(0, 5);
  for (const r of slow) console.log(`  slowest: ${r.id.slice(0, 50).padEnd(50)} painted ${f(r.paintedMs)} ms, ${r.claims} claims, readability ${f(r.readabilityMs)} ms`);
}
