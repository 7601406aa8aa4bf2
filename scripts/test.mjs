// Runs node's test runner over test/<suite>/**/*.test.ts (Node 20 has no glob
// support in `node --test`). End-to-end files run one at a time: each starts
// browsers, and two cores are not enough to run them side by side.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const suite = process.argv[2];
if (suite !== 'unit' && suite !== 'e2e') {
  console.error('usage: node scripts/test.mjs unit|e2e [filter]');
  process.exit(2);
}
const filter = process.argv[3] ?? '';
const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'test', suite);
const files = readdirSync(root, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.test.ts') && f.includes(filter))
  .sort()
  .map((f) => path.join(root, f));
if (files.length === 0) {
  console.error(`no test files in test/${suite}`);
  process.exit(1);
}
const args = ['--import', 'tsx', '--test', '--test-reporter=spec'];
if (suite === 'e2e') args.push('--test-concurrency=1');
const r = spawnSync(process.execPath, [...args, ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
