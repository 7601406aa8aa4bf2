/**
 * build-compress.mjs's name swaps (renameBindings): the shipped script must behave as written. The source below is one
 * where the swaps do change names (checked when the test was written), with blocks, loops, closures and shadowing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writtenAndShipped } from './compressed';

// Blocks, loops, closures and shadowing: a swap that let a read fall under another binding of its new name would change a result.
const SOURCE = `
const words = "alpha|beta|gamma|delta".split("|");
const table = new Map(words.map((w, i) => [w, i]));
function score(text, bonus) {
  let total = 0;
  for (const w of text.split(" ")) {
    const hit = table.get(w);
    if (hit !== undefined) { let bonus2 = bonus * hit; total += bonus2; }
    else { const miss = w.length; total -= miss; }
  }
  { let total2 = total; for (let k = 0; k < 3; k++) { const step = k * bonus; total2 += step; } total = total2; }
  return total;
}
const pick = (xs, f) => xs.filter((x) => { const y = f(x); return y > 0; });
class Counter { n = 0; add(v) { const before = this.n; this.n = before + v; return this; } }
export function run(text) {
  const c = new Counter();
  for (const t of text.split(".")) c.add(score(t.trim(), 2));
  return [c.n, pick([1, -2, 3], (v) => v * c.n), words.map((w) => w.length + c.n)];
}
`;

test('the name swaps leave the program as it was', async () => {
  const { written: a, shipped: b } = await writtenAndShipped<{ run: (t: string) => unknown }>(SOURCE);
  for (const t of ['alpha beta. gamma x', 'delta delta. zz yy. beta', '']) assert.deepEqual(b.run(t), a.run(t), t);
});
