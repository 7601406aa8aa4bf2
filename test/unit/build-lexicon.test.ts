/**
 * The shipped form of the front-coded lists (build-lexicon.mjs): the engine's
 * frontCoded must read it to exactly the lists the source writes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { decodeFrontCoded, encodeFrontCoded, inlineStringConstants, recodeFrontCodedCalls } from '../../build-lexicon.mjs';
import { frontCoded } from '../../src/engine/lexicon/front-coded';
import { OUTLETS } from '../../src/engine/lexicon/outlets';
import { FEMALE_NAMES, MALE_NAMES } from '../../src/engine/lexicon/names';
import { KNOWN_ORGANIZATIONS } from '../../src/engine/lexicon/organizations';
import { PLACES_AS_GOVERNMENTS } from '../../src/engine/lexicon/sources';

const lexicon = path.resolve(import.meta.dirname, '../../src/engine/lexicon');

test('a capital repeats its low four bits of letters of the word before, with no "|"', () => {
  assert.equal(encodeFrontCoded(['abc', 'abc news', 'abc news australia', 'bbc', 'bbc radio 4']), 'abcC newsH australia|bbcC radio 4');
  assert.deepEqual(frontCoded('abcC newsH australia|bbcC radio 4'), ['abc', 'abc news', 'abc news australia', 'bbc', 'bbc radio 4']);
  // Fifteen letters at most; a word below 'a' that repeats none opens with P (low bits 0); an empty word stays one.
  const words = ['international news', 'international news agency', '9 news', '9 news', '', 'zed'];
  assert.equal(encodeFrontCoded(words), 'international newsOews agencyP9 newsFP|zed');
  assert.deepEqual(frontCoded(encodeFrontCoded(words)), words);
  assert.throws(() => encodeFrontCoded(['abc', 'Abc']), /capital/);
});

test('frontCoded reads the source form and the shipped form of every list alike', () => {
  for (const list of [OUTLETS, FEMALE_NAMES, MALE_NAMES, KNOWN_ORGANIZATIONS, PLACES_AS_GOVERNMENTS]) {
    const shipped = encodeFrontCoded(list);
    assert.doesNotMatch(shipped, /\|\d/);
    assert.deepEqual(frontCoded(shipped), list);
    assert.deepEqual(decodeFrontCoded(shipped), list);
  }
});

test('the build recodes every frontCoded() call of the lexicon modules, line for line', () => {
  let calls = 0;
  for (const f of readdirSync(lexicon).filter((f) => f.endsWith('.ts'))) {
    const src = readFileSync(path.join(lexicon, f), 'utf8');
    const out = recodeFrontCodedCalls(src, f);
    assert.equal(out.split('\n').length, src.split('\n').length, f);
    for (const m of out.matchAll(/\bfrontCoded\(("(?:[^"\\]|\\.)*")\s*\)/g)) {
      calls++;
      assert.doesNotMatch(JSON.parse(m[1]), /\|\d/);
    }
  }
  assert.equal(calls, 5);
  // Comments between the parts are skipped; anything but string literals is refused rather than shipped uncoded.
  assert.equal(recodeFrontCodedCalls("x = frontCoded(\n  'abc|3 news' + // the first\n  '|bbc'\n);"), 'x = frontCoded("abcC news|bbc"\n\n\n);');
  assert.throws(() => recodeFrontCodedCalls('x = frontCoded(NAMES);'), /string literals/);
});

test('the shipped build writes a module\'s string constants into the lists built on them, and nothing else', () => {
  const src = [
    "const ROLES = 'aide|envoy' + '|clerk';",
    "const COUNT = 3;",
    "export const SOURCES = expand(ROLES + '|source');",
    "export const TWICE = [ROLES, COUNT];",
    "function f(ROLES) { return ROLES + '|x'; }",
  ].join('\n');
  const out = inlineStringConstants(src);
  assert.match(out, /expand\("aide\|envoy\|clerk" \+ '\|source'\)/);
  assert.match(out, /\["aide\|envoy\|clerk", COUNT\]/);
  // A parameter of the same name is another binding: left as it is.
  assert.match(out, /function f\(ROLES\) \{ return ROLES \+ '\|x'; \}/);
  // The declarations stay (the bundler drops them once nothing reads them).
  assert.match(out, /^const ROLES = 'aide\|envoy' \+ '\|clerk';/);
});
