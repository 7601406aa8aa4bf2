/** Output formats: coloured table, Markdown report, JSON. Pure string builders. */
import { TAG_LABELS, TAGS, type Analysis, type SentenceResult, type Tag } from '../types/analysis';
import type { CliFileResult, HtmlAnalysis } from '../types/cli';


/** ANSI colours per tag (close to the extension's palette). */
const TAG_COLOR: Record<Tag, string> = {
  'named-person': '\x1b[34m',
  organization: '\x1b[35m',
  media: '\x1b[32m',
  anonymous: '\x1b[33m',
  document: '\x1b[36m',
  unattributed: '\x1b[31m',
};
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';

export interface Style {
  color: boolean;
  /** Terminal width for wrapping the sentence column. */
  width: number;
  claimsOnly: boolean;
}

/** "14 claims: 6 named person, 3 anonymous, ..." (tags with zero left out). */
export function summaryLine(a: Analysis): string {
  const claims = a.sentences.filter((s) => s.claim).length;
  const parts = TAGS.filter((t) => a.profile[t] > 0).map((t) => `${a.profile[t]} ${TAG_LABELS[t]}`);
  const head = `${claims} claim${claims === 1 ? '' : 's'}`;
  return parts.length ? `${head}: ${parts.join(', ')}` : head;
}

function extraction(a: Analysis): HtmlAnalysis['extraction'] | null {
  return (a as Partial<HtmlAnalysis>).extraction ?? null;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, Math.max(0, n - 1)) + '…';
}

function paint(s: string, code: string, st: Style): string {
  return st.color ? code + s + RESET : s;
}

export function formatTable(r: CliFileResult, st: Style): string {
  const lines: string[] = [];
  const a = r.analysis;
  lines.push(paint(`== ${r.file}`, BOLD, st));
  if (!a) {
    lines.push(`   error: ${r.error}`);
    return lines.join('\n');
  }
  if (a.title) lines.push(`   ${a.title}`);
  const ex = extraction(a);
  if (ex && !ex.isArticle) {
    lines.push(`   not an article: ${ex.reason ?? 'no article text found'}`);
    return lines.join('\n');
  }
  const rows = a.sentences.map((s, i) => ({ s, i })).filter(({ s }) => s.claim || !st.claimsOnly);
  const w = { n: String(a.sentences.length).length, tag: 13, source: 24, cue: 14 };
  const textWidth = Math.max(30, st.width - (w.n + w.tag + w.source + w.cue + 8));
  lines.push(paint(`${'#'.padStart(w.n)}  ${'tag'.padEnd(w.tag)}  ${'source'.padEnd(w.source)}  ${'cue'.padEnd(w.cue)}  sentence`, DIM, st));
  for (const { s, i } of rows) lines.push(row(s, i + 1, w, textWidth, st));
  lines.push(paint(summaryLine(a), BOLD, st));
  return lines.join('\n');
}

function row(s: SentenceResult, n: number, w: { n: number; tag: number; source: number; cue: number }, textWidth: number, st: Style): string {
  const num = String(n).padStart(w.n);
  const text = truncate(s.text.replace(/\s+/g, ' '), textWidth);
  if (!s.claim) {
    const kind = `(${s.nonClaim ?? 'not a claim'})`;
    return paint(`${num}  ${kind.padEnd(w.tag)}  ${''.padEnd(w.source)}  ${''.padEnd(w.cue)}  ${text}`, DIM, st);
  }
  const tag = s.tag ?? 'unattributed';
  let source = s.source ?? '—';
  if (s.via) source += ` via ${s.via}`;
  const tagCell = paint(truncate(TAG_LABELS[tag] + (s.hedged ? '?' : ''), w.tag).padEnd(w.tag), TAG_COLOR[tag], st);
  return `${num}  ${tagCell}  ${truncate(source, w.source).padEnd(w.source)}  ${truncate(s.cue ?? '', w.cue).padEnd(w.cue)}  ${text}`;
}

function mdEscape(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1').replace(/\s+/g, ' ');
}

export function formatMarkdown(r: CliFileResult): string {
  const a = r.analysis;
  const out: string[] = [];
  out.push(`## ${mdEscape(a?.title || r.file)}`, '');
  out.push(`- File: \`${r.file.replace(/`/g, "'")}\``);
  if (!a) {
    out.push(`- Error: ${mdEscape(r.error ?? 'unknown error')}`, '');
    return out.join('\n');
  }
  const ex = extraction(a);
  if (a.url) out.push(`- URL: <${a.url}>`);
  if (ex?.publisher) out.push(`- Publisher: ${mdEscape(ex.publisher)}`);
  if (ex && !ex.isArticle) {
    out.push(`- Not an article: ${mdEscape(ex.reason ?? '')}`, '');
    return out.join('\n');
  }
  out.push(`- Sourcing: ${summaryLine(a)}`, '');
  const claims = a.sentences.filter((s) => s.claim);
  if (claims.length) {
    out.push('| # | tag | source | cue | via | claim |', '|---:|---|---|---|---|---|');
    claims.forEach((s, i) => {
      const tag = TAG_LABELS[s.tag ?? 'unattributed'] + (s.hedged ? ' (hedged)' : '');
      out.push(`| ${i + 1} | ${tag} | ${mdEscape(s.source ?? '')} | ${mdEscape(s.cue ?? '')} | ${mdEscape(s.via ?? '')} | ${mdEscape(s.text)} |`);
    });
    out.push('');
  }
  return out.join('\n');
}

export function formatJson(results: CliFileResult[], single: boolean): string {
  // One input: the analysis itself (or the error wrapper); several: an array of wrappers.
  if (single && results[0]?.analysis) return JSON.stringify(results[0].analysis, null, 2);
  return JSON.stringify(results, null, 2);
}

/** One line over several inputs: files, failures, claims per tag. */
export function totalsLine(results: CliFileResult[]): string {
  const ok = results.filter((r) => r.analysis);
  const profile = { 'named-person': 0, organization: 0, media: 0, anonymous: 0, document: 0, unattributed: 0 } as Analysis['profile'];
  for (const r of ok) for (const t of TAGS) profile[t] += r.analysis!.profile[t];
  const failed = results.length - ok.length;
  const claims = ok.reduce((n, r) => n + r.analysis!.sentences.filter((s) => s.claim).length, 0);
  const fake = { profile, sentences: Array.from({ length: claims }, () => ({ claim: true })) } as unknown as Analysis;
  return `${results.length} inputs${failed ? ` (${failed} failed)` : ''}: ${summaryLine(fake)}`;
}
