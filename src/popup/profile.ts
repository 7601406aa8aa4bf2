/** The "This page" summaries: sourcing profile sentence and "who said what" grouping. Pure. */
import { TAGS, emptyProfile, type SourcingProfile, type Tag } from '../types/analysis';
import type { ContentClaimSummary } from '../types/messages';
import { TAG_LABELS } from './tags';

export function plural(n: number, one: string, many = one + 's'): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export function profileTotal(profile: SourcingProfile): number {
  return TAGS.reduce((n, t) => n + (profile[t] ?? 0), 0);
}

/** "14 claims: 6 named person, 3 anonymous, 4 unattributed, 1 document" (tags with no claims left out). */
export function profileSentence(profile: SourcingProfile): string {
  const total = profileTotal(profile);
  const parts = TAGS.filter((t) => profile[t] > 0).map((t) => `${profile[t]} ${TAG_LABELS[t]}`);
  return parts.length ? `${plural(total, 'claim')}: ${parts.join(', ')}` : 'No claims found';
}

/** Counts claims by tag, for when the tab state carries no profile. */
export function profileOf(claims: ReadonlyArray<{ tag: Tag }>): SourcingProfile {
  const p = emptyProfile();
  for (const c of claims) p[c.tag]++;
  return p;
}

/** Bar segments: one per tag with claims, in tag order, as percentages summing to 100. */
export function profileSegments(profile: SourcingProfile): Array<{ tag: Tag; count: number; percent: number }> {
  const total = profileTotal(profile);
  if (total === 0) return [];
  return TAGS.filter((t) => profile[t] > 0).map((t) => ({ tag: t, count: profile[t], percent: (profile[t] / total) * 100 }));
}

export interface SourceGroup {
  /** null = unattributed (the writer's own assertions). */
  source: string | null;
  /** The tag shared by the group's claims, or null when they differ. */
  tag: Tag | null;
  claims: ContentClaimSummary[];
}

/** Folds case, accents, "the " and a trailing "'s" so "The Kremlin" and "the Kremlin" are one source. */
function sourceKey(source: string): string {
  return source
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .trim();
}

/**
 * "Who said what": claims grouped by source, the most-cited sources first
 * (ties in reading order), claims in reading order; unattributed claims last.
 */
export function groupBySource(claims: readonly ContentClaimSummary[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup & { first: number }>();
  let unattributed: SourceGroup | null = null;
  const ordered = [...claims].sort((a, b) => a.index - b.index);
  for (const c of ordered) {
    if (c.source === null || c.source.trim() === '') {
      unattributed ??= { source: null, tag: null, claims: [] };
      unattributed.claims.push(c);
      continue;
    }
    const key = sourceKey(c.source);
    let g = groups.get(key);
    if (!g) {
      g = { source: c.source, tag: c.tag, claims: [], first: c.index };
      groups.set(key, g);
    }
    if (g.tag !== c.tag) g.tag = null;
    g.claims.push(c);
  }
  const named = [...groups.values()]
    .sort((a, b) => b.claims.length - a.claims.length || a.first - b.first)
    .map(({ source, tag, claims }) => ({ source, tag, claims }));
  if (unattributed) unattributed.tag = unattributed.claims.every((c) => c.tag === 'unattributed') ? 'unattributed' : null;
  return unattributed ? [...named, unattributed] : named;
}
