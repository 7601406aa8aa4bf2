/**
 * Follows a page after analysis: content added or replaced (lazy loading,
 * "read more", re-rendered bodies) and single-page-app navigation. Calls back
 * debounced, so a burst of mutations costs one refresh.
 */
export interface WatchCallbacks {
  onUrlChange(): void;
  onContentChange(): void;
  /** Mutations inside these nodes are ours (UI hosts, fallback marks). */
  ignore(node: Node): boolean;
}

const DEBOUNCE_MS = 400;
const MAX_WAIT_MS = 2000;
const URL_POLL_MS = 1000;
const QUIET_MS = 600;
const QUIET_MAX_MS = 4000;
/** Characters an added element outside the article needs before we look again. */
const MIN_NEW_TEXT = 80;

/** The URL without its fragment: a #section jump is not a new page. */
export function pageKey(href: string): string {
  const i = href.indexOf('#');
  return i === -1 ? href : href.slice(0, i);
}

export class PageWatcher {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;
  private poll: ReturnType<typeof setInterval> | undefined;
  private url: string;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private quietCb: (() => void) | null = null;
  private quietStart = 0;
  private roots: Element[] = [];

  constructor(private readonly doc: Document, private readonly cb: WatchCallbacks) {
    this.url = pageKey(location.href);
  }

  /** (Re)starts observing `roots` (the article's containers) and the body. */
  start(roots: Element[]): void {
    this.stopObserver();
    this.roots = roots;
    this.url = pageKey(location.href);
    const observer = new MutationObserver((records) => this.onMutations(records));
    const opts: MutationObserverInit = { childList: true, subtree: true, characterData: true };
    const body = this.doc.body;
    if (body) observer.observe(body, opts);
    for (const r of roots) if (!body || !body.contains(r)) observer.observe(r, opts);
    this.observer = observer;
    if (this.poll === undefined) {
      this.poll = setInterval(() => this.checkUrl(), URL_POLL_MS);
      window.addEventListener('popstate', this.checkUrl);
      window.addEventListener('hashchange', this.checkUrl);
    }
  }

  /** Calls `fn` once mutations have been quiet for a while (or after a cap), e.g. after SPA navigation. */
  afterQuiet(fn: () => void): void {
    this.quietCb = fn;
    this.quietStart = Date.now();
    this.armQuiet();
  }

  private stopObserver(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.firstPending = 0;
  }

  private armQuiet(): void {
    clearTimeout(this.quietTimer);
    const left = QUIET_MAX_MS - (Date.now() - this.quietStart);
    this.quietTimer = setTimeout(() => {
      const fn = this.quietCb;
      this.quietCb = null;
      try {
        fn?.();
      } catch {
        /* never break the page */
      }
    }, Math.max(0, Math.min(QUIET_MS, left)));
  }

  private checkUrl = (): void => {
    const now = pageKey(location.href);
    if (now === this.url) return;
    this.url = now;
    try {
      this.cb.onUrlChange();
    } catch {
      /* never break the page */
    }
  };

  /**
   * Worth a refresh: any change inside the article, new content with some text
   * anywhere (lazy sections, a re-rendered body), or the article itself removed.
   * Tickers and counters elsewhere in the page cost nothing.
   */
  private relevant(r: MutationRecord): boolean {
    if (this.cb.ignore(r.target) || (r.target.parentNode && this.cb.ignore(r.target.parentNode))) return false;
    if (this.roots.some((root) => root.contains(r.target))) return true;
    if (r.type !== 'childList') return false;
    for (const n of Array.from(r.addedNodes)) {
      if (n.nodeType === 1 && !this.cb.ignore(n) && (n.textContent?.length ?? 0) >= MIN_NEW_TEXT) return true;
    }
    for (const n of Array.from(r.removedNodes)) {
      if (this.roots.some((root) => n === root || n.contains(root))) return true;
    }
    return false;
  }

  private onMutations(records: MutationRecord[]): void {
    const relevant = records.some((r) => this.relevant(r));
    if (!relevant) return;
    if (this.quietCb) {
      this.armQuiet();
      return;
    }
    // URL changes often come with the DOM swap: check it first.
    this.checkUrl();
    const now = Date.now();
    if (!this.firstPending) this.firstPending = now;
    clearTimeout(this.timer);
    const wait = Math.min(DEBOUNCE_MS, Math.max(0, MAX_WAIT_MS - (now - this.firstPending)));
    this.timer = setTimeout(() => {
      this.firstPending = 0;
      try {
        this.cb.onContentChange();
      } catch {
        /* never break the page */
      }
    }, wait);
  }
}
