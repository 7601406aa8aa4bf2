/**
 * Hot loops may skip PhraseIndex.matchAt on a token without the index's bit
 * (a bit test instead of a call, which counts while the page runs the engine
 * cold). That holds only if every token that can open a phrase carries the
 * bit: words, and punctuation marks opening a phrase ("(Additional reporting
 * by", "© 2024"). And the tokenizer, which counts only upper-case letters
 * now, must set the acronym flag as a letter-by-letter reading would.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PhraseIndex } from '../../src/engine/phrase-index';
import { tokenize } from '../../src/engine/tokens';
import { splitSentences } from '../../src/engine/split';
import { randomStrings } from './random-strings';
import { PHRASE_LISTS as LISTS } from './phrase-lists';

test('a phrase opening with a punctuation mark: the mark carries the bit and matchAt finds the phrase there', () => {
  const idx = new PhraseIndex(['(Additional reporting by', '© Zqvart Media', 'reporting by']);
  const tokens = tokenize('(Additional reporting by Jane Doe) © Zqvart Media 2024 (photo)', false).tokens;
  const at = (t: string) => tokens.findIndex((x) => x.t === t);
  assert.notEqual(tokens[0].f & idx.bit, 0);
  assert.equal(idx.matchAt(tokens, 0, tokens.length), 4);
  assert.notEqual(tokens[at('©')].f & idx.bit, 0);
  assert.equal(idx.matchAt(tokens, at('©'), tokens.length), 3);
  // The second "(" carries the bit too (it may open a phrase) but opens none; ")" carries none.
  assert.equal(idx.matchAt(tokens, tokens.length - 3, tokens.length), 0);
  assert.equal(tokens[at(')')].f & idx.bit, 0);
  assert.equal(typeof tokens[at(')')].f, 'number');
});

const indexes = LISTS.map(([, l]) => new PhraseIndex(l));

function sentences(): string[] {
  const text = readFileSync(new URL('../../../shared/examples/seed-article.txt', import.meta.url), 'utf8');
  const out = splitSentences(text).map((s) => text.slice(s.start, s.end));
  // Each list's own phrases, in a sentence and capitalised: every phrase must be found where it stands.
  for (const [, l] of LISTS) for (const p of l) out.push(`(${p} said), ${p[0].toUpperCase()}${p.slice(1)}’s report.`);
  return out.concat(randomStrings('ab ©(“”"’\'.-,:Ap', 3000, 16, 7));
}

test('where a token lacks an index\'s bit, matchAt finds nothing: words and punctuation, every lexicon list', () => {
  let guarded = 0;
  let found = 0;
  for (const s of sentences()) {
    const tokens = tokenize(s, false).tokens;
    for (let i = 0; i < tokens.length; i++) {
      for (const idx of indexes) {
        const m = idx.matchAt(tokens, i, tokens.length);
        if ((tokens[i].f & idx.bit) === 0) {
          guarded++;
          assert.equal(m, 0, `${JSON.stringify(s)} at ${JSON.stringify(tokens[i].t)}`);
        } else if (m > 0) found++;
      }
    }
  }
  assert.ok(found > 2000 && guarded > 100000, `${found} found, ${guarded} guarded`);
});

/** The scan's reading of an ASCII word: a letter right after a joiner ("U.S", "X-ray") is stepped over unread. */
function acronym(t: string): boolean {
  const read = t.split('').filter((c, k) => k === 0 || !".'’-&/".includes(t[k - 1]));
  return read.filter((c) => /[A-Za-z]/.test(c)).length >= 2 && !read.some((c) => /[a-z]/.test(c));
}

test('the acronym flag: two or more letters read, none lower case, on random words and real ones', () => {
  const words = randomStrings("aZQbx09 -.&/'’", 20000, 12, 3);
  assert.deepEqual(['HTS', 'COVID-19', 'iPhone', 'AB-c', 'Ab-C'].map((w) => tokenize(w, false).tokens[0].upper), [true, true, false, true, false]);
  words.push('HTS', 'U.S.', 'COVID-19', 'iPhone', 'McDonald’s', 'ABCs', 'NATO’s', 'G7', 'A', 'AT&T', 'RFE/RL', 'x-RAY', 'B-52s');
  for (const s of words) {
    for (const t of tokenize(s, false).tokens) {
      if (!t.word || /[^\x00-\x7f]/.test(t.t.replace(/’/g, ''))) continue;
      assert.equal(t.upper, acronym(t.t), JSON.stringify([s, t.t]));
    }
  }
});
