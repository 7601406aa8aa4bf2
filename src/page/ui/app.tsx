/**
 * Everything we draw over the page, in one closed shadow root: the legend, the
 * claim card and a live region that tells screen-reader users which claim the
 * keyboard moved to.
 */
import { render } from 'preact';
import type { Tag } from '../../types/analysis';
import { ClaimCard, type CardActions, type CardModel } from './card';
import { Legend, type LegendActions, type LegendModel } from './legend';

export interface UiModel {
  legend: LegendModel | null;
  card: CardModel | null;
  announcement: string;
  colors: Record<Tag, string>;
}

export function App({ model, legend, card }: { model: UiModel; legend: LegendActions; card: CardActions }) {
  return (
    <>
      {model.legend ? <Legend model={model.legend} actions={legend} /> : null}
      {model.card ? <ClaimCard model={model.card} actions={card} colors={model.colors} /> : null}
      <div class="sr" role="status" aria-live="polite" aria-atomic="true">
        {model.announcement}
      </div>
    </>
  );
}

export function renderUi(mount: HTMLElement, model: UiModel, legend: LegendActions, card: CardActions): void {
  render(<App model={model} legend={legend} card={card} />, mount);
}

export function unmountUi(mount: HTMLElement): void {
  render(null, mount);
}
