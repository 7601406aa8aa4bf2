/**
 * The engine's public surface. STUB until the engine lands: the real
 * implementation replaces the body of analyzeText but keeps this signature.
 */
import { emptyProfile, type Analysis, type AnalyzeOptions } from '../types/analysis';

export function analyzeText(text: string, opts: AnalyzeOptions = {}): Analysis {
  return { title: opts.title ?? '', url: opts.url ?? null, text, sentences: [], profile: emptyProfile() };
}
