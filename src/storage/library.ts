/**
 * The saved-claims library: every read and write of pages, claims and
 * corrections. Each function takes the open database (getDb() in the
 * extension, a fake-indexeddb database in tests) and runs in one transaction,
 * so a failure changes nothing. Failures come out as StorageError with a
 * message for the user (quota, blocked upgrade).
 */
import type { SourcingProfile } from '../types/analysis';
import type { ClaimDraft, ClaimRecord, CorrectionRecord, PageInfo, PageRecord, UserTag } from '../types/records';
import { canonicalizeUrl, siteOf } from './canonical-url';
import type { Db } from './db';
import { StorageError, guard } from './errors';

export interface WriteOptions {
  /** Clock, for tests. */
  now?: number;
  /** Id maker, for tests. */
  newId?: () => string;
}

const clock = (o?: WriteOptions): number => o?.now ?? Date.now();
const makeId = (o?: WriteOptions): string => (o?.newId ?? (() => crypto.randomUUID()))();

/** The key a PageInfo is stored under. */
export function pageKey(page: Pick<PageInfo, 'url' | 'canonicalUrl'>): string {
  return canonicalizeUrl(page.url, page.canonicalUrl);
}

function mergePage(existing: PageRecord | undefined, page: PageInfo, key: string, now: number, profile?: SourcingProfile | null): PageRecord {
  return {
    url: key,
    title: page.title || existing?.title || '',
    publisher: page.publisher ?? existing?.publisher ?? null,
    site: siteOf(key),
    firstSeen: existing ? Math.min(existing.firstSeen, now) : now,
    lastSeen: existing ? Math.max(existing.lastSeen, now) : now,
    profile: profile !== undefined ? profile : (existing?.profile ?? null),
  };
}

/** Creates or refreshes a page (title, publisher, last seen; the sourcing profile when given). */
export function upsertPage(db: Db, page: PageInfo, opts: WriteOptions & { profile?: SourcingProfile | null } = {}): Promise<PageRecord> {
  return guard(async () => {
    const key = pageKey(page);
    const tx = db.transaction('pages', 'readwrite');
    const next = mergePage(await tx.store.get(key), page, key, clock(opts), opts.profile);
    await tx.store.put(next);
    await tx.done;
    return next;
  });
}

/** Updates the sourcing profile of a page already in the library; pages without saved work are not recorded. */
export function updatePageProfile(db: Db, url: string, profile: SourcingProfile): Promise<PageRecord | null> {
  return guard(async () => {
    const tx = db.transaction('pages', 'readwrite');
    const existing = await tx.store.get(url);
    const next = existing ? { ...existing, profile } : null;
    if (next) await tx.store.put(next);
    await tx.done;
    return next;
  });
}

export function getPage(db: Db, url: string): Promise<PageRecord | undefined> {
  return guard(() => db.get('pages', url));
}

export function listPages(db: Db): Promise<PageRecord[]> {
  return guard(() => db.getAll('pages'));
}

export interface SaveResult {
  claim: ClaimRecord;
  /** False when an earlier record of the same text on the same page was updated instead. */
  created: boolean;
}

/**
 * Saves a claim from a page (and upserts the page). The same text on the same
 * page is one claim: saving it again updates that record (keeping its id,
 * first save time, and its note unless a new one is given).
 */
export function saveClaim(
  db: Db,
  page: PageInfo,
  draft: ClaimDraft,
  opts: WriteOptions & { profile?: SourcingProfile | null } = {},
): Promise<SaveResult> {
  return guard(async () => {
    const now = clock(opts);
    const key = pageKey(page);
    const tx = db.transaction(['pages', 'claims'], 'readwrite');
    const pages = tx.objectStore('pages');
    const claims = tx.objectStore('claims');
    const pageRecord = mergePage(await pages.get(key), page, key, now, opts.profile);
    await pages.put(pageRecord);
    const same = (await claims.index('pageUrl').getAll(key)).find((c) => c.anchor.exact === draft.anchor.exact);
    const claim: ClaimRecord = {
      ...draft,
      id: same?.id ?? makeId(opts),
      pageUrl: key,
      pageTitle: pageRecord.title,
      site: pageRecord.site,
      note: draft.note || same?.note || '',
      userTag: draft.userTag ?? same?.userTag ?? null,
      savedAt: same?.savedAt ?? now,
      updatedAt: now,
    };
    await claims.put(claim);
    await tx.done;
    return { claim, created: !same };
  });
}

/** Changes a claim's note and/or the user's tag. Throws a 'not-found' StorageError if it is gone. */
export function updateClaim(
  db: Db,
  id: string,
  patch: { note?: string; userTag?: UserTag | null },
  opts: WriteOptions = {},
): Promise<ClaimRecord> {
  return guard(async () => {
    const tx = db.transaction('claims', 'readwrite');
    const existing = await tx.store.get(id);
    if (!existing) {
      tx.abort();
      await tx.done.catch(() => {});
      throw new StorageError('not-found', 'That claim is no longer in the library (it may have been deleted in another window).');
    }
    const next: ClaimRecord = {
      ...existing,
      ...(patch.note !== undefined ? { note: patch.note } : {}),
      ...(patch.userTag !== undefined ? { userTag: patch.userTag } : {}),
      updatedAt: Math.max(clock(opts), existing.updatedAt),
    };
    await tx.store.put(next);
    await tx.done;
    return next;
  });
}

/** Deletes a claim and returns it (for undo), or null if there was none. */
export function deleteClaim(db: Db, id: string): Promise<ClaimRecord | null> {
  return guard(async () => {
    const tx = db.transaction('claims', 'readwrite');
    const existing = (await tx.store.get(id)) ?? null;
    if (existing) await tx.store.delete(id);
    await tx.done;
    return existing;
  });
}

/**
 * Puts back a claim returned by deleteClaim (undo). If the same text was saved
 * on the page again meanwhile, that newer save stays and the old record is not
 * duplicated. Recreates the page if it is gone.
 */
export function restoreClaim(db: Db, claim: ClaimRecord): Promise<ClaimRecord> {
  return guard(async () => {
    const tx = db.transaction(['pages', 'claims'], 'readwrite');
    const claims = tx.objectStore('claims');
    const pages = tx.objectStore('pages');
    const twin = (await claims.index('pageUrl').getAll(claim.pageUrl)).find(
      (c) => c.id !== claim.id && c.anchor.exact === claim.anchor.exact,
    );
    const kept = twin ?? claim;
    if (!twin) await claims.put(claim);
    if (!(await pages.get(claim.pageUrl))) {
      await pages.put({
        url: claim.pageUrl,
        title: claim.pageTitle,
        publisher: null,
        site: claim.site,
        firstSeen: claim.savedAt,
        lastSeen: claim.updatedAt,
        profile: null,
      });
    }
    await tx.done;
    return kept;
  });
}

export function getClaim(db: Db, id: string): Promise<ClaimRecord | undefined> {
  return guard(() => db.get('claims', id));
}

/** Every saved claim, newest first. */
export function listClaims(db: Db): Promise<ClaimRecord[]> {
  return guard(async () => (await db.getAllFromIndex('claims', 'savedAt')).reverse());
}

/**
 * The newest `limit` claims, read with a reverse cursor: ~10 ms where reading
 * all 10,000 takes several hundred (structured clone of every record). For a
 * first screen while listClaims() loads the rest.
 */
export function listRecentClaims(db: Db, limit: number): Promise<ClaimRecord[]> {
  return guard(async () => {
    const out: ClaimRecord[] = [];
    if (limit <= 0) return out;
    const tx = db.transaction('claims', 'readonly');
    for (let c = await tx.store.index('savedAt').openCursor(null, 'prev'); c && out.length < limit; c = await c.continue()) out.push(c.value);
    await tx.done;
    return out;
  });
}

/** How many claims are saved (cheap: no record is read). */
export function countClaims(db: Db): Promise<number> {
  return guard(() => db.count('claims'));
}

/** The claims saved on one page (by canonical URL), in the order they were saved. */
export function listClaimsForPage(db: Db, pageUrl: string): Promise<ClaimRecord[]> {
  return guard(async () => (await db.getAllFromIndex('claims', 'pageUrl', pageUrl)).sort((a, b) => a.savedAt - b.savedAt));
}

/** The claims of the page the content script is on: under its canonical key, and under its bare URL if it differs. */
export function claimsForPageInfo(db: Db, page: Pick<PageInfo, 'url' | 'canonicalUrl'>): Promise<ClaimRecord[]> {
  return guard(async () => {
    const keys = [...new Set([pageKey(page), canonicalizeUrl(page.url)])];
    const seen = new Set<string>();
    const out: ClaimRecord[] = [];
    for (const k of keys) {
      for (const c of await listClaimsForPage(db, k)) if (!seen.has(c.id)) (seen.add(c.id), out.push(c));
    }
    return out;
  });
}

/** Records a "not a claim / wrong tag" correction. */
export function saveCorrection(
  db: Db,
  page: PageInfo,
  correction: Omit<CorrectionRecord, 'id' | 'createdAt' | 'pageUrl'>,
  opts: WriteOptions = {},
): Promise<CorrectionRecord> {
  return guard(async () => {
    const record: CorrectionRecord = { ...correction, id: makeId(opts), pageUrl: pageKey(page), createdAt: clock(opts) };
    await db.put('corrections', record);
    return record;
  });
}

export function listCorrections(db: Db): Promise<CorrectionRecord[]> {
  return guard(() => db.getAllFromIndex('corrections', 'createdAt'));
}

/** Empties the library (pages, claims, corrections) in one transaction. */
export function deleteAllData(db: Db): Promise<void> {
  return guard(async () => {
    const tx = db.transaction(['pages', 'claims', 'corrections'], 'readwrite');
    await Promise.all([tx.objectStore('pages').clear(), tx.objectStore('claims').clear(), tx.objectStore('corrections').clear()]);
    await tx.done;
  });
}
