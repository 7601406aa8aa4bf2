/**
 * A second minifier pass over the shipped browser scripts. esbuild bundles and
 * minifies fast but compresses expressions only lightly; terser's compressor
 * (two passes) folds what esbuild leaves, about 2% of content.js gzipped, which
 * the page's download and the engine's 40 KB budget both count. Only local names
 * and expressions change: property names stay as esbuild's mangle left them, so
 * content.js and the lazy scripts still agree on their shortened names.
 *
 * The engine (the engine bundle, and content.js which holds it) is compressed
 * with three more switches, worth about 1% of it (measured; on Preact, the
 * background and the popup they cost about as much, so those keep the plain way):
 *  - hoist_funs: the engine's top-level functions sit between its lexicon
 *    tables; gathered at the top of the module they gzip better;
 *  - lhs_constants off: `x.tag === 'media'` stays as written, not `'media' === x.tag`;
 *  - if_return off: `if (a) return b;` is left as it is more often.
 * Function declarations are hoisted by JavaScript anyway and the other two only
 * turn a rewrite off, so both ways are the same program. Options that assume
 * things about the code (unsafe: `String(e)` becomes `e + ""`, which throws for
 * a Symbol; pure_getters; booleans_as_integers, which changes the analysis
 * output's `true` into `1`) stay off. Double quotes throughout gzip a little better.
 *
 * Then, in the engine's scripts only, the hoisted functions move from the top of
 * the module (content.js: of its wrapper function) to its end, last-written
 * first: the lexicon tables then open the file and the functions follow the code
 * they were written next to, which gzip likes (zlib -9 as the bench counts: engine
 * bundle 40,830 -> 40,433 B, content.js -440 B; at the end in source order only
 * -345 and -70; the other scripts gain nothing from it). A function
 * declaration is created when its scope is entered, wherever it stands in it, so
 * the program is the same; two declarations of one name would make the order
 * matter, and then nothing moves.
 */
import { minify } from 'terser';

const PLAIN = { passes: 2 };
const ENGINE = { passes: 2, hoist_funs: true, lhs_constants: false, if_return: false };
const FORMAT = { comments: false, ascii_only: true, quote_style: 2 };

/**
 * @param {string} code minified JavaScript from esbuild
 * @param {boolean} module an ES module (the engine bundle)
 * @param {boolean} engine the code holds the engine
 * @returns {Promise<string>}
 */
export async function compress(code, module = false, engine = module) {
  const options = { module, ecma: 2020, compress: engine ? ENGINE : PLAIN, mangle: true, format: FORMAT };
  const out = engine ? await minify(code, { ...options, format: { ast: true, code: false } }) : await minify(code, options);
  if (engine) {
    if (!out.ast) throw new Error('terser produced no syntax tree');
    functionsLast(out.ast);
    // Names were shortened by the first call: this one only prints the tree.
    Object.assign(out, await minify(out.ast, { module, ecma: 2020, compress: false, mangle: false, format: FORMAT }));
  }
  if (out.code === undefined) throw new Error('terser produced no code');
  return out.code;
}

/**
 * Moves the function declarations of the script's outer scope to its end, last first.
 * @param {{ body: any[] }} toplevel terser's syntax tree (AST_Toplevel), names already shortened
 */
function functionsLast(toplevel) {
  // An ES module holds the code itself; content.js wraps it in one arrow called at once (esbuild's iife).
  const calls = toplevel.body.filter((s) => s.TYPE !== 'Directive');
  const wrapper = calls.length === 1 && calls[0].TYPE === 'SimpleStatement' ? calls[0].body : null;
  const scope = wrapper?.TYPE === 'Call' && wrapper.args.length === 0 && ['Arrow', 'Function'].includes(wrapper.expression.TYPE) ? wrapper.expression : toplevel;
  const body = scope.body;
  if (!Array.isArray(body)) return;
  const functions = body.filter((s) => s.TYPE === 'Defun');
  const names = new Set(functions.map((f) => f.name.name));
  if (names.size !== functions.length) return;
  const rest = body.filter((s) => s.TYPE !== 'Defun');
  body.splice(0, body.length, ...rest, ...functions.reverse());
}
