/**
 * Each slice of the content script's work records when it started (ms after
 * the run began), so that the page benchmark can tell our steps from the time
 * between them (the page's turn, the browser's rendering, the task hops).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Slicer } from '../../src/page/analyse';

test('slices record their start; the time spent outside them shows as gaps', async () => {
  const c = { t: 100 };
  const now = () => c.t;
  // The page's turn between two slices takes 7 ms of the clock.
  const s = new Slicer(10, now, async () => {
    c.t += 7;
  });
  s.enter('extract');
  c.t += 4;
  await s.yieldNow();
  s.enter('engine');
  c.t += 9;
  // Waiting for storage: the clock runs, the time is not ours, and the next slice starts after it.
  await s.wait(
    Promise.resolve().then(() => {
      c.t += 20;
    }),
  );
  c.t += 2;
  s.close();
  assert.deepEqual(
    s.slices.map((x, i) => [x.phase, x.ms, s.starts[i]]),
    [
      ['extract', 4, 0],
      ['engine', 9, 11],
      ['engine', 2, 40],
    ],
  );
  const gaps = s.slices.slice(1).map((_, i) => s.starts[i + 1] - (s.starts[i] + s.slices[i].ms));
  assert.deepEqual(gaps, [7, 20]);
});
