/**
 * Finds the attributions in one sentence ("X said", "said X", "according to
 * X", "citing X", "X declined to comment", "..., saying") with their cue
 * words and where the source phrase is. Works on tokens; every word list is a
 * Set built once at module load.
 */
import { free, isArticle, type Token } from './tokens';
import {
  ADVERBS, AUXILIARIES, CLAUSE_ONLY_VERBS, DOCUMENT_ONLY_VERBS, LISTENER_NOUNS, NO_COMMENT_PHRASES,
  OUTLET_CONTACT_PHRASES, PER_NOT_SOURCE, SPEECH_VERBS, STATEMENT_CONTEXT_NOUNS, STATEMENT_NOUNS,
  STATEMENT_VERBS, TELL_VERBS, VERB_OBJECT_CUES, NOUN_LIKE_VERBS, STANCE_ADJECTIVES,
} from './lexicon/reporting';
import { FlagSet } from './flags';
import { PhraseIndex } from './phrase-index';
import { NAME_PARTICLES, NOUNISH, PEOPLE_PLURAL, STANDALONE, personShaped, findOutlet, possessive, anonWords, docWords, isDeterminer, orgWords, trimLeading, titles, companyDescriptions, dateWords, outletHeads, personDescriptions, isFunctionWord } from './classify';
import { expand, wordList, wordSet } from './lexicon/expand';

const speechVerbs = new FlagSet(SPEECH_VERBS);
const nounLikeVerbs = new FlagSet(NOUN_LIKE_VERBS);
const speaks = (t: Token): boolean => (t.f & speechVerbs.bit) !== 0;
const PRONOUN_SUBJECTS = wordSet('he|she|they|we|i|you|it|who');
const clauseOnly = new Set(CLAUSE_ONLY_VERBS);
const docOnly = new Set(DOCUMENT_ONLY_VERBS);
const tellVerbs = new Set(TELL_VERBS);
const auxiliaries = new Set(AUXILIARIES);
const adverbs = new Set(ADVERBS);
const statementVerbs = new FlagSet(STATEMENT_VERBS);
const statementNouns = new Set(STATEMENT_NOUNS);
const contextNouns = new Set(STATEMENT_CONTEXT_NOUNS);
const listenerNouns = new Set(LISTENER_NOUNS);
const isListener = (l: string): boolean => listenerNouns.has(l) || PEOPLE_PLURAL.test(l);
const perNot = new Set(PER_NOT_SOURCE);
const noComment = new PhraseIndex(NO_COMMENT_PHRASES);
const verbObject = new PhraseIndex(VERB_OBJECT_CUES);
const STANCES = new Set(STANCE_ADJECTIVES);
const contactIndex = new PhraseIndex(OUTLET_CONTACT_PHRASES);

/** A candidate whose subject follows one of these is in a subordinate clause. */
export const SUBORDINATORS = wordSet(
  'though|although|while|whereas|because|since|if|unless|when|whether' +
  '|until|after|before|once|which|even|where|than|whom|whose|what|why|how|whenever'
);
/** Subordinators that only open clauses (unlike "after the vote"). */
const CLAUSE_SUBORDINATORS = wordSet('because|although|though|whereas|unless|whether|while');
/** Words that end a subject phrase when walking backwards: the subordinators, the auxiliaries and these. */
const NP_STOP = new Set([...SUBORDINATORS, ...AUXILIARIES, ...wordList(
  'that|but|or|nor|so|as|yet|then|also|later|not|be|been|must|to' +
  '|however|meanwhile|and|including|like|among|such|especially' +
  '|particularly|unlike'
)]);
const APPOSITIVE_START = wordSet(
  'who|which|whose|a|an|the|citing|speaking|quoting|according|his|her' +
  '|its|their|one|himself|herself|itself|both|also|in|on|at|for' +
  '|from|of|now|then|formerly|previously|currently|once|like|along' +
  '|with|writing|meanwhile|however|too|as|another|whom|r|d|i' +
  // Participial appositives ("The study, published in Nature, found ..."): the irregular ones; those in -ed are read by their ending.
  '|led|written|known|born|seen'
);
/** Words that stop a noun phrase read forwards ("said the ministry in a statement"). */
const FORWARD_STOP = new Set([...AUXILIARIES, ...wordList(
  'that|in|on|at|during|after|before|to|by|when|as|while|who' +
  '|which|but|said|says|told|last|this|earlier|later|yesterday' +
  '|today|reported|reports|saying|wrote|showed|shows|found|added' +
  '|if|because|over|about|since|not|also|then|there|it|they|he' +
  '|she|we|i|so|where|whose|via|amid|despite|following|under|into' +
  '|onto|through|without|against|between'
)]);
/** Participles that attribute their clause to the main subject ("..., saying ..."). */
const PARTICIPLES = new FlagSet(wordList('saying|adding|noting|telling|arguing|insisting|claiming|warning|stressing|explaining|stating|declaring|asserting|announcing|acknowledging|writing|insinuating|alleging|accusing|urging|demanding'));
/** "at first", "in turn", "at once": adverbials between a subject and its verb. */
const AT_ADVERBIALS = wordSet('first|once|turn|fact|part|particular|private|public|person|writing|court|response|addition|length|times|last');
/** Speech verbs that both come before their subject and stay verbs before "of". */
const INVERTIBLE_OF = wordList('said|says|added|wrote|writes|asked|explained|recalled|insisted|warned|tweeted|quipped|joked|testified|remarked|commented');
/** Verbs that come before their subject in news style ("said Peskov", "reports Wee"). */
const INVERTIBLE = new Set([...INVERTIBLE_OF, ...wordList('say|adds|reported|reports|asks|explains|noted|notes|continued|recalls|replied|warns|stated|states|declared|argued|argues|observed|concluded|acknowledged|confirmed|confirms|announced|posted|cautioned|countered|conceded|predicted|suggested|suggests|admitted|claimed|claims')]);
/** Forms of "be" before a passive participle ("was told", "is said to"). */
const BE_FORMS = wordSet('was|were|is|are|been|be|being');
/** A clause can start without "that" after a pronoun subject ("police thought it might ...", "affirmed he’d made ...", "recalled this square was ..."). */
const CLAUSE_SUBJECTS = wordSet('it|he|she|they|there|we|i|this');
const OBJECT_PRONOUNS = wordSet('him|her|them|me|us|work|duty');
/** Verb forms that are never nouns, so "said of James" is still speech (unlike "claims of"). */
const VERB_BEFORE_OF = new Set([...INVERTIBLE_OF, ...wordList('told|complained|spoke|speaks|boasted|boasts')]);
/** Finite verbs that show a clause follows even without "that" ("believe the bill is ..."). */
const FINITE = new Set([...AUXILIARIES, 'must']);
/** "responded by arguing": the -ing verb reports for the subject of these. */
const BY_VERBS = wordSet('responded|responds|reacted|reacts|replied|replies|countered|answered');
/** Posts named with "to": "ambassador to Britain". */
const ENVOY_WORDS = wordSet('ambassador|envoy|adviser|advisor|emissary|representative|delegate|counselor|counsellor|spokesman|spokeswoman|spokesperson|aide|consul');
/** Words in -ly that are nouns or adjectives, not manner adverbs ("the assembly said"). */
const LY_NOT_ADVERBS = wordSet('assembly|family|rally|supply|daily|weekly|monthly|quarterly|monopoly|anomaly|early|reply|bully|italy|elderly|friendly|lonely|likely|costly|deadly|orderly|nightly|yearly|hourly');
const isLyAdverb = (l: string): boolean => l.length > 4 && l.endsWith('ly') && !LY_NOT_ADVERBS.has(l);
/** Clause verbs that report with "about" ("testified about a meeting"), unlike "added about 80 jobs" (read only for clause verbs). */
const ABOUT_VERBS = wordSet('testify|testifies|testified|comment|comments|commented|worry|worries|worried|question|questioned');
/** Verbs of asking whose clause is a question ("questioned whether", "wonders when"). */
const QUESTION_VERBS = new Set(expand('question+|questioned|wonder+|wondered|doubt+|doubted'));
const WH_WORDS = wordSet('whether|why|how|when|if|what');
/** Verbs that make a statement alone at the end of a sentence ("Park disagreed."). */
const ALONE_VERBS = wordSet('agrees|disagrees|agreed|disagreed|objected|complained|testified|commented|conceded|demurred');
/** Adverbs kept inside a cue between its auxiliary and verb. */
const CUE_ADVERBS = wordSet('not|never|already|n\'t');
/** Time words read backwards between a subject and its verb ("the court last week ruled"). */
const TIME_NOUNS = wordSet('week|month|year|weekend|night|morning|afternoon|evening|day');
const TIME_DETS = wordSet('last|this|next|earlier|later|that|on|the|previous');
const WEEKDAYS = wordSet('monday|tuesday|wednesday|thursday|friday|saturday|sunday');

/** True when a clause without "that" follows token i: a short subject, then a finite verb ("believe the bill is ..."). */
function bareClauseAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!free(t)) return false;
  if (FORWARD_STOP.has(t.l) || /^(of|for|with)$/.test(t.l)) return false;
  for (let k = i + 1; k <= i + 7; k++) {
    const w = tokens[k];
    // ("considered a petition which demanded ...": a relative clause's verb is no clause of the cue.)
    if (!w?.word || RELATIVE_WORDS.has(w.l)) return false;
    // "believe the man acted alone": a past tense after a subject of its own.
    // ("called the coach and shouted": a verb after "and" is the first subject's second act.)
    if ((FINITE.has(w.l) || (w.l.endsWith('ed') && !isDeterminer(tokens[k - 1].l))) && !w.cap) return tokens[k - 1].l !== 'and';
  }
  return false;
}

/** A role noun among the first words of an appositive ("associate professor of ..."), not a verb ("supports the view"). */
function roleWithin(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e && k < s + 3; k++) {
    const l = tokens[k].l;
    if (LINK_WORDS.has(l) || isArticle(l)) continue;
    // "director-general", "secretary-general": a hyphenated role is read by its head.
    if (titles.has(l) || titles.has(l.split('-')[0]) || anonWords.has(l) || NOUNISH.test(l)) return true;
  }
  return false;
}

/** Participles whose "by" names who made a statement or document. */
/** Participles of making a document, shared by the two sets below. */
const MADE_PARTICIPLES = wordList('calculated|released|issued|published|compiled|commissioned|conducted|posted|signed|written|prepared|filed|sent|shared|led|funded');
// "a report by The Ledger": a piece of reporting keeps its author (classify.ts: an outlet's is the outlet's).
const AUTHOR_PARTICIPLES = new Set([...MADE_PARTICIPLES, ...wordList('made|report|reports|article|investigation|analysis')]);
/** Words that open a document's post-modifier ("figures from ...", "a report by ..."). */
const DOC_POST = new Set([...MADE_PARTICIPLES, ...wordList('from|by|of|obtained|seen|reviewed|carried|produced|dated')]);
const LEAD_PREPOSITIONS = wordSet('in|on|at|for|to|by|with|from|after|before|during|under|since|if|when|as');
/** End of a document noun phrase opening the sentence ("A series of text messages"), when the verb at vi comes later; else -1. */
function leadingDocument(tokens: Token[], vi: number): number {
  if (tokens[vi - 1]?.l === 'to') return -1; // "In order to show ...": an infinitive
  for (let k = 0; k < vi && k < 6; k++) {
    const w = tokens[k];
    // ("Although the guidelines recommend ...": a subordinate clause.)
    if (!free(w) || LEAD_PREPOSITIONS.has(w.l) || SUBORDINATORS.has(w.l)) return -1;
    if (docWords.has(w.b) && (!w.cap || k === 0)) {
      // "Census data show": a compound of document words.
      while (k + 1 < vi && docWords.has(tokens[k + 1].b) && !tokens[k + 1].cap) k++;
      if (k + 1 >= vi) return k > 0 ? vi : -1;
      // "Data from the Bureau of Labor Statistics show": the source keeps its post-modifier.
      // "A lawsuit filed Friday in state court on behalf of nine tenants accuses ...", "The motion to dismiss, filed in May, argued":
      // a longer one, when no clause of its own comes before the verb.
      const p = tokens[k + 1].l;
      return (isParticiple(p) || /^(on|to|about|in)$/.test(p)) && vi - k <= 24 && modifierOnly(tokens, k + 1, vi) ? vi : k + 1;
    }
  }
  return -1;
}
/** The source of a leading document ends before a participle set off by commas ("The motion to dismiss, filed in May, argued"). */
function untilComma(tokens: Token[], h: number): number {
  let c = 0;
  while (c < h && !(isComma(tokens[c]) && isParticiple(tokens[c + 1].l))) c++;
  return c;
}
const isParticiple = (l: string): boolean => DOC_POST.has(l) || l.endsWith('ed');
/**
 * No clause of its own between s and the verb at vi: no auxiliary, subordinator, "that"/"who", verb in -ed with an object, nor
 * a comma before anything but a participle or the verb ("The report on the bridge, the ministry said, was ...": not one).
 */
function modifierOnly(tokens: Token[], s: number, vi: number): boolean {
  for (let m = s; m < vi; m++) {
    const w = tokens[m];
    const x = tokens[m + 1];
    if (isComma(w) ? m + 1 < vi && !isParticiple(x.l) : !free(w) || FINITE.has(w.l) || SUBORDINATORS.has(w.l) || /^(that|who|but|be|been)$/.test(w.l) || (w.l.endsWith('ed') && isDeterminer(x.l))) return false;
  }
  return true;
}

/** Prepositions of a short phrase between a verb and "that" ("posted on X that"). */
const PHRASE_PREPOSITIONS = wordSet('on|in|to|at|during|via|online|before|with|under');
/** "posted on X that", "wrote in a letter to shareholders that": a short phrase, then "that". */
function thatAfterPhrase(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // ("estimated last winter that": a time phrase too.)
  // ("agreed to a deal that ...": a commitment to a thing, whose "that" opens a relative clause.)
  if (!free(t) || !(PHRASE_PREPOSITIONS.has(t.l) || (dateWords.has(t.l) && !isArticle(t.l))) || (t.l === 'to' && tokens[i - 1].l.startsWith('agree'))) return false;
  for (let k = i + 1; k <= i + 7; k++) {
    const w = tokens[k];
    if (!free(w)) return false;
    if (w.l === 'that') return true;
    if (FINITE.has(w.l)) return false;
  }
  return false;
}

/** "called the process a sham": an object, then a characterisation with "a"/"an", before any comma. */
function callsSomethingA(tokens: Token[], i: number): boolean {
  for (let k = i + 2; k < i + 14; k++) {
    const w = tokens[k];
    if (!w?.word) return false;
    if (isArticle(w.l)) return true;
    // ("called her brother and asked for a ride": an "and" before the article most often joins a second verb; phoning is an act.)
    if (w.l === 'and') return false;
    // "called the Supreme Court decision on the Essar Steel resolution a landmark": a prepositional phrase inside the object.
    if (FORWARD_STOP.has(w.l) && !/^(on|in|at)$/.test(w.l)) return false;
  }
  return false;
}
const LINK_WORDS = wordSet('of|for|and|the');
const INDEFINITE = wordSet('someone|somebody|one|another');
/** Plurals for people that PEOPLE_PLURAL's endings miss. */
const PLURAL_PEOPLE = wordSet('people|experts|officials|analysts|witnesses');
const RELATIVE_WORDS = wordSet('who|which|that|where|when|whose|whom|while');
/** "has not yet formally announced": "not" or "never" among the few words before token i. */
function negatedBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const l = tokens[k].l;
    if (/^(not|never)$|n['’]t$/.test(l)) return true;
    if (!tokens[k].word || !(adverbs.has(l) || isLyAdverb(l) || auxiliaries.has(l))) return false;
  }
  return false;
}

/**
 * Nouns of speech acts, from the verbs of saying, asking, complaining and judging (Levin 37.1, 37.7-8, 33): what a light verb
 * makes ("made the remarks", "voiced strong doubts", spokenObject()) and what a source leaves unanswered ("questions",
 * "requests", unanswered()). Not "call" (a light verb's "made the call" is a decision) nor "threat" (a navy's, not a word).
 */
const SPEECH_NOUNS = new Set(expand('remark+|comment+|warning+|plea+|criticism+|praise|doubt+|complaint+|apology|assurance+|allegation+|speech+|interview+|condolences|thanks|concern+|worries|question+|request+|calls|inquiries|queries|claim+|suggestion+|appeal+|rebuke+'));
/**
 * A response not given, at the verb v: the end of its cue, or 0. After a negation or "yet to" ("has not yet replied",
 * "hasn't commented"), what was asked or sent ("to questions", "calls", "the union's letter"), or for a verb of answering
 * nothing more, "on"/"about" anything, or a name ("to Reuters"). Not a reaction ("did not respond to the drug"), a trip
 * ("did not return to port"), nor a player ("was not available for the final").
 */
function unanswered(tokens: Token[], v: number): number {
  const l = tokens[v].l;
  if (l[0] !== 'u' && !negatedBefore(tokens, v) && tokens[v - 2]?.l + tokens[v - 1]?.l !== 'yetto') return 0;
  let k = v + 1;
  while (tokens[k] && isLyAdverb(tokens[k].l)) k++;
  const p = tokens[k];
  // "did not name the envoys", "has not identified the driver", "would not release their names": what the subject would not
  // disclose, a definite object; not a passive ("have not been named.", "were not identified until") nor an appointment ("has
  // not named a successor").
  if (/^(nam|ide|dis|rel)/.test(l)) return /^(th|him|her|his|its)/.test(p?.l!) ? v : 0;
  for (let m = k; m < k + 7 && free(tokens[m]); m++) if (SPEECH_NOUNS.has(tokens[m].b) || docWords.has(tokens[m].b)) return m;
  // "return(ed)", "(un)available": only with what was asked.
  return l[2] !== 't' && !l.endsWith('able') && (!free(p) || /^(on|about)$/.test(p.l) || (p.l === 'to' && tokens[k + 1]?.cap)) ? v : 0;
}

/**
 * "made the remarks", "voiced strong doubts", "gave a long interview": the length of a light verb (one of STATEMENT_VERBS)
 * with a speech act's noun as its object, or 0. (Not "published"/"put out": "the Tribune published an interview with X".)
 */
function spokenObject(tokens: Token[], i: number): number {
  if (!/^pu/.test(tokens[i].l)) for (let k = i + 1; k < i + 5 && free(tokens[k]) && !FORWARD_STOP.has(tokens[k].l); k++) if (SPEECH_NOUNS.has(tokens[k].b)) return k - i + 1;
  return 0;
}

/** Participles that make the word before them a noun ("reports seen by", "claims made by"). */
const GO_ON = wordSet('went|goes|go|gone|took|takes|take|taken');
const SEEN_PARTICIPLES = wordSet('seen|obtained|reviewed|published|released|compiled|made|filed|circulated|leaked|prepared');

/**
 * Verbs that report only with a frame word after their object ("introduced X as", "attributed X to", "spoke several times
 * about"); a frame after '+' or '*' needs an object first ("blamed the storm for", "credited X with", "estimated the damage at",
 * "defended the move as"): a statement about something, made by the subject.
 */
const FRAMED = new Map<string, string>();
for (const [f, vs] of [['as', 'introduced|introduces'], ['to', 'attributed|attributes|ascribe^'], ['about|of', 'spoke|speaks'],
  ['+for|on', 'blame^'], ['+with|for', 'credited|credits'], ['+at', 'estimated|estimates'], ['+as', 'defended|defends'],
  // '*': only with the frame ("linked the attack to", "views the deal as").
  ['*to', 'linked|links'], ['*as', 'view^|sees|regard^|portray^|depict^|labeled|labelled|branded|termed|dubbed']]) for (const v of expand(vs)) FRAMED.set(v, f);

/** "wants the city to pay" (an object, then "to" and a verb), "hopes to resume" (right away): an aim, not a wish for a thing. */
function wantsTo(tokens: Token[], i: number, n: number): boolean {
  const hopes = tokens[i].l[0] === 'h';
  for (let k = i + 1; k < n && k <= i + 10 && !isComma(tokens[k]) && !tokens[k].q; k++) {
    if (tokens[k].l === 'to') return (k > i + 1) !== hopes && tokens[k + 1]?.word === true && !isDeterminer(tokens[k + 1].l);
    if (hopes) return false;
  }
  return false;
}

/** "indicated earlier this week that": "that" (or w) within a few words, before any comma. */
function thatSoon(tokens: Token[], i: number, w = 'that'): boolean {
  for (let k = i; k < i + 6; k++) {
    if (tokens[k]?.l === w) return true;
    if (!tokens[k]?.word) return false;
  }
  return false;
}

/** "It also cited a lack of access to ...", "cited rising costs as the reason": a reason given, not people quoted ("cited officials as saying"). */
function citesReason(tokens: Token[], i: number): boolean {
  for (let k = i; k < i + 12; k++) if (tokens[k]?.l === 'saying') return false;
  return tokens[i]?.word === true;
}

export interface Candidate {
  /** Token range of the source phrase [s, e), and how far an appositive reaches. */
  subjS: number;
  subjE: number;
  apposE: number;
  /** First token of an appositive right after the source phrase, or -1. */
  apposS: number;
  /** Token positions of the cue: first and last token. */
  cueS: number;
  cueE: number;
  cue: string;
  kind: 'verb' | 'according' | 'citing' | 'no-comment' | 'statement-prefix' | 'participle';
  /** Whom the source spoke to ("told X"), or the outlet that quoted it ("X quoted Y as saying"): token range, or null. */
  spokeTo: [number, number] | null;
  subordinate: boolean;
  /** Inside another attribution's content ("He said that officials said ..."). */
  embedded: boolean;
  /** A trailing ", X said." */
  atEnd: boolean;
  /** Only reports when the subject is a document ("the study found"). */
  documentOnly: boolean;
  /** The source phrase must name a source ("citing Taliban violence" does not). */
  strict: boolean;
  /** "X reports for NPR": the outlet the subject writes for, token range. */
  writesFor: [number, number] | null;
}

const isComma = (t: Token | undefined): boolean => t?.t === ',' && !t.q;
// A punctuation token is one character.
const isCloseQuote = (t: Token | undefined): boolean => t?.word === false && '”’"»\''.includes(t.t);
const isDash = (t: Token | undefined): boolean => t?.word === false && '—–-'.includes(t.t);
const isNounWord = (l: string): boolean => anonWords.has(l) || orgWords.has(l) || docWords.has(l) || NOUNISH.test(l);

/** Index of "that" opening a relative clause ("the group that represents ...") within a few words before token k, or -1. */
function relativeThat(tokens: Token[], k: number, end: number): number {
  for (let m = k; m >= 2 && m > k - 10; m--) {
    const t = tokens[m];
    if (!free(t)) return -1;
    if (t.l !== 'that') continue;
    const head = tokens[m - 1];
    const verb = tokens[m + 1];
    if (m + 1 >= end || head.cap || !(orgWords.has(head.l) || anonWords.has(head.l)) || !isDeterminer(tokens[m - 2].l)) return -1;
    return !verb.cap && /[^s]s$|ed$/.test(verb.l) && !speaks(verb) ? m : -1;
  }
  return -1;
}

const CONTACT_PRONOUNS = wordSet('i|we|you|they');
/** The pronoun opening a clause without "who" ("people [I spoke with]") within the few words up to token k, after a noun; else -1. */
function contactClause(tokens: Token[], k: number): number {
  for (let m = k; m > 0 && m > k - 3 && free(tokens[m]); m--) {
    if (!CONTACT_PRONOUNS.has(tokens[m].l)) continue;
    const h = tokens[m - 1];
    return !h.q && !NP_STOP.has(h.l) && isNounWord(h.l) ? m : -1;
  }
  return -1;
}

/** Collects a noun phrase ending at token j (inclusive), reading backwards. */
function npBackward(tokens: Token[], j: number): [number, number] | null {
  let k = j;
  let count = 0;
  let end = j + 1;
  while (k >= 0) {
    const t = tokens[k];
    // A live blog's time stamp before the subject ("11.20 Dock workers said ...") is no part of it.
    // ("Procter & Gamble", "Scott & Scott": one firm's name.)
    if ((!t.word && t.t !== '&') || t.q || /^\d\d?\.\d\d$/.test(t.t)) break;
    if (t.l === 'who' && !t.upper && k > 0 && k < j) { end = k; count = 0; k--; continue; }
    if (t.l === 'and' && k > 0 && k < j) {
      // "Pilots and aviation experts", "King and Weeks": a compound subject.
      const p = tokens[k - 1];
      if (!p.q && (p.cap || isNounWord(p.l)) && count <= 4) { count++; k--; continue; }
      break;
    }
    // "China's ambassador to Britain", "special envoy to Kyiv", "sources close to", "a person briefed on": a post-modifier, not a clause boundary.
    if (k > 0 && k < j && ((t.l === 'to' && (ENVOY_WORDS.has(tokens[k - 1].l) || tokens[k - 1].l === 'close')) || (t.l === 'briefed' && tokens[k + 1].l === 'on'))) { count++; k--; continue; }
    // "people I spoke with believe", "residents we spoke to said", "officials I interviewed said": back over a clause with
    // no "who" to the noun it describes.
    // ("But details of the audit have shown": a verb form before "of" is a noun.)
    const stop = !t.upper && (NP_STOP.has(t.l) || (!t.cap && speaks(t) && k < j && (tokens[k + 1].l !== 'of' || VERB_BEFORE_OF.has(t.l))));
    const cc = stop || (k < j && CONTACT_PRONOUNS.has(t.l)) ? contactClause(tokens, k) : -1;
    if (cc > 0) { end = cc; count = 0; k = cc - 1; continue; }
    if (stop) {
      // "analysts who have done the calculations say": back over the relative clause to its antecedent.
      if (auxiliaries.has(t.l) && k >= 2 && /^(who|that)$/.test(tokens[k - 1].l) && free(tokens[k - 2])) {
        end = k - 1;
        count = 0;
        k -= 2;
        continue;
      }
      // "The group that represents more than 155,000 Realtors said": back over a relative clause to a body or a person.
      const rel = relativeThat(tokens, k, end);
      if (rel > 0) { end = rel; count = 0; k = rel - 1; continue; }
      // "A neighbor who did not want to be named said": over a longer "who" clause, to a short antecedent.
      // (Not "a woman who introduced herself as Lorraine": the clause names her; nor "Anyone who ...".)
      let m = t.l === 'as' ? 0 : k - 1;
      while (m > 0 && m > k - 8 && free(tokens[m]) && tokens[m].l !== 'who') m--;
      if (m > 0 && tokens[m].l === 'who' && tokens[m - 1].word && tokens[m - 1].l !== 'anyone') { end = m; count = 10; k = m - 1; continue; }
      break;
    }
    count++;
    if (count > 14) return null;
    k--;
  }
  const s = k + 1;
  if (s >= end) return null;
  return [s, end];
}

/** Collects a noun phrase starting at token i, reading forwards. */
/** "data calculated for the Gazette by ...": a participle of authorship shortly before "by" at k. */
function authoredBefore(tokens: Token[], i: number, k: number): boolean {
  for (let m = k - 1; m >= i && m >= k - 4; m--) if (AUTHOR_PARTICIPLES.has(tokens[m].l)) return true;
  return false;
}

function npForward(tokens: Token[], i: number): [number, number] | null {
  let k = i;
  while (k < tokens.length) {
    const t = tokens[k];
    if ((!t.word && t.t !== '&') || t.q) break;
    // "a statement released by the ministry": "by" after a participle names the author.
    // "said someone at the meeting": an indefinite pronoun keeps the place that identifies it.
    if (k === i + 1 && /^(at|in)$/.test(t.l) && INDEFINITE.has(tokens[i].l) && tokens[k + 1]?.l === 'the') { k += 2; continue; }
    if (k > i && !t.upper && !t.cap && FORWARD_STOP.has(t.l) && !(t.l === 'by' && authoredBefore(tokens, i, k)) && !(t.l === 'reports' && /^(news|media)$/.test(tokens[k - 1].l))) break;
    if (t.l === 'with' && tokens[k - 1]?.l !== 'familiar') break;
    // "joked Bell of his role": after a name, "of" and a lowercase word says what it was said of ("Ines Ruiz of Radio Sud", "Wee of the Times" are theirs).
    if (t.l === 'of' && tokens[i].cap && tokens[k - 1].cap && !tokens[k + 1]?.cap && !tokens[k + 2]?.cap) break;
    // "a court filing seen by the Courier": the outlet that saw it is no part of the source (documentSeenBy() gives it as via).
    if (k > i && /^(seen|obtained|reviewed)$/.test(t.l) && tokens[k + 1]?.l === 'by') break;
    if (t.l === 'and' && !(tokens[k + 1]?.cap || isNounWord(tokens[k - 1].l))) break;
    if (k - i > 12) break;
    k++;
  }
  return k > i ? [i, k] : null;
}

/** The subject of the verb at vi, reading backwards over adverbs and an appositive. */
function subjectBefore(tokens: Token[], vi: number): { s: number; e: number; apposE: number; apposS: number; cueS: number } | null {
  let j = vi - 1;
  let cueS = vi;
  // "He went on to suggest", "she took to Twitter to say": the verb before "to" hands its subject to the speech verb.
  if (j >= 2 && tokens[j].l === 'to') {
    for (let k = j - 1; k > 0 && k >= j - 4; k--) if (GO_ON.has(tokens[k - 1].l) && /^(on|to)$/.test(tokens[k].l)) { cueS = k - 1; j = k - 2; break; }
    if (cueS < vi && j >= 0 && auxiliaries.has(tokens[j].l)) cueS = j;
  }
  else if (j >= 0 && auxiliaries.has(tokens[j].l) && !tokens[j].q) cueS = j;
  else {
    // "did not agree", "has already ruled": the negation or "already" belongs to the cue.
    let k = j;
    while (k >= 0 && !tokens[k].q && CUE_ADVERBS.has(tokens[k].l)) k--;
    if (k < j && k >= 0 && auxiliaries.has(tokens[k].l) && !tokens[k].q) cueS = k;
  }
  for (;;) {
    while (j >= 0 && !tokens[j].q && !tokens[j].cap && (adverbs.has(tokens[j].l) || isLyAdverb(tokens[j].l))) j--;
    // "police at first thought", "he at one point said"
    if (j >= 1 && !tokens[j].cap && /^(at|in)$/.test(tokens[j - 1].l) && AT_ADVERBIALS.has(tokens[j].l)) { j -= 2; continue; }
    if (j >= 0 && /^(at|in)$/.test(tokens[j].l) && AT_ADVERBIALS.has(tokens[j + 1]?.l!)) { j -= 1; continue; }
    // "he at one point said", "Obama at the time called"
    if (j >= 2 && /^(point|time)$/.test(tokens[j].l) && tokens[j - 2].l === 'at') { j -= 3; continue; }
    // "the court last week ruled", "Trump on Monday said"
    if (j >= 1 && ((TIME_NOUNS.has(tokens[j].l) && TIME_DETS.has(tokens[j - 1].l)) || (WEEKDAYS.has(tokens[j].l) && tokens[j - 1].l === 'on'))) { j -= 2; continue; }
    if (j >= 0 && !tokens[j].cap && /^(yesterday|today|tonight)$/.test(tokens[j].l)) { j -= 1; continue; }
    // "Microsoft in 2017 announced": a year between the subject and its verb.
    if (j >= 1 && /^(in|since)$/.test(tokens[j - 1].l) && /^(19|20)\d\d$/.test(tokens[j].t)) { j -= 2; continue; }
    // "Trump more recently has said": a comparative before an adverb.
    if (j >= 1 && /^mo(re|st)$/.test(tokens[j].l) && j < vi - 1 && isLyAdverb(tokens[j + 1].l)) { j -= 1; continue; }
    break;
  }
  // "State Sen. Michael Doherty (R-Warren) said": a party label in brackets right before the verb.
  if (j > 2 && tokens[j].t === ')') {
    let k3 = j - 1;
    while (k3 >= 0 && k3 > j - 8 && tokens[k3].t !== '(') k3--;
    if (k3 > 0 && tokens[k3].t === '(' && tokens[k3 - 1].cap && !tokens[k3 - 1].q) j = k3 - 1;
  }
  if (j < 0) return null;
  // "an officer who described ...": the verb is in a relative clause.
  if (!tokens[j].cap && /^(who|which|that)$/.test(tokens[j].l)) return null;
  let apposE = -1;
  let apposS = -1;
  let guard = 0;
  while ((isComma(tokens[j]) || isDash(tokens[j])) && guard++ < 3) {
    // "Bogdanov, who also serves as ..., told reporters": skip the appositive.
    const sep = isDash(tokens[j]) ? isDash : isComma;
    let k = j - 1;
    while (k >= 0 && !sep(tokens[k]) && !(isCloseQuote(tokens[k]) && !tokens[k].q) && tokens[k].t !== '“') k--;
    const first = k >= 0 ? tokens[k + 1] : undefined;
    // "Dr. Silvia Martins, associate professor of ..., commented": any appositive right after a name.
    const afterName = k > 0 && tokens[k - 1].cap && !tokens[k - 1].q && roleWithin(tokens, k + 1, j);
    // "Jan Novak, smiling, said": a one-word participle between commas is an appositive too.
    // "The Soil Board, part of the ministry, said", "X, home to 40 rangers,": a bare noun and its preposition (not a plural:
    // "The porters, members of <group>, asked" leaves the group, named after the subject, for a later "the porters").
    const ok = k >= 0 && sep(tokens[k]) && first && k + 1 < j && (APPOSITIVE_START.has(first.b) || (!first.cap && (first.l.endsWith('ed') || (k + 2 === j && first.l.endsWith('ing')) || (/^(of|to)$/.test(tokens[k + 2].l) && !/[^s]s$/.test(first.l)))) || /^\d/.test(first.t) || first.cap || titles.has(first.l) || anonWords.has(first.l) || afterName);
    if (!ok) {
      // "Thomas Hoenig, the Fed's longest-serving policymaker and one of 10 people who decides what borrowers pay on mortgages, loans and other credit, said":
      // a long appositive with commas of its own, between the name that opens the sentence and the verb.
      const c0 = sep === isDash ? -1 : leadName(tokens, j);
      if (c0 < 0) return null;
      if (apposE < 0) apposE = j;
      apposS = c0 + 1;
      j = c0 - 1;
      break;
    }
    // ", the impact will increase, said Russell Davis": a clause with its own finite verb is not an appositive (unless relative: "who has ...").
    if (!/^wh(o|ich|ose|om)$/.test(first.l)) {
      for (let m = k + 2; m < j; m++) {
        // "a doctor at the hospital where the patients were treated": a relative clause inside the appositive.
        // "speaking on condition of anonymity because talks were continuing": so is a clause its subordinator opens.
        if (RELATIVE_WORDS.has(tokens[m].l) || CLAUSE_SUBORDINATORS.has(tokens[m].l)) break;
        if (FINITE.has(tokens[m].l) && !tokens[m].q) return null;
      }
    }
    if (apposE < 0) apposE = j;
    apposS = k + 1;
    j = k - 1;
    if (j < 0) return null;
    // "Maria Lopez, 54, who has lived ...": an age between the name and the relative clause.
    if (/^\d/.test(tokens[j].t) && isComma(tokens[j - 1]) && tokens[j - 2]?.cap) { j -= 2; break; }
    // "Jeff Sanborn, president of Chapter & Verse, a Spokane agency, said": a second appositive, naming the role, right after the name.
    let k2 = j;
    while (k2 >= 0 && k2 > j - 10 && (tokens[k2].word || tokens[k2].t === '&') && !tokens[k2].q) k2--;
    if (tokens[j].word && isComma(tokens[k2]) && k2 > 0 && k2 < j && tokens[k2 - 1].cap && !tokens[k2 - 1].q && !dateWords.has(tokens[k2 - 1].l) && !tokens[k2 + 1].cap && (titles.has(tokens[k2 + 1].l) || roleWithin(tokens, k2 + 1, j)) && !isDeterminer(tokens[k2 + 1].l) && !LINK_WORDS.has(tokens[k2 + 1].l)) {
      apposS = k2 + 1;
      j = k2 - 1;
      break;
    }
    if (tokens[j].word) break;
    // "Dawn Addiego (R-Burlington), for example, said": a party label in brackets after the name.
    if (tokens[j].t === ')') {
      let k3 = j - 1;
      while (k3 >= 0 && k3 > j - 8 && tokens[k3].t !== '(') k3--;
      if (k3 > 0 && tokens[k3].t === '(' && tokens[k3 - 1].cap) { j = k3 - 1; break; }
    }
  }
  // "An international body of regulators ..., known as the Basel Committee, announced": the name given is the source.
  if (apposS >= 0 && tokens[apposS].l === 'known' && tokens[apposS + 1].l === 'as' && apposE > apposS + 2) return { s: apposS + 2, e: apposE, apposE, apposS: -1, cueS };
  // "Burials have increased, with 24 each day, said Jason Kersten": a verb before the phrase, or a "with" phrase after no name,
  // ends a clause, not a subject; the cue is inverted.
  if (!free(tokens[j]) || (apposS >= 0 && !tokens[j].cap && (tokens[j].l.endsWith('ed') || (tokens[apposS].l === 'with' && !isNounWord(tokens[j].l))))) return null;
  // "during her interview with Winfrey she spoke": a pronoun after a name is the whole subject ("the candidate he calls" is a relative clause).
  let np = PRONOUN_SUBJECTS.has(tokens[j].l) && tokens[j - 1]?.cap ? [j, j + 1] : npBackward(tokens, j);
  if (!np) return null;
  // "Erik van Sebille, a physical oceanographer at ... told Reuters": an appositive missing its closing comma.
  const first = tokens[np[0]];
  // "Emma Lindqvist, the director of the Alliance, a campaign group, said": a second appositive after the name opening the sentence.
  const the = first.l === 'the' || first.l === 'her' || first.l === 'his';
  if ((isArticle(first.l) || the) && isComma(tokens[np[0] - 1]) && tokens[np[0] - 2]?.cap) {
    const again = npBackward(tokens, np[0] - 2);
    // ("Bruno Kessel died on Friday, his daughters said", "The bridge will reopen in March, a senior official said": a clause
    // before the comma, no name.)
    // ("Speaking to Reuters, a senior official said": the name is who was spoken to; "On Monday, an official said", "In Berlin,
    // a senior official said": when or where.)
    // ("Separately, a senior official said", "Overall, ...": one capitalised word opening the sentence is no sign of a name,
    // unless the appositive after it closes with a comma: "Alverson, a commissioner on ..., which ..., described".)
    if (again && (again[1] > 1 || apposE >= 0) && !LEAD_PREPOSITIONS.has(tokens[again[0] - 1]?.l!) && !LEAD_PREPOSITIONS.has(tokens[again[0]].l) && tokens.slice(again[0], again[1]).every((t) => t.cap || NAME_PARTICLES.has(t.l)) && (!the || (again[0] === 0 && again[1] > 1 && tokens[1].cap && !LEAD_PREPOSITIONS.has(tokens[0].l)))) {
      apposE = np[1];
      apposS = np[0];
      np = again;
    }
  }
  return { s: np[0], e: np[1], apposE: apposE < 0 ? np[1] : apposE, apposS, cueS };
}

/** The comma after a name of up to twelve words opening the sentence, when an appositive starts there and runs to token j; else -1. */
function leadName(tokens: Token[], j: number): number {
  let c = 0;
  while (c < j && c < 12 && free(tokens[c])) c++;
  const a = tokens[c + 1];
  return c > 0 && c < j - 2 && isComma(tokens[c]) && tokens[c - 1].cap && !a.q && (a.b === 'who' || /^(an?|the)$/.test(a.l)) ? c : -1;
}

/** True when the rest of the sentence after token i is only a short adverbial ("on Dec. 12."). */
function restIsShort(tokens: Token[], i: number): boolean {
  // The tail must be an adverbial ("on Dec. 12", "last week", "in a statement"), not an object ("a presence").
  const first = tokens[i];
  if (first?.word && !(dateWords.has(first.l) && !isArticle(first.l)) && !first.upper && !/^\d/.test(first.t)) return false;
  let words = 0;
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.word) {
      if (t.l === 'that' || (speaks(t) && !t.cap)) return false;
      words++;
    } else if (',“;:'.includes(t.t)) {
      return false;
    }
  }
  return words <= 7;
}

function cueText(text: string, tokens: Token[], s: number, e: number): string {
  return text.slice(tokens[s].s, tokens[e].e);
}

// (A Set's has(undefined) is false: "?.l!" below looks a missing token up without a fallback string.)
const LISTENER_DETERMINERS = wordSet('the|a|an|his|her|their|its');
/** The listener of "told X": a name, or words up to a listener noun ("told the newspaper", "told reporters"). */
function listenerAfter(tokens: Token[], i: number): [number, number] | null {
  const t = tokens[i];
  if (!free(t) || t.l === 'that') return null;
  let k = i;
  if (LISTENER_DETERMINERS.has(t.l)) k++;
  if (tokens[k]?.cap) {
    let e = k;
    while (tokens[e]?.cap || (/^(of|and|for)$/.test(tokens[e]?.l!) && tokens[e + 1]?.cap)) e++;
    // "told CBS affiliate WXYZ": the station's own name follows.
    if (/^(affiliate|station)$/.test(tokens[e]?.l!) && tokens[e + 1]?.cap) {
      e++;
      while (tokens[e]?.cap) e++;
    }
    // "told US lawmakers", "told Ukrainian officials"
    if (isListener(tokens[e]?.l!)) e++;
    return [i, e];
  }
  for (let e = k; e < k + 3; e++) {
    const w = tokens[e];
    // ("told the council that officers wrote ...": "that" opens what was told.)
    if (!w?.word || w.l === 'that') break;
    if (isListener(w.l)) return [i, e + 1];
  }
  return null;
}

/** "said in a statement", "said in his opening statement": the end of the cue, or -1. */
function statementContext(tokens: Token[], i: number): number {
  if (tokens[i]?.l !== 'in') return -1;
  for (let k = i + 1; k <= i + 4; k++) {
    const t = tokens[k];
    if (!t?.word) return -1;
    if (contextNouns.has(t.l)) {
      // "in a blog post": the longest run of such nouns.
      while (contextNouns.has(tokens[k + 1]?.l!)) k++;
      return k;
    }
  }
  return -1;
}

/** Words opening a phrase or clause before the subject ("After the vote, ...", "Without naming him, ..."). */
const CLAUSE_OPENERS = wordSet('after|in|on|at|during|last|earlier|later|before|when|since|meanwhile|however|instead|without|despite|while|although');
/** The subject at the start of the sentence, after a leading adverbial ("After the hearing, Hawk Sawyer ..."). */
function sentenceSubject(tokens: Token[], limit: number): [number, number] | null {
  // ("But the protesters blocked the road, saying ...": "but" opens the subject's clause, not a clause before it.)
  let i = /^(but|and)$/.test(tokens[0]?.l) ? 1 : 0;
  const first = tokens[i];
  if (first && CLAUSE_OPENERS.has(first.l)) {
    while (i < limit && !isComma(tokens[i])) i++;
    if (i >= limit) return null;
    i++;
  }
  if (i < limit && /^(but|and)$/.test(tokens[i].l)) i++;
  let k = i;
  if (k < limit && isDeterminer(tokens[k].l)) k++;
  // ("Health care workers have protested ..., warning": a plain word before a noun is part of the subject.)
  while (k < limit && !tokens[k].q && (tokens[k].cap || isNounWord(tokens[k].l) || titles.has(tokens[k].l) || (k > i && tokens[k].word && k + 1 < limit && isNounWord(tokens[k + 1].l)))) k++;
  return k > i && !(k === i + 1 && isDeterminer(tokens[i].l)) ? [i, k] : null;
}

/** Verbs of saying that follow a first verb of their subject with a bare "and" ("Police arrested two men and said ..."). */
const AND_SAID = wordSet('said|says|added|told|warned|insisted|reported|called');
const PREPOSITION_CUES = new FlagSet(wordList('according|citing|quoting|per'));
/** Any word that can start an attribution: one AND per token skips the rest. */
const CUE_MASK = speechVerbs.bit | nounLikeVerbs.bit | statementVerbs.bit | PARTICIPLES.bit | PREPOSITION_CUES.bit | noComment.bit | verbObject.bit;
/**
 * The words findCandidates looks at before its CUE_MASK test ("read", "in ... view", "To X,", "as described in", "wants to"):
 * a word compared there must be here too, or the skip at the top of its loop passes it by.
 */
const EARLY_CUES = new FlagSet(wordList('read|reads|see|in|to|as|wants|hopes|hope'));
/** Verbs of answering: negated ("has not yet replied", "could not be reached", "was not available for comment"), a response not given (unanswered()). */
const ANSWERS = new FlagSet(expand('respond^|reply|replied|comment^|answer^|return^|reached|available|unavailable|name~|identify|identifies|identified|disclose~|release~'));
/** A token with none of these bits is no cue of any kind: findCandidates passes it with one AND, before its string comparisons (each counts in the page, where the engine runs cold). */
const CANDIDATE_MASK = CUE_MASK | EARLY_CUES.bit | ANSWERS.bit;

/** Nouns of speech and belief that "There was/is ..." reports ("speculation on", "a growing belief among"); not feelings ("anger", "fears"). */
const THERE_NOUNS = /^(speculation|talk|reports?|suggestions?|beliefs?|perceptions?|rumou?rs?|claims?|allegations?|views?) (on|in|among)$/;
const VIEW_NOUNS = wordSet('view|opinion|words');
const AS_IN = wordSet('described|outlined|detailed|stated|specified');
/** Participles that, before "to be" or "to have", are a reduced passive: hearsay, not a report ("two men believed to be smugglers"). */
const HEARSAY = wordSet('said|believed|thought|reported|alleged|rumored|rumoured|estimated|claimed');
/** Passive participles of acts, not reports: their "by" names who did them. */
const PASSIVE_ACTS = wordSet('asked|written|charged|quoted|cited|considered');
/** Unnamed people opening a sentence whose "see" is their view ("Others who ... see", "Critics see"). */
const VIEW_HOLDERS = wordSet('others|critics|analysts|observers|skeptics|sceptics');

export function findCandidates(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  /** A candidate whose cue is the text from token cueS to token cueE, unless given. */
  const add = (s: number, e: number, apposE: number, cueS: number, cueE: number, kind: Candidate['kind'], atEnd = false, cue = cueText(text, tokens, cueS, cueE)): Candidate => {
    const c = mk(s, e, apposE, cueS, cueE, cue, kind, tokens, atEnd);
    out.push(c);
    return c;
  };
  const n = tokens.length;
  let participle = -1;
  // "“Keep calm,” instructed Ada Quist.", "“Enough,” the guard muttered.": any verb in -ed framing a quotation, right after it or
  // ending the sentence after its subject, says how it was said (Levin 37.3 manner of speaking, directives): a reporting verb here.
  for (let k = 2; k < n; k++) if (tokens[k - 2].t === ',' && isCloseQuote(tokens[k - 1])) for (const v of [k, n - 2]) if (v - k < 5 && tokens[v].l.endsWith('ed')) tokens[v].f |= speechVerbs.bit;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if ((t.f & CANDIDATE_MASK) === 0) continue;
    const l = t.l;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const prev2 = tokens[i - 2];
    const next2 = tokens[i + 2];
    const rd = l === 'read' || l === 'reads';
    if ((rd || (l === 'see' && VIEW_HOLDERS.has(tokens[0].l) && next?.word)) && !t.q) {
      // "“...,” read one.", "“...,” reads one.", "The sign read: “...”": a written thing quoted, whatever names it.
      // "Others who have tracked her career see trouble ahead": unnamed people's view of what is coming.
      // "“...,” the report reads.": the written thing between the quotation and the verb.
      const inverted = isCloseQuote(prev);
      const sb = inverted ? null : subjectBefore(tokens, i);
      const after = rd && sb !== null && isCloseQuote(tokens[sb.s - 1]);
      const np = inverted ? npForward(tokens, i + 1) : after ? [sb.s, sb.e] : (l === 'see' || /^[,:]?[“"]/.test(next?.t + next2?.t)) && sb?.s === 0 ? [0, i] : null;
      if (np) {
        add(np[0], np[1], np[1], i, i, 'verb', inverted || after, l).documentOnly = rd;
      }
      continue;
    }
    // "In Lipman’s view, ...", "in the board’s opinion, ...", "in Smith’s words, ...": whose view the sentence gives.
    if (l === 'in' && VIEW_NOUNS.has(next2?.l!) && possessive(next.l) && isComma(tokens[i + 3])) add(i + 1, i + 2, i + 2, i, i + 2, 'according');
    // "To Hoenig, the Fed's policies are ...": a name opening the sentence as the one whose view it is.
    if (i === 0 && l === 'to' && tokens[1]?.cap) {
      let k = 1;
      while (k < 4 && tokens[k].cap) k++;
      if (isComma(tokens[k])) add(1, k, k, 0, k - 1, 'according');
    }
    // "The deal, as described in the filing, gives ...": the writing the sentence rests on.
    if (l === 'as' && AS_IN.has(next?.l!) && next2?.l === 'in') {
      const np = npForward(tokens, i + 3);
      if (np) {
        const c = add(np[0], np[1], np[1], i, i + 2, 'according');
        c.documentOnly = c.strict = true;
      }
    }
    // "The league wants cities to pay", "The company hopes to resume launches": a body's or person's present aim, in its own name.
    if ((l === 'wants' || l === 'hopes' || l === 'hope') && !t.q && wantsTo(tokens, i, n)) {
      const sub = subjectBefore(tokens, i);
      // (Not an unnamed person's or group's wish for others: "Her father wants the club to apologise" is narration.)
      if (sub && (tokens[sub.e - 1].cap || (isNounWord(tokens[sub.e - 1].l) && (l < 'i' || orgWords.has(tokens[sub.e - 1].l))))) add(sub.s, sub.e, sub.apposE, sub.cueS, i, 'verb');
      continue;
    }
    // "There was no immediate comment from the presidency": a body's comment not given.
    if (l === 'comment' && next?.l === 'from') {
      const q = prev?.l === 'no' ? i - 1 : tokens[i - 2]?.l === 'no' ? i - 2 : -1;
      const np = q < 0 ? null : npForward(tokens, i + 2);
      if (np) {
        add(np[0], np[1], np[1], q, i, 'no-comment');
        continue;
      }
    }
    // "did not respond to questions", "could not be reached", "has yet to comment": a response not given.
    const ua = t.f & ANSWERS.bit && !t.q ? unanswered(tokens, i) : 0;
    if (ua) {
      // ("has yet to reply": the subject before "yet".)
      const sub = subjectBefore(tokens, prev.l === 'to' ? i - 2 : i);
      if (sub) {
        add(sub.s, sub.e, sub.apposE, sub.cueS, ua, 'no-comment').apposS = sub.apposS;
        continue;
      }
    }
    if ((t.f & CUE_MASK) === 0 || t.q) continue;
    // "All said and done, ...", "All told, ...", "Having said that, ...": set phrases, no one speaks; and a participle clause is no main clause.
    if ((l === 'said' && next2?.l === 'done') || prev?.l === 'having' || (i === 1 && tokens[0].l === 'all' && isComma(tokens[2]))) continue;
    // "The autopsy report lists", "Campaign finance reports show", "A review of inspection records shows": a noun before its verb.
    if (/^re(ports?|cords)$/.test(l) && next && (speaks(next) || docOnly.has(next.l))) continue;
    // "according to X", "per X"
    if ((l === 'according' && next?.l === 'to') || (l === 'per' && (next?.cap || next?.l === 'the') && !perNot.has(next.l))) {
      const from = l === 'per' ? i + 1 : i + 2;
      const np = npForward(tokens, from);
      if (np) {
        const c = add(np[0], np[1], np[1], i, from - 1, 'according', (isComma(prev) || isDash(prev)) && restIsShort(tokens, np[1]));
        c.strict = true;
        // "The firm, which according to its website employs 300 people, ...": the source of a relative clause; "Given his
        // record -- he has missed 40 votes, according to X -- voters ...": of a clause in a dash parenthetical (but "The plant
        // leaked -- according to X -- 40 tonnes": a parenthetical that is only the attribution attributes the sentence).
        // "One sank, another ran aground according to reports, and ...", "Two were saved, among them, according to reports, the
        // cook": inside a later coordinated clause, or a phrase of inclusion put in, it attributes no main clause (CONVENTIONS).
        const k = i - +isComma(prev);
        let m = k;
        while (m && !isComma(tokens[m - 1])) m--;
        c.subordinate = RELATIVE_WORDS.has(prev?.l!) || (!isDash(prev) && isDash(tokens[np[1]]) && tokens.slice(0, i).some(isDash))
          || (m > 0 && (k < i ? k - m < 3 && /^(includi|among|notabl|especial)/.test(tokens[m].l) : isComma(tokens[np[1]]) && /^(and|but)$/.test(tokens[np[1] + 1]?.l)));
        // "according to its founder, Max Levin": a name in apposition after the description; "according to Sea Watch, a rights
        // group,": a description after the name (after a name opening the sentence only this, where a name is the clause's subject).
        if (isComma(tokens[np[1]]) && (isArticle(tokens[np[1] + 1]?.l as string) || (i && tokens[np[1] + 1]?.cap))) c.apposS = np[1] + 1;
      }
      continue;
    }
    if (l === 'citing' || l === 'quoting') {
      const np = npForward(tokens, i + 1);
      if (np) {
        add(np[0], np[1], np[1], i, i, 'citing', false, t.t).strict = true;
      }
      continue;
    }
    // ("Asked one pensioner: “...”": an inverted verb opening the sentence, its subject before a colon; see below.)
    if (t.cap && i) continue;
    // "declined to comment", "did not respond to a request for comment"
    const nc = noComment.matchAt(tokens, i, n);
    if (nc > 0) {
      const sub = subjectBefore(tokens, i);
      if (sub) {
        // "Her attorney, Priya Raman, declined to comment": the appositive may name the speaker.
        add(sub.s, sub.e, sub.apposE, i, i + nc - 1, 'no-comment').apposS = sub.apposS;
      }
      i += nc - 1;
      continue;
    }
    // "put it more bluntly", "as one trader put it,", "put it this way:": the manner of a remark (not "put it on the shelf").
    // (Only "put" of the cue words starts so. The cue is "put it", its adverb left out for bytes.)
    if (l.startsWith('put') && next?.l === 'it' && /^(\W|more|this|best|\w+ly)$/.test(next2?.t)) {
      const sub = subjectBefore(tokens, i);
      if (sub) {
        add(sub.s, sub.e, sub.apposE, sub.cueS, ++i, 'verb').apposS = sub.apposS;
        continue;
      }
    }
    // "made clear"; "voiced concerns", "raised safety concerns": a light verb and a speech act's noun.
    // ("The union is adamant journalists must be exempt": a stance and its clause without "that"; not "Not everyone was convinced ...".)
    const vo = verbObject.matchAt(tokens, i, n) || (t.f & statementVerbs.bit ? spokenObject(tokens, i) : 0) || (BE_FORMS.has(l) && STANCES.has(next?.l!) && tokens[0].l !== 'not' && bareClauseAt(tokens, i + 2) ? 2 : 0);
    if (vo > 0) {
      const sub = subjectBefore(tokens, i);
      if (sub) {
        // ("stipulates that", "requires that", "provides that": a document's rule; a person's is an order, an act.)
        add(sub.s, sub.e, sub.apposE, sub.cueS, i + vo - 1, 'verb').documentOnly = /^(sti|requi|provi)/.test(l);
        i += vo - 1;
        continue;
      }
    }
    // "issued a statement saying"
    if (statementVerbs.has(l)) {
      let k = i + 1;
      while (k <= i + 3 && tokens[k]?.word && !statementNouns.has(tokens[k].l)) k++;
      if (statementNouns.has(tokens[k]?.l!)) {
        let end = k;
        // "released a statement condemning ...": any reporting participle says what it said.
        const p = tokens[k + 1];
        if (p && speaks(p) && p.l.endsWith('ing')) end = k + 1;
        // "issued a statement Friday, saying": a time word between the statement and what it said.
        let later = false;
        for (let m = k + 1; m < n && m <= k + 5 && end === k; m++) {
          if (/^(saying|that)$/.test(tokens[m].l)) { later = true; break; }
          if (!(isComma(tokens[m]) || dateWords.has(tokens[m].l) || /^\d/.test(tokens[m].t))) break;
        }
        const sub = subjectBefore(tokens, i);
        // "released a statement distancing themselves from ...": what the statement does, any participle.
        if (sub && (end > k || later || /^(that|:)$/.test(tokens[k + 1]?.l!) || (p && !p.q && p.l.length > 5 && p.l.endsWith('ing')))) {
          add(sub.s, sub.e, sub.apposE, i, end, 'verb');
          i = end;
          continue;
        }
      }
    }
    // ("The plant grew, adding 200 jobs": a participle that reports only with a clause, without one, is an act.)
    if (PARTICIPLES.has(l) && isComma(prev) && participle < 0 && (!clauseOnly.has(l) || /^(that|:)$/.test(next?.l!) || next?.q || CLAUSE_SUBJECTS.has(next?.l.split(/[’']/)[0]!) || bareClauseAt(tokens, i + 1))) participle = i;
    if (!speaks(t)) {
      // "did reference", "they claim": a noun-like verb after an auxiliary or a pronoun.
      // "The report, published by the World Bank, estimates that ...": a noun-like verb right before "that".
      const beforeThat = (next?.l === 'that' && (isComma(prev) || (docWords.has(prev?.b!) && !isDeterminer(prev!.l) && !possessive(prev!.l))))
        // "Jane Foster fears that ...", "Smith hopes the talks will resume": a name, then the verb and its clause.
        || (prev?.cap && l.endsWith('s') && !possessive(prev.l) && (next?.l === 'that' || bareClauseAt(tokens, i + 1)))
        // "A new analysis by the Kaiser Family Foundation estimates 4 million ...": a document opening the sentence.
        || (nounLikeVerbs.has(l) && next?.word && !/^(of|by)$/.test(next.l) && leadingDocument(tokens, i) === i);
      // "Many people report ...", "some experts claim ...", "Tunisians fear ...": a plural of people, then the noun-like verb
      // (or between commas, or ending the sentence: "..., researchers report.").
      const peopleBefore = free(prev) && (PEOPLE_PLURAL.test(prev.l) ? !prev.cap || i <= 2 : !prev.cap && PLURAL_PEOPLE.has(prev.l)) && (free(next) ? !/^(of|by|from|to)$/.test(next.l) : isComma(prev2));
      // "..., Hoenig notes.", "The board disagrees.": a name, then the verb ending the sentence.
      const alone = prev?.cap && prev.b === prev.l && !prev.q && l.endsWith('s') && !isDeterminer(prev2?.l!) && next?.t === '.' && i + 2 >= n;
      // "the company claims its prices ...", "The agency estimates that ...": a described subject, then its clause.
      const described = prev2?.l === 'the' && isNounWord(prev?.l!) && (LISTENER_DETERMINERS.has(next?.l!) || (next?.l === 'that' && l.endsWith('s')));
      // ("Prunty calls the sign “a billboard for despair”": a name's "calls" is a verb, read below.)
      // "the report states ...", "The memo also notes that ...", "It also notes": a written thing with its determiner, or a pronoun, says what its verb takes.
      const d = prev?.l === 'also' || prev?.l === 'then' ? i - 2 : i - 1;
      const written = docWords.has(tokens[d]?.b!) && !tokens[d].cap && isDeterminer(tokens[d - 1]?.l!);
      if (!nounLikeVerbs.has(l) || !prev || (!beforeThat && !peopleBefore && !alone && !described && !written && !isCloseQuote(prev) && !(prev.cap && l.startsWith('call')) && (!prev.word || !(auxiliaries.has(prev.l) || CUE_ADVERBS.has(prev.l) || PRONOUN_SUBJECTS.has(tokens[d]?.l!))))) continue;
    }
    if (l.endsWith('ing')) {
      // "The Democrats are alleging that ...", "The university is currently forecasting ...": a progressive reporting verb.
      const be = prev && isLyAdverb(prev.l) ? prev2 : prev;
      if (/^(is|are|was|were)$/.test(be?.l!) && speaks(t) && !clauseOnly.has(l)) {
        const sub = subjectBefore(tokens, i);
        if (sub && !/^\d/.test(tokens[sub.s].t)) add(sub.s, sub.e, sub.apposE, sub.cueS, i, 'verb');
        continue;
      }
      // "The report presents data showing that ...", "draws on records indicating": what a document's evidence shows, the document's.
      // (The document opens the sentence, a verb comes between: "The farmer uses figures showing" is no document's.)
      const h = docWords.has(prev?.b!) || prev?.l === 'evidence' ? leadingDocument(tokens, i - 1) : -1;
      if (h > 0 && h < i - 1) {
        add(0, h, h, h, i, 'verb').documentOnly = true;
      }
      // "Kise responded by arguing ...": the -ing verb is the cue, the subject is the responder's;
      // "She closed the interview by describing ...": the sentence's subject's.
      // ("grew by adding 200 beds": adding a thing is an act; "by adding that ..." reports.)
      if (prev?.l === 'by' && (l !== 'adding' || /^(that|:)$/.test(next?.l!) || next?.q)) {
        const sub = BY_VERBS.has(prev2?.l!) ? subjectBefore(tokens, i - 2) : null;
        const subj = sub ? [sub.s, sub.e] : sentenceSubject(tokens, i - 1);
        if (subj) add(subj[0], subj[1], sub?.apposE ?? subj[1], i, i, 'verb', false, t.t);
      }
      continue;
    }
    // "the report", "a claim"; but "The two said", "Both said", "Some questioned" name people ("Some reports" does not).
    // "Sources who spoke with her said": "her" before a verb that is never a noun is its object, not a possessive.
    // "These bakers all said", "“...,” one said": a floating quantifier after a plural, a lone "one" or "another".
    if (prev && isDeterminer(prev.l) && !((STANDALONE.has(prev.l) ? i === 1 || prev2.l === 'the' || isNounWord(prev2.l) : INDEFINITE.has(prev.l) && !prev2?.word) && (!l.endsWith('s') || /^(two|both)$/.test(prev.l))) && !(prev.l === 'her' && (VERB_BEFORE_OF.has(l) || l === 'say'))) continue;
    if (prev && isLyAdverb(prev.l) && isDeterminer(prev2?.l!)) continue; // "a newly revealed call"
    // "Russia’s statement"; but "Moody's said", "Sainsbury’s told investors": a name in the possessive before a verb that is never
    // a noun is a business named so.
    if (prev && possessive(prev.l) && !(prev.cap && /^(sa(id|ys)|told)$/.test(l) && !/^wh/.test(prev.l))) continue;
    // "intelligence reports seen by Reuters suggest": a plural noun with its participle, not a verb.
    if (/^(reports|claims|estimates)$/.test(l) && SEEN_PARTICIPLES.has(next?.l!)) continue;
    // "according to local news reports": reports by the news, not the news reporting.
    if (/^reports?$/.test(l) && /^(news|media)$/.test(prev?.l!)) continue;
    // "economists project that ...": the base form needs a plural subject ("a housing project that" is a noun).
    if (l === 'project' && !(isComma(prev) || prev?.l.endsWith('s'))) continue;
    // "the administration will announce a new strategy": nothing is said yet.
    if (prev?.l === 'will' && /^(announce|release|unveil|publish)$/.test(l)) continue;
    // "Beijing has not yet formally announced Xi's visit": what was not announced is not reported.
    if (/^announced?$/.test(l) && negatedBefore(tokens, i)) continue;
    // "was first reported by", "was later revealed by": an adverb between.
    const bePrev = prev && (/^(first|also|later)$/.test(prev.l) || isLyAdverb(prev.l)) ? prev2 : prev;
    if (BE_FORMS.has(bePrev?.l!) && (bePrev!.l !== 'been' || /^(critici|condemn|prais|denounc|slam|blast|hail|applaud|commend|lambast|rebuk|decri|welcom|descri|charac|portr|lab|bran|term|dub)/.test(l)) && !docOnly.has(l) && !PASSIVE_ACTS.has(l)) {
      // "it was revealed by the NGO Front Line Defenders that ...", "was confirmed by police": the agent of a passive report is its source
      // (not "was found by hikers", "was asked by reporters", "was charged by police"; nor a state, "has been acknowledged by"; but
      // after "been" a judgment, Levin 33 praise and blame verbs: "has been criticised by the union"; or a characterisation, 29.2-3:
      // "has been described as reckless by", "has been branded a stunt by"; quotation marks between do not count: "described as “reckless” by").
      for (let k = i + 1, m = i + 5; k < n && k < m && (tokens[k].word || (tokens[k].q && ++m)); k++) if (tokens[k].l === 'by') {
        const np = npForward(tokens, k + 1);
        if (np) {
          add(np[0], np[1], np[1], i, k, 'according').strict = true;
        }
        break;
      }
    }
    if (next?.l === 'by' || (next?.l === 'of' && !VERB_BEFORE_OF.has(l))) continue; // "reports by fishermen", "claims of"
    // "reported to him"; "the river said to be", "two men believed to be": a hedge; "reported to the base", "reports to the minister"
    // (turning up, answering to a boss): "reported to" is speech only with a clause ("reported to police that").
    if (next?.l === 'to' && (OBJECT_PRONOUNS.has(next2?.l!) || (/^(be|have)$/.test(next2?.l!) && HEARSAY.has(l)) || (l.startsWith('rep') && !thatSoon(tokens, i + 2)))) continue;
    // Passive "was told", "is said to", "is widely expected to" (a hedge, not an attribution).
    if (BE_FORMS.has(bePrev?.l!)) {
      if (!(/^(quoted|cited)$/.test(l) && next?.l === 'as')) continue;
    } else if (l === 'quoted' || (l === 'cited' && !citesReason(tokens, i + 1))) {
      // "Interfax quoted a senior official as saying ...", "state media cited officials as saying": the one quoted speaks; an
      // outlet quoting carries it (via).
      let k = i;
      while (++k < i + 14 && free(tokens[k]) && tokens[k].l !== 'as');
      // (The word after "as" first: at the sentence's end there is neither.)
      if (k > i + 1 && tokens[k + 1]?.l.endsWith('ing') && tokens[k].l === 'as') {
        const sub = subjectBefore(tokens, i);
        add(i + 1, k, k, i, i, 'citing', false, `${t.t} ... as`).spokeTo = sub && [sub.s, sub.e];
      }
      continue;
    }

    // "The researchers found that ...", "scientists have shown that ...", "De Blasio indicated earlier this week that ...": a clause found or signalled is a statement, whoever makes it.
    const documentOnly = docOnly.has(l) && !(/^(f|sh)/.test(l) && next?.l === 'that') && !(l.startsWith('indicate') && thatSoon(tokens, i + 1));
    if (documentOnly) {
      // "Records the company filed with regulators show ...": a document opening the sentence, then a reduced relative clause.
      const h = leadingDocument(tokens, i);
      if (h > 0) {
        add(0, untilComma(tokens, h), h, i, i, 'verb', false, t.t).documentOnly = true;
      }
    }
    let cueE = i;
    let listener: [number, number] | null = null;
    if (tellVerbs.has(l)) {
      listener = listenerAfter(tokens, i + 1);
      if (listener) cueE = listener[1] - 1;
    }
    let cue = cueText(text, tokens, i, cueE);
    if (!listener) {
      const ctx = statementContext(tokens, i + 1);
      if (ctx > 0) { cueE = ctx; cue = cueText(text, tokens, i, cueE); }
    }
    let framed = false;
    if (FRAMED.has(l)) {
      // "Benioff introduced Cook as ...", "Oza attributed the rally to ...": the verb reports only with its frame word.
      const f = FRAMED.get(l) as string;
      // From the second word on: "blamed for the floods" right after the verb is a passive with no object.
      const late = f[0] < 'a';
      const want = `|${late ? f.slice(1) : f}|`;
      let found = '';
      for (let k = i + (late ? 2 : 1); k < n && k < i + 16; k++) {
        if (/^[,;]$/.test(tokens[k].t)) break;
        if (want.includes(`|${tokens[k].l}|`) && !tokens[k].q) { found = tokens[k].l; break; }
      }
      // ("policies critics have long blamed on him": a late frame right after the verb, its object gone, is no report.)
      if (found) {
        if (!late) cue = `${t.t} ... ${found}`;
        framed = true;
      } else if (!late || f[0] === '*' || want.includes(`|${next?.l}|`)) continue;
    }
    if (l.startsWith('describ')) {
      for (let k = i + 1; k < n && k < i + 20; k++) {
        if (/^[,;]$/.test(tokens[k].t)) break;
        if (tokens[k].l === 'as' && !tokens[k].q) { cue = `${t.t} ... as`; break; }
      }
    }
    // "recalled telling", "remembered saying": the -ing verb reports with it; "recalls being out at a party": a memory is the subject's account.
    const telling = next?.l.endsWith('ing') && (speaks(next) || l.startsWith('recall'));
    if (telling) cue = cueText(text, tokens, i, cueE = i + 1);
    // "texted to say", "wrote to say"; "quoted as saying"
    if ((!listener && next?.l === 'to' && next2?.l === 'say') || (/^(quoted|cited)$/.test(l) && next?.l === 'as' && next2?.l === 'saying')) cue = cueText(text, tokens, i, cueE = i + 2);
    // "X reports for NPR": the subject is a journalist of that outlet.
    let writesFor: [number, number] | null = null;
    if (/^(reports?|reported|writes|wrote)$/.test(l) && /^(for|in)$/.test(next?.l!)) {
      writesFor = npForward(tokens, i + 2);
    }
    // "..., the crowd fell silent, reported Ines Ruiz of Radio Sud.": a name running to the end after the verb is its subject, whatever clause is before.
    const inv = isComma(prev) && INVERTIBLE.has(l);
    let sub = inv && next?.cap && tokens.slice(i + 1, n - 1).every((w) => w.cap || LINK_WORDS.has(w.l)) ? null : subjectBefore(tokens, i);
    // "As the storm hit, the pier collapsed, said Tom Reyes, a fisherman.": the "appositive" skipped back to a fronted clause's
    // (or phrase's: "In the storm, ...") subject was the main clause, so the verb is inverted; its subject is the source phrase
    // after it, up to a comma or the end.
    // (Not a time or place after the verb: "“...,” Ada Quist, a chemist, said on Monday.")
    if (inv && sub?.apposS! >= 0 && (sub!.s || LEAD_PREPOSITIONS.has(tokens[0].l)) && !FORWARD_STOP.has(next?.l!)) {
      const np = npForward(tokens, i + 1);
      if (np && (np[1] >= n - 1 || isComma(tokens[np[1]])) && (tokens[np[1] - 1].cap || roleWithin(tokens, np[0], np[1]) || personShaped(tokens[np[1] - 1].l))) sub = null;
    }
    if (!documentOnly && (!sub || sub.s > 0) && !auxiliaries.has(prev?.l!)) {
      // "An internal memo obtained by the Guardian says ...": the document is the subject, not the name before the verb.
      const lead = leadingDocument(tokens, i);
      if (lead === i) sub = { s: 0, e: untilComma(tokens, i), apposE: i, apposS: -1, cueS: i };
    }
    const quoteAfterComma = ',:'.includes(next?.t!) && '“"'.includes(next2?.t!);
    let needsClause = clauseOnly.has(l) && !framed && !quoteAfterComma && !thatAfterPhrase(tokens, i + 1) && !(next && (next.l === 'that' || (next.l === 'about' && ABOUT_VERBS.has(l)) || (/^(obj|rai)/.test(l) && thatSoon(tokens, i + 1, l[0] === 'o' ? 'to' : 'against')) || ':“"'.includes(next.t) || CLAUSE_SUBJECTS.has(next.l.split(/[’']/)[0]) || (next.l === 'so' && !next2?.word) || (WH_WORDS.has(next.l) && (QUESTION_VERBS.has(l) || (negatedBefore(tokens, i) && !ANSWERS.has(l)))) || telling));
    if (needsClause && l.startsWith('call')) {
      // "called his death "a crisis of public trust"": a characterisation in quotation marks.
      for (let k = i + 1; k < n && k < i + 8; k++) {
        if (isComma(tokens[k])) break;
        if (tokens[k].q) { needsClause = false; break; }
      }
    }
    // "The report calls on the council to ...": a document's appeal (a person's or body's "called on utilities to cut power" is
    // as often an order, an act; not "called on the family").
    // ("calls on the county, which owns the ferry, to": an appositive after the object.)
    const callsOn = l.startsWith('call') && next?.l === 'on' && (thatSoon(tokens, i + 3, 'to') || /^ on [^,;]+, [^,;]+, to /.test(text.slice(t.e)));
    if (needsClause && l.startsWith('call') && (next?.l === 'for' || callsOn)) {
      // "The Palestinian Authority called for ...": a demand, reported speech.
      needsClause = false;
      cueE = i + 1;
      cue = cueText(text, tokens, i, cueE);
    } else if (needsClause && /^c(all|onsider)/.test(l) && callsSomethingA(tokens, i)) {
      needsClause = false; // "called the impeachment process a sham"
    }
    needsClause &&= !(
      // "Microsoft expects to release 16 million tons", "Analysts had expected a loss": a forecast by a source, whatever follows.
      (l.startsWith('expect') && sub && (tokens[sub.e - 1].cap || isNounWord(tokens[sub.e - 1].l)))
      // "believe the bill is ...", "ruled Trump was liable": a clause without "that".
      || bareClauseAt(tokens, i + 1)
      // "A new analysis by X estimates 4 million people ...": a document states what its verb takes.
      // ("The memo did not mention the pool": the document, then the negated verb.)
      || (sub?.s === 0 && leadingDocument(tokens, i) >= sub.e)
      // "Engoron did not agree.": the verb ends the sentence, a statement about a statement.
      || (next?.t === '.' && i + 2 >= n && ((sub?.cueS ?? i) < i || ALONE_VERBS.has(l)))
      // "As Ana Ruiz recalled years later, ...": an as-clause opening the sentence gives the rest as what its subject said.
      || (sub?.s === 1 && tokens[0].l === 'as'));
    if (sub) {
      const cueS = sub.cueS;
      if (cueS < i) cue = cueText(text, tokens, cueS, i) + cue.slice(t.t.length);
      const before = tokens[sub.s - 1];
      const afterComma = (isComma(before) || isCloseQuote(before) || isDash(before));
      const atEnd = afterComma && restIsShort(tokens, cueE + 1);
      // ", he testified," or ", Morrison testified.": the verb needs no clause of its own.
      // "“...,” he added of his relatives, saying ...": whom the words were about, then more of the frame.
      const parenthetical = atEnd || (afterComma && (isComma(tokens[cueE + 1]) || isDash(tokens[cueE + 1]) || tokens[cueE + 1]?.l === 'of'));
      if (/^\d/.test(tokens[sub.s].t) && tokens[sub.s + 1].l !== 'of') continue; // "3,248 cases reported": a quantity, not a source ("12 of the miners" is a share of them)
      if (needsClause && !parenthetical) continue;
      // "“Dear colleagues,” the letter began", "The note began: “...”": only with the quotation it opens.
      if (l === 'began' && !atEnd && next?.t !== ':') continue;
      const c = add(sub.s, sub.e, sub.apposE, cueS, cueE, 'verb', atEnd, cue);
      c.apposS = sub.apposS;
      c.spokeTo = listener;
      c.documentOnly = documentOnly || callsOn;
      c.writesFor = writesFor;
      continue;
    }
    // "Rep. McKinley visited the border, and argued that ...", "Police arrested two men and said ...": a second verb of the sentence's subject.
    // (Without the comma only the plain verbs of saying, and not past a colon: "... firm: He name-dropped ... and said".)
    if (/^(and|but)$/.test(prev?.l!) && !needsClause && (isComma(prev2) || (AND_SAID.has(l) && !tokens.some((w, k) => k < i && w.t === ':')))) {
      const subj = sentenceSubject(tokens, i - 1);
      if (subj) {
        const c = add(subj[0], subj[1], subj[1], i, cueE, 'verb', false, cue);
        c.spokeTo = listener;
        // ("... and called on the mayor to back it": a document's appeal, as in a first clause.)
        c.documentOnly = callsOn;
        continue;
      }
    }
    // Inversion: "..., said Peskov." / "” said the ministry" / "reports Wee".
    // Right after a closing quotation mark, any reporting verb in -s or -ed comes before its subject ("“...,” predicts one host");
    // not a document's verb after a quoted title ("“The Wire” showed Baltimore as ...").
    if ((!prev || isComma(prev) || isCloseQuote(prev) || isDash(prev)) && next?.word && (INVERTIBLE.has(l) || (isCloseQuote(prev) && /(s|ed)$/.test(l) && !docOnly.has(l))) && !FORWARD_STOP.has(next.l)) {
      const np = npForward(tokens, i + 1);
      if (np && (prev || tokens[np[1]]?.t === ':')) {
        // "said another witness, former White House adviser Fiona Hill.": an appositive that names the source.
        let apposE = np[1];
        let apposS = -1;
        // Skip a short modifier ("another witness in the impeachment probe, former adviser Fiona Hill").
        let cm = np[1];
        while (cm < np[1] + 8 && free(tokens[cm])) cm++;
        if (isComma(tokens[cm]) && tokens[cm + 1]?.word) {
          apposS = cm + 1;
          apposE = apposS;
          while (free(tokens[apposE])) apposE++;
        }
        add(np[0], np[1], apposE, i, i, 'verb', !!prev && restIsShort(tokens, apposS >= 0 ? apposE : np[1]), t.t).apposS = apposS;
      }
    }
  }
  // "There was speculation on Radio Kestrel that ...", "There is a growing belief among fishermen that ...": what was said in an
  // outlet, or is held in a group, told by an existential speech or belief noun (not "There was a report on the floods").
  if (tokens[0]?.l === 'there') {
    let k = 1;
    while (k < 6 && !THERE_NOUNS.test(`${tokens[k]?.l} ${tokens[k + 1]?.l}`)) k++;
    const np = npForward(tokens, k + 2);
    if (k < 6 && np && tokens[np[1]]?.l === 'that' && (tokens[k + 1].l === 'among' || findOutlet(tokens, np[0], np[1]))) add(np[0], np[1], np[1], 0, k, 'according');
  }
  // "The US welcomed the exchange, saying ...": a stance taken on an object; the participle says what was said.
  if (participle > 0 && out.length === 1 && out[0].cueE < participle && /^(welcom|reject|dismiss)/.test(tokens[out[0].cueE].l)) out.length = 0;
  // "The board opposes the plan, arguing that the rule assures officers ...": a verb inside what the participle reports does not count.
  if (participle > 0 && out.every((c) => c.subjS > participle && tokens.slice(participle, c.subjS).some((t) => t.l === 'that'))) {
    // "The US welcomed the exchange, saying ...": the participle reports for the main subject.
    const subj = sentenceSubject(tokens, participle);
    if (subj) add(subj[0], subj[1], subj[1], participle, participle, 'participle', false, tokens[participle].t);
  }
  // "In a statement, the ministry welcomed ...": only when nothing else attributes.
  if (out.length === 0 && n > 4 && tokens[0].l === 'in' && isArticle(tokens[1].l) && statementNouns.has(tokens[2].l)) {
    let k = 3;
    while (k < n && !isComma(tokens[k])) k++;
    if (k < n - 1) {
      const np = sentenceSubject(tokens.slice(k + 1), n - k - 1);
      if (np) add(np[0] + k + 1, np[1] + k + 1, np[1] + k + 1, 0, 2, 'statement-prefix');
    }
  }
  // "Former mayor Dan Ruiz echoed the sentiment but blamed the council: “...”": the subject of a clause that hands over to a quotation after a colon.
  if (out.length === 0) {
    const ci = tokens.findIndex((t, k) => t.t === ':' && tokens[k + 1]?.q && !tokens[k + 1].word);
    const np = ci > 1 ? sentenceSubject(tokens, ci) : null;
    const v = np ? np[1] : 0;
    if (np && v > np[0] + 1 && tokens[v - 1].cap && ci - v < 14 && tokens[v].word && !tokens[v].cap && !FORWARD_STOP.has(tokens[v].l)) add(np[0], v, v, v, ci - 1, 'verb');
  }
  return out;
}

function mk(s: number, e: number, apposE: number, cueS: number, cueE: number, cue: string, kind: Candidate['kind'], tokens: Token[], atEnd: boolean): Candidate {
  s = trimLeading(tokens, s, e);
  const before = tokens[s - 1];
  // "Given the firm reported a loss, ...": "given" opens a clause here, but stays in the subject phrase ("the evidence given by").
  let subordinate = SUBORDINATORS.has(before?.l!) || tokens[s].l === 'given';
  // "..., as most of the companies reported in-line results": a reason clause whose verb takes an object, not a source.
  // "As the judge announced the verdict, ...", "Even as officials insisted the dam was safe, ...": so is a time clause opening the
  // sentence, its object after a determiner (not "As Lotte Brandt recalled decades later, ..."), or one after a plain main clause
  // without a comma ("The room went quiet as the mayor read the figures"; not "experts such as", "X as well as Y", nor a name
  // after a relative clause or appositive: "a woman who introduced herself as Ada said", "X, known as Y, announced").
  const o = tokens[cueE + 1];
  const verb = kind === 'verb';
  if (!subordinate && verb && before?.l === 'as' && !atEnd) {
    if (free(o) && o.l !== 'that' && !dateWords.has(o.l) && !CLAUSE_SUBJECTS.has(o.l) && (isComma(tokens[s - 2]) || (s < 3 ? isDeterminer(o.l) : !/^(such|well)$/.test(tokens[s - 2].l) && !tokens.slice(0, s).some((w) => isComma(w) || RELATIVE_WORDS.has(w.l))))) subordinate = true;
  }
  // "This comes after police said ...": the writer's link, so the reported clause is the main one.
  if (subordinate && s === 3 && /^(this|it)$/.test(tokens[0].l) && /^c(omes|ame)$/.test(tokens[1].l)) subordinate = false;
  // The subject follows "that" or another reporting verb: reported inside someone's speech. (Not an inversion: "said X".)
  // "... because their friends lack papers and they fear ...": a subordinator earlier in the same clause, not only right before the subject.
  for (let k = s - 1; k >= 0 && !subordinate && verb && tokens[k].word; k--) subordinate = CLAUSE_SUBORDINATORS.has(tokens[k].l);
  // "a move fans said was overdue", "The man who police said fired the shots": a verb right after the cue, with no subject
  // of its own, gave it to a relative clause, so the cue is in that clause.
  if (verb && (FINITE.has(o?.l!) || (o?.l.endsWith('ed') && !o.cap && isDeterminer(tokens[cueE + 2]?.l!)))) subordinate = true;
  let embedded = before && s - 1 !== cueE && (before.l === 'that' || speaks(before));
  // "Prices rose, and experts said ...", "..., so he didn't tell anyone ...": the second of two coordinate clauses, so the first one decides
  // (though an outlet at the end still carries it: "..., and the CDC said ..., according to the Times").
  // (Any kind whose subject comes first: "..., and its owner did not respond to calls" too.)
  if (!atEnd && s < cueS && /^(and|so)$/.test(before?.l!) && isComma(tokens[s - 2])) {
    let k = s - 3;
    while (k >= 0 && tokens[k].word) k--;
    // Three words or more, and not a relative clause ("The company, which employs 300 people, and its union said").
    embedded ||= s - 3 - k >= 3 && !RELATIVE_WORDS.has(tokens[k + 1].l);
  }
  // "a prospect Vindman denied", "an allegation the ministry rejected": a relative clause whose subject follows a common noun (not
  // "says a doctor from Hebron").
  // ("The rapper Drake said that ...": a verb with its clause after it has no object gone: no relative clause.)
  if (verb && s < cueS && o?.l !== 'that' && /^(an?|the)$/.test(tokens[s].l) && e - s >= 3 && (tokens[e - 1].cap || tokens[e - 2].l === 'the') && !dateWords.has(tokens[e - 1].l)) {
    const noun = tokens[e - 2 - +(tokens[e - 2].l === 'the')];
    // ("The younger Okafor said": a comparative telling two of a family apart, not a noun.)
    // ("The panel's Democrats asked": a possessive owns the name after it.)
    // ("The daily Expressen reported", "the singer Adele said": a description of the one named, as "the company Acme".)
    let plain = noun.word && !noun.cap && !isFunctionWord(noun.l) && noun.b === noun.l && !/^(young|old|eld)er$/.test(noun.l) && !titles.has(noun.l) && !anonWords.has(noun.l) && !orgWords.has(noun.l) && !companyDescriptions.has(noun.l) && !outletHeads.has(noun.l) && !personDescriptions.has(noun.l) && !personShaped(noun.l);
    for (let k = s + 1; k < e - 1 && plain; k++) if (FORWARD_STOP.has(tokens[k].l) || /^(of|for)$/.test(tokens[k].l)) plain = false;
    if (plain) subordinate = true;
  }
  return { subjS: s, subjE: e, apposE, apposS: -1, cueS, cueE, cue, kind, spokeTo: null, subordinate, embedded, atEnd, documentOnly: false, strict: false, writesFor: null };
}

/** "Speaking to the Financial Times, ...": token ranges of phrases naming who the source spoke to. */
export function contactPhrases(tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // The index's bit before the call (matchAt's own first test): cold, in the interpreter, a call per word counts.
    if (!free(t) || (t.f & contactIndex.bit) === 0) continue;
    const m = contactIndex.matchAt(tokens, i, tokens.length);
    if (m > 0 && tokens[i].l !== 'told') {
      const np = npForward(tokens, i + m);
      if (np) out.push(np);
      i += m;
    }
  }
  return out;
}
