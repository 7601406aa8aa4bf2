/**
 * One activation of Sourcelight in a page: finds the article, analyses it in
 * chunks, paints the claims, runs the legend and the claim card, saves and
 * re-anchors claims, and follows the page as it changes.
 */
import { send } from '../background/client';
import { analyzeSteps, analyzeText } from '../engine/index';
import { analysisOptions, articleTextSteps, domPoints, extractArticleAsync, runBetween } from '../extract/index';
import { cleanSettings, loadSettings, onSettingsChanged, saveSettings } from '../storage/settings';
import { TAGS, emptyProfile, type AnalyzeOptions, type SentenceResult, type Tag } from '../types/analysis';
import type { ArticleText, ExtractedArticle } from '../types/article';
import type { ContentClaimSummary, ContentState, TabState } from '../types/messages';
import type { ClaimRecord, PageInfo, TextQuoteAnchor, UserTag } from '../types/records';
import { DEFAULT_SETTINGS, type Settings } from '../types/settings';
import { Slicer, analyseStepwise, idleTime, warmUp } from './analyse';
import { collapseWhitespace, makeAnchor } from './anchor';
import { anchorTools, type AnchorTools } from './anchor-api';
import { anchorScript, legendScript, reanalyseScript } from './script-loaders';
import { selectionDraft } from './citation';
import { HighlightLayer } from './highlights';
import { claimAtPoint } from './hit-test';
import { rangeFrom } from './dom-range';
import { renderedText } from './text-map';
import { isCardShown, renderUi, unmountUi, type UiModel } from './ui/app';
import type { CardActions, CardModel } from './ui/card';
import { loadCard, prefetchCard } from './ui/card-loader';
import { createUiHost, isOurHost, type UiHost } from './ui/host';
import type { LegendActions } from './ui/legend';
import { TAG_LABEL } from './ui/labels';
import { UI_CSS } from './ui/styles';
import { PageWatcher } from './watch';

type Claim = SentenceResult & { tag: Tag };

/**
 * Our longest run on the main thread before the page gets its turn, ms: well
 * under the 50 ms long-task line even when a step overshoots, yet long enough
 * that task hops and the engine's per-call overhead stay small.
 */
const SLICE_MS = 10;

/**
 * Longest wait, after content.js started on its own (PageSession.start), for the
 * 'content/activate' that brings the settings; then they are read from storage.
 */
const SETTINGS_DUE_MS = 1000;

/** Longest wait for an idle moment before the legend is drawn anyway, ms. */
const UI_IDLE_TIMEOUT_MS = 300;

interface Item {
  s: Claim;
  range: Range;
  block: Element;
  /** The range's text when made; a different text later means the page changed under it. */
  snapshot: string;
  anchor: TextQuoteAnchor;
  savedId: string | null;
  userTag: UserTag | null;
}

interface SavedSpan {
  id: string;
  text: string;
  range: Range;
}

/** The element of the block holding offset `pos` of the article text. */
function blockAt(at: ArticleText, pos: number): Element | null {
  let lo = 0;
  let hi = at.blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at.blocks[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found === -1 ? null : at.blocks[found].element;
}

function isStale(r: Range, snapshot: string): boolean {
  return !r.startContainer.isConnected || !r.endContainer.isConnected || collapseWhitespace(r.toString()) !== snapshot;
}

const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export interface SessionHooks {
  /** Test build: mirror the status into the page so the harness can wait for it. */
  onStatus?(status: TabState['status']): void;
  /** Test build: the card's state after every change. */
  onCard?(state: { open: boolean; index: number; saved: boolean; pinned: boolean } | null, host: HTMLElement | null): void;
}

export class PageSession {
  private status: TabState['status'] | 'idle' = 'idle';
  private message: string | undefined;
  private items: Item[] = [];
  private saved: SavedSpan[] = [];
  private pendingSaved: ClaimRecord[] = [];
  /**
   * Each analysed block's text as it was analysed, to recognise it unchanged later. The text
   * itself, not a hash of it: a slice of the article's text costs nothing to take, and comparing
   * two strings is what hashing them would have cost.
   */
  private analysed = new WeakMap<Element, string>();
  private article: ExtractedArticle | null = null;
  private at: ArticleText | null = null;
  private opts: AnalyzeOptions = {};
  private url = '';
  private page: PageInfo | null = null;
  private settings: Settings = DEFAULT_SETTINGS;
  private layer: HighlightLayer;
  private ui: UiHost | null = null;
  private legendVisible = true;
  /** The legend's first draw: its header only (see run()). */
  private legendHeaderOnly = false;
  private card: { index: number; pinned: boolean; takeFocus: boolean } | null = null;
  private announcement = '';
  private running: Promise<void> | null = null;
  /** Bumped on every reset: work started for an older page stops. */
  private generation = 0;
  private watcher: PageWatcher | null = null;
  private unsubscribeSettings: (() => void) | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerInCard = false;
  private returnFocus: HTMLElement | null = null;
  private refreshAgain = false;
  private frame = 0;
  private lastPointer: { x: number; y: number } | null = null;
  private listening = false;

  constructor(private readonly doc: Document, private readonly hooks: SessionHooks = {}) {
    this.layer = new HighlightLayer(doc);
  }

  /** Hands the settings of 'content/activate' to a run that start() began before the message came. */
  private settingsDue: ((raw: unknown) => void) | null = null;

  /**
   * What content.js does as soon as it has been injected (only activation injects it, and the
   * background shows "analysing" before): the analysis starts at once instead of a round trip
   * later, when 'content/activate' arrives with the settings. The run needs those only for
   * colouring the first highlights; they are read from storage should the message not come.
   */
  start(): Promise<void> {
    let hand: (raw: unknown) => void = () => undefined;
    const due = new Promise<unknown>((resolve) => {
      hand = resolve;
      setTimeout(() => resolve(undefined), SETTINGS_DUE_MS);
    });
    const running = this.activate(true, due);
    // After activate(): its reset() forgets the hand-over of any earlier run.
    this.settingsDue = hand;
    return running;
  }

  /**
   * What the toolbar button, the shortcut and auto-analysis do. Safe to call again at any time.
   * `announced`: the background has shown "analysing" already (it does so before 'content/activate');
   * `given`: the settings it read (cleaned here again), or their promise (start()); without them
   * they are read from storage.
   */
  activate(announced = false, given?: unknown): Promise<void> {
    if (window.top !== window) return Promise.resolve();
    if (this.running) {
      // The run start() began is waiting for this activation's settings.
      this.settingsDue?.(given);
      this.settingsDue = null;
      return this.running;
    }
    if (this.status === 'done' && this.url === location.href && this.items.every((i) => !isStale(i.range, i.snapshot))) {
      // Already showing this page: bring the legend back and re-report.
      this.legendVisible = true;
      this.renderUi();
      void this.report();
      return Promise.resolve();
    }
    try {
      this.reset();
    } catch (e) {
      this.setStatus('error', errorMessage(e));
      return Promise.resolve();
    }
    const p: Promise<void> = this.run(this.generation, announced, given).finally(() => {
      if (this.running === p) this.running = null;
    });
    this.running = p;
    return p;
  }

  // ---- analysis ---------------------------------------------------------

  private async run(gen: number, announced = false, given?: unknown): Promise<void> {
    if (__TEST__) this.marks = { start: performance.now(), painted: -1, complete: -1, done: -1 };
    // One clock for the whole run: our work goes in slices of SLICE_MS with the page's turn between.
    const slicer = new Slicer(SLICE_MS);
    this.slicer = slicer;
    if (__TEST__ && this.doc.documentElement.hasAttribute('data-sourcelight-test-marks')) {
      // Test build: exercise the <mark> fallback of browsers without CSS.highlights.
      this.layer = new HighlightLayer(this.doc, true);
    }
    try {
      this.url = location.href;
      if (__TEST__) slicer.enter('status');
      // Told by the background, which shows "analysing" itself: no report of ours (a cold round trip) before the work.
      this.setStatus('analysing', undefined, !announced);
      // Settings come with the activation (at once, or a round trip after start()), else they are
      // a storage round trip: either way they arrive while the article is found.
      const due = given instanceof Promise;
      let settings: Settings | null = given && !due ? cleanSettings(given) : null;
      const settingsLoaded = settings
        ? Promise.resolve(settings)
        : (due ? (given as Promise<unknown>) : Promise.resolve(undefined))
            .then((raw) => (raw ? cleanSettings(raw) : loadSettings()))
            .then(
              (s) => (settings = s),
              () => (settings = DEFAULT_SETTINGS),
            );
      // Extraction starts in a task of its own, after the page had its turn: in the task that
      // delivered the message (and, unannounced, made the first cold calls into the extension's
      // APIs) the first extraction step ran 50-70 ms on large pages, against 10-13 ms after a yield.
      await slicer.yieldNow();
      if (gen !== this.generation) return;
      // Extraction's first layout check (checkVisibility, in its walk over the article's blocks)
      // brings the page's style up to date, our stylesheet having just come (its rules select
      // <p> only: 0.4 ms; with rules on every element, 10-45 ms on big pages). That comes first,
      // as a piece of its own after which the slice may end, not on top of the walk's own work.
      if (__TEST__) slicer.enter('style');
      (this.doc.body as (HTMLElement & { checkVisibility?: () => boolean }) | null)?.checkVisibility?.();
      await slicer.maybeYield();
      if (gen !== this.generation) return;
      if (__TEST__) slicer.enter('extract');
      const article = await extractArticleAsync(
        this.doc,
        { url: location.href },
        () => slicer.maybeYield(),
        __TEST__ ? (phase) => slicer.enter('extract:' + phase) : undefined,
      );
      if (gen !== this.generation) return;
      this.article = article;
      this.page = {
        url: location.href,
        canonicalUrl: article.canonicalUrl,
        title: article.title || this.doc.title,
        publisher: article.publisher,
      };
      if (!article.isArticle) {
        this.settings = settings ?? (await slicer.wait(settingsLoaded));
        this.setStatus('not-article', article.reason ?? 'This page does not look like an article.');
        this.startWatching(false);
        return;
      }
      await slicer.maybeYield();
      if (gen !== this.generation) return;
      if (__TEST__) slicer.enter('text');
      // A long article's text map is built across slices, as extraction is.
      const at = await runBetween(articleTextSteps(article), () => slicer.maybeYield());
      if (gen !== this.generation) return;
      this.at = at;
      await slicer.maybeYield();
      if (gen !== this.generation) return;
      this.opts = analysisOptions(article, at, location.href);
      // The warm-up needs no settings: it runs while their message may still be on its way.
      if (__TEST__) slicer.enter('warm-up');
      await warmUp(analyzeText, slicer, () => gen !== this.generation);
      if (gen !== this.generation) return;
      await slicer.maybeYield();
      if (gen !== this.generation) return;
      this.settings = settings ?? (await slicer.wait(settingsLoaded));
      if (gen !== this.generation) return;
      if (__TEST__) slicer.enter('colours');
      this.layer.setColours(this.settings.colors);
      if (__TEST__) slicer.enter('engine');
      // The whole article in one engine run, a sentence at a time in the slices: it remembers the
      // whole article, as the CLI does. Claims are painted slice by slice as they settle.
      const analysis = await analyseStepwise(analyzeSteps, at.text, this.opts, {
        cancelled: () => gen !== this.generation,
        slice: slicer,
        // Figures for the benchmark (a test build): how much text the engine read, the cold first slice, the longest sentence.
        onSlice: __TEST__ ? (ms, chars, longestStep, longestAt) => {
          const f = slicer.phaseMs;
          if (longestStep > (f['(engine longest step ms)'] ?? 0)) {
            f['(engine longest step ms)'] = longestStep;
            f['(engine longest step #)'] = longestAt;
          }
          f['(engine chars / text chars %)'] = (f['(engine chars / text chars %)'] ?? 0) + (100 * chars) / Math.max(1, at.text.length);
          f['(engine slices)'] = (f['(engine slices)'] ?? 0) + 1;
          if (f['(engine first slice ms)'] === undefined) f['(engine first slice ms)'] = ms;
        } : undefined,
        onSentences: (sentences) => {
          if (gen !== this.generation) return;
          if (__TEST__) slicer.enter('ranges');
          this.addItems(at, sentences);
          // The <mark> fallback rewraps everything on each paint: that one paints once, at the end.
          if (this.layer.native) {
            if (__TEST__) slicer.enter('paint');
            this.paint();
            if (__TEST__ && this.marks.painted < 0 && this.items.length) this.marks.painted = performance.now();
          }
          if (__TEST__) slicer.enter('engine');
        },
      });
      if (!analysis) return;
      if (gen !== this.generation) return;
      if (__TEST__) {
        if (this.marks.painted < 0 && this.layer.native) this.marks.painted = performance.now();
        this.marks.complete = performance.now();
      }
      // Asking for legend.js is a message to the background (a cold call into the extension's API): not on top of a full slice.
      await slicer.maybeYield();
      if (gen !== this.generation) return;
      // The legend's code (legend.js) loads while the rest is done: every claim is painted by now.
      const legendLoaded = legendScript.load().catch(() => undefined);
      // Bookkeeping for later refreshes: after the highlights, not before.
      if (__TEST__) slicer.enter('blocks-seen');
      for (const b of at.blocks) this.analysed.set(b.element, at.text.slice(b.start, b.end));
      // The legend comes after the highlights, in a later slice: the claims matter more.
      await slicer.yieldNow();
      if (gen !== this.generation) return;
      // The legend waits for an idle moment; then its host, its header (which pays for the
      // first run of the UI code) and the rest each get a slice of their own.
      await slicer.wait(Promise.all([idleTime(UI_IDLE_TIMEOUT_MS), legendLoaded]));
      if (gen !== this.generation) return;
      if (__TEST__) slicer.enter('ui-host');
      this.ensureUi();
      await slicer.yieldNow();
      if (gen !== this.generation) return;
      if (__TEST__) slicer.enter('ui-header');
      this.legendHeaderOnly = true;
      this.renderUi();
      await slicer.yieldNow();
      if (gen !== this.generation) return;
      if (__TEST__) slicer.enter('ui');
      this.legendHeaderOnly = false;
      this.renderUi();
      // Listeners and the saved-claims request are first calls into extension APIs (slow, cold).
      await slicer.yieldNow();
      if (gen !== this.generation) return;
      if (__TEST__) slicer.enter('watch');
      this.startWatching(true);
      // The first touch of an extension API builds its bindings: a step of its own.
      await slicer.yieldNow();
      if (gen !== this.generation) return;
      if (__TEST__) slicer.enter('listen');
      this.listenSettings();
      // The saved-claims request is another first call (runtime messaging after storage's
      // listener): a slice of its own, so that two cold starts never share one task.
      await slicer.yieldNow();
      if (gen !== this.generation) return;
      if (__TEST__) slicer.enter('reanchor');
      await slicer.wait(this.reanchorSaved(gen));
      if (gen !== this.generation) return;
      if (!this.layer.native) {
        // The <mark> fallback splits the page's Text nodes, which the article map points into:
        // it paints only after everything that reads the map (re-anchoring) is done.
        if (__TEST__) slicer.enter('paint');
        this.paint();
        if (__TEST__) this.marks.painted = performance.now();
      }
      if (__TEST__) this.marks.done = performance.now();
      this.setStatus('done');
    } catch (e) {
      if (gen === this.generation) this.setStatus('error', errorMessage(e));
    } finally {
      slicer.close();
    }
  }

  /** The last run's slices (durations of our synchronous steps, ms) and time per phase, for the tests and the benchmark. */
  private slicer: Slicer | null = null;
  get timings(): Array<{ phase: string; ms: number; at: number }> {
    const s = this.slicer;
    return s ? s.slices.map((x, i) => ({ ...x, at: s.starts[i] })) : [];
  }
  get phaseMs(): Record<string, number> {
    return this.slicer ? { ...this.slicer.phaseMs, ...this.slicer.pieceMs } : {};
  }
  /** performance.now() when the last analysis started, painted its first highlights, painted all, finished. */
  marks = { start: -1, painted: -1, complete: -1, done: -1 };

  /** Extraction and the text map for a later refresh, sliced the same way (no text map when the page is no article). */
  private async extractSliced(): Promise<[ExtractedArticle, ArticleText | null]> {
    const slicer = new Slicer(SLICE_MS);
    const between = () => slicer.maybeYield();
    try {
      const article = await extractArticleAsync(this.doc, { url: location.href }, between);
      return [article, article.isArticle ? await runBetween(articleTextSteps(article), between) : null];
    } finally {
      slicer.close();
    }
  }

  /** Turns engine sentences (offsets into at.text) into page ranges, keeping document order. */
  private addItems(at: ArticleText, sentences: SentenceResult[]): void {
    const fresh: Item[] = [];
    for (const s of sentences) {
      if (!s.claim || !s.tag) continue;
      const range = rangeFrom(this.doc, domPoints(at, s.start, s.end));
      if (!range) continue;
      fresh.push({
        s: s as Claim,
        range,
        block: blockAt(at, s.start) ?? this.doc.body,
        snapshot: collapseWhitespace(range.toString()),
        anchor: makeAnchor(at.text, s.start, s.end),
        savedId: null,
        userTag: null,
      });
    }
    if (!fresh.length) return;
    const last = this.items[this.items.length - 1];
    this.items.push(...fresh);
    // Chunks arrive in reading order: sort only when new claims land before existing ones.
    if (last && fresh[0].range.compareBoundaryPoints(Range.START_TO_START, last.range) < 0) {
      this.items.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    }
  }

  // ---- saved claims -----------------------------------------------------

  /**
   * Finds the page's saved claims again. run() paints the <mark> fallback right
   * after this step, so this also waits for the fallback's code (marks.js,
   * loading since the run began; nothing to wait for with CSS highlights).
   */
  private async reanchorSaved(gen: number): Promise<void> {
    await this.layer.marksReady();
    if (!this.page || gen !== this.generation) return;
    let claims: ClaimRecord[] = [];
    try {
      ({ claims } = await send('claims/forPage', { url: this.page.url, canonicalUrl: this.page.canonicalUrl }));
    } catch {
      return; // no background answer: nothing to re-anchor, the page still works
    }
    if (gen !== this.generation || !claims.length) return;
    this.pendingSaved = claims;
    try {
      await anchorScript.load();
    } catch {
      /* the claims stay pending (and reported as not found), the page keeps working */
    }
    if (gen === this.generation) this.retryPendingSaved();
  }

  /** Anchors every saved claim not yet found; those still missing stay pending (and are reported). */
  private retryPendingSaved(): void {
    const tools = anchorTools();
    if (!tools || !this.pendingSaved.length) return;
    try {
      const todo = this.pendingSaved.filter((rec) => !this.saved.some((s) => s.id === rec.id));
      const { found, missing } = tools.anchorClaims(this.doc, this.at, todo, isOurHost);
      for (const { record, range, at } of found) {
        if (at) this.markSaved(tools, at[0], at[1], record.id, record.userTag);
        this.saved.push({ id: record.id, text: record.text, range });
      }
      this.pendingSaved = missing;
    } catch {
      /* a page that changed under us: the claims stay pending (and reported), the page keeps working */
      return;
    }
    this.paint();
    this.renderUi();
  }

  /** Marks the claims that [start, end) of the current article text covers as saved (anchor.js knows how). */
  private markSaved(tools: AnchorTools, start: number, end: number, id: string, userTag: UserTag | null): void {
    if (!this.at) return;
    for (const i of tools.claimsCovered(this.at, this.items.map((item) => item.range), start, end)) {
      this.items[i].savedId = id;
      if (userTag) this.items[i].userTag = userTag;
    }
  }

  // ---- painting and UI --------------------------------------------------

  private shownTags(): Set<Tag> {
    return new Set(this.settings.shownTags);
  }

  private paintedTag(item: Item): Tag | null {
    if (item.userTag === 'not-a-claim') return null;
    return item.userTag ?? item.s.tag;
  }

  private paint(): void {
    const painted = [];
    for (const item of this.items) {
      const tag = this.paintedTag(item);
      if (tag) painted.push({ range: item.range, tag });
    }
    const focus = this.card ? this.items[this.card.index]?.range ?? null : null;
    this.layer.paint(painted, this.saved.map((s) => s.range), focus, this.shownTags());
  }

  /** The items the reader can see (shown tags), in document order: what hovering and stepping use. */
  private visibleIndices(): number[] {
    const shown = this.shownTags();
    const out: number[] = [];
    this.items.forEach((item, i) => {
      const tag = this.paintedTag(item);
      if (tag && shown.has(tag)) out.push(i);
    });
    return out;
  }

  private counts(): Record<Tag, number> {
    const c = emptyProfile();
    for (const item of this.items) {
      const tag = this.paintedTag(item);
      if (tag) c[tag]++;
    }
    return c;
  }

  private ensureUi(): void {
    if (this.ui && this.ui.host.isConnected) return;
    this.ui?.remove();
    this.ui = createUiHost(this.doc, 'ui', UI_CSS);
  }

  private legendActions: LegendActions = {
    toggleTag: (tag, show) => {
      const shown = new Set(this.settings.shownTags);
      if (show) shown.add(tag);
      else shown.delete(tag);
      this.settings = { ...this.settings, shownTags: TAGS.filter((t) => shown.has(t)) };
      if (this.card && !this.visibleIndices().includes(this.card.index)) this.card = null;
      this.paint();
      this.renderUi();
      saveSettings({ shownTags: this.settings.shownTags }).catch(() => {});
    },
    toggleCollapsed: () => {
      this.settings = { ...this.settings, legendCollapsed: !this.settings.legendCollapsed };
      this.renderUi();
      saveSettings({ legendCollapsed: this.settings.legendCollapsed }).catch(() => {});
    },
    step: (d) => this.step(d),
    close: () => {
      this.legendVisible = false;
      this.renderUi();
    },
  };

  private cardActions: CardActions = {
    save: (note) => this.saveClaim(note),
    copy: () => this.copyClaim(),
    correct: (t) => this.correctClaim(t),
    close: () => this.closeCard(),
    step: (d) => this.step(d),
    pin: () => {
      if (this.card && !this.card.pinned) {
        this.card = { ...this.card, pinned: true, takeFocus: false };
        this.notifyCard();
      }
      clearTimeout(this.closeTimer);
    },
    pointerInside: (inside) => {
      this.pointerInCard = inside;
      if (inside) clearTimeout(this.closeTimer);
      else this.scheduleClose();
    },
  };

  private renderUi(): void {
    if (!this.ui) return;
    const c = this.card;
    const item = c ? this.items[c.index] : undefined;
    let card: CardModel | null = null;
    if (c && item) {
      const rects = item.range.getClientRects();
      const first = rects[0] ?? item.range.getBoundingClientRect();
      const last = rects[rects.length - 1] ?? first;
      const visible = this.visibleIndices();
      card = {
        index: Math.max(0, visible.indexOf(c.index)),
        total: visible.length,
        sentence: { ...item.s, tag: this.paintedTag(item) ?? item.s.tag },
        savedId: item.savedId,
        anchorRect: { left: first.left, top: first.top, right: last.right, bottom: last.bottom },
        takeFocus: c.takeFocus,
      };
    }
    const model: UiModel = {
      legend:
        this.legendVisible && this.status !== 'not-article'
          ? {
              counts: this.counts(),
              shown: this.shownTags(),
              collapsed: this.settings.legendCollapsed,
              headerOnly: this.legendHeaderOnly,
              colors: this.settings.colors,
              saved: this.saved.length,
              unanchored: this.pendingSaved.length,
            }
          : null,
      card,
      announcement: this.announcement,
      colors: this.settings.colors,
    };
    try {
      renderUi(this.ui.mount, model, this.legendActions, this.cardActions, () => this.notifyCard());
    } catch {
      /* never break the page over our UI */
    }
    this.notifyCard();
  }

  private notifyCard(): void {
    if (!__TEST__ || !this.hooks.onCard) return;
    const c = this.card;
    this.hooks.onCard(
      // Open once it is on screen: card.js may still be loading.
      c && this.ui && isCardShown(this.ui.mount) ? { open: true, index: c.index, saved: !!this.items[c.index]?.savedId, pinned: c.pinned } : null,
      this.ui?.host ?? null,
    );
  }

  // ---- the card ---------------------------------------------------------

  openCard(index: number, opts: { pinned: boolean; takeFocus: boolean; announce?: boolean }): void {
    const item = this.items[index];
    if (!item) return;
    clearTimeout(this.closeTimer);
    this.ensureUi();
    if (opts.takeFocus && this.doc.activeElement !== this.ui?.host) this.returnFocus = this.doc.activeElement as HTMLElement | null;
    this.card = { index, pinned: opts.pinned, takeFocus: opts.takeFocus };
    if (opts.announce) {
      const visible = this.visibleIndices();
      const tag = this.paintedTag(item) ?? item.s.tag;
      this.announcement = `Claim ${visible.indexOf(index) + 1} of ${visible.length}, ${TAG_LABEL[tag]}${
        item.s.source ? `, source ${item.s.source}` : ''
      }: ${item.s.text}`;
    }
    this.paint();
    this.renderUi();
  }

  closeCard(): void {
    clearTimeout(this.closeTimer);
    clearTimeout(this.hoverTimer);
    if (!this.card) return;
    this.card = null;
    this.pointerInCard = false;
    this.paint();
    this.renderUi();
    // Keyboard users go back to where they were before the card took focus.
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back && back.isConnected && this.ui && this.doc.activeElement === this.ui.host) {
      try {
        back.focus({ preventScroll: true });
      } catch {
        /* not focusable any more */
      }
    }
  }

  /** Next / previous visible claim after the open card (or after the top of the viewport). */
  step(direction: 1 | -1): void {
    const visible = this.visibleIndices();
    if (!visible.length) return;
    let pos: number;
    const current = this.card ? visible.indexOf(this.card.index) : -1;
    if (current !== -1) pos = (current + direction + visible.length) % visible.length;
    else {
      // From where the reader is: the first claim below the top of the viewport.
      const below = visible.findIndex((i) => this.items[i].range.getBoundingClientRect().bottom > 0);
      pos = direction === 1 ? (below === -1 ? 0 : below) : below <= 0 ? visible.length - 1 : below - 1;
    }
    this.goTo(visible[pos]);
  }

  private goTo(index: number): void {
    const item = this.items[index];
    if (!item) return;
    const el = item.range.startContainer.parentElement;
    try {
      el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    } catch {
      el?.scrollIntoView();
    }
    this.openCard(index, { pinned: true, takeFocus: true, announce: true });
  }

  scrollToClaim(target: { index?: number; claimId?: string }): boolean {
    let index = -1;
    if (typeof target.claimId === 'string') index = this.items.findIndex((i) => i.savedId === target.claimId);
    else if (typeof target.index === 'number') index = target.index;
    if (index < 0 || index >= this.items.length) {
      // A saved span that is no engine claim (a saved selection): just scroll to it.
      const span = this.saved.find((s) => s.id === target.claimId);
      span?.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      return !!span;
    }
    this.goTo(index);
    return true;
  }

  private scheduleClose(): void {
    clearTimeout(this.closeTimer);
    if (!this.card || this.card.pinned) return;
    this.closeTimer = setTimeout(() => {
      if (this.card && !this.card.pinned && !this.pointerInCard) this.closeCard();
    }, 350);
  }

  private onPointerMove = (e: MouseEvent): void => {
    this.lastPointer = { x: e.clientX, y: e.clientY };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      try {
        this.hover();
      } catch {
        /* never break the page */
      }
    });
  };

  private hover(): void {
    const p = this.lastPointer;
    if (!p || this.pointerInCard || !this.items.length) return;
    if (this.card?.pinned) return;
    const visible = this.visibleIndices();
    const ranges = visible.map((i) => this.items[i].range);
    const hit = claimAtPoint(this.doc, ranges, p.x, p.y);
    const index = hit === -1 ? -1 : visible[hit];
    clearTimeout(this.hoverTimer);
    if (index === -1) {
      this.scheduleClose();
      return;
    }
    clearTimeout(this.closeTimer);
    // The pointer is on a claim: card.js starts loading now, while the hover delay runs.
    prefetchCard();
    if (this.card?.index === index) return;
    this.hoverTimer = setTimeout(() => this.openCard(index, { pinned: false, takeFocus: false }), 120);
  }

  private onPointerDown = (e: PointerEvent): void => {
    try {
      if (isOurHost(e.target as Node)) return;
      const visible = this.visibleIndices();
      const hit = claimAtPoint(this.doc, visible.map((i) => this.items[i].range), e.clientX, e.clientY);
      if (hit !== -1) this.openCard(visible[hit], { pinned: true, takeFocus: false });
      else if (this.card) this.closeCard();
    } catch {
      /* never break the page */
    }
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    try {
      if (e.key === 'Escape' && this.card) this.closeCard();
    } catch {
      /* never break the page */
    }
  };

  /** Keyboard users tabbing through the page's links: a link inside a claim shows that claim's card. */
  private onFocusIn = (e: FocusEvent): void => {
    try {
      const target = e.target as Node | null;
      if (!target || isOurHost(target) || target === this.doc.body || this.card?.pinned) return;
      const index = this.visibleIndices().find((i) => this.items[i].range.intersectsNode(target));
      if (index !== undefined && this.card?.index !== index) this.openCard(index, { pinned: false, takeFocus: false, announce: true });
    } catch {
      /* never break the page */
    }
  };

  /** Page events that open and close cards, in the capture phase (pages stop propagation); passive where we never cancel. */
  private listenPointer(on = true): void {
    if (this.listening === on) return;
    this.listening = on;
    const listeners: Array<[string, (e: never) => void, boolean]> = [
      ['mousemove', this.onPointerMove, true],
      ['pointerdown', this.onPointerDown, true],
      ['keydown', this.onKeyDown, false],
      ['focusin', this.onFocusIn, false],
    ];
    for (const [type, fn, passive] of listeners) {
      if (on) this.doc.addEventListener(type, fn as EventListener, { passive, capture: true });
      else this.doc.removeEventListener(type, fn as EventListener, { capture: true });
    }
  }

  // ---- card actions -----------------------------------------------------

  private pageInfo(): PageInfo {
    return this.page ?? { url: location.href, canonicalUrl: null, title: this.doc.title, publisher: null };
  }

  /** The claim of the open card, for its buttons: gone when the page dropped it meanwhile. */
  private cardItem(): Item {
    const item = this.card && this.items[this.card.index];
    if (!item) throw new Error('This claim is no longer in the page.');
    return item;
  }

  // The card's buttons live in card.js, and so does the code only they run (drafts, citations).

  private async saveClaim(note: string): Promise<void> {
    const item = this.cardItem();
    const draft = (await loadCard()).claimDraft(item.s, item.anchor, note);
    if (item.userTag) draft.userTag = item.userTag;
    const { id } = await send('claim/save', { page: this.pageInfo(), claim: draft });
    item.savedId = id;
    if (!this.saved.some((s) => s.id === id)) this.saved.push({ id, text: item.s.text, range: item.range });
    this.announcement = 'Claim saved.';
    this.paint();
    this.renderUi();
  }

  private async copyClaim(): Promise<void> {
    const item = this.cardItem();
    await navigator.clipboard.writeText((await loadCard()).citationText(item.s, this.pageInfo()));
  }

  private async correctClaim(userTag: UserTag): Promise<void> {
    const item = this.cardItem();
    await send('correction/save', {
      page: this.pageInfo(),
      correction: { text: item.s.text, anchor: item.anchor, engineTag: item.s.tag, userTag },
    });
    item.userTag = userTag;
    if (userTag === 'not-a-claim') this.card = null;
    this.paint();
    this.renderUi();
  }

  /** Context menu "Save selection as claim": the live selection if there is one, else the text it reported. */
  async saveSelection(text: string): Promise<{ id: string }> {
    const sel = this.doc.getSelection();
    const range = sel && sel.rangeCount && !sel.isCollapsed ? sel.getRangeAt(0).cloneRange() : null;
    let spot: { anchor: TextQuoteAnchor; range: Range | null } | null = null;
    let tools: AnchorTools | null = null;
    try {
      tools = await anchorScript.load();
      spot = tools.locateSelection(this.doc, this.at, range, text, isOurHost);
    } catch {
      /* without the locating code (or in a page that changed under us) the reported text is saved alone */
    }
    const a = spot?.anchor;
    const exact = a?.exact ?? collapseWhitespace(text);
    if (!exact) throw new Error('Nothing is selected.');
    if (!this.page) {
      const article = this.article ?? (await extractArticleAsync(this.doc, { url: location.href }));
      this.page = { url: location.href, canonicalUrl: article.canonicalUrl, title: article.title || this.doc.title, publisher: article.publisher };
    }
    const { id } = await send('claim/save', { page: this.pageInfo(), claim: selectionDraft(exact, a ?? { exact, prefix: '', suffix: '' }) });
    if (spot?.range) this.saved.push({ id, text: exact, range: spot.range });
    if (tools && this.at && a && typeof a.start === 'number' && typeof a.end === 'number' && this.at.text.slice(a.start, a.end) === a.exact) {
      this.markSaved(tools, a.start, a.end, id, null);
    }
    this.ensureUi();
    this.announcement = 'Selection saved as a claim.';
    this.paint();
    this.renderUi();
    return { id };
  }

  // ---- state ------------------------------------------------------------

  tabState(): TabState {
    const state: TabState = { status: this.status === 'idle' ? 'analysing' : this.status };
    if (this.message) state.message = this.message;
    if (this.page) state.page = this.page;
    if (this.status === 'done') {
      state.profile = this.counts();
      state.claimCount = this.items.filter((i) => this.paintedTag(i)).length;
    }
    return state;
  }

  contentState(): ContentState {
    const claims: ContentClaimSummary[] = this.items.map((item, index) => ({
      index,
      text: item.s.text,
      tag: this.paintedTag(item) ?? item.s.tag,
      source: item.s.source,
      cue: item.s.cue,
      via: item.s.via,
      quote: item.s.quote ?? 'none',
      hedged: item.s.hedged,
      savedId: item.savedId,
    }));
    return {
      state: this.tabState(),
      claims,
      unanchored: this.pendingSaved.map((c) => ({ id: c.id, text: c.text })),
    };
  }

  private setStatus(status: TabState['status'], message?: string, report = true): void {
    this.status = status;
    this.message = message;
    if (report) void this.report();
    if (__TEST__) this.hooks.onStatus?.(status);
  }

  private async report(): Promise<void> {
    try {
      await send('tab/state', { state: this.tabState() });
    } catch {
      /* the background may be restarting; the popup can still ask us directly */
    }
  }

  // ---- dynamic pages ----------------------------------------------------

  private startWatching(article: boolean): void {
    if (!this.watcher) {
      this.watcher = new PageWatcher(this.doc, {
        onUrlChange: () => this.onNavigate(),
        onContentChange: () => this.refresh(),
        ignore: (n) => isOurHost(n) || this.layer.isMark(n),
      });
    }
    this.watcher.start(article ? this.articleRoots() : []);
    if (article) this.listenPointer();
  }

  private articleRoots(): Element[] {
    const roots = new Set<Element>();
    for (const b of this.at?.blocks ?? []) if (b.element.parentElement) roots.add(b.element.parentElement);
    return [...roots];
  }

  private onNavigate(): void {
    // A single-page app moved to another article: start over once its DOM settles.
    this.reset();
    this.setStatus('analysing');
    this.watcher?.afterQuiet(() => {
      void this.activate();
    });
  }

  /** New or changed paragraphs get analysed; ranges into removed text are dropped. */
  async refresh(): Promise<void> {
    if (this.status !== 'done') return;
    if (this.running) {
      // Changes during a run are looked at right after it.
      this.refreshAgain = true;
      return;
    }
    this.refreshAgain = false;
    const gen = this.generation;
    const openItem = this.card ? this.items[this.card.index] : undefined;
    const job = (async () => {
      let changed = false;
      const before = this.items.length;
      this.items = this.items.filter((i) => !isStale(i.range, i.snapshot));
      this.saved = this.saved.filter((s) => s.range.startContainer.isConnected && !s.range.collapsed);
      changed = this.items.length !== before;
      const [article, at] = await this.extractSliced();
      if (gen !== this.generation) return;
      if (at) {
        const chosen: number[] = [];
        at.blocks.forEach((b, i) => {
          if (this.analysed.get(b.element) !== at.text.slice(b.start, b.end)) chosen.push(i);
        });
        this.article = article;
        this.at = at;
        this.opts = analysisOptions(article, at, location.href);
        // The code for this is reanalyse.js, loaded the first time a page changes its article
        // (should that fail, the blocks stay unanalysed and are tried again on the next change).
        const re = chosen.length ? await reanalyseScript.load().catch(() => null) : null;
        if (gen !== this.generation) return;
        if (re) {
          const changedEls = new Set(chosen.map((i) => at.blocks[i].element));
          this.items = this.items.filter((i) => !changedEls.has(i.block));
          await re.analyseBlocks(analyzeText, at.text, at.blocks, chosen, this.opts, {
            cancelled: () => gen !== this.generation,
            onSentences: (sentences) => {
              if (gen === this.generation) this.addItems(at, sentences);
            },
          });
          if (gen !== this.generation) return;
          for (const i of chosen) this.analysed.set(at.blocks[i].element, at.text.slice(at.blocks[i].start, at.blocks[i].end));
          // Claims saved earlier keep their mark when their block was re-analysed.
          const tools = this.saved.length ? await anchorScript.load().catch(() => null) : null;
          if (gen !== this.generation) return;
          if (tools) {
            for (const s of this.saved) {
              const o = tools.offsetsIn(at, s.range);
              if (o) this.markSaved(tools, o[0], o[1], s.id, null);
            }
          }
          changed = true;
        }
        this.watcher?.start(this.articleRoots());
      }
      if (this.pendingSaved.length) this.retryPendingSaved();
      if (changed) {
        // The open card follows its claim to its new index, or closes when the claim went.
        if (this.card) {
          const index = openItem ? this.items.indexOf(openItem) : -1;
          this.card = index === -1 ? null : { ...this.card, index, takeFocus: false };
        }
        this.paint();
        this.renderUi();
        void this.report();
      }
    })();
    const p: Promise<void> = job.catch(() => {}).finally(() => {
      if (this.running === p) this.running = null;
      if (this.refreshAgain && gen === this.generation) void this.refresh();
    });
    this.running = p;
    return p;
  }

  private listenSettings(): void {
    if (this.unsubscribeSettings) return;
    try {
      this.unsubscribeSettings = onSettingsChanged((s) => {
        try {
          this.settings = s;
          this.layer.setColours(s.colors);
          if (this.card && !this.visibleIndices().includes(this.card.index)) this.card = null;
          this.paint();
          this.renderUi();
        } catch {
          /* never break the page */
        }
      });
    } catch {
      this.unsubscribeSettings = null;
    }
  }

  /** Back to a blank page: highlights, card and state gone, in-flight work abandoned. */
  reset(): void {
    this.generation++;
    this.running = null;
    this.settingsDue = null;
    this.closeCard();
    this.layer.clear();
    this.items = [];
    this.saved = [];
    this.pendingSaved = [];
    this.analysed = new WeakMap();
    this.article = null;
    this.at = null;
    this.page = null;
    this.status = 'idle';
    this.message = undefined;
    this.announcement = '';
    this.legendVisible = true;
    this.legendHeaderOnly = false;
    this.listenPointer(false);
    if (this.ui) {
      unmountUi(this.ui.mount);
      this.ui.remove();
      this.ui = null;
    }
  }

  /** Test build: computed styles in our shadow root, to check the shared look under the legend's and the card's own rules. */
  readonly debugLook = __TEST__
    ? (): Record<string, string> => {
        const style = (selector: string, prop: string): string => {
          const el = this.ui?.root.querySelector(selector);
          return el ? getComputedStyle(el).getPropertyValue(prop) : '';
        };
        return {
          legendFontSize: style('.legend', 'font-size'),
          legendRadius: style('.legend', 'border-radius'),
          cardFontSize: style('.card', 'font-size'),
          cardRadius: style('.card', 'border-radius'),
          saveBackground: style('.card button.primary', 'background-color'),
          nextBackground: style('.legend .nav button', 'background-color'),
        };
      }
    : null;

  /** Test build: the painted ranges by highlight name, read back for checks. */
  readonly debugItems = __TEST__
    ? (): Array<{ text: string; painted: string; tag: Tag | null; saved: boolean }> =>
        this.items.map((i) => ({ text: i.s.text, painted: renderedText(i.range), tag: this.paintedTag(i), saved: !!i.savedId }))
    : null;
}
