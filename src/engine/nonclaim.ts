/**
 * Sentences that are not claims: headings, questions, calls to action,
 * bylines and credits, captions, opinion, fragments. Token-based: the word
 * lists are phrase indexes built once.
 */
import type { NonClaimKind } from '../types/analysis';
import type { Token } from './tokens';
import { BYLINE_STARTS, CREDIT_MARKERS, INSTRUCTION_STARTS, OPINION_STARTS } from './lexicon/nonclaims';
import { PhraseIndex } from './classify';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'vs', 'vs.', 'is', 'are', 'its', 'into', 'over', 'after', 'amid']);
/** Nouns for pictures and charts: "This graphic ...", "The photo above ..." open a caption. */
const VISUALS = new Set(['graphic', 'graphics', 'chart', 'charts', 'map', 'photo', 'photos', 'photograph', 'image', 'images', 'picture', 'infographic', 'illustration', 'graph', 'screenshot', 'table']);
const NAME_LINKS = new Set(['and', 'in', 'for', 'of', 'the']);
const instructions = new PhraseIndex(INSTRUCTION_STARTS);
const bylines = new PhraseIndex(BYLINE_STARTS);
const credits = new PhraseIndex(CREDIT_MARKERS);
const opinions = new PhraseIndex(OPINION_STARTS);

const isTerminalChar = (c: string): boolean => c === '.' || c === '!' || c === '?' || c === '…' || c === ';' || c === ')' || c === ']';
const isCloser = (c: string): boolean => c === '”' || c === '’' || c === '"' || c === "'" || c === '»' || c === ')' || c === ']' || c === ' ';

/**
 * Classifies a sentence as a non-claim, or returns null. `whole` says the
 * sentence is its line's only sentence; `attributed` that it reports speech.
 */
export function nonClaimKind(text: string, tokens: Token[], whole: boolean, attributed: boolean): NonClaimKind | null {
  let wordCount = 0;
  let capWords = 0;
  let contentWords = 0;
  let longLower = false;
  let first = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    if (first < 0) first = k;
    wordCount++;
    if (!SMALL_WORDS.has(t.l)) {
      contentWords++;
      const c = t.t.charCodeAt(0);
      if (t.cap || (c >= 48 && c <= 57)) capWords++;
      else if (t.t.length >= 4 && t.t.indexOf('.') < 0) longLower = true;
    }
  }
  if (wordCount === 0) return 'fragment';
  const n = tokens.length;
  // Bylines and credits: "By Jane Doe", "(Additional reporting by ...)", "Photo: ...".
  if (wordCount <= 30 || text.charCodeAt(text.length - 1) === 41) {
    for (let k = 0; k < n; k++) if (tokens[k].word && credits.matchAt(tokens, k, n) > 0) return 'caption';
  }
  const lead = !tokens[0].word && tokens[0].t === '(' ? 1 : 0;
  if (bylines.matchAt(tokens, lead, n) > 0) {
    if (tokens[lead].l !== 'by') return 'byline';
    if (wordCount <= 14 && isNameList(tokens, lead + 1)) return 'byline';
  }
  if (first === 0 && wordCount <= 25 && instructions.matchAt(tokens, 0, n) > 0) return 'instruction';
  // "This graphic, provided by Statista, shows ...": a caption written as a sentence.
  if (first === 0 && (((tokens[0].l === 'this' || tokens[0].l === 'above') && tokens[1]?.word && VISUALS.has(tokens[1].l)) || (tokens[0].l === 'the' && (tokens[1]?.l === 'following' || tokens[1]?.l === 'above') && VISUALS.has(tokens[2]?.l ?? ''))) && wordCount <= 40) return 'caption';
  let i = text.length - 1;
  while (i >= 0 && isCloser(text[i])) i--;
  const last = i >= 0 ? text[i] : '';
  if (last === '?' && !attributed) return whole && wordCount <= 12 && i === text.length - 1 ? 'heading' : 'question';
  if (whole && !isTerminalChar(last)) {
    // A line without final punctuation: a heading, a list heading ("2. Never urged ..."), a quoted title.
    if (last === ':' && wordCount <= 12) return 'heading';
    if (wordCount <= 20 && !attributed) return 'heading';
    if (wordCount <= 16 && contentWords > 0 && capWords / contentWords >= 0.6) return 'heading';
  }
  if (wordCount <= 3 && !longLower) return 'fragment';
  // A dateline alone: "WASHINGTON —"
  if (wordCount <= 4 && capWords === contentWords && (last === '—' || last === '–' || last === '-')) return 'byline';
  if (!attributed && first === 0 && opinions.matchAt(tokens, 0, n) > 0) return 'opinion';
  return null;
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
