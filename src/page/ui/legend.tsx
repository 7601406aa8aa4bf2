/**
 * The floating legend: claims per tag with their marking, a switch per tag to
 * show or hide its highlights, previous/next claim, collapsible (the state is
 * remembered in settings by the caller).
 */
import { TAGS, type Tag } from '../../types/analysis';
import { Swatch } from './card';
import { TAG_LABEL } from './labels';

export interface LegendModel {
  counts: Record<Tag, number>;
  shown: ReadonlySet<Tag>;
  collapsed: boolean;
  /** Draw the header only for now (the first, cheap draw; the rest follows in a later task). */
  headerOnly?: boolean;
  colors: Record<Tag, string>;
  saved: number;
  unanchored: number;
}

export interface LegendActions {
  toggleTag(tag: Tag, show: boolean): void;
  toggleCollapsed(): void;
  step(direction: 1 | -1): void;
  close(): void;
}

export function Legend({ model, actions }: { model: LegendModel; actions: LegendActions }) {
  const total = TAGS.reduce((n, t) => n + model.counts[t], 0);
  return (
    <aside class={'sl legend' + (model.collapsed ? ' collapsed' : '')} aria-label="Sourcelight legend">
      <header>
        <button type="button" class="toggle" aria-expanded={!model.collapsed} onClick={() => actions.toggleCollapsed()}>
          {model.collapsed ? '▸' : '▾'} Sourcelight · {total} {total === 1 ? 'claim' : 'claims'}
        </button>
        <button type="button" class="close" aria-label="Hide legend" title="Hide legend" onClick={() => actions.close()}>
          ×
        </button>
      </header>
      {model.collapsed || model.headerOnly ? null : (
        <>
          <ul>
            {TAGS.map((tag) => (
              <li key={tag}>
                <label>
                  <input
                    type="checkbox"
                    checked={model.shown.has(tag)}
                    onChange={(e) => actions.toggleTag(tag, (e.currentTarget as HTMLInputElement).checked)}
                  />
                  <Swatch tag={tag} color={model.colors[tag]} />
                  {TAG_LABEL[tag]}
                  <span class="n">{model.counts[tag]}</span>
                </label>
              </li>
            ))}
          </ul>
          <div class="nav">
            <button type="button" class="b" disabled={total === 0} onClick={() => actions.step(-1)}>
              ◂ Previous
            </button>
            <button type="button" class="b" disabled={total === 0} onClick={() => actions.step(1)}>
              Next ▸
            </button>
          </div>
          {model.saved || model.unanchored ? (
            <div class="note">
              {model.saved ? `★ ${model.saved} saved` : ''}
              {model.saved && model.unanchored ? ' · ' : ''}
              {model.unanchored ? `${model.unanchored} saved ${model.unanchored === 1 ? 'claim' : 'claims'} not found in this page` : ''}
            </div>
          ) : null}
        </>
      )}
    </aside>
  );
}
