/** inOrder(): a tab's badge writes land in the order they were asked for, whatever each takes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inOrder } from '../../src/background/in-order';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('a slow write asked for first lands before a fast one asked for after it (same tab)', async () => {
  const run = inOrder();
  const landed: string[] = [];
  // Activation's "…" is slow to write; the content script's "done" comes right after and is quick.
  const analysing = run(7, async () => {
    await sleep(30);
    landed.push('analysing');
  });
  const done = run(7, async () => {
    await sleep(1);
    landed.push('done');
  });
  await Promise.all([analysing, done]);
  assert.deepEqual(landed, ['analysing', 'done']);
});

test('other tabs do not wait for each other', async () => {
  const run = inOrder();
  const landed: string[] = [];
  const slow = run(1, async () => {
    await sleep(30);
    landed.push('tab 1');
  });
  const fast = run(2, async () => {
    landed.push('tab 2');
  });
  await Promise.all([slow, fast]);
  assert.deepEqual(landed, ['tab 2', 'tab 1']);
});

test('a failed write is its caller’s error and does not stop the next one', async () => {
  const run = inOrder();
  const landed: string[] = [];
  const failed = run(3, async () => {
    await sleep(5);
    throw new Error('No tab with id: 3');
  });
  const next = run(3, async () => {
    landed.push('cleared');
    return 'ok';
  });
  await assert.rejects(failed, /No tab with id/);
  assert.equal(await next, 'ok');
  assert.deepEqual(landed, ['cleared']);
});
