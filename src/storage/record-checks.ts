/**
 * Checks for the stored record shapes (src/types/records.ts), shared by the
 * background's message validator and the import parser: one definition of what
 * a valid claim, page, anchor or correction is, with the sizes of LIMITS.
 */
import { QUOTE_KINDS, TAGS, type SourcingProfile, type Tag } from '../types/analysis';
import { LIMITS } from '../types/messages';
import type {
  ClaimDraft,
  ClaimRecord,
  CorrectionRecord,
  PageInfo,
  PageRecord,
  TextQuoteAnchor,
  UserTag,
} from '../types/records';
import { bool, int, nullable, obj, oneOf, optional, refine, str, time, type Check } from './check';

export const USER_TAGS: readonly UserTag[] = [...TAGS, 'not-a-claim'];
/** Anchor context is a few dozen characters; leave room for long words. */
export const CONTEXT_CHARS = 1_000;
/** Records an import or restore may carry: far above any real library, far below a tab-freezing file. */
export const MAX_RECORDS = 200_000;

/** Ids are random UUIDs; any short token is accepted so hand-edited files still import. */
export const recordId: Check<string> = refine(str(100, 1), (s) => /^[A-Za-z0-9._:-]+$/.test(s), 'must be an id (letters, digits, . _ : -)');

export const urlString: Check<string> = refine(str(LIMITS.urlChars, 1), (s) => URL.canParse(s), 'must be a URL');

const field = str(LIMITS.fieldChars);
const count = int(0, 1_000_000);

export const tag: Check<Tag> = oneOf(TAGS);
export const userTag: Check<UserTag> = oneOf(USER_TAGS);

export const profile: Check<SourcingProfile> = obj(
  {
    'named-person': count,
    organization: count,
    media: count,
    anonymous: count,
    document: count,
    unattributed: count,
  },
  { strict: true },
);

function anchorCheck(strict: boolean): Check<TextQuoteAnchor> {
  return obj(
    {
      exact: str(LIMITS.textChars, 1),
      prefix: str(CONTEXT_CHARS),
      suffix: str(CONTEXT_CHARS),
      start: optional(int(0, 10_000_000)),
      end: optional(int(0, 10_000_000)),
    },
    { strict },
  );
}

export const pageInfo: Check<PageInfo> = obj({
  url: urlString,
  canonicalUrl: nullable(urlString),
  title: str(LIMITS.titleChars),
  publisher: nullable(field),
});

function draftShape(strict: boolean) {
  return {
    text: str(LIMITS.textChars, 1),
    anchor: anchorCheck(strict),
    tag,
    source: nullable(field),
    sourceMention: optional(field),
    cue: nullable(field),
    via: nullable(field),
    quote: oneOf(QUOTE_KINDS),
    hedged: bool,
    userTag: nullable(userTag),
    note: str(LIMITS.noteChars),
    origin: oneOf(['engine', 'selection'] as const),
  };
}

export const claimDraft: Check<ClaimDraft> = obj(draftShape(false));

function claimRecordCheck(strict: boolean): Check<ClaimRecord> {
  const c = obj(
    {
      id: recordId,
      pageUrl: urlString,
      pageTitle: str(LIMITS.titleChars),
      site: field,
      ...draftShape(strict),
      savedAt: time,
      updatedAt: time,
    },
    { strict },
  );
  return refine(c, (r) => r.updatedAt >= r.savedAt, 'was updated before it was saved (updatedAt < savedAt)');
}

/** A claim record from a message (unknown fields dropped). */
export const claimRecord = claimRecordCheck(false);
/** A claim record from an imported file (unknown fields rejected). */
export const claimRecordStrict = claimRecordCheck(true);

export const pageRecordStrict: Check<PageRecord> = obj(
  {
    url: urlString,
    title: str(LIMITS.titleChars),
    publisher: nullable(field),
    site: field,
    firstSeen: time,
    lastSeen: time,
    profile: nullable(profile),
  },
  { strict: true },
);

function correctionFields(strict: boolean) {
  return {
    text: str(LIMITS.textChars, 1),
    anchor: anchorCheck(strict),
    engineTag: nullable(tag),
    userTag,
  };
}

/** What 'correction/save' carries: a correction before the store gives it id, page and time. */
export const correctionDraft: Check<Omit<CorrectionRecord, 'id' | 'createdAt' | 'pageUrl'>> = obj(correctionFields(false));

export const correctionRecordStrict: Check<CorrectionRecord> = obj(
  { id: recordId, pageUrl: urlString, ...correctionFields(true), createdAt: time },
  { strict: true },
);
