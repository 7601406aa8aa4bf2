/**
 * Export of the library (or part of it) and import of our JSON export, merging
 * without duplicates. Import validates the whole file first and writes in one
 * transaction: a bad file, or a failure half-way, changes nothing.
 */
import type { ClaimRecord, CorrectionRecord, ExportFileV1, PageRecord } from '../types/records';
import type { Db } from './db';
import { StorageError, guard } from './errors';
import { ImportError, buildExport, parseExport, serializeExport } from './formats/json';

/**
 * The export file of the whole library, or of `claims` only (with their pages
 * and corrections) when given, e.g. the Library's current filter.
 */
export function exportData(db: Db, opts: { claims?: ClaimRecord[]; now?: Date | string } = {}): Promise<ExportFileV1> {
  return guard(async () => {
    const tx = db.transaction(['pages', 'claims', 'corrections'], 'readonly');
    const [pages, all, corrections] = await Promise.all([
      tx.objectStore('pages').getAll(),
      opts.claims ? Promise.resolve(opts.claims) : tx.objectStore('claims').getAll(),
      tx.objectStore('corrections').getAll(),
    ]);
    await tx.done;
    const now = opts.now ?? new Date();
    if (!opts.claims) return buildExport({ pages, claims: all, corrections }, now);
    const urls = new Set(all.map((c) => c.pageUrl));
    return buildExport(
      { pages: pages.filter((p) => urls.has(p.url)), claims: all, corrections: corrections.filter((c) => urls.has(c.pageUrl)) },
      now,
    );
  });
}

/** exportData as the text of a .json file. */
export async function exportJson(db: Db, opts: { claims?: ClaimRecord[]; now?: Date | string } = {}): Promise<string> {
  return serializeExport(await exportData(db, opts));
}

export interface ImportSummary {
  claimsAdded: number;
  claimsUpdated: number;
  /** Already in the library in the same or a newer version. */
  claimsUnchanged: number;
  pagesAdded: number;
  pagesUpdated: number;
  correctionsAdded: number;
}

/** One claim per page and text. */
const claimKey = (c: Pick<ClaimRecord, 'pageUrl' | 'anchor'>): string => `${c.pageUrl}\u0000${c.anchor.exact}`;

function mergePages(existing: PageRecord, incoming: PageRecord): PageRecord {
  const newer = incoming.lastSeen > existing.lastSeen ? incoming : existing;
  return {
    ...newer,
    url: existing.url,
    firstSeen: Math.min(existing.firstSeen, incoming.firstSeen),
    lastSeen: Math.max(existing.lastSeen, incoming.lastSeen),
    profile: newer.profile ?? existing.profile ?? incoming.profile,
  };
}

const samePage = (a: PageRecord, b: PageRecord): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges a validated export into the library. A claim with the same id, or
 * the same text on the same page, as one already saved is one claim: the
 * version with the later updatedAt wins (ties keep what is there). Corrections
 * are added when their id is new. Pages keep the earliest firstSeen and the
 * latest lastSeen.
 */
export function importData(db: Db, file: ExportFileV1): Promise<ImportSummary> {
  return guard(async () => {
    const summary: ImportSummary = { claimsAdded: 0, claimsUpdated: 0, claimsUnchanged: 0, pagesAdded: 0, pagesUpdated: 0, correctionsAdded: 0 };
    const tx = db.transaction(['pages', 'claims', 'corrections'], 'readwrite');
    const pages = tx.objectStore('pages');
    const claims = tx.objectStore('claims');
    const corrections = tx.objectStore('corrections');

    const byId = new Map<string, ClaimRecord>();
    const byKey = new Map<string, ClaimRecord>();
    for (const c of await claims.getAll()) {
      byId.set(c.id, c);
      byKey.set(claimKey(c), c);
    }
    const writes: Array<Promise<unknown>> = [];
    for (const c of file.claims) {
      const rivals = [byId.get(c.id), byKey.get(claimKey(c))].filter((r): r is ClaimRecord => !!r);
      if (rivals.length === 0) summary.claimsAdded++;
      else if (rivals.every((r) => c.updatedAt > r.updatedAt)) summary.claimsUpdated++;
      else {
        summary.claimsUnchanged++;
        continue;
      }
      for (const r of rivals) {
        byId.delete(r.id);
        byKey.delete(claimKey(r));
        if (r.id !== c.id) writes.push(claims.delete(r.id));
      }
      byId.set(c.id, c);
      byKey.set(claimKey(c), c);
      writes.push(claims.put(c));
    }

    const incomingPages = new Map(file.pages.map((p) => [p.url, p]));
    // A claim whose page is missing from the file still gets a page, so the Library can group it.
    for (const c of file.claims) {
      if (!incomingPages.has(c.pageUrl)) {
        incomingPages.set(c.pageUrl, {
          url: c.pageUrl,
          title: c.pageTitle,
          publisher: null,
          site: c.site,
          firstSeen: c.savedAt,
          lastSeen: c.updatedAt,
          profile: null,
        });
      }
    }
    for (const p of incomingPages.values()) {
      const existing = await pages.get(p.url);
      if (!existing) {
        summary.pagesAdded++;
        writes.push(pages.put(p));
        continue;
      }
      const merged = mergePages(existing, p);
      if (!samePage(merged, existing)) {
        summary.pagesUpdated++;
        writes.push(pages.put(merged));
      }
    }

    for (const c of file.corrections) {
      if (await corrections.getKey(c.id)) continue;
      summary.correctionsAdded++;
      writes.push(corrections.put(c as CorrectionRecord));
    }
    await Promise.all(writes);
    await tx.done;
    return summary;
  });
}

/** Parses, validates and merges the text of an export file. Throws StorageError('import') with the reason for a file it refuses. */
export async function importJson(db: Db, text: string): Promise<ImportSummary> {
  let file: ExportFileV1;
  try {
    file = parseExport(text);
  } catch (e) {
    if (e instanceof ImportError) throw new StorageError('import', e.message);
    throw e;
  }
  return importData(db, file);
}
