/**
 * The front-coded word lists (src/engine/lexicon/front-coded.ts) are written
 * "abc|3 news": a '|' and a digit open each word that repeats letters of the
 * one before. The bundles that ship the engine (content.js and the engine
 * bundle) carry them coded once more, as the lists are loaded: each such word
 * opens with one capital letter instead, its low four bits the letters
 * repeated (A = 1 ... O = 15), and no '|' ("abcC news"). The lists are lower
 * case, so a capital can only be a code; frontCoded reads both forms, so the
 * engine as written (tests, the CLI) reads the lists as they stand. One symbol
 * a word fewer: the engine bundle 319 B smaller gzipped (zlib -9; 1,385 coded
 * words in the five lists).
 *
 * For the minified bundles (no source map) the lexicon modules' string constants are also written into the lists
 * built on them (inlineStringConstants): `expand(ROLES + '|source|...')` becomes one literal, which
 * build-compress.mjs joins with the other tables instead of leaving it in the code (engine bundle -95 B gzipped,
 * search off). The text of a shared constant is then there twice; gzip points back to it.
 */
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import { minify_sync } from 'terser';

/** The letters a word repeats of the one before, in the code's four bits. */
const MAX_PREFIX = 15;

/** Decodes a list in either form, as frontCoded does. */
export function decodeFrontCoded(s) {
  let p = '';
  return s.split(/\||(?=[A-Z])/).map((w) => (p = w < 'a' ? p.slice(0, w.charCodeAt(0) & 15) + w.slice(1) : w));
}

/** The list in the shipped form: a capital opens a word that repeats 1-15 letters; '|' one that repeats none. */
export function encodeFrontCoded(words) {
  let out = '';
  let prev = '';
  for (const [i, w] of words.entries()) {
    if (/[A-Z]/.test(w)) throw new Error(`front-coded list: "${w}" has a capital, which would read as a code`);
    let n = 0;
    while (n < MAX_PREFIX && n < prev.length && n < w.length && prev[n] === w[n]) n++;
    // A word that repeats nothing and opens below 'a' would read as coded: 'P' (low bits 0) repeats no letter.
    out += n > 0 ? String.fromCharCode(64 + n) + w.slice(n) : w < 'a' ? 'P' + w : (i > 0 ? '|' : '') + w;
    prev = w;
  }
  return out;
}

/**
 * Reads the argument of a `frontCoded(` call at `from`: string literals joined by `+`, with
 * whitespace and comments between them. Returns the joined text and where the `)` ends, or throws.
 */
function readLiterals(src, from, file) {
  const parts = [];
  let i = from;
  for (;;) {
    const rest = src.slice(i);
    const skip = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|\+)/.exec(rest);
    if (skip) {
      i += skip[0].length;
      continue;
    }
    const lit = /^(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/.exec(rest);
    if (lit) {
      // A string literal alone, checked above: evaluating it runs nothing.
      parts.push(Function(`"use strict";return ${lit[0]}`)());
      i += lit[0].length;
      continue;
    }
    if (rest[0] === ')' && parts.length > 0) return { text: parts.join(''), end: i + 1 };
    throw new Error(`${file}: frontCoded() takes string literals joined by +, as the build recodes them (at ${JSON.stringify(rest.slice(0, 40))})`);
  }
}

/** Rewrites the `frontCoded('...' + '...')` calls of a lexicon module's source to one literal in the shipped form. */
export function recodeFrontCodedCalls(src, file = 'source') {
  let out = '';
  let last = 0;
  for (const m of src.matchAll(/\bfrontCoded\(/g)) {
    if (m.index < last) continue;
    const start = m.index + m[0].length;
    const { text, end } = readLiterals(src, start, file);
    const words = decodeFrontCoded(text);
    const coded = encodeFrontCoded(words);
    const back = decodeFrontCoded(coded);
    if (back.length !== words.length || back.some((w, k) => w !== words[k])) throw new Error(`${file}: a front-coded list does not decode back to itself`);
    // The same line count, so that the lines after it keep their numbers in source maps.
    out += src.slice(last, start) + JSON.stringify(coded) + '\n'.repeat(src.slice(start, end).split('\n').length - 1) + ')';
    last = end;
  }
  return out + src.slice(last);
}

/**
 * esbuild plugin: the lexicon modules load with their front-coded lists in the shipped form and, in a build
 * without a source map (whose lines would no longer match), their string constants written into the lists.
 */
export const lexiconCoding = Object.freeze({
  name: 'lexicon-coding',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]engine[\\/]lexicon[\\/][^\\/]+\.ts$/ }, async (args) => {
      const contents = recodeFrontCodedCalls(await readFile(args.path, 'utf8'), args.path);
      if (build.initialOptions.sourcemap) return { contents, loader: 'ts' };
      const js = (await transform(contents, { loader: 'ts', format: 'esm', sourcefile: args.path })).code;
      return { contents: inlineStringConstants(js), loader: 'js' };
    });
  },
});

/**
 * Writes the module's string constants built of literals (`const ROLES = 'a|b' + '|c'`) into the places that read
 * them, as literals: a list built on them (`expand(ROLES + '|d')`) is then one literal too, which the bundle's
 * compressor joins with the other tables (build-compress.mjs mergeTables).
 */
export function inlineStringConstants(js) {
  const ast = minify_sync(js, { module: true, compress: false, mangle: false, format: { ast: true, code: false } }).ast;
  ast.figure_out_scope({ module: true });
  const values = new Map();
  const value = (n) =>
    n.TYPE === 'String' ? n.value
    : n.TYPE === 'Binary' && n.operator === '+' ? ((a, b) => (a === undefined || b === undefined ? undefined : a + b))(value(n.left), value(n.right))
    : n.TYPE === 'SymbolRef' && n.thedef ? values.get(n.thedef)
    : undefined;
  for (const s of ast.body) {
    const decl = s.TYPE === 'Export' ? s.exported_definition : s;
    if (decl?.TYPE !== 'Const') continue;
    for (const d of decl.definitions) {
      const v = d.name.TYPE === 'SymbolConst' && d.value ? value(d.value) : undefined;
      if (v !== undefined) values.set(d.name.thedef, v);
    }
  }
  const edits = [];
  ast.walk({
    _visit(n, descend) {
      if (n.TYPE === 'SymbolRef' && values.has(n.thedef)) edits.push([n.start.pos, n.start.pos + n.name.length, JSON.stringify(values.get(n.thedef))]);
      if (descend) descend.call(n);
    },
  });
  edits.sort((a, b) => b[0] - a[0]);
  return edits.reduce((out, [from, to, text]) => out.slice(0, from) + text + out.slice(to), js);
}
