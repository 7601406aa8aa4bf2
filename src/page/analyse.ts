/**
 * Runs the engine on the page's thread without long tasks. The whole article
 * goes through the engine's resumable run (analyzeSteps), a sentence at a
 * time, in the time slices of a Slicer: the engine reads each character once
 * and remembers the whole article, so the page gets what the CLI gets.
 * Blocks added later (dynamic pages) go in chunks, each carrying the block
 * before it as context (for "he said" and quotations that continue), whose
 * own sentences are then dropped.
 */
import type { Analysis, AnalyzeOptions, SentenceResult } from '../types/analysis';

export interface BlockSpan {
  start: number;
  end: number;
}

export type Analyze = (text: string, opts: AnalyzeOptions) => Analysis;

/** The engine's resumable run (analyzeSteps): yields the count of settled sentences, fills `sentences`. */
export type AnalyzeSteps = (text: string, opts: AnalyzeOptions, sentences: SentenceResult[]) => Generator<number, Analysis, void>;

export interface StepOptions {
  /** The caller's clock: the engine runs while its slice has time left, then yields through it. */
  slice: { left(): number; yieldNow(): Promise<void>; readonly sliceMs?: number };
  /** Stops at the next slice when it returns true (page navigated away, deactivated). */
  cancelled?: () => boolean;
  now?: () => number;
  /**
   * Receives the newly settled sentences (final: a quotation still open can
   * rewrite the ones after), in order, once per slice at most.
   */
  onSentences?: (sentences: SentenceResult[]) => void;
  /** Reports each slice of engine work: its duration, the characters of text it got through, its longest single step and that step's number. */
  onSlice?: (ms: number, chars: number, longestStepMs: number, longestStep: number) => void;
}

/**
 * Runs `steps` over the whole of `text` in the caller's time slices and
 * returns its Analysis (null when cancelled). A step is taken only while the
 * slice has room for it (its expected cost, from the steps before, and the
 * hand-over after): the engine's first steps run cold code and are expected
 * to be slow until measured, so the engine starts in a slice of its own and
 * grows its slices as it warms. Settled sentences go to onSentences at the
 * end of a slice when that fits in it, else first thing in the next one: one
 * task never carries both a long step and a long hand-over.
 */
export async function analyseStepwise(steps: AnalyzeSteps, text: string, opts: AnalyzeOptions, run: StepOptions): Promise<Analysis | null> {
  const now = run.now ?? (() => performance.now());
  const sentences: SentenceResult[] = [];
  const it = steps(text, opts, sentences);
  const sliceMs = run.slice.sliceMs ?? 10;
  let settled = 0;
  let reported = 0;
  /** The most a slice keeps free for the hand-over at its end: half of it, so that one slow hand-over does not starve the engine. */
  const maxReserve = Math.max(MIN_SLICE_LEFT_MS, sliceMs / 2);
  /** What a hand-over is expected to cost (it grows with what is on the page already: painting redraws it all); the first runs cold code. */
  let handover = maxReserve;
  /** What the next step is expected to cost: cold at first, then the last step's, or more while a slow one fades. */
  let expect = sliceMs;
  // A slice the caller has used already counts as worked in: a cold first step waits for a fresh one.
  let worked = run.slice.left() < sliceMs;
  let sliceT0 = now();
  let sliceFrom = 0;
  const read = (): number => (sentences.length ? sentences[sentences.length - 1].end : 0);
  /** Sentences up to `upTo` are settled but not handed over yet. */
  const waiting = (upTo: number): boolean => upTo > reported && !!run.onSentences;
  const flush = (upTo: number): void => {
    if (!waiting(upTo)) return;
    const t0 = now();
    run.onSentences!(sentences.slice(reported, upTo));
    reported = upTo;
    handover = Math.max(MIN_SLICE_LEFT_MS, 1.5 * (now() - t0));
  };
  let longest = 0;
  let longestAt = -1;
  let step = 0;
  let sliceStep = 0;
  const endSlice = (): void => {
    // Slices without a step of the engine (the caller's, a hand-over alone) are not the engine's.
    if (step === sliceStep) return;
    const to = read();
    run.onSlice?.(now() - sliceT0, to - sliceFrom, longest, longestAt);
    sliceFrom = to;
    sliceStep = step;
    longest = 0;
  };
  if (run.cancelled?.()) return null;
  for (;;) {
    if (worked && run.slice.left() < expect + Math.min(maxReserve, handover)) {
      endSlice();
      if (waiting(settled) && run.slice.left() >= handover) flush(settled);
      await run.slice.yieldNow();
      if (run.cancelled?.()) return null;
      sliceT0 = now();
      sliceStep = step;
      worked = false;
      if (waiting(settled)) {
        // The hand-over did not fit the last slice: it opens this one, and the engine goes on if there is room left.
        flush(settled);
        worked = true;
        continue;
      }
    }
    worked = true;
    const t0 = now();
    const r = it.next();
    const took = now() - t0;
    if (took > longest) {
      longest = took;
      longestAt = step;
    }
    step++;
    // A slow step (cold code, a long sentence, a collection) makes the next few expected slow too, fading by half each step.
    expect = Math.max(took, expect / 2);
    if (r.done) {
      endSlice();
      if (waiting(sentences.length) && run.slice.left() < handover) {
        await run.slice.yieldNow();
        if (run.cancelled?.()) return null;
      }
      flush(sentences.length);
      return r.value;
    }
    settled = r.value;
  }
}

/**
 * Short texts that run most of the engine's code once: a caption, a sentence
 * of the writer's own, an attributed quotation. The browser compiles each
 * function on its first call, and the article's first claim would pay for all
 * of them in one step (the longest of the whole run); run first, a slice each,
 * they pay for it in three smaller ones. The engine keeps nothing between
 * runs, so its output is unchanged.
 */
const WARM_UP = ['Photo: AP', 'The bridge reopened in May.', '“We are ready,” Mayor Jane Smith told reporters, according to a statement.'];
let warmed = false;

/** Runs the warm-up texts through `analyze`, each in a fresh slice; only once per page (its code stays compiled). */
export async function warmUp(analyze: Analyze, slice: { yieldNow(): Promise<void> }, cancelled: () => boolean = () => false): Promise<void> {
  if (warmed) return;
  warmed = true;
  for (const text of WARM_UP) {
    await slice.yieldNow();
    if (cancelled()) return;
    analyze(text, {});
  }
}

export interface ChunkOptions {
  /** Target engine time per chunk, ms. */
  budgetMs?: number;
  /** First guess of the engine's speed, characters per ms (adjusted after every chunk). */
  charsPerMs?: number;
  /** Called between chunks; resolves when the page had its turn. */
  yieldToPage?: () => Promise<void>;
  /** Stops early when it returns true (page navigated away, deactivated). */
  cancelled?: () => boolean;
  now?: () => number;
  /** Receives each chunk's sentences (offsets into the whole text) as soon as they are ready. */
  onSentences?: (sentences: SentenceResult[]) => void;
  /** Reports each engine call: its duration and the characters it read. */
  onChunk?: (ms: number, chars: number) => void;
  /** Smallest chunk, characters (default 500: tiny chunks cost more in overhead than they save). */
  minChars?: number;
}

/** Time always kept free at the end of a slice, ms (for handing sentences over). */
const MIN_SLICE_LEFT_MS = 3;
/** Share of the measured engine speed a chunk is sized for: its pace varies from one text to the next. */
const SPEED_MARGIN = 0.75;

let channel: MessageChannel | null = null;
const waiting: Array<() => void> = [];

/**
 * A fresh macrotask without setTimeout's 4 ms clamp (which applies after a few
 * nested timeouts, i.e. to every slice after the fourth): a message to
 * ourselves on a private channel.
 */
function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(0);
  });
}

/**
 * Lets the page run (input, rendering, its own tasks), then continues ahead of
 * other queued work where the browser can (scheduler.yield); else a new task.
 */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s && typeof s.yield === 'function') return s.yield();
  return nextTask();
}

/**
 * Waits for a moment the page is idle (requestIdleCallback), at most
 * `timeoutMs`; a plain yield where the browser has no idle callbacks.
 */
export function idleTime(timeoutMs: number): Promise<void> {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number }).requestIdleCallback;
  if (typeof ric !== 'function') return yieldToPage();
  return new Promise((resolve) => {
    ric(() => resolve(), { timeout: timeoutMs });
  });
}

/**
 * Whether slices and phases are recorded: in the test build (the e2e tests and the
 * page benchmark read them) and in Node's unit tests; the release drops that code.
 */
const RECORD = typeof __TEST__ === 'undefined' || __TEST__;

/**
 * Our work on the main thread cut into slices of about `sliceMs`: call
 * maybeYield() at every natural break and the page gets its turn only when
 * the slice is used up, or about to be by the next piece of work (yielding at
 * every break costs a task hop each time).
 * Records each slice (the long-task figure) and the time spent per phase.
 */
export class Slicer {
  /** Each slice we ran: its duration and the phases it covered. */
  readonly slices: Array<{ phase: string; ms: number }> = [];
  /** When each slice started, ms after the slicer did (the gaps between slices are the page's, the browser's and the hops'). */
  readonly starts: number[] = [];
  /** Our main-thread time per phase, ms. */
  readonly phaseMs: Record<string, number> = {};
  /** The longest piece of work between two maybeYield() calls, ms, per phase (where a slice overshoots). */
  readonly pieceMs: Record<string, number> = {};
  /** When the current piece of work (between two maybeYield() calls) began. */
  private pieceT0: number;
  /** What the next piece is expected to cost, ms. */
  private expect = 0;
  private t0: number;
  private phaseT0: number;
  private readonly origin: number;
  private phase = 'start';
  private label = new Set<string>();

  constructor(
    readonly sliceMs: number,
    private readonly now: () => number = () => performance.now(),
    private readonly pause: () => Promise<void> = yieldToPage,
  ) {
    this.t0 = this.phaseT0 = this.pieceT0 = this.origin = now();
  }

  /** From here on the time counts for `phase`. */
  enter(phase: string): void {
    if (!RECORD) return;
    this.account();
    // A phase left at once after a resume did no work in this slice: it does not name it.
    if (this.label.size === 1 && this.label.has(this.phase) && this.now() - this.t0 < 0.25) this.label.clear();
    this.phase = phase;
    this.label.add(phase);
  }

  /** Time left in this slice, ms (negative when overdue). */
  left(): number {
    return this.sliceMs - (this.now() - this.t0);
  }

  /**
   * Yields when the slice is used up, or has less left than the next piece of
   * work is expected to take (the last piece's time, or more while a slow one
   * fades): a slice ends before it overshoots, not after. Undefined (carry on,
   * same task) otherwise.
   */
  maybeYield(): Promise<void> | undefined {
    const t = this.now();
    const took = t - this.pieceT0;
    this.pieceT0 = t;
    if (RECORD) this.record(took);
    this.expect = Math.max(took, this.expect / 2);
    const left = this.sliceMs - (t - this.t0);
    return left < this.expect || left <= 0 ? this.yieldNow() : undefined;
  }

  private record(took: number): void {
    const k = '(longest piece ms) ' + this.phase;
    if (took > (this.pieceMs[k] ?? 0)) this.pieceMs[k] = took;
  }

  /** Ends the slice here and lets the page run. */
  yieldNow(): Promise<void> {
    this.close();
    return this.resumeAfter(this.pause());
  }

  /** Waits for something outside (storage, messages) with the clock stopped. */
  wait<T>(p: Promise<T>): Promise<T> {
    this.close();
    return this.resumeAfter(p);
  }

  private async resumeAfter<T>(p: Promise<T>): Promise<T> {
    try {
      return await p;
    } finally {
      this.t0 = this.phaseT0 = this.pieceT0 = this.now();
      if (RECORD) this.label = new Set([this.phase]);
    }
  }

  /** Ends the last slice. */
  close(): void {
    if (!RECORD) return;
    this.record(this.now() - this.pieceT0);
    this.account();
    this.slices.push({ phase: [...this.label].join('+') || this.phase, ms: this.now() - this.t0 });
    this.starts.push(this.t0 - this.origin);
  }

  private account(): void {
    const t = this.now();
    this.phaseMs[this.phase] = (this.phaseMs[this.phase] ?? 0) + (t - this.phaseT0);
    this.phaseT0 = t;
  }
}

/** Ranges of `ranges` that overlap [start, end), moved to chunk coordinates and clipped. */
function shiftRanges(ranges: Array<[number, number]> | undefined, start: number, end: number): Array<[number, number]> | undefined {
  if (!ranges) return undefined;
  const out: Array<[number, number]> = [];
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    out.push([Math.max(s, start) - start, Math.min(e, end) - start]);
  }
  return out;
}

/**
 * Groups the chosen blocks (indices into `blocks`, ascending) into chunks of
 * consecutive blocks of at most `maxChars` characters each (a longer block is
 * a chunk on its own).
 */
export function planChunks(blocks: BlockSpan[], chosen: number[], maxChars: number): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  let size = 0;
  for (const i of chosen) {
    const len = blocks[i].end - blocks[i].start;
    const prev = current[current.length - 1];
    const contiguous = prev !== undefined && prev === i - 1;
    if (current.length > 0 && (!contiguous || size + len > maxChars)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(i);
    size += len;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** Longest piece the engine is given at once; longer blocks are cut at sentence ends. */
export const MAX_PIECE_CHARS = 1500;
/** Context carried before a chunk, at most (cut back to a sentence start). */
export const MAX_CONTEXT_CHARS = 600;

const SENTENCE_END = /[.!?]["”’)\]]*\s+(?=["“‘(\[]?[\p{Lu}\d])/gu;

/**
 * Cuts each block longer than `maxPiece` into pieces that end at sentence ends
 * (falling back to a whitespace, then a hard cut). Pieces keep block order and
 * remember their block.
 */
export function splitPieces(text: string, blocks: BlockSpan[], maxPiece = MAX_PIECE_CHARS): Array<BlockSpan & { block: number }> {
  const out: Array<BlockSpan & { block: number }> = [];
  blocks.forEach((b, block) => {
    let start = b.start;
    while (b.end - start > maxPiece) {
      const window = text.slice(start, start + maxPiece);
      let cut = -1;
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) {
        const at = m.index + m[0].length;
        if (at > maxPiece / 3) cut = at;
      }
      if (cut === -1) {
        const ws = window.lastIndexOf(' ');
        cut = ws > maxPiece / 3 ? ws + 1 : maxPiece;
      }
      out.push({ start, end: start + cut, block });
      start += cut;
    }
    out.push({ start, end: b.end, block });
  });
  return out;
}

/** Where the context before `pieceStart` begins: the previous piece, trimmed to a sentence start. */
function contextStart(text: string, prev: BlockSpan | undefined, pieceStart: number): number {
  if (!prev) return pieceStart;
  if (prev.end - prev.start <= MAX_CONTEXT_CHARS) return prev.start;
  const from = prev.end - MAX_CONTEXT_CHARS;
  const tail = text.slice(from, prev.end);
  SENTENCE_END.lastIndex = 0;
  const m = SENTENCE_END.exec(tail);
  return m ? from + m.index + m[0].length : pieceStart;
}

/**
 * Analyses the chosen blocks of `text` and returns their sentences with
 * offsets into `text`, in order. `opts.headings`/`opts.nonClaims` are in
 * `text` coordinates and are passed on per chunk.
 */
export async function analyseBlocks(
  analyze: Analyze,
  text: string,
  blocks: BlockSpan[],
  chosen: number[],
  opts: AnalyzeOptions,
  chunk: ChunkOptions = {},
): Promise<SentenceResult[]> {
  const budget = chunk.budgetMs ?? 15;
  let speed = chunk.charsPerMs ?? 40;
  const minChars = chunk.minChars ?? 200;
  let lastMax = minChars;
  const now = chunk.now ?? (() => performance.now());
  const pause = chunk.yieldToPage ?? yieldToPage;
  const out: SentenceResult[] = [];
  const pieces = splitPieces(text, blocks);
  const chosenBlocks = new Set(chosen);
  let queue = pieces.map((p, i) => (chosenBlocks.has(p.block) ? i : -1)).filter((i) => i !== -1);
  let first = true;
  while (queue.length) {
    if (!first) await pause();
    first = false;
    if (chunk.cancelled?.()) break;
    // Grow at most twice per step: one fast chunk must not talk us into a huge one.
    const maxChars = Math.max(minChars, Math.min(Math.floor(speed * SPEED_MARGIN * budget), lastMax * 2));
    lastMax = maxChars;
    const [pieceIdx] = planChunks(pieces, queue, maxChars);
    queue = queue.slice(pieceIdx.length);
    const keepFrom = pieces[pieceIdx[0]].start;
    // The text before rides along as context ("he said" after a chunk boundary); its sentences are dropped.
    const from = contextStart(text, pieces[pieceIdx[0] - 1], keepFrom);
    const to = pieces[pieceIdx[pieceIdx.length - 1]].end;
    const slice = text.slice(from, to);
    const t0 = now();
    const analysis = analyze(slice, {
      ...opts,
      headings: shiftRanges(opts.headings, from, to),
      nonClaims: shiftRanges(opts.nonClaims, from, to),
    });
    const took = Math.max(0.01, now() - t0);
    chunk.onChunk?.(took, slice.length);
    if (slice.length > 200) {
      // The engine's pace varies with the text: slower news counts at once, faster only halfway.
      const seen = Math.max(10, slice.length / took);
      speed = seen < speed ? seen : (speed + seen) / 2;
    }
    const kept: SentenceResult[] = [];
    for (const s of analysis.sentences) {
      const start = s.start + from;
      if (start < keepFrom) continue;
      kept.push({ ...s, start, end: s.end + from });
    }
    out.push(...kept);
    chunk.onSentences?.(kept);
  }
  return out;
}
