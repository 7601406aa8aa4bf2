/**
 * Engine speed and size: analyzeText throughput in words per second over the
 * corpus texts (median of several runs after warm-up), the time of the largest
 * article, the minified+gzipped size of the engine bundle, and compromise's
 * sentence splitting on the same texts, side by side. Then the engine cold, as
 * a page runs it (the content script loads it anew on every page): the shipped
 * bundle imported in fresh processes and run once, with V8 as usual and with
 * --jitless (the interpreter alone, the floor of a page's first run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { shippedEngineBundle } from '../scripts/engine-bundle';
import { analyzeText } from '../src/engine/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(root, '../shared/corpus/news');
const RUNS = 9;
const WARMUP = 3;
const PAIRS = 31;

function loadTexts(): string[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .filter((d) => existsSync(path.join(CORPUS, d, 'expected.txt')))
    .sort()
    .map((d) => readFileSync(path.join(CORPUS, d, 'expected.txt'), 'utf8'));
}

const countWords = (t: string): number => t.match(/\S+/g)?.length ?? 0;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median and best milliseconds of `fn` over all texts, after warm-up. */
function timeAll(texts: string[], fn: (t: string) => unknown, runs = RUNS, warmup = WARMUP): { median: number; best: number } {
  for (let w = 0; w < warmup; w++) for (const t of texts) fn(t);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    times.push(performance.now() - t0);
  }
  return { median: median(times), best: Math.min(...times) };
}

/**
 * Alternating timed passes of `a` and `b` over the texts: median and best of each, and the
 * median of the per-pair time ratios b/a. Each pair shares the machine's load of that moment,
 * so the paired ratio holds still where two separate medians drift apart on a busy machine.
 */
function interleaved(texts: string[], a: (t: string) => unknown, b: (t: string) => unknown): { engine: { median: number; best: number }; split: { median: number; best: number }; ratio: number } {
  for (let w = 0; w < WARMUP; w++) for (const t of texts) { a(t); b(t); }
  const ta: number[] = [];
  const tb: number[] = [];
  // The passes are cheap (about 0.2 s a pair), so more pairs than RUNS buy a steadier ratio.
  for (let r = 0; r < PAIRS; r++) {
    let t0 = performance.now();
    for (const t of texts) a(t);
    ta.push(performance.now() - t0);
    t0 = performance.now();
    for (const t of texts) b(t);
    tb.push(performance.now() - t0);
  }
  return { engine: { median: median(ta), best: Math.min(...ta) }, split: { median: median(tb), best: Math.min(...tb) }, ratio: median(tb.map((t, i) => t / ta[i])) };
}

async function bundleSize(): Promise<{ raw: number; gzip: number; code: string }> {
  const code = await shippedEngineBundle();
  const bytes = Buffer.from(code);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, code };
}

/** Runs in each fresh process: import time, heap allocated by the import, then each text's first analyzeText. */
const COLD_CHILD = `
import { readFileSync } from 'node:fs';
const [engine, ...files] = process.argv.slice(2);
const texts = files.map((f) => readFileSync(f, 'utf8'));
globalThis.gc();
const h0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const { analyzeText } = await import(engine);
const importMs = performance.now() - t0;
const heapKB = (process.memoryUsage().heapUsed - h0) / 1024;
const firstMs = texts.map((t) => { const s = performance.now(); analyzeText(t); return performance.now() - s; });
console.log(JSON.stringify({ importMs, heapKB, firstMs }));
`;

interface Cold {
  importMs: number;
  heapKB: number;
  firstMs: number[];
}

/** Medians over `rounds` fresh processes per mode (modes alternate, so both see the same load). */
function coldRuns(code: string, texts: string[], rounds = 7): Record<'jit' | 'jitless', Cold> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sl-cold-'));
  try {
    writeFileSync(path.join(dir, 'engine.mjs'), code);
    writeFileSync(path.join(dir, 'child.mjs'), COLD_CHILD);
    const files = texts.map((t, k) => {
      const f = path.join(dir, `text${k}.txt`);
      writeFileSync(f, t);
      return f;
    });
    const runs: Record<'jit' | 'jitless', Cold[]> = { jit: [], jitless: [] };
    for (let r = 0; r < rounds; r++) {
      for (const mode of ['jit', 'jitless'] as const) {
        const flags = mode === 'jitless' ? ['--jitless'] : [];
        const out = spawnSync(process.execPath, [...flags, '--expose-gc', path.join(dir, 'child.mjs'), path.join(dir, 'engine.mjs'), ...files], { encoding: 'utf8' });
        if (out.status !== 0) throw new Error(out.stderr);
        runs[mode].push(JSON.parse(out.stdout) as Cold);
      }
    }
    const med = (xs: Cold[]): Cold => ({ importMs: median(xs.map((x) => x.importMs)), heapKB: median(xs.map((x) => x.heapKB)), firstMs: texts.map((_, k) => median(xs.map((x) => x.firstMs[k]))) });
    return { jit: med(runs.jit), jitless: med(runs.jitless) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

export default async function (): Promise<void> {
  const texts = loadTexts();
  if (texts.length === 0) {
    console.log('no corpus texts found at', CORPUS);
    return;
  }
  const words = texts.reduce((n, t) => n + countWords(t), 0);
  const largest = texts.reduce((a, b) => (countWords(b) > countWords(a) ? b : a));
  const largestWords = countWords(largest);

  // Engine and compromise passes alternate, so that both see the same machine load.
  const { engine, split, ratio } = interleaved(texts, (t) => analyzeText(t), (t) => nlp.tokenize(t).document.length);
  const largestMs = timeAll([largest], (t) => analyzeText(t), 31).median;
  // Full parsing is slow: one warm-up and three runs are enough to show the order of magnitude.
  const full = timeAll(texts, (t) => nlp(t).sentences().length, 3, 1);
  const engineMs = engine.median;
  const splitMs = split.median;
  const fullMs = full.median;
  const size = await bundleSize();

  const engineWps = (words / engineMs) * 1000;
  const splitWps = (words / splitMs) * 1000;
  const fullWps = (words / fullMs) * 1000;
  const load = (await import('node:os')).loadavg()[0];
  console.log(`corpus: ${texts.length} texts (expected.txt), ${fmt(words)} words; median of ${PAIRS} runs (engine and compromise alternating) after ${WARMUP} warm-up runs`);
  console.log('');
  console.log('                                          ms/corpus  words/s (median)  1,500 words   words/s (best run)');
  const row = (name: string, t: { median: number; best: number }): string => {
    const wps = (words / t.median) * 1000;
    return `${name.padEnd(40)} ${t.median.toFixed(1).padStart(10)} ${fmt(wps).padStart(17)} ${((1500 / wps) * 1000).toFixed(2).padStart(9)} ms ${fmt((words / t.best) * 1000).padStart(20)}`;
  };
  console.log(row('sourcelight analyzeText (full analysis)', engine));
  console.log(row('compromise nlp.tokenize() (split only)', split));
  console.log(row('compromise nlp(t).sentences()', full));
  console.log('');
  console.log(`ratio: analyzeText is ${ratio.toFixed(2)}x compromise's fastest sentence split (median of ${PAIRS} paired passes; ${(engineWps / splitWps).toFixed(2)}x from the two medians), ${(engineWps / fullWps).toFixed(1)}x nlp().sentences()`);
  console.log(`largest article: ${fmt(largestWords)} words in ${largestMs.toFixed(2)} ms (median of 31)`);
  console.log(`engine bundle (esbuild, minified, esm, internal names shortened as shipped): ${fmt(size.raw)} bytes, ${fmt(size.gzip)} bytes gzipped (${(size.gzip / 1024).toFixed(1)} KB)`);
  // Cold: the three corpus texts nearest 1,500 words, each the first (second, third) call after the import.
  const near = [...texts].sort((a, b) => Math.abs(countWords(a) - 1500) - Math.abs(countWords(b) - 1500)).slice(0, 3);
  const cold = coldRuns(size.code, near);
  console.log('');
  console.log(`cold, as in a page: the shipped bundle in fresh processes (median of 7 each), then analyzeText on texts of ${near.map((t) => fmt(countWords(t))).join(', ')} words in turn`);
  for (const mode of ['jit', 'jitless'] as const) {
    const c = cold[mode];
    console.log(`  ${mode.padEnd(8)} import ${c.importMs.toFixed(1).padStart(5)} ms (${fmt(c.heapKB)} KB heap)   first calls ${c.firstMs.map((ms) => ms.toFixed(1)).join(', ')} ms`);
  }
  console.log(`machine load average while measuring: ${load.toFixed(1)} (${(await import('node:os')).cpus().length} cores)`);
  console.log(`targets: >= 1,000,000 words/s ${engineWps >= 1e6 ? 'met' : 'NOT met'}; >= 5x compromise ${ratio >= 5 ? 'met' : 'NOT met'}; < 40 KB gzipped ${size.gzip < 40 * 1024 ? 'met' : 'NOT met'}`);
}
