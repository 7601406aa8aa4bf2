/**
 * Search, filter, sort and page saved claims in memory. Pure functions used by
 * the background ('claims/query') and the popup's library, which loads every
 * claim once and re-queries on each keystroke: so the expensive parts (the
 * normalised search text of a claim, the sorted order of a list) are computed
 * once and cached against the objects they came from.
 */
import type { ClaimQuery } from '../types/messages';
import type { ClaimRecord, UserTag } from '../types/records';

/** ClaimQuery, but the tag filter may also ask for claims the user marked "not a claim". */
export interface ClaimFilter extends Omit<ClaimQuery, 'tags'> {
  tags?: readonly UserTag[];
}

export type ClaimSort = NonNullable<ClaimQuery['sort']>;

/** The tag a claim counts as: the user's correction when there is one. */
export function effectiveTag(claim: Pick<ClaimRecord, 'tag' | 'userTag'>): UserTag {
  return claim.userTag ?? claim.tag;
}

const MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
// Typographic variants people do not type: curly quotes, dashes, non-breaking spaces.
const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u00A0': ' ',
  '\u202F': ' ',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/** Case- and accent-insensitive form of a text: "Élysée’s" -> "elysee's". */
export function normalizeText(s: string): string {
  // Most text is plain ASCII: lower-casing is all it needs (several times faster over 10,000 claims).
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(FOLD_RE, (c) => FOLD[c] ?? c);
}

/**
 * The words of a search: every one must occur in the claim. A "quoted phrase"
 * is one term, spaces included.
 */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  const norm = normalizeText(query);
  for (const m of norm.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const t = (m[1] ?? m[2] ?? '').trim().replace(/\s+/g, ' ');
    if (t) terms.push(t);
  }
  return terms;
}

interface Haystack {
  text: string;
  source: string | null;
  note: string;
  hay: string;
}
const haystacks = new WeakMap<ClaimRecord, Haystack>();

/** The normalised text a search runs over, cached per record (recomputed if its fields changed). */
export function haystackOf(claim: ClaimRecord): string {
  const cached = haystacks.get(claim);
  if (cached && cached.text === claim.text && cached.source === claim.source && cached.note === claim.note) {
    return cached.hay;
  }
  // Fields joined by a line break, which no search term contains, so a term cannot span two fields.
  // The source's in-sentence mention is searchable too ("the minister" for "Jane Doe").
  const parts = [claim.text, claim.source ?? '', claim.sourceMention ?? '', claim.note];
  const hay = normalizeText(parts.join('\n'));
  haystacks.set(claim, { text: claim.text, source: claim.source, note: claim.note, hay });
  return hay;
}

/** Precomputes the search text of every claim (e.g. right after loading) so the first keystroke is fast too. */
export function buildIndex(claims: readonly ClaimRecord[]): void {
  for (const c of claims) haystackOf(c);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const newestFirst = (a: ClaimRecord, b: ClaimRecord): number =>
  b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Claims of one page stay in reading order when sorted by source or site. */
const byPosition = (a: ClaimRecord, b: ClaimRecord): number =>
  a.pageUrl === b.pageUrl ? (a.anchor?.start ?? 0) - (b.anchor?.start ?? 0) : 0;

function comparator(sort: ClaimSort): (a: ClaimRecord, b: ClaimRecord) => number {
  switch (sort) {
    case 'oldest':
      return (a, b) => -newestFirst(a, b);
    case 'source':
      // Claims with no source (unattributed) go last.
      return (a, b) =>
        (a.source === null ? 1 : 0) - (b.source === null ? 1 : 0) ||
        collator.compare(a.source ?? '', b.source ?? '') ||
        newestFirst(a, b);
    case 'site':
      return (a, b) =>
        collator.compare(a.site, b.site) ||
        collator.compare(a.pageTitle, b.pageTitle) ||
        (a.pageUrl < b.pageUrl ? -1 : a.pageUrl > b.pageUrl ? 1 : 0) ||
        byPosition(a, b) ||
        newestFirst(a, b);
    case 'newest':
    default:
      return newestFirst;
  }
}

interface SortCache {
  /** Length when sorted: a list mutated in place (push/splice) is sorted again. */
  length: number;
  orders: Map<ClaimSort, ClaimRecord[]>;
}
const sortCache = new WeakMap<readonly ClaimRecord[], SortCache>();

/** `claims` sorted (a new array), cached per input array and sort while the array is unchanged in length. */
export function sortedClaims(claims: readonly ClaimRecord[], sort: ClaimSort = 'newest'): ClaimRecord[] {
  let entry = sortCache.get(claims);
  if (!entry || entry.length !== claims.length) {
    entry = { length: claims.length, orders: new Map() };
    sortCache.set(claims, entry);
  }
  let order = entry.orders.get(sort);
  if (!order) {
    order = [...claims].sort(comparator(sort));
    entry.orders.set(sort, order);
  }
  return order;
}

/** Host names match the site itself and its subdomains ("bbc.co.uk" matches "news.bbc.co.uk"). */
function siteMatches(claimSite: string, site: string): boolean {
  const s = site.toLowerCase().replace(/^www\./, '');
  const c = claimSite.toLowerCase();
  return c === s || c.endsWith('.' + s);
}

/** A predicate for every filter in the query except paging and sorting. */
export function claimMatcher(query: ClaimFilter): (claim: ClaimRecord) => boolean {
  const terms = query.text ? searchTerms(query.text) : [];
  const tags = query.tags && query.tags.length > 0 ? new Set<string>(query.tags) : null;
  const site = query.site?.trim() || null;
  const pageUrl = query.pageUrl || null;
  const from = typeof query.from === 'number' ? query.from : null;
  const to = typeof query.to === 'number' ? query.to : null;
  return (c) => {
    if (tags && !tags.has(effectiveTag(c))) return false;
    if (site && !siteMatches(c.site, site)) return false;
    if (pageUrl && c.pageUrl !== pageUrl) return false;
    if (from !== null && c.savedAt < from) return false;
    if (to !== null && c.savedAt > to) return false;
    if (terms.length > 0) {
      const hay = haystackOf(c);
      for (const t of terms) if (!hay.includes(t)) return false;
    }
    return true;
  };
}

function page(matches: readonly ClaimRecord[], query: ClaimFilter): { claims: ClaimRecord[]; total: number } {
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = query.limit === undefined ? Infinity : Math.max(0, Math.floor(query.limit));
  return { claims: matches.slice(offset, offset + limit), total: matches.length };
}

/**
 * Claims matching `query`, sorted and paged; `total` counts every match
 * before offset/limit. `claims` is not modified.
 */
export function queryClaims(
  claims: readonly ClaimRecord[],
  query: ClaimFilter,
): { claims: ClaimRecord[]; total: number } {
  return page(sortedClaims(claims, query.sort ?? 'newest').filter(claimMatcher(query)), query);
}

/** True when every match of `next` must be a match of `prev`: each old term is inside a new one. */
export function narrows(prev: readonly string[], next: readonly string[]): boolean {
  return prev.every((p) => next.some((n) => n.includes(p)));
}

/**
 * A queryClaims for search-as-you-type. It remembers its last answer: when
 * the next query only narrows it (same list, filters and sort; the words typed
 * further), it searches the previous matches instead of the whole list.
 */
export function createClaimSearch(): typeof queryClaims {
  let last: { claims: readonly ClaimRecord[]; key: string; terms: string[]; matches: ClaimRecord[] } | null = null;
  return (claims, query) => {
    const terms = query.text ? searchTerms(query.text) : [];
    const key = JSON.stringify([query.tags ?? [], query.site ?? '', query.pageUrl ?? '', query.from ?? '', query.to ?? '', query.sort ?? 'newest']);
    const reuse = last !== null && last.claims === claims && last.key === key && narrows(last.terms, terms);
    const pool = reuse && last ? last.matches : sortedClaims(claims, query.sort ?? 'newest');
    const matches = pool.filter(claimMatcher(query));
    last = { claims, key, terms, matches };
    return page(matches, query);
  };
}

/** The distinct sites of a list of claims with their claim counts, most claims first. */
export function sitesOf(claims: readonly ClaimRecord[]): Array<{ site: string; count: number }> {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.site, (counts.get(c.site) ?? 0) + 1);
  return [...counts]
    .map(([site, count]) => ({ site, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.site, b.site));
}
