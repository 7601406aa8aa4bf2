/**
 * The property names the release shortens (build-mangle.mjs) must change
 * nothing but size: none is a built-in, a boundary type's field, a field the
 * card and content scripts hand each other, or read through a string; and the
 * engine, bundled with those names shortened, gives exactly the output of the
 * engine as written on every tuned gold text and the seed article.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import { MANGLED_PROPS } from '../../build-mangle.mjs';
import { shippedEngineBundle } from '../../scripts/engine-bundle';
import { analyzeText } from '../../src/engine/index';
import type { Analysis } from '../../src/types/analysis';

const root = path.resolve(import.meta.dirname, '../..');
const src = path.join(root, 'src');

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Member names declared in TypeScript's lib files (DOM, JavaScript, Intl), where the installed TypeScript has them. */
function libMembers(): Set<string> | null {
  const candidates = [path.join(root, 'node_modules/typescript/lib')];
  const scoped = path.join(root, 'node_modules/@typescript');
  if (existsSync(scoped)) for (const d of readdirSync(scoped)) candidates.push(path.join(scoped, d, 'lib'));
  const dir = candidates.find((d) => existsSync(path.join(d, 'lib.dom.d.ts')));
  if (!dir) return null;
  const names = new Set<string>();
  for (const f of readdirSync(dir)) {
    if (!/^lib\..*\.d\.ts$/.test(f)) continue;
    const text = readFileSync(path.join(dir, f), 'utf8');
    for (const m of text.matchAll(/^\s*(?:readonly\s+|static\s+|get\s+|set\s+|declare\s+|var\s+|let\s+|const\s+|function\s+)*([A-Za-z_$][\w$]*)\??\s*[:(<]/gm)) names.add(m[1]);
  }
  return names;
}

/**
 * Built-in member names on the list, each checked by hand: our bundles never
 * touch the built-in type that has it.
 */
const BUILT_IN_NAMES_UNUSED_AS_SUCH: Record<string, string> = {
  items: 'DataTransfer.items and the like; the page scripts read none of them',
  range: 'a string member of a few media dictionaries; Range objects have no .range',
  upper: 'CSS Typed OM (CSSMathClamp.upper); not used',
  cap: 'CSS.cap(), a CSS unit factory; not used',
  atEnd: 'Enumerator.atEnd() of Windows Script Host (lib.scripthost); no browser has it',
};

/** String values that equal a listed name but are never property keys (checked by hand). */
const STRINGS_THAT_ARE_VALUES: Record<string, string> = {
  nearest: "scrollIntoView({ inline: 'nearest' }), an option value",
  paint: "slicer.enter('paint'), a phase label",
  scan: "onPhase('scan'), a phase label",
  pick: "onPhase('pick'), a phase label",
  described: 'a word the engine compares tokens with',
  shown: "the popup's export scope (not in the page scripts)",
};

/** The identifiers of a TypeScript file, comments left out. */
function identifiers(file: string): Set<string> {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  return new Set(code.match(/[A-Za-z_$][\w$]*/g));
}

describe('the list of shortened property names', () => {
  test('is not empty and has no duplicates', () => {
    assert.ok(MANGLED_PROPS.length > 50);
    assert.equal(new Set(MANGLED_PROPS).size, MANGLED_PROPS.length);
    for (const n of MANGLED_PROPS) assert.match(n, /^[A-Za-z_$][\w$]*$/);
  });

  test('has no built-in member names (DOM, JavaScript), except those checked by hand', (t) => {
    const lib = libMembers();
    if (!lib) return t.skip('TypeScript lib files not found');
    const clash = MANGLED_PROPS.filter((n) => lib.has(n) && !(n in BUILT_IN_NAMES_UNUSED_AS_SUCH));
    assert.deepEqual(clash, []);
  });

  test('has no name used in the boundary types (src/types) or between content.js and card.js', () => {
    // What crosses between scripts: the boundary types, the card hand-over, what the test bridge reads,
    // the extension APIs the content script calls (browser-shim.ts). (anchor.js and content.js hand
    // each other objects too: build.mjs builds anchor.js with content.js's mangle cache, same names.)
    const boundary = new Set<string>();
    const files = [
      ...filesUnder(path.join(src, 'types'), /\.ts$/),
      path.join(src, 'page/ui/card-api.ts'),
      path.join(src, 'test-hooks/bridge.ts'),
      path.join(src, 'page/browser-shim.ts'),
    ];
    for (const f of files) for (const n of identifiers(f)) boundary.add(n);
    // card.tsx's own locals are fine; its props interfaces are what crosses. Check those names exactly.
    const card = readFileSync(path.join(src, 'page/ui/card.tsx'), 'utf8');
    const crossing = new Set<string>();
    for (const block of card.matchAll(/export interface (?:CardModel|CardActions) \{([\s\S]*?)\n\}/g)) {
      for (const m of block[1].matchAll(/^\s*([A-Za-z_$][\w$]*)\??[:(]/gm)) crossing.add(m[1]);
    }
    assert.ok(crossing.has('takeFocus') && crossing.has('pointerInside'), 'the card interfaces were read');
    assert.deepEqual(MANGLED_PROPS.filter((n) => boundary.has(n) || crossing.has(n)), []);
  });

  test('has no name that the source spells as a string (a key read through a string)', async () => {
    const strings = new Set<string>();
    for (const f of filesUnder(src, /\.tsx?$/)) {
      // Minified, so comments are gone and every string is a literal in the code.
      const { code } = await transform(readFileSync(f, 'utf8'), { loader: f.endsWith('x') ? 'tsx' : 'ts', minify: true, jsx: 'automatic' });
      for (const m of code.matchAll(/(["'`])([A-Za-z_$][\w$]*)\1/g)) strings.add(m[2]);
    }
    assert.deepEqual(MANGLED_PROPS.filter((n) => strings.has(n) && !(n in STRINGS_THAT_ARE_VALUES)), []);
  });
});

describe('the engine bundled with shortened names', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sl-mangle-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('gives the same analysis as the engine as written, on every gold text and the seed', async () => {
    const code = await shippedEngineBundle();
    // The names really are shortened in what runs here: the test would prove nothing otherwise.
    assert.doesNotMatch(code, /\.(?:nameWords|apposS|subjS)\b/);
    const file = path.join(dir, 'engine.mjs');
    writeFileSync(file, code);
    const bundled = (await import(pathToFileURL(file).href)) as { analyzeText: (t: string) => Analysis };
    const texts = [
      ...readdirSync(path.join(root, 'test/gold'))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.join(root, 'test/gold', f)),
      '/work/shared/examples/seed-article.txt',
    ].filter((f) => existsSync(f));
    assert.ok(texts.length >= 10, `${texts.length} texts`);
    for (const f of texts) {
      const text = readFileSync(f, 'utf8');
      assert.deepEqual(bundled.analyzeText(text), analyzeText(text), path.basename(f));
    }
  });
});
