/**
 * Links that open a saved claim's page scrolled to the claim, with a text
 * fragment (`#:~:text=`; Chrome, Edge, Safari, Firefox 131+). No content script
 * is needed on the page.
 */

/** Percent-encodes a text directive term; "-", "," and "&" are directive syntax and must be escaped too. */
export function encodeTextTerm(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}

const MAX_WORDS = 12;
const START_WORDS = 6;
const END_WORDS = 4;

/**
 * The text directive for a claim: the whole text when short, else
 * `start,end` (its first and last words) so the fragment stays short and
 * still highlights the entire claim.
 */
export function textDirective(exact: string): string {
  const words = exact.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return '';
  if (words.length <= MAX_WORDS) return encodeTextTerm(words.join(' '));
  return `${encodeTextTerm(words.slice(0, START_WORDS).join(' '))},${encodeTextTerm(words.slice(-END_WORDS).join(' '))}`;
}

/** The page URL with any fragment replaced by a text fragment pointing at `exact`. */
export function claimLink(pageUrl: string, exact: string): string {
  const base = pageUrl.split('#')[0];
  const directive = textDirective(exact);
  return directive ? `${base}#:~:text=${directive}` : base;
}
