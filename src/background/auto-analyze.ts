/**
 * Automatic analysis: when the user turned it on (and granted the optional
 * host permission), a finished page load on a listed site activates Sourcelight
 * there. Never on the sites the user switched off.
 */
import type { Settings } from '../types/settings';

/** "https://www.BBC.co.uk/news" or "www.bbc.co.uk" -> "bbc.co.uk". */
export function normalizeSite(entry: string): string {
  let s = entry.trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/^\*\./, '');
  return s.replace(/^www\d*\./, '').replace(/\.$/, '');
}

/** True when `host` is one of `sites` or a subdomain of one. */
export function siteMatches(host: string, sites: readonly string[]): boolean {
  const h = normalizeSite(host);
  if (!h) return false;
  return sites.some((entry) => {
    const s = normalizeSite(entry);
    return s.length > 0 && (h === s || h.endsWith('.' + s));
  });
}

/** Whether a loaded page should be analysed automatically under these settings (permission checked separately). */
export function shouldAutoAnalyze(url: string, settings: Settings): boolean {
  if (!settings.autoAnalyze) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  if (siteMatches(u.hostname, settings.disabledSites)) return false;
  return settings.autoSites.length === 0 || siteMatches(u.hostname, settings.autoSites);
}

/** The host-permission pattern that covers a page ("https://www.bbc.co.uk/*"). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
