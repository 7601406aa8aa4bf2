/**
 * Time slicing of the content script's work: the page gets its turn only when
 * a slice is used up, waiting for storage does not count as our time, and the
 * engine's chunks fill what is left of a slice (or, run a sentence at a
 * time, the engine runs while the slice lasts, painting before it yields).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Slicer, analyseBlocks, analyseStepwise, type Analyze, type AnalyzeSteps } from '../../src/page/analyse';
import { emptyProfile, type SentenceResult } from '../../src/types/analysis';

function clock() {
  const c = { t: 0, now: () => c.t };
  return c;
}

describe('Slicer', () => {
  test('yields only once the slice is used up, and records each slice with its phases', async () => {
    const c = clock();
    let yields = 0;
    const s = new Slicer(10, c.now, async () => {
      yields++;
      c.t += 100; // the page's own work: not ours
    });
    s.enter('extract');
    for (let i = 0; i < 9; i++) {
      c.t += 1;
      assert.equal(s.maybeYield(), undefined, `yielded after ${i + 1} ms`);
    }
    c.t += 2;
    s.enter('text');
    await s.maybeYield();
    assert.equal(yields, 1);
    c.t += 4;
    s.close();
    assert.deepEqual(s.slices, [
      { phase: 'extract+text', ms: 11 },
      { phase: 'text', ms: 4 },
    ]);
    assert.deepEqual(s.phaseMs, { start: 0, extract: 11, text: 4 });
  });

  test('a slice is named for the phases that worked in it', async () => {
    const c = clock();
    const s = new Slicer(10, c.now, async () => {});
    s.enter('ui-host');
    c.t += 6;
    await s.yieldNow();
    s.enter('ui');
    c.t += 20;
    s.close();
    assert.deepEqual(s.slices, [
      { phase: 'ui-host', ms: 6 },
      { phase: 'ui', ms: 20 },
    ]);
  });

  test('time spent waiting for something outside is not ours', async () => {
    const c = clock();
    const s = new Slicer(10, c.now, async () => {});
    s.enter('status');
    c.t += 3;
    // A storage read: answers later, after 50 ms in which the page ran.
    const v = await s.wait(
      new Promise<number>((resolve) =>
        setTimeout(() => {
          c.t += 50;
          resolve(7);
        }, 0),
      ),
    );
    assert.equal(v, 7);
    c.t += 2;
    s.close();
    assert.deepEqual(s.slices.map((x) => x.ms), [3, 2]);
    assert.equal(s.phaseMs.status, 5);
  });
});

const sentence = (i: number) => `The council said road ${i} would reopen in May after the repairs were done.`;

/** A fake engine reading 10 characters per ms of the fake clock. */
function slowEngine(c: { t: number }, calls: string[]): Analyze {
  return (text) => {
    calls.push(text);
    c.t += text.length / 10;
    const sentences: SentenceResult[] = [];
    const re = /[^.\n]+\./g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      sentences.push({ text: text.slice(start, m.index + m[0].length), start, end: m.index + m[0].length, claim: true, tag: 'unattributed', source: null, cue: null, via: null, quote: 'none', hedged: false, checkworthiness: 0.5 });
    }
    return { title: '', url: null, text, sentences, profile: emptyProfile() };
  };
}

/** Paragraphs joined as an article, with each paragraph's block offsets. */
function article(paras: string[]): { text: string; blocks: Array<{ start: number; end: number }> } {
  let pos = 0;
  const blocks = paras.map((p) => {
    const b = { start: pos, end: pos + p.length };
    pos += p.length + 2;
    return b;
  });
  return { text: paras.join('\n\n'), blocks };
}

describe('analyseBlocks in time slices', () => {
  test('chunks fill the slice, no slice runs far over it, and every sentence comes back once', async () => {
    const paras = Array.from({ length: 30 }, (_, i) => sentence(i));
    const { text, blocks } = article(paras);
    const c = clock();
    const calls: string[] = [];
    const s = new Slicer(10, c.now, async () => {});
    const out = await analyseBlocks(slowEngine(c, calls), text, blocks, blocks.map((_, i) => i), {}, { slice: s, now: c.now, charsPerMs: 10, minChars: 1 });
    s.close();
    assert.equal(out.length, 30);
    assert.equal(new Set(out.map((x) => x.text)).size, 30);
    // One block (~75 chars + context) is ~15 ms of this engine: about one chunk per slice.
    assert.ok(s.slices.length >= 10, `${s.slices.length} slices`);
    assert.ok(Math.max(...s.slices.map((x) => x.ms)) <= 10 + 20, `a slice of ${Math.max(...s.slices.map((x) => x.ms))} ms`);
  });

  test('a fast engine gets several blocks per call, fewer calls than blocks', async () => {
    const paras = Array.from({ length: 30 }, (_, i) => sentence(i));
    const { text, blocks } = article(paras);
    const c = clock();
    const calls: string[] = [];
    const fast: Analyze = (t, o) => {
      const r = slowEngine(c, calls)(t, o);
      c.t -= t.length / 10 - t.length / 500; // 500 characters per ms
      return r;
    };
    const s = new Slicer(10, c.now, async () => {});
    const out = await analyseBlocks(fast, text, blocks, blocks.map((_, i) => i), {}, { slice: s, now: c.now, charsPerMs: 40, minChars: 200 });
    assert.equal(out.length, 30);
    assert.ok(calls.length <= 10, `${calls.length} engine calls for 30 blocks`);
  });

  test('an engine that slows down mid-article: chunks shrink at once, no slice overshoots by much', async () => {
    // Long paragraphs (5 sentences, ~380 chars) so the context carried before each chunk is large.
    const paras = Array.from({ length: 40 }, (_, i) => [0, 1, 2, 3, 4].map((k) => sentence(i * 5 + k)).join(' '));
    const { text, blocks } = article(paras);
    const c = clock();
    const calls: string[] = [];
    // 300 characters per ms over the first half of the text, then 100.
    const varying: Analyze = (t, o) => {
      const r = slowEngine(c, calls)(t, o);
      const slowPart = calls.reduce((n, x) => n + x.length, 0) > text.length / 2;
      c.t -= t.length / 10 - t.length / (slowPart ? 100 : 300);
      return r;
    };
    const s = new Slicer(10, c.now, async () => {});
    const out = await analyseBlocks(varying, text, blocks, blocks.map((_, i) => i), {}, { slice: s, now: c.now, charsPerMs: 40, minChars: 1 });
    s.close();
    assert.equal(out.length, 200);
    const worst = Math.max(...s.slices.map((x) => x.ms));
    // One chunk sized at the fast pace lands on the slow text (~3x slower); after that every chunk fits.
    assert.ok(worst <= 30, `a slice of ${worst.toFixed(1)} ms`);
    const over = s.slices.filter((x) => x.ms > 12).length;
    assert.ok(over <= 2, `${over} slices over 12 ms: ${s.slices.map((x) => x.ms.toFixed(1)).join(' ')}`);
  });

  test('the context a chunk carries counts against the slice: at a steady pace no slice runs over', async () => {
    const paras = Array.from({ length: 30 }, (_, i) => [0, 1, 2, 3, 4].map((k) => sentence(i * 5 + k)).join(' '));
    const { text, blocks } = article(paras);
    const c = clock();
    const calls: string[] = [];
    const steady: Analyze = (t, o) => {
      const r = slowEngine(c, calls)(t, o);
      c.t -= t.length / 10 - t.length / 100; // 100 characters per ms, always
      return r;
    };
    const s = new Slicer(10, c.now, async () => {});
    const out = await analyseBlocks(steady, text, blocks, blocks.map((_, i) => i), {}, { slice: s, now: c.now, charsPerMs: 100, minChars: 1 });
    s.close();
    assert.equal(out.length, 150);
    // Each paragraph is ~380 characters and rides along as the next one's context: one paragraph per chunk.
    const worst = Math.max(...s.slices.map((x) => x.ms));
    assert.ok(worst <= 10, `a slice of ${worst.toFixed(1)} ms: ${s.slices.map((x) => x.ms.toFixed(1)).join(' ')}`);
  });
});

describe('analyseStepwise in time slices', () => {
  /** A fake engine run: `msPerSentence` of the fake clock per sentence, every sentence settled at once. */
  function steps(c: { t: number }, count: number, msPerSentence: number): AnalyzeSteps {
    return function* (text, _o, out) {
      yield 0;
      for (let i = 0; i < count; i++) {
        c.t += msPerSentence;
        out.push({ text: sentence(i), start: i, end: i + 1, claim: true, tag: 'unattributed', source: null, cue: null, via: null, quote: 'none', hedged: false, checkworthiness: 0.5 });
        yield out.length;
      }
      return { title: '', url: null, text, sentences: out, profile: emptyProfile() };
    };
  }

  test('a long article: slices are filled, and painting (which grows with the page) never pushes one over', async () => {
    const c = clock();
    const s = new Slicer(10, c.now, async () => {});
    let painted = 0;
    let paints = 0;
    const got = await analyseStepwise(steps(c, 600, 0.3), 'x', {}, {
      slice: s,
      now: c.now,
      // Painting redraws every highlight: its cost grows with what is already painted.
      onSentences: (ss) => {
        painted += ss.length;
        paints++;
        c.t += 0.5 + painted * 0.005;
      },
    });
    s.close();
    assert.equal(got?.sentences.length, 600);
    assert.equal(painted, 600);
    const worst = Math.max(...s.slices.map((x) => x.ms));
    assert.ok(worst <= 10.3, `a slice of ${worst.toFixed(2)} ms`);
    // Slices are used, not wasted: the engine's 180 ms and the painting in fewer than twice as many slices.
    assert.ok(s.slices.length < 36, `${s.slices.length} slices`);
    assert.equal(paints, s.slices.length);
  });

  test('painting that costs most of a slice does not starve the engine: it keeps half of each', async () => {
    const c = clock();
    const s = new Slicer(10, c.now, async () => {});
    let handovers = 0;
    const got = await analyseStepwise(steps(c, 300, 0.3), 'x', {}, {
      slice: s,
      now: c.now,
      onSentences: () => {
        handovers++;
        c.t += 8;
      },
    });
    s.close();
    assert.equal(got?.sentences.length, 300);
    // The engine's 90 ms in slices of about 5 ms each: not one sentence (and one 8 ms paint) per slice.
    assert.ok(handovers < 25, `${handovers} hand-overs`);
  });

  test('a long quotation still open: slices move on even with nothing to hand over', async () => {
    const c = clock();
    const s = new Slicer(10, c.now, async () => {});
    // Nothing settles until the end (one quotation over the whole text), and each step uses a slice up.
    const held: AnalyzeSteps = function* (text, o, out) {
      const it = steps(c, 50, 20)(text, o, out);
      for (let r = it.next(); ; r = it.next()) {
        if (r.done) return r.value;
        yield 0;
      }
    };
    const handed: number[] = [];
    const got = await analyseStepwise(held, 'x', {}, { slice: s, now: c.now, onSentences: (ss) => handed.push(ss.length) });
    assert.equal(got?.sentences.length, 50);
    assert.deepEqual(handed, [50]);
  });

  test('a slice half used by earlier work: the engine fills only what is left', async () => {
    const c = clock();
    const s = new Slicer(10, c.now, async () => {});
    c.t += 8; // extraction and the rest, before the engine
    await analyseStepwise(steps(c, 100, 0.5), 'x', {}, { slice: s, now: c.now });
    s.close();
    assert.ok(s.slices[0].ms <= 10.5, `first slice ${s.slices[0].ms} ms`);
  });
});
