import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../src/extract/analyze-html';
import { analysisOptions, articleText, domPoints, extractArticle } from '../../src/extract/index';
import type { ArticleText } from '../../src/types/article';

const PARA = [
  'The ministry said on Tuesday that 4,200 people had been moved from the flooded districts, and that more buses were on the way.',
  'Rescue teams reached the village of Kerrow late on Monday, according to a statement from the regional council, which asked residents to stay indoors.',
  'Local officials, speaking on condition of anonymity, said the river was expected to peak again on Thursday night.',
  'The last flood of this size hit the region in 1998, when more than 300 homes were destroyed and the main bridge collapsed.',
];

function page(body: string, head = ''): Document {
  return parseDocument(`<!doctype html><html lang="en-GB"><head><title>Floods force thousands from homes | The Courier</title>
<meta property="og:title" content="Floods force thousands from homes">
<meta property="og:site_name" content="The Courier">
<link rel="canonical" href="https://courier.example/news/floods">${head}</head><body>${body}</body></html>`);
}

const articleBody = (extra = '') => `
<header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
  <h1>Floods force thousands from homes</h1>
  <p class="standfirst">Rivers burst their banks across the north after a week of rain.</p>
  <div class="byline">By Jane Reporter, Environment correspondent</div>
  <div class="article-body">
    <p>${PARA[0]}</p>
    <figure><img src="x.jpg"><figcaption>Residents are evacuated by boat in Kerrow. Photo: Jim Lens</figcaption></figure>
    <p>${PARA[1]}</p>
    <h2>Warnings ignored</h2>
    <p>${PARA[2]}</p>
    <aside class="related"><h3>Related</h3><ul><li><a href="/a">Storm hits coast</a></li><li><a href="/b">Rain records broken</a></li></ul></aside>
    <div class="newsletter-signup"><p>Sign up for our morning briefing, delivered to your inbox every weekday at 7am.</p></div>
    ${extra}
    <p>${PARA[3]}</p>
  </div>
  <div class="comments"><p>This is a disgrace and the council should have known about it for years, I am writing to my MP.</p></div>
</article></main>
<footer><p>© 2024 The Courier. All rights reserved. Registered in England, company number 1234567.</p></footer>`;

/** The text a DOM Range over these points would hold (linkedom has no Range.setStart). */
function rangeText(doc: Document, p: { startNode: Text; startOffset: number; endNode: Text; endOffset: number }): string {
  const texts: Text[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) texts.push(c as Text);
      else walk(c);
    }
  };
  walk(doc.documentElement);
  const i = texts.indexOf(p.startNode);
  const j = texts.indexOf(p.endNode);
  assert.ok(i >= 0 && j >= i, `start before end in document order ${i} ${j} ${texts.length} ${JSON.stringify(p.startNode.data)}`);
  if (i === j) return p.startNode.data.slice(p.startOffset, p.endOffset);
  let s = p.startNode.data.slice(p.startOffset);
  for (let k = i + 1; k < j; k++) s += texts[k]!.data;
  return s + p.endNode.data.slice(0, p.endOffset);
}

function blockTexts(at: ArticleText) {
  return at.blocks.map((b) => [b.kind, at.text.slice(b.start, b.end)] as const);
}

test('finds headline, standfirst, sub-headings and body; leaves out nav, byline, figure, aside, newsletter, comments, footer', () => {
  const doc = page(articleBody());
  const a = extractArticle(doc, { url: 'https://courier.example/news/floods?utm_source=x' });
  assert.equal(a.isArticle, true);
  assert.equal(a.title, 'Floods force thousands from homes');
  assert.equal(a.publisher, 'The Courier');
  assert.equal(a.canonicalUrl, 'https://courier.example/news/floods');
  assert.equal(a.lang, 'en-GB');
  const at = articleText(a);
  assert.deepEqual(blockTexts(at), [
    ['title', 'Floods force thousands from homes'],
    ['standfirst', 'Rivers burst their banks across the north after a week of rain.'],
    ['paragraph', PARA[0]],
    ['paragraph', PARA[1]],
    ['heading', 'Warnings ignored'],
    ['paragraph', PARA[2]],
    ['paragraph', PARA[3]],
  ]);
  assert.equal(at.text, at.blocks.map((b) => at.text.slice(b.start, b.end)).join('\n\n'));
  for (const bad of ['Home', 'Photo: Jim Lens', 'Storm hits coast', 'Sign up', 'disgrace', 'Jane Reporter', '©']) {
    assert.ok(!at.text.includes(bad), `article text should not contain ${bad}`);
  }
});

test('hidden elements (hidden, aria-hidden, display:none, sr-only) are not article text', () => {
  const doc = page(
    articleBody(`<p hidden>Hidden paragraph that must never appear in the article text at all.</p>
      <p style="color: red; display:none">Styled away paragraph that must never appear in the article text.</p>
      <p>Visible paragraph with <span aria-hidden="true">ARIA-HIDDEN </span>a hidden span and <span class="sr-only">SR-ONLY </span>inside it.</p>`),
  );
  const at = articleText(extractArticle(doc));
  assert.ok(!at.text.includes('Hidden paragraph'));
  assert.ok(!at.text.includes('Styled away'));
  assert.ok(at.text.includes('Visible paragraph with a hidden span and inside it.'));
  assert.ok(!at.text.includes('ARIA-HIDDEN'));
  assert.ok(!at.text.includes('SR-ONLY'));
});

test('scripts, styles and templates inside paragraphs are skipped', () => {
  const doc = page(articleBody('<p>Officials confirmed the figure<script>var x = "SCRIPT";</script><style>p{}</style><template>TEMPLATE</template> late on Tuesday evening in a statement.</p>'));
  const at = articleText(extractArticle(doc));
  assert.ok(at.text.includes('Officials confirmed the figure late on Tuesday evening in a statement.'));
  assert.ok(!/SCRIPT|TEMPLATE|p\{\}/.test(at.text));
});

/** Every mapped character equals the node character it points to (modulo collapsed whitespace). */
function assertExactMap(at: ArticleText) {
  let covered = 0;
  for (const s of at.segments) {
    const fromText = at.text.slice(s.start, s.end);
    const fromNode = s.node.data.slice(s.nodeStart, s.nodeStart + (s.end - s.start));
    assert.equal(fromText.replace(/\s/g, ' '), fromNode.replace(/\s/g, ' '), 'segment maps onto its node text');
    covered += s.end - s.start;
  }
  // Everything but the joints and synthetic spaces is mapped.
  const unmapped = at.text.length - covered;
  const joints = (at.blocks.length - 1) * 2;
  assert.ok(unmapped >= joints && unmapped <= joints + 10, `unmapped ${unmapped}, joints ${joints}`);
  for (let i = 1; i < at.segments.length; i++) assert.ok(at.segments[i]!.start >= at.segments[i - 1]!.end, 'segments sorted and disjoint');
}

test('text map is exact across entities, inline tags, <br> and runs of whitespace', () => {
  const doc = page(
    articleBody(`<p>
        The   council&#8217;s  leader, <a href="/p/x"><strong>Mary  O&apos;Neil</strong></a>, said:
        &ldquo;We&nbsp;are doing all we can&hellip;&rdquo;<br>The A&amp;E unit at St&nbsp;Mark&#x27;s stayed open.
      </p>`),
  );
  const at = articleText(extractArticle(doc));
  const want = 'The council’s leader, Mary O\'Neil, said: “We are doing all we can…” The A&E unit at St Mark\'s stayed open.';
  assert.ok(at.text.includes(want), at.text);
  assertExactMap(at);
  const start = at.text.indexOf('Mary O');
  const p = domPoints(at, start, start + 'Mary O\'Neil'.length)!;
  assert.ok(p);
  assert.equal(rangeText(doc, p), 'Mary  O\'Neil');
  const s2 = at.text.indexOf('A&E');
  assert.equal(rangeText(doc, domPoints(at, s2, s2 + 3)!), 'A&E');
  const s3 = at.text.indexOf('We are');
  assert.equal(rangeText(doc, domPoints(at, s3, s3 + 6)!), 'We\u00a0are');
});

test('domPoints spans nodes and skips the joints between blocks', () => {
  const doc = page(articleBody());
  const at = articleText(extractArticle(doc));
  // A range that covers the end of one paragraph, the joint and the start of the next.
  const i = at.text.indexOf(PARA[0]!) + PARA[0]!.length - 8;
  const j = at.text.indexOf(PARA[1]!) + 6;
  const p = domPoints(at, i, j)!;
  assert.equal(p.startNode.data.slice(p.startOffset), 'the way.');
  assert.equal(p.endNode.data.slice(0, p.endOffset), 'Rescue');
  // A range inside the joint alone maps to nothing.
  const jointAt = at.text.indexOf('\n\n');
  assert.equal(domPoints(at, jointAt, jointAt + 2), null);
  // Starting in the joint moves to the next block.
  const q = domPoints(at, jointAt, jointAt + 5)!;
  assert.equal(q.startOffset, 0);
  assert.equal(domPoints(at, 5, 5), null);
  assert.equal(domPoints(at, at.text.length, at.text.length + 4), null);
});

test('every sentence-sized range maps back to the same text through a DOM Range', () => {
  const doc = page(articleBody('<p>He said it was <em>“very</em> serious”, and <a href="#">left</a>.</p>'));
  const at = articleText(extractArticle(doc));
  const re = /[^.!?\n]+[.!?]/g;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(at.text))) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].length;
    const p = domPoints(at, start, end)!;
    assert.equal(rangeText(doc, p).replace(/\s+/g, ' '), at.text.slice(start, end));
    n++;
  }
  assert.ok(n >= 6);
});

test('extraction does not change the document', () => {
  const doc = page(articleBody('<p>Another <b>paragraph</b> with a <a href="/z">link</a> for good measure in the body text.</p>'));
  const before = doc.documentElement.outerHTML;
  const a = extractArticle(doc);
  const at = articleText(a);
  domPoints(at, 0, 20);
  analysisOptions(a, at);
  assert.equal(doc.documentElement.outerHTML, before);
});

test('a home page of links and teasers is not an article', () => {
  const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/story/${i}">Story number ${i} about something that happened today in the city</a></li>`).join('');
  const doc = page(`<nav><a href="/">Home</a></nav><main><h2>Top stories</h2><ul>${items}</ul></main><footer>About us</footer>`);
  const a = extractArticle(doc);
  assert.equal(a.isArticle, false);
  assert.match(a.reason ?? '', /article/i);
});

test('a form page is not an article', () => {
  const doc = page(`<main><h1>Contact us</h1><form><label>Name <input name=n></label><label>Message <textarea></textarea></label><button>Send</button></form><p>We reply within two days.</p></main>`);
  const a = extractArticle(doc);
  assert.equal(a.isArticle, false);
  assert.ok(a.reason);
});

test('an empty body is not an article and articleText is empty', () => {
  const a = extractArticle(parseDocument('<html><body></body></html>'));
  assert.equal(a.isArticle, false);
  const at = articleText(a);
  assert.equal(at.text, a.blocks.length ? at.text : '');
});

test('blockquotes and list items in the body become quote and list-item blocks', () => {
  const doc = page(
    articleBody(`<blockquote><p>We will rebuild every home that was lost, whatever it costs the council this year.</p></blockquote>
    <ul><li>More than 4,000 people were moved out of their homes in three districts.</li><li>Two bridges were closed to traffic on Monday after inspections.</li></ul>`),
  );
  const at = articleText(extractArticle(doc));
  const kinds = blockTexts(at);
  assert.ok(kinds.some(([k, t]) => k === 'quote' && t.startsWith('We will rebuild')));
  assert.ok(kinds.some(([k, t]) => k === 'list-item' && t.startsWith('More than 4,000')));
  assert.ok(kinds.some(([k, t]) => k === 'list-item' && t.startsWith('Two bridges')));
});

test('schema.org articleBody is preferred when present', () => {
  const doc = page(`<div class="wrapper"><h1>Floods force thousands from homes</h1>
    <div class="teasers"><p>${PARA[3]} Teaser one.</p><p>${PARA[3]} Teaser two.</p></div>
    <div itemprop="articleBody"><p>${PARA[0]}</p><p>${PARA[1]}</p><p>${PARA[2]}</p></div></div>`);
  const at = articleText(extractArticle(doc));
  assert.ok(at.text.includes(PARA[0]!) && at.text.includes(PARA[2]!));
  assert.ok(!at.text.includes('Teaser'));
});

test('analysisOptions gives headings and byline/credit ranges, title, publisher and url', () => {
  const doc = page(articleBody('<p>By Sam Smith</p><p>Photo: Reuters/Jim Lens</p>'));
  const a = extractArticle(doc);
  const at = articleText(a);
  const o = analysisOptions(a, at, 'https://courier.example/news/floods');
  assert.equal(o.title, 'Floods force thousands from homes');
  assert.equal(o.publisher, 'The Courier');
  assert.equal(o.url, 'https://courier.example/news/floods');
  const slice = (r: [number, number]) => at.text.slice(r[0], r[1]);
  assert.deepEqual(o.headings!.map(slice), ['Floods force thousands from homes', 'Warnings ignored']);
  assert.deepEqual(o.nonClaims!.map(slice), ['By Sam Smith', 'Photo: Reuters/Jim Lens']);
  assert.equal(analysisOptions(a, at).url, 'https://courier.example/news/floods');
});

test('analysisOptions: contributor lines, datelines alone and e-mail sign-offs are non-claims; short unpunctuated paragraphs are sub-headings', () => {
  const doc = page(
    articleBody(`<p>Washington/ New Delhi:</p><p>NO FOUL PLAY SEEN</p><p>Magic mushrooms</p>
      <p>Keith Bradsher contributed reporting from Hong Kong.</p><p>kokobj@yna.co.kr (END)</p>
      <p>Contributing: Kristine Phillips</p><p>He writes:</p>`),
  );
  const a = extractArticle(doc);
  const at = articleText(a);
  const o = analysisOptions(a, at);
  const slice = (r: [number, number]) => at.text.slice(r[0], r[1]);
  assert.deepEqual(o.nonClaims!.map(slice), [
    'Washington/ New Delhi:',
    'Keith Bradsher contributed reporting from Hong Kong.',
    'kokobj@yna.co.kr (END)',
    'Contributing: Kristine Phillips',
  ]);
  const heads = o.headings!.map(slice);
  assert.ok(heads.includes('NO FOUL PLAY SEEN') && heads.includes('Magic mushrooms'));
  // Real sentences stay out of both lists.
  for (const p of PARA) assert.ok(!heads.includes(p!) && !o.nonClaims!.map(slice).includes(p!));
  assert.ok(!heads.includes('He writes:'));
});

test('call-to-action and share boxes inside the body are dropped', () => {
  const doc = page(
    articleBody(`<p>Like this story? Share it with a friend!</p><p>READ MORE: Storm hits coast as rain records fall</p>
      <p>Get HuffPost Business On Twitter, Facebook, and Google Buzz!</p><p>Advertisement</p>`),
  );
  const at = articleText(extractArticle(doc));
  for (const bad of ['Like this story', 'READ MORE', 'Get HuffPost', 'Advertisement']) assert.ok(!at.text.includes(bad), bad);
});

test('a page hidden by inline style until its script runs still yields its article', () => {
  const doc = page(`<div style="display: none;" class="page">${articleBody()}</div>`);
  const a = extractArticle(doc);
  assert.equal(a.isArticle, true);
  assert.ok(articleText(a).text.includes(PARA[2]!));
});

test('text written straight into a container with <br><br> is one block, mapped exactly', () => {
  const doc = page(`<h1>Floods force thousands from homes</h1><div class="entry-content"><span class="articleText"><span class="leadp"><h2>${PARA[0]}</h2></span>
    <br><br>${PARA[1]}<br><br>${PARA[2]}<br><br>${PARA[3]}<br><br>${PARA[1]}<br><br>${PARA[2]}<br><br>${PARA[3]}<br><br>${PARA[0]}</span></div>`);
  const a = extractArticle(doc);
  assert.equal(a.isArticle, true, a.reason);
  const at = articleText(a);
  assert.ok(at.text.includes(`${PARA[1]} ${PARA[2]} ${PARA[3]}`), at.text);
  assertExactMap(at);
});

test('prose left loose in a container after a block (unclosed <p>) is kept, in order, without its child blocks twice', () => {
  const doc = page(`<h1>Floods force thousands from homes</h1><div class="story">
    <div class="rel"><ul><li><a href="/a">Storm hits coast</a></li></ul></div>KERROW (AP) — ${PARA[0]}
    <p>${PARA[1]}</p><p>${PARA[2]}</p><p>${PARA[3]}</p></div>`);
  const a = extractArticle(doc);
  const at = articleText(a);
  const texts = at.blocks.map((b) => at.text.slice(b.start, b.end));
  assert.deepEqual(texts.slice(1), [`KERROW (AP) — ${PARA[0]}`, PARA[1], PARA[2], PARA[3]]);
  assert.ok(!at.text.includes('Storm hits coast'));
  assertExactMap(at);
});
