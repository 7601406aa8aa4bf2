/**
 * Inline elements side by side: the article text must say what the screen
 * shows, and a highlight over a sentence must read back as that sentence,
 * whether the inline elements touch, are separated by whitespace or by <br>.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../../src/extract/analyze-html';
import { articleText, domPoints } from '../../src/extract/index';
import { renderedText, type RangePoints } from '../../src/page/text-map';
import type { ArticleBlock, ExtractedArticle } from '../../src/types/article';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The four boundary fields of a DOM Range, and what Range.toString() gives (linkedom has no usable Range). */
function rangeOf(p: { startNode: Text; startOffset: number; endNode: Text; endOffset: number }): RangePoints {
  const texts: Text[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) c.nodeType === 3 ? texts.push(c as Text) : walk(c);
  };
  walk(p.startNode.ownerDocument!.body);
  const a = texts.indexOf(p.startNode);
  const b = texts.indexOf(p.endNode);
  const str = a === b ? p.startNode.data.slice(p.startOffset, p.endOffset) : [p.startNode.data.slice(p.startOffset), ...texts.slice(a + 1, b).map((t) => t.data), p.endNode.data.slice(0, p.endOffset)].join('');
  return { startContainer: p.startNode, startOffset: p.startOffset, endContainer: p.endNode, endOffset: p.endOffset, toString: () => str };
}

function block(html: string): { doc: Document; text: string; range: (s: string) => RangePoints } {
  const doc = parseDocument(`<!doctype html><html><body><div id="b">${html}</div></body></html>`);
  const el = doc.getElementById('b')!;
  const article: ExtractedArticle = { isArticle: true, title: '', publisher: null, canonicalUrl: null, lang: null, blocks: [{ kind: 'paragraph', element: el } as ArticleBlock] };
  const at = articleText(article);
  return {
    doc,
    text: at.text,
    range: (s: string) => {
      const i = at.text.indexOf(s);
      assert.notEqual(i, -1, `${JSON.stringify(s)} in ${JSON.stringify(at.text)}`);
      return rangeOf(domPoints(at, i, i + s.length)!);
    },
  };
}

test('links separated by <br> read as separate words, in the article text and in the painted range', () => {
  // From a real page (timesofindia): "Read this story in Bengali<br><a><i>Watch</i><span> India, ...".
  const b = block('<a href="/bn">Read this story in Bengali</a><br><a href="/v"><i>Watch</i><span> India, Pakistan should take the bilateral route, China said.</span></a>');
  assert.equal(b.text, 'Read this story in Bengali Watch India, Pakistan should take the bilateral route, China said.');
  const sentence = 'Bengali Watch India, Pakistan should take the bilateral route, China said.';
  const r = b.range(sentence);
  assert.equal(r.toString(), 'BengaliWatch India, Pakistan should take the bilateral route, China said.');
  assert.equal(collapse(renderedText(r)), sentence);
});

test('touching inline elements get no space that the page does not show', () => {
  // An <img> inside a name's pop-up card (thehill.com) is inline too.
  const b = block('<span>The river</span><b>side</b> <i>road</i>was closed<a href="#1">[1]</a><span><img src="x.jpg" alt=""></span>, police said.');
  assert.equal(b.text, 'The riverside roadwas closed[1], police said.');
  const r = b.range('riverside roadwas closed[1], police');
  assert.equal(collapse(renderedText(r)), 'riverside roadwas closed[1], police');
  assert.equal(collapse(renderedText(r)), collapse(r.toString()));
});

test('a note after <br> inside a caption-like paragraph keeps its space', () => {
  // From a real page (theglobeandmail): "...accidents/hijackings.<br>** Includes 162 ...".
  const b = block('Does not include corporate jet and military transport accidents/hijackings.<br>** Includes 162 unconfirmed passengers');
  const r = b.range('hijackings. ** Includes');
  assert.equal(r.toString(), 'hijackings.** Includes');
  assert.equal(collapse(renderedText(r)), 'hijackings. ** Includes');
});

test('a block inside the range reads as a space; a range inside one text node is its text', () => {
  const b = block('<span>Officials said</span><div>the bridge</div><span>would reopen.</span>');
  assert.equal(b.text, 'Officials said the bridge would reopen.');
  assert.equal(collapse(renderedText(b.range('said the bridge would'))), 'said the bridge would');
  assert.equal(renderedText(b.range('bridge')), 'bridge');
});
