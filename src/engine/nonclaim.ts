/**
 * Sentences that are not claims: headings, questions, calls to action,
 * bylines and credits, captions, opinion, fragments. Token-based: the word
 * lists are phrase indexes built once.
 */
import type { NonClaimKind } from '../types/analysis';
import type { Token } from './tokens';
import { BYLINE_STARTS, CREDIT_MARKERS, INSTRUCTION_STARTS, OPINION_STARTS } from './lexicon/nonclaims';
import { PhraseIndex } from './phrase-index';
import { FlagSet } from './flags';
import { findOutlet } from './classify';
import { expand, wordList, wordSet } from './lexicon/expand';

const SMALL_WORDS = new FlagSet(wordList('a|an|the|and|or|but|of|in|on|at|to|for|with|by|from|as|vs|vs.|is|are|its|into|over|after|amid'));
/** Nouns for pictures and charts: "This graphic ...", "The photo above ..." open a caption. */
const VISUALS = new Set(expand('graphic+|chart+|map|photo+|photograph|image+|picture|infographic|illustration|graph|screenshot|table'));
const NAME_LINKS = wordSet('the|of|in|for|and');
/** Byline openings that make a time stamp only when short ("Updated at 1:23 p.m."). */
const STAMPS = wordSet('updated|published|posted|last|first');
/** First words of credit markers that make a byline or contact line rather than a photo credit. */
const CONTACT_WORDS = wordSet('may|contributed|can');
/**
 * Page notices that open with a capital: "Follow Tia Ghose on Twitter", "Find NJ.com on Facebook",
 * "Here’s the most recent data on ..." (a signpost), "Moneycontrol.com advises users to check with
 * certified experts". ("Here’s" is one token, so it cannot be in the phrase lists.)
 */
const NOTICE = /^(?:(?:Follow|Find|Connect with) .{0,60}?(?:Twitter|Facebook|Instagram|Google|LinkedIn|YouTube|@)|Here[’']s (?:the|a|what|how) |\S+ advises (?:users|readers) to )/;
/**
 * An author's note at the end: "Jane Roe is the business reporter for the Daily Planet.", "Jane Roe covers the White House.",
 * a credit line ("Jin Park reported from Seoul, and Maya Lee from Hong Kong.": only capitalised words after "from").
 */
const AUTHOR_NOTE = /^[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,3} (?:is (?:a|an|the) [^,;]{0,40}\b(?:reporter|correspondent|writer|editor|columnist|contributor)s? (?:for|at|with|covering) [^,;]{2,40}|covers (?:the )?[A-Z][^,;]{1,40}|reported from [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*(?:,? and [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)* from [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*)?)\.$/;
/**
 * A call to the reader that names no one asking: "Anyone with information is asked to call ...", a helpline
 * ("If you are worried, speak to your GP or call ..."), a correction stamped with its time ("Correction, 9:05 p.m.: ...") or an editor's note.
 * "Police ask anyone with information to call ..." names the body asking: the body's tag.
 */
const CALL_TO_READER = /^(?:Anyone (?:with|who has) information\b.{0,80} (?:is|are) (?:asked|urged) to (?:call|contact)|If you\b.{0,80}, (?:you can |please )?(?:call|contact|speak|talk)\b|(?:Correction|Clarification|Editor['’]s note)\b[^A-Z]{0,20}: )/;
/** "We should also note that ...": the writer pointing at a fact, not an opinion. */
const NOTE_THAT = /^We should (?:also )?(?:note|point out|mention|add)\b/;
/**
 * Captions and chart notes by their opening: "Clockwise from top: ...", "From left, ...", "Pictured: ...",
 * "Above, the skull of ...", a footnote ("* Figures are rounded."), "Does not include ..." under a chart.
 */
const CAPTION_START = /^(?:Clockwise from |From left|Pictured\b|Above[:,] |[*†]+ ?\w|Does not include )/;
/**
 * Notes about the page, not the world: "2:58 p.m.: This article was updated to ...", an author's note
 * ("Since joining The Post, he has covered ...", "She previously covered ...").
 */
const PAGE_NOTE = /^(?:.{0,16}: This (?:article|story) (?:was|has) |(?:Since joining [^,]{2,40}, (?:he|she) |(?:He|She) previously )(?:has )?covered )/;
/** A speaker set inside the question ("Why, they ask, do ...?"): somebody's question, reported. */
const ASKED = /, [^,?]{1,40} (?:ask|wonder|say|said)\w*,/;
/** Words that open a question: with them a sentence ending in "?" asks, even when it names a speaker ("Why didn’t X denounce ...?"). */
const ASKS = wordSet('what|why|how|who|when|where|which|is|are|was|were|do|does|did|can|could|will|would|should');
const instructions = new PhraseIndex(INSTRUCTION_STARTS);
const CONJUNCTIONS = wordSet('so|but|and|or');
const bylines = new PhraseIndex(BYLINE_STARTS);
const credits = new PhraseIndex(CREDIT_MARKERS);
const opinions = new PhraseIndex(OPINION_STARTS);

const isTerminalChar = (c: string): boolean => '.!?…;)]'.includes(c);
const isCloser = (c: string): boolean => '”’"\'») ]'.includes(c);

/**
 * Classifies a sentence as a non-claim, or returns null. `whole` says the
 * sentence is its line's only sentence; `attributed` that it reports speech; `top` that the line stands right
 * under the headline or a colon line, where a line without end punctuation is a standfirst or an item: then
 * undefined says it is a claim only for that.
 */
export function nonClaimKind(text: string, tokens: Token[], whole: boolean, attributed: boolean, top?: boolean): NonClaimKind | null | undefined {
  let wordCount = 0;
  let capWords = 0;
  let contentWords = 0;
  let longLower = false;
  let first = -1;
  let hasQuote = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.q) hasQuote = true;
    if (!t.word) continue;
    if (first < 0) first = k;
    wordCount++;
    // The token's bits first (a word's bits include its form without a possessive: only then the Map): cold, a probe per word counts.
    if ((t.f & SMALL_WORDS.bit) === 0 || (t.l !== t.b && !SMALL_WORDS.has(t.l))) {
      contentWords++;
      const c = t.t.charCodeAt(0);
      if (t.cap || (c >= 48 && c <= 57)) capWords++;
      else if (!longLower && t.t.length >= 4 && t.t.indexOf('.') < 0) longLower = true;
    }
  }
  if (wordCount === 0) return 'fragment';
  const n = tokens.length;
  // Bylines and credits: "By Jane Doe", "(Additional reporting by ...)", "Photo: ...".
  if (wordCount <= 30 || text.endsWith(')')) {
    // "AP Photo/Jane Doe" is a credit; "Jane Doe may be reached at ...", "... contributed to this report" a byline.
    for (let k = 0; k < n; k++) if (tokens[k].word && (tokens[k].f & credits.bit) !== 0 && credits.matchAt(tokens, k, n) > 0) return CONTACT_WORDS.has(tokens[k].l) ? 'byline' : 'caption';
  }
  // "[Trippy Tales: The History of 8 Hallucinogens]": a related link, a title in brackets.
  if (text[0] === '[' && text.endsWith(']') && wordCount <= 20 && capWords / Math.max(1, contentWords) >= 0.6) return 'instruction';
  // An embedded post's signature: "— Rep. Jane Doe (@janedoe) November 19, 2019".
  if (tokens[0].t === '—' && text.indexOf('(@') > 0) return 'byline';
  // "(Read our guide to ...)", "[Related: ...]": page furniture in brackets; "16.45 Stay with us": a live blog's time stamp.
  const lead = n > 1 && /^(?:[([]|\d\d?\.\d\d)$/.test(tokens[0].t) ? 1 : 0;
  if (bylines.matchAt(tokens, lead, n) > 0) {
    // "Updated at 1:23 p.m." is a time stamp; "Published in 1963, it has since attracted ..." a claim.
    if (STAMPS.has(tokens[lead].l) ? wordCount <= 9 : tokens[lead].l !== 'by') return 'byline';
    if (wordCount <= 14 && isNameList(tokens, lead + 1)) return 'byline';
  }
  // "Published Nov. 2, 2026 | Updated Nov. 3, 2026", "Staff | Last updated 9:42 p.m.": a stamp line in parts.
  if (wordCount <= 16 && text.indexOf(' | ') > 0 && /\b(?:[Uu]pdated|Published|Posted)\b/.test(text)) return 'byline';
  if (AUTHOR_NOTE.test(text) || (!attributed && first === 0 && PAGE_NOTE.test(text))) return 'byline';
  // "Volunteers stack sandbags in Ghent, Belgium (Xinhua).": a place, then the agency's credit closes a photo caption.
  if (CAPTION_START.test(text) || (whole && text.endsWith(').') && /, [A-Z][^()]*\(.+\)\.$/.test(text) && findOutlet(tokens, n - 4, n))) return 'caption';
  // A newsletter box speaks to the reader: "Get the best stories in our Lab Notes newsletter.", "..., a weekly newsletter bringing you ...".
  if (!attributed && !hasQuote && text.indexOf('ewsletter') > 0 && /^(?:Get|Sign|Subscribe|Join)\b|\byour?\b/.test(text)) return 'instruction';
  // "Disclaimer: ..." stays page furniture however long it runs.
  if (first <= lead && (wordCount <= 25 || tokens[lead].l === 'disclaimer') && instructions.matchAt(tokens, lead, n) > 0) return 'instruction';
  if (first === 0 && wordCount <= 25 && NOTICE.test(text)) return 'instruction';
  if (!attributed && CALL_TO_READER.test(text)) return 'instruction';
  // "This graphic, provided by Statista, shows ...": a caption written as a sentence.
  const v = tokens[0].l === 'the' ? 2 : 1;
  if (first === 0 && wordCount <= 40 && VISUALS.has(tokens[v]?.l!) && /^(?:this|above|following)$/.test(tokens[v - 1].l)) return 'caption';
  let i = text.length - 1;
  while (isCloser(text[i])) i--;
  const last = text[i];
  // A question inside quotation marks is somebody's speech: reported speech is a claim.
  if (last === '?' && (!attributed || (asks(tokens) && !ASKED.test(text))) && !questionQuoted(tokens)) return whole && wordCount <= 12 && i === text.length - 1 ? 'heading' : 'question';
  // "Watch India, Pakistan should take bilateral route: China": a video link, titled, unpunctuated.
  if (!isTerminalChar(last) && tokens[0].l === 'watch' && tokens[1]?.cap) return 'instruction';
  // "Moazzam Malik, the British Ambassador to Indonesia, said:", "The ministry said in a statement:" introduce what follows.
  if (whole && !isTerminalChar(last) && !(last === ':' && attributed)) {
    // A line without final punctuation: a heading, a list heading ("2. Never urged ..."), a quoted title.
    if (last === ':' && wordCount <= 12) return 'heading';
    // "Power cut to 40,000 homes": in sentence case, not a name, a byline or a time stamp ("Marta Lind in Gdansk").
    if (top && tokens[0].cap && contentWords - capWords > 1) return;
    // Headlines report speech too ("China snubs Imran Khan, says resolve J&K bilaterally"); a quotation
    // that lost its final period ("“We will win,” he said") is not a headline.
    if (wordCount <= 20 && (!attributed || !hasQuote)) return 'heading';
    if (wordCount <= 16 && contentWords > 0 && capWords / contentWords >= 0.6) return 'heading';
    // A long line that stops without a period and reports nobody: a caption ("12 whales stranded on the coast ... in recent memory").
    if (!attributed && !hasQuote && tokens[n - 1].word) return 'caption';
  }
  // "“Yeah." opening a longer quotation is part of what the speaker said.
  if (wordCount <= 3 && !longLower && !quoteRunsOn(tokens)) return 'fragment';
  // A dateline alone: "WASHINGTON —"
  if (wordCount <= 4 && capWords === contentWords && '—–-'.includes(last)) return 'byline';
  if (!attributed && first === 0 && opinions.matchAt(tokens, 0, n) > 0 && !NOTE_THAT.test(text)) return 'opinion';
  return null;
}

/** The question opens with a question word, at the start or after a colon ("The $1 million question: Can you ...?"). */
function asks(tokens: Token[]): boolean {
  // "So should people ...?": after a leading conjunction too.
  for (let k = 0; k < tokens.length; k++) if (ASKS.has(tokens[k].l) && (k === 1 && CONJUNCTIONS.has(tokens[0].l) || (tokens[k].cap && (k < 1 || tokens[k - 1].t === ':')))) return true;
  return false;
}

/** The '?' that ends the sentence lies inside quotation marks. */
function questionQuoted(tokens: Token[]): boolean {
  for (let k = tokens.length - 1; k >= 0; k--) if (tokens[k].t === '?') return tokens[k].q;
  return false;
}

/** The sentence ends inside a quotation that is still open: the quotation goes on in the next one. */
function quoteRunsOn(tokens: Token[]): boolean {
  const t = tokens.at(-1)!;
  return !t.word && t.q && t.t !== '”' && t.t !== '"' && t.t !== '»';
}

/** "By Jane Doe and John Roe" — names only after "By". */
function isNameList(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    if (!t.cap && !NAME_LINKS.has(t.l)) return false;
  }
  return true;
}

/**
 * A paragraph of two or three sentences whose last one stops without a period, and no quotation marks:
 * a picture caption ("Kauri carves a design at their home. Kauri is a member of the recovery group") or
 * a pull quote with its credit line ("... one way or another. A close Trump associate"). `s`..`e` is the
 * paragraph in `text`, `count` its sentences.
 */
export function captionLine(text: string, s: number, e: number, count: number): boolean {
  return count > 1 && count < 4 && e - s < 321 && !/["“”]|[.!?…;:,)\]’'—–-]$/.test(text.slice(s, e));
}
