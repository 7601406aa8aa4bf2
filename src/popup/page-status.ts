/**
 * Finding out what Sourcelight did in the target tab: activate it, then poll
 * the content script (and the background's copy of the tab state) until the
 * analysis has a final status. Kept apart from the view so it can be tested
 * with a fake api and fake timers.
 */
import type { ContentState, TabState } from '../types/messages';
import type { PopupApi } from './api';

export type PageView =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'restricted'; detail: string }
  | { kind: 'analysing'; slow: boolean }
  | { kind: 'final'; tabId: number; state: TabState; content: ContentState | null };

export interface PollOptions {
  /** First delay between polls; it grows to `maxInterval`. */
  interval?: number;
  maxInterval?: number;
  /** After this long the view says the analysis is slow (and keeps waiting). */
  slowAfter?: number;
  /** Gives up after this long. */
  timeout?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Error texts of scripting.executeScript / tabs.sendMessage that mean "extensions may not run here". */
const RESTRICTED = /cannot access|cannot be scripted|cannot run on this page|off limits|extensions gallery|chrome:\/\/|about:|missing host permission|permission|restricted|webstore|addons\.mozilla/i;

export function isRestrictedError(message: string): boolean {
  return RESTRICTED.test(message);
}

/**
 * Runs the activate-and-poll sequence, reporting each intermediate view to
 * `onView`. Stops early when `signal` aborts (the popup closed or re-ran).
 */
export async function watchPage(api: PopupApi, onView: (v: PageView) => void, signal: AbortSignal, opts: PollOptions = {}): Promise<void> {
  const sleep = opts.sleep ?? realSleep;
  const now = opts.now ?? (() => Date.now());
  const slowAfter = opts.slowAfter ?? 8_000;
  const timeout = opts.timeout ?? 60_000;
  let interval = opts.interval ?? 100;
  const maxInterval = opts.maxInterval ?? 500;

  onView({ kind: 'loading' });
  const tabId = await api.targetTabId().catch(() => null);
  if (signal.aborted) return;
  if (tabId === null) {
    onView({ kind: 'no-tab' });
    return;
  }
  try {
    await api.send('tab/activate', { tabId });
  } catch (e) {
    if (signal.aborted) return;
    const detail = e instanceof Error ? e.message : String(e);
    // A failed activation in a normal page is an error of ours, not a restricted page.
    onView(
      isRestrictedError(detail)
        ? { kind: 'restricted', detail }
        : { kind: 'final', tabId, state: { status: 'error', message: detail }, content: null },
    );
    return;
  }

  const started = now();
  for (;;) {
    if (signal.aborted) return;
    const content = await api.contentState(tabId).catch(() => null);
    if (signal.aborted) return;
    if (content && content.state.status !== 'analysing') {
      onView({ kind: 'final', tabId, state: content.state, content });
      return;
    }
    if (!content) {
      // No content script answer (yet): the background may hold a final state, e.g. an injection error.
      const bg = await api.send('tab/getState', { tabId }).then((r) => r.state, () => null);
      if (signal.aborted) return;
      if (bg && (bg.status === 'error' || bg.status === 'not-article')) {
        onView({ kind: 'final', tabId, state: bg, content: null });
        return;
      }
    }
    const elapsed = now() - started;
    if (elapsed > timeout) {
      onView({ kind: 'final', tabId, state: { status: 'error', message: 'The analysis did not finish. Reload the page and try again.' }, content: null });
      return;
    }
    onView({ kind: 'analysing', slow: elapsed > slowAfter });
    await sleep(interval);
    interval = Math.min(maxInterval, Math.round(interval * 1.5));
  }
}
