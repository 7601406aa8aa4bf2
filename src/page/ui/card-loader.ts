/**
 * Loads card.js on demand: most pages are read without opening a card, so its
 * code (Preact, the card, its CSS) stays out of content.js. The background
 * injects it into our frame when asked ('card/load'); it registers its
 * renderer in our isolated world (card-api.ts).
 */
import { send } from '../../background/client';
import { lazyScript } from '../lazy-script';
import { cardRenderer } from './card-api';

const card = lazyScript('card', () => send('card/load', {}), cardRenderer);

export const loadCard = card.load;

/** Starts loading early (the pointer entered a claim), so the card shows without waiting. */
export const prefetchCard = card.prefetch;
