import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { bodyTextMap, pointsFor } from '../../src/page/text-map';
import { findAnchor, makeAnchor } from '../../src/page/anchor';

const html = `<html><body>
  <nav>Home | News</nav>
  <article><h1>Storm   hits coast</h1>
    <p>The agency said <b>1,200</b> homes
       lost power.</p><script>var x = "not text";</script>
    <p>Officials said repairs would take a week.</p>
  </article><sourcelight-ui>our own UI</sourcelight-ui>
</body></html>`;

test('the body text collapses whitespace, separates blocks and skips scripts and our own hosts', () => {
  const { document } = parseHTML(html);
  const map = bodyTextMap(document.body, (el) => el.localName.startsWith('sourcelight-'));
  assert.equal(map.text, 'Home | News Storm hits coast The agency said 1,200 homes lost power. Officials said repairs would take a week.');
  for (const s of map.segments) assert.equal(map.text.slice(s.start, s.end), s.node.data.slice(s.nodeStart, s.nodeStart + s.end - s.start));
});

test('a span of the body text maps back to the exact DOM points, across elements', () => {
  const { document } = parseHTML(html);
  const map = bodyTextMap(document.body);
  const start = map.text.indexOf('The agency');
  const end = map.text.indexOf('power.') + 'power.'.length;
  const p = pointsFor(map, start, end)!;
  assert.equal(p.startNode.data.slice(p.startOffset, p.startOffset + 10), 'The agency');
  assert.equal(p.endNode.data.slice(p.endOffset - 6, p.endOffset), 'power.');
  assert.notEqual(p.startNode, p.endNode);
});

test('spans starting or ending in collapsed whitespace snap to the text', () => {
  const { document } = parseHTML(html);
  const map = bodyTextMap(document.body);
  const i = map.text.indexOf(' Officials');
  const p = pointsFor(map, i, i + 10)!;
  assert.equal(p.startNode.data.slice(p.startOffset, p.startOffset + 9), 'Officials');
  assert.equal(pointsFor(map, 5, 5), null);
});

test('a saved quote is found in the body text when the article text no longer has it', () => {
  const { document } = parseHTML(html);
  const map = bodyTextMap(document.body);
  const articleText = 'The agency said 1,200 homes lost power.\n\nOfficials said repairs would take a week.';
  const anchor = makeAnchor(articleText, 41, articleText.length);
  const m = findAnchor(map.text, anchor);
  assert.ok(m);
  assert.equal(map.text.slice(m.start, m.end), 'Officials said repairs would take a week.');
  assert.ok(pointsFor(map, m.start, m.end));
});
