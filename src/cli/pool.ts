/**
 * Analyses many files on worker threads. Each worker reads and analyses whole
 * files and posts back plain results; order is restored by the caller.
 */
import { Worker } from 'node:worker_threads';
import type { CliFileResult } from '../types/cli';
import type { Expanded } from './inputs';

export interface Job {
  index: number;
  input: Expanded;
}

export async function runPool(
  entry: URL,
  jobs: Job[],
  threads: number,
  onResult: (index: number, r: CliFileResult) => void,
): Promise<void> {
  let next = 0;
  const startWorker = () =>
    new Promise<void>((resolve) => {
      const w = new Worker(entry, { workerData: { sourcelightWorker: true }, execArgv: process.execArgv });
      let current: Job | null = null;
      const feed = () => {
        if (next >= jobs.length) {
          current = null;
          void w.terminate();
          return;
        }
        current = jobs[next++]!;
        w.postMessage(current);
      };
      w.on('message', (m: { index: number; result: CliFileResult }) => {
        onResult(m.index, m.result);
        feed();
      });
      w.on('error', (e) => {
        if (current) onResult(current.index, { file: current.input.name, error: `worker failed: ${e.message}` });
        feed();
      });
      w.on('exit', () => resolve());
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(threads, jobs.length) }, startWorker));
}
