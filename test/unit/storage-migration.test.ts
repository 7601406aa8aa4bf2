/**
 * Schema upgrade: a database written by schema version 1 (made here by a
 * faithful copy of what version 1 created) opens with the current code and
 * keeps every field, with the new fields filled in.
 */
import 'fake-indexeddb/auto';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DB_VERSION, openDatabase } from '../../src/storage/db';
import { listClaims, listCorrections, listPages, saveClaim, updateClaim } from '../../src/storage/library';
import { draft, freshName } from './storage-fixtures';

/** What version 1 stored: pages without a profile; claims without site, userTag, origin, updatedAt. */
const V1_PAGES = [
  {
    url: 'https://www.theepochtimes.com/world/russia-syria-bases-5781234',
    title: 'Russia Seeks to Keep Its Bases in Syria After Assad’s Fall',
    publisher: 'The Epoch Times',
    site: 'theepochtimes.com',
    firstSeen: 1_733_900_000_000,
    lastSeen: 1_733_990_000_000,
  },
  {
    url: 'https://www.bbc.co.uk/news/world-middle-east-67890123',
    title: 'Syria: What we know',
    publisher: null,
    site: 'bbc.co.uk',
    firstSeen: 1_733_800_000_000,
    lastSeen: 1_733_800_000_000,
  },
];
const V1_CLAIMS = [
  {
    id: '6f1c8a2e-1d1b-4f43-9a51-0c8f3a9d2b11',
    pageUrl: V1_PAGES[0].url,
    pageTitle: V1_PAGES[0].title,
    text: '“There are no final decisions on the issue so far,” Peskov told reporters.',
    anchor: { exact: '“There are no final decisions on the issue so far,” Peskov told reporters.', prefix: 'al-Assad.\n\n', suffix: ' “We are', start: 148, end: 222 },
    tag: 'named-person',
    source: 'Peskov',
    sourceMention: 'Peskov',
    cue: 'told reporters',
    via: null,
    quote: 'direct',
    hedged: false,
    note: 'Kremlin spokesman; check the TASS transcript',
    savedAt: 1_733_900_000_000,
  },
  {
    id: 'a3d0c9f4-7e55-4b0e-8d2c-5b7f1e6a9c22',
    pageUrl: V1_PAGES[1].url,
    pageTitle: V1_PAGES[1].title,
    text: 'Sources said the rebels had reached the outskirts of Homs.',
    anchor: { exact: 'Sources said the rebels had reached the outskirts of Homs.', prefix: '', suffix: '' },
    tag: 'anonymous',
    source: 'sources',
    cue: 'said',
    via: null,
    quote: 'indirect',
    hedged: false,
    note: '',
    savedAt: 1_733_800_000_000,
  },
];

/** Version 1's schema, as it was created. */
async function createV1(name: string): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(name, 1);
    r.onupgradeneeded = () => {
      const d = r.result;
      d.createObjectStore('pages', { keyPath: 'url' });
      const claims = d.createObjectStore('claims', { keyPath: 'id' });
      claims.createIndex('pageUrl', 'pageUrl');
      claims.createIndex('tag', 'tag');
      claims.createIndex('savedAt', 'savedAt');
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['pages', 'claims'], 'readwrite');
    for (const p of V1_PAGES) tx.objectStore('pages').put(p);
    for (const c of V1_CLAIMS) tx.objectStore('claims').put(c);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

test('the current schema is version 2', () => {
  assert.equal(DB_VERSION, 2);
});

test('a version 1 database upgrades to the current schema without losing a field', async () => {
  const name = freshName();
  await createV1(name);
  const db = await openDatabase({ name });
  assert.equal(db.version, DB_VERSION);
  assert.deepEqual([...db.objectStoreNames].sort(), ['claims', 'corrections', 'pages']);
  assert.deepEqual([...db.transaction('claims').store.indexNames].sort(), ['pageUrl', 'savedAt', 'site', 'source', 'tag', 'updatedAt']);

  const pages = (await listPages(db)).sort((a, b) => a.url.localeCompare(b.url));
  const v1Pages = [...V1_PAGES].sort((a, b) => a.url.localeCompare(b.url));
  assert.deepEqual(pages, v1Pages.map((p) => ({ ...p, profile: null })));

  const claims = await listClaims(db);
  assert.equal(claims.length, V1_CLAIMS.length);
  for (const old of V1_CLAIMS) {
    const now = claims.find((c) => c.id === old.id);
    assert.ok(now, `claim ${old.id} survived`);
    for (const [k, v] of Object.entries(old)) assert.deepEqual(now[k as keyof typeof now], v, `field ${k} kept`);
    assert.equal(now.userTag, null);
    assert.equal(now.origin, 'engine');
    assert.equal(now.updatedAt, old.savedAt);
    assert.equal(now.site, old.pageUrl.includes('bbc') ? 'bbc.co.uk' : 'theepochtimes.com');
  }
  assert.deepEqual(await listCorrections(db), []);

  // The new indexes cover the migrated records.
  assert.equal((await db.getAllFromIndex('claims', 'site', 'bbc.co.uk')).length, 1);
  assert.equal((await db.getAllFromIndex('claims', 'source', 'Peskov')).length, 1);
  db.close();
});

test('the upgraded database works with the current code and opens again without a second upgrade', async () => {
  const name = freshName();
  await createV1(name);
  const db = await openDatabase({ name });
  const edited = await updateClaim(db, V1_CLAIMS[1].id, { userTag: 'organization' }, { now: 1_734_000_000_000 });
  assert.equal(edited.note, '');
  assert.equal(edited.userTag, 'organization');
  // Saving the migrated text again finds the old record (de-duplication across the upgrade).
  const again = await saveClaim(
    db,
    { url: V1_PAGES[0].url, canonicalUrl: null, title: V1_PAGES[0].title, publisher: 'The Epoch Times' },
    draft({ text: V1_CLAIMS[0].text, anchor: V1_CLAIMS[0].anchor }),
  );
  assert.equal(again.created, false);
  assert.equal(again.claim.note, V1_CLAIMS[0].note);
  db.close();
  const reopened = await openDatabase({ name });
  assert.equal((await listClaims(reopened)).length, 2);
  reopened.close();
});

test('an empty version 1 database (opened once without a version) is built from scratch', async () => {
  const name = freshName();
  await new Promise<void>((resolve, reject) => {
    const r = indexedDB.open(name);
    r.onsuccess = () => (r.result.close(), resolve());
    r.onerror = () => reject(r.error);
  });
  const db = await openDatabase({ name });
  assert.deepEqual([...db.objectStoreNames].sort(), ['claims', 'corrections', 'pages']);
  db.close();
});
