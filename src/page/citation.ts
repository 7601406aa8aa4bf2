/** What the card's buttons send: the claim as a draft record, a correction, a citation. Pure. */
import type { SentenceResult, Tag } from '../types/analysis';
import type { ClaimDraft, TextQuoteAnchor } from '../types/records';
import type { PageInfo } from '../types/records';

export function claimDraft(s: SentenceResult & { tag: Tag }, anchor: TextQuoteAnchor, note: string): ClaimDraft {
  const draft: ClaimDraft = {
    text: s.text,
    anchor,
    tag: s.tag,
    source: s.source,
    cue: s.cue,
    via: s.via,
    quote: s.quote ?? 'none',
    hedged: s.hedged,
    userTag: null,
    note,
    origin: 'engine',
  };
  if (s.sourceMention) draft.sourceMention = s.sourceMention;
  return draft;
}

export function selectionDraft(text: string, anchor: TextQuoteAnchor): ClaimDraft {
  return {
    text,
    anchor,
    tag: 'unattributed',
    source: null,
    cue: null,
    via: null,
    quote: 'none',
    hedged: false,
    userTag: null,
    note: '',
    origin: 'selection',
  };
}

/**
 * "Copy with citation": the sentence in quotation marks, who it rests on, then
 * the page title, publisher and URL, and the date it was copied.
 */
export function citationText(s: Pick<SentenceResult, 'text' | 'source' | 'via'>, page: PageInfo, date = new Date()): string {
  const sourcing = s.source ? `Source: ${s.source}${s.via ? ` (via ${s.via})` : ''}.` : 'Source: none given (the writer’s own assertion).';
  const title = page.title ? `“${page.title}”` : 'Untitled page';
  const publisher = page.publisher ? `, ${page.publisher}` : '';
  const url = page.canonicalUrl ?? page.url;
  return `“${s.text}”\n${sourcing}\n— ${title}${publisher}. ${url} (accessed ${date.toISOString().slice(0, 10)})`;
}
