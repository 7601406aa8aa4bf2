import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../src/extract/analyze-html';
import { hiddenUp } from '../../src/extract/metadata';

const page = `<!doctype html><html><body>
<div id="app" style="display:none"><main><div class="wrap"><div class="col"><article>
  <h1 id="lead">Council approves the new budget after long debate</h1>
</article></div></div></main></div>
<div class="grid"><div style="display:none"><h2 id="near">Hidden teaser</h2></div></div>
<nav><ul><li><div><div><div><h2 id="navteaser">Sports results</h2></div></div></div></li></ul></nav>
<div class="teasers"><h2 id="t1">Weather</h2><h2 id="t2">Markets</h2></div>
</body></html>`;

test('hiddenUp: inline style counts on the four nearest levels only; nav at any depth; memo agrees', () => {
  const doc = parseDocument(page);
  const by = (id: string) => doc.getElementById(id)!;
  const far = new Map<Element, boolean>();
  // #app is hidden by inline style five levels up: a page hidden until its script runs.
  assert.equal(hiddenUp(by('lead'), far), false);
  assert.equal(hiddenUp(by('near'), far), true);
  assert.equal(hiddenUp(by('navteaser'), far), true);
  assert.equal(hiddenUp(by('t1'), far), false);
  // Second asks go through the memo and answer the same.
  for (const id of ['lead', 'near', 'navteaser', 't1', 't2']) assert.equal(hiddenUp(by(id), far), hiddenUp(by(id)));
});
