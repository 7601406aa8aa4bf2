/** Real-looking pages and claims (from ../shared/examples/seed-article) for the storage tests. */
import type { ClaimDraft, PageInfo } from '../../src/types/records';
import { selectionDraft } from '../../src/page/citation';

export const PAGE: PageInfo = {
  url: 'https://www.theepochtimes.com/world/russia-syria-bases-5781234?utm_source=newsletter&utm_medium=email&fbclid=IwAR0abc#comments',
  canonicalUrl: 'https://www.theepochtimes.com/world/russia-syria-bases-5781234',
  title: 'Russia Seeks to Keep Its Bases in Syria After Assad’s Fall',
  publisher: 'The Epoch Times',
};
export const PAGE_KEY = 'https://www.theepochtimes.com/world/russia-syria-bases-5781234';

export const OTHER_PAGE: PageInfo = {
  url: 'https://www.bbc.co.uk/news/world-middle-east-67890123',
  canonicalUrl: null,
  title: 'Syria: What we know about the rebel advance',
  publisher: 'BBC News',
};

export function draft(over: Partial<ClaimDraft> = {}): ClaimDraft {
  return {
    text: '“There are no final decisions on the issue so far,” Peskov told reporters.',
    anchor: {
      exact: '“There are no final decisions on the issue so far,” Peskov told reporters.',
      prefix: 'President Bashar al-Assad.\n\n',
      suffix: ' “We are in contact with',
      start: 148,
      end: 222,
    },
    tag: 'named-person',
    source: 'Peskov',
    cue: 'told reporters',
    via: null,
    quote: 'direct',
    hedged: false,
    userTag: null,
    note: '',
    origin: 'engine',
    ...over,
  };
}

export const ANON = draft({
  text: 'According to sources, Russia has been negotiating with HTS over the two bases.',
  anchor: {
    exact: 'According to sources, Russia has been negotiating with HTS over the two bases.',
    prefix: 'the Middle East and Africa. ',
    suffix: ' Moscow, which granted',
  },
  tag: 'anonymous',
  source: 'sources',
  cue: 'according to',
  quote: 'indirect',
  hedged: false,
});

export const UNATTRIBUTED = draft({
  text: 'Since 2015, Russia has maintained a substantial military presence in Syria to support the government of former Syrian President Bashar al-Assad.',
  anchor: {
    exact: 'Since 2015, Russia has maintained a substantial military presence in Syria to support the government of former Syrian President Bashar al-Assad.',
    prefix: '',
    suffix: '\n\n“There are no final',
    start: 0,
    end: 146,
  },
  tag: 'unattributed',
  source: null,
  cue: null,
  quote: 'none',
});

/** A claim with no source, anchored by its text alone: the plain record the library tests vary. */
export function plainDraft(text: string, over: Partial<ClaimDraft> = {}): ClaimDraft {
  // The writer's own assertion, as the engine would hand it over: the selection draft's neutral fields.
  return { ...selectionDraft(text, { exact: text, prefix: '', suffix: '' }), origin: 'engine', ...over };
}

/** Deterministic ids: "id-1", "id-2", … */
export function idMaker(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

let dbCounter = 0;
/** A fresh database name per test, so tests never share state. */
export const freshName = (): string => `sourcelight-test-${process.pid}-${++dbCounter}`;
