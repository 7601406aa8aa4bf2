import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyseBlocks, analyseStepwise, planChunks, splitPieces, type Analyze, type AnalyzeSteps } from '../../src/page/analyse';
import { emptyProfile, type SentenceResult } from '../../src/types/analysis';

/** A fake engine: one "sentence" per period-terminated run; records what it was given. */
function fakeEngine(calls: Array<{ text: string; headings?: Array<[number, number]> }>): Analyze {
  return (text, opts) => {
    calls.push({ text, headings: opts.headings });
    const sentences: SentenceResult[] = [];
    const re = /[^.\n]+\./g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      sentences.push({
        text: text.slice(start, m.index + m[0].length),
        start,
        end: m.index + m[0].length,
        claim: true,
        tag: 'unattributed',
        source: null,
        cue: null,
        via: null,
        quote: 'none',
        hedged: false,
        checkworthiness: 0.5,
      });
    }
    return { title: '', url: null, text, sentences, profile: emptyProfile() };
  };
}

function article(paras: string[]) {
  const text = paras.join('\n\n');
  const blocks: Array<{ start: number; end: number }> = [];
  let pos = 0;
  for (const p of paras) {
    blocks.push({ start: pos, end: pos + p.length });
    pos += p.length + 2;
  }
  return { text, blocks };
}

const paras = [
  'Headline about a flood.',
  'The ministry said 42 people were evacuated. He added more would follow.',
  'Police said roads were closed.',
  'A spokesperson said the dam held.',
  'Officials said the rain would stop.',
];

describe('planChunks', () => {
  test('groups consecutive blocks up to the size limit', () => {
    const { blocks } = article(paras);
    const chunks = planChunks(blocks, [0, 1, 2, 3, 4], 80);
    assert.deepEqual(chunks.flat(), [0, 1, 2, 3, 4]);
    for (const c of chunks) {
      const size = c.reduce((n, i) => n + blocks[i].end - blocks[i].start, 0);
      assert.ok(c.length === 1 || size <= 80, `chunk ${c} is ${size} chars`);
    }
    assert.ok(chunks.length > 1);
  });
  test('never joins blocks that are not next to each other', () => {
    const { blocks } = article(paras);
    assert.deepEqual(planChunks(blocks, [1, 3, 4], 10_000), [[1], [3, 4]]);
  });
});

describe('analyseBlocks', () => {
  test('sentence offsets point into the whole article text, in order, each once', async () => {
    const { text, blocks } = article(paras);
    const calls: Array<{ text: string }> = [];
    const out = await analyseBlocks(fakeEngine(calls), text, blocks, [0, 1, 2, 3, 4], {}, { charsPerMs: 1, budgetMs: 1, minChars: 1, yieldToPage: async () => {} });
    assert.ok(calls.length > 1, 'expected several chunks');
    for (const s of out) assert.equal(text.slice(s.start, s.end), s.text);
    assert.deepEqual(
      out.map((s) => s.text),
      ['Headline about a flood.', 'The ministry said 42 people were evacuated.', 'He added more would follow.', 'Police said roads were closed.', 'A spokesperson said the dam held.', 'Officials said the rain would stop.'],
    );
  });

  test('each chunk carries the block before it as context but does not report it', async () => {
    const { text, blocks } = article(paras);
    const calls: Array<{ text: string }> = [];
    const out = await analyseBlocks(fakeEngine(calls), text, blocks, [2], {}, { yieldToPage: async () => {} });
    assert.equal(calls.length, 1);
    assert.ok(calls[0].text.startsWith(paras[1]), 'context block missing');
    assert.deepEqual(out.map((s) => s.text), ['Police said roads were closed.']);
  });

  test('headings are passed on in chunk coordinates', async () => {
    const { text, blocks } = article(paras);
    const calls: Array<{ text: string; headings?: Array<[number, number]> }> = [];
    await analyseBlocks(fakeEngine(calls), text, blocks, [0, 1], { headings: [[0, paras[0].length]] }, { yieldToPage: async () => {} });
    assert.deepEqual(calls[0].headings, [[0, paras[0].length]]);
    const calls2: typeof calls = [];
    await analyseBlocks(fakeEngine(calls2), text, blocks, [3], { headings: [[0, paras[0].length], [blocks[3].start, blocks[3].end]] }, { yieldToPage: async () => {} });
    // Chunk starts at block 2 (context): block 3 sits after it.
    assert.deepEqual(calls2[0].headings, [[blocks[3].start - blocks[2].start, blocks[3].end - blocks[2].start]]);
  });

  test('yields between chunks and stops when cancelled', async () => {
    const { text, blocks } = article(paras);
    let yields = 0;
    let stop = false;
    const calls: Array<{ text: string }> = [];
    await analyseBlocks(fakeEngine(calls), text, blocks, [0, 1, 2, 3, 4], {}, {
      charsPerMs: 1,
      budgetMs: 1,
      minChars: 1,
      yieldToPage: async () => {
        yields++;
        if (yields === 2) stop = true;
      },
      cancelled: () => stop,
    });
    assert.equal(yields, 2);
    assert.equal(calls.length, 2);
  });
});

describe('splitPieces', () => {
  test('cuts a very long block at sentence ends, covering it exactly', () => {
    const sentence = 'The council said the road would reopen in May after repairs. ';
    const block = sentence.repeat(80).trim();
    const text = 'Title.\n\n' + block;
    const blocks = [{ start: 0, end: 6 }, { start: 8, end: text.length }];
    const pieces = splitPieces(text, blocks, 500);
    assert.equal(pieces[0].block, 0);
    assert.ok(pieces.length > 5);
    for (let i = 2; i < pieces.length; i++) assert.equal(pieces[i].start, pieces[i - 1].end);
    assert.equal(pieces[pieces.length - 1].end, text.length);
    for (const p of pieces.slice(1)) {
      assert.ok(p.end - p.start <= 500);
      assert.ok(text.slice(p.start, p.end).startsWith('The council'), 'a piece starts mid-sentence');
    }
  });

  test('a long block is analysed in several engine calls and every sentence comes back once', async () => {
    const sentence = 'The council said the road would reopen in May after repairs.';
    const text = Array.from({ length: 200 }, (_, i) => sentence.replace('May', `May ${i}`)).join(' ');
    const calls: Array<{ text: string }> = [];
    // A slow engine (10 characters per ms of a fake clock): each call gets one piece plus context.
    let clock = 0;
    const engine = fakeEngine(calls);
    const slow: Analyze = (t, o) => {
      clock += t.length / 10;
      return engine(t, o);
    };
    const out = await analyseBlocks(slow, text, [{ start: 0, end: text.length }], [0], {}, { charsPerMs: 10, budgetMs: 20, now: () => clock, yieldToPage: async () => {} });
    assert.ok(calls.length > 5, `${calls.length} calls`);
    assert.ok(calls.every((c) => c.text.length <= 1500 + 600), `a call read ${Math.max(...calls.map((c) => c.text.length))} chars`);
    assert.equal(out.length, 200);
    assert.equal(new Set(out.map((s) => s.text)).size, 200);
  });
});

/**
 * A fake resumable engine: one sentence per step, each "said" sentence
 * settling everything before it and the ones after it held back until the
 * next (like a quotation waiting for its speaker); each unsettled sentence is
 * rewritten when it settles (tag 'anonymous').
 */
function fakeSteps(steps: number[] = []): AnalyzeSteps {
  return function* (text, _opts, out) {
    const analysis = fakeEngine([])(text, {});
    yield 0;
    let settled = 0;
    for (const s of analysis.sentences) {
      out.push({ ...s });
      steps.push(out.length);
      if (s.text.includes('said')) {
        for (let i = settled; i < out.length - 1; i++) out[i] = { ...out[i], tag: 'anonymous' };
        settled = out.length;
      }
      yield settled;
    }
    for (let i = settled; i < out.length; i++) out[i] = { ...out[i], tag: 'anonymous' };
    return { ...analysis, sentences: out };
  };
}

const heldParas = ['It rained.', 'The river rose. The roads closed.', 'The mayor said so.', 'It stopped. Then it rained again.'];

describe('analyseStepwise', () => {
  test('hands over only settled sentences, each once, in order, as they will stay', async () => {
    const { text } = article(heldParas);
    // Every look at the clock costs 1 ms: slices of about two steps.
    let t = 0;
    const now = () => (t += 1);
    const slice = { left: () => 5 - (now() % 5), yieldNow: async () => {} };
    const handed: Array<{ text: string; tag: string | null }> = [];
    const analysis = await analyseStepwise(fakeSteps(), text, {}, { slice, now, onSentences: (ss) => handed.push(...ss.map((s) => ({ text: s.text, tag: s.tag }))) });
    assert.ok(analysis);
    assert.deepEqual(handed, analysis.sentences.map((s) => ({ text: s.text, tag: s.tag })));
    assert.deepEqual(
      handed.map((s) => s.tag),
      ['anonymous', 'anonymous', 'anonymous', 'unattributed', 'anonymous', 'anonymous'],
    );
  });

  test('runs while the slice has time left and yields when it is used up', async () => {
    const { text } = article(heldParas);
    let left = 100;
    let yields = 0;
    const steps: number[] = [];
    const slice = {
      left: () => left,
      yieldNow: async () => {
        yields++;
        left = 100;
      },
    };
    const fake = fakeSteps(steps);
    const counting: AnalyzeSteps = function* (tx, o, out) {
      const it = fake(tx, o, out);
      for (let r = it.next(); ; r = it.next()) {
        if (r.done) return r.value;
        left -= 50; // every step uses half a slice: two steps per slice
        yield r.value;
      }
    };
    const got = await analyseStepwise(counting, text, {}, { slice });
    assert.equal(got?.sentences.length, 6);
    // 7 steps (the split and 6 sentences) at two per slice.
    assert.equal(yields, 3);
  });

  test('stops at the next slice when cancelled, without stepping further', async () => {
    const { text } = article(heldParas);
    const steps: number[] = [];
    let stop = false;
    let left = 10;
    const slice = {
      left: () => (left -= 4),
      yieldNow: async () => {
        stop = true;
        left = 10;
      },
    };
    const got = await analyseStepwise(fakeSteps(steps), text, {}, { slice, cancelled: () => stop });
    assert.equal(got, null);
    assert.ok(steps.length < 6, `${steps.length} sentences analysed after the cancel`);
  });
});
