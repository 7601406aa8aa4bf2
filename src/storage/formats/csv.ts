/**
 * Export as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a
 * comma, quote or line break quoted, quotes doubled). Page text is untrusted,
 * so a cell a spreadsheet would run as a formula (starting = + - @, tab or CR)
 * is prefixed with an apostrophe.
 */
import type { ClaimRecord } from '../../types/records';

export const CSV_COLUMNS = [
  'saved_at',
  'updated_at',
  'site',
  'page_title',
  'page_url',
  'text',
  'tag',
  'user_tag',
  'source',
  'cue',
  'via',
  'quote',
  'hedged',
  'note',
  'origin',
  'id',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula-neutralised, then quoted when needed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(c: ClaimRecord): Array<string | number | boolean | null> {
  return [
    new Date(c.savedAt).toISOString(),
    new Date(c.updatedAt).toISOString(),
    c.site,
    c.pageTitle,
    c.pageUrl,
    c.text,
    c.tag,
    c.userTag,
    c.source,
    c.cue,
    c.via,
    c.quote,
    c.hedged,
    c.note,
    c.origin,
    c.id,
  ];
}

/** The text of a .csv file. `bom` (default true) lets Excel read it as UTF-8. */
export function toCsv(claims: ClaimRecord[], opts: { bom?: boolean } = {}): string {
  const lines = [CSV_COLUMNS.join(','), ...claims.map((c) => row(c).map(csvCell).join(','))];
  return (opts.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}
