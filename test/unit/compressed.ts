/**
 * A module as written and as build-compress.mjs ships it, both imported: the build tests compare what the two
 * return, since a pass that keeps the program the same must keep every answer the same.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compress } from '../../build-compress.mjs';

export async function writtenAndShipped<M>(source: string): Promise<{ written: M; shipped: M }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sl-compress-'));
  try {
    const plain = path.join(dir, 'plain.mjs');
    const shipped = path.join(dir, 'shipped.mjs');
    writeFileSync(plain, source);
    writeFileSync(shipped, await compress(source, true));
    return { written: (await import(pathToFileURL(plain).href)) as M, shipped: (await import(pathToFileURL(shipped).href)) as M };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
