/**
 * Everything we draw over the page, in one closed shadow root: the legend, the
 * claim card and a live region that tells screen-reader users which claim the
 * keyboard moved to.
 *
 * The legend and the live region are plain DOM; the legend's code is
 * legend.js, which the session loads once the claims are painted (no legend
 * until it is there). The card is drawn by card.js, loaded the first time a
 * card is wanted; until it is there, the latest card model waits and is drawn
 * as soon as it arrives.
 */
import type { Tag } from '../../types/analysis';
import type { CardActions, CardModel } from './card';
import type { CardProps } from './card-api';
import { cardRenderer } from './card-api';
import { loadCard } from './card-loader';
import { legendFactory } from '../legend-api';
import type { LegendActions, LegendModel, LegendView } from './legend';

export interface UiModel {
  legend: LegendModel | null;
  card: CardModel | null;
  announcement: string;
  colors: Record<Tag, string>;
}

interface UiState {
  root: ShadowRoot;
  legend: LegendView | null;
  cardMount: HTMLElement;
  live: HTMLElement;
  announced: string;
  /** The card the session wants on screen, and whether it is. */
  want: CardProps | null;
  shown: boolean;
  waiting: boolean;
  loadFailed: boolean;
  onCardShown: () => void;
}

const states = new WeakMap<HTMLElement, UiState>();

function stateFor(mount: HTMLElement): UiState {
  let st = states.get(mount);
  if (st) return st;
  const doc = mount.ownerDocument;
  const cardMount = doc.createElement('div');
  const live = doc.createElement('div');
  live.className = 'sr';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  mount.replaceChildren(cardMount, live);
  st = {
    root: mount.getRootNode() as ShadowRoot,
    legend: null,
    cardMount,
    live,
    announced: '',
    want: null,
    shown: false,
    waiting: false,
    loadFailed: false,
    onCardShown: () => {},
  };
  states.set(mount, st);
  return st;
}

function say(st: UiState, text: string): void {
  st.live.textContent = text;
}

function drawCard(mount: HTMLElement, st: UiState): void {
  const renderer = cardRenderer();
  if (renderer) {
    try {
      renderer.render(st.root, st.cardMount, st.want);
      st.shown = !!st.want;
    } catch {
      st.shown = false; // never break the page over our UI
    }
    return;
  }
  st.shown = false;
  if (!st.want || st.waiting) return;
  st.waiting = true;
  loadCard().then(
    () => {
      st.waiting = false;
      if (states.get(mount) !== st) return;
      drawCard(mount, st);
      if (st.shown) st.onCardShown();
    },
    (e: unknown) => {
      st.waiting = false;
      // Said once: the highlights, the legend and the announcements keep working without the card.
      if (states.get(mount) !== st || st.loadFailed) return;
      st.loadFailed = true;
      say(st, `The claim card could not be loaded (${e instanceof Error ? e.message : String(e)}). The highlights still work.`);
    },
  );
}

/**
 * Draws the model. `onCardShown` is called when a card that had to wait for
 * card.js is on screen at last.
 */
export function renderUi(
  mount: HTMLElement,
  model: UiModel,
  legend: LegendActions,
  card: CardActions,
  onCardShown: () => void = () => {},
): void {
  const st = stateFor(mount);
  st.onCardShown = onCardShown;
  const create = legendFactory();
  if (model.legend && (st.legend || create)) {
    st.legend ??= create!(mount.ownerDocument, legend, st.root);
    st.legend.update(model.legend);
    if (st.legend.element.parentNode !== mount) mount.prepend(st.legend.element);
  } else st.legend?.element.remove();
  st.want = model.card ? { model: model.card, actions: card, colors: model.colors } : null;
  if (st.want || st.shown) drawCard(mount, st);
  // Only a new announcement is spoken; redraws for other reasons leave the region alone.
  if (model.announcement !== st.announced) {
    st.announced = model.announcement;
    say(st, model.announcement);
  }
}

/** True when the card of the last model is on screen (not still loading). */
export function isCardShown(mount: HTMLElement): boolean {
  return states.get(mount)?.shown ?? false;
}

export function unmountUi(mount: HTMLElement): void {
  const st = states.get(mount);
  if (!st) return;
  states.delete(mount);
  try {
    cardRenderer()?.render(st.root, st.cardMount, null);
  } catch {
    /* going anyway */
  }
  mount.replaceChildren();
}
