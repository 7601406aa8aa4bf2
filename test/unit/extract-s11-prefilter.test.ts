/**
 * The plain-pattern shortcuts in front of extraction's Unicode patterns
 * (isCallToAction, isCreditLike, looksLikeSubhead, the data-table check) must
 * answer exactly as the full patterns alone did: the oracles below are the
 * unfiltered tests, run on texts that hit every branch, on near misses, and
 * on non-ASCII texts where the shortcuts must step aside.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../../src/extract/analyze-html';
import { articleText, extractArticle } from '../../src/extract/index';
import { isCreditLike, looksLikeSubhead } from '../../src/extract/options';
import { BYLINE_TEXT, CALL_TO_ACTION, CONTACT_TEXT, CREDIT_TEXT, DATELINE_ALONE, foldCase, isCallToAction } from '../../src/extract/patterns';

function creditOracle(t: string): boolean {
  if (t.length > 200) return false;
  if (BYLINE_TEXT.test(t) && t.length < 120) return true;
  const folded = foldCase(t);
  if (CONTACT_TEXT.test(folded)) return true;
  if (DATELINE_ALONE.test(t)) return true;
  if (t.length <= 40 && /^[\p{Lu} .'-]+$/u.test(t) && t.split(' ').length <= 3 && !/[.!?]$/.test(t)) return true;
  return CREDIT_TEXT.test(folded);
}

function subheadOracle(t: string): boolean {
  const words = t.split(/\s+/).length;
  if (words > 10 || t.length > 90) return false;
  if (/^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(t) && words >= 2) return true;
  return !/[.!?:;,"”’')\]…—-]$/.test(t) && /^[\p{Lu}\p{N}“"‘']/u.test(t);
}

const TEXTS = [
  // calls to action, each branch, and near misses
  'Read more: the mayor on the bridge', 'READ MORE', 'Related', 'See also', 'Also read', 'More:', 'Watch: the bridge reopens',
  'Listen: podcast', 'Recommended', 'Sign up for our newsletter', 'Subscribe', 'Click here', 'Follow us', 'Follow her',
  'Share this article', 'Advertisement', 'Sponsored', 'This article was originally published', 'Copyright 2024', '© 2024 AP',
  'All rights reserved', 'Join the conversation', "Don't miss", 'Get the daily newsletter', 'Get email updates',
  'Download our app', 'To read more', 'Already a subscriber?', 'Continue reading', 'Show more', 'Show less', 'Have a tip?',
  'Comments', 'Trending:', 'Breaking news', 'Share', 'Advertising', 'Like this story', "Know something we don't?",
  'Get HuffPost', 'Story highlights', 'Key highlights', 'Highlights', 'More on Élysée politics', 'Updates:', 'Facebook:',
  'TwitterFacebook', 'Watch what happens', 'Read the full statement from the mayor:', 'ſhare this', 'Readers said the bridge was fine.',
  'Moreover, the council voted.', 'Showing the way, he said.', 'The bridge reopened in May.', 'Getty said nothing.',
  // credits, bylines, datelines, contact lines, names in capitals
  'By Jane Smith', 'by Élodie Durand', 'BY ÖMER KAYA', 'Byron Smith said it was done.', 'Written by Ann Lee', 'Story by Bob',
  'Photo: AP', 'Photograph by Reuters', 'Image copyright Getty', '(Photo: Reuters)', 'A crowd gathers. Getty Images',
  'The mayor speaks. AP Photo/Jane Doe', 'Flooded streets / Reuters', 'Video: the storm', 'Credit: NASA',
  'Jane Smith can be reached at jane@example.com', 'Contributing: Associated Press', 'Maria Lopez contributed to this report.',
  'This story has been updated.', 'The article was corrected on Monday.', '(END)', 'jane.smith@example.com', 'Follow him on Twitter.',
  'Washington/ New Delhi:', 'NEW YORK —', 'Paris –', 'Kyiv --', 'Los Angeles:', 'JANIE HAR', 'ÉLODIE DURAND', 'J.R. SMITH',
  'NASA 2024', 'THE BRIDGE REOPENED.',
  // sub-headings
  'Magic mushrooms', 'COULD PLANE HAVE STALLED?', 'ÄRZTE WARNEN', 'Ärzte warnen vor Hitze', 'ÇA VA', '“Quoted head', '‘Single quoted',
  '2024 in review', '１２３ numbers', 'Ⅻ chapters', 'élan vital', 'A sentence that ends.', 'What next?', 'IN – OUT', 'Łódź news',
  'the lower-case start', 'Über alles', '“ALL CAPS QUOTE”', 'Nine words here to make this one long enough now',
];

test('isCallToAction answers as CALL_TO_ACTION on the folded text', () => {
  for (const t of TEXTS) assert.equal(isCallToAction(t), CALL_TO_ACTION.test(foldCase(t)), t);
  assert.equal(isCallToAction('Show more'), true);
  assert.equal(isCallToAction('The bridge reopened in May.'), false);
});

test('isCreditLike answers as its unfiltered patterns', () => {
  for (const t of TEXTS) assert.equal(isCreditLike(t), creditOracle(t), t);
  assert.equal(isCreditLike('By Jane Smith'), true);
  assert.equal(isCreditLike('BY ÖMER KAYA'), true);
  assert.equal(isCreditLike('Washington/ New Delhi:'), true);
});

test('looksLikeSubhead answers as its unfiltered patterns', () => {
  for (const t of TEXTS) assert.equal(looksLikeSubhead(t), subheadOracle(t), t);
  assert.equal(looksLikeSubhead('ÄRZTE WARNEN'), true);
  assert.equal(looksLikeSubhead('élan vital'), false);
});

test('a data table after the body stays out of the article; a layout table carrying prose stays in', () => {
  const prose = (n: number) => `<p>Paragraph ${n} of the story, in which the council said the bridge would reopen in May after repairs.</p>`;
  const cells = Array.from({ length: 30 }, (_, i) => `<tr><td><p class="mid-wrap">${1000 + i}</p></td><td><p>${i}</p></td></tr>`).join('');
  const html = (table: string) => `<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>${[1, 2, 3, 4, 5].map(prose).join('')}${table}</article></body></html>`;
  const data = articleText(extractArticle(parseDocument(html(`<table>${cells}</table>`))));
  assert.ok(data.text.includes('Paragraph 5'), 'the body is kept');
  assert.ok(!data.text.includes('1017'), 'the figures are left out');
  const layout = articleText(extractArticle(parseDocument(html(`<table><tr><td>${prose(6)}${prose(7)}</td></tr></table>`))));
  assert.ok(layout.text.includes('Paragraph 7'), 'prose in a layout table is kept');
});
