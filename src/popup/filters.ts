/** The library's filter form state and its translation into a ClaimFilter. Pure. */
import type { ClaimFilter, ClaimSort } from '../storage/query';
import type { UserTag } from '../types/records';

export interface LibraryFilters {
  text: string;
  /** '' = every tag. */
  tag: UserTag | '';
  /** '' = every site. */
  site: string;
  /** yyyy-mm-dd from <input type=date>, '' = open. */
  from: string;
  to: string;
  sort: ClaimSort;
}

export const NO_FILTERS: LibraryFilters = { text: '', tag: '', site: '', from: '', to: '', sort: 'newest' };

/** Local midnight at the start of a yyyy-mm-dd day, or undefined for an empty/invalid value. */
export function dayStart(day: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const t = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return Number.isNaN(t) ? undefined : t;
}

/** The last millisecond of a yyyy-mm-dd day (the "to" date is inclusive). */
export function dayEnd(day: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const t = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).getTime() - 1;
  return Number.isNaN(t) ? undefined : t;
}

export function toClaimFilter(f: LibraryFilters): ClaimFilter {
  const q: ClaimFilter = { sort: f.sort };
  if (f.text.trim()) q.text = f.text;
  if (f.tag) q.tags = [f.tag];
  if (f.site) q.site = f.site;
  const from = dayStart(f.from);
  const to = dayEnd(f.to);
  if (from !== undefined) q.from = from;
  if (to !== undefined) q.to = to;
  return q;
}

/** True when any filter narrows the list (sorting does not). */
export function isFiltered(f: LibraryFilters): boolean {
  return Boolean(f.text.trim() || f.tag || f.site || dayStart(f.from) !== undefined || dayEnd(f.to) !== undefined);
}
