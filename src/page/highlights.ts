/**
 * Paints claims with the CSS Custom Highlight API: one Highlight per tag
 * (sourcelight-<tag>), one for saved claims and one for the claim whose card
 * is open. The page's DOM is never touched. Where the API is missing, claims
 * are wrapped in <mark> elements instead by marks.js, loaded then (the only
 * DOM change we ever make, and undone on clear()).
 */
import { TAGS, type Tag } from '../types/analysis';
import { FOCUS, SAVED, colourCss, highlightCss, highlightName } from './highlight-css';
import { markPainter } from './marks-api';
import { marksScript } from './script-loaders';

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

export class HighlightLayer {
  readonly native: boolean;
  private marks: HTMLElement[] = [];
  private colourSheet: CSSStyleSheet | null = null;
  private userColours: Partial<Record<Tag, string>> = {};
  /**
   * Where highlights inherit (Chromium; Firefox ESR 153 has none, and its content.css has our
   * rules on every element): the names of the elements our painted ranges sit in, the only
   * elements our rules select.
   */
  private hostNames = new Set<string>();

  /** A fallback paint asked for while marks.js was loading. */
  private waiting: [Painted[], ReadonlySet<Tag>] | null = null;

  constructor(private readonly doc: Document, forceMarks = false) {
    this.native = !forceMarks && registry() !== null;
    if (!this.native) marksScript.prefetch();
  }

  /** Resolves when the <mark> fallback's code is loaded (or could not be): the native layer needs none. */
  marksReady(): Promise<void> {
    return this.native ? Promise.resolve() : marksScript.load().then(() => {}, () => {});
  }

  /** Repaints everything: claims of shown tags, saved spans, the focused claim. */
  paint(claims: Painted[], saved: Range[], focus: Range | null, shown: ReadonlySet<Tag>): void {
    if (!this.native) {
      this.paintMarks(claims, shown);
      return;
    }
    if (__BROWSER__ !== 'firefox') {
      const size = this.hostNames.size;
      // Not the focused claim's range: it is a claim's (or, marked "not a claim", one in the same blocks).
      for (const r of [...claims.map((c) => c.range), ...saved]) {
        const c = r.commonAncestorContainer;
        const el = c.nodeType === 1 ? (c as Element) : c.parentElement;
        // A name is page text: escaped, it can only ever name an element.
        this.hostNames.add(el ? CSS.escape(el.localName) : '*');
      }
      if (this.hostNames.size > size) this.writeSheet();
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

  /** User colours (and where highlights inherit, our highlight rules), as a sheet adopted by the document (page sheets untouched). */
  setColours(colors: Record<Tag, string>): void {
    this.userColours = colors;
    this.writeSheet();
  }

  private writeSheet(): void {
    try {
      const scope = [...this.hostNames];
      const css = (__BROWSER__ !== 'firefox' && scope.length ? highlightCss(`:is(${scope})`, this.userColours) + '\n' : '') + colourCss(this.userColours, __BROWSER__ === 'firefox');
      // A sheet restyles the elements its rules select when it comes: none is adopted before it has a rule.
      if (!this.colourSheet && !css) return;
      if (!this.colourSheet) {
        this.colourSheet = new CSSStyleSheet();
        this.colourSheet.replaceSync(css);
        this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.colourSheet];
      } else this.colourSheet.replaceSync(css);
    } catch {
      // Adoption can fail across Firefox's Xray boundary; content.css's default colours still apply there.
      this.colourSheet = null;
    }
  }

  isMark(node: Node): boolean {
    return node.nodeType === 1 && (node as Element).classList.contains('sourcelight-mark');
  }

  /**
   * The fallback paints once marks.js is there: its loading starts with the
   * layer, so it normally is by the first paint; a paint asked for earlier
   * happens when it arrives, with the latest claims.
   */
  private paintMarks(claims: Painted[], shown: ReadonlySet<Tag>): void {
    const painter = markPainter();
    if (!painter) {
      const first = !this.waiting;
      this.waiting = [claims, shown];
      if (first) {
        void this.marksReady().then(() => {
          const w = this.waiting;
          this.waiting = null;
          if (w && markPainter()) this.paintMarks(...w);
        });
      }
      return;
    }
    this.unwrapMarks();
    this.marks = painter.wrap(this.doc, claims, shown);
  }

  private unwrapMarks(): void {
    this.waiting = null;
    if (this.marks.length) markPainter()?.unwrap(this.marks);
    this.marks = [];
  }
}
