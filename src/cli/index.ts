/** Entry of dist/cli.js (bin `sourcelight`); also the worker entry for parallel runs. */
import { isMainThread, workerData } from 'node:worker_threads';
import { main, serveWorker } from './main';

if (!isMainThread && (workerData as { sourcelightWorker?: boolean } | null)?.sourcelightWorker) {
  serveWorker();
} else {
  // `sourcelight analyze DIR | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  main(
    process.argv.slice(2),
    {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      isTTY: !!process.stdout.isTTY,
      env: process.env,
      columns: process.stdout.columns ?? 0,
      stdin: readStdinOnce,
    },
    new URL(import.meta.url),
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // Last resort: one line, no stack trace.
      process.stderr.write(`sourcelight: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

import { readStdin } from './inputs';
let stdinOnce: Promise<Uint8Array> | null = null;
function readStdinOnce(): Promise<Uint8Array> {
  stdinOnce ??= readStdin();
  return stdinOnce;
}
