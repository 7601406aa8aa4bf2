/** Every message is checked before use: bad shapes, types and sizes are refused with a message naming the field. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validateMessage } from '../../src/background/validate';
import { LIMITS } from '../../src/types/messages';
import type { ClaimRecord } from '../../src/types/records';
import { PAGE, draft } from './storage-fixtures';

const RECORD: ClaimRecord = {
  ...draft(),
  id: '0b7c6a52-4a39-4f5e-9d0e-3c2b1a0f9e88',
  pageUrl: 'https://www.theepochtimes.com/world/russia-syria-bases-5781234',
  pageTitle: PAGE.title,
  site: 'theepochtimes.com',
  savedAt: 1_733_900_000_000,
  updatedAt: 1_733_900_000_000,
};

function refused(msg: unknown, pattern: RegExp): void {
  const r = validateMessage(msg);
  assert.equal(r.ok, false, `accepted: ${JSON.stringify(msg)?.slice(0, 200)}`);
  if (!r.ok) assert.match(r.error, pattern);
}

describe('valid messages pass, cleaned', () => {
  test('claim/save with every field', () => {
    const r = validateMessage({ type: 'claim/save', page: PAGE, claim: draft() });
    assert.ok(r.ok);
    assert.deepEqual(r.value, { type: 'claim/save', page: PAGE, claim: draft() });
  });

  test('unknown extra fields are dropped, not passed on', () => {
    const r = validateMessage({ type: 'claim/delete', id: 'abc-1', evil: { __proto__: { polluted: true } }, extra: 1 });
    assert.ok(r.ok);
    assert.deepEqual(r.value, { type: 'claim/delete', id: 'abc-1' });
    const s = validateMessage({ type: 'claim/save', page: { ...PAGE, cookie: 'x' }, claim: { ...draft(), html: '<img>' } });
    assert.ok(s.ok && !('cookie' in (s.value as { page: object }).page) && !('html' in (s.value as { claim: object }).claim));
  });

  test('the other message types', () => {
    const ok: unknown[] = [
      { type: 'claims/forPage', url: PAGE.url, canonicalUrl: null },
      { type: 'correction/save', page: PAGE, correction: { text: 'x', anchor: { exact: 'x', prefix: '', suffix: '' }, engineTag: null, userTag: 'not-a-claim' } },
      { type: 'tab/state', state: { status: 'done', page: PAGE, claimCount: 14, profile: { 'named-person': 6, organization: 0, media: 0, anonymous: 3, document: 1, unattributed: 4 } } },
      { type: 'tab/state', state: { status: 'analysing' } },
      { type: 'tab/activate', tabId: 12 },
      { type: 'tab/getState', tabId: 0 },
      { type: 'claim/update', id: RECORD.id, patch: { note: 'n' } },
      { type: 'claim/update', id: RECORD.id, patch: { userTag: null } },
      { type: 'claim/restore', claim: RECORD },
      { type: 'claims/query', query: {} },
      { type: 'claims/query', query: { text: 'peskov', tags: ['named-person', 'not-a-claim'], sort: 'source', offset: 0, limit: 200, from: 0, to: 1_800_000_000_000 } },
      { type: 'settings/changed' },
      { type: 'data/deleteAll', confirm: 'delete-all' },
      { type: 'card/load' },
    ];
    for (const m of ok) assert.ok(validateMessage(m).ok, JSON.stringify(validateMessage(m)));
  });

  test('card/load carries nothing: whatever else the sender adds is dropped', () => {
    const r = validateMessage({ type: 'card/load', files: ['../evil.js'], tabId: 1, frameIds: [0, 1] });
    assert.ok(r.ok);
    assert.deepEqual(r.value, { type: 'card/load' });
  });

  test('claim/update keeps an explicit null userTag (clearing the correction)', () => {
    const r = validateMessage({ type: 'claim/update', id: 'a', patch: { userTag: null } });
    assert.ok(r.ok);
    assert.deepEqual((r.value as { patch: unknown }).patch, { userTag: null });
  });
});

describe('bad messages are refused', () => {
  test('not an object, or no known type', () => {
    refused(null, /not an object/);
    refused('claim/save', /not an object/);
    refused([{ type: 'claim/save' }], /not an object/);
    refused({}, /unknown type/);
    refused({ type: 'claim/drop' }, /unknown type "claim\/drop"/);
    refused({ type: 'toString' }, /unknown type/);
    refused({ type: '__proto__' }, /unknown type/);
    refused({ type: 42 }, /unknown type "number"/);
  });

  test('wrong types', () => {
    refused({ type: 'tab/activate', tabId: '12' }, /tabId must be a whole number/);
    refused({ type: 'tab/activate', tabId: 1.5 }, /tabId must be a whole number/);
    refused({ type: 'tab/activate', tabId: -1 }, /tabId must be between/);
    refused({ type: 'claim/save', page: PAGE, claim: { ...draft(), hedged: 'no' } }, /claim\.hedged must be true or false/);
    refused({ type: 'claim/save', page: PAGE, claim: { ...draft(), tag: 'rumour' } }, /claim\.tag must be one of/);
    refused({ type: 'claim/save', page: PAGE, claim: { ...draft(), quote: null } }, /claim\.quote must be one of/);
    refused({ type: 'claim/save', page: PAGE, claim: { ...draft(), origin: 'page' } }, /claim\.origin/);
    refused({ type: 'claim/save', page: PAGE, claim: { ...draft(), anchor: 'text' } }, /claim\.anchor must be an object/);
    refused({ type: 'claim/save', page: { ...PAGE, canonicalUrl: 7 }, claim: draft() }, /page\.canonicalUrl must be a string/);
    refused({ type: 'tab/state', state: { status: 'finished' } }, /state\.status must be one of/);
    refused({ type: 'claims/query', query: { tags: 'media' } }, /query\.tags must be a list/);
    refused({ type: 'claims/query', query: { sort: 'random' } }, /query\.sort/);
    refused({ type: 'claim/update', id: 'a', patch: { userTag: 'rumour' } }, /patch\.userTag/);
  });

  test('missing fields', () => {
    refused({ type: 'claim/save', page: PAGE }, /claim is missing/);
    const { anchor: _a, ...noAnchor } = draft();
    refused({ type: 'claim/save', page: PAGE, claim: noAnchor }, /claim\.anchor is missing/);
    refused({ type: 'claims/forPage', url: PAGE.url }, /canonicalUrl is missing/);
    refused({ type: 'data/deleteAll' }, /confirm is missing/);
    refused({ type: 'data/deleteAll', confirm: 'yes' }, /confirm must be "delete-all"/);
  });

  test('sizes', () => {
    const long = 'x'.repeat(LIMITS.textChars + 1);
    refused({ type: 'claim/save', page: PAGE, claim: { ...draft(), text: long } }, /claim\.text is too long/);
    refused({ type: 'claim/save', page: PAGE, claim: { ...draft(), text: '' } }, /claim\.text must not be empty/);
    refused({ type: 'claim/save', page: PAGE, claim: { ...draft(), note: 'n'.repeat(LIMITS.noteChars + 1) } }, /claim\.note is too long/);
    refused({ type: 'claim/save', page: PAGE, claim: { ...draft(), source: 's'.repeat(LIMITS.fieldChars + 1) } }, /claim\.source is too long/);
    refused({ type: 'claim/save', page: { ...PAGE, title: 't'.repeat(LIMITS.titleChars + 1) }, claim: draft() }, /page\.title is too long/);
    refused({ type: 'claims/forPage', url: 'https://e.com/' + 'a'.repeat(LIMITS.urlChars), canonicalUrl: null }, /url is too long/);
    refused({ type: 'claims/query', query: { limit: LIMITS.queryLimit + 1 } }, /query\.limit must be between/);
    refused({ type: 'claims/query', query: { tags: Array(8).fill('media') } }, /query\.tags has too many items/);
  });

  test('URLs, ids and records', () => {
    refused({ type: 'claims/forPage', url: 'not a url', canonicalUrl: null }, /url must be a URL/);
    refused({ type: 'claim/delete', id: '../../etc' }, /id must be an id/);
    refused({ type: 'claim/delete', id: '' }, /id must not be empty/);
    refused({ type: 'claim/restore', claim: { ...RECORD, savedAt: -5 } }, /claim\.savedAt must be between/);
    refused({ type: 'claim/restore', claim: { ...RECORD, updatedAt: RECORD.savedAt - 1 } }, /updatedAt < savedAt/);
    const { id: _i, ...noId } = RECORD;
    refused({ type: 'claim/restore', claim: noId }, /claim\.id is missing/);
  });
});
