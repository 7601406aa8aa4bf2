/** Site lists of the options page: parsing what people type, and the host permissions a list needs. Pure. */
import { normalizeSite } from '../background/auto-analyze';

/** Optional host permissions of the manifest: every http and https site. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * "https://www.BBC.co.uk/news" -> "bbc.co.uk"; null when it is not a host name.
 * Accepts a pasted URL, a host, or "*.host".
 */
export function parseSite(input: string): string | null {
  const s = normalizeSite(input);
  if (!s || !HOST.test(s)) return null;
  // A single label is only a host for localhost-like names; "news" is more likely a typo.
  if (!s.includes('.') && s !== 'localhost') return null;
  return s;
}

/** Adds sites to a list, skipping ones already covered; returns the new list (sorted) and what was rejected. */
export function addSites(list: readonly string[], input: string): { list: string[]; added: string[]; rejected: string[] } {
  const out = new Set(list);
  const added: string[] = [];
  const rejected: string[] = [];
  for (const part of input.split(/[\s,;]+/).filter(Boolean)) {
    const site = parseSite(part);
    if (!site) rejected.push(part);
    else if (!out.has(site)) {
      out.add(site);
      added.push(site);
    }
  }
  return { list: [...out].sort(), added, rejected };
}

/** Host permission patterns for a list of sites (each with its subdomains); every site when the list is empty. */
export function originsFor(sites: readonly string[]): string[] {
  if (sites.length === 0) return [...ALL_SITES];
  return sites.flatMap((s) => [`http://*.${s}/*`, `https://*.${s}/*`]);
}
