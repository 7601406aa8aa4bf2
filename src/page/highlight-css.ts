/**
 * The names of our highlights and the CSS rules that paint them, in the
 * default colours or the reader's (and the reader's colours for the <mark>
 * fallback). Pure.
 *
 * Each tag has a translucent tint (works on light and dark pages: the page's
 * own text colour is kept) AND its own line, so colour is never the only cue.
 */
import { TAGS, type Tag } from '../types/analysis';
import { DEFAULT_COLORS } from '../types/settings';

export const HIGHLIGHT_PREFIX = 'sourcelight-';
export const SAVED = 'sourcelight-saved';
export const FOCUS = 'sourcelight-focus';
export const highlightName = (tag: Tag): string => HIGHLIGHT_PREFIX + tag;

const CSS_COLOUR = /^#[0-9a-f]{3,8}$|^(rgb|hsl)a?\([\d\s.,%/]+\)$/i;

/** The reader's colour when it is a plain CSS colour (settings are untrusted text), else undefined. */
const plainColour = (c: string | undefined): string | undefined => (c && CSS_COLOUR.test(c) ? c : undefined);

/** Each tag's line, beside its tint. */
const LINES: Record<Tag, string> = {
  'named-person': 'underline solid 2px',
  organization: 'underline double 2px',
  media: 'underline dotted 2px',
  anonymous: 'underline wavy 1px',
  document: 'underline dashed 2px',
  unattributed: 'overline solid 2px',
};

/** A tag's tint in colour `c`: translucent, so the page's own text colour shows through. */
const tint = (c: string): string => `color-mix(in srgb,${c} 24%,transparent)`;

/** How a claim of `tag` is painted in colour `c`, highlight or <mark> alike. */
const paint = (tag: Tag, c: string): string => `background-color:${tint(c)};text-decoration:${LINES[tag]} ${c}`;

/**
 * Every rule of our highlights, on the elements `scope` selects ('' for every
 * element): the tags in `colors` (the default where one is missing or not a
 * plain colour), saved claims (a gold wash and a thick underline over their
 * tag's marking), the claim whose card is open, and forced-colours mode.
 *
 * The content script adopts these rules on the elements its claims sit in
 * (`:is(p)` on most pages): a rule on :root (which every element's highlight
 * inherits in Chromium) or on every element makes the browser restyle the
 * whole page when the sheet arrives: in Chromium 2.9 ms (on :root) and 3.7 ms
 * (every element) on the median of 23 corpus pages, up to 7 ms; in Firefox
 * 3-4 ms. On every <p> it takes 0.4 ms in Chromium (under Firefox's 1 ms
 * clock there), what any new sheet costs. content.css has them on
 * `:where(p)` (build.mjs), for a page that replaces its document's adopted
 * sheets.
 */
export function highlightCss(scope: string, colors: Partial<Record<Tag, string>>): string {
  const on = (name: string) => `${scope}::highlight(${name})`;
  return TAGS.map((tag) => {
    const c = plainColour(colors[tag]) ?? DEFAULT_COLORS[tag];
    return `${on(highlightName(tag))}{${paint(tag, c)}}\n@media (forced-colors:active){${on(highlightName(tag))}{background-color:Mark;color:MarkText}}\n`;
  }).join('') + `${on(SAVED)}{background-color:#ffc40057;text-decoration:underline solid 3px #c99000}\n${on(FOCUS)}{background-color:#ffe60080}`;
}

/** The <mark> fallback's rules in the default colours, for content.css (build.mjs). Pure. */
export function markCss(): string {
  return TAGS.map((tag) => `mark.sourcelight-mark[data-sourcelight-tag="${tag}"]{${paint(tag, DEFAULT_COLORS[tag])}}`).join('\n');
}

/** The reader's own colours (those that differ from the defaults) for the <mark> fallback. Pure. */
export function colourCss(colors: Partial<Record<Tag, string>>): string {
  const rules: string[] = [];
  for (const tag of TAGS) {
    const c = plainColour(colors[tag]);
    if (c && c.toLowerCase() !== DEFAULT_COLORS[tag]) rules.push(`mark.sourcelight-mark[data-sourcelight-tag="${tag}"]{background-color:${tint(c)}!important;text-decoration-color:${c}!important}`);
  }
  return rules.join('\n');
}
