/**
 * What analyzeHtml() returns and what the CLI prints with --json: the engine's
 * Analysis plus the facts of article extraction.
 */
import type { Analysis } from './analysis';

export interface ExtractionFacts {
  /** False when the page does not look like an article (then `sentences` is empty). */
  isArticle: boolean;
  /** Why the page is not an article (or why nothing could be read). */
  reason?: string;
  publisher: string | null;
  canonicalUrl: string | null;
  lang: string | null;
}

export interface HtmlAnalysis extends Analysis {
  extraction: ExtractionFacts;
}

/** One element of `sourcelight analyze --json` output (an array when several inputs). */
export interface CliFileResult {
  /** The path as given (or found under a directory argument); "-" for stdin. */
  file: string;
  /** Absent when the file could not be read or analysed; `error` says why. */
  analysis?: Analysis | HtmlAnalysis;
  error?: string;
}
