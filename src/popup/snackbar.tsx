/** A short message at the bottom of the popup, with an optional Undo (also Ctrl+Z / ⌘Z). */
import { useEffect, useRef } from 'preact/hooks';

export interface Snack {
  text: string;
  undo?: () => void | Promise<void>;
  error?: boolean;
  /** Lets tests and styles tell messages apart. */
  kind?: string;
}

const SHOW_MS = 8_000;
const SHOW_UNDO_MS = 12_000;

export function Snackbar({ snack, onDone }: { snack: Snack | null; onDone: () => void }) {
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    if (!snack) return;
    const timer = setTimeout(() => done.current(), snack.undo ? SHOW_UNDO_MS : SHOW_MS);
    const onKey = (e: KeyboardEvent) => {
      if (snack.undo && (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !e.shiftKey) {
        const t = e.target as HTMLElement | null;
        if (t && /^(INPUT|TEXTAREA)$/.test(t.tagName)) return; // their own undo
        e.preventDefault();
        void snack.undo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('keydown', onKey);
    };
  }, [snack]);

  // The live region stays in the document so screen readers announce each new message.
  return (
    <div class="snackbar-region" role={snack?.error ? 'alert' : 'status'} aria-live={snack?.error ? 'assertive' : 'polite'}>
      {snack && (
        <div class={`snackbar${snack.error ? ' snackbar-error' : ''}`} data-kind={snack.kind}>
          <span class="snackbar-text">{snack.text}</span>
          {snack.undo && (
            <button type="button" class="snackbar-undo" onClick={() => void snack.undo?.()}>
              Undo
            </button>
          )}
          <button type="button" class="snackbar-close" aria-label="Dismiss" onClick={onDone}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
