/**
 * Expands the command line's inputs into files (directories recursively, in
 * name order) and reads each one, with one clear error per unreadable input.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeBytes } from './decode';

export const EXTENSIONS = ['.html', '.htm', '.txt'];

export type InputKind = 'html' | 'text';

export interface Expanded {
  /** Name shown for the result: the path as given or found. */
  name: string;
  /** Null for stdin. */
  path: string | null;
  /** Set when the argument itself is unusable (missing, wrong type). */
  error?: string;
}

export async function expandInputs(inputs: string[]): Promise<Expanded[]> {
  const out: Expanded[] = [];
  for (const inp of inputs) {
    if (inp === '-') {
      out.push({ name: '-', path: null });
      continue;
    }
    let st;
    try {
      st = await stat(inp);
    } catch (e) {
      out.push({ name: inp, path: inp, error: describe(e) });
      continue;
    }
    if (st.isDirectory()) {
      const found = await walkDir(inp);
      if (!found.length) out.push({ name: inp, path: inp, error: `no .html, .htm or .txt files in directory` });
      for (const f of found) out.push({ name: f, path: f });
    } else out.push({ name: inp, path: inp });
  }
  return out;
}

async function walkDir(dir: string): Promise<string[]> {
  const files: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return files;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walkDir(p)));
    else if (e.isFile() && EXTENSIONS.includes(path.extname(e.name).toLowerCase())) files.push(p);
  }
  return files;
}

export function kindOf(name: string, content: string): InputKind {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.txt') return 'text';
  // stdin and unknown extensions: sniff.
  return /^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>]|<div)/i.test(content.slice(0, 2048)) ? 'html' : 'text';
}

export async function readInput(inp: Expanded, stdin: () => Promise<Uint8Array>): Promise<{ content: string; kind: InputKind }> {
  const bytes = inp.path === null ? await stdin() : new Uint8Array(await readFile(inp.path));
  const ext = path.extname(inp.name).toLowerCase();
  const htmlByName = ext === '.html' || ext === '.htm';
  const content = decodeBytes(bytes, htmlByName || inp.path === null);
  return { content, kind: kindOf(inp.name, content) };
}

export function readStdin(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    process.stdin.on('error', reject);
  });
}

/** An error as one short line ("no such file", not a stack trace). */
export function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EMFILE':
      return 'too many open files';
    default:
      return (err && typeof err.message === 'string' ? err.message : String(e)).split('\n')[0]!;
  }
}
