/**
 * Deterministic, real-looking saved claims for the benchmark, the unit tests
 * and the test build's `?synthetic=N` flag (a library of N claims without
 * writing N records). Never used by the release popup.
 */
import { TAGS, type QuoteKind, type Tag } from '../types/analysis';
import type { ClaimRecord } from '../types/records';

const SITES = ['bbc.co.uk', 'reuters.com', 'lemonde.fr', 'apnews.com', 'theguardian.com', 'spiegel.de', 'elpais.com', 'kyivindependent.com'];
const SOURCES: Record<Tag, Array<string | null>> = {
  'named-person': ['Dmitry Peskov', 'Mikhail Bogdanov', 'Kamal Lababidi', 'Ursula von der Leyen', 'José Manuel Albares', 'Zoë Kravitz'],
  organization: ['the Ministry of Foreign Affairs', 'police', 'the World Health Organization', 'the Élysée'],
  media: ['the Financial Times', 'Le Monde', 'Reuters', 'Der Spiegel'],
  anonymous: ['an HTS official', 'sources familiar with the matter', 'a senior diplomat', 'officials'],
  document: ['a UN report', 'court filings', 'the budget documents'],
  unattributed: [null],
};
const CUES = ['said', 'told reporters', 'according to', 'reported', 'wrote', 'confirmed'];
const SUBJECTS = ['Russia', 'the government', 'the company', 'the city council', 'Syria’s army', 'the central bank', 'the Élysée Palace', 'hospitals in Gaza'];
const VERBS = ['has maintained', 'withdrew', 'announced', 'evacuated', 'cut', 'raised', 'had held talks on', 'will review'];
const OBJECTS = [
  'at least 400 soldiers from Damascus',
  'interest rates by 0.25 percentage points',
  'a naval base near the city of Tartus',
  'funding for 1,200 schools',
  'the safe passage of personnel to the Hmeimim airbase',
  'its forecast for 2026 growth to 1.4%',
  'the decision after weeks of protests',
  'new rules on café opening hours',
];
const NOTES = ['', '', '', 'check the original statement', 'contradicted by the ministry later', 'follow up: numbers differ from Reuters', 'naïve reading?'];

/** A small seeded PRNG (mulberry32) so every run builds the same library. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** `n` claims over ~n/12 pages, saved over the year before `now`, newest first. */
export function syntheticClaims(n: number, now = Date.UTC(2026, 10, 20), seed = 42): ClaimRecord[] {
  const r = rng(seed);
  const out: ClaimRecord[] = [];
  const pages = Math.max(1, Math.ceil(n / 12));
  for (let i = 0; i < n; i++) {
    const p = i % pages;
    const site = SITES[p % SITES.length];
    const tag = pick(r, TAGS);
    const source = pick(r, SOURCES[tag]);
    const body = `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}`;
    const text =
      source === null
        ? `${body[0].toUpperCase()}${body.slice(1)}, in claim ${i}.`
        : `${body[0].toUpperCase()}${body.slice(1)}, ${source} ${pick(r, CUES)} (claim ${i}).`;
    const savedAt = now - Math.floor(r() * 365 * 86_400_000);
    const start = (i % 12) * 300;
    out.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      pageUrl: `https://www.${site}/news/article-${p}`,
      pageTitle: `Article ${p}: ${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}`,
      site,
      text,
      anchor: { exact: text, prefix: 'The previous sentence ends here. ', suffix: ' The next one begins.', start, end: start + text.length },
      tag,
      source,
      cue: source === null ? null : pick(r, CUES),
      via: tag === 'anonymous' && r() < 0.3 ? 'the Financial Times' : null,
      quote: pick(r, ['direct', 'partial', 'indirect', 'none'] as QuoteKind[]),
      hedged: r() < 0.15,
      userTag: r() < 0.05 ? 'not-a-claim' : null,
      note: pick(r, NOTES),
      origin: r() < 0.1 ? 'selection' : 'engine',
      savedAt,
      updatedAt: savedAt,
    });
  }
  // Newest first, as the library hands claims to the popup (listClaims).
  return out.sort((a, b) => b.savedAt - a.savedAt);
}
