/** Page keys: the same article reached by different links is one page. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalizeUrl, registrableDomain, siteOf } from '../../src/storage/canonical-url';

const cases: Array<[string, string | null, string]> = [
  // tracking parameters of every family go; the article's own parameters stay, in order
  [
    'https://www.nytimes.com/2024/12/08/world/middleeast/syria-assad.html?smid=nytcore-ios-share&referringSource=articleShare&utm_source=twitter',
    null,
    'https://www.nytimes.com/2024/12/08/world/middleeast/syria-assad.html?referringSource=articleShare',
  ],
  ['https://example.com/story?id=42&fbclid=IwAR2x&page=2&gclid=Cj0K', null, 'https://example.com/story?id=42&page=2'],
  ['https://example.com/a?mc_cid=1&mc_eid=2&ref=homepage&cmpid=rss&UTM_Medium=x', null, 'https://example.com/a'],
  ['https://example.com/a?pk_campaign=x&mtm_source=y&_ga=2.1&msclkid=z&igshid=q', null, 'https://example.com/a'],
  // fragment, default port, credentials, trailing index.html
  ['https://example.com:443/news/index.html#section-2', null, 'https://example.com/news/'],
  ['http://user:pw@example.com:80/news/INDEX.HTM', null, 'http://example.com/news/'],
  ['https://example.com:8443/a#x', null, 'https://example.com:8443/a'],
  ['https://Example.COM/Path/Case', null, 'https://example.com/Path/Case'],
  ['https://example.com/a?', null, 'https://example.com/a'],
  // the canonical link wins when it is http(s) on the same site
  ['https://edition.cnn.com/2024/12/09/x/index.html?iid=cnn_buildContentRecirc', 'https://www.cnn.com/2024/12/09/x/index.html', 'https://www.cnn.com/2024/12/09/x/'],
  ['https://www.bbc.co.uk/news/world-123?at_medium=RSS', 'https://www.bbc.com/news/world-123', 'https://www.bbc.co.uk/news/world-123'],
  ['https://news.bbc.co.uk/x', 'https://www.bbc.co.uk/news/x?utm_source=canon', 'https://www.bbc.co.uk/news/x'],
  ['https://example.com/amp/story', '/story', 'https://example.com/story'],
  // …but not when it points to another site or another scheme
  ['https://attacker.example/copy', 'https://www.reuters.com/world/original', 'https://attacker.example/copy'],
  ['https://example.com/a', 'javascript:alert(1)', 'https://example.com/a'],
  ['https://example.com/a', 'ftp://example.com/a', 'https://example.com/a'],
  ['https://example.com/a', 'http://[bad', 'https://example.com/a'],
  // not a web page: returned without fragment; not a URL: returned as given
  ['file:///home/me/article.html#top', null, 'file:///home/me/article.html'],
  ['not a url', null, 'not a url'],
];

for (const [url, canonical, expected] of cases) {
  test(`canonicalizeUrl(${url}${canonical ? `, ${canonical}` : ''})`, () => {
    assert.equal(canonicalizeUrl(url, canonical), expected);
  });
}

test('canonicalisation is idempotent', () => {
  for (const [url, canonical] of cases) {
    const once = canonicalizeUrl(url, canonical);
    assert.equal(canonicalizeUrl(once), once);
  }
});

test('siteOf drops www and keeps the rest of the host', () => {
  assert.equal(siteOf('https://www.theguardian.com/world'), 'theguardian.com');
  assert.equal(siteOf('https://edition.cnn.com/x'), 'edition.cnn.com');
  assert.equal(siteOf('https://www2.example.org/'), 'example.org');
  assert.equal(siteOf('garbage'), '');
});

test('registrableDomain knows two-level country suffixes', () => {
  assert.equal(registrableDomain('news.bbc.co.uk'), 'bbc.co.uk');
  assert.equal(registrableDomain('www.abc.net.au'), 'abc.net.au');
  assert.equal(registrableDomain('edition.cnn.com'), 'cnn.com');
  assert.equal(registrableDomain('lemonde.fr'), 'lemonde.fr');
  assert.equal(registrableDomain('127.0.0.1'), '127.0.0.1');
});
