/**
 * Shared by the engine's rule tests (not a test file itself): what the engine
 * makes of one sentence of a short text.
 */
import { analyzeText } from '../../src/engine/index';
import type { AnalyzeOptions, SentenceResult } from '../../src/types/analysis';

/** The sentence at `i` of `text` as the engine reads it; a negative `i` counts from the end (-1, the default, is the last). */
export function sentenceOf(text: string, i = -1, publisher?: string): SentenceResult {
  const s = analyzeText(text, publisher ? { publisher } : {}).sentences;
  return s[i < 0 ? s.length + i : i];
}

/** [tag, source] of the sentence at `i` (the last by default). */
export function tagSource(text: string, i = -1, publisher?: string): [string | null, string | null] {
  const s = sentenceOf(text, i, publisher);
  return [s.tag, s.source];
}

/** What each sentence of `text` is: `true` for a claim, else its non-claim kind ('none' when the engine gives none). */
export function kindsOf(text: string, opts: AnalyzeOptions = {}): Array<string | true> {
  return analyzeText(text, opts).sentences.map((s) => (s.claim ? true : s.nonClaim ?? 'none'));
}
