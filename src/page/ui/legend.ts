/**
 * The floating legend: claims per tag with their marking, a switch per tag to
 * show or hide its highlights, previous/next claim, collapsible (the state is
 * remembered in settings by the caller).
 *
 * Plain DOM, no framework: the legend is on screen on every analysed page, so
 * it loads there right after the highlights (legend.js, see legend-main.ts),
 * and it is small enough to update by hand. Its
 * elements are made once and then only updated, so focus stays where the
 * reader left it. Page text never reaches it.
 */
import { TAGS, type Tag } from '../../types/analysis';
import { TAG_LABEL } from './labels';
import { swatchElement } from './swatch';

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

export interface LegendView {
  readonly element: HTMLElement;
  update(model: LegendModel): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, name: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(name);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function button(doc: Document, cls: string, text: string, onClick: () => void): HTMLButtonElement {
  const b = el(doc, 'button', cls, text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function createLegend(doc: Document, actions: LegendActions): LegendView {
  const aside = el(doc, 'aside');
  aside.setAttribute('aria-label', 'Sourcelight legend');
  const header = el(doc, 'header');
  const toggle = button(doc, 'toggle', '', () => actions.toggleCollapsed());
  const close = button(doc, 'close', '×', () => actions.close());
  close.setAttribute('aria-label', 'Hide legend');
  close.title = 'Hide legend';
  header.append(toggle, close);

  // The body (tag list, navigation, note) is built on the first full draw.
  let body: { parts: HTMLElement[]; update(m: LegendModel, total: number): void } | null = null;
  const buildBody = (m: LegendModel) => {
    const ul = el(doc, 'ul');
    const rows = TAGS.map((tag) => {
      const input = el(doc, 'input');
      input.type = 'checkbox';
      input.addEventListener('change', () => actions.toggleTag(tag, input.checked));
      const swatch = swatchElement(doc, tag, m.colors[tag]);
      const n = el(doc, 'span', 'n');
      const label = el(doc, 'label');
      label.append(input, swatch, TAG_LABEL[tag], n);
      const li = el(doc, 'li');
      li.append(label);
      ul.append(li);
      return { tag, input, swatch, n, color: m.colors[tag] };
    });
    const nav = el(doc, 'div', 'nav');
    const prev = button(doc, 'b', '◂ Previous', () => actions.step(-1));
    const next = button(doc, 'b', 'Next ▸', () => actions.step(1));
    nav.append(prev, next);
    const note = el(doc, 'div', 'note');
    return {
      parts: [ul, nav, note],
      update(model: LegendModel, total: number) {
        for (const r of rows) {
          r.input.checked = model.shown.has(r.tag);
          r.n.textContent = String(model.counts[r.tag]);
          if (r.color !== model.colors[r.tag]) {
            r.color = model.colors[r.tag];
            r.swatch.replaceWith((r.swatch = swatchElement(doc, r.tag, r.color)));
          }
        }
        prev.disabled = next.disabled = total === 0;
        const { saved, unanchored } = model;
        note.hidden = !saved && !unanchored;
        note.textContent =
          (saved ? `★ ${saved} saved` : '') +
          (saved && unanchored ? ' · ' : '') +
          (unanchored ? `${plural(unanchored, 'saved claim')} not found in this page` : '');
      },
    };
  };

  aside.append(header);
  return {
    element: aside,
    update(model) {
      const total = TAGS.reduce((n, t) => n + model.counts[t], 0);
      aside.className = 'sl legend' + (model.collapsed ? ' collapsed' : '');
      toggle.setAttribute('aria-expanded', String(!model.collapsed));
      toggle.textContent = `${model.collapsed ? '▸' : '▾'} Sourcelight · ${plural(total, 'claim')}`;
      const open = !model.collapsed && !model.headerOnly;
      if (open) {
        body ??= buildBody(model);
        body.update(model, total);
        if (body.parts[0].parentNode !== aside) aside.append(...body.parts);
      } else if (body && body.parts[0].parentNode === aside) {
        for (const p of body.parts) p.remove();
      }
    },
  };
}
