import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyseBlocks, planChunks, splitPieces, type Analyze } from '../../src/page/analyse';
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
