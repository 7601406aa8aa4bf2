/**
 * Paints claims with the CSS Custom Highlight API: one Highlight per tag
 * (sourcelight-<tag>), one for saved claims and one for the claim whose card
 * is open. The page's DOM is never touched. Where the API is missing, claims
 * are wrapped in <mark> elements instead (the only DOM change we ever make,
 * and undone on clear()).
 */
import { TAGS, type Tag } from '../types/analysis';
import { DEFAULT_COLORS } from '../types/settings';

export const HIGHLIGHT_PREFIX = 'sourcelight-';
export const SAVED = 'sourcelight-saved';
export const FOCUS = 'sourcelight-focus';
export const highlightName = (tag: Tag): string => HIGHLIGHT_PREFIX + tag;
const ALL_NAMES = [...TAGS.map(highlightName), SAVED, FOCUS];

export interface Painted {
  range: Range;
  tag: Tag;
}

interface HighlightCtor {
  new (...ranges: Range[]): Highlight;
}

type Registry = Map<string, Highlight>;

function registry(): Registry | null {
  const css = (globalThis as { CSS?: { highlights?: Registry } }).CSS;
  const ctor = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && typeof ctor === 'function' ? css.highlights : null;
}

const CSS_COLOUR = /^#[0-9a-f]{3,8}$|^(rgb|hsl)a?\([\d\s.,%/]+\)$/i;

/** The user's colours as ::highlight rules (background tint + decoration colour). Pure. */
export function colourCss(colors: Record<Tag, string>): string {
  const rules: string[] = [];
  for (const tag of TAGS) {
    const c = colors[tag];
    if (!c || !CSS_COLOUR.test(c)) continue;
    rules.push(
      `::highlight(${highlightName(tag)}){background-color:color-mix(in srgb,${c} 24%,transparent)!important;text-decoration-color:${c}!important}`,
      `mark.sourcelight-mark[data-sourcelight-tag="${tag}"]{background-color:color-mix(in srgb,${c} 24%,transparent)!important;text-decoration-color:${c}!important}`,
    );
  }
  return rules.join('\n');
}

export class HighlightLayer {
  readonly native: boolean;
  private marks: HTMLElement[] = [];
  private colourSheet: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document, forceMarks = false) {
    this.native = !forceMarks && registry() !== null;
  }

  /** Repaints everything: claims of shown tags, saved spans, the focused claim. */
  paint(claims: Painted[], saved: Range[], focus: Range | null, shown: ReadonlySet<Tag>): void {
    if (!this.native) {
      this.paintMarks(claims, shown);
      return;
    }
    const reg = registry()!;
    const Ctor = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
    for (const tag of TAGS) {
      const ranges = shown.has(tag) ? claims.filter((c) => c.tag === tag).map((c) => c.range) : [];
      const name = highlightName(tag);
      if (ranges.length === 0) reg.delete(name);
      else reg.set(name, new Ctor(...ranges));
    }
    if (saved.length) {
      const h = new Ctor(...saved);
      h.priority = 1;
      reg.set(SAVED, h);
    } else reg.delete(SAVED);
    if (focus) {
      const h = new Ctor(focus);
      h.priority = 2;
      reg.set(FOCUS, h);
    } else reg.delete(FOCUS);
  }

  /** Removes every highlight (and fallback mark) we made. */
  clear(): void {
    const reg = registry();
    if (reg) {
      // By name: iterating the registry fails across Firefox's Xray wrappers.
      for (const name of ALL_NAMES) reg.delete(name);
    }
    this.unwrapMarks();
  }

  /** User colours, as a constructed sheet adopted by the document (page sheets untouched). */
  setColours(colors: Record<Tag, string>): void {
    try {
      // content.css already paints the default colours: only the user's own choices need rules
      // (adopting a sheet restyles the whole page, a cost worth skipping).
      const own = { ...colors };
      for (const tag of TAGS) if (own[tag]?.toLowerCase() === DEFAULT_COLORS[tag]) delete (own as Partial<Record<Tag, string>>)[tag];
      const css = colourCss(own);
      if (!this.colourSheet && !css) return;
      if (!this.colourSheet) {
        this.colourSheet = new CSSStyleSheet();
        this.colourSheet.replaceSync(css);
        this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.colourSheet];
      } else this.colourSheet.replaceSync(css);
    } catch {
      // Adoption can fail across Firefox's Xray boundary; content.css's default colours still apply.
      this.colourSheet = null;
    }
  }

  removeColours(): void {
    if (!this.colourSheet) return;
    try {
      const sheet = this.colourSheet;
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
    } catch {
      /* nothing to undo */
    }
    this.colourSheet = null;
  }

  isMark(node: Node): boolean {
    return node.nodeType === 1 && (node as Element).classList.contains('sourcelight-mark');
  }

  private paintMarks(claims: Painted[], shown: ReadonlySet<Tag>): void {
    this.unwrapMarks();
    for (const c of claims) {
      if (!shown.has(c.tag)) continue;
      const made = wrapRange(this.doc, c.range, c.tag);
      if (made.length) {
        c.range.setStartBefore(made[0]);
        c.range.setEndAfter(made[made.length - 1]);
        this.marks.push(...made);
      }
    }
  }

  private unwrapMarks(): void {
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    this.marks = [];
  }
}

/** Wraps the text of `range` in <mark> elements, one per Text node piece. */
function wrapRange(doc: Document, range: Range, tag: Tag): HTMLElement[] {
  const texts: Text[] = [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) texts.push(root as Text);
  else {
    const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
  }
  const marks: HTMLElement[] = [];
  const { startContainer, startOffset, endContainer, endOffset } = range;
  for (let t of texts) {
    let from = t === startContainer ? startOffset : 0;
    const to = t === endContainer ? endOffset : t.data.length;
    if (to <= from || !t.data.slice(from, to).trim()) continue;
    if (to < t.data.length) t.splitText(to);
    if (from > 0) {
      t = t.splitText(from);
      from = 0;
    }
    const mark = doc.createElement('mark');
    mark.className = 'sourcelight-mark';
    mark.setAttribute('data-sourcelight-tag', tag);
    t.parentNode!.insertBefore(mark, t);
    mark.appendChild(t);
    marks.push(mark);
  }
  return marks;
}
