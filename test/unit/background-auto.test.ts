/** Automatic analysis decisions and the badge, as pure functions. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeSite, originPattern, shouldAutoAnalyze, siteMatches } from '../../src/background/auto-analyze';
import { BADGE_COLORS, badgeFor } from '../../src/background/badge-text';
import { DEFAULT_SETTINGS, type Settings } from '../../src/types/settings';

const on = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, autoAnalyze: true, ...over });

describe('automatic analysis', () => {
  test('off unless the user turned it on', () => {
    assert.equal(shouldAutoAnalyze('https://www.reuters.com/world/x', DEFAULT_SETTINGS), false);
    assert.equal(shouldAutoAnalyze('https://www.reuters.com/world/x', on()), true);
  });

  test('only web pages', () => {
    for (const url of ['chrome://extensions/', 'about:blank', 'file:///tmp/a.html', 'moz-extension://x/popup.html', 'nonsense']) {
      assert.equal(shouldAutoAnalyze(url, on()), false, url);
    }
  });

  test('the listed sites and their subdomains only, when a list is given', () => {
    const s = on({ autoSites: ['bbc.co.uk', 'https://www.theguardian.com/international'] });
    assert.equal(shouldAutoAnalyze('https://www.bbc.co.uk/news/world-1', s), true);
    assert.equal(shouldAutoAnalyze('https://news.bbc.co.uk/x', s), true);
    assert.equal(shouldAutoAnalyze('https://www.theguardian.com/world/2024/dec/09/x', s), true);
    assert.equal(shouldAutoAnalyze('https://notbbc.co.uk/x', s), false);
    assert.equal(shouldAutoAnalyze('https://bbc.co.uk.evil.example/x', s), false);
    assert.equal(shouldAutoAnalyze('https://www.reuters.com/x', s), false);
  });

  test('never on a site the user switched off, even if listed', () => {
    const s = on({ autoSites: ['bbc.co.uk'], disabledSites: ['sport.bbc.co.uk', 'dailymail.co.uk'] });
    assert.equal(shouldAutoAnalyze('https://sport.bbc.co.uk/football/1', s), false);
    assert.equal(shouldAutoAnalyze('https://www.bbc.co.uk/news/1', s), true);
    assert.equal(shouldAutoAnalyze('https://www.dailymail.co.uk/news/1', on({ disabledSites: ['dailymail.co.uk'] })), false);
  });

  test('site entries are normalised the way people type them', () => {
    assert.equal(normalizeSite(' HTTPS://WWW.Example.com:8080/path?q#x '), 'example.com');
    assert.equal(normalizeSite('*.example.org'), 'example.org');
    assert.equal(siteMatches('www.example.com', ['']), false);
    assert.equal(originPattern('https://www.bbc.co.uk/news/x?y=1'), 'https://www.bbc.co.uk/*');
  });
});

describe('badge', () => {
  test('shows the claim count when the analysis is done', () => {
    assert.deepEqual(badgeFor({ status: 'done', claimCount: 14 }), { text: '14', color: BADGE_COLORS.done, title: 'Sourcelight: 14 claims on this page' });
    assert.equal(badgeFor({ status: 'done', claimCount: 1 }).title, 'Sourcelight: 1 claim on this page');
    assert.equal(badgeFor({ status: 'done', claimCount: 12_345 }).text, '999+');
    assert.equal(badgeFor({ status: 'done' }).text, '0');
  });

  test('clears for no state and not-article, marks errors', () => {
    assert.equal(badgeFor(null).text, '');
    assert.equal(badgeFor(null).title, null);
    assert.equal(badgeFor({ status: 'not-article' }).text, '');
    assert.deepEqual(badgeFor({ status: 'error', message: 'page too large' }), {
      text: '!',
      color: BADGE_COLORS.error,
      title: 'Sourcelight: page too large',
    });
    assert.equal(badgeFor({ status: 'analysing' }).text, '…');
  });
});
