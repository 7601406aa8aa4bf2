/**
 * build-compress.mjs's word orders (reorder's `words`, on mergeTables' lookup-only tables): only a Set that nothing but
 * `.has(...)` reads may have its words written in another order. A table that is spread, counted, handed on or kept as
 * an array must come out as written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writtenAndShipped } from './compressed';

// Long enough lists in orders that gzip can improve on, each read in one way.
const WORDS = 'zulu|alpha|yankee|bravo|xray|charlie|whiskey|delta|victor|echo|uniform|foxtrot|tango|golf|sierra|hotel|romeo|india|quebec|juliet|papa|kilo|oscar|lima|november|mike';
const SOURCE = `
var wordList = (s) => s.split("|"), wordSet = (s) => new Set(wordList(s));
function expand(s) { return s.split("|").flatMap((w) => w.endsWith("+") ? [w.slice(0, -1), w.slice(0, -1) + "s"] : w); }
var LOOKED_UP = wordSet("${WORDS}"),
  LOOKED_UP_TOO = new Set(expand("${WORDS.replace(/\|/g, '+|')}")),
  EXPANDED = expand("${WORDS.slice(0, 60)}+"),
  SPREAD = wordSet("${WORDS.split('|').reverse().join('|')}"),
  COUNTED = wordSet("${WORDS}|${WORDS.slice(0, 40)}"),
  HANDED_ON = wordSet("${WORDS.split('|').slice(3).join('|')}"),
  LISTED = wordList("${WORDS.split('|').slice(5).join('|')}");
function keep(s) { return [...s].join(","); }
export function run(w) {
  return [LOOKED_UP.has(w), LOOKED_UP_TOO.has(w + "s"), [...SPREAD].join(","), COUNTED.size, keep(HANDED_ON), LISTED.join(","), LISTED.indexOf(w), EXPANDED.join(",")];
}
`;

test('the words of a table are reordered only where nothing but a lookup reads it', async () => {
  const { written: a, shipped: b } = await writtenAndShipped<{ run: (w: string) => unknown }>(SOURCE);
  for (const w of ['alpha', 'mike', 'zulu', 'kilo', 'nope', '']) assert.deepEqual(b.run(w), a.run(w), w);
});
