/**
 * The IndexedDB database (through idb): schema, upgrades and the connection.
 * Used by the background and directly by extension pages (popup, options),
 * which share the extension's origin. Never by a content script: its
 * IndexedDB would be the web page's.
 *
 * Schema history (each step upgrades the one before; never edit a shipped step):
 *  1. pages {url, title, publisher, site, firstSeen, lastSeen};
 *     claims {id, pageUrl, pageTitle, text, anchor, tag, source, cue, via, quote,
 *     hedged, note, savedAt} indexed by pageUrl, tag, savedAt.
 *  2. pages gain `profile`; claims gain `site`, `userTag`, `origin`, `updatedAt`
 *     and indexes on source, site, updatedAt; new store `corrections`.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ClaimRecord, CorrectionRecord, PageRecord } from '../types/records';
import { siteOf } from './canonical-url';
import { requestPersistentStorage } from './persist';
import { BLOCKED_MESSAGE, StorageError, UNAVAILABLE_MESSAGE, toStorageError } from './errors';

export const DB_NAME = 'sourcelight';
export const DB_VERSION = 2;

export interface SourcelightDB extends DBSchema {
  pages: { key: string; value: PageRecord; indexes: { site: string; lastSeen: number } };
  claims: {
    key: string;
    value: ClaimRecord;
    indexes: { pageUrl: string; tag: string; source: string; savedAt: number; site: string; updatedAt: number };
  };
  corrections: { key: string; value: CorrectionRecord; indexes: { pageUrl: string; createdAt: number } };
}

export type Db = IDBPDatabase<SourcelightDB>;
type UpgradeTx = IDBPTransaction<SourcelightDB, StoreNames<SourcelightDB>[], 'versionchange'>;
type Step = (db: Db, tx: UpgradeTx) => Promise<void> | void;

// Steps address stores by name as they existed then, hence the loose typing.
type Loose = IDBPDatabase<unknown>;
type LooseTx = IDBPTransaction<unknown, string[], 'versionchange'>;

const STEPS: Record<number, Step> = {
  1(db) {
    const d = db as unknown as Loose;
    d.createObjectStore('pages', { keyPath: 'url' });
    const claims = d.createObjectStore('claims', { keyPath: 'id' });
    claims.createIndex('pageUrl', 'pageUrl');
    claims.createIndex('tag', 'tag');
    claims.createIndex('savedAt', 'savedAt');
  },
  async 2(db, tx) {
    const d = db as unknown as Loose;
    const t = tx as unknown as LooseTx;
    const pages = t.objectStore('pages');
    pages.createIndex('site', 'site');
    pages.createIndex('lastSeen', 'lastSeen');
    const claims = t.objectStore('claims');
    claims.createIndex('source', 'source');
    claims.createIndex('site', 'site');
    claims.createIndex('updatedAt', 'updatedAt');
    const corrections = d.createObjectStore('corrections', { keyPath: 'id' });
    corrections.createIndex('pageUrl', 'pageUrl');
    corrections.createIndex('createdAt', 'createdAt');

    for (let c = await pages.openCursor(); c; c = await c.continue()) {
      const p = c.value as Record<string, unknown>;
      if (!('profile' in p)) await c.update({ ...p, profile: null });
    }
    for (let c = await claims.openCursor(); c; c = await c.continue()) {
      const r = c.value as Record<string, unknown>;
      await c.update({
        ...r,
        site: typeof r.site === 'string' ? r.site : siteOf(String(r.pageUrl)),
        userTag: r.userTag ?? null,
        origin: r.origin ?? 'engine',
        updatedAt: typeof r.updatedAt === 'number' ? r.updatedAt : r.savedAt,
      });
    }
  },
};

/** Runs every step after `oldVersion`, in order. Exported for the migration test. */
export function upgradeSchema(db: Db, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  // A database opened once without a version (e.g. from devtools) is version 1 with no stores: build it from scratch.
  if (oldVersion > 0 && db.objectStoreNames.length === 0) oldVersion = 0;
  let chain = Promise.resolve();
  for (let v = oldVersion + 1; v <= newVersion; v++) {
    const step = STEPS[v];
    if (!step) throw new Error(`No upgrade step to schema version ${v}`);
    chain = chain.then(() => step(db, tx));
  }
  return chain;
}

export interface OpenOptions {
  /** Database name; tests use their own. */
  name?: string;
  /** Called when another context needs this connection closed for an upgrade (after it is closed). */
  onClosed?: () => void;
}

/**
 * Opens (and if needed creates or upgrades) the database. Rejects with a
 * StorageError when the upgrade is blocked by an open older connection, or
 * when IndexedDB is unavailable.
 */
export function openDatabase(opts: OpenOptions = {}): Promise<Db> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new StorageError('unavailable', UNAVAILABLE_MESSAGE));
  return new Promise<Db>((resolve, reject) => {
    let settled = false;
    let upgradeError: unknown = null;
    const opening = openDB<SourcelightDB>(opts.name ?? DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion, newVersion, tx) {
        // An aborted upgrade is reported by the open request; this keeps idb's `done` from going unhandled.
        tx.done.catch(() => {});
        upgradeSchema(db, oldVersion, newVersion ?? DB_VERSION, tx).catch((e: unknown) => {
          upgradeError = e;
          try {
            tx.abort();
          } catch {
            // Already finished: the open request reports the failure.
          }
        });
      },
      blocked() {
        if (settled) return;
        settled = true;
        reject(new StorageError('blocked', BLOCKED_MESSAGE));
      },
      blocking() {
        // Another page or a newer version wants to upgrade: step aside so it can.
        void opening.then((db) => db.close());
        opts.onClosed?.();
      },
      terminated() {
        opts.onClosed?.();
      },
    });
    opening.then(
      (db) => {
        if (settled) db.close();
        else {
          settled = true;
          resolve(db);
        }
      },
      (e: unknown) => {
        if (settled) return;
        settled = true;
        reject(toStorageError(upgradeError ?? e));
      },
    );
  });
}

let shared: Promise<Db> | null = null;

/** The context's one connection, opened on first use and reopened after the browser closes it. */
export function getDb(): Promise<Db> {
  if (!shared) {
    const p = openDatabase({
      onClosed: () => {
        if (shared === p) shared = null;
      },
    });
    shared = p;
    p.then(
      // The library is worth keeping: ask once for persistent storage, from the first page that opens it
      // (navigator.storage.persist() exists in windows only, not in Chrome's service worker).
      () => void (typeof window !== 'undefined' && requestPersistentStorage()),
      () => {
        if (shared === p) shared = null;
      },
    );
  }
  return shared;
}
