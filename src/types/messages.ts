/**
 * The one message protocol between content script, popup, options and
 * background. Every message is `{ type, ...payload }`; the background validates
 * each one (src/background/validate.ts) before use, because a content script
 * runs next to untrusted page code.
 *
 * Request -> Response pairs are listed in `Protocol`; `send()` in
 * src/background/client.ts is typed from it.
 */
import type { QuoteKind, SourcingProfile, Tag } from './analysis';
import type { ClaimDraft, ClaimRecord, CorrectionRecord, PageInfo, UserTag } from './records';
import type { Settings } from './settings';

/** The orders the Library offers for saved claims. */
export const CLAIM_SORTS = ['newest', 'oldest', 'source', 'site'] as const;

export interface ClaimQuery {
  /** Full-text search over text, source and note (case- and accent-insensitive). */
  text?: string;
  tags?: Tag[];
  site?: string;
  pageUrl?: string;
  /** savedAt bounds, ms since epoch. */
  from?: number;
  to?: number;
  sort?: (typeof CLAIM_SORTS)[number];
  offset?: number;
  limit?: number;
}

/** What the content script reports about its tab (kept in storage.session, not worker memory). */
export interface TabState {
  status: 'analysing' | 'done' | 'not-article' | 'error';
  message?: string;
  page?: PageInfo;
  profile?: SourcingProfile;
  claimCount?: number;
}

/**
 * Scripts of their own for code most activations never run (src/page/lazy-script.ts):
 * re-anchoring saved claims (anchor.js), the <mark> fallback for browsers
 * without CSS Custom Highlights (marks.js), analysing paragraphs that a
 * dynamic page adds or changes later (reanalyse.js) and the legend, drawn on
 * analysed pages after their highlights (legend.js).
 */
export const LAZY_SCRIPTS = ['anchor', 'marks', 'reanalyse', 'legend'] as const;
export type LazyScript = (typeof LAZY_SCRIPTS)[number];

export interface Protocol {
  // content script -> background
  'claim/save': { req: { page: PageInfo; claim: ClaimDraft }; res: { id: string } };
  'claims/forPage': { req: { url: string; canonicalUrl: string | null }; res: { claims: ClaimRecord[] } };
  'correction/save': {
    req: { page: PageInfo; correction: Omit<CorrectionRecord, 'id' | 'createdAt' | 'pageUrl'> };
    res: { id: string };
  };
  'tab/state': { req: { state: TabState }; res: { ok: true } };
  /** The claim card's code (card.js) is injected into the sender's frame on first use. */
  'card/load': { req: Record<string, never>; res: { ok: true } };
  /** Page code most activations never run (LAZY_SCRIPTS) is injected into the sender's frame when it first needs it. */
  'script/load': { req: { script: LazyScript }; res: { ok: true } };
  // popup / options -> background
  'tab/activate': { req: { tabId: number }; res: { ok: true } };
  'tab/getState': { req: { tabId: number }; res: { state: TabState | null } };
  'claim/update': { req: { id: string; patch: { note?: string; userTag?: UserTag | null } }; res: { claim: ClaimRecord } };
  'claim/delete': { req: { id: string }; res: { deleted: ClaimRecord | null } };
  'claim/restore': { req: { claim: ClaimRecord }; res: { ok: true } };
  'claims/query': { req: { query: ClaimQuery }; res: { claims: ClaimRecord[]; total: number } };
  'settings/changed': { req: Record<string, never>; res: { ok: true } };
  'data/deleteAll': { req: { confirm: 'delete-all' }; res: { ok: true } };
}

export type MessageType = keyof Protocol;
export type Request<T extends MessageType = MessageType> = { type: T } & Protocol[T]['req'];
export type Response<T extends MessageType> = Protocol[T]['res'];

/** Every reply is wrapped so errors cross the boundary as data, never as a thrown string. */
export type Reply<T extends MessageType> = { ok: true; value: Response<T> } | { ok: false; error: string };

/** One claim of the analysed page, as the popup lists it ("who said what"). */
export interface ContentClaimSummary {
  /** Index into the page's analysis sentences. */
  index: number;
  text: string;
  tag: Tag;
  source: string | null;
  cue: string | null;
  via: string | null;
  quote: QuoteKind;
  hedged: boolean;
  /** Id of the saved ClaimRecord, when this claim is saved. */
  savedId: string | null;
}

/** The content script's answer to 'content/getState'. */
export interface ContentState {
  state: TabState;
  claims: ContentClaimSummary[];
  /** Saved claims of this page that could not be found in it again. */
  unanchored: Array<{ id: string; text: string }>;
}

/** Messages the background (or popup) sends to a content script with tabs.sendMessage. */
export type ContentCommand =
  /** `settings`: the user's settings as the background read them (spares the page a storage round trip before its work). */
  | { type: 'content/activate'; settings?: Settings }
  | { type: 'content/nextClaim'; direction: 1 | -1 }
  | { type: 'content/getState' }
  | { type: 'content/scrollToClaim'; claimId?: string; index?: number }
  | { type: 'content/saveSelection'; text: string }
  | { type: 'content/settings' };

/** Size limits the validator enforces. */
export const LIMITS = {
  textChars: 20_000,
  noteChars: 20_000,
  urlChars: 4_096,
  titleChars: 1_000,
  fieldChars: 1_000,
  queryLimit: 10_000,
} as const;
