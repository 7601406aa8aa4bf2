/**
 * The CLI, built with esbuild as build.mjs builds it, run as a child process
 * over corpus pages, text files, stdin and bad inputs.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, chmodSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { parseArgs, UsageError } from '../../src/cli/args';
import type { CliFileResult, HtmlAnalysis } from '../../src/types/cli';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'dist-test-extract');
const cli = path.join(out, 'cli.js');
const CORPUS = path.resolve(root, '../shared/corpus/news');
const AEB = path.join(CORPUS, 'aeb-098bb3e96c0acdf36efdcde45fb9cca3f8c82c7cb2071b76097a1b96155f1eb2/page.html');
const CNN = path.join(CORPUS, 'goose3-test_cnn1/page.html');
let tmp = '';

before(async () => {
  mkdirSync(out, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(root, 'src/cli/index.ts')],
    outfile: cli,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'error',
  });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'sl-cli-'));
});

function run(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    input: opts.input,
    env: { ...process.env, NO_COLOR: '', ...opts.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('argument parsing', () => {
  assert.deepEqual(parseArgs(['analyze', '--json', 'a.html', '-']).inputs, ['a.html', '-']);
  assert.equal(parseArgs(['analyze', '--md', 'a.txt']).format, 'markdown');
  assert.equal(parseArgs(['--help']).command, 'help');
  assert.equal(parseArgs([]).command, 'help');
  assert.equal(parseArgs(['analyze', '-j', '3', 'x']).jobs, 3);
  assert.throws(() => parseArgs(['analyze']), UsageError);
  assert.throws(() => parseArgs(['analyze', '--json', '--markdown', 'x']), UsageError);
  assert.throws(() => parseArgs(['analyze', '--bogus', 'x']), UsageError);
  assert.throws(() => parseArgs(['frobnicate', 'x']), UsageError);
  assert.throws(() => parseArgs(['analyze', '-j', 'zero', 'x']), UsageError);
});

test('--help and --version', () => {
  const h = run(['--help']);
  assert.equal(h.code, 0);
  assert.match(h.stdout, /Usage: sourcelight analyze/);
  const v = run(['--version']);
  assert.equal(v.code, 0);
  assert.match(v.stdout, /^sourcelight \d+\.\d+\.\d+/);
  const bad = run(['analyze', '--nope', 'x']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown option --nope/);
  assert.doesNotMatch(bad.stderr, /\n\s+at /);
});

test('--json on one corpus page prints its analysis with the extracted article', () => {
  const r = run(['analyze', '--json', AEB]);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout) as HtmlAnalysis;
  assert.equal(a.extraction.isArticle, true);
  assert.equal(a.extraction.publisher, 'Los Angeles Times');
  assert.match(a.title, /We had some issues/);
  assert.match(a.text, /^‘We had some issues,’ exec says on Disney\+ glitches\n\nWalt Disney Co\. executive Kevin Mayer said/);
  assert.ok(!a.text.includes('Advertisement'));
  for (const s of a.sentences) assert.equal(a.text.slice(s.start, s.end), s.text);
});

test('a page that declares ISO-8859-1 is decoded with that charset', () => {
  const r = run(['analyze', '--json', CNN]);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout) as HtmlAnalysis;
  assert.ok(a.text.length > 1000);
  assert.ok(!a.text.includes('\uFFFD'), 'no replacement characters');
});

test('table output: header, rows and a sourcing summary; colours only when asked', () => {
  const r = run(['analyze', AEB]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^== .*page\.html\n/);
  assert.match(r.stdout, /#\s+tag\s+source\s+cue\s+sentence/);
  assert.match(r.stdout, /\d+ claims?(: \d+ [a-z ]+(, \d+ [a-z ]+)*)?\n/);
  assert.doesNotMatch(r.stdout, /\x1b\[/, 'no ANSI codes when stdout is not a terminal');
  const c = run(['analyze', '--color', AEB]);
  assert.match(c.stdout, /\x1b\[1m== /);
  const n = run(['analyze', '--color', '--no-color', AEB]);
  assert.doesNotMatch(n.stdout, /\x1b\[/);
});

test('markdown report', () => {
  const r = run(['analyze', '--markdown', AEB]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^## .*We had some issues/);
  assert.match(r.stdout, /- Publisher: Los Angeles Times/);
  assert.match(r.stdout, /- Sourcing: \d+ claims?/);
});

test('.txt files and stdin are analysed as text', () => {
  const txt = path.join(tmp, 'note.txt');
  writeFileSync(txt, 'The ministry said on Tuesday that 4,200 people had been evacuated.\n\nPolice said two people were arrested.\n');
  const r = run(['analyze', '--json', txt]);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.text.startsWith('The ministry said'), true);
  assert.equal(a.title, 'note');
  const s = run(['analyze', '--json', '-'], { input: 'Officials said the bridge would reopen on Friday.' });
  assert.equal(s.code, 0, s.stderr);
  assert.equal(JSON.parse(s.stdout).text, 'Officials said the bridge would reopen on Friday.');
  const h = run(['analyze', '--json', '-'], { input: readPage(AEB) });
  assert.equal(JSON.parse(h.stdout).extraction.isArticle, true);
});

function readPage(p: string): Buffer {
  return spawnSync('cat', [p], { maxBuffer: 64 * 1024 * 1024 }).stdout;
}

test('unreadable, empty and binary files: one line each on stderr, exit 1, the others still analysed', () => {
  const empty = path.join(tmp, 'empty.html');
  writeFileSync(empty, '');
  const bin = path.join(tmp, 'blob.html');
  writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0xff, 0xfe]));
  const locked = path.join(tmp, 'locked.html');
  writeFileSync(locked, '<p>x</p>');
  chmodSync(locked, 0o000);
  const r = run(['analyze', '--json', '/no/such/file.html', empty, AEB, bin, locked]);
  assert.equal(r.code, 1);
  const lines = r.stderr.trim().split('\n');
  const expected = process.getuid?.() === 0 ? 3 : 4; // root can read a 000 file
  assert.equal(lines.length, expected, r.stderr);
  assert.match(r.stderr, /file\.html: no such file or directory/);
  assert.match(r.stderr, /empty\.html: the file is empty/);
  assert.match(r.stderr, /blob\.html: not a text or HTML file/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  const arr = JSON.parse(r.stdout) as CliFileResult[];
  assert.equal(arr.length, 5);
  assert.equal(arr[2]!.file, AEB);
  assert.ok(arr[2]!.analysis);
  assert.ok(arr[0]!.error);
});

test('a page that is not an article says so and has no sentences', () => {
  const home = path.join(tmp, 'home.html');
  const items = Array.from({ length: 20 }, (_, i) => `<li><a href="/s/${i}">Story ${i} about the day's events in the city and beyond</a></li>`).join('');
  writeFileSync(home, `<!doctype html><html><head><title>Home</title></head><body><nav>Home</nav><ul>${items}</ul></body></html>`);
  const r = run(['analyze', '--json', home]);
  assert.equal(r.code, 0);
  const a = JSON.parse(r.stdout) as HtmlAnalysis;
  assert.equal(a.extraction.isArticle, false);
  assert.ok(a.extraction.reason);
  assert.equal(a.sentences.length, 0);
  const t = run(['analyze', home]);
  assert.match(t.stdout, /not an article: /);
});

test('a directory is analysed recursively, each result named by its path; parallel = sequential', () => {
  const dir = path.join(tmp, 'corpus');
  mkdirSync(path.join(dir, 'a'), { recursive: true });
  mkdirSync(path.join(dir, 'b'), { recursive: true });
  writeFileSync(path.join(dir, 'a', 'page.html'), readPage(AEB));
  writeFileSync(path.join(dir, 'b', 'page.html'), readPage(CNN));
  writeFileSync(path.join(dir, 'b', 'ignore.json'), '{}');
  writeFileSync(path.join(dir, 'c.txt'), 'Police said the road was closed.');
  const seq = run(['analyze', '--json', dir]);
  assert.equal(seq.code, 0, seq.stderr);
  const arr = JSON.parse(seq.stdout) as CliFileResult[];
  assert.deepEqual(
    arr.map((r) => path.relative(dir, r.file)),
    ['a/page.html', 'b/page.html', 'c.txt'],
  );
  const par = run(['analyze', '--json', '-j', '2', dir]);
  assert.equal(par.code, 0, par.stderr);
  assert.deepEqual(JSON.parse(par.stdout), arr);
  assert.ok(existsSync(cli));
});

test('several inputs in table mode end with a totals line', () => {
  const txt = path.join(tmp, 'two.txt');
  writeFileSync(txt, 'Police said the road was closed on Monday.');
  const r = run(['analyze', AEB, txt, '/no/such.txt']);
  assert.equal(r.code, 1);
  assert.match(r.stdout.trimEnd().split('\n').pop()!, /^3 inputs \(1 failed\): \d+ claims?/);
});
