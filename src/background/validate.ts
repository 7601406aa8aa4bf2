/**
 * Validation of every message the background receives (src/types/messages.ts).
 * A content script runs next to untrusted page code, so nothing in a message
 * is used before it is checked for shape, types and sizes (LIMITS); the result
 * is a fresh object holding only the known fields.
 */
import { CLAIM_SORTS, LAZY_SCRIPTS, LIMITS, type MessageType, type Request, type TabState } from '../types/messages';
import { arrayOf, int, literal, nullable, obj, oneOf, optional, str, time, type Check, isPlainObject, attempt } from '../storage/check';
import {
  USER_TAGS,
  claimDraft,
  claimRecord,
  correctionDraft,
  pageInfo,
  profile,
  recordId,
  urlString,
  userTag,
} from '../storage/record-checks';

const tabId = int(0, 2 ** 31 - 1);

export const tabState: Check<TabState> = obj({
  status: oneOf(['analysing', 'done', 'not-article', 'error'] as const),
  message: optional(str(LIMITS.fieldChars)),
  page: optional(pageInfo),
  profile: optional(profile),
  claimCount: optional(int(0, 1_000_000)),
});

const claimQuery = obj({
  text: optional(str(LIMITS.fieldChars)),
  // The popup may filter on the user's "not a claim" too (ClaimFilter in src/storage/query.ts).
  tags: optional(arrayOf(oneOf(USER_TAGS), USER_TAGS.length)),
  site: optional(str(LIMITS.fieldChars)),
  pageUrl: optional(urlString),
  from: optional(time),
  to: optional(time),
  sort: optional(oneOf(CLAIM_SORTS)),
  offset: optional(int(0, 10_000_000)),
  limit: optional(int(0, LIMITS.queryLimit)),
});

/** The payload check of every message type: the one list of what the background accepts. */
export const PAYLOADS: { [T in MessageType]: Check<unknown> } = {
  'claim/save': obj({ page: pageInfo, claim: claimDraft }),
  'claims/forPage': obj({ url: urlString, canonicalUrl: nullable(urlString) }),
  'correction/save': obj({ page: pageInfo, correction: correctionDraft }),
  'tab/state': obj({ state: tabState }),
  'card/load': obj({}),
  'script/load': obj({ script: oneOf(LAZY_SCRIPTS) }),
  'tab/activate': obj({ tabId }),
  'tab/getState': obj({ tabId }),
  'claim/update': obj({ id: recordId, patch: obj({ note: optional(str(LIMITS.noteChars)), userTag: optional(nullable(userTag)) }) }),
  'claim/delete': obj({ id: recordId }),
  'claim/restore': obj({ claim: claimRecord }),
  'claims/query': obj({ query: claimQuery }),
  'settings/changed': obj({}),
  'data/deleteAll': obj({ confirm: literal('delete-all') }),
};

/** Messages a content script may send; everything else only extension pages may. */
export const CONTENT_TYPES: ReadonlySet<MessageType> = new Set<MessageType>(['claim/save', 'claims/forPage', 'correction/save', 'tab/state', 'card/load', 'script/load']);

/** Messages about the sender's own tab: extension pages have none, so they may not send them. */
export const CONTENT_ONLY_TYPES: ReadonlySet<MessageType> = new Set<MessageType>(['tab/state', 'card/load', 'script/load']);

export const isMessageType = (t: unknown): t is MessageType => typeof t === 'string' && Object.prototype.hasOwnProperty.call(PAYLOADS, t);

export type Validated = { ok: true; value: Request } | { ok: false; error: string };

/** Checks a raw message: a known type and a payload of the right shape and size. */
export function validateMessage(msg: unknown): Validated {
  if (!isPlainObject(msg)) return { ok: false, error: 'Invalid message: not an object' };
  const type = msg.type;
  if (!isMessageType(type)) {
    return { ok: false, error: `Invalid message: unknown type ${JSON.stringify(typeof type === 'string' ? type.slice(0, 60) : typeof type)}` };
  }
  const { type: _omit, ...payload } = msg;
  const r = attempt(PAYLOADS[type], payload);
  if (!r.ok) return { ok: false, error: `Invalid ${type} message: ${r.error}` };
  return { ok: true, value: { type, ...(r.value as object) } as Request };
}
