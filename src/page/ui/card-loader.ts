/**
 * Loads card.js on demand: most pages are read without opening a card, so its
 * code (Preact, the card, its CSS) stays out of content.js. The background
 * injects it into our frame when asked ('card/load'); it registers its
 * renderer in our isolated world (card-api.ts).
 */
import { send } from '../../background/client';
import { cardRenderer, type CardRenderer } from './card-api';

/** After a failure, the same answer for this long: hovering must not become a stream of requests. */
const RETRY_AFTER_MS = 10_000;

let loading: Promise<CardRenderer> | null = null;
let failedAt = -Infinity;

export function loadCard(): Promise<CardRenderer> {
  const ready = cardRenderer();
  if (ready) return Promise.resolve(ready);
  if (loading && failedAt > -Infinity && performance.now() - failedAt >= RETRY_AFTER_MS) loading = null;
  if (!loading) {
    failedAt = -Infinity;
    const p = send('card/load', {}).then(() => {
      const r = cardRenderer();
      if (!r) throw new Error('the card script did not start');
      return r;
    });
    p.catch(() => {
      if (loading === p) failedAt = performance.now();
    });
    loading = p;
  }
  return loading;
}

/** Starts loading early (the pointer entered a claim), so the card shows without waiting. */
export function prefetchCard(): void {
  loadCard().catch(() => {
    /* reported when a card is really wanted */
  });
}
