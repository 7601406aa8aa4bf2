/**
 * Sourcelight's own export format (ExportFileV1): writing with a fixed key
 * order and layout, so export -> import -> export gives the same bytes, and
 * strict reading, so a damaged or foreign file is refused whole before
 * anything is written.
 */
import { TAGS } from '../../types/analysis';
import type { ClaimRecord, CorrectionRecord, ExportFileV1, PageRecord, TextQuoteAnchor } from '../../types/records';
import { CheckError, arrayOf, isPlainObject, literal, obj, refine, str } from '../check';
import { MAX_RECORDS, claimRecordStrict, correctionRecordStrict, pageRecordStrict } from '../record-checks';

export const EXPORT_FORMAT = 'sourcelight-export';
export const EXPORT_VERSION = 1;
/** Largest file import reads: ~50 MB, several times a 10,000-claim library. */
export const MAX_IMPORT_CHARS = 50_000_000;

/** Thrown for a file that cannot be imported; its message is for the user. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The export file for these records, in canonical order (pages by URL, claims and corrections by time then id). */
export function buildExport(
  records: { pages: PageRecord[]; claims: ClaimRecord[]; corrections: CorrectionRecord[] },
  exportedAt: Date | string,
): ExportFileV1 {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: typeof exportedAt === 'string' ? exportedAt : exportedAt.toISOString(),
    pages: [...records.pages].sort((a, b) => byString(a.url, b.url)),
    claims: [...records.claims].sort((a, b) => a.savedAt - b.savedAt || byString(a.id, b.id)),
    corrections: [...records.corrections].sort((a, b) => a.createdAt - b.createdAt || byString(a.id, b.id)),
  };
}

// Fixed key orders: the bytes of an export depend on the data only, never on
// how a record happened to be built or stored.
function orderedAnchor(a: TextQuoteAnchor): TextQuoteAnchor {
  return {
    exact: a.exact,
    prefix: a.prefix,
    suffix: a.suffix,
    ...(a.start !== undefined ? { start: a.start } : {}),
    ...(a.end !== undefined ? { end: a.end } : {}),
  };
}

function orderedPage(p: PageRecord): PageRecord {
  return {
    url: p.url,
    title: p.title,
    publisher: p.publisher,
    site: p.site,
    firstSeen: p.firstSeen,
    lastSeen: p.lastSeen,
    profile: p.profile ? (Object.fromEntries(TAGS.map((t) => [t, p.profile![t]])) as PageRecord['profile']) : null,
  };
}

function orderedClaim(c: ClaimRecord): ClaimRecord {
  return {
    id: c.id,
    pageUrl: c.pageUrl,
    pageTitle: c.pageTitle,
    site: c.site,
    text: c.text,
    anchor: orderedAnchor(c.anchor),
    tag: c.tag,
    source: c.source,
    ...(c.sourceMention !== undefined ? { sourceMention: c.sourceMention } : {}),
    cue: c.cue,
    via: c.via,
    quote: c.quote,
    hedged: c.hedged,
    userTag: c.userTag,
    note: c.note,
    origin: c.origin,
    savedAt: c.savedAt,
    updatedAt: c.updatedAt,
  };
}

function orderedCorrection(c: CorrectionRecord): CorrectionRecord {
  return {
    id: c.id,
    pageUrl: c.pageUrl,
    text: c.text,
    anchor: orderedAnchor(c.anchor),
    engineTag: c.engineTag,
    userTag: c.userTag,
    createdAt: c.createdAt,
  };
}

/** The file's text: two-space indented JSON with a final newline. */
export function serializeExport(file: ExportFileV1): string {
  const ordered: ExportFileV1 = {
    format: file.format,
    version: file.version,
    exportedAt: file.exportedAt,
    pages: file.pages.map(orderedPage),
    claims: file.claims.map(orderedClaim),
    corrections: file.corrections.map(orderedCorrection),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

const exportedAt = refine(str(40, 1), (s) => !Number.isNaN(Date.parse(s)), 'must be a date and time');

const fileCheck = obj(
  {
    format: literal(EXPORT_FORMAT),
    version: literal(EXPORT_VERSION),
    exportedAt,
    pages: arrayOf(pageRecordStrict, MAX_RECORDS),
    claims: arrayOf(claimRecordStrict, MAX_RECORDS),
    corrections: arrayOf(correctionRecordStrict, MAX_RECORDS),
  },
  { strict: true },
);

const ONLY_OURS = 'Sourcelight can import only its own JSON export (the “Sourcelight JSON” export of the Library).';

/** What a file that is not ours looks like, for a message that helps. */
function describeForeign(v: unknown): string {
  if (isPlainObject(v)) {
    const ctx = JSON.stringify(v['@context'] ?? '');
    if (ctx.includes('w3.org/ns/anno') || v.type === 'AnnotationCollection' || v.type === 'Annotation') {
      return `This is a W3C Web Annotation file. ${ONLY_OURS}`;
    }
    return `This JSON file is not a Sourcelight export (it has no "format": "${EXPORT_FORMAT}"). ${ONLY_OURS}`;
  }
  if (Array.isArray(v)) return `This JSON file holds a list, not a Sourcelight export. ${ONLY_OURS}`;
  return `This JSON file is not a Sourcelight export. ${ONLY_OURS}`;
}

/**
 * Reads and validates an export file's text. Throws ImportError with a
 * message for the user when the text is too big, not JSON, not ours, from a
 * newer version, or has any field of the wrong type or size.
 */
export function parseExport(text: string): ExportFileV1 {
  if (typeof text !== 'string') throw new ImportError(`This is not a text file. ${ONLY_OURS}`);
  if (text.length > MAX_IMPORT_CHARS) {
    throw new ImportError(`This file is too big to import (${Math.round(text.length / 1e6)} MB; at most ${MAX_IMPORT_CHARS / 1e6} MB).`);
  }
  const body = text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    const firstLine = body.slice(0, body.indexOf('\n') >>> 0).trim();
    if (/^[\w" ]+(,[\w" ]+)+$/.test(firstLine)) throw new ImportError(`This looks like a CSV file. ${ONLY_OURS}`);
    if (/^#|^- /m.test(body.slice(0, 200))) throw new ImportError(`This looks like a Markdown file. ${ONLY_OURS}`);
    throw new ImportError(`This file is not JSON, so it cannot be a Sourcelight export. ${ONLY_OURS}`);
  }
  if (!isPlainObject(raw) || raw.format !== EXPORT_FORMAT) throw new ImportError(describeForeign(raw));
  if (typeof raw.version === 'number' && raw.version > EXPORT_VERSION) {
    throw new ImportError(`This export was made by a newer version of Sourcelight (format version ${raw.version}). Update Sourcelight to import it.`);
  }
  try {
    return fileCheck(raw, '') as ExportFileV1;
  } catch (e) {
    if (e instanceof CheckError) throw new ImportError(`This Sourcelight export is damaged and was not imported: ${e.message}.`);
    throw e;
  }
}
