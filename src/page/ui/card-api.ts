/**
 * The hand-over between content.js and card.js. Both run in the extension's
 * isolated world of the same frame, which has its own globals: card.js puts
 * its renderer there, content.js finds it. The page cannot see that world.
 */
import type { Tag } from '../../types/analysis';
import type { citationText, claimDraft } from '../citation';
import type { CardActions, CardModel } from './card';

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

type Slot = { [CARD_GLOBAL]?: CardRenderer };

export const cardRenderer = (): CardRenderer | undefined => (globalThis as Slot)[CARD_GLOBAL];

export function provideCardRenderer(r: CardRenderer): void {
  // A second injection (two frames asking at once, say) keeps the first renderer and its state.
  (globalThis as Slot)[CARD_GLOBAL] ??= r;
}
