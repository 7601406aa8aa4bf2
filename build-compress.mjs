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
 */
import { minify } from 'terser';

const PLAIN = { passes: 2 };
const ENGINE = { passes: 2, hoist_funs: true, lhs_constants: false, if_return: false };

/**
 * @param {string} code minified JavaScript from esbuild
 * @param {boolean} module an ES module (the engine bundle)
 * @param {boolean} engine the code holds the engine
 * @returns {Promise<string>}
 */
export async function compress(code, module = false, engine = module) {
  const out = await minify(code, { module, ecma: 2020, compress: engine ? ENGINE : PLAIN, mangle: true, format: { comments: false, ascii_only: true, quote_style: 2 } });
  if (out.code === undefined) throw new Error('terser produced no code');
  return out.code;
}
