/**
 * The names of our highlights and the CSS rules of the reader's colours for
 * them (and for the <mark> fallback). Pure.
 */
import { TAGS, type Tag } from '../types/analysis';

export const HIGHLIGHT_PREFIX = 'sourcelight-';
export const SAVED = 'sourcelight-saved';
export const FOCUS = 'sourcelight-focus';
export const highlightName = (tag: Tag): string => HIGHLIGHT_PREFIX + tag;

const CSS_COLOUR = /^#[0-9a-f]{3,8}$|^(rgb|hsl)a?\([\d\s.,%/]+\)$/i;

/**
 * Where the highlight rules go: on :root, which every element's highlight
 * inherits from (highlight inheritance), where the browser has it; a rule on
 * every element makes Chromium restyle the whole page when the sheet is
 * adopted. Firefox has no highlight inheritance yet: there, every element.
 * (content.css does the same.)
 */
const HIGHLIGHT_SCOPE = typeof __BROWSER__ !== 'undefined' && __BROWSER__ === 'firefox' ? '' : ':root';

/** The user's colours as ::highlight rules (background tint + decoration colour). Pure. */
export function colourCss(colors: Record<Tag, string>): string {
  const rules: string[] = [];
  for (const tag of TAGS) {
    const c = colors[tag];
    if (!c || !CSS_COLOUR.test(c)) continue;
    rules.push(
      `${HIGHLIGHT_SCOPE}::highlight(${highlightName(tag)}){background-color:color-mix(in srgb,${c} 24%,transparent)!important;text-decoration-color:${c}!important}`,
      `mark.sourcelight-mark[data-sourcelight-tag="${tag}"]{background-color:color-mix(in srgb,${c} 24%,transparent)!important;text-decoration-color:${c}!important}`,
    );
  }
  return rules.join('\n');
}
