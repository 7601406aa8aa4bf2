/**
 * A second minifier pass over the shipped browser scripts. esbuild bundles and
 * minifies fast but compresses expressions only lightly; terser's compressor
 * (two passes) folds what esbuild leaves, about 2% of content.js gzipped, which
 * the page's download and the engine's 40 KB budget both count. Only local names
 * and expressions change: property names stay as esbuild's mangle left them, so
 * content.js and the lazy scripts still agree on their shortened names.
 */
import { minify } from 'terser';

/** @param {string} code minified JavaScript from esbuild @returns {Promise<string>} */
export async function compress(code, module = false) {
  const out = await minify(code, { module, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false, ascii_only: true } });
  if (out.code === undefined) throw new Error('terser produced no code');
  return out.code;
}
