/**
 * The query string of popup.html when the Library is opened in a tab to do
 * what the toolbar popup cannot (see PopupApi.filePickerClosesPage): import,
 * or export with the filters the popup had, so "Export N shown" exports the
 * same N claims there. Pure.
 */
import type { ClaimSort } from '../storage/query';
import { CLAIM_SORTS } from '../types/messages';
import type { UserTag } from '../types/records';
import { EXPORT_FORMATS, type ExportFormat } from './api';
import { NO_FILTERS, type LibraryFilters } from './filters';
import { USER_TAGS } from './tags';

export type View = 'page' | 'library';

export interface LibraryRequest {
  view: View;
  /** Opened to import: say which button to press (the file picker needs a click here). */
  importHint: boolean;
  /** Opened to export in this format at once. */
  exportFormat: ExportFormat | null;
  filters: LibraryFilters;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Filter fields and their query parameter names ("q" as search boxes have it). */
const FILTER_PARAMS: Array<[keyof LibraryFilters, string]> = [
  ['text', 'q'],
  ['tag', 'tag'],
  ['site', 'site'],
  ['from', 'from'],
  ['to', 'to'],
  ['sort', 'sort'],
];

const isFormat = (v: string | null): v is ExportFormat => v !== null && (EXPORT_FORMATS as readonly string[]).includes(v);

/** "view=library&import=1" */
export function importQuery(): string {
  return 'view=library&import=1';
}

/**
 * "view=library&export=csv" plus the filters that differ from none. Pass the
 * filters only to export the claims they show: without them the tab exports all.
 */
export function exportQuery(format: ExportFormat, filters: LibraryFilters | null = null): string {
  const q = new URLSearchParams({ view: 'library', export: format });
  if (filters) {
    for (const [key, name] of FILTER_PARAMS) if (filters[key] !== NO_FILTERS[key]) q.set(name, filters[key]);
  }
  return q.toString();
}

/** What popup.html was opened to do. A value the Library would not offer is dropped, not trusted. */
export function parseLibraryRequest(params: URLSearchParams): LibraryRequest {
  const get = (name: string) => params.get(name) ?? '';
  const tag = get('tag');
  const sort = get('sort');
  const filters: LibraryFilters = {
    text: get('q'),
    tag: (USER_TAGS as string[]).includes(tag) ? (tag as UserTag) : '',
    site: get('site'),
    from: DAY.test(get('from')) ? get('from') : '',
    to: DAY.test(get('to')) ? get('to') : '',
    sort: (CLAIM_SORTS as readonly string[]).includes(sort) ? (sort as ClaimSort) : 'newest',
  };
  const format = params.get('export');
  const exportFormat = isFormat(format) ? format : null;
  return {
    view: params.get('view') === 'library' || exportFormat ? 'library' : 'page',
    importHint: params.get('import') === '1',
    exportFormat,
    filters,
  };
}

/** The query without its one-time export, so reloading the tab does not save the file again. */
export function withoutExport(search: string): string {
  const q = new URLSearchParams(search);
  if (!q.has('export')) return search;
  q.delete('export');
  const s = q.toString();
  return s ? `?${s}` : '';
}
