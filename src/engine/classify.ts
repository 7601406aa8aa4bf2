/**
 * What kind of source a noun phrase names, and how a reader would name it.
 * Works on a token range of one sentence; every word list is a Set built once.
 */
import type { Tag } from '../types/analysis';
import { isArticle, stripPossessive, tokenize, type Token } from './tokens';
import { PhraseIndex } from './phrase-index';
import { OUTLETS, OUTLET_HEADS, OUTLET_NAME_WORDS, OUTLET_DESCRIPTIONS, JOURNALIST_WORDS, OUTLET_FIRST_WORDS, LISTENER_BODIES } from './lexicon/outlets';
// Names and bodies before the source words: the import order sets the bundle's module order (see index.ts), 27 B gzipped.
import { FEMALE_NAMES, MALE_NAMES } from './lexicon/names';
import { COMPANY_DESCRIPTIONS, COMPANY_NAME_WORDS, KNOWN_ORGANIZATIONS, NOT_NAME_WORDS } from './lexicon/organizations';
import {
  ANONYMITY_PHRASES, ANONYMOUS_WORDS, DATE_WORDS, DOCUMENT_WORDS, FEMALE_TITLES, MALE_TITLES,
  ORG_WORDS, PERSON_DESCRIPTIONS, PERSON_TITLES, PLACES_AS_GOVERNMENTS,
} from './lexicon/sources';
import { GENERIC_OUTLETS } from './lexicon/sources';
import { SENTENCE_OPENERS } from './lexicon/abbreviations';
import { wordList, wordSet } from './lexicon/expand';

export { stripPossessive } from './tokens';

const outletIndex = new PhraseIndex(OUTLETS);
const knownOrgIndex = new PhraseIndex(KNOWN_ORGANIZATIONS);
const notNameWords = new Set(NOT_NAME_WORDS);
const companyWords = new Set(COMPANY_NAME_WORDS);
/** Listed company words, and those shaped like "Diagnostics", "Robotics", "Genomics". */
const isCompanyWord = (l: string): boolean => companyWords.has(l) || (l.length > 5 && l.endsWith('ics'));
const placeIndex = new PhraseIndex(PLACES_AS_GOVERNMENTS);
const anonymityIndex = new PhraseIndex(ANONYMITY_PHRASES);
export const outletHeads = new Set(OUTLET_HEADS);
const journalistWords = new Set(JOURNALIST_WORDS);
const genericIndex = new PhraseIndex(GENERIC_OUTLETS);
const outletNameWords = new Set(OUTLET_NAME_WORDS);
const outletFirstWords = new Set(OUTLET_FIRST_WORDS);
const listenerBodies = new Set(LISTENER_BODIES);
export const outletDescriptions = new Set(OUTLET_DESCRIPTIONS);
const orgWords = new Set(ORG_WORDS);
const anonWords = new Set(ANONYMOUS_WORDS);
const docWords = new Set(DOCUMENT_WORDS);
// Sets shared with the finder and the resolver, built once. (The lists are written in lower case: engine-s13-lexicon.test.ts.)
export const companyDescriptions = new Set(COMPANY_DESCRIPTIONS);
export const titles = new Set(PERSON_TITLES);
export const dateWords = new Set(DATE_WORDS);
export const personDescriptions = new Set(PERSON_DESCRIPTIONS);
const maleTitles = new Set(MALE_TITLES);
const femaleTitles = new Set(FEMALE_TITLES);
const places = new Set(PLACES_AS_GOVERNMENTS);
const femaleNames = new Set(FEMALE_NAMES);
const functionWords = new Set([...SENTENCE_OPENERS, ...wordList('here|then|yes|not|even|only|just|still|today|yesterday|tomorrow|instead|also|thus|hence|indeed|perhaps|maybe|neither|nor|either|each|every|any|none|nothing|something|everything|anything|someone|everyone|anyone|nobody|me|him|them|us|mine|yours|ours|theirs|which|whose|where|with|without|from|into|over|under|about|against|between|during|through|until|despite|amid|among|to|of|by|or|because|unless|whether|whatever|whoever|wherever|whenever|dear|oh|well|please|thanks|sorry')]);
const maleNames = new Set(MALE_NAMES);
const DETERMINERS = wordSet('the|a|an|this|that|these|those|its|his|her|their|our|one|two|three|several|some|many|other|another|both|four|five|multiple|various|numerous|few|most|all|same');
const POST_MODIFIER_STARTS = wordSet('of|in|on|to|at|by|led|who|for|made|with|from|seen|near|sent|filed|based|dated|close|under|signed|shared|posted|about' +
  '|issued|around|inside|within|across|briefed|carried|working|written|compiled|obtained|prepared|released' +
  '|involved|reviewed|speaking|familiar|published|conducted|calculated|commissioned|knowledgeable');
const LEAD_ADJECTIVES = wordSet('close|familiar|knowledgeable');
export const NAME_PARTICLES = wordSet('da|la|mc|de|le|di|al|el|du|al-|st.|mac|del|van|ibn|den|bin|von|der|ter|das|dos|abu');
export const SPOKES = wordSet('ambassador|envoy|spokesman|spokeswoman|spokesperson|spokespeople|spokesmen|representative|representatives|statement|release|spokespersons');
const PREPOSITIONS = wordSet('about|of|for|with|from|into|onto|over|under|against|between|through|without|toward|towards|upon|within|across|despite|via|than|like|including');
const NOT_BEFORE_NAME = wordSet('&|of|in|on|to|at|by|and|for|with|from|into|near|around|across');
/** Plural heads that do not end in -s (those that do are plural anyway). */
/** Determiners that stand for people when they open the sentence ("Both said", "Many believe"). */
export const STANDALONE = wordSet('all|both|few|many|most|several|some|two');
const PLURAL_ANON = new Set([...wordList('people|men|women|children|police|staff|crew|gunmen|fishermen|those'), ...STANDALONE]);

/**
 * Plural nouns for people ("settlers", "critics", "parents", "Tunisians", "Americans"), not things ("problems"),
 * nor surnames in -ans ("Evans"): also read on a capitalised word opening a sentence ("Employers believe"); "-mates" compounds
 * ("Classmates", "inmates"), not "estimates" nor "climates".
 */
export const PEOPLE_PLURAL = /[a-z](ers|ors|ists|ians|ants|ents|ees|ics|men|ives|ites|cans|eans|folk|ople|[^i]mates)$/;
/** "a fruit seller", "one cyclist", "the 45-year-old": a singular noun shaped like a person's (its plural would be), not a body's or a document's. */
export const personShaped = (l: string): boolean => ((PEOPLE_PLURAL.test(l + 's') && !l.endsWith('ent')) || l.endsWith('-old')) && !orgWords.has(l) && !docWords.has(l);
/** Nominal endings, of people or of things ("workers", "enforcement", "deputies"): a noun, whatever it names. */
export const NOUNISH = /(ment|ers|ors|ists|ians|ies|tion|ions|ants|ents|ics|ees)$/;

/** Plurals of things and ideas ("problems", "issues", "concerns"): never an unnamed group of people. */
const ABSTRACT_PLURAL = /(lems|ities|ness|ings|sues|cerns|ances|ences|ments|tions|ects|ules|ates|ices)$/;

/** "Russia’s", "Russia's". */
export const possessive = (w: string): boolean => /[’']s$/.test(w);

/** "California’s regulators": a body's own people speak for it. */
function hasPossessive(tokens: Token[], s: number, e: number): boolean {
  return tokens.slice(s, e).some((t) => possessive(t.l));
}

/** "Volker and Morrison", "both Vindman and Williams": the start of the pair when both sides are names, else null. */
function namePair(tokens: Token[], s: number, e: number): number | null {
  let a = -1;
  for (let k = s + 1; k < e - 1; k++) if (tokens[k].l === 'and' && !tokens[k].cap) { a = k; break; }
  if (a < 0) return null;
  let ls = s;
  if (tokens[ls].l === 'both') ls++;
  const left = personName(tokens, ls, a);
  const right = personName(tokens, a + 1, e);
  if (!left || !right || left[0] !== ls || right[0] !== a + 1) return null;
  // Places are governments ("Egypt and Jordan"), handled as organisations.
  if (placeIndex.matchAt(tokens, ls, a) > 0 || placeIndex.matchAt(tokens, a + 1, e) > 0) return null;
  return ls;
}

export type Gender = 'm' | 'f' | null;

export interface SourceInfo {
  tag: Tag;
  /** The source as a reader would name it. */
  source: string;
  /** For persons: the key used for later mentions (last name, lower case). */
  key: string;
  /** For persons: every word of the name, so "Li" finds "Li Jifeng". */
  nameWords?: string[];
  gender: Gender;
  /** A journalist of an outlet: the outlet. */
  outlet?: string;
  /** Words of the whole phrase, for descriptions that point back ("the official"). */
  words: string[];
  plural: boolean;
}

/** "al-Assad": a lower-case particle joined to a capitalised name. */
function particleName(t: string): boolean {
  return /^[^-]{1,3}-[A-Z]/.test(t);
}
const isNameLike = (t: Token): boolean => t.cap || NAME_PARTICLES.has(t.l) || particleName(t.t);

function slice(text: string, tokens: Token[], s: number, e: number): string {
  return text.slice(tokens[s].s, tokens[e - 1].e);
}

/** Words opening a time or place phrase before a subject ("On Monday the ministry"). */
const LEADING_TIME = wordSet('on|in|at|during|after|before|since|by|last|this|earlier|later|late|early|previous|next');
/** Drops a leading time or place phrase ("On Monday the ministry" -> "the ministry"). */
export function trimLeading(tokens: Token[], s: number, e: number): number {
  const first = tokens[s].l;
  if (!(LEADING_TIME.has(first))) return s;
  let i = s;
  while (i < e - 1 && (dateWords.has(tokens[i].l) || /^\d/.test(tokens[i].t))) i++;
  return i;
}

/** Finds an outlet name inside [s, e): returns [start, end) including a leading "the", or null. */
export function findOutlet(tokens: Token[], s: number, e: number): [number, number] | null {
  for (let i = s; i < e; i++) {
    // The index's bit before the call (matchAt's own first test): cold, in the interpreter, a call per word counts.
    if (!tokens[i].cap || (tokens[i].f & outletIndex.bit) === 0) continue;
    const n = outletIndex.matchAt(tokens, i, e, true);
    if (n > 0) {
      // "Times" alone only as "the Times"; don't take the start of a longer capitalised name ("Science Museum").
      const next = tokens[i + n];
      // ("CNN’s Brian Stelter": after a possessive outlet, a name is its journalist.)
      if (next?.cap && !outletHeads.has(next.l) && tokens[i + n - 1].b === tokens[i + n - 1].l) continue;
      // "the Wheeling News-Register": a place before a known name, all after "the" ("by The New York Times": not the "The" itself).
      let b = i;
      while (b > s && tokens[b - 1].cap && !tokens[b - 1].q && tokens[b - 1].b === tokens[b - 1].l && tokens[b - 1].l !== 'the' && i - b < 3) b--;
      if (b < i && !(b === s || tokens[b - 1].l === 'the')) b = i;
      const st = b > s && tokens[b - 1].l === 'the' ? b - 1 : b;
      return [st, i + n];
    }
  }
  // "the Kyiv Independent", "Radio Free Asia": a capitalised name ending in an outlet word or opened by one.
  for (let rs = s, re = s; rs < e; rs = re + 1) {
    re = rs;
    // "the Northfield Courier's Ana Brecht": the outlet's name ends at its possessive.
    while (re < e && tokens[re].cap && (re === rs || !possessive(tokens[re - 1].l))) re++;
    // "An Associated Press journalist": not the article opening the sentence.
    if (/^(an?|the)$/.test(tokens[rs].l)) rs++;
    // "the Tribune", "according to the Dispatch": a title's head alone after "the" is the paper too (not "the Leader of the House";
    // nor the possessive "the Ledger's review", in written articles most often the publisher's own, which the engine is not told).
    const one = re - rs === 1 && tokens[rs - 1]?.l === 'the' && tokens[re]?.l !== 'of' && tokens[rs].b === tokens[rs].l;
    if ((re - rs >= 2 || one) && ((outletNameWords.has(lastSegment(tokens[re - 1].b)) && !orgWords.has(tokens[rs].l)) || outletFirstWords.has(tokens[rs].l))) {
      return [rs > s && tokens[rs - 1].l === 'the' ? rs - 1 : rs, re];
    }
  }
  // "state news agency TASS", "the broadcaster NHK".
  for (let k = s; k < e; k++) {
    if (outletHeads.has(tokens[k].l) || (tokens[k].l === 'news' && tokens[k + 1]?.l === 'agency')) {
      let j = k + 1;
      if (tokens[k].l === 'news') j++;
      let r = j;
      while (r < e && tokens[r].cap) r++;
      if (r > j) return [j, r];
    }
  }
  return null;
}

/** "news-register" -> "register": the head of a hyphenated name word. */
function lastSegment(b: string): string {
  const h = b.lastIndexOf('-');
  return h > 0 ? b.slice(h + 1) : b;
}

/** "KTLA", "WXYZ-TV": North American call letters name a station. */
export function isCallSign(t: Token): boolean {
  const w = t.t;
  // Three letters and a hyphen ("KTL-TV"), or four alone or before one ("WXYZ", "WXYZ-TV").
  return t.upper && w.length < 8 && /^[KWC][A-Z]{2}([A-Z](-|$)|-)/.test(w);
}

/** The trailing run of name words in [s, e), or null when it is not a person's name. */
function personName(tokens: Token[], s: number, e: number): [number, number] | null {
  let i = e - 1;
  // A name may end in "Jr." / "Sr."
  if (i > s && /^(jr\.|sr\.|iii|ii)$/.test(tokens[i].l)) i--;
  const end = e;
  while (i >= s) {
    const t = tokens[i];
    if (!isNameLike(t)) break;
    const l = t.b;
    // "Paul Expert", "Gayle King": a surname that is also a word, after a first name.
    const surname = i === e - 1 && i > s && tokens[i - 1].cap && (maleNames.has(tokens[i - 1].l) || femaleNames.has(tokens[i - 1].l));
    // "Bill de Blasio", "Bill Powers": a first name that is also a word, before the rest of a name.
    const firstName = i < e - 1 && t.cap && (maleNames.has(l) || femaleNames.has(l)) && (tokens[i + 1].cap || NAME_PARTICLES.has(tokens[i + 1].l));
    if (firstName) { i--; continue; }
    // "Teacher Chad Smith": a word shaped like a person's noun, before a name of two words, describes them.
    if (!surname && (titles.has(l) || orgWords.has(l) || dateWords.has(l) || places.has(l) || anonWords.has(l) || docWords.has(l) || (i < e - 2 && personShaped(l)))) break;
    i--;
  }
  const start = i + 1;
  if (start >= end) return null;
  // "It", "There", "This": a capitalised function word is not a name.
  if (end - start === 1 && functionWords.has(tokens[start].l)) return null;
  // Skip a name particle at the start ("al-Assad" is fine, "de" alone is not a name).
  if (NAME_PARTICLES.has(tokens[start].l) && end - start === 1) return null;
  const before = start > s ? tokens[start - 1].l : '';
  // "Friends of Ms. Adeyemi": a title, then the "of" of a relation, not "Secretary of State Mike Pompeo" nor "the Department of
  // Health Lena Ortiz" (a body's field, a title word only in "Health Secretary").
  if (NOT_BEFORE_NAME.has(before) || (start > s + 2 && tokens[start - 1].cap && titles.has(before) && tokens[start - 2].l === 'of' && !titles.has(tokens[start - 3].l) && !orgWords.has(tokens[start - 3].l))) return null;
  // "one senior Republican": a capitalised description after a lower-case word is no name.
  if (end - start === 1 && (tokens[start].upper || (before && !tokens[start - 1].cap && personDescriptions.has(tokens[start].l)))) return null;
  // ("Judge Honda": after a title, a company's name is a surname; the title list also has the "the" of "the Secretary of State";
  // not a party's members, "House Republicans".)
  if (knownOrgIndex.matchAt(tokens, start, end) === end - start && (before === 'the' || !titles.has(before) || tokens[end - 1].l.endsWith('s'))) return null;
  if (placeIndex.matchAt(tokens, start, end) === end - start) return null;
  for (let k = start; k < end; k++) {
    // "NHS England", "RTL Group": an acronym of three letters or more is a body's (not "John Hale III", nor initials "JJ").
    if (tokens[k].upper && tokens[k].t.length > 2 && tokens[k].t.indexOf('.') < 0 && !/^[iv]+$/.test(tokens[k].l)) return null;
    // "California ISO", "Arsenal FC": a name ending in an acronym is a body (not "John Smith III").
    if (k === end - 1 && k > start && tokens[k].upper && tokens[k].t.length > 1 && tokens[k].t.length < 4 && tokens[k].t.indexOf('.') < 0 && !/^[iv]+$/.test(tokens[k].l)) return null;
    if (notNameWords.has(tokens[k].b)) return null;
    // "Nordwind Energy": a company word after a name, not a surname (but "Samantha Power" alone stays a person).
    if (k > start && isCompanyWord(tokens[k].b) && (k < end - 1 || tokens[k].b !== 'power')) return null;
  }
  return [start, end];
}

export function genderOf(tokens: Token[], s: number, e: number): Gender {
  for (let k = s; k < e; k++) {
    const l = tokens[k].l;
    if (maleTitles.has(l)) return 'm';
    if (femaleTitles.has(l)) return 'f';
    // A first name: a capitalised word followed by another ("Anna Lind").
    if (tokens[k].cap && k + 1 < e && (tokens[k + 1].cap || NAME_PARTICLES.has(tokens[k + 1].l))) {
      const f = femaleNames.has(l);
      const m = maleNames.has(l);
      if (f !== m) return f ? 'f' : 'm';
    }
  }
  return null;
}

/** The head noun: the last word before a post-modifier ("people familiar with ..." -> "people"). */
function headIndex(tokens: Token[], s: number, e: number): number {
  for (let k = s + 1; k < e; k++) {
    const t = tokens[k];
    // "people close to him" but "a close associate": an adjective opens a modifier only before its preposition.
    if (!t.word || (POST_MODIFIER_STARTS.has(t.l) && !t.upper && !(LEAD_ADJECTIVES.has(t.l) && tokens[k + 1]?.word && !POST_MODIFIER_STARTS.has(tokens[k + 1].l)))) return k - 1;
    // "data the harbour authority sent", "people the council spoke to": a relative clause without "that" opens at its article.
    // ("a finding the owners contested": so does one after an -ing noun.)
    if (isDeterminer(t.l) && (docWords.has(tokens[k - 1].l) || PEOPLE_PLURAL.test(tokens[k - 1].l) || /ing$/.test(tokens[k - 1].l))) return k - 1;
    // "a group representing rural counties", "records obtained by the Herald": a participle starts a modifier.
    // "An internal audit completed in March": after a document word, any participle.
    // ("The operating manual of ...", "a court filing": an -ing word that is a document or stands before one is no participle;
    // nor is one right after the article, "the streaming service Netflix".)
    if (!t.cap && t.l.length > 5 && ((t.l.endsWith('ing') && !docWords.has(t.b) && !docWords.has(tokens[k + 1]?.b!) && !isDeterminer(tokens[k - 1].l)) || (t.l.endsWith('ed') && (tokens[k + 1]?.l === 'by' || docWords.has(tokens[k - 1].l))))) return k - 1;
  }
  return e - 1;
}

export function hasAnonymityPhrase(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if ((tokens[k].f & anonymityIndex.bit) !== 0 && anonymityIndex.matchAt(tokens, k, e) > 0) return true;
  return false;
}

/**
 * Classifies a noun phrase [s, e) of `text`'s tokens. `extraEnd` extends the
 * range searched for anonymity phrases (an appositive after the name).
 */
export function classifyPhrase(text: string, tokens: Token[], s: number, e: number, extraEnd = e, strict = false): SourceInfo | null {
  const info = classifyInner(text, tokens, s, e, extraEnd, strict);
  if (!info) return info;
  // What a later description can match: a person's titles ("the minister"), or a body's head noun ("the ministry").
  if (info.nameWords) {
    const names = new Set(info.nameWords);
    info.words = info.words.filter((w) => !names.has(w));
  } else {
    const st = trimLeading(tokens, s, e);
    info.words = [tokens[headIndex(tokens, st, e)].b];
  }
  return info;
}

/** Every SourceInfo has the same fields in the same order, so the code reading them sees one object shape. */
export function info(words: string[], gender: Gender, tag: Tag, source: string, plural: boolean, key = source.toLowerCase(), outlet?: string, nameWords?: string[]): SourceInfo {
  return { words, gender, tag, source, key, nameWords, outlet, plural };
}

function classifyInner(text: string, tokens: Token[], s: number, e: number, extraEnd: number, strict: boolean): SourceInfo | null {
  s = trimLeading(tokens, s, e);
  if (s >= e) return null;
  // "about his evolving accounts ...": a prepositional phrase is not a source; "No group", "Nobody", "None of the guards": nobody is.
  if (PREPOSITIONS.has(tokens[s].l) || /^no(ne|body)?$/.test(tokens[s].l)) return null;
  const phrase = slice(text, tokens, s, e);
  const ws: string[] = [];
  for (let k = s; k < e; k++) if (tokens[k].word) ws.push(tokens[k].b);
  const gender = genderOf(tokens, s, e);
  // A name ("Maria Lopez, who is close to Trump,") stays named whatever its appositive says.
  if (hasAnonymityPhrase(tokens, s, personName(tokens, s, e) ? e : extraEnd)) {
    // "A snowplow operator who asked not to be named": one person, whom a later "he" can mean.
    return info(ws, gender, 'anonymous', phrase, !/^(an?|one)$/.test(tokens[s].l));
  }
  let h = headIndex(tokens, s, e);
  // "Federal Reserve Bank of Dallas research (cited by ...)": a document noun at the end is the head.
  let last = e - 1;
  if (last > s && !tokens[last].cap && tokens[last].l.endsWith('ed')) last--;
  // ("A person familiar with the audit": not after a person's noun.)
  if (last > h && !tokens[last].cap && docWords.has(tokens[last].b) && !anonWords.has(tokens[h].b)) h = last;
  const head = tokens[h].b;
  const doc = docWords.has(head);
  const outlet = findOutlet(tokens, s, e);
  if (outlet) {
    const name = stripPossessive(slice(text, tokens, outlet[0], outlet[1]));
    // A journalist of an outlet ("Alex Horton of the Washington Post").
    const person = outlet[0] > s ? personName(tokens, s, headIndex(tokens, s, outlet[0]) + 1) : null;
    // "An Associated Press journalist in the area": the outlet's own reporter.
    if (journalistWords.has(head) && h >= outlet[1] - 1 && !person) {
      return info(ws, gender, 'media', phrase, false, undefined, name);
    }
    // "Bloomberg’s campaign countered": a body belonging to the name, not the outlet.
    const owned = h >= outlet[1] && orgWords.has(head) && tokens[outlet[1] - 1].b !== tokens[outlet[1] - 1].l;
    // "CNN founder Ted Turner": a named non-journalist the outlet only describes.
    const own = personName(tokens, outlet[1], e);
    if (!owned && !(own && titles.has(tokens[outlet[1]].l) && !tokens.slice(outlet[1], own[0]).some((t) => journalistWords.has(t.l))) && (person || outlet[0] === s || (outlet[0] === s + 1 && DETERMINERS.has(tokens[s].l)) || outletHeads.has(head) || head === 'agency' || outlet[1] === e)) {
      // "Independent analysts": people the outlet's name only describes are not its journalists.
      // "according to a report by The Ledger", "an analysis of returns by The Associated Press": the outlet's own reporting, not a
      // document ("a study in Nature", "reports seen by Reuters" stay one).
      if (!((anonWords.has(head) || (PEOPLE_PLURAL.test(head) && outletNameWords.has(tokens[outlet[0]].l))) && !person) && !(doc && h < outlet[0] && !(/^(rep|art|inv|ana)/.test(head) && tokens[outlet[0] - 1].l === 'by' && /^(of|by)$/.test(tokens[h + 1].l)))) {
        if (person) {
          const nameWords: string[] = [];
          for (let k = person[0]; k < person[1]; k++) nameWords.push(tokens[k].b);
          return info(ws, gender, 'media', slice(text, tokens, person[0], person[1]), false, nameWords.at(-1), name, nameWords);
        }
        return info(ws, gender, 'media', name, false, undefined, name);
      }
    }
  }
  // "local news reports", "Russian media reports": what the press reported, an outlet as the source; so is "a news website".
  const pressReports = /^(reports?|website)$/.test(head) && h > s && /^(news|media)$/.test(tokens[h - 1].l);
  // "the ministry's website": the owner's own page, a document; "the paper" that resolve.ts found no newspaper for: a study's.
  if (pressReports || (outletHeads.has(head) && !/^(site|website|network|channel|station)$/.test(head) && !(head === 'paper' && tokens[s].l === 'the') && !tokens[h].cap)) {
    return info(ws, gender, 'media', phrase, false, undefined, phrase);
  }
  // "A poll conducted by YouGov for The Times": a document whose post-modifier ends in a name.
  if (doc && h < e - 1 && (!tokens[h].cap || h === 0) && !SPOKES.has(head)) {
    return info(ws, gender, 'document', phrase, false);
  }
  const pair = namePair(tokens, s, e);
  if (pair !== null) {
    // "Volker and Morrison said": two people speaking together.
    const src = slice(text, tokens, pair, e).replace(/[’']s$/, '');
    return info(ws, gender, 'named-person', src, true);
  }
  // "A spokeswoman for the Harbour Pilots Guild", "a representative for the singer Lila Fenn", "a lawyer for the Ruiz family": X's side speaks.
  if ((SPOKES.has(head) || /^(lawyer|attorney)s?$/.test(head)) && tokens[h + 1]?.l === 'for') return info(ws, gender, 'organization', phrase, false);
  let name = personName(tokens, s, e);
  // "Lt. Sarah Boyd of the county sheriff's office", "Rhea Vance from the Kent police": a named person, with the body they serve.
  if (!name && h < e - 2 && /^(of|from)$/.test(tokens[h + 1].l) && tokens[h].cap) {
    const own = personName(tokens, s, h + 1);
    if (own && own[1] - own[0] >= 2) name = own;
  }
  if (name) {
    const src = slice(text, tokens, name[0], name[1]).replace(/[’']s$/, '');
    const nameWords: string[] = [];
    for (let k = name[0]; k < name[1]; k++) nameWords.push(tokens[k].b);
    return info(ws, gender, 'named-person', src, false, tokens[name[1] - 1].b, undefined, nameWords);
  }
  let hasOrg = false;
  for (let k = s; k < e; k++) {
    const l = tokens[k].b;
    if (orgWords.has(l) || (tokens[k].cap && k > s && isCompanyWord(l)) || (tokens[k].cap && knownOrgIndex.matchAt(tokens, k, e) > 0) || (tokens[k].cap && placeIndex.matchAt(tokens, k, e) > 0) || (tokens[k].upper && tokens[k].t.indexOf('.') < 0)) {
      // U.S. alone ("a senior U.S. official") does not make a body.
      hasOrg = true;
      break;
    }
  }
  // "according to a statement", "another release confirmed": a body's own words, whoever it is.
  if (SPOKES.has(head) && (hasOrg || doc)) {
    // "A statement from the Department of Education": the body speaks; its statement is the channel.
    // "a statement released by the ministry": past the participle to its author.
    const p = h + 1 < e && POST_MODIFIER_STARTS.has(tokens[h + 1].l) && tokens[h + 1].l.endsWith('ed') ? h + 2 : h + 1;
    if (/^(statement|release)$/.test(head) && p + 1 < e && /^(from|by|of)$/.test(tokens[p].l)) {
      const body = slice(text, tokens, p + 1, e);
      return info(ws, gender, 'organization', body, false);
    }
    return info(ws, gender, 'organization', phrase, false);
  }
  if (doc) {
    // "The authors of the study": a later "they" points back to them.
    return info(ws, gender, 'document', phrase, ws.includes('authors'));
  }
  // "the authors (of the study)": the published work speaks through them.
  if (head === 'authors' && !tokens[h].cap) return info(ws, gender, 'document', phrase, true);
  // "The Coast Guard said": a capitalised body word inside a name is the body, not a guard.
  // "Engineers at the plant said": a plural of people capitalised only because it opens the sentence, with its post-modifier.
  if ((anonWords.has(head) || (h === 0 && head === 'staff') || personDescriptions.has(head) || ((personShaped(head) || (titles.has(head) && !hasPossessive(tokens, s, h))) && !tokens[h].cap) || (h === 0 && e > 1 && PEOPLE_PLURAL.test(head))) && !(tokens[h].cap && h > s && orgWords.has(head))) {
    if (head === 'authorities' && hasOrg) return info(ws, gender, 'organization', phrase, true);
    return info(ws, gender, 'anonymous', phrase, PLURAL_ANON.has(head) || head.endsWith('s'));
  }
  // "a group representing rural counties": a body with no name is not a named organization.
  if (orgWords.has(head) && isArticle(tokens[s].l) && !hasCapital(tokens, s + 1, e)) {
    return info(ws, gender, 'anonymous', phrase, false);
  }
  // "Israeli settlers", "Palestinian protesters": a nationality does not make a group a body.
  if (!tokens[h].cap && !orgWords.has(head) && PEOPLE_PLURAL.test(head) && !hasPossessive(tokens, s, h)) {
    return info(ws, gender, 'anonymous', phrase, true);
  }
  if (orgWords.has(head) || (hasOrg && (!strict || tokens[h].cap))) {
    return info(ws, gender, 'organization', phrase, false);
  }
  // Spokespeople with no body named.
  if (SPOKES.has(head)) return info(ws, gender, 'anonymous', phrase, false);
  if (strict) return null;
  // A capitalised name we do not know: most often an organisation.
  let caps = 0;
  // "Experts and brokerages", "Budget hawks": a common noun capitalised only because it opens the sentence (before a head in
  // lower case that is no body's plural: "Israeli courts").
  for (let k = s; k < e; k++) if (tokens[k].cap && !DETERMINERS.has(tokens[k].l) && !(k === 0 && (anonWords.has(tokens[k].l) || !(tokens[h].cap || (orgWords.has(pluralOf(head) as string) && head !== 'groups'))))) caps++;
  if (caps > 0) return info(ws, gender, 'organization', phrase, false);
  // Unnamed people in the plural ("oceanographers", "both sides").
  if ((PEOPLE_PLURAL.test(head) || (head.endsWith('s') && !head.endsWith('ss') && !ABSTRACT_PLURAL.test(head))) && e - s <= 4) return info(ws, gender, 'anonymous', phrase, true);
  return null;
}

/** "companies" -> "company", "firms" -> "firm"; null for a word that is not a plural. */
export function pluralOf(w: string): string | null {
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return null;
}

export function isDeterminer(l: string): boolean {
  return DETERMINERS.has(l);
}
export { orgWords, docWords, anonWords, places };

/**
 * "told the Tulsa World", "told KTLA", "told CBS affiliate WXYZ": the outlet a
 * listener phrase [s, e) names by its shape alone, when no lexicon knows it.
 */
export function outletShape(tokens: Token[], s: number, e: number): [number, number] | null {
  // "CBS affiliate WXYZ": the station's own name.
  for (let k = s; k < e - 1; k++) if (tokens[k].l === 'affiliate' || tokens[k].l === 'station') {
    let r = k + 1;
    while (r < e && tokens[r].cap) r++;
    if (r > k + 1) return [k + 1, r];
  }
  if (e - s === 1 && isCallSign(tokens[s])) return [s, e];
  if (tokens[s].l !== 'the' || e - s < 2 || e - s > 5) return null;
  // "told the Israelis", "told the Chinese": a people, not a paper.
  const last = tokens[e - 1].l;
  if (e - s === 2 && /(s|ese)$/.test(last)) return null;
  for (let k = s + 1; k < e; k++) {
    const t = tokens[k];
    if (!t.cap || t.q) return null;
    if (orgWords.has(t.b) || titles.has(t.b) || anonWords.has(t.b) || docWords.has(t.b) || listenerBodies.has(t.b)) return null;
    if (knownOrgIndex.matchAt(tokens, k, e) > 0 || placeIndex.matchAt(tokens, k, e) > 0) return null;
  }
  return [s, e];
}

/**
 * A cheap test before classifying a capitalised run named in passing: could
 * it be a body (a body word, a known name, a place, an acronym) or a person
 * whose first name or title tells the gender?
 */
export function worthNoting(tokens: Token[], s: number, e: number, people: boolean): boolean {
  for (let k = s; k < e; k++) {
    const t = tokens[k];
    if (t.upper || (t.f & knownOrgIndex.bit) !== 0 || (t.f & placeIndex.bit) !== 0) return true;
    const b = t.b;
    // "Nurses for Safe Wards": a name with "for" inside is a campaign's.
    if (orgWords.has(b) || isCompanyWord(b) || (k > s && b === 'for')) return true;
    // People: a first name that tells the gender opens the run, or two names are joined by "and".
    if (people && (t.l === 'and' || (k === s && (femaleNames.has(b) || maleNames.has(b))))) return true;
  }
  return false;
}

/**
 * A body named in passing, classified cheaply: the run [s, e) already holds a
 * body word, a known name or an acronym (see worthNoting); null when it is a
 * person's name or an outlet.
 */
export function passingBody(text: string, tokens: Token[], s: number, e: number): SourceInfo | null {
  const st = tokens[s].l === 'the' ? s + 1 : s;
  if (st >= e || personName(tokens, st, e) !== null) return null;
  if ((tokens[st].f & outletIndex.bit) !== 0 && outletIndex.matchAt(tokens, st, e, true) > 0) return null;
  let body = false;
  for (let k = st; k < e && !body; k++) {
    const t = tokens[k];
    body = orgWords.has(t.b) || (k > st && (isCompanyWord(t.b) || t.b === 'for')) || (t.f & knownOrgIndex.bit) !== 0 || (t.upper && t.t.indexOf('.') < 0);
  }
  if (!body) return null;
  let src = slice(text, tokens, s, e);
  const z = tokens[e - 1];
  if (z.b !== z.l) src = src.replace(/[’']s?$/, '');
  return info([tokens[headIndex(tokens, st, e)].b], null, 'organization', src, false);
}

/** Whether [s, e) (after a leading "the") is only a place ("Russia", "the United States"). */
export function placeIndexCovers(tokens: Token[], s: number, e: number): boolean {
  if (tokens[s].l === 'the') s++;
  return s < e && placeIndex.matchAt(tokens, s, e) === e - s;
}

/** "Tom Hale and Rick Moreno", "Ursula von der Leyen": a pair, or a first name that tells the gender first. */
export function hasPeople(tokens: Token[], s: number, e: number): boolean {
  if (femaleNames.has(tokens[s].b) || maleNames.has(tokens[s].b)) return true;
  for (let k = s + 1; k < e - 1; k++) if (tokens[k].l === 'and') return true;
  return false;
}

/** A company's name: a company word in it, or a known company ("Apple") rather than a body of state. */
export function isCompanyName(tokens: Token[], s: number, e: number): boolean {
  for (let k = s + 1; k < e; k++) if (tokens[k].cap && isCompanyWord(tokens[k].b)) return true;
  let st = s;
  if (tokens[st].l === 'the') st++;
  if (st >= e || placeIndex.matchAt(tokens, st, e) === e - st) return false;
  // "GDP", "COVID": an acronym alone is a company only when known or shaped like one ("PG&E", "AT&T").
  if (e - st === 1 && tokens[st].upper && tokens[st].t.indexOf('&') < 0 && knownOrgIndex.matchAt(tokens, st, e) === 0) return false;
  // A name with no word of a public body ("PG&E", "Indonesia AirAsia", "Apple") is most often a business.
  for (let k = st; k < e; k++) if (orgWords.has(tokens[k].b) || !tokens[k].cap || /\d/.test(tokens[k].t)) return false;
  return true;
}

/** "local television", "state media": an outlet without a name, as a `via`. */
export function genericOutlet(tokens: Token[], s: number, e: number): [number, number] | null {
  for (let k = s; k < e; k++) {
    const m = genericIndex.matchAt(tokens, k, e);
    if (m > 0) return [k, k + m];
  }
  return null;
}

/** "The", "It", "However": capitalised only because they start a sentence. */
export function isFunctionWord(l: string): boolean {
  return functionWords.has(l);
}

function hasCapital(tokens: Token[], s: number, e: number): boolean {
  return tokens.slice(s, e).some((t) => t.cap);
}
