/**
 * Turns a candidate's subject phrase into a source: pronouns and descriptions
 * point back through the memory; names are classified and remembered.
 */
import type { Tag } from '../types/analysis';
import { free, isArticle, type Token } from './tokens';
import { SUBORDINATORS, type Candidate } from './attribution';
import { Memory, type Entity } from './memory';
import { PEOPLE_PLURAL, anonWords, isDeterminer, isFunctionWord, personShaped, classifyPhrase, findOutlet, docWords, orgWords, outletDescriptions, personDescriptions, info as mkInfo, titles as titleWords, companyDescriptions, pluralOf, type SourceInfo } from './classify';
import { PAIR_DESCRIPTIONS } from './lexicon/organizations';
import { wordSet } from './lexicon/expand';

/** What memory.nearest() looks for, each read in more than one place below. */
const isDocument = (x: Entity): boolean => x.tag === 'document';
/** Two people named together ("King and Weeks"). */
const isPair = (x: Entity): boolean => x.tag === 'named-person' && x.plural;
/** A body of any kind ("the group", "the organization"). */
const isBody = (x: Entity): boolean => x.tag === 'organization' && !x.plural;
/** "it": a body, outlet or document. */
const isThing = (x: Entity): boolean => !x.passing && x.tag !== 'named-person' && x.tag !== 'anonymous';

const GENERIC_BODIES = wordSet('association|group|organisation|organization');
/** Words after a body's head noun that end its description (participles in -ed, "backed", "based", are read by their ending). */
const HEAD_ENDS = wordSet('whose|with|from|in|that|behind|which');
/** Plural forms of cue verbs: a person "says", a body may "say". */
const PLURAL_CUES = wordSet('say|believe|claim|argue|insist|warn|fear|think');
const COUNTS = /^(?:\d+|one|another|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|half)$/;
const GROUP_SHARES = wordSet('few|many|most|other|several|some');
const pairDescriptions = new Set(PAIR_DESCRIPTIONS);
/** Offices held by one person at a time: "the mayor" is the mayor the article named. */
const OFFICES = wordSet('chancellor|congressman|congresswoman|governor|lady|mayor|minister|premier|president|senator|sheriff');

export interface Resolved {
  cand: Candidate;
  tag: Tag;
  source: string;
  mention?: string;
  /** Set for named sources; the entity is noted in memory once the sentence is decided. */
  info?: SourceInfo;
  entity?: Entity;
  /** An outlet as such (not a journalist): goes to `via` when another source is present. */
  outlet: boolean;
}

const PERSON_TAGS: readonly Tag[] = ['named-person', 'anonymous', 'organization', 'media'];
const ORG_TAGS: readonly Tag[] = ['organization'];
const DOC_TAGS: readonly Tag[] = ['document'];
const DESCRIPTION_DETERMINERS = wordSet('the|this|that|its');
const STATEMENT_WORDS = wordSet('statement|release|communique|announcement|post|tweet');

export function resolveCandidate(text: string, tokens: Token[], c: Candidate, memory: Memory): Resolved | null {
  const s = c.subjS;
  const e = c.subjE;
  const first = tokens[s];
  const phrase = text.slice(first.s, tokens[e - 1].e);
  if (c.cue.startsWith('read')) {
    // "“...,” read one." after "a booklet titled “...”": one of the writings just named; "the sign read": the sign.
    const d = first.l === 'one' ? memory.nearest(isDocument) : undefined;
    return d ? fromEntity(c, d, phrase) : { cand: c, tag: 'document', source: phrase, outlet: false };
  }
  if (e - s === 1 && !first.upper) {
    // "We’ll", "he’d": the pronoun of a contraction.
    const l = first.l.split(/[’']/)[0];
    let ent: Entity | undefined;
    if (/^s?he$/.test(l)) {
      const g = l === 'he' ? 'm' : 'f';
      // The nearest fitting name earlier in the same sentence ("questioned Avalos ..., she said").
      for (let k = s - 1; k >= 0 && !ent; k--) {
        if (!tokens[k].cap) continue;
        const cand = memory.byNameWord(tokens[k].b);
        if (cand && !(cand.gender && cand.gender !== g)) ent = cand;
      }
      // "she replied", "he answered", "she did not respond": the one asked, not the asker.
      if (!ent && /repl|answ|resp/.test(c.cue)) ent = memory.asked(g);
      if (!ent) ent = memory.person(g);
      if (ent) ent.gender ??= g;
    }
    // "After the Harbour Trust sold the pier, it said", "When the nurses came back, they said": the subject of the fronted clause.
    if ((l === 'it' || l === 'they') && tokens[s - 1]?.t === ',' && SUBORDINATORS.has(tokens[0].l) && (tokens[1].cap || isDeterminer(tokens[1].l))) {
      for (let h = tokens[1].cap ? 2 : 3, f; h < s && h < 6; h++) if (!tokens[h].cap && (f = classifyPhrase(text, tokens, 1, h, h, true))) {
        if (l === 'it' ? f.tag === 'organization' || f.tag === 'document' : f.plural) return { cand: c, tag: f.tag, source: f.source, mention: phrase, info: f, outlet: false };
        break;
      }
    }
    if (l === 'they') {
      // "they": a body, a group, or the authors of a study; never one person or one document. Two people named together
      // more recently than any group ("King and Weeks ... they said").
      const g = memory.nearest((e) => !e.passing && (e.plural ? e.tag !== 'named-person' : e.tag === 'organization'));
      const p = memory.nearest(isPair);
      ent = p && (!g || p.last > g.last) ? p : g ?? memory.person(null);
    }
    else if (l === 'it') ent = memory.nearest(isThing);
    else if (/^(i|we|you|who|this|there)$/.test(l)) return null;
    if (/^(he|she|they|it)$/.test(l)) return ent ? fromEntity(c, ent, phrase) : null;
  }
  // "Economists such as Dana Bell have warned": the group speaks, the name is one example of it.
  // The group is the noun phrase before "such as": back to a comma ("In June, economists such as ...").
  if (tokens[s - 1]?.l === 'as' && tokens[s - 2]?.l === 'such' && PEOPLE_PLURAL.test(tokens[s - 3]?.l!)) {
    let b = s - 3;
    while (tokens[b - 1]?.word) b--;
    return { cand: c, tag: 'anonymous', source: text.slice(tokens[b].s, tokens[s - 3].e), outlet: false };
  }
  // "Both men", "the pair": two people named together.
  if (e - s <= 3 && (first.l === 'the' || first.l === 'both')) {
    const p = pairDescriptions.has(phrase.toLowerCase()) ? memory.nearest(isPair) : undefined;
    if (p) return fromEntity(c, p, phrase);
  }
  // "Salesforce's CEO marveled at ...": the person named before with that body and role among their role words.
  if (e - s === 2 && first.cap && first.b !== first.l && (personDescriptions.has(tokens[s + 1].l) || titleWords.has(tokens[s + 1].l))) {
    const ent = memory.nearest((p) => p.tag === 'named-person' && !p.plural && p.words.has(first.b) && p.words.has(tokens[s + 1].l));
    if (ent) return fromEntity(c, ent, phrase);
  }
  // Those who speak as the poll or study in play (CONVENTIONS): "those surveyed", "the researchers".
  const poll = /^(surveyed|respondents|researchers)$/.test(tokens[e - 1].l) && memory.nearest(isDocument);
  // "the newspaper", "the official", "the ministry": a description pointing back.
  if (DESCRIPTION_DETERMINERS.has(first.l) && e - s <= 4) {
    const the = first.l === 'the';
    let allLower = true;
    for (let k = s + 1; k < e; k++) if (tokens[k].cap || !tokens[k].word) allLower = false;
    // "the First Lady": an office may be capitalised.
    // ("the president-elect", "the mayor-elect": the office, to be held by the person the article is about.)
    const office = tokens[e - 1].b.replace(/-elect$/, '');
    if ((allLower || (the && OFFICES.has(office))) && e - s >= 2) {
      // "the mother of three": the noun before the count; "the 27-year-old forward": an age makes it a person.
      const head = tokens[e - 2].l === 'of' && COUNTS.test(tokens[e - 1].l) ? tokens[e - 3].b : tokens[s + 1].l.endsWith('-old') ? 'person' : office;
      const singular = pluralOf(head);
      const two = e - s >= 3 ? `${tokens[e - 2].l} ${head}` : head;
      let ent: Entity | undefined;
      if (outletDescriptions.has(head) || outletDescriptions.has(two)) {
        ent = memory.outlet();
      }
      else if (personDescriptions.has(head) || OFFICES.has(head) || personDescriptions.has(singular!) || (personShaped(head) && !companyDescriptions.has(head))) {
        // "The energy experts noted" after "some of the state's energy experts": the plural points back too.
        ent = memory.described(head, PERSON_TAGS);
        // "Eyamba Sowers didn't know ... The real estate agent said": the person just named, whose role the writer now gives.
        // ("The driver's mother said" after the mayor spoke: the one a possessive relates to someone is somebody new.)
        if (!ent && the && !head.endsWith('s') && !/[’']s /.test(phrase)) ent = memory.justNamed();
        // "The energy experts" after "some of the state's energy experts": the nearest unnamed group whose wording has the noun.
        // ("During the study, researchers at nine clinics gave ...": the researchers the writer narrates are still the study's.)
        if (!ent && the && head.endsWith('s') && !poll) ent = memory.nearest((g) => g.tag === 'anonymous' && g.plural && !g.passing && g.key.includes(head));
        // "the former mayor", "the first lady", "the mayor-elect": an office held by the person the article is about, named before.
        // (A bare "the mayor" may be somebody never named: it stays an unnamed official.)
        if (!ent && the && OFFICES.has(head) && (head === 'lady' || tokens[e - 2].l.startsWith('former') || office !== tokens[e - 1].b)) ent = memory.person(head === 'lady' ? 'f' : null, true);
      }
      else if (companyDescriptions.has(singular!)) {
        // "The companies said" after "Microsoft and OpenAI announced": bodies named together.
        ent = memory.nearest((e) => e.tag === 'organization' && e.surface.includes(' and '));
      }
      else if (orgWords.has(head) || companyDescriptions.has(head)) {
        ent = memory.described(head, ORG_TAGS);
        // "The utility said" after "Duke Energy will cut power": the company named last.
        if (!ent && companyDescriptions.has(head)) ent = memory.nearest((e) => e.tag === 'organization' && e.company);
        // "The group that represents 155,000 Realtors said" after "the Canadian Real Estate Association": any body named before.
        if (!ent && GENERIC_BODIES.has(head) && e - s === 2) ent = memory.nearest(isBody);
      }
      else if (docWords.has(head) && !STATEMENT_WORDS.has(head)) ent = memory.described(head, DOC_TAGS);
      // ("the agency" after "told Radio Norte" is a body of state: an outlet named only as a channel is no agency that speaks;
      // nor is the one an outlet quotes: "NBC quoted the agency as saying".)
      if (head === 'agency' && !ent && c.kind !== 'citing') ent = memory.outlet(true);
      // "the statement said": the body that made it.
      if (!ent && STATEMENT_WORDS.has(head)) ent = memory.nearest(isBody) ?? memory.nearest(isThing);
      // "the associate noted" after "one close associate said": a definite noun repeats the head of an unnamed source.
      if (!ent && allLower && the) ent = memory.described(head, PERSON_TAGS);
      if (ent) return fromEntity(c, ent, phrase);
    }
  }
  // "Those surveyed said", "Half of the respondents", "The researchers said" after a poll or study: the document speaks (CONVENTIONS).
  if (poll) return fromEntity(c, poll, phrase);
  // "Just don’t expect them to ...": a lone function word is no subject (an imperative).
  if (e - s === 1 && isFunctionWord(first.l) && !first.upper && !anonWords.has(first.l)) return null;
  // An appositive that cites someone else ("the Journal, citing people familiar with ...") says nothing about the subject.
  const ap = c.apposS >= 0 ? tokens[c.apposS].l : '';
  const citingAppositive = /^(citing|quoting|according|speaking)$/.test(ap);
  let info = classifyPhrase(text, tokens, s, e, citingAppositive ? e : Math.max(e, c.apposE), c.strict);
  // "Three of the farmers", "Half of the shopkeepers", "Two of the Democrats on the panel": a share of a group is some of its
  // people, unnamed (a share of documents, or of authors, keeps its own reading).
  const part = tokens[s + 1]?.l === 'of' && COUNTS.test(first.l) && classifyPhrase(text, tokens, s + 2, e, e, true);
  if (part && part.tag !== 'document') info = retag(part, 'anonymous', phrase, true);
  // "Parata and his family believe": a person with their own people speaks as that person.
  let ne = s;
  while (ne < e && tokens[ne].cap) ne++;
  if (ne > s && ne + 2 < e && tokens[ne].l === 'and' && /^h(is|er)$/.test(tokens[ne + 1].l)) {
    const p = classifyPhrase(text, tokens, s, ne, ne, true);
    if (p?.tag === 'named-person' && !p.plural) info = p;
  }
  if (!info && c.apposS >= 0 && !citingAppositive) {
    // "The two neighbouring states - Kenya and Uganda - condemned": an unclassifiable description, named by its appositive.
    let ae = c.apposS;
    while (free(tokens[ae])) ae++;
    if (ae > c.apposS && ae - c.apposS <= 8 && allNames(tokens, c.apposS, ae)) info = classifyPhrase(text, tokens, c.apposS, ae, ae, true);
  }
  let reports = false;
  if (e - s === 1 && first.cap && !first.upper) {
    const w = first.b;
    // Only words that are also titles or descriptions: other capitalised words keep their own reading ("Georgia", "Congress").
    if (info && !/^(named-person|media)$/.test(info.tag) && (titleWords.has(w) || anonWords.has(w)) && memory.knowsName(w)) {
      // "King asked" after "co-host Gayle King", "Expert said" after "Paul Expert": the surname alone, though it is also a word.
      info = { ...info, tag: 'named-person', source: phrase, key: w, nameWords: [w], plural: false };
    } else if (info?.tag === 'named-person' && ((!memory.byName.has(w) && memory.firstWords.get(w)) || (!info.gender && !memory.knowsName(w) && (bodyShaped(first.t) || (first.b !== first.l && !isFunctionWord(w) && tokens[c.cueS].l !== 'in') || /^.{0,20}\bits?\b/.test(text.slice(tokens[c.cueE].e)) || (PLURAL_CUES.has(tokens[c.cueS].l) && !w.endsWith('s')) || (reports = c.atEnd && c.cue === 'reported'))))) {
      // "Acme told investors" after "Acme Corp. makes widgets": the company, by the first word of its name.
      // "WeWork declined to comment", "Aeropost confirmed its plans": a name never given a first name, shaped like a
      // brand or owning the "its" right after the cue, or the "it" of its clause ("Tavistock said on Monday that it would"), is a body
      // ("Peskov told reporters" stays a person); "..., Motherboard reported.": an outlet. So is a name that is all of the subject in
      // the possessive ("Moody's said", "according to Sotheby’s"): a business named after its founder (not "In Smith’s view,").
      // A name that takes a plural verb ("Kestrel say", "Ngātirua believe", as British usage has it of a club or a firm) is a body
      // (a plural noun, "Employers believe", is read below).
      info = retag(info, reports ? 'media' : 'organization', phrase);
      if (reports) info.outlet = phrase;
    } else if ((s === 0 || /^\d/.test(tokens[s - 1].t)) && info?.tag === 'named-person' && (PEOPLE_PLURAL.test(w) || orgWords.has(pluralOf(w) as string)) && !memory.knowsName(w)) {
      // "Employers believe ...", "Companies expect ...": a plural noun capitalised only because it opens the sentence (or
      // follows a live blog's time stamp: "11.20 Divers say"); "Courts ruled", "Agencies said": bodies of that kind, as
      // "Federal courts" are (classify.ts), but firms and groups stay vague.
      info = { ...info, tag: PEOPLE_PLURAL.test(w) || companyDescriptions.has(pluralOf(w) as string) ? 'anonymous' : 'organization', nameWords: undefined, key: w, plural: true };
    }
  }
  // "Khangai Copper has said its water ...": a name of no known gender (nor a person's whose first name told one) owning the "its" after the cue is a body.
  if (info?.tag === 'named-person' && !info.gender && !info.plural && tokens[c.cueE + 1]?.l === 'its' && !memory.byNameWord(tokens[e - 1].b, true)?.gender) info = retag(info, 'organization', phrase);
  // "Many Tunisians accuse ...", "Some Republicans fear ...": an unnamed share of a people or party.
  const g = GROUP_SHARES.has(first.l) ? s : s - 1;
  let ge = g + 1;
  while (ge < e && tokens[ge].cap) ge++;
  if (info && (info.tag === 'named-person' || info.tag === 'organization') && g >= 0 && ge > g + 1 && GROUP_SHARES.has(tokens[g].l) && tokens[ge - 1].l.endsWith('s')) {
    const group = text.slice(tokens[g].s, tokens[e - 1].e);
    info = retag(info, 'anonymous', group, true);
  }
  // "An Iowa Republican said", "Two Ohio Democrats said", "one Vermont Republican": a name never takes an article or a count.
  if (info?.tag === 'named-person' && e - s >= 2 && tokens[s + 1].cap && (isArticle(first.l) || COUNTS.test(first.l))) {
    info = retag(info, 'anonymous', phrase, !isArticle(first.l));
  }
  let rs = e;
  // "company CEO Andy Vesey": a title in the run makes it a person's.
  // ("the NGO Open Harbour": a body's word in capitals is no part of the name.)
  const bodyCaps = (t: Token) => t.upper && orgWords.has(t.l);
  while (rs > s && tokens[rs - 1].cap && !bodyCaps(tokens[rs - 1]) && !titleWords.has(tokens[rs - 1].l) && !personDescriptions.has(tokens[rs - 1].l)) rs--;
  // "chief of staff Reince Priebus": a body word after "of" ends a title.
  const d = rs > s && (!tokens[rs - 1].cap || bodyCaps(tokens[rs - 1])) && tokens[rs - 2]?.l !== 'of' ? tokens[rs - 1].l : '';
  // (Not a name whose first name tells a gender: "Tom Reyes, a broker in Tampa".)
  const body = info?.tag === 'named-person' && !info.gender ? bodyAppositive(tokens, c) : null;
  if (body) {
    // "Zyphra, a San Francisco startup, said", "Kinderhilfe, a charity founded in 1992, said", "Zyphra, which makes chips, said":
    // a body, not a person; "Montsame, the state news agency, reported": an outlet.
    info = retag(info as SourceInfo, body, phrase);
    if (body === 'media') info.outlet = phrase;
  } else if (info?.tag === 'named-person' && rs < e && (companyDescriptions.has(d) || (orgWords.has(d) && !personDescriptions.has(d)))) {
    // "The chipmaker Zyphra said", "rescue group Project Jonah": a company, not a person.
    info = retag(info, 'organization', text.slice(tokens[rs].s, tokens[e - 1].e));
  }
  // "according to the manifest", "according to unofficial returns posted by ...", "according to its annual accounts": a thing
  // the reader is pointed to that names nobody ("according to plan" is one word, no source); bodies in the plural
  // ("according to dockworkers’ unions") speak as bodies.
  if (!info && c.kind === 'according' && tokens[c.cueS].l === 'according' && e - s > 1 && tokens[e - 1].t >= 'a' && (c.cueS === 0 || tokens[c.cueS - 1].t === ',')) info = mkInfo([], null, orgWords.has(pluralOf(tokens[e - 1].l) as string) ? 'organization' : 'document', phrase, false);
  if (!info) return null;
  if (info.tag === 'organization' && e - s >= 3) {
    // "Global financial firm JP Morgan": the descriptor before a body's name is not part of it.
    for (let m = e - 2; m > s; m--) {
      if (!tokens[m + 1].cap) break;
      if (!tokens[m].cap && companyDescriptions.has(tokens[m].l)) {
        const name = text.slice(tokens[m + 1].s, tokens[e - 1].e);
        info = { ...info, source: name, key: name.toLowerCase() };
        break;
      }
    }
  }
  // "the minister, Jan Novak, said": the appositive names the person.
  // "economists in Lexington, Massachusetts, project": the appositive ends a place name, it names nobody.
  const placeTail = e - s >= 3 && tokens[e - 1].cap && /^(in|from)$/.test(tokens[e - 2].l);
  if (c.apposS >= 0 && !citingAppositive && !placeTail && (info.tag === 'anonymous' || info.tag === 'organization')) {
    let ae = c.apposS;
    while (free(tokens[ae])) ae++;
    // "The governor, a Democrat, insisted": "a Democrat" describes, it does not name.
    // ("One of the parties, the Agrarian League, confirmed": "the" and a name names the body.)
    const the = tokens[c.apposS].l === 'the' && allNames(tokens, c.apposS + 1, ae);
    const described = isArticle(tokens[c.apposS].l) && !the;
    if (!described && ae > c.apposS && ae - c.apposS <= 8 && tokens[ae - 1].cap && (ae === tokens.length || !tokens[ae].word)) {
      const named = classifyPhrase(text, tokens, c.apposS, ae, ae, true);
      if (named?.tag === 'named-person') {
        // "A State Department spokesman, Matthew Miller": a later "the spokesman" is Miller.
        named.words = named.words.concat(info.words.filter((w) => personDescriptions.has(w)));
        info = named;
      }
      // "The only two Arab states ... - Egypt and Jordan - criticised": the names in the appositive are the source.
      else if (named?.tag === 'organization' && !tokens[e - 1].cap && (the || allNames(tokens, c.apposS, ae))) info = named;
    }
  }
  if (info.tag === 'named-person' && c.apposS >= 0 && !citingAppositive) {
    // "said Tom Barrett, the union’s president": a later "the president" is Barrett.
    for (let k = c.apposS; k < c.apposS + 8 && free(tokens[k]); k++) {
      if (!tokens[k].cap && personDescriptions.has(tokens[k].b)) info.words.push(tokens[k].b);
    }
  }
  if (c.writesFor && info.tag === 'named-person') {
    // "As Emily Feng reports for NPR": a journalist of that outlet.
    const o = findOutlet(tokens, c.writesFor[0], c.writesFor[1]);
    if (o) info = { ...info, tag: 'media', outlet: text.slice(tokens[o[0]].s, tokens[o[1] - 1].e) };
  }
  let mention: string | undefined;
  let source = info.source;
  if (info.tag === 'media' && info.outlet && info.outlet !== info.source) {
    // A journalist of another outlet: the outlet is the source, the journalist's name the mention.
    mention = info.source;
    source = info.outlet;
  }
  return { cand: c, tag: info.tag, source, mention, info, outlet: info.tag === 'media' };
}

/** The same mention read with another tag, as `source`. */
function retag(info: SourceInfo, tag: Tag, source: string, plural = false): SourceInfo {
  return { ...info, tag, source, key: source.toLowerCase(), nameWords: undefined, plural };
}

/** "WeWork", "PayPal": a capital inside a word after a syllable that is no name's prefix ("McKay", "DeSantis", "LeBlanc"). */
function bodyShaped(w: string): boolean {
  return /^[A-Z][a-z]+[A-Z]/.test(w) && !/^(Ma?c|D[aeiu]|L[ae]|V[ao]n|Fitz)[A-Z]/.test(w);
}


const APPOSITIVE_STOP = wordSet('of|in|on|to|at|by|who|for|with|from|that|behind');
/**
 * An appositive that makes a name a body: "which ..." (a person is "who"), or "a/the ..." headed by a body's word ("a San Francisco
 * startup", "an NGO made up of ...", "a chipmaker based in Austin"; not "a partner at the firm", "a bank manager"); 'media' when
 * the head is an outlet's ("the state news agency").
 */
function bodyAppositive(tokens: Token[], c: Candidate): Tag | null {
  const a = c.apposS;
  if (a < 0) return null;
  if (tokens[a].l === 'which') return 'organization';
  if (!DESCRIPTION_DETERMINERS.has(tokens[a].l) && !isArticle(tokens[a].l)) return null;
  for (let k = a + 1; k < a + 6 && tokens[k]?.word && !APPOSITIVE_STOP.has(tokens[k].l); k++) {
    const l = tokens[k].l;
    const x = tokens[k + 1];
    if ((companyDescriptions.has(l) || (orgWords.has(l) && !personDescriptions.has(l) && !titleWords.has(l))) && (!x?.word || HEAD_ENDS.has(x.l) || x.l.endsWith('ed') || x.l === 'made')) {
      // ("the rail network": a network is a body's too.)
      return (outletDescriptions.has(l) && !orgWords.has(l)) || outletDescriptions.has(`${tokens[k - 1].l} ${l}`) ? 'media' : 'organization';
    }
  }
  return null;
}

/** Only capitalised words joined by "and" ("Egypt and Jordan"). */
function allNames(tokens: Token[], s: number, e: number): boolean {
  return tokens.slice(s, e).every((t) => t.cap || t.l === 'and');
}

function fromEntity(c: Candidate, ent: Entity, phrase: string): Resolved {
  if (ent.outlet) return { cand: c, tag: 'media', source: ent.outlet, mention: phrase, entity: ent, outlet: true };
  return { cand: c, tag: ent.tag, source: ent.surface, mention: phrase === ent.surface ? undefined : phrase, entity: ent, outlet: ent.tag === 'media' };
}
