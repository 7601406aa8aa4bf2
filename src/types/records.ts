/**
 * Records stored in IndexedDB (background / extension pages only) and the
 * versioned export format. Change these only together with a schema upgrade in
 * src/storage/ and a migration test.
 */
import type { QuoteKind, SourcingProfile, Tag } from './analysis';

/** W3C Web Annotation TextQuoteSelector plus a position hint. */
export interface TextQuoteAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  /** Offsets into the extracted article text when saved; a hint for re-anchoring only. */
  start?: number;
  end?: number;
}

export type UserTag = Tag | 'not-a-claim';

export interface PageRecord {
  /** Canonical URL (tracking parameters and fragment stripped, canonical link honoured). */
  url: string;
  title: string;
  publisher: string | null;
  /** Host name without "www.". */
  site: string;
  firstSeen: number;
  lastSeen: number;
  profile: SourcingProfile | null;
}

export interface ClaimRecord {
  /** Random UUID. */
  id: string;
  pageUrl: string;
  pageTitle: string;
  site: string;
  text: string;
  anchor: TextQuoteAnchor;
  /** The engine's tag ('unattributed' for a claim saved from a selection the engine missed). */
  tag: Tag;
  source: string | null;
  sourceMention?: string;
  cue: string | null;
  via: string | null;
  quote: QuoteKind;
  hedged: boolean;
  /** The user's correction, or null. */
  userTag: UserTag | null;
  note: string;
  /** 'engine' = saved from a card; 'selection' = context menu on text the engine missed. */
  origin: 'engine' | 'selection';
  savedAt: number;
  updatedAt: number;
}

/** A "Not a claim / wrong tag" report on a sentence that was not necessarily saved. */
export interface CorrectionRecord {
  id: string;
  pageUrl: string;
  text: string;
  anchor: TextQuoteAnchor;
  engineTag: Tag | null;
  userTag: UserTag;
  createdAt: number;
}

/** What a claim card sends to be saved: a ClaimRecord before the store gives it id and times. */
export type ClaimDraft = Omit<ClaimRecord, 'id' | 'savedAt' | 'updatedAt' | 'pageUrl' | 'pageTitle' | 'site'>;

/** Page facts the content script knows. */
export interface PageInfo {
  url: string;
  canonicalUrl: string | null;
  title: string;
  publisher: string | null;
}

/** Our own export format. Bump `version` only with an import path for the old one. */
export interface ExportFileV1 {
  format: 'sourcelight-export';
  version: 1;
  exportedAt: string;
  pages: PageRecord[];
  claims: ClaimRecord[];
  corrections: CorrectionRecord[];
}
