/**
 * Sentences that are not claims: headings, questions, calls to action,
 * bylines and credits, captions, opinion, fragments.
 */
import type { NonClaimKind } from '../types/analysis';
import type { Token } from './tokens';
import { BYLINE_STARTS, CREDIT_MARKERS, INSTRUCTION_STARTS, OPINION_STARTS } from './lexicon/nonclaims';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'vs', 'vs.', 'is', 'are', 'its', 'into', 'over', 'after', 'amid']);

function startsWithPhrase(lower: string, list: readonly string[]): boolean {
  for (const p of list) {
    if (lower.startsWith(p)) {
      const c = lower.charCodeAt(p.length);
      // Whole words only: "register" must not match "registered".
      if (Number.isNaN(c) || !((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) || !/[a-z]$/.test(p)) return true;
    }
  }
  return false;
}

const TERMINAL = /[.!?…;)\]]/;

/**
 * Classifies a sentence as a non-claim, or returns null. `whole` says the
 * sentence is its line's only sentence; `attributed` that it reports speech.
 */
export function nonClaimKind(text: string, tokens: Token[], whole: boolean, attributed: boolean): NonClaimKind | null {
  const lower = text.toLowerCase();
  let wordCount = 0;
  let capWords = 0;
  let contentWords = 0;
  for (const t of tokens) {
    if (!t.word) continue;
    wordCount++;
    if (!SMALL_WORDS.has(t.l)) {
      contentWords++;
      if (t.cap || /^\d/.test(t.t)) capWords++;
    }
  }
  if (wordCount === 0) return 'fragment';
  if (startsWithPhrase(lower, BYLINE_STARTS) && (wordCount <= 14 || lower.startsWith('(') || !lower.startsWith('by '))) {
    if (!lower.startsWith('by ') || isNameList(tokens)) return 'byline';
  }
  for (const m of CREDIT_MARKERS) if (lower.includes(m) && (wordCount <= 30 || lower.endsWith(')'))) return 'caption';
  if (startsWithPhrase(lower, INSTRUCTION_STARTS) && wordCount <= 25) return 'instruction';
  const last = lastMeaningful(text);
  if (last === '?' && !attributed) return whole && wordCount <= 12 && !/\?["”’']*$/.test(text) ? 'heading' : 'question';
  if (whole && !TERMINAL.test(last)) {
    // A line without final punctuation: a heading, a list heading ("2. Never urged ..."), a quoted title.
    if (last === ':' && wordCount <= 12) return 'heading';
    if (wordCount <= 20 && !attributed) return 'heading';
    if (wordCount <= 16 && contentWords > 0 && capWords / contentWords >= 0.6) return 'heading';
  }
  if (wordCount <= 3 && !hasLongLowerWord(tokens)) return 'fragment';
  if (wordCount <= 4 && /^[\p{Lu}\s,.]+\s*[—–-]$/u.test(text)) return 'byline';
  if (!attributed && startsWithPhrase(lower, OPINION_STARTS)) return 'opinion';
  return null;
}

function lastMeaningful(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && /[”’"»)\]\s]/.test(text[i])) i--;
  return i >= 0 ? text[i] : '';
}

/** "By Jane Doe and John Roe" — names only after "By". */
function isNameList(tokens: Token[]): boolean {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    if (!t.cap && t.l !== 'and' && t.l !== 'in' && t.l !== 'for' && t.l !== 'of' && t.l !== 'the') return false;
  }
  return true;
}

/** "1 of 4." has no word a sentence could turn on. */
function hasLongLowerWord(tokens: Token[]): boolean {
  for (const t of tokens) if (t.word && !t.cap && t.t.length >= 4 && !/^\d/.test(t.t)) return true;
  return false;
}
