/**
 * The engine's output: the one shape shared by the engine, the content script,
 * the CLI (--json), the eval script and the tests. Field meanings are those of
 * ../shared/docs/sourcing-guide.md.
 */

export const TAGS = [
  'named-person',
  'organization',
  'media',
  'anonymous',
  'document',
  'unattributed',
] as const;
export type Tag = (typeof TAGS)[number];

/** Tags in words, as the CLI, popup, options, page UI and exports show them to people. */
export const TAG_LABELS: Record<Tag, string> = {
  'named-person': 'named person',
  organization: 'organization',
  media: 'media',
  anonymous: 'anonymous',
  document: 'document',
  unattributed: 'unattributed',
};

export const QUOTE_KINDS = ['direct', 'partial', 'indirect', 'none'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/** Why a sentence is not a claim (null for claims). */
export type NonClaimKind =
  | 'heading'
  | 'question'
  | 'instruction'
  | 'byline'
  | 'caption'
  | 'opinion'
  | 'fragment';

export interface SentenceResult {
  /** The sentence as it reads in `text` (text.slice(start, end)). */
  text: string;
  /** UTF-16 offsets into Analysis.text. */
  start: number;
  end: number;
  claim: boolean;
  /** Null when claim is false. */
  tag: Tag | null;
  /** The source as a reader would name it; null for unattributed and non-claims. */
  source: string | null;
  /** The words in this sentence that refer to the source, when they differ from `source`. */
  sourceMention?: string;
  cue: string | null;
  via: string | null;
  /** Null when claim is false. */
  quote: QuoteKind | null;
  hedged: boolean;
  /** 0..1, higher = more worth checking (numbers, names, concrete events). 0 for non-claims. */
  checkworthiness: number;
  /** Set when claim is false. */
  nonClaim?: NonClaimKind;
}

export type SourcingProfile = Record<Tag, number>;

export interface Analysis {
  title: string;
  url: string | null;
  /** The article text the offsets refer to: blocks joined by "\n\n". */
  text: string;
  sentences: SentenceResult[];
  /** Claims per tag. */
  profile: SourcingProfile;
}

/** Optional hints the HTML side can give the text engine. */
export interface AnalyzeOptions {
  title?: string;
  url?: string | null;
  /** Name of the outlet publishing the article: never reported as `via`. */
  publisher?: string | null;
  /** [start, end) ranges of `text` known to be headings (from <h1>-<h6>). */
  headings?: Array<[number, number]>;
  /** [start, end) ranges of `text` known to be captions/bylines/credits. */
  nonClaims?: Array<[number, number]>;
}

export function emptyProfile(): SourcingProfile {
  return {
    'named-person': 0,
    organization: 0,
    media: 0,
    anonymous: 0,
    document: 0,
    unattributed: 0,
  };
}

/** Gold files (../shared/examples/*.gold.json and test/gold/*.gold.json). */
export interface GoldSentence {
  text: string;
  claim: boolean;
  tag?: Tag;
  source?: string | null;
  sourceMention?: string;
  cue?: string | null;
  via?: string | null;
  quote?: QuoteKind;
  hedged?: boolean;
  note?: string;
}
export interface GoldFile {
  document: string;
  guide?: string;
  sentences: GoldSentence[];
}
