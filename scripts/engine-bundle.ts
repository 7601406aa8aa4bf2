/**
 * The engine as it ships inside content.js: one minified ES module with the
 * internal property names shortened (build-mangle.mjs), the front-coded lists
 * in their shipped form (build-lexicon.mjs) and terser's pass over it
 * (build-compress.mjs). The engine bench
 * measures its size; the mangle guard test runs it against the engine as written.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { mangleOptions } from '../build-mangle.mjs';
import { compress } from '../build-compress.mjs';
import { lexiconCoding } from '../build-lexicon.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function shippedEngineBundle(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(root, 'src/engine/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    ...mangleOptions,
    plugins: [lexiconCoding],
  });
  return compress(out.outputFiles[0].text, true);
}
