/**
 * Two cold-path savings in extraction must not change what it finds:
 * - isCallToAction runs a copy of CALL_TO_ACTION without the u flag on plain
 *   text (no Unicode pattern to compile on most pages): on texts through each
 *   branch that reads letters (\p{L}), it answers as the full pattern on the
 *   folded text;
 * - the body pick follows each good paragraph up only to the first element of
 *   the chain above the candidate, not to the root: a story split into
 *   section wrappers is still taken whole, and a sidebar of links next to it
 *   still left out.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../../src/extract/analyze-html';
import { articleText, extractArticle } from '../../src/extract/index';
import { CALL_TO_ACTION, foldCase, isCallToAction } from '../../src/extract/patterns';

const LETTER_BRANCHES = [
  'More on the economy', 'More on Zoë Kravitz', 'MORE ON THE ECONOMY', 'More on the economy.', 'More on 2024',
  'Read the full statement:', 'Read her remarks on the budget:', "Read their letter to the mayor's office:",
  'Read his report here: the details.', 'Read the mayor’s statement:', 'Read the Élysée statement:',
  'Read the statement in full', 'Read\u00a0the statement:', 'Get the Morning Briefing newsletter', 'Get our newsletter',
  'Get the best of the week in one newsletter, free, every Sunday, sent by email', 'Get the news',
  'ſhare this', 'More on K\u212aelvin', 'Read: the ruling', 'The council said more on Tuesday.',
];

test('isCallToAction reads plain text with its non-Unicode copy and answers as CALL_TO_ACTION', () => {
  for (const t of LETTER_BRANCHES) assert.equal(isCallToAction(t), CALL_TO_ACTION.test(foldCase(t)), t);
  assert.equal(isCallToAction('More on the economy'), true);
  assert.equal(isCallToAction('Read her remarks on the budget:'), true);
  assert.equal(isCallToAction('Read the statement in full'), false);
  assert.equal(isCallToAction('More on Zoë Kravitz'), true);
});

const para = (n: number, section: number) =>
  `<p>In section ${section}, paragraph ${n}: the council said the bridge, closed since March, would reopen in May after repairs costing $4 million.</p>`;

test('a story split into section wrappers is taken whole, its sidebar left out', () => {
  // One long section and three short ones: no near-equal candidates, so only the good-text climb takes them all.
  const sizes = [7, 2, 2, 2];
  const sections = sizes
    .map((k, i) => `<div class="StoryBodyCompanionColumn"><div class="wrap">${Array.from({ length: k }, (_, n) => para(n + 1, i + 1)).join('')}</div></div>`)
    .join('<div class="ad-slot"><span>Advertisement</span></div>');
  const sidebar = `<div class="rail">${Array.from({ length: 8 }, (_, i) => `<p><a href="/s/${i}">Another story number ${i} that readers liked this week, with a long headline</a></p>`).join('')}</div>`;
  const html = `<html><head><title>Bridge to reopen in May</title></head><body><header><h1>Bridge to reopen in May</h1></header><main><section name="articleBody"><div class="sections">${sections}</div></section>${sidebar}</main></body></html>`;
  const article = extractArticle(parseDocument(html));
  assert.equal(article.isArticle, true);
  const text = articleText(article).text;
  sizes.forEach((k, i) => {
    for (let n = 1; n <= k; n++) assert.ok(text.includes(`In section ${i + 1}, paragraph ${n}:`), `section ${i + 1} paragraph ${n}`);
  });
  assert.ok(!text.includes('Another story number'), 'the sidebar stays out');
});
