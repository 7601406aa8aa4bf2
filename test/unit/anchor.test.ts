import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { approximateSearch, collapseWhitespace, findAnchor, makeAnchor } from '../../src/page/anchor';

const seed = collapseWhitespace(
  readFileSync(path.resolve(import.meta.dirname, '../../../shared/examples/seed-article.txt'), 'utf8'),
);

describe('makeAnchor', () => {
  test('keeps the quote, 32 characters of context each side and the offsets', () => {
    const text = 'a'.repeat(50) + 'THE CLAIM' + 'b'.repeat(50);
    const a = makeAnchor(text, 50, 59);
    assert.equal(a.exact, 'THE CLAIM');
    assert.equal(a.prefix, 'a'.repeat(32));
    assert.equal(a.suffix, 'b'.repeat(32));
    assert.deepEqual([a.start, a.end], [50, 59]);
  });
  test('clips context at the ends of the text', () => {
    const a = makeAnchor('Police said so.', 0, 11);
    assert.equal(a.prefix, '');
    assert.equal(a.exact, 'Police said');
    assert.equal(a.suffix, ' so.');
  });
});

describe('findAnchor: exact', () => {
  test('finds a sentence of the seed article where it was', () => {
    const start = seed.indexOf('Peskov');
    assert.ok(start > 0);
    const end = seed.indexOf('.', start) + 1;
    const a = makeAnchor(seed, start, end);
    const m = findAnchor(seed, a);
    assert.deepEqual(m && [m.start, m.end, m.method], [start, end, 'exact']);
  });

  test('finds it again after text was inserted before it', () => {
    const start = seed.indexOf('Peskov');
    const end = seed.indexOf('.', start) + 1;
    const a = makeAnchor(seed, start, end);
    const changed = 'Breaking: an update was added at the top of the story. ' + seed;
    const m = findAnchor(changed, a);
    assert.ok(m);
    assert.equal(changed.slice(m.start, m.end), a.exact);
    assert.equal(m.start, start + 55);
  });

  test('picks the occurrence whose prefix and suffix match, not the first one', () => {
    const text = 'Alpha one. Officials said so. Beta two. Gamma three. Officials said so. Delta four.';
    const second = text.lastIndexOf('Officials said so.');
    const a = makeAnchor(text, second, second + 'Officials said so.'.length);
    // Without the position hint, only prefix/suffix can tell the two apart.
    const m = findAnchor(text, { exact: a.exact, prefix: a.prefix, suffix: a.suffix });
    assert.equal(m?.start, second);
  });
});

describe('findAnchor: fuzzy', () => {
  test('re-anchors a sentence whose wording changed slightly', () => {
    const old = 'The ministry said on Tuesday that 42 people had been evacuated from the flooded district.';
    const page = 'Rain fell all week. The ministry said on Wednesday that 43 people had been evacuated from the flooded district. More rain is due.';
    const m = findAnchor(page, { exact: old, prefix: 'Rain fell all week. ', suffix: ' More rain is due.', start: 20 });
    assert.ok(m, 'fuzzy match expected');
    assert.equal(m.method, 'fuzzy');
    assert.ok(m.similarity >= 0.8 && m.similarity < 1);
    assert.match(page.slice(m.start, m.end), /^The ministry said on Wednesday .*district\.?$/);
  });

  test('reports no match when the sentence is gone', () => {
    const a = makeAnchor(seed, 0, 80);
    assert.equal(findAnchor('Completely different text about the weather in Paris and nothing else at all here.', a), null);
  });

  test('rejects a match below the similarity floor', () => {
    const quote = 'Officials confirmed the bridge would reopen in May after repairs.';
    const page = 'Engineers doubted the tunnel could open in June without more money.';
    assert.equal(findAnchor(page, { exact: quote, prefix: '', suffix: '' }), null);
  });
});

describe('approximateSearch', () => {
  test('finds the best window with the edit count', () => {
    const hit = approximateSearch('xxxx hello wrld yyyy', 'hello world', 2);
    assert.ok(hit);
    assert.equal(hit.edits, 1);
    assert.equal('xxxx hello wrld yyyy'.slice(hit.start, hit.end), 'hello wrld');
  });
  test('returns null when more edits than allowed are needed', () => {
    assert.equal(approximateSearch('abcdefgh', 'zzzz', 2), null);
  });
  // Its speed on long pages is a figure of `npm run bench` (anchor), not a timed test.
  test('on a long article, finds a changed sentence at its very end and nothing for an absent one', () => {
    const long = seed.repeat(10);
    const page = `${long} The council said on Friday that 118 homes had been cleared.`;
    const hit = approximateSearch(page, 'The council said on Thursday that 117 homes had been cleared.', 14);
    assert.ok(hit);
    assert.equal(page.slice(hit.start, hit.end), 'The council said on Friday that 118 homes had been cleared.');
    assert.ok(hit.edits > 0 && hit.edits <= 8);
    assert.equal(approximateSearch(long, 'A sentence that is not in the article at all, with some length to it.', 14), null);
  });
});
