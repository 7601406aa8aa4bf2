/**
 * The page scripts loaded on demand (anchor.js, marks.js, reanalyse.js, legend.js): each
 * name the background accepts is built, registers its code when it runs, and
 * the loader asks the background once, however many callers wait.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { anchorTools } from '../../src/page/anchor-api';
import { legendFactory } from '../../src/page/legend-api';
import { lazyScript } from '../../src/page/lazy-script';
import { markPainter } from '../../src/page/marks-api';
import { reanalyser } from '../../src/page/reanalyse-api';
import { LAZY_SCRIPTS } from '../../src/types/messages';

const root = path.resolve(import.meta.dirname, '../..');

describe('lazy page scripts', () => {
  test('every script the background may inject is a bundle of build.mjs', () => {
    const build = readFileSync(path.join(root, 'build.mjs'), 'utf8');
    for (const name of LAZY_SCRIPTS) assert.ok(build.includes(`${name}: 'src/page/${name}-main.ts'`), `${name}.js is not built`);
  });

  test('each registers its code in our world when it runs', async () => {
    const provided = { anchor: anchorTools, marks: markPainter, reanalyse: reanalyser, legend: legendFactory };
    for (const name of LAZY_SCRIPTS) {
      assert.equal(provided[name](), undefined, `${name} before`);
      await import(`../../src/page/${name}-main.ts`);
      assert.ok(['object', 'function'].includes(typeof provided[name]()), `${name} after`);
    }
  });

  test('one request for many callers; a script that does not register is an error', async () => {
    let requests = 0;
    let slot: { ok: true } | undefined;
    const s = lazyScript('demo', async () => {
      requests++;
      slot = { ok: true };
    }, () => slot);
    const [a, b] = await Promise.all([s.load(), s.load()]);
    assert.equal(a, b);
    assert.equal(requests, 1);
    assert.equal(await s.load(), a);
    assert.equal(requests, 1);

    const broken = lazyScript('broken', async () => {}, () => undefined);
    await assert.rejects(broken.load(), /the broken script did not start/);
    // A failure is the answer for a while: no stream of requests while the pointer moves.
    let asked = 0;
    const failing = lazyScript('failing', async () => {
      asked++;
      throw new Error('no access');
    }, () => undefined);
    await assert.rejects(failing.load(), /no access/);
    failing.prefetch();
    await assert.rejects(failing.load(), /no access/);
    assert.equal(asked, 1);
  });
});
