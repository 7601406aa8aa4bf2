/** The little sample of a tag's marking (colour plus underline style) that the legend and the card show. */
import type { Tag } from '../../types/analysis';
import { TAG_DECORATION } from './labels';

export function swatchStyle(tag: Tag, color: string) {
  const [line, style] = TAG_DECORATION[tag].split(' ');
  return {
    background: `color-mix(in srgb, ${color} 30%, transparent)`,
    textDecorationLine: line,
    textDecorationStyle: style,
    textDecorationColor: color,
  };
}

/** The swatch as a plain element (the legend); the card draws the same with Preact. */
export function swatchElement(doc: Document, tag: Tag, color: string): HTMLElement {
  const el = doc.createElement('span');
  el.className = 'swatch';
  el.setAttribute('aria-hidden', 'true');
  el.textContent = '\u2003\u2003';
  Object.assign(el.style, swatchStyle(tag, color));
  return el;
}
