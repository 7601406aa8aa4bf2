/**
 * Article extraction speed over ../shared/corpus/news with linkedom: our
 * extractArticle + articleText per page (median, worst) next to
 * `new Readability(doc).parse()` on the same linkedom documents. Parsing the
 * HTML (linkedom) is timed separately; it is the same for both.
 */
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../src/extract/analyze-html';
import { articleText, extractArticle } from '../src/extract/index';
import { pageIds, readPage } from '../scripts/eval-extract';

const RUNS = 3;

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { median: q(0.5), p90: q(0.9), worst: s[s.length - 1]!, total: s.reduce((a, b) => a + b, 0) };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

export default async function (): Promise<void> {
  const ids = pageIds();
  const ours: number[] = [];
  const rd: number[] = [];
  const parse: number[] = [];
  let worstOurs = { id: '', t: 0 };
  let worstRd = { id: '', t: 0 };
  let faster = 0;
  // Warm up both (JIT) so the first page measured is not the slowest.
  for (const id of ids.slice(0, 8)) {
    const html = readPage(id);
    articleText(extractArticle(parseDocument(html)));
    new Readability(parseDocument(html)).parse();
  }
  for (const id of ids) {
    const html = readPage(id);
    const o: number[] = [];
    const r: number[] = [];
    const pz: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      const doc = parseDocument(html);
      pz.push(performance.now() - t);
      t = performance.now();
      articleText(extractArticle(doc));
      o.push(performance.now() - t);
      // Readability changes the document it reads: give it a fresh one.
      const doc2 = parseDocument(html);
      t = performance.now();
      try {
        new Readability(doc2).parse();
      } catch {
        // counted with the time it took to fail
      }
      r.push(performance.now() - t);
    }
    const mo = stats(o).median;
    const mr = stats(r).median;
    ours.push(mo);
    rd.push(mr);
    parse.push(stats(pz).median);
    if (mo > worstOurs.t) worstOurs = { id, t: mo };
    if (mr > worstRd.t) worstRd = { id, t: mr };
    if (mo < mr) faster++;
  }
  const so = stats(ours);
  const sr = stats(rd);
  const sp = stats(parse);
  console.log(`pages: ${ids.length} (median of ${RUNS} runs per page)`);
  console.log(`                         median     p90        worst      total`);
  console.log(`extractArticle+text      ${ms(so.median).padEnd(10)} ${ms(so.p90).padEnd(10)} ${ms(so.worst).padEnd(10)} ${ms(so.total)}`);
  console.log(`Readability.parse()      ${ms(sr.median).padEnd(10)} ${ms(sr.p90).padEnd(10)} ${ms(sr.worst).padEnd(10)} ${ms(sr.total)}`);
  console.log(`linkedom parseHTML       ${ms(sp.median).padEnd(10)} ${ms(sp.p90).padEnd(10)} ${ms(sp.worst).padEnd(10)} ${ms(sp.total)}`);
  console.log(`ours faster than Readability on ${faster}/${ids.length} pages; median ratio ${(sr.median / so.median).toFixed(1)}x`);
  console.log(`worst page, ours: ${worstOurs.id} (${ms(worstOurs.t)}); Readability: ${worstRd.id} (${ms(worstRd.t)})`);
}
