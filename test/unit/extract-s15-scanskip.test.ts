import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../src/extract/analyze-html';
import { isHiddenByMarkup } from '../../src/extract/dom';
import { isUnlikely, scanSkip } from '../../src/extract/score';

// scanSkip calls isHiddenByMarkup and isUnlikely, but answers elements without
// attributes by itself (from the tag): that shortcut is where it could drift.
const page = `<body>
  <nav>a</nav><aside>b</aside><footer>c</footer><figure>d</figure><figcaption>e</figcaption><menu>f</menu>
  <dialog>g</dialog><select>h</select><button>i</button><div>j</div><p>k</p><section>l</section><span>m</span>
  <nav class="story">n</nav><aside hidden>o</aside>
  <div class="sidebar">p</div><div class="sidebar article-body">q</div><div class="sidebar story">r</div>
  <div hidden>s</div><div role="navigation">t</div><div role="main" class="menu">u</div>
  <div style="display:none" class="menu">v</div><div style="visibility: hidden">w</div>
  <div class="sr-only">x</div><div aria-hidden="true" class="related">y</div><div aria-hidden="false">z</div>
  <div itemprop="articleBody" class="related">1</div><div itemprop="author" class="related">2</div>
  <a class="share">3</a><main class="footer">4</main><article class="comment">5</article>
  <section data-testid="comments-box">6</section><section data-component="newsletter">7</section>
  <div id="outbrain-widget">8</div><ul class="Share-Links">9</ul>
</body>`;

test('scanSkip answers as isHiddenByMarkup, then (strict) isUnlikely', () => {
  const doc = parseDocument(page);
  const els = [doc.body, ...doc.body.querySelectorAll('*')];
  for (const el of els) {
    const tag = el.localName;
    for (const strict of [true, false]) {
      for (const ignoreStyle of [true, false]) {
        const want = isHiddenByMarkup(el, ignoreStyle) ? 1 : strict && isUnlikely(el, tag) ? 2 : 0;
        assert.equal(scanSkip(el, tag, strict, ignoreStyle), want, `${el.outerHTML} strict=${strict} ignoreStyle=${ignoreStyle}`);
      }
    }
  }
  // The page exercises every answer, so a constant scanSkip cannot pass.
  const answers = new Set(els.map((el) => scanSkip(el, el.localName, true, false)));
  assert.deepEqual([...answers].sort(), [0, 1, 2]);
});

test('scanSkip reads each attribute of an element at most once', () => {
  const doc = parseDocument(page);
  for (const el of [doc.body, ...doc.body.querySelectorAll('*')]) {
    const reads = new Map<string, number>();
    const count = (k: string) => reads.set(k, (reads.get(k) ?? 0) + 1);
    const get = el.getAttribute.bind(el);
    const has = el.hasAttribute.bind(el);
    const any = el.hasAttributes.bind(el);
    const spy = el as unknown as Record<string, unknown>;
    spy.getAttribute = (n: string) => (count(n), get(n));
    spy.hasAttribute = (n: string) => (count(n), has(n));
    spy.hasAttributes = () => (count('*'), any());
    for (const strict of [true, false]) {
      for (const ignoreStyle of [true, false]) {
        reads.clear();
        scanSkip(el, el.localName, strict, ignoreStyle);
        for (const [k, n] of reads) assert.equal(n, 1, `${el.outerHTML} read ${k} ${n} times (strict=${strict})`);
      }
    }
  }
});
