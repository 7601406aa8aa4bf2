/**
 * Small read-only DOM helpers shared by extraction and the text map. They use
 * only what both a live page and linkedom provide (nodeType, childNodes,
 * getAttribute, localName), so the same code runs in the content script and Node.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements whose content is never article text. */
export const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object',
  'embed', 'video', 'audio', 'picture', 'img', 'source', 'track', 'map', 'head', 'title',
  'meta', 'link', 'select', 'option', 'textarea', 'input', 'button', 'dialog',
]);

/** Inline (phrasing) elements: they continue the text of the block around them. */
export const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
  'ins', 'del', 'strike', 'big', 'tt', 'label', 'nobr', 'img', 'picture', 'acronym',
]);

export function tagOf(el: Element): string {
  // localName is lower-case for HTML elements in both browsers and linkedom.
  return (el.localName || el.tagName || '').toLowerCase();
}

export function isElement(n: Node): n is Element {
  return n.nodeType === ELEMENT_NODE;
}

export function isText(n: Node): n is Text {
  return n.nodeType === TEXT_NODE;
}

/** class + id (+ a few hint attributes) as one lower-case string for pattern tests. */
export function hintsOf(el: Element): string {
  // Most elements of an article (p, em, a few spans) have no attribute at all: no reads.
  if (!el.hasAttributes()) return '';
  return hintsFrom(el, el.getAttribute('class'), el.getAttribute('role'));
}

/** hintsOf with class and role already read (isUnlikely reads role for its own check, the scan reads class). */
export function hintsFrom(el: Element, c: string | null, role: string | null): string {
  const id = el.getAttribute('id');
  const dt = el.getAttribute('data-testid') ?? el.getAttribute('data-component');
  let s = '';
  if (c) s += c;
  if (id) s += ' ' + id;
  if (role) s += ' role-' + role;
  if (dt) s += ' ' + dt;
  return s.toLowerCase();
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
const HIDDEN_CLASS =
  /(?:^|\s)(?:hidden|hide|is-hidden|u-hidden|visually-hidden|visuallyhidden|sr-only|screen-reader-text|screenreader-only|offscreen|element-invisible|a11y-hidden|hidden-text)(?:\s|$)/;

/**
 * Hidden by markup alone (`ignoreStyle`: all but inline styles, for pages that
 * hide their whole layout until a script runs): hidden attribute, aria-hidden, inline display:none or
 * visibility:hidden, screen-reader-only classes. Works without layout (linkedom).
 * `cls`: the class attribute, when the caller has read it already (the body
 * scan reads it once for this and isUnlikely); such a caller has also seen
 * that the element has attributes.
 */
export function isHiddenByMarkup(el: Element, ignoreStyle = false, cls?: string | null): boolean {
  if (cls === undefined && !el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = ignoreStyle ? null : el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const c = cls === undefined ? el.getAttribute('class') : cls;
  if (c && HIDDEN_CLASS.test(c.toLowerCase())) return true;
  return false;
}

type VisibilityCheck = (opts?: { visibilityProperty?: boolean; checkVisibilityCSS?: boolean }) => boolean;

/**
 * Hidden by CSS on a live page (checkVisibility, Chrome 105+/Firefox 106+).
 * Absent in linkedom, where this is always false. Only called for block-level
 * elements: it forces style resolution, which is cached after the first call.
 */
export function isHiddenByLayout(el: Element): boolean {
  const cv = (el as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  if (typeof cv !== 'function') return false;
  try {
    return !cv.call(el, { visibilityProperty: true, checkVisibilityCSS: true });
  } catch {
    return false;
  }
}

const WS = /\s+/g;

/** Whitespace-collapsed text of a node, skipping never-text and markup-hidden elements. */
export function visibleText(root: Node): string {
  const out: string[] = [];
  collect(root, out);
  return out.join('').replace(WS, ' ').trim();
}

function collect(n: Node, out: string[]): void {
  for (let c = n.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE) out.push((c as Text).data);
    else if (c.nodeType === ELEMENT_NODE) {
      const el = c as Element;
      const t = tagOf(el);
      if (NEVER_TEXT.has(t) || isHiddenByMarkup(el)) continue;
      if (t === 'br') out.push(' ');
      else if (!INLINE.has(t)) {
        out.push(' ');
        collect(el, out);
        out.push(' ');
      } else collect(el, out);
    }
  }
}
