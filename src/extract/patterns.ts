/**
 * Class/id and text patterns that steer extraction. Kept together so tuning
 * against the corpus (scripts/eval-extract.ts) touches one file.
 */

/** Containers that hold the article body. */
export const POSITIVE =
  /article|body|content|entry|main|page|post|text|blog|story|paragraph|prose|column|richtext|rich-text/;

/** Strong evidence of the article body; overrides negative hints on the same element. */
export const BODY_STRONG =
  /(?:^|[\s_-])(?:article-?body|articlebody|story-?body|storybody|post-?body|entry-?content|post-?content|article-?content|story-?content|article-?text|story-?text|body-?text|article__body|article__content|content__article-body|story__body|article-body__content|main-?content|rich-?text|paywall)(?:[\s_-]|$)/;

/** Clearly not article body. Matched against class + id + role. */
export const NEGATIVE =
  /comment|disqus|related|recirc|recommend|newsletter|signup|sign-up|subscribe|subscription|promo|sponsor|advert|outbrain|taboola|zergnet|share|sharing|social|breadcrumb|pagination|pager|footer|sidebar|side-bar|widget|trending|most-?popular|most-?read|popular|more-?stories|more-?from|read-?more|readmore|see-?also|also-?read|further-?reading|toolbar|masthead|cookie|consent|gdpr|modal|popup|overlay|byline|author|dateline|timestamp|credit|caption|copyright|disclaimer|print-only|tags|topics|keywords|video-?player|gallery|slideshow|carousel|jump-?link|skip-?link|banner|callout|inline-?link|role-navigation|role-complementary|role-contentinfo|role-banner|role-menu|role-dialog|role-search|role-alert/;

/** Hints that exclude an element however much prose it holds. */
export const STRONG_NEGATIVE =
  /comment|disqus|related|recirc|recommend|newsletter|signup|sign-up|subscribe|promo|sponsor|advert|outbrain|taboola|zergnet|sidebar|side-bar|footer|trending|popular|most-?read|more-?stories|more-?from|cookie|consent|modal|popup|gallery|slideshow|carousel|role-navigation|role-complementary|role-contentinfo/;

/** Short negative tokens that must match as whole class words. */
export const NEGATIVE_TOKEN =
  /(?:^|[\s_-])(?:ad|ads|adv|adslot|ad-slot|dfp|gpt|nav|navbar|menu|meta|tag|share|header|hdr|foot|aside|promo|rail|right-rail|left-rail|embed|twitter-tweet|instagram-media|tiktok-embed|infobox|bio|signature|date|kicker|eyebrow|offscreen|noprint)(?:[\s_-]|$)/;

/** Elements excluded from the article by tag alone. */
export const EXCLUDED_TAGS = new Set([
  'nav', 'aside', 'footer', 'header', 'form', 'figure', 'figcaption', 'menu', 'fieldset',
  'address', 'details', 'summary', 'dialog', 'table', 'caption',
]);

/** The standfirst / dek under the headline. */
export const STANDFIRST =
  /standfirst|(?:^|[\s_-])(?:dek|deck|sub-?title|subtitle|subhead|sub-?headline|summary|intro|lede|strap|strapline|excerpt|description|tagline|teaser)(?:[\s_-]|$)/;

/**
 * Case-insensitive patterns are written in lower case, without the i flag,
 * and tested on foldCase(text): with the u flag, i makes the browser build
 * the Unicode case closure of every literal each time a page loads (several
 * ms per pattern), which the fold does for a few characters instead.
 * foldCase(s) + /u matches exactly what /iu matched on s, given that:
 * under /iu an ASCII letter also matches its capital and nothing else but
 * ſ (U+017F, folds to s) and the Kelvin sign (U+212A, folds to k); \w and \b
 * take those two as word characters; punctuation folds to itself; and
 * \p{L} also takes U+0345 (combining iota, which folds to ι), hence
 * [\p{L}\u0345]. test/unit/extract-fold.test.ts checks each over all of Unicode.
 */
export function foldCase(s: string): string {
  return s.replace(FOLDS, (c) => (c === '\u017f' ? 's' : c.toLowerCase()));
}
const FOLDS = /[A-Z\u017f\u212a]/g;

/**
 * Text of ASCII, no-break spaces and General Punctuation (quotes, dashes) only: no letters but A-Z,
 * none that decompose, so ASCII classes answer what the Unicode ones would. Tested first, it spares
 * a page the compiling of a Unicode pattern on its first use.
 */
export const PLAIN_TEXT = /^[\x00-\x7f\u00a0\u2000-\u206f]*$/;

/** Paragraph texts that are calls to action or link boxes, not article text (on foldCase(text)). */
export const CALL_TO_ACTION =
  /^(?:read more|related|see also|also read|more:|watch:|listen:|read:|recommended|sign up|subscribe|click here|follow us|follow (?:him|her|them)|share this|advertisement|sponsored|this article (?:was|is) (?:originally|reprinted)|copyright|©|all rights reserved|join the conversation|don'?t miss|get (?:the|our) .{0,40}newsletter|get email updates|download our app|to read more|already a subscriber|continue reading|show (?:more|less)$|have a tip|comments?$|trending:?$|breaking news$|share$|advertisement$|advertising$|like this (?:story|article)|know something we don'?t|get huffpost|(?:story |key )?highlights$|more:$|more on [\p{L}\u0345 ]+$|updates:$|facebook:?$|twitter:?$|(?:facebook|twitter|instagram|youtube|linkedin){2,}|watch what|watch:|read (?:the|his|her|their) [\p{L}\u0345' ]*(?:remarks|statement|report|letter)[^.]*:$)/u;

/**
 * How every CALL_TO_ACTION match starts, tested on the text as it is (ASCII
 * case-insensitive, no Unicode pattern to compile): only a text that starts
 * so, or holds one of the two letters foldCase maps from outside ASCII, goes
 * on to the full pattern.
 */
const CALL_TO_ACTION_START =
  /^(?:read|related|see also|also read|more|watch|listen|recommended|sign up|subscribe|click here|follow|share|advertis|sponsored|this article|copyright|©|all rights|join the|don|get |download|to read|already|continue|show |have a tip|comment|trending|breaking|like this|know something|story |key |highlights|updates|facebook|twitter|instagram|youtube|linkedin)|[\u017f\u212a]/i;

/**
 * CALL_TO_ACTION for PLAIN_TEXT: the same pattern without the u flag, \p{L}
 * read as the letters plain text has. Compiling the Unicode one costs the page
 * a millisecond or two on its first use; most pages never need it.
 */
const CALL_TO_ACTION_PLAIN = new RegExp(CALL_TO_ACTION.source.replace(/\\p\{L\}\\u0345/g, 'A-Za-z'));

/** CALL_TO_ACTION on foldCase(text), folding only the texts that can match. */
export function isCallToAction(text: string): boolean {
  return CALL_TO_ACTION_START.test(text) && (PLAIN_TEXT.test(text) ? CALL_TO_ACTION_PLAIN : CALL_TO_ACTION).test(foldCase(text));
}

/** Block texts that are bylines, credits or captions: kept out of claims. */
export const BYLINE_TEXT = /^(?:[Bb]y|BY|[Ww]ritten by|[Rr]eporting by|[Aa]dditional reporting by|[Ee]dited by|[Ss]tory by|[Ww]ords by)\s+\p{Lu}/u;
/** On foldCase(text). */
export const CREDIT_TEXT =
  /^(?:photo|photograph|image|picture|video|file photo|photo illustration|illustration|credit|graphic|getty images|ap photo)(?:s)?(?:\s+(?:credit|courtesy|by|copyright))?\s*[:|/©]|^image (?:copyright|caption)\b|(?:\((?:photo|image|credit|file photo)[^)]*\)|getty images|\bap photo(?:\/[\p{L}\u0345 .]+)?|\/\s*(?:reuters|afp|ap|getty))\s*\.?$/u;
/** Reporter contact lines and contribution notes at the end of a story (on foldCase(text)). */
export const CONTACT_TEXT =
  /\b(?:may be reached at|can be reached at|(?:contributed|contributing) (?:to this (?:report|story)|reporting)|follow (?:him|her|them|us) on (?:twitter|x|facebook|instagram)|email (?:him|her|them) at)\b|^contributing:|^(?:this|the) (?:story|article) (?:has been|was) (?:updated|adapted|corrected)|\(end\)$|^\(?[\p{L}\u0345 .'-]+\/?[\w.-]+@[\w.-]+\.\w+\)?$|[\w.-]+@[\w-]+\.[\w.]+\s*(?:\(end\))?$/u;

/** A dateline alone ("Washington/ New Delhi:", "New York CNN —"). */
export const DATELINE_ALONE = /^(?:\p{Lu}[\p{L}.'-]*[\s/,]*){1,4}(?:—|–|--|:)$/u;
