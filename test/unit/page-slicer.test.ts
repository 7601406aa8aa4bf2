/**
 * Time slicing of the content script's work: the page gets its turn only when
 * a slice is used up, waiting for storage does not count as our time, and the
 * engine, run a sentence at a time, runs while the slice lasts, painting
 * before it yields.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Slicer, analyseStepwise, warmUp, type AnalyzeSteps } from '../../src/page/analyse';
import { analyzeText } from '../../src/engine/index';
import { emptyProfile } from '../../src/types/analysis';

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

  test('a slice ends before a piece of work that would overshoot it, and a slow piece makes the next few expected slow', async () => {
    const c = clock();
    let yields = 0;
    const s = new Slicer(10, c.now, async () => {
      yields++;
    });
    s.enter('extract');
    c.t += 4;
    assert.equal(s.maybeYield(), undefined, '6 ms left for a piece of 4');
    c.t += 4;
    // 2 ms left, and the last piece took 4: the slice ends at 8 ms, not at 12.
    await s.maybeYield();
    assert.equal(yields, 1);
    // A cold piece (the page's style brought up to date, say) of 20 ms: the slices after it hold one piece each until its weight fades.
    c.t += 20;
    await s.maybeYield();
    c.t += 1;
    await s.maybeYield(); // 9 ms left, 10 expected
    c.t += 1;
    assert.equal(s.maybeYield(), undefined, '9 ms left, 5 expected');
    c.t += 1;
    s.close();
    assert.equal(yields, 3);
    assert.deepEqual(
      s.slices.map((x) => x.ms),
      [8, 20, 1, 2],
    );
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

  test('cold code: the first steps start in a fresh slice, and a long step and a long hand-over never share one', async () => {
    const c = clock();
    const s = new Slicer(10, c.now, async () => {});
    // The engine's first sentences run cold code: 30, 12 and 6 ms, then 0.4 ms each.
    const costs = [30, 12, 6];
    const cold: AnalyzeSteps = function* (text, _o, out) {
      c.t += 2; // the split
      yield 0;
      for (let i = 0; i < 80; i++) {
        c.t += costs[i] ?? 0.4;
        out.push({ text: sentence(i), start: i, end: i + 1, claim: true, tag: 'unattributed', source: null, cue: null, via: null, quote: 'none', hedged: false, checkworthiness: 0.5 });
        yield out.length;
      }
      return { title: '', url: null, text, sentences: out, profile: emptyProfile() };
    };
    let first = true;
    c.t += 6; // extraction and the text map, before the engine
    const got = await analyseStepwise(cold, 'x', {}, {
      slice: s,
      now: c.now,
      // The first hand-over builds ranges and paints for the first time: 15 ms; later ones 1 ms.
      onSentences: () => {
        c.t += first ? 15 : 1;
        first = false;
      },
    });
    s.close();
    assert.equal(got?.sentences.length, 80);
    // The caller's 6 ms are not followed by the 2 ms split and the 30 ms sentence.
    assert.equal(s.slices[0].ms, 6);
    const worst = Math.max(...s.slices.map((x) => x.ms));
    assert.ok(worst <= 31, `a slice of ${worst} ms: ${s.slices.map((x) => x.ms.toFixed(1)).join(' ')}`);
  });
});

describe('warming the engine up', () => {
  test('short texts, each in a slice of its own, once per page; the article is analysed as without it', async () => {
    const article = 'The council said road 9 would reopen in May. “It is safe,” an engineer told the Herald.';
    const before = analyzeText(article);
    const c = clock();
    const s = new Slicer(10, c.now, async () => {});
    const seen: string[] = [];
    const analyze = (text: string) => {
      seen.push(text);
      c.t += 4;
      return analyzeText(text);
    };
    await warmUp(analyze, s);
    s.close();
    assert.equal(seen.length, 3);
    // A yield before each: no slice holds two of them.
    assert.deepEqual(s.slices.map((x) => x.ms), [0, 4, 4, 4]);
    await warmUp(analyze, s);
    assert.equal(seen.length, 3, 'warmed up once');
    assert.deepEqual(analyzeText(article), before);
  });
});
