/** The library in IndexedDB (fake-indexeddb): save, de-duplicate, update, delete/restore, per page, errors. */
import 'fake-indexeddb/auto';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openDatabase, type Db } from '../../src/storage/db';
import { QUOTA_MESSAGE, StorageError, isQuotaError, toStorageError } from '../../src/storage/errors';
import {
  claimsForPageInfo,
  countClaims,
  deleteAllData,
  deleteClaim,
  getPage,
  listClaims,
  listClaimsForPage,
  listCorrections,
  listPages,
  listRecentClaims,
  restoreClaim,
  saveClaim,
  saveCorrection,
  updateClaim,
  updatePageProfile,
} from '../../src/storage/library';
import { ANON, OTHER_PAGE, PAGE, PAGE_KEY, UNATTRIBUTED, draft, freshName, idMaker } from './storage-fixtures';

async function fresh(): Promise<Db> {
  return openDatabase({ name: freshName() });
}

describe('saving claims', () => {
  test('saves a claim under the canonical page URL and records the page', async () => {
    const db = await fresh();
    const { claim, created } = await saveClaim(db, PAGE, draft(), { now: 1_000, newId: idMaker() });
    assert.equal(created, true);
    assert.equal(claim.id, 'id-1');
    assert.equal(claim.pageUrl, PAGE_KEY);
    assert.equal(claim.site, 'theepochtimes.com');
    assert.equal(claim.pageTitle, PAGE.title);
    assert.equal(claim.savedAt, 1_000);
    assert.equal(claim.updatedAt, 1_000);
    const page = await getPage(db, PAGE_KEY);
    assert.deepEqual(page, {
      url: PAGE_KEY,
      title: PAGE.title,
      publisher: 'The Epoch Times',
      site: 'theepochtimes.com',
      firstSeen: 1_000,
      lastSeen: 1_000,
      profile: null,
    });
    assert.deepEqual(await listClaims(db), [claim]);
  });

  test('the same text on the same page is one claim: saving again updates it', async () => {
    const db = await fresh();
    const ids = idMaker();
    const first = await saveClaim(db, PAGE, draft({ note: 'check the Kremlin transcript' }), { now: 1_000, newId: ids });
    // Re-saved from a different URL variant of the same page, with a corrected tag and no note.
    const again = await saveClaim(
      db,
      { ...PAGE, url: 'http://www.theepochtimes.com/world/russia-syria-bases-5781234?gclid=xyz' },
      draft({ userTag: 'organization' }),
      { now: 2_000, newId: ids },
    );
    assert.equal(again.created, false);
    assert.equal(again.claim.id, first.claim.id);
    assert.equal(again.claim.savedAt, 1_000);
    assert.equal(again.claim.updatedAt, 2_000);
    assert.equal(again.claim.note, 'check the Kremlin transcript', 'an empty note does not wipe the saved one');
    assert.equal(again.claim.userTag, 'organization');
    assert.equal((await listClaims(db)).length, 1);
    const page = await getPage(db, PAGE_KEY);
    assert.equal(page?.firstSeen, 1_000);
    assert.equal(page?.lastSeen, 2_000);
  });

  test('different texts on one page, and the same text on another page, are separate claims', async () => {
    const db = await fresh();
    await saveClaim(db, PAGE, draft(), { now: 1 });
    await saveClaim(db, PAGE, ANON, { now: 2 });
    await saveClaim(db, OTHER_PAGE, draft(), { now: 3 });
    assert.equal((await listClaims(db)).length, 3);
    assert.deepEqual(
      (await listClaimsForPage(db, PAGE_KEY)).map((c) => c.tag),
      ['named-person', 'anonymous'],
    );
    assert.deepEqual((await listPages(db)).map((p) => p.site).sort(), ['bbc.co.uk', 'theepochtimes.com']);
  });

  test('list is newest first; claimsForPageInfo finds the claims from the raw page facts', async () => {
    const db = await fresh();
    await saveClaim(db, PAGE, draft(), { now: 10 });
    await saveClaim(db, PAGE, UNATTRIBUTED, { now: 30 });
    await saveClaim(db, OTHER_PAGE, ANON, { now: 20 });
    assert.deepEqual((await listClaims(db)).map((c) => c.savedAt), [30, 20, 10]);
    const found = await claimsForPageInfo(db, {
      url: 'https://www.theepochtimes.com/world/russia-syria-bases-5781234?utm_campaign=x#top',
      canonicalUrl: PAGE.canonicalUrl,
    });
    assert.deepEqual(found.map((c) => c.savedAt), [10, 30]);
  });

  test('the newest claims first, a few at a time, and the count', async () => {
    const db = await fresh();
    for (let i = 0; i < 30; i++) {
      await saveClaim(db, PAGE, draft({ text: `Claim ${i}.`, anchor: { exact: `Claim ${i}.`, prefix: '', suffix: '' } }), { now: 1_000 + ((i * 7) % 30) });
    }
    const recent = await listRecentClaims(db, 5);
    assert.deepEqual(recent.map((c) => c.savedAt), [1_029, 1_028, 1_027, 1_026, 1_025]);
    assert.deepEqual(recent, (await listClaims(db)).slice(0, 5));
    assert.equal((await listRecentClaims(db, 100)).length, 30);
    assert.deepEqual(await listRecentClaims(db, 0), []);
    assert.equal(await countClaims(db), 30);
  });

  test('the sourcing profile is stored with the page when given, and updated only for known pages', async () => {
    const db = await fresh();
    const profile = { 'named-person': 6, organization: 2, media: 1, anonymous: 3, document: 1, unattributed: 4 };
    await saveClaim(db, PAGE, draft(), { now: 1, profile });
    assert.deepEqual((await getPage(db, PAGE_KEY))?.profile, profile);
    const next = { ...profile, anonymous: 4 };
    assert.deepEqual((await updatePageProfile(db, PAGE_KEY, next))?.profile, next);
    assert.equal(await updatePageProfile(db, 'https://example.com/unsaved', next), null);
    assert.equal(await getPage(db, 'https://example.com/unsaved'), undefined);
  });
});

describe('editing, deleting and restoring', () => {
  test('updates the note and the user tag, and bumps updatedAt', async () => {
    const db = await fresh();
    const { claim } = await saveClaim(db, PAGE, ANON, { now: 1_000 });
    const a = await updateClaim(db, claim.id, { note: 'Who are the sources?' }, { now: 2_000 });
    assert.equal(a.note, 'Who are the sources?');
    assert.equal(a.userTag, null);
    const b = await updateClaim(db, claim.id, { userTag: 'not-a-claim' }, { now: 3_000 });
    assert.equal(b.note, 'Who are the sources?');
    assert.equal(b.userTag, 'not-a-claim');
    assert.equal(b.updatedAt, 3_000);
    const c = await updateClaim(db, claim.id, { userTag: null }, { now: 4_000 });
    assert.equal(c.userTag, null);
    assert.deepEqual((await listClaims(db))[0], c);
  });

  test('updating a deleted claim fails with a not-found message', async () => {
    const db = await fresh();
    await assert.rejects(updateClaim(db, 'gone', { note: 'x' }), (e: unknown) => e instanceof StorageError && e.kind === 'not-found');
  });

  test('delete returns the record, restore puts it back unchanged', async () => {
    const db = await fresh();
    const { claim } = await saveClaim(db, PAGE, draft({ note: 'primary quote' }), { now: 5 });
    const deleted = await deleteClaim(db, claim.id);
    assert.deepEqual(deleted, claim);
    assert.equal((await listClaims(db)).length, 0);
    assert.equal(await deleteClaim(db, claim.id), null, 'a second delete finds nothing');
    await restoreClaim(db, deleted!);
    assert.deepEqual(await listClaims(db), [claim]);
  });

  test('restore does not duplicate a claim saved again meanwhile, and recreates a missing page', async () => {
    const db = await fresh();
    const { claim } = await saveClaim(db, PAGE, draft(), { now: 5 });
    await deleteClaim(db, claim.id);
    const resaved = await saveClaim(db, PAGE, draft({ note: 'new' }), { now: 6 });
    const kept = await restoreClaim(db, claim);
    assert.equal(kept.id, resaved.claim.id);
    assert.equal((await listClaims(db)).length, 1);

    await deleteAllData(db);
    await restoreClaim(db, claim);
    assert.equal((await getPage(db, PAGE_KEY))?.title, PAGE.title);
  });

  test('corrections are stored under the canonical page URL', async () => {
    const db = await fresh();
    const c = await saveCorrection(
      db,
      PAGE,
      { text: 'Peskov said.', anchor: { exact: 'Peskov said.', prefix: '', suffix: '' }, engineTag: 'named-person', userTag: 'not-a-claim' },
      { now: 7, newId: idMaker('corr') },
    );
    assert.equal(c.id, 'corr-1');
    assert.equal(c.pageUrl, PAGE_KEY);
    assert.deepEqual(await listCorrections(db), [c]);
  });

  test('delete all empties every store', async () => {
    const db = await fresh();
    await saveClaim(db, PAGE, draft());
    await saveCorrection(db, PAGE, { text: 'x', anchor: { exact: 'x', prefix: '', suffix: '' }, engineTag: null, userTag: 'media' });
    await deleteAllData(db);
    assert.deepEqual(await listClaims(db), []);
    assert.deepEqual(await listPages(db), []);
    assert.deepEqual(await listCorrections(db), []);
  });
});

describe('storage errors', () => {
  test('a full disk (QuotaExceededError) comes out as a clear message and saves nothing', async () => {
    const db = await fresh();
    // idb wraps IDBObjectStore; patch the native prototype underneath.
    const proto = IDBObjectStore.prototype as unknown as { put: (...a: unknown[]) => unknown };
    const original = proto.put;
    proto.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await assert.rejects(saveClaim(db, PAGE, draft()), (e: unknown) => {
        assert.ok(e instanceof StorageError);
        assert.equal(e.kind, 'quota');
        assert.equal(e.message, QUOTA_MESSAGE);
        assert.match(e.message, /storage .* is full/);
        return true;
      });
    } finally {
      proto.put = original;
    }
    assert.deepEqual(await listClaims(db), []);
    assert.deepEqual(await listPages(db), [], 'the page write was rolled back with the claim');
  });

  test('quota errors are recognised however the engine names them', () => {
    assert.ok(isQuotaError(new DOMException('full', 'QuotaExceededError')));
    assert.ok(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' }));
    assert.ok(isQuotaError(new Error('Transaction aborted', { cause: new DOMException('full', 'QuotaExceededError') })));
    assert.ok(!isQuotaError(new DOMException('nope', 'ConstraintError')));
    assert.equal(toStorageError(new DOMException('full', 'QuotaExceededError')).message, QUOTA_MESSAGE);
    const other = new DOMException('Key already exists', 'ConstraintError');
    assert.equal(toStorageError(other), other);
  });

  test('an upgrade blocked by an old open connection is reported clearly', async () => {
    const name = freshName();
    // An old page holding version 1 open and ignoring versionchange.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name, 1);
      r.onupgradeneeded = () => r.result.createObjectStore('pages', { keyPath: 'url' });
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    await assert.rejects(openDatabase({ name }), (e: unknown) => {
      assert.ok(e instanceof StorageError);
      assert.equal(e.kind, 'blocked');
      assert.match(e.message, /Close the other Sourcelight tabs/);
      return true;
    });
    old.close();
  });

  test('a database newer than this code asks for a reload', async () => {
    const name = freshName();
    await new Promise<void>((resolve, reject) => {
      const r = indexedDB.open(name, 5);
      r.onsuccess = () => (r.result.close(), resolve());
      r.onerror = () => reject(r.error);
    });
    await assert.rejects(openDatabase({ name }), (e: unknown) => e instanceof StorageError && e.kind === 'outdated' && /open it again/.test(e.message));
  });

  test('this code steps aside when a newer version needs to upgrade', async () => {
    const name = freshName();
    let closed = 0;
    const db = await openDatabase({ name, onClosed: () => closed++ });
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name, 3);
      r.onblocked = () => reject(new Error('blocked: the old connection did not close'));
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    assert.equal(newer.version, 3);
    assert.equal(closed, 1);
    newer.close();
    void db;
  });
});
