/**
 * The engine's public surface: text in, sentences with claims and their
 * sourcing out. Pure functions over strings; no DOM, no browser API.
 */
import { emptyProfile, type Analysis, type AnalyzeOptions, type NonClaimKind, type QuoteKind, type SentenceResult, type Tag } from '../types/analysis';
// The import order sets the modules' order in the bundle, and with it what gzip finds
// within its 32 KB window: these first make the shipped engine ~380 B smaller (names, organizations and sources
// joined them in session 20: another ~60 B gzipped with build-compress's order search off, ~75 B with it on).
import './lexicon/names';
import './lexicon/hedges';
import './lexicon/events';
import './lexicon/reporting';
import { CAPTION_BLOCK_MARKERS } from './lexicon/nonclaims';
import { OUTLET_CONTEXT_NOUNS } from './lexicon/outlets';
import './lexicon/organizations';
import './lexicon/sources';
import { isHedged } from './hedge';
import { contactPhrases, findCandidates, type Candidate } from './attribution';
import { captionLine, nonClaimKind } from './nonclaim';
import { checkworthiness } from './checkworthiness';
import { splitSentences } from './split';
import { free, isWordCode, tokenize, type Token } from './tokens';
import { resolveCandidate, type Resolved } from './resolve';
import { Memory, normalizeOutlet, type Entity } from './memory';
import { NAME_PARTICLES, NOUNISH, PEOPLE_PLURAL, SPOKES, anonWords, dateWords, docWords, isDeterminer, outletDescriptions, classifyPhrase, info as mkInfo, possessive, findOutlet, genericOutlet, hasPeople, isCompanyName, isFunctionWord, outletShape, passingBody, placeIndexCovers, worthNoting, genderOf } from './classify';
import { FlagSet } from './flags';
import { wordList, wordSet } from './lexicon/expand';

export { splitSentences } from './split';

/** The attribution a sentence rests on, as carried to quotation continuations. */
interface Attribution {
  tag: Tag;
  source: string;
  via: string | null;
  entity?: Entity;
}

interface QuoteGroup {
  members: number[];
  /** Members that would be non-claims outside the quotation (a quoted question): what they revert to if nobody is found to have said them. */
  deferred: Map<number, NonClaimKind>;
  own: Attribution | null;
  fallback: Attribution | null;
  /** Opened a paragraph: a quotation standing alone, said by someone the article just named. */
  alone: boolean;
}

const HONORIFICS = new FlagSet(wordList('president|chancellor|premier|senator|sen.|governor|gov.|mayor|judge|justice|general|gen.|professor|prof.|dr.|mr.|mrs.|ms.|king|queen|prince|pope|sheikh|secretary|minister|ambassador|rep.|lt.|col.|sgt.|capt.|adm.|det.|gov|sen|rep'));
const OUTLET_CONTEXT = new Set(OUTLET_CONTEXT_NOUNS);
/** What researchers write in: their words there are the work's ("wrote in the paper"). */
const PUBLISHED_WORK = wordSet('paper|study|journal|report');
const WROTE = wordSet('wrote|write|writes|concluded|conclude|concludes|reported|report');
/** Words of a speaker about themselves: inside quotation marks, someone is speaking. */
const FIRST_PERSON = wordSet("we're|we|us|our|my|me|i've|i'm|i");
const OPENING_QUOTES = new Set(['“', '"', '«']);
/** Openings of the publisher's notes about the article itself (corrections, updates), in a sentence already read as no claim. */
const PUBLISHER_NOTE = /^(?:correct|clarif|editor|an earlier v|this (?:article|story) (?:was|has))/i;
/** How many sentences an outlet stays attached to a source without being named again. */
const VIA_CARRY = 3;

/**
 * "‘We got this wrong,’ he said.": single quotation marks opening a quotation outside double ones become double
 * marks, and the mark that closes it too. A closing mark is an apostrophe before a non-letter, except a plural
 * possessive ("the residents’ homes") inside the sentence.
 */
function doubleSingles(st: string, open: boolean, d: boolean): [string, boolean] {
  return [st.replace(/[“”"‘’']/g, (o, i: number) => {
    // A straight "'" opens only after a space and before a letter ("'We identified ..."), else closes or is an apostrophe ("U.K.'s").
    const c = o === "'" ? (open || !/\s'[a-z]/i.test((' ' + st).slice(i, i + 3)) ? '’' : '‘') : o;
    if (c === '‘') {
      if (d || open || isWordCode(st.charCodeAt(i - 1) | 0)) return o;
      open = true;
      return '“';
    }
    if (c === '’') {
      if (!open || isWordCode(st.charCodeAt(i + 1) | 0) || (st[i - 1] === 's' && st[i + 1] === ' ')) return o;
      open = false;
      return '”';
    }
    d = c === '"' ? !d : c === '“';
    return c;
  }), open];
}

function overlaps(ranges: Array<[number, number]> | undefined, s: number, e: number): boolean {
  if (!ranges) return false;
  for (const [a, b] of ranges) if (a < e && b > s) return true;
  return false;
}

/** Analyses `text` at once: the stepper below, run to its end. */
export function analyzeText(text: string, opts: AnalyzeOptions = {}): Analysis {
  const steps = analyzeSteps(text, opts);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/**
 * The engine as a resumable run, for callers that must share the thread
 * (the page): each next() analyses one sentence (the first only splits the
 * text) and yields how many sentences are SETTLED, i.e. final. Sentences
 * inside a quotation still open can be rewritten when it closes ("..." she
 * said), so the count stops before them. `sentences` receives the results as
 * they come (those from the settled count on may still change); the return
 * value is what analyzeText gives.
 */
export function* analyzeSteps(text: string, opts: AnalyzeOptions = {}, sentences: SentenceResult[] = []): Generator<number, Analysis, void> {
  const spans = splitSentences(text);
  const memory = new Memory();
  const publisher = opts.publisher ? normalizeOutlet(opts.publisher) : null;
  const profile = emptyProfile();
  let open = false;
  let prevBlock = -1;
  let last: Attribution | null = null;
  let lastBlock = -10;
  let group: QuoteGroup | null = null;
  /** The open quotation was opened with a single mark. */
  let single = false;
  /** The latest person whose words came without quotation marks, or source ending its sentence with a colon, with its
   * paragraph; the paragraph of the latest claim; whether that claim ended with the colon. */
  let person: Attribution | null = null;
  let colon = false;
  /** The last sentence was a line of the list that a colon cue line opened. */
  let items = false;
  let personBlock = -1;
  let claimBlock = -1;
  /** A paragraph read as the person's block quotation whose quotation marks the page lost. */
  let markless = -1;
  /** A paragraph opened by a correction or editor's note. */
  let noticeBlock = -1;
  /** The index a standfirst line may have: the next after the headline and the standfirst lines so far (none before a headline). */
  let deck = -1;
  /** The last line was a heading ending in a colon ("What we know so far:"), or an item after one. */
  let list = false;

  const closeGroup = (): void => {
    if (!group) return;
    const a = group.own ?? group.fallback ?? (group.alone ? aloneSpeaker(sentences, group.members[0], memory) : null);
    for (const idx of group.members) {
      const r = sentences[idx];
      if (a) {
        r.tag = a.tag;
        r.source = a.source;
        r.via = a.via;
        r.cue = null;
        r.quote = r.quote === 'none' ? 'direct' : r.quote;
        profile.unattributed--;
        profile[a.tag]++;
        if (a.entity) { last = a; memory.touch(a.entity); }
      } else {
        r.quote = 'none';
        const k = group.deferred.get(idx);
        if (k) {
          sentences[idx] = { text: r.text, start: r.start, end: r.end, claim: false, tag: null, source: null, cue: null, via: null, quote: null, hedged: false, checkworthiness: 0, nonClaim: k };
          profile.unattributed--;
        }
      }
    }
    group = null;
  };

  const captionBlocks = findCaptionBlocks(text, spans);
  const seenRuns = new Map<string, Entity | null>();
  for (let si = 0; si < spans.length; si++) {
    // Everything before the open quotation's first member is final.
    // An unnamed official in the lede may be named by the next sentence (ledeNamed): not final until then.
    yield group?.members.length ? group.members[0] : sentences.length - (ledeOfficial(sentences) ? 1 : 0);
    const span = spans[si];
    memory.sentence = si;
    const raw = text.slice(span.start, span.end);
    const newBlock = span.block !== prevBlock;
    // "The report says:" ¶ "“Pay must rise." ¶ "Night shifts must end.”": a quotation opened in the paragraph after a colon cue
    // line runs on to its closing mark, though no mark reopens it (the guide: each sentence inherits the quotation's attribution);
    // a few paragraphs at most, as a closing mark the page lost would otherwise hand it the rest of the article.
    const runOn = newBlock && open && markless === prevBlock && span.block - personBlock < 6 && !OPENING_QUOTES.has(raw[0]);
    const openBefore = (open && !newBlock) || runOn;
    // British quotation marks read as double ones (same length, so offsets hold): "‘..." then runs on like "“...".
    let st = raw;
    // (lastIndexOf, and a straight quote looked for first: V8's includes stops at every space looking for "‘" or " '".)
    if (single || raw.lastIndexOf('‘') >= 0 || (raw.includes("'") && (raw[0] === "'" || raw.includes(" '")))) [st, single] = doubleSingles(raw, single && openBefore, openBefore && !single);
    // A quotation that runs on into the next paragraph reopens it with a quotation mark.
    const paraContinues = newBlock && open && OPENING_QUOTES.has(st[0]);
    if (newBlock && !paraContinues) closeGroup();
    prevBlock = span.block;
    const tk = tokenize(st, openBefore);
    const tokens = tk.tokens;
    open = tk.openAtEnd;

    let forced: NonClaimKind | null = null;
    if (overlaps(opts.headings, span.start, span.end)) forced = 'heading';
    else if (overlaps(opts.nonClaims, span.start, span.end)) forced = /^by\s/i.test(st) ? 'byline' : 'caption';
    else if (captionBlocks?.has(span.block)) forced = 'caption';
    else if (span.block === noticeBlock) forced = 'instruction';

    const cands = forced ? [] : findCandidates(st, tokens);
    let kind: NonClaimKind | null | undefined = forced ?? nonClaimKind(st, tokens, span.wholeBlock, cands.length > 0, list || si === deck);
    // "Analysts offered two theories:": a group opening a colon line that tells, in the past tense, what it did introduces
    // what it said (CONVENTIONS: a list introduced by a source); "Residents face three choices:" is the writer's.
    let h = 0;
    while (isDeterminer(tokens[h]?.l!)) h++;
    const w = tokens[h]?.l!;
    const lead = kind === 'heading' && /ed .*:$/.test(st) && (PEOPLE_PLURAL.test(w) || (anonWords.has(w) && w.endsWith('s')));
    // "The memo lays out three demands:", "... gave the Ledger a memo setting out the demands, which include:": the list is the document's.
    const owner = forced || !st.endsWith(':') ? null : listOwner(st, tokens);
    if (lead || owner) kind = null;
    // CONVENTIONS: a standfirst or highlights under the headline are claims; so are the items of a list after a bare colon line.
    list = kind === undefined ? (deck++, true) : kind === 'heading' && st.endsWith(':');
    // "Mayor Vera Lund said:" ¶ "The canal must be cleared" ¶ "Tram fares will stay frozen": lines without end punctuation
    // after a cue line that ends in a colon are the speaker's items, not headings.
    const item: boolean = kind === 'heading' && !forced && newBlock && (colon || items) && !!person;
    if (item) kind = null;
    // (A word's text is never a quotation mark.)
    const startsQuote = OPENING_QUOTES.has(tokens[0]?.t);
    let deferred: NonClaimKind | null = null;
    if ((kind === 'question' || kind === 'fragment' || kind === 'opinion') && !forced && (openBefore || paraContinues || (startsQuote && tk.openAtEnd))) {
      // "“For him to hold up Camden as an example? Give me a break,” Doherty said.": a question or an
      // exclamation inside someone's quotation is what they said, carried like the rest of it; so is their "I feel ...".
      deferred = kind;
      kind = null;
    }
    if (kind) {
      // "Correction: An earlier version ... It was an E175, not an E170.": the publisher's note about the article, to its paragraph's end.
      if (newBlock && PUBLISHER_NOTE.test(st)) noticeBlock = span.block;
      closeGroup();
      open = false;
      last = null;
      sentences.push({ text: raw, start: span.start, end: span.end, claim: false, tag: null, source: null, cue: null, via: null, quote: null, hedged: false, checkworthiness: 0, nonClaim: kind });
      if (si === 0) { headlinePair(st, tokens, memory); deck = 1; }
      continue;
    }

    let main: Decision | null = lead ? { tag: 'anonymous', source: st.slice(tokens[0].s, tokens[h].e), cue: null, via: null } : item ? { ...(person as Attribution), cue: null } : decide(st, tokens, cands, memory, publisher, si);
    main ??= owner;
    // "Zuckerberg said at the trial. ¶ I've been building relationships ...": a paragraph in the first person, with no
    // quotation marks and no cue, right after a person's words given without any, is their block quotation stripped of its marks;
    // "The ministry said in a statement: ¶ The border ...": a paragraph after a colon is what the source said.
    if (!main && (runOn || (newBlock && person && personBlock === claimBlock && (colon || (firstPerson(tokens, false) && !/["“”]/.test(st)))))) markless = span.block;
    // "Analysts offered two theories: ¶ • Prices rose too fast. ¶ • Buyers waited.": every bulleted line after a colon cue
    // line is an item of the speaker's list (CONVENTIONS), not only the first paragraph.
    const bulleted: boolean = newBlock && (colon || items) && !!person && /^[•▪–-]/.test(st);
    if (!main && person && (markless === span.block || bulleted)) main = { ...(person as Attribution), cue: null };
    if (main) ledeNamed(sentences, profile, main);
    // People named in passing come after the source in recency: "he" in the next sentence is still the source.
    noteHonorifics(st, tokens, memory, si);
    // ("The nurses, members of Nurses for Clinics, ...": the subject first, so that a body named after it is the nearer
    // for a later "the nurses"; "they" skips a body named in passing.)
    if (!main || main.entity?.passing) noteSubject(st, tokens, memory, si);
    // Bodies and people named in the writer's own sentences, for a later "the company", "she" or "both men".
    // Around a source's words only bodies are noted: people named there are seldom the next "she" (but one asked replies).
    notePassing(st, tokens, memory, si, seenRuns, !main || main.cue === 'asked');
    noteTitled(st, memory, si);
    memory.touch(main?.entity);
    // "Council records show Pilecki has chaired ...", "In 2019 Varga was told by a surgeon that ...": a sentence whose source is a
    // document, or an unnamed speaker named in passing, is about the people it names, the nearer for a later "she".
    if (main?.tag === 'document' || main?.entity?.passing) for (const t of tokens) if (t.cap) memory.touch(memory.byNameWord(t.b));
    // "Hart quit, according to a person close to her. She told ...": the one the sentence is about, not the one it cites, is the next "she".
    if (/^acc/i.test(main?.cue!)) {
      if (main!.entity) main!.entity.citedHere = true;
      noteSubject(st, tokens, memory, si);
    }
    const hedged = isHedged(tokens, main !== null);
    let quote: QuoteKind = 'none';
    let wordsTotal = 0;
    let quoted = 0;
    for (let k = 0; k < tokens.length; k++) if (tokens[k].word) { wordsTotal++; if (tokens[k].q) quoted++; }
    const allQuoted = wordsTotal > 0 && quoted === wordsTotal;
    if (main) quote = markless === span.block && !main.cue ? 'direct' : quoted ? quoteKind(tokens, cands) : 'indirect';

    const result: SentenceResult = {
      text: raw, start: span.start, end: span.end, claim: true,
      tag: main ? main.tag : 'unattributed',
      source: main ? main.source : null,
      cue: main ? main.cue : null,
      via: main ? main.via : null,
      quote,
      hedged,
      checkworthiness: 0,
    };
    if (main?.mention) result.sourceMention = main.mention;
    result.checkworthiness = checkworthiness(tokens, !!main, quote === 'direct', hedged);
    const idx = sentences.length;
    sentences.push(result);
    profile[result.tag as Tag]++;

    // Quotations over several sentences.
    const member = openBefore || paraContinues || (startsQuote && (tk.openAtEnd || allQuoted));
    const attr: Attribution | null = main ? { tag: main.tag, source: main.source, via: main.via, entity: main.entity } : null;
    if (member) {
      if (!group) group = { members: [], deferred: new Map(), own: null, fallback: last && span.block - lastBlock <= 1 ? last : null, alone: newBlock && startsQuote };
      if (attr) group.own = attr;
      else {
        group.members.push(idx);
        if (deferred) group.deferred.set(idx, deferred);
        result.quote = allQuoted ? 'direct' : 'partial';
      }
      if (!tk.openAtEnd) closeGroup();
    }
    if (attr) { last = attr; lastBlock = span.block; }
    // ("“...,” said Foreman. He worked in a mill. “I think it has to get better.": the writer's line about the speaker keeps them,
    // for a quotation in this paragraph or opening the next.)
    // (Only while a speaker is kept: without one there is nothing to keep, and most sentences of the writer's skip the search.)
    else if (!member && last) {
      const he = tokens.find((t) => t.l === 'he' || t.l === 'she')?.l;
      if (he && memory.person(he === 'he' ? 'm' : 'f') === last.entity) lastBlock = span.block;
      else last = null;
    }
    colon = attr !== null && st.endsWith(':');
    items = item || (bulleted && !main?.cue);
    if (attr && (colon || attr.tag === 'named-person') && markless !== span.block) { person = (colon || quote === 'indirect') && !main!.mute ? attr : null; personBlock = span.block; }
    claimBlock = span.block;
  }
  closeGroup();
  return { title: opts.title ?? '', url: opts.url ?? null, text, sentences, profile };
}

/**
 * The document a colon line hands its list to: the last one named before a verb of containing or presenting (Levin 47.8
 * "contain, include"; "list", "detail", "outline", "set/lay/spell out"), as its subject ("The memo lays out three demands:"),
 * an object the verb describes ("gave X a memo setting out ...", "which include:") or a possessive ("The memo's demands include:").
 */
function listOwner(st: string, tokens: Token[]): Decision | null {
  const m = /\b(?:(?:set|la(?:y|id)|spel)\w* out|contain|list|detail|outlin|includ(?!i))\w*/.exec(st);
  let j = m ? tokens.findIndex((t) => t.s >= m.index) : 0;
  while (--j >= 0 && !(docWords.has(tokens[j].b) && !(tokens[j].cap && j)));
  // From the determiner ("a memo", "The union’s memo") when there is one.
  const s = [j - 1, j - 2, j - 3].find((k) => isDeterminer(tokens[k]?.l)) ?? j;
  // ("In a statement, ...": the document a speaker spoke in.)
  return j < 0 || LEADING_PHRASE.has(tokens[s - 1]?.l) ? null : { tag: 'document', source: st.slice(tokens[s].s, tokens[j].s + tokens[j].b.length), cue: s ? null : m![0], via: null };
}

/** How far from either end of a paragraph a photo credit is looked for. */
const CREDIT_REACH = 60;
/** Longest paragraph read as a possible caption with its credit. */
const CAPTION_MAX_CHARS = 320;

/**
 * A photo credit at either end of a paragraph ("Image: Reuters", "... AP Photo/Jane Doe"): only there is it looked for,
 * and only with a slash, a colon or a bracket there, which a credit nearly always has.
 */
function credited(text: string, s: number, e: number): boolean {
  const ends = text.slice(s, Math.min(e, s + CREDIT_REACH)) + text.slice(Math.max(s, e - CREDIT_REACH), e);
  if (!/[/:(]/.test(ends)) return false;
  const low = (e - s <= CREDIT_REACH * 2 ? text.slice(s, e) : ends).toLowerCase();
  return CAPTION_BLOCK_MARKERS.some((m) => low.includes(m));
}

/** Blocks that are short paragraphs carrying a photo credit, or pull quotes: all their sentences are caption. */
function findCaptionBlocks(text: string, spans: ReturnType<typeof splitSentences>): Set<number> | null {
  let out: Set<number> | null = null;
  for (let i = 0; i < spans.length;) {
    const b = spans[i].block;
    let j = i;
    while (j < spans.length && spans[j].block === b) j++;
    const s = spans[i].start;
    const e = spans[j - 1].end;
    // A paragraph that is one quotation and nothing else, whose opening words the article prints again elsewhere: a pull quote.
    const q = OPENING_QUOTES.has(text[s]) && '"”'.includes(text[e - 1]) && text.indexOf(text[e - 1] === '"' ? '"' : '”', s + 1) === e - 1 ? text.slice(s + 1, s + 41) : '';
    if (
      (q.length > 39 && (text.indexOf(q, e) > 0 || text.lastIndexOf(q, s) >= 0)) ||
      (j - i <= 3 && e - s <= CAPTION_MAX_CHARS && credited(text, s, e)) ||
      // A short paragraph of two or three sentences, none quoted, the last without a full stop: a caption or a pull quote's credit.
      (i > 0 && captionLine(text, s, e, j - i))
    ) (out ??= new Set()).add(b);
    i = j;
  }
  return out;
}

interface Decision {
  tag: Tag;
  source: string;
  mention?: string;
  cue: string | null;
  via: string | null;
  entity?: Entity;
  /** "declined to comment", "did not respond": no words of theirs for a markless first-person paragraph to carry on. */
  mute?: boolean;
}

/** Picks the attribution the main clause rests on, with the outlet it came through. */
function decide(st: string, tokens: Token[], cands: Candidate[], memory: Memory, publisher: string | null, si: number): Decision | null {
  if (!cands.length) return firstPersonQuote(tokens, memory);
  const resolved: Resolved[] = [];
  for (const c of cands) {
    const r = resolveCandidate(st, tokens, c, memory);
    if (!r) continue;
    if (c.documentOnly && r.tag !== 'document') continue;
    // "Velmora said in a statement", "Orvisto said in a filing": a one-word name that no earlier sentence gave a person, speaking
    // through a body's written channel, is the body. (Its name words stay: a later bare "Velmora said" reads as before, the same
    // whether the page is analysed whole or in chunks that carry only the previous piece as context.)
    const w = tokens[c.subjS].b;
    const known = memory.knowsName(w);
    if (r.info && c.subjE - c.subjS === 1) {
      if (r.tag === 'named-person' && !known && /(statement|filing|release)$/.test(c.cue)) r.info = { ...r.info, tag: r.tag = 'organization' };
      if (r.outlet && !r.mention && known) {
        // "Bloomberg said" after "Michael R. Bloomberg": an outlet's name that the article gave a person is the person.
        r.info = { ...r.info, tag: 'named-person', source: r.source, key: w, nameWords: [w], outlet: undefined };
        r.tag = 'named-person';
        r.outlet = false;
      }
    }
    if (r.info) {
      // ("..., a total she never checked until a clerk told her."): an unnamed speaker inside a clause that is not the main one is
      // named only in passing, so a later "she said" still means the one the sentence is about (the main clause decides); so is
      // one who tells the one it is about ("A surgeon told her that ...", "Varga was told by a surgeon that ...").
      const ent = r.tag === 'anonymous' && !r.info.plural && (c.subordinate || /^(by|h(er|im))$/.test(tokens[c.cueE].l) || /^h(er|im)$/.test(tokens[c.cueE + 1]?.l)) ? memory.notePassingPerson(r.info, si) : memory.note(r.info, si);
      r.entity = ent;
      if (ent.outlet && (r.tag === 'named-person' || r.mention)) {
        // A journalist of another outlet, known from earlier ("Wee of the New York Times").
        r.tag = 'media';
        r.mention = r.mention ?? r.source;
        r.source = ent.outlet;
        r.outlet = true;
      }
    } else memory.touch(r.entity);
    resolved.push(r);
  }
  if (!resolved.length) return null;
  let pool = resolved.filter((r) => !r.cand.subordinate && !r.cand.embedded);
  if (!pool.length) return null;
  // "..., said Morris, who is the uncle of X – a charge her family deny.": a cue in the relative clause describes the speaker.
  const inv = pool.find((r) => r.cand.kind === 'verb' && r.cand.cueE < r.cand.subjS && tokens[r.cand.subjE]?.t === ',' && tokens[r.cand.subjE + 1]?.l === 'who');
  if (inv) pool = pool.filter((r) => r === inv || r.cand.subjS < inv.cand.subjE);
  const ends = pool.filter((r) => r.cand.atEnd && !r.outlet);
  let main = ends.at(-1) ?? pool[0];
  if (main.cand.kind === 'according' && (main.tag === 'document' || /(statement|release)$/.test(main.source))) {
    // "“...,” he told settler leaders, according to a statement.": the statement is the channel, the speaker the source.
    // Without quoted words the document tells the reader the whole of it ("Farrow replied with an emoji, according to the filing").
    const speaker = tokens.some((t) => t.q) && pool.find((r) => r !== main && r.cand.kind === 'verb' && r.tag !== 'document' && !r.outlet);
    if (speaker) main = speaker;
  }
  let via: string | null = null;
  // "told The Times" in the Los Angeles Times, "the Post" in The Washington Post: the publisher by its short name.
  const isPublisher = (s: string): boolean => publisher !== null && ` ${publisher}`.endsWith(` ${normalizeOutlet(s)}`);
  if (main.outlet) {
    const other = resolved.find((r) => r !== main && !r.outlet && !r.cand.subordinate);
    if (other) {
      via = main.source;
      main = other;
    }
  } else {
    const outletCand = resolved.find((r) => r !== main && r.outlet && !r.cand.subordinate && !r.cand.embedded);
    if (outletCand) via = outletCand.source;
  }
  if (!via && !main.outlet) {
    // "told the newspaper", "Speaking to the Financial Times"
    const ranges: Array<[number, number]> = [];
    if (main.cand.spokeTo) ranges.push(main.cand.spokeTo);
    for (const r of contactPhrases(tokens)) ranges.push(r);
    for (let k = 0; k < ranges.length && !via; k++) via = outletIn(st, tokens, ranges[k][0], ranges[k][1], memory, si, main.cand.spokeTo !== null && k === 0);
    // "An internal email obtained by the Guardian shows", "a draft seen by Bloomberg": the outlet that saw the document.
    if (!via && main.tag === 'document') via = documentSeenBy(st, tokens, main.cand, memory, si);
  }
  if (via && isPublisher(via)) via = null;
  // "A Courier review of crash data found" in the Courier: the publisher's own review is the writer's assertion (CONVENTIONS).
  if (main.tag === 'document' && tokens.slice(main.cand.subjS, main.cand.subjE).some((t, k, a) => t.cap && isPublisher(t.t) && docWords.has(a[k + 1]?.b))) return null;
  if (main.outlet && isPublisher(main.source)) return null;
  if (main.entity) {
    // A source who spoke to an outlet keeps it for the sentences that carry on about them.
    if (via) { main.entity.via = via; main.entity.viaAt = si; }
    else if (main.entity.via && si - main.entity.viaAt <= VIA_CARRY) { via = main.entity.via; main.entity.viaAt = si; }
  }
  // "the Rodong Sinmun said in a commentary": whoever speaks in commentaries and dispatches is an outlet.
  if ((main.tag === 'named-person' || main.tag === 'organization') && !main.mention && OUTLET_CONTEXT.has(tokens[main.cand.cueE].l)) {
    main.tag = 'media';
    if (main.entity) { main.entity.tag = 'media'; main.entity.outlet = null; }
  }
  // "the researchers wrote in the paper": the authors speak for their published work; so do researchers in a
  // sentence about their study ("in a study of 4,800 people, researchers reported Wednesday") or reporting it ("..., researchers report").
  if (main.tag === 'anonymous' && ((main.cand.cueE > main.cand.cueS && PUBLISHED_WORK.has(tokens[main.cand.cueE].l) && WROTE.has(tokens[main.cand.cueS].l)) || (/researchers$/i.test(main.source) && tokens.some((t) => PUBLISHED_WORK.has(t.b))))) {
    main.tag = 'document';
    if (main.entity) main.entity.tag = 'document';
  }
  const d: Decision = { tag: main.tag, source: main.source, cue: main.cand.cue, via, entity: main.entity, mute: main.cand.kind === 'no-comment' };
  if (main.mention && main.mention !== main.source) d.mention = main.mention;
  return d;
}

/**
 * "“It has been slow,” said Yearout. With his crews idle, “I never see the town coming back” ...": words in the
 * first person inside quotation marks are somebody's; with no cue, the person quoted or described just before.
 */
function firstPersonQuote(tokens: Token[], memory: Memory): Decision | null {
  // A quotation opened before, or running on into the next sentence (which may name its speaker), decides for itself.
  const end = tokens.at(-1);
  if ((tokens[0]?.q && tokens[0].word) || (end && !end.word && end.q && end.t !== '”' && end.t !== '"')) return null;
  const ent = firstPerson(tokens, true) ? memory.justNamed(2) : undefined;
  return ent?.tag === 'named-person' ? { tag: ent.tag, source: ent.surface, cue: null, via: null, entity: ent } : null;
}

/** Words of a speaker about themselves ("I've been building ..."; not "the US"), inside quotation marks or outside. */
function firstPerson(tokens: Token[], quoted: boolean): boolean {
  // An index, not for-of (as in every loop over a sentence's tokens): cold, the interpreter's array iterator costs more than this body.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.q === quoted && !t.upper && FIRST_PERSON.has(t.l.replace('’', "'"))) return true;
  }
  return false;
}

/**
 * "“We are not foreigners in this land. ...”" as a paragraph of its own, with no cue: in news, a person's words,
 * the person named in the claim just before ("But for Parata and his family ...", "..., says Te Kaurinui.").
 */
function aloneSpeaker(sentences: SentenceResult[], first: number, memory: Memory): Attribution | null {
  let k = first - 1;
  while (k >= 0 && !sentences[k].claim) k--;
  if (k < 0) return null;
  // Built here, not written as a literal: V8 checks a literal when it loads the script, and for \p{L} that builds
  // the set of all letters, a cost on every page for a rule few pages reach.
  for (const m of sentences[k].text.matchAll(new RegExp("[A-Z][\\p{L}’'-]+", 'gu'))) {
    const ent = memory.byNameWord(m[0].toLowerCase(), true);
    if (ent?.tag === 'named-person') return { tag: ent.tag, source: ent.surface, via: null, entity: ent };
  }
  return null;
}

/** The last sentence, among the first four, rests on an unnamed official ("A top Federal Reserve official criticized ..."). */
function ledeOfficial(sentences: SentenceResult[]): SentenceResult | undefined {
  const prev = sentences.at(-1);
  return sentences.length < 5 && prev?.tag === 'anonymous' && !prev.sourceMention && /^An? /.test(prev.source ?? '') ? prev : undefined;
}

/** "A top Federal Reserve official criticized ..." then "Federal Reserve Bank President Thomas Hoenig ... said": the lede's official is the person named next, by a shared capitalised word. */
function ledeNamed(sentences: SentenceResult[], profile: Analysis['profile'], main: Decision): void {
  const prev = ledeOfficial(sentences);
  const words = main.tag === 'named-person' ? main.entity?.words : undefined;
  if (prev && words && (prev.source?.match(/\b[A-Z]\w\w+/g) ?? []).some((w) => words.has(w.toLowerCase()))) {
    prev.sourceMention = prev.source as string;
    prev.source = main.source;
    prev.tag = 'named-person';
    profile.anonymous--;
    profile['named-person']++;
  }
}

/** The outlet named by tokens [s, e), resolving "the newspaper" to the last outlet. */
function outletIn(st: string, tokens: Token[], s: number, e: number, memory: Memory, si: number, listener = false): string | null {
  // "told CBS affiliate WXYZ": the station, not its network.
  const o = (listener ? affiliate(tokens, s, e) : null) ?? findOutlet(tokens, s, e);
  if (o) {
    const info = classifyPhrase(st, tokens, o[0], o[1]);
    const name = st.slice(tokens[o[0]].s, tokens[o[1] - 1].e);
    if (info) memory.note({ ...info, tag: 'media', source: name, key: name.toLowerCase(), outlet: name }, si, true);
    return name;
  }
  const g = genericOutlet(tokens, s, e);
  if (g) return st.slice(tokens[g[0]].s, tokens[g[1] - 1].e);
  if (tokens[s].l === 'the' && e - s <= 3) {
    const head = tokens[e - 1].l;
    // Nouns for an outlet in "told the newspaper", "the paper reported": the outlet descriptions (a token has no space), and "agency".
    if (outletDescriptions.has(head) || head === 'agency') {
      const ent = memory.outlet();
      if (ent) return ent.surface;
      // "told the outlet" with no outlet named: still another outlet (the paper itself says "told The Times").
      if (e - s === 2 && head !== 'newspaper' && head !== 'paper' && head !== 'agency') return st.slice(tokens[s].s, tokens[e - 1].e);
    }
  }
  if (!listener) return null;
  const shape = outletShape(tokens, s, e);
  if (shape) {
    const name = st.slice(tokens[shape[0]].s, tokens[shape[1] - 1].e);
    memory.note(mkInfo([], null, 'media', name, false, undefined, name), si, true);
    return name;
  }
  return null;
}

/** The outlet after "obtained / seen / reviewed by" in a document's subject, up to its cue, or right after it. */
function documentSeenBy(st: string, tokens: Token[], c: Candidate, memory: Memory, si: number): string | null {
  for (let k = c.subjS, end = Math.max(c.subjE + 1, c.apposE, c.cueS); k < end; k++) {
    if (tokens[k + 1]?.l !== 'by' || !/^(?:obtained|seen|reviewed)$/.test(tokens[k].l)) continue;
    // "by The Washington Post", "by the newspaper": capitalised words, or the one word after "the".
    let e = k + 2;
    while (tokens[e]?.word && (tokens[e].cap || tokens[e].l === 'the' || tokens[e - 1].l === 'the')) e++;
    return e > k + 2 ? outletIn(st, tokens, k + 2, e, memory, si) : null;
  }
  return null;
}

/** "CBS affiliate WXYZ": the station's name after "affiliate". */
function affiliate(tokens: Token[], s: number, e: number): [number, number] | null {
  const r = outletShape(tokens, s, e);
  // (outletShape starts after s only for the name after "affiliate" or "station".)
  return r && r[0] > s ? r : null;
}

/** direct / partial / indirect for an attributed sentence with quoted words (without any it is indirect). */
function quoteKind(tokens: Token[], cands: Candidate[]): QuoteKind {
  // The tokens of the attributions, marked once: every question below asks it of many tokens.
  const attr: boolean[] = [];
  // "Asked why he settled on Sanders, Blocker said, “...”": the question put to the source frames the quotation.
  if (tokens[0].l === 'asked') {
    let lead = 0;
    while (lead < tokens.length && tokens[lead].t !== ',' && !tokens[lead].q) lead++;
    if (tokens[lead]?.t === ',') while (lead > 0) attr[--lead] = true;
  }
  for (const c of cands) {
    const b = c.atEnd ? tokens.length : Math.max(c.subjE, c.apposE, c.cueE + 1, c.spokeTo ? c.spokeTo[1] : 0);
    for (let k = Math.min(c.subjS, c.cueS); k < b; k++) attr[k] = true;
  }
  let free = 0;
  let startsQuoted: boolean | undefined;
  let firstIsAttr: boolean | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    startsQuoted ??= t.q;
    if (t.q) continue;
    firstIsAttr ??= attr[k] === true;
    if (!attr[k]) free++;
  }
  // "“...,” said X, a professor at Y, referring to Z": the quotation is the content.
  if (startsQuoted && firstIsAttr) return 'direct';
  // "Wallace asked Trump: “Done?”": a colon hands the whole content to the quotation.
  const q = firstQuoted(tokens);
  const colon = (q >= 1 && tokens[q - 1].t === ':') || (q >= 2 && !tokens[q - 1].word && tokens[q - 2].t === ':');
  if (colon && !freeWord(tokens, q, tokens.length, attr) && freeSinceAttribution(tokens, q, attr) <= 2) return 'direct';
  // "The UK has urged an “end to the violence”": the writer's words lead into the quoted ones;
  // "X said that “...”": the complementiser is not the writer's own wording.
  if (!startsQuoted && freeWord(tokens, 0, q, attr, 'that')) return 'partial';
  return free <= 2 ? 'direct' : 'partial';
}

/** Index of the first quoted word, or the token count. */
function firstQuoted(tokens: Token[]): number {
  for (let k = 0; k < tokens.length; k++) if (tokens[k].word && tokens[k].q) return k;
  return tokens.length;
}

/** Whether tokens [s, e) have an unquoted word outside the attributions (other than `except`). */
function freeWord(tokens: Token[], s: number, e: number, attr: boolean[], except = ''): boolean {
  for (let k = s; k < e; k++) if (free(tokens[k]) && !attr[k] && tokens[k].l !== except) return true;
  return false;
}

/** Unquoted words between the last attribution word before token q and q ("asked Trump:" has one). */
function freeSinceAttribution(tokens: Token[], q: number, attr: boolean[]): number {
  let count = 0;
  for (let k = q - 1; k >= 0; k--) {
    if (!free(tokens[k])) continue;
    if (attr[k]) return count;
    count++;
  }
  return count;
}

/** Remembers people named with an honorific ("Mr. Trump", "President Trump") for a later "he" or "the president". */
function noteHonorifics(st: string, tokens: Token[], memory: Memory, si: number): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.cap || t.q || (t.f & HONORIFICS.bit) !== 0) continue;
    const p = tokens[k - 1];
    if (!free(p) || (p.f & HONORIFICS.bit) === 0) continue;
    if (!p.cap && p.l !== 'mr.' && p.l !== 'ms.' && p.l !== 'mrs.') continue;
    let e = k;
    while (tokens[e]?.cap && (tokens[e].f & HONORIFICS.bit) === 0) e++;
    if (e - k > 3) continue;
    const info = classifyPhrase(st, tokens, k - 1, e, e, true);
    if (info?.tag === 'named-person') {
      // "President Obama" after "Michelle Obama": the surname alone does not rename the one named in full.
      const known = info.nameWords?.length === 1 ? memory.byNameWord(info.key) : undefined;
      const full = known?.names.size! > 1 ? known!.surface : null;
      const ent = memory.note(info, si);
      if (full !== null && ent === known) ent.surface = full;
    }
    k = e;
  }
}

/** Roles written before a name ("Salesforce founder and CEO Marc Benioff"); any "co-" role is read by its prefix. */
const ROLE_WORDS = wordSet('director|head|leader|chairman|chairwoman|ceo|founder|executive|manager|spokesman|spokeswoman|president|chief|owner|host|anchor|editor|coach|secretary|minister');
/** What only a company has: "Zyphra’s shares", "Zyphra’s revenue". */
const COMPANY_THINGS = wordSet('profit|profits|customers|shares|sales|ceo|stock|revenue');
const RUN_LINKS = new Set([...wordList('of|for|and|&|on'), ...NAME_PARTICLES]);

/**
 * Remembers bodies and pairs of people named in passing ("Parents sued the Elk
 * Grove School District"), for a later "the school district", "the company" or "both men".
 */
function notePassing(st: string, tokens: Token[], memory: Memory, si: number, seen: Map<string, Entity | null>, people: boolean): void {
  const n = tokens.length;
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    if (!t.cap || t.q || (k === 0 && isFunctionWord(t.l))) continue;
    // "Shares of Nordwind Energy": a common noun capitalised only because it opens the sentence.
    if (k === 0 && (tokens[1]?.l === 'of' || tokens[1]?.l === 'for')) { k = 1; continue; }
    let e = k + 1;
    // ("Council on Foreign Relations", not "met Maria Lopez on Monday".)
    while (e - k < 9 && free(tokens[e]) && (tokens[e].cap || (RUN_LINKS.has(tokens[e].l) && tokens[e + 1]?.word && !dateWords.has(tokens[e + 1].l) && (tokens[e + 1].cap || RUN_LINKS.has(tokens[e + 1].l))))) e++;
    if ((e === k + 1 && ((k > 1 && tokens[k - 1].l === 'of' && (tokens[k - 2].l === 'shares' || tokens[k - 2].l === 'stock')) || (SPOKES.has(tokens[e]?.l) && !memory.knowsName(t.b)))) || (t.b !== t.l && COMPANY_THINGS.has(tokens[k + 1]?.l))) {
      // "Shares of Zyphra", "Zyphra’s CEO", "a Roscosmos spokesperson": a body, so a later "Zyphra said" is no person.
      const name = t.t.slice(0, t.b.length);
      memory.note(mkInfo([t.b], null, 'organization', name, false, t.b), si, true, true);
    }
    // "co-host Gayle King": a later "King asked" names her, even though she was only named in passing.
    let ne = k + 1;
    while (ne < e && tokens[ne].cap) ne++;
    // "When Patrick walked in" after "Deval Patrick": the latest naming becomes the one a later "he" reports under.
    const named = ne === k + 1 && t.b === t.l && (k > 0 || !isFunctionWord(t.l)) ? memory.byName.get(t.b) : undefined;
    if (named?.tag === 'named-person' && !named.plural && named.names.size > 1) named.surface = t.t;
    if (ne - k >= 2 && !isFunctionWord(tokens[k].l)) {
      // A capitalised run of two or more words ("Gayle King", "Paul Expert"): its last word may later name the person alone.
      memory.surnames.add(tokens[ne - 1].b);
      if (k > 0 && ne - k <= 3 && !tokens[k - 1].cap && (ROLE_WORDS.has(tokens[k - 1].l) || tokens[k - 1].l.startsWith('co-'))) noteRole(st, tokens, k, ne, memory, si);
    }
    const s = k > 0 && tokens[k - 1].l === 'the' ? k - 1 : k;
    if (!worthNoting(tokens, s, e, people) || placeIndexCovers(tokens, s, e)) {
      // "the hopeful, Deval Patrick, would stop by": a two-word name mid-sentence, for a later "he" while nobody else is known.
      const name = people && !memory.people && s === k && k > 0 && e - k === 2 ? st.slice(tokens[k].s, tokens[e - 1].e) : null;
      if (name !== null && !seen.has(name)) {
        seen.set(name, null);
        const info = classifyPhrase(st, tokens, k, e, e, true);
        if (info?.tag === 'named-person' && !info.plural) memory.notePassingPerson(info, si);
      }
      k = e;
      continue;
    }
    // A name seen before in this article is classified once.
    const runText = st.slice(tokens[s].s, tokens[e - 1].e);
    const known = seen.get(runText);
    if (known !== undefined) {
      if (known?.passing && known.tag !== 'named-person') memory.touch(known);
      k = e;
      continue;
    }
    seen.set(runText, null);
    // ("The Harbour Trust bought two tugs. It said ...": a body opening the writer's own sentence (people) is its subject, not named
    // in passing: a later "it" or "they" can mean it.)
    if (people && (tokens[k].l !== 'the') && hasPeople(tokens, k, e)) {
      // Two people joined by "and", or one whose first name tells the gender.
      const info = classifyPhrase(st, tokens, s, e, e, true);
      // (Two people together too, without moving them ahead of the subject: "Fishermen met Ana Lee and Tom Hale. They said".)
      if (info?.tag === 'named-person') memory.notePassingPerson(info, si);
      else if (info?.tag === 'organization') seen.set(runText, memory.note(info, si, s > 0 || !people, isCompanyName(tokens, s, e)));
    } else {
      const info = passingBody(st, tokens, s, e);
      if (info) seen.set(runText, memory.note(info, si, s > 0 || !people, isCompanyName(tokens, s, e)));
    }
    k = e;
  }
}

/** "... we learned from Harry and Meghan's interview": two people the headline names together, for a later "the couple". */
function headlinePair(st: string, tokens: Token[], memory: Memory): void {
  for (let k = 1; k < tokens.length - 1; k++) {
    if (tokens[k].l !== 'and' || !tokens[k - 1].cap || !tokens[k + 1].cap) continue;
    let s = k - 1;
    while (s > 0 && tokens[s - 1].cap) s--;
    let e = k + 2;
    while (tokens[e]?.cap) e++;
    const info = classifyPhrase(st, tokens, s, e, e, true);
    if (info?.tag === 'named-person' && info.plural) memory.note(info, 0, true);
  }
}

/** "a booklet titled “The Wit and Wisdom of ...”": a writing named by its title, for a later "“...,” read one". */
function noteTitled(st: string, memory: Memory, si: number): void {
  const m = /titled [“"]([^”"]+?)[.,]?[”"]/.exec(st);
  if (m) memory.note(mkInfo([], null, 'document', m[1], false), si, true);
}

/** "Salesforce founder and co-CEO Marc Benioff": remembers the body and roles written before the name. */
function noteRole(st: string, tokens: Token[], k: number, e: number, memory: Memory, si: number): void {
  const info = classifyPhrase(st, tokens, k, e, e, true);
  if (!info || info.tag !== 'named-person' || info.plural) return;
  // The role words, for a later "Salesforce's CEO".
  const words = memory.notePassingPerson(info, si).words;
  for (let m = k - 1; m >= 0 && m >= k - 6; m--) {
    const t = tokens[m];
    if (!free(t) || (isFunctionWord(t.l) && t.l !== 'and')) break;
    words.add(t.b);
    if (t.b.startsWith('co-')) words.add(t.b.slice(3));
  }
}

/** People of a possessive who act as one ("Ortiz’s family", "Carlson’s team"): a later "they". */
const COLLECTIVE = wordSet('family|team|staff|crew');
const people = (w: string): boolean => PEOPLE_PLURAL.test(w) || (anonWords.has(w) && w.endsWith('s')) || COLLECTIVE.has(w);
/** Words opening a phrase of place or time before the subject. */
const LEADING_PHRASE = wordSet('at|in|on|after|during|since|before|outside|inside|according|her|his');
/** Remembers the person a sentence is about ("Morrison was the third witness ..."), for a later "he". */
function noteSubject(st: string, tokens: Token[], memory: Memory, si: number): void {
  // "At a coffee shop near campus, Jaelyn Brown, the president of ..., had ...", "Frustrated at the club, Ida Marsh hired",
  // "Beginning in 2014, according to a colleague, Carlson taped", "A few weeks later, Tom Vey called": the subject after the
  // phrases set before it (a preposition or "according to", a participle with its preposition, a time ago or later).
  let b = 0;
  for (let k = 0; k < 20; k++) if (tokens[k]?.t === ',') {
    if (!(LEADING_PHRASE.has(tokens[b].l) || (/(ed|ing)$/.test(tokens[b].l) && isFunctionWord(tokens[b + 1].l)) || /^(later|ago)$/.test(tokens[k - 1].l))) break;
    b = k + 1;
  }
  // "Nurses on the night shift walked out.", "Many shopkeepers closed early.": an unnamed group the sentence is about, for a later "they";
  // "Ms. Ortiz’s family decided": the people of a possessive.
  let h = b;
  while (isDeterminer(tokens[h]?.l!)) h++;
  for (let p = h; p < h + 3; p++) if (possessive(tokens[p]?.l!) && people(tokens[p + 1]?.l!)) h = p + 1;
  const w = tokens[h]?.l!;
  const g = people(w);
  if (g || docWords.has(w)) return void memory.note(mkInfo([], null, g ? 'anonymous' : 'document', st.slice(tokens[b].s, tokens[h].e), g), si);
  if (!tokens[b]?.cap || isFunctionWord(tokens[b].l)) return;
  let e = b;
  while (tokens[e]?.cap && !tokens[e].q) e++;
  if (e === b || e - b > 4) return;
  const next = tokens[e];
  if (!next?.word || next.cap) {
    if (next?.t !== ',') return;
  }
  const last = tokens[e - 1].l;
  if (possessive(last)) return;
  const one = e - b === 1;
  // "Deputies later discovered ...": a plural common noun, not a name.
  if (one && NOUNISH.test(last)) return;
  // "Normally, he'd ...", "Hours later", "Unable to find ...": one capitalised word opening a sentence is a name only
  // before a verb in the past or "has" ("Morrison was"; not "Midcaps are", "Growth is"), or when it is a first name
  // ("Jared went ..."), or a surname seen in a full name before ("Achterberg, 54, took the stage": whatever follows).
  // ("Lakeshore had allegedly ..." after "Lakeshore Airways": the company's first word names the company.)
  if (one && ((!b && !memory.knowsName(tokens[b].b) && !/^(?:was|has|had)$|ed$/.test(next.l) && !hasPeople(tokens, b, e)) || memory.firstWords.has(tokens[b].b))) return;
  const info = classifyPhrase(st, tokens, b, e, e, true);
  // (Of the relation's gender: "his sister" is a she.)
  if (info?.tag === 'named-person') {
    info.gender ??= genderOf(tokens, 1, b);
    memory.note(info, si);
  }
}
