/**
 * The key a page is stored under: the same article reached through a
 * newsletter link, a social share or an anchor link must be one page. Pure.
 */

/** Query parameters that identify the visit, not the document. Compared in lower case. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'igsh', 'mc_cid', 'mc_eid', 'ref', 'ref_src', 'ref_url', 'referrer', 'cmpid', 'cmp', 'icid',
  'ocid', 'ncid', 'smid', 'smtyp', 'sr_share', 'share', 'xtor', 'at_medium', 'at_campaign', 'at_custom1',
  'at_custom2', 'at_custom3', 'at_custom4', 's_cid', 'wt.mc_id', 'wt_mc', 'mbid', 'rss', 'taid', 'guccounter',
  'guce_referrer', 'guce_referrer_sig', 'soc_src', 'soc_trk', 'mkt_tok', 'hss_channel', '_hsenc', '_hsmi',
  'oly_enc_id', 'oly_anon_id', 'vero_id', 'vero_conv', '_ga', '_gl', 'trk', 'spm', 'ito', 'intcmp', 'int_source',
  'fb_action_ids', 'fb_action_types', 'fb_source', 'fb_ref', 'action_object_map', 'action_type_map', 'action_ref_map',
  'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'tpcc',
]);
/** Parameter prefixes of tracking families (utm_source, pk_campaign, …). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'at_', 'ga_', 'vero_', 'oly_'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

const isHttp = (u: URL): boolean => u.protocol === 'http:' || u.protocol === 'https:';

/** Host name in lower case without a leading "www." ("www.bbc.co.uk" -> "bbc.co.uk"). */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\d*\./, '');
  } catch {
    return '';
  }
}

/** Second-level labels under which the registrable domain has three labels (bbc.co.uk). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'go', 'or', 'ne', 'gob', 'nic', 'mil', 'nom', 'ltd', 'plc', 'sch']);

/** The registrable domain, by a small heuristic ("edition.cnn.com" -> "cnn.com", "news.bbc.co.uk" -> "bbc.co.uk"). */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^[\d.]+$/.test(host) || host.includes(':')) return labels.join('.');
  const keep = labels.length >= 3 && labels[labels.length - 1].length === 2 && SECOND_LEVEL.has(labels[labels.length - 2]) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

function clean(u: URL): string {
  u.hash = '';
  u.username = '';
  u.password = '';
  if (isHttp(u)) {
    const kept = [...u.searchParams].filter(([k]) => !isTracking(k));
    // Rebuilding the query only when something was dropped keeps the publisher's own encoding.
    if (kept.length !== [...u.searchParams].length) {
      u.search = kept.length ? new URLSearchParams(kept).toString() : '';
    }
    // An empty query ("a?") reads as '' but stays in href until assigned.
    if (!u.search) u.search = '';
    u.pathname = u.pathname.replace(/\/index\.html?$/i, '/');
  }
  return u.href;
}

/**
 * The canonical form of a page URL: tracking parameters, fragment, credentials,
 * default port and a trailing "index.html" removed. `canonicalLink` (the page's
 * <link rel="canonical">) wins when it is http(s) on the same site — a page
 * cannot claim to be another site's article. Invalid input comes back as given.
 */
export function canonicalizeUrl(url: string, canonicalLink?: string | null): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  if (canonicalLink && isHttp(u)) {
    try {
      const c = new URL(canonicalLink, u);
      if (isHttp(c) && registrableDomain(c.hostname) === registrableDomain(u.hostname)) return clean(c);
    } catch {
      // A broken canonical link is the publisher's bug; the address bar still identifies the page.
    }
  }
  return clean(u);
}
