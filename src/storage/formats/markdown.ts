/**
 * Export as Markdown, grouped by page: a heading with a link per page, then
 * its claims as a list. Page text is untrusted, so Markdown and HTML syntax in
 * it is escaped: a claim cannot turn into a link, an image (a tracking pixel in
 * a renderer) or raw HTML.
 */
import { TAG_LABELS as ENGINE_TAG_LABELS } from '../../types/analysis';
import type { ClaimRecord, PageRecord } from '../../types/records';

const TAG_LABELS: Record<string, string> = { ...ENGINE_TAG_LABELS, 'not-a-claim': 'not a claim' };

/** Inline text with Markdown and HTML meaning removed; line breaks become spaces. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()<>#+!|~&"]/g, (ch) => `\\${ch}`)
    .replace(/^(\d+)\./, '$1\\.')
    .replace(/^-/, '\\-');
}

/** A URL safe inside <…> link syntax: only http(s), with the characters that could end it encoded. */
function linkTarget(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.href.replace(/[<> ()]/g, (ch) => encodeURIComponent(ch));
  } catch {
    return null;
  }
}

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function claimLine(c: ClaimRecord): string {
  const tag = c.userTag ?? c.tag;
  const parts = [`**${TAG_LABELS[tag] ?? tag}**`];
  if (c.userTag && c.userTag !== c.tag) parts[0] += ` (engine: ${TAG_LABELS[c.tag]})`;
  if (c.source) parts.push(`${escapeMarkdown(c.source)}${c.cue ? ` (${escapeMarkdown(c.cue)})` : ''}`);
  if (c.via) parts.push(`via ${escapeMarkdown(c.via)}`);
  if (c.hedged) parts.push('hedged');
  let line = `- ${parts.join(' · ')}: “${escapeMarkdown(c.text)}”`;
  if (c.note) line += `\n  - Note: ${escapeMarkdown(c.note)}`;
  return line;
}

/**
 * The text of a .md file. Pages in order of their first saved claim, claims in
 * the order they were saved. `pages` supplies publishers; a page not in it is
 * named from the claim.
 */
export function toMarkdown(claims: ClaimRecord[], opts: { pages?: PageRecord[]; title?: string; exportedAt?: Date } = {}): string {
  const pageInfo = new Map((opts.pages ?? []).map((p) => [p.url, p]));
  const groups = new Map<string, ClaimRecord[]>();
  for (const c of [...claims].sort((a, b) => a.savedAt - b.savedAt)) {
    const g = groups.get(c.pageUrl);
    if (g) g.push(c);
    else groups.set(c.pageUrl, [c]);
  }
  const out = [`# ${escapeMarkdown(opts.title ?? 'Sourcelight claims')}`, ''];
  out.push(`${claims.length} claim${claims.length === 1 ? '' : 's'} from ${groups.size} page${groups.size === 1 ? '' : 's'}, exported ${day((opts.exportedAt ?? new Date()).getTime())}.`, '');
  for (const [url, list] of groups) {
    const page = pageInfo.get(url);
    const title = escapeMarkdown(page?.title || list[0].pageTitle || url) || escapeMarkdown(url);
    const target = linkTarget(url);
    out.push(`## ${target ? `[${title}](<${target}>)` : title}`, '');
    const meta = [page?.publisher ? escapeMarkdown(page.publisher) : escapeMarkdown(list[0].site), `saved ${day(list[0].savedAt)}`];
    out.push(`*${meta.join(' · ')}*`, '');
    for (const c of list) out.push(claimLine(c));
    out.push('');
  }
  return out.join('\n');
}
