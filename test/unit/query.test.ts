import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  buildIndex,
  createClaimSearch,
  narrows,
  effectiveTag,
  haystackOf,
  normalizeText,
  queryClaims,
  searchTerms,
  sitesOf,
  sortedClaims,
} from '../../src/storage/query';
import { syntheticClaims } from '../../src/popup/synthetic';
import type { ClaimRecord } from '../../src/types/records';
import { plainDraft } from './storage-fixtures';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 10);

function claim(over: Partial<ClaimRecord> & { id: string; text: string }): ClaimRecord {
  return {
    ...plainDraft(over.text),
    pageUrl: 'https://www.reuters.com/world/syria-1',
    pageTitle: 'Russia and Syria',
    site: 'reuters.com',
    savedAt: T0,
    updatedAt: T0,
    ...over,
  };
}

const CLAIMS: ClaimRecord[] = [
  claim({
    id: 'a',
    text: '“There are no final decisions on the issue so far,” Peskov told reporters.',
    tag: 'named-person',
    source: 'Dmitry Peskov',
    sourceMention: 'Peskov',
    savedAt: T0 + 3 * DAY,
    anchor: { exact: '“There are no final decisions', prefix: '', suffix: '', start: 500 },
  }),
  claim({
    id: 'b',
    text: 'Moscow operates the Hmeimim Air Base in Syria’s Latakia Province.',
    savedAt: T0 + 1 * DAY,
    note: 'Vérifier la base navale',
    anchor: { exact: 'Moscow operates', prefix: '', suffix: '', start: 100 },
  }),
  claim({
    id: 'c',
    text: 'The Élysée said the summit would go ahead.',
    tag: 'organization',
    source: 'the Élysée',
    site: 'lemonde.fr',
    pageUrl: 'https://www.lemonde.fr/international/sommet',
    pageTitle: 'Sommet',
    savedAt: T0 + 2 * DAY,
  }),
  claim({
    id: 'd',
    text: 'Russia had evacuated at least 400 soldiers from Damascus, citing an HTS official.',
    tag: 'anonymous',
    source: 'an HTS official',
    via: 'the Financial Times',
    userTag: 'media',
    site: 'news.bbc.co.uk',
    pageUrl: 'https://news.bbc.co.uk/world/1',
    savedAt: T0 + 4 * DAY,
  }),
  claim({
    id: 'e',
    text: 'Since 2015, Russia has maintained a military presence in Syria.',
    userTag: 'not-a-claim',
    savedAt: T0,
    anchor: { exact: 'Since 2015', prefix: '', suffix: '', start: 0 },
  }),
];

const ids = (r: { claims: ClaimRecord[] }) => r.claims.map((c) => c.id);

describe('normalizeText', () => {
  test('folds case, accents and typographic quotes and dashes', () => {
    assert.equal(normalizeText('Élysée’s “Naïve” Straße — ØRSTED'), "elysee's \"naive\" strasse - orsted");
  });
  test('search terms: words, and quoted phrases as one term', () => {
    assert.deepEqual(searchTerms('  Peskov   "told  REPORTERS" élysée'), ['peskov', 'told reporters', 'elysee']);
    assert.deepEqual(searchTerms('"unterminated phrase'), ['unterminated phrase']);
    assert.deepEqual(searchTerms('   '), []);
  });
});

describe('queryClaims: full-text search', () => {
  test('matches text, source and note, case- and accent-insensitively', () => {
    assert.deepEqual(ids(queryClaims(CLAIMS, { text: 'elysee' })), ['c']);
    assert.deepEqual(ids(queryClaims(CLAIMS, { text: 'DMITRY' })), ['a'], 'source field');
    assert.deepEqual(ids(queryClaims(CLAIMS, { text: 'verifier navale' })), ['b'], 'note field, accents folded');
    assert.deepEqual(ids(queryClaims(CLAIMS, { text: "syria's" })), ['b'], 'curly apostrophe in the text');
  });
  test('every word must match, in any order and any field', () => {
    assert.deepEqual(ids(queryClaims(CLAIMS, { text: 'russia syria' })), ['e']);
    assert.deepEqual(ids(queryClaims(CLAIMS, { text: 'peskov decisions' })), ['a']);
    assert.deepEqual(ids(queryClaims(CLAIMS, { text: 'peskov elysee' })), []);
  });
  test('a phrase must match as a whole', () => {
    assert.deepEqual(ids(queryClaims(CLAIMS, { text: '"400 soldiers"' })), ['d']);
    assert.deepEqual(ids(queryClaims(CLAIMS, { text: '"soldiers 400"' })), []);
  });
  test('a term cannot span two fields', () => {
    // "...Damascus, citing an HTS official." + source "an HTS official": no "official an" across the join.
    assert.deepEqual(ids(queryClaims(CLAIMS, { text: '"official. an"' })), []);
  });
  test('an edited note is searched after the edit (cache follows the record)', () => {
    const c = claim({ id: 'x', text: 'Plain text.' });
    assert.equal(queryClaims([c], { text: 'followup' }).total, 0);
    c.note = 'followup';
    assert.equal(queryClaims([c], { text: 'followup' }).total, 1);
    assert.match(haystackOf(c), /followup/);
  });
});

describe('queryClaims: filters', () => {
  test('tags filter on the effective tag (the user correction wins)', () => {
    assert.deepEqual(ids(queryClaims(CLAIMS, { tags: ['media'] })), ['d']);
    assert.deepEqual(ids(queryClaims(CLAIMS, { tags: ['anonymous'] })), [], 'd was corrected to media');
    assert.deepEqual(ids(queryClaims(CLAIMS, { tags: ['unattributed'] })), ['b'], 'e is not a claim any more');
    assert.deepEqual(ids(queryClaims(CLAIMS, { tags: ['not-a-claim'] })), ['e']);
    assert.deepEqual(ids(queryClaims(CLAIMS, { tags: ['named-person', 'organization'] })), ['a', 'c']);
    assert.equal(queryClaims(CLAIMS, { tags: [] }).total, 5, 'an empty tag list does not filter');
    assert.equal(effectiveTag(CLAIMS[3]), 'media');
  });
  test('site matches the host and its subdomains, not lookalikes', () => {
    assert.deepEqual(ids(queryClaims(CLAIMS, { site: 'bbc.co.uk' })), ['d']);
    assert.deepEqual(ids(queryClaims(CLAIMS, { site: 'www.lemonde.fr' })), ['c']);
    assert.deepEqual(ids(queryClaims(CLAIMS, { site: 'co.uk.evil' })), []);
    assert.deepEqual(ids(queryClaims(CLAIMS, { site: 'euters.com' })), []);
  });
  test('pageUrl and date range (inclusive)', () => {
    assert.deepEqual(ids(queryClaims(CLAIMS, { pageUrl: 'https://www.lemonde.fr/international/sommet' })), ['c']);
    assert.deepEqual(ids(queryClaims(CLAIMS, { from: T0 + DAY, to: T0 + 3 * DAY })), ['a', 'c', 'b']);
    assert.deepEqual(ids(queryClaims(CLAIMS, { from: T0 + 4 * DAY })), ['d']);
    assert.deepEqual(ids(queryClaims(CLAIMS, { to: T0 })), ['e']);
  });
  test('filters combine', () => {
    assert.deepEqual(ids(queryClaims(CLAIMS, { text: 'russia', site: 'reuters.com', tags: ['not-a-claim'] })), ['e']);
    assert.deepEqual(ids(queryClaims(CLAIMS, { text: 'russia', site: 'reuters.com', tags: ['media'] })), []);
  });
});

describe('queryClaims: sorting and paging', () => {
  test('newest and oldest by savedAt', () => {
    assert.deepEqual(ids(queryClaims(CLAIMS, {})), ['d', 'a', 'c', 'b', 'e']);
    assert.deepEqual(ids(queryClaims(CLAIMS, { sort: 'oldest' })), ['e', 'b', 'c', 'a', 'd']);
  });
  test('source: alphabetical ignoring case and accents, unattributed last', () => {
    assert.deepEqual(ids(queryClaims(CLAIMS, { sort: 'source' })), ['d', 'a', 'c', 'b', 'e']);
    // an HTS official < Dmitry Peskov < the Élysée; b and e have no source (newest first among them).
  });
  test('site: by site, then page, then position in the page', () => {
    assert.deepEqual(ids(queryClaims(CLAIMS, { sort: 'site' })), ['c', 'd', 'e', 'b', 'a']);
  });
  test('offset and limit page the results; total counts all matches', () => {
    const r = queryClaims(CLAIMS, { offset: 1, limit: 2 });
    assert.deepEqual(ids(r), ['a', 'c']);
    assert.equal(r.total, 5);
    assert.deepEqual(ids(queryClaims(CLAIMS, { offset: 10 })), []);
    assert.equal(queryClaims(CLAIMS, { limit: 0 }).total, 5);
  });
  test('the input is not reordered, and sorting is cached per list', () => {
    const list = [...CLAIMS];
    const a = sortedClaims(list, 'oldest');
    assert.equal(sortedClaims(list, 'oldest'), a);
    assert.deepEqual(list.map((c) => c.id), ['a', 'b', 'c', 'd', 'e']);
    list.push(claim({ id: 'f', text: 'New.', savedAt: T0 - DAY }));
    assert.equal(sortedClaims(list, 'oldest')[0].id, 'f', 'a list grown in place is sorted again');
  });
});

describe('queryClaims at library scale', () => {
  const many = syntheticClaims(10_000);
  test('10,000 claims: a search over the built index finds exactly the matching claims', () => {
    // Speed is measured by `npm run bench popup`, not asserted here.
    buildIndex(many);
    const r = queryClaims(many, { text: 'peskov tartus' });
    assert.ok(r.total > 0 && r.total < 10_000);
    const expected = many.filter((c) => /peskov/.test(normalizeText(c.text + ' ' + c.source + ' ' + c.note)) && /tartus/.test(normalizeText(c.text + ' ' + c.source + ' ' + c.note)));
    assert.equal(r.total, expected.length);
    for (const c of r.claims) assert.match(normalizeText(c.text + ' ' + c.source + ' ' + c.note), /peskov.*tartus|tartus.*peskov/);
  });
  test('sitesOf counts claims per site, most first', () => {
    const sites = sitesOf(many);
    assert.equal(sites.reduce((n, s) => n + s.count, 0), 10_000);
    assert.ok(sites[0].count >= sites[sites.length - 1].count);
  });
});

describe('createClaimSearch (search as you type)', () => {
  const many = syntheticClaims(3_000);
  test('gives the same answers as queryClaims while typing, deleting and changing filters', () => {
    const search = createClaimSearch();
    const steps = [
      { text: 'p' },
      { text: 'pe' },
      { text: 'pes' },
      { text: 'peskov' },
      { text: 'peskov t' },
      { text: 'peskov ta' },
      { text: 'peskov' },
      { text: 'peskov', tags: ['named-person' as const] },
      { text: 'peskov tartus', tags: ['named-person' as const] },
      { text: 'peskov tartus', tags: ['named-person' as const], sort: 'oldest' as const },
      { text: '"tartus, peskov"' },
      { text: 'tartus peskov' },
      { text: '' },
      { text: 'élysée' },
      { text: 'elysee palace' },
    ];
    for (const q of steps) {
      assert.deepEqual(ids(search(many, q)), ids(queryClaims(many, q)), JSON.stringify(q));
    }
  });
  test('a changed list is searched afresh', () => {
    const search = createClaimSearch();
    const list = many.slice(0, 100);
    const before = search(list, { text: 'peskov' }).total;
    const withNote = list.map((c, i) => (i === 0 ? { ...c, note: 'peskov peskov' } : c));
    const hadIt = /peskov/i.test(list[0].text + list[0].source);
    assert.equal(search(withNote, { text: 'peskov' }).total, before + (hadIt ? 0 : 1));
  });
  test('narrows: old terms inside new ones', () => {
    assert.equal(narrows(['pes'], ['pesk']), true);
    assert.equal(narrows(['pes'], ['tartus', 'xpesx']), true);
    assert.equal(narrows(['pes', 'tar'], ['pesk']), false);
    assert.equal(narrows([], ['a']), true);
    assert.equal(narrows(['a'], []), false);
  });
});
