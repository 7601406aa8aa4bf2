/**
 * `npm run bench`: runs every bench/*.bench.ts in name order and prints its
 * figures. Benchmarks print numbers; they do not pass or fail.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2] ?? '';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(only))
  .sort();
for (const f of files) {
  console.log(`\n== ${f.replace('.bench.ts', '')} ${'='.repeat(Math.max(0, 60 - f.length))}`);
  const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { default: () => Promise<void> };
  const t0 = performance.now();
  await mod.default();
  console.log(`(${f}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
