/**
 * The hand-over between content.js and card.js. Both run in the extension's
 * isolated world of the same frame, which has its own globals: card.js puts
 * its renderer there, content.js finds it. The page cannot see that world.
 */
import type { Tag } from '../../types/analysis';
import type { citationText, claimDraft } from '../citation';
import type { CardActions, CardModel } from './card';
import { scriptSlot } from '../script-slot';

export const CARD_GLOBAL = '__sourcelightCard';

export interface CardProps {
  model: CardModel;
  actions: CardActions;
  colors: Record<Tag, string>;
}

export interface CardRenderer {
  /** Draws the card into `mount` (null removes it); `root` gets the card's stylesheet once. */
  render(root: ShadowRoot, mount: HTMLElement, card: CardProps | null): void;
  /** What the card's buttons send (citation.ts): only ever needed once a card is open. */
  claimDraft: typeof claimDraft;
  citationText: typeof citationText;
}

const slot = scriptSlot<CardRenderer>(CARD_GLOBAL);

export const cardRenderer = slot.get;

export const provideCardRenderer = slot.provide;
