import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citationText, claimDraft, selectionDraft } from '../../src/page/citation';
import { colourCss, highlightCss, markCss } from '../../src/page/highlight-css';
import { DEFAULT_COLORS } from '../../src/types/settings';

const sentence = {
  text: 'The Financial Times, citing an HTS official, reported that Russia would keep its bases.',
  start: 10,
  end: 96,
  claim: true,
  tag: 'anonymous' as const,
  source: 'an HTS official',
  sourceMention: 'an HTS official',
  cue: 'citing',
  via: 'the Financial Times',
  quote: 'indirect' as const,
  hedged: false,
  checkworthiness: 0.7,
};
const page = { url: 'https://example.com/a?utm_source=x', canonicalUrl: 'https://example.com/a', title: 'Russia and Syria', publisher: 'Example News' };

test('a claim draft carries the engine fields, the anchor and the note', () => {
  const anchor = { exact: sentence.text, prefix: 'before ', suffix: ' after', start: 10, end: 96 };
  const d = claimDraft(sentence, anchor, 'check this');
  assert.equal(d.origin, 'engine');
  assert.equal(d.tag, 'anonymous');
  assert.equal(d.via, 'the Financial Times');
  assert.equal(d.sourceMention, 'an HTS official');
  assert.equal(d.note, 'check this');
  assert.equal(d.userTag, null);
  assert.deepEqual(d.anchor, anchor);
});

test('a selection draft is unattributed, unquoted, from a selection', () => {
  const d = selectionDraft('Some text', { exact: 'Some text', prefix: '', suffix: '' });
  assert.equal(d.origin, 'selection');
  assert.equal(d.tag, 'unattributed');
  assert.equal(d.quote, 'none');
  assert.equal(d.source, null);
});

test('the citation quotes the sentence, names source and outlet, page title, publisher and canonical URL', () => {
  const c = citationText(sentence, page, new Date('2026-11-25T10:00:00Z'));
  assert.match(c, /^“The Financial Times, citing/);
  assert.match(c, /Source: an HTS official \(via the Financial Times\)\./);
  assert.match(c, /“Russia and Syria”, Example News\. https:\/\/example\.com\/a \(accessed 2026-11-25\)/);
  assert.doesNotMatch(c, /utm_source/);
});

test('an unattributed claim is cited as the writer’s own assertion', () => {
  const c = citationText({ text: 'It rained.', source: null, via: null }, { ...page, canonicalUrl: null, publisher: null });
  assert.match(c, /none given/);
  assert.match(c, /utm_source=x/);
});

test('user colours for the <mark> fallback: only those that differ from the defaults; unsafe values are dropped', () => {
  const css = colourCss({ ...DEFAULT_COLORS, 'named-person': '#00FF00', media: 'red;} body{display:none' });
  assert.match(css, /^mark\.sourcelight-mark\[data-sourcelight-tag="named-person"\]\{background-color:color-mix\(in srgb,#00FF00 24%[^}]*text-decoration-color:#00FF00/);
  assert.doesNotMatch(css, /display:none/);
  assert.doesNotMatch(css, /sourcelight-media|::highlight/);
  // A default colour needs no rule of its own, whatever its case.
  assert.equal(colourCss({ ...DEFAULT_COLORS, organization: '#8A4FD8' }), '');
});

test('highlight rules: every tag on the scope given, in its colour and its own line; saved, focus, forced colours', () => {
  const css = highlightCss(':is(p,li)', { media: '#123456', anonymous: 'url(x)' });
  const rule = (name: string) => css.match(new RegExp(`^:is\\(p,li\\)::highlight\\(${name}\\)\\{([^}]*)\\}$`, 'm'))?.[1];
  assert.match(rule('sourcelight-named-person') ?? '', /^background-color:color-mix\(in srgb,#2f7de1 24%,transparent\);text-decoration:underline solid 2px #2f7de1$/);
  assert.match(rule('sourcelight-media') ?? '', /#123456 24%.*dotted 2px #123456/);
  // Not a plain colour: the default, never the page's or the settings' text.
  assert.match(rule('sourcelight-anonymous') ?? '', /wavy 1px #e0590b$/);
  assert.doesNotMatch(css, /url\(/);
  // Each tag's line differs, so colour is never the only cue.
  const lines = ['named-person', 'organization', 'media', 'anonymous', 'document', 'unattributed'].map((t) => rule('sourcelight-' + t)?.match(/text-decoration:(\w+ \w+ \w+)/)?.[1]);
  assert.equal(new Set(lines).size, 6, lines.join(' | '));
  assert.match(rule('sourcelight-saved') ?? '', /underline solid 3px/);
  assert.match(rule('sourcelight-focus') ?? '', /background-color/);
  assert.equal(css.match(/@media \(forced-colors:active\)\{:is\(p,li\)::highlight\(sourcelight-[a-z-]+\)\{background-color:Mark;color:MarkText\}\}/g)?.length, 6);
  // Every element (Firefox's content.css): no scope before the pseudo-element.
  assert.match(highlightCss('', {}), /^::highlight\(sourcelight-named-person\)\{/);
});

test('the <mark> fallback is painted from the same table: each tag in its default colour and its own line', () => {
  const css = markCss();
  const high = highlightCss('p', {});
  for (const [tag, colour] of Object.entries(DEFAULT_COLORS)) {
    const mark = css.match(new RegExp(`^mark\\.sourcelight-mark\\[data-sourcelight-tag="${tag}"\\]\\{([^}]*)\\}$`, 'm'))?.[1];
    assert.ok(mark?.includes(colour), tag);
    assert.equal(mark, high.match(new RegExp(`^p::highlight\\(sourcelight-${tag}\\)\\{([^}]*)\\}$`, 'm'))?.[1], tag);
  }
});
