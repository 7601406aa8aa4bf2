/**
 * Extraction quality over ../shared/corpus/news: word-level precision, recall
 * and F1 of our article text against each page's expected text, the share of
 * pages where an article is found, and the same figures for Mozilla
 * Readability on the same pages. Snippet checks for pages that only have
 * must-contain / must-not-contain strings.
 *
 *   node --import tsx scripts/eval-extract.ts [--pages] [--worst N] [--json]
 *   node --import tsx scripts/eval-extract.ts --browser [--every N]
 *
 * --browser runs the same extraction code inside headless Chromium (page
 * scripts off, no network) on the corpus pages and checks that it finds the
 * same text as linkedom, that every sentence-sized range maps back through a
 * real DOM Range, and that the document is left unchanged.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { decodeBytes } from '../src/cli/decode';
import { parseDocument } from '../src/extract/analyze-html';
import { articleText, extractArticle } from '../src/extract/index';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CORPUS = path.resolve(here, '../../shared/corpus/news');

export interface PageScore {
  id: string;
  prefix: string;
  isArticle: boolean;
  /** Word-level scores vs the expected text; null when the page has none. */
  ours: Prf | null;
  readability: Prf | null;
  readabilityFound: boolean;
  /** Snippet checks (trafilatura "with"/"without", goose3 text prefix). */
  snippets: { withHit: number; withTotal: number; withoutHit: number; withoutTotal: number } | null;
  snippetsReadability: { withHit: number; withTotal: number; withoutHit: number; withoutTotal: number } | null;
}

export interface Prf {
  p: number;
  r: number;
  f: number;
}

export function words(s: string): string[] {
  return s.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function prf(got: string, want: string): Prf {
  const g = words(got);
  const w = words(want);
  const counts = new Map<string, number>();
  for (const x of w) counts.set(x, (counts.get(x) ?? 0) + 1);
  let common = 0;
  for (const x of g) {
    const n = counts.get(x) ?? 0;
    if (n > 0) {
      common++;
      counts.set(x, n - 1);
    }
  }
  const p = g.length ? common / g.length : 0;
  const r = w.length ? common / w.length : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim().toLowerCase();

function snippetScore(text: string, withs: string[], withouts: string[]) {
  const t = norm(text);
  return {
    withHit: withs.filter((s) => t.includes(norm(s))).length,
    withTotal: withs.length,
    withoutHit: withouts.filter((s) => !t.includes(norm(s))).length,
    withoutTotal: withouts.length,
  };
}

function expectedText(dir: string): string | null {
  const txt = path.join(dir, 'expected.txt');
  if (existsSync(txt)) return readFileSync(txt, 'utf8');
  const html = path.join(dir, 'expected.html');
  if (existsSync(html)) return (parseDocument(readFileSync(html, 'utf8')).body?.textContent ?? '').trim();
  return null;
}

function expectedSnippets(dir: string): { with: string[]; without: string[] } | null {
  const f = path.join(dir, 'expected.json');
  if (!existsSync(f)) return null;
  const j = JSON.parse(readFileSync(f, 'utf8')) as { with?: string[]; without?: string[]; expected?: { cleaned_text?: string } };
  const withs = [...(j.with ?? [])];
  if (j.expected?.cleaned_text) withs.push(j.expected.cleaned_text.trim());
  const withouts = j.without ?? [];
  return withs.length || withouts.length ? { with: withs, without: withouts } : null;
}

export function pageIds(): string[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(CORPUS, d.name, 'page.html')))
    .map((d) => d.name)
    .sort();
}

export function readPage(id: string): string {
  return decodeBytes(readFileSync(path.join(CORPUS, id, 'page.html')), true);
}

export function ourText(html: string, url?: string | null): { text: string; isArticle: boolean } {
  const doc = parseDocument(html);
  const a = extractArticle(doc, { url: url ?? null });
  return { text: articleText(a).text, isArticle: a.isArticle };
}

export function readabilityText(html: string): string | null {
  try {
    const r = new Readability(parseDocument(html)).parse();
    return r?.textContent ?? null;
  } catch {
    return null;
  }
}

export function scorePage(id: string, opts: { readability?: boolean } = {}): PageScore {
  const dir = path.join(CORPUS, id);
  const html = readPage(id);
  const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as { url?: string | null };
  const ours = ourText(html, meta.url);
  const rd = opts.readability === false ? null : readabilityText(html);
  const want = expectedText(dir);
  const snip = expectedSnippets(dir);
  return {
    id,
    prefix: id.replace(/-.*/, ''),
    isArticle: ours.isArticle,
    ours: want ? prf(ours.text, want) : null,
    readability: want ? prf(rd ?? '', want) : null,
    readabilityFound: !!rd && rd.trim().length > 200,
    snippets: snip ? snippetScore(ours.text, snip.with, snip.without) : null,
    snippetsReadability: snip ? snippetScore(rd ?? '', snip.with, snip.without) : null,
  };
}

export interface Summary {
  pages: number;
  withExpected: number;
  meanF1: number;
  meanP: number;
  meanR: number;
  shareF1ge08: number;
  articleFound: number;
  rdMeanF1: number;
  rdShareF1ge08: number;
  rdFound: number;
  snippetWith: number;
  snippetWithout: number;
  rdSnippetWith: number;
  rdSnippetWithout: number;
}

export function summarize(rows: PageScore[]): Summary {
  const scored = rows.filter((r) => r.ours);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const sn = rows.filter((r) => r.snippets);
  const ratio = (a: number, b: number) => (b ? a / b : NaN);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    pages: rows.length,
    withExpected: scored.length,
    meanF1: mean(scored.map((r) => r.ours!.f)),
    meanP: mean(scored.map((r) => r.ours!.p)),
    meanR: mean(scored.map((r) => r.ours!.r)),
    shareF1ge08: ratio(scored.filter((r) => r.ours!.f >= 0.8).length, scored.length),
    articleFound: ratio(rows.filter((r) => r.isArticle).length, rows.length),
    rdMeanF1: mean(scored.map((r) => r.readability!.f)),
    rdShareF1ge08: ratio(scored.filter((r) => r.readability!.f >= 0.8).length, scored.length),
    rdFound: ratio(rows.filter((r) => r.readabilityFound).length, rows.length),
    snippetWith: ratio(sum(sn.map((r) => r.snippets!.withHit)), sum(sn.map((r) => r.snippets!.withTotal))),
    snippetWithout: ratio(sum(sn.map((r) => r.snippets!.withoutHit)), sum(sn.map((r) => r.snippets!.withoutTotal))),
    rdSnippetWith: ratio(sum(sn.map((r) => r.snippetsReadability!.withHit)), sum(sn.map((r) => r.snippetsReadability!.withTotal))),
    rdSnippetWithout: ratio(
      sum(sn.map((r) => r.snippetsReadability!.withoutHit)),
      sum(sn.map((r) => r.snippetsReadability!.withoutTotal)),
    ),
  };
}

function fmt(x: number, pct = false): string {
  if (Number.isNaN(x)) return '-';
  return pct ? `${(x * 100).toFixed(0)}%` : x.toFixed(3);
}

function printTable(rows: PageScore[]): void {
  const groups = new Map<string, PageScore[]>();
  for (const r of rows) groups.set(r.prefix, [...(groups.get(r.prefix) ?? []), r]);
  const lines: string[][] = [
    ['source', 'pages', 'w/text', 'F1', 'P', 'R', 'F1>=.8', 'found', '| RD F1', 'RD F1>=.8', 'RD found', '| with', 'without', '| RD with', 'RD without'],
  ];
  const line = (name: string, rs: PageScore[]) => {
    const s = summarize(rs);
    lines.push([
      name, String(s.pages), String(s.withExpected), fmt(s.meanF1), fmt(s.meanP), fmt(s.meanR), fmt(s.shareF1ge08, true), fmt(s.articleFound, true),
      '| ' + fmt(s.rdMeanF1), fmt(s.rdShareF1ge08, true), fmt(s.rdFound, true),
      '| ' + fmt(s.snippetWith, true), fmt(s.snippetWithout, true), '| ' + fmt(s.rdSnippetWith, true), fmt(s.rdSnippetWithout, true),
    ]);
  };
  for (const [k, rs] of [...groups].sort()) line(k, rs);
  line('ALL', rows);
  // Readability's own expected output is the reference on readability-* pages: compare without them too.
  line('ALL but readability-', rows.filter((r) => r.prefix !== 'readability'));
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  for (const l of lines) console.log(l.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  console.log('\nF1/P/R: word-level vs expected text (mean over pages with expected.txt / expected.html).');
  console.log('found: isArticle true (ours) / Readability returned >200 chars. with/without: trafilatura+goose3 snippet checks.');
  console.log('RD = new Readability(doc).parse() on the same linkedom document.');
}

/** Chromium check of the live-page path (checkVisibility on, real Ranges). */
export async function browserCheck(every = 1): Promise<void> {
  const esbuild = await import('esbuild');
  const { default: puppeteer } = await import('puppeteer-core');
  const built = await esbuild.build({
    entryPoints: [path.resolve(here, '../src/extract/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'SLX',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  });
  const code = built.outputFiles[0]!.text;
  // Runs in the page: extraction, range round-trip, unchanged document.
  const RUN = (SLX: typeof import('../src/extract/index')) => {
    const before = document.documentElement.outerHTML;
    const t0 = performance.now();
    const a = SLX.extractArticle(document, { url: location.href });
    const at = SLX.articleText(a);
    const ms = performance.now() - t0;
    let bad = 0;
    let n = 0;
    const re = /[^.!?\n]+[.!?]/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(at.text)) && n < 300) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      const p = SLX.domPoints(at, start, end);
      n++;
      if (!p) {
        bad++;
        continue;
      }
      const range = document.createRange();
      range.setStart(p.startNode, p.startOffset);
      range.setEnd(p.endNode, p.endOffset);
      if (range.toString().replace(/\s+/g, ' ').trim() !== at.text.slice(start, end)) bad++;
    }
    return { isArticle: a.isArticle, text: at.text, bad, n, ms, unchanged: document.documentElement.outerHTML === before };
  };
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (r) => void (r.isNavigationRequest() ? r.continue() : r.abort()));
    const ids = pageIds().filter((_, i) => i % every === 0);
    let same = 0;
    let found = 0;
    let rangesOk = 0;
    let unchanged = 0;
    const times: number[] = [];
    for (const id of ids) {
      const html = readPage(id);
      await page.setContent(html, { waitUntil: 'domcontentloaded', timeout: 30_000 });
      // A string expression, not a function: page CSP does not apply to it and the bundle travels with it.
      const r = (await page.evaluate(`(() => { ${code}; return (${RUN.toString()})(SLX); })()`)) as ReturnType<typeof RUN>;
      const node = ourText(html);
      if (node.text === r.text) same++;
      if (r.isArticle) found++;
      if (r.bad === 0) rangesOk++;
      if (r.unchanged) unchanged++;
      times.push(r.ms);
      if (node.text !== r.text || r.bad || !r.isArticle) {
        console.log(`  ${id}: text ${node.text === r.text ? 'same' : `differs (${r.text.length} vs ${node.text.length} chars)`}, ranges bad ${r.bad}/${r.n}, article ${r.isArticle}`);
      }
    }
    times.sort((a, b) => a - b);
    console.log(`Chromium: ${ids.length} pages; article found ${found}; same text as linkedom ${same}; all ranges exact ${rangesOk}; document unchanged ${unchanged}`);
    console.log(`Chromium extraction time: median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, worst ${times[times.length - 1]!.toFixed(1)} ms`);
  } finally {
    await browser.close();
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) void main();

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--browser')) {
    const ei = args.indexOf('--every');
    await browserCheck(ei >= 0 ? Number(args[ei + 1] ?? 1) : 1);
    return;
  }
  const rows = pageIds().map((id) => scorePage(id));
  if (args.includes('--json')) console.log(JSON.stringify({ summary: summarize(rows), pages: rows }, null, 1));
  else {
    printTable(rows);
    const wi = args.indexOf('--worst');
    const n = wi >= 0 ? Number(args[wi + 1] ?? 10) : args.includes('--pages') ? rows.length : 0;
    if (n) {
      console.log('\nworst pages:');
      const worst = rows
        .filter((r) => r.ours)
        .sort((a, b) => a.ours!.f - b.ours!.f)
        .slice(0, n);
      for (const r of worst) console.log(`  ${r.ours!.f.toFixed(2)} (P ${r.ours!.p.toFixed(2)} R ${r.ours!.r.toFixed(2)}; RD ${r.readability!.f.toFixed(2)})  ${r.id}`);
      const notFound = rows.filter((r) => !r.isArticle);
      if (notFound.length) console.log('\nnot found as article:\n  ' + notFound.map((r) => r.id).join('\n  '));
      const snipBad = rows.filter((r) => r.snippets && (r.snippets.withHit < r.snippets.withTotal || r.snippets.withoutHit < r.snippets.withoutTotal));
      if (snipBad.length) console.log('\nsnippet misses:\n  ' + snipBad.map((r) => `${r.id} with ${r.snippets!.withHit}/${r.snippets!.withTotal} without ${r.snippets!.withoutHit}/${r.snippets!.withoutTotal}`).join('\n  '));
    }
  }
}
