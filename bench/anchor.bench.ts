/**
 * Re-anchoring's worst case: the fuzzy search (approximateSearch, src/page/anchor)
 * for a saved sentence that is no longer on the page scans the whole text. Its
 * time over the seed article repeated to news-page and very long lengths
 * (median of several runs after a warm-up), to show it stays linear.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { approximateSearch } from '../src/page/anchor';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUOTE = 'A sentence that is not in the article at all, with some length to it.';

export default async function (): Promise<void> {
  const seed = readFileSync(path.join(root, '../shared/examples/seed-article.txt'), 'utf8');
  for (let i = 0; i < 3; i++) approximateSearch(seed.repeat(4), QUOTE, 14);
  let prev = 0;
  for (const k of [1, 10, 40]) {
    const text = seed.repeat(k);
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      approximateSearch(text, QUOTE, 14);
      times.push(performance.now() - t0);
    }
    const median = times.sort((a, b) => a - b)[3]!;
    const per = (median / text.length) * 1e6;
    console.log(`absent sentence over ${text.length.toLocaleString('en')} chars: ${median.toFixed(1)} ms (median of 7), ${per.toFixed(0)} ns per char${prev ? `, ${(per / prev).toFixed(2)}x the shorter text's per char` : ''}`);
    prev = per;
  }
}
