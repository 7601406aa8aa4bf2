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
  private ruleSheet: CSSStyleSheet | null = null;
  private userColours: Partial<Record<Tag, string>> = {};
  /**
   * The names of the elements our painted claims sit in, the only elements our rules select (a
   * rule on :root or on every element restyles the whole page when it comes). Chromium: each
   * range's common ancestor, whose highlights its descendants inherit; Firefox ESR 153, without
   * highlight inheritance: each of the range's texts' own elements.
   */
  private hostNames = new Set<string>();
  /** The ranges whose elements are among hostNames already: painting runs again on every change. */
  private hosted = new WeakSet<Range>();

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
    const size = this.hostNames.size;
    // Not the focused claim's range: it is a claim's (or, marked "not a claim", one in the same blocks).
    for (const r of [...claims.map((c) => c.range), ...saved]) {
      if (this.hosted.has(r)) continue;
      this.hosted.add(r);
      const c = r.commonAncestorContainer;
      if (c.nodeType !== 1) this.addHost(c.parentElement);
      else if (__BROWSER__ !== 'firefox') this.addHost(c as Element);
      else {
        // No highlight inheritance: the element of each of the range's texts must be selected.
        const walk = this.doc.createTreeWalker(c, 4);
        while (walk.nextNode()) if (r.intersectsNode(walk.currentNode)) this.addHost(walk.currentNode.parentElement);
      }
    }
    if (this.hostNames.size > size) this.writeSheet();
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

  private addHost(el: Element | null): void {
    // A name is page text: escaped, it can only ever name an element.
    this.hostNames.add(el ? CSS.escape(el.localName) : '*');
  }

  /** Our highlight rules on the elements our claims sit in, in the reader's colours, and theirs for the <mark> fallback: a sheet adopted by the document (page sheets untouched). */
  setColours(colors: Record<Tag, string>): void {
    this.userColours = colors;
    this.writeSheet();
  }

  private writeSheet(): void {
    try {
      const scope = [...this.hostNames];
      const css = (scope.length ? highlightCss(`:is(${scope})`, this.userColours) + '\n' : '') + colourCss(this.userColours);
      // A sheet restyles the elements its rules select when it comes: none is adopted before it has a rule.
      if (!this.ruleSheet && !css) return;
      if (!this.ruleSheet) {
        this.ruleSheet = new CSSStyleSheet();
        this.ruleSheet.replaceSync(css);
        this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.ruleSheet];
      } else this.ruleSheet.replaceSync(css);
    } catch {
      // Adoption can fail across Firefox's Xray boundary; content.css's rules on <p> still apply.
      this.ruleSheet = null;
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
