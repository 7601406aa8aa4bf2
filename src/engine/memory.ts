/**
 * What the article has named so far, so that "he", "the newspaper" or "the
 * official added" can point back. Most recent mention wins.
 */
import type { Tag } from '../types/analysis';
import type { Gender, SourceInfo } from './classify';

export interface Entity {
  tag: Tag;
  /** The latest way the article named it ("Kamal Lababidi", then "Lababidi"). */
  surface: string;
  key: string;
  gender: Gender;
  /** The outlet it spoke to, carried to the sentences that follow closely. */
  via: string | null;
  /** Sentence index where `via` was last set or carried. */
  viaAt: number;
  /** A journalist's outlet: such a person is a `media` source. */
  outlet: string | null;
  words: Set<string>;
  /** Words of a person's name. */
  names: Set<string>;
  plural: boolean;
  /** Order of the last mention (increases with every mention). */
  last: number;
  /** Named only in passing, never as a source: only a description ("the company") points to it. */
  passing: boolean;
  /** A company rather than a body of state ("the company", "the utility" can point to it). */
  company: boolean;
  /** Sentence of the latest mention. */
  at: number;
  /** Cited with "according to": see person(). */
  citedHere?: boolean;
}

export class Memory {
  private entities: Entity[] = [];
  private byKey = new Map<string, Entity>();
  byName = new Map<string, Entity>();
  private tick = 0;
  /** Last words of multi-word capitalised names seen anywhere so far ("King" after "Gayle King"). */
  surnames = new Set<string>();
  /** Companies by the first word of their name ("Acme" for "Acme Corp."). */
  firstWords = new Map<string, Entity>();

  /** Whether a named person has been a source or subject yet. */
  people = false;
  /** Index of the sentence being read, for "the real estate agent" right after a person is named. */
  sentence = -1;

  /** Records a mention and returns the entity it refers to (new or known). */
  note(info: SourceInfo, sentence: number, passing = false, company = false): Entity {
    let ent = this.find(info);
    if (ent) {
      if (!passing) ent.passing = false;
      if (company) ent.company = true;
      ent.surface = info.source;
      // ("Doctors at three clinics closed ...": a group noted in this sentence stays one when its capitalised word is noted again.)
      if (ent.tag !== info.tag && info.tag !== 'named-person' && !(ent.plural && ent.at === sentence)) ent.tag = info.tag;
      if (info.gender && !ent.gender) ent.gender = info.gender;
      for (const w of info.words) ent.words.add(w);
      if (info.outlet && !ent.outlet) ent.outlet = info.outlet;
      if (info.nameWords) for (const w of info.nameWords) ent.names.add(w);
    } else {
      ent = {
        tag: info.tag, surface: info.source, key: info.key, gender: info.gender, via: null, viaAt: -1,
        outlet: info.tag === 'media' && info.outlet !== info.source ? info.outlet ?? null : null,
        words: new Set(info.words), names: new Set(info.nameWords ?? []), plural: info.plural, last: 0,
        passing, company, at: sentence,
      };
      this.entities.push(ent);
      this.byKey.set(this.keyOf(info), ent);
    }
    if (info.nameWords) for (const w of info.nameWords) this.byName.set(w, ent);
    if (!passing && info.tag === 'named-person') this.people = true;
    // "Acme told investors" after "Acme Corp.": the first word of a company's name names it alone; a one-word body its name.
    // ("Ostrava said" after "The Ostrava Group": the word after a leading "The".)
    const name = info.source.replace(/^the /i, '');
    if (info.tag === 'organization' && (company || name.indexOf(' ') < 0) && /^[A-Z]/.test(name)) this.firstWords.set(name.split(' ')[0].toLowerCase(), ent);
    ent.last = ++this.tick;
    ent.at = sentence;
    return ent;
  }

  private find(info: SourceInfo): Entity | undefined {
    // "Lababidi" after "Kamal Lababidi"; "Li" after "Li Jifeng".
    return this.byKey.get(this.keyOf(info)) ?? (info.tag === 'named-person' && info.nameWords?.length === 1 ? this.byName.get(info.key) : undefined);
  }

  private keyOf(info: SourceInfo): string {
    return info.tag === 'media' && info.outlet === info.source ? `outlet:${normalizeOutlet(info.source)}` : info.key;
  }

  /** Whether `word` was seen as part of a person's full name, or names a known person. */
  knowsName(word: string): boolean {
    return this.surnames.has(word) || this.byName.has(word);
  }

  /** The person named as a source or subject in this or the previous sentence ("The real estate agent said" after "Eyamba Sowers ..."). */
  justNamed(back = 1): Entity | undefined {
    return this.nearest((e) => isPerson(e) && e.tag !== 'media' && !e.passing && e.at >= this.sentence - back);
  }

  /** The most recently mentioned entity that `fits` (the later one on a tie): every "nearest X" below, and resolve.ts's one-off ones ("they", "it", "the pair"). */
  nearest(fits: (e: Entity) => boolean): Entity | undefined {
    let best: Entity | undefined;
    for (const e of this.entities) if (fits(e) && (!best || e.last >= best.last)) best = e;
    return best;
  }

  /** Mentioned again ("he said", a quotation of theirs): the latest, and just named for a description that follows ("The athletics executive believes"). */
  touch(ent?: Entity): void {
    if (ent) {
      ent.last = ++this.tick;
      ent.at = this.sentence;
    }
  }

  /** "he" / "she": the nearest person whose gender fits (or is not known); "they" (no gender): the nearest unless named ("a person familiar with ..."). */
  person(gender: Gender, named = false): Entity | undefined {
    const quoted = this.nearest((e) => isPerson(e) && !e.passing && !(gender && e.gender && e.gender !== gender) && (!named || e.tag === 'named-person'));
    if (!gender && !named && quoted?.names.size) return;
    // "he" or "she" after a source of no known gender who is a body's voice ("A Carraway representative said ... He disputes
    // that.") or was cited with "according to" ("according to a colleague, Carlson taped Dale. “...,” he said.") is the person
    // of that gender quoted before, not them ("the colleague" still points back to them).
    if (gender && quoted && !quoted.gender && (quoted.citedHere || quoted.tag === 'organization')) return this.nearest((e) => isPerson(e) && !e.passing && e.gender === gender) ?? quoted;
    if (named || quoted || !gender) return quoted;
    // Nobody quoted so far fits: someone named in passing whose name or title tells the gender,
    // else one whose gender is not known ("Deval Patrick ... “Don't mind me!” he told them").
    return this.nearest((e) => isPerson(e) && e.passing && e.gender === gender) ?? this.nearest((e) => isPerson(e) && e.passing && !e.gender);
  }

  /** "she replied" after "A reporter asked Mayor Ines Park ...": a person of the sentence before other than the asker (touched last). */
  asked(g: Gender): Entity | undefined {
    const asker = this.nearest(isPerson);
    return this.nearest((e) => isPerson(e) && e !== asker && e.at === this.sentence - 1 && !(g && e.gender && e.gender !== g));
  }

  /** A person named in passing: remembered once, without moving anyone in recency. */
  notePassingPerson(info: SourceInfo, sentence: number): Entity {
    let ent = this.find(info);
    if (!ent) {
      ent = this.note(info, sentence, true);
      ent.last = 0;
    }
    return ent;
  }

  /** The person whose name is `word` ("Avalos"), if known. */
  byNameWord(word: string, passing = false): Entity | undefined {
    const e = this.byName.get(word);
    return e && isPerson(e) && (passing || !e.passing) ? e : undefined;
  }

  /** The nearest outlet ("the newspaper"); with `spoke`, one that was a source, not only a channel ("told Radio Norte"). */
  outlet(spoke?: boolean): Entity | undefined {
    return this.nearest((e) => e.tag === 'media' && !e.outlet && !(spoke && e.passing));
  }

  /** The nearest entity described by `head` ("the official", "the ministry"). */
  described(head: string, tags: readonly Tag[]): Entity | undefined {
    // ("The governor said" after "Gov. Mara Velde", "the senator" after "Sen. Lena Holt": the title as abbreviated.)
    const abbr = head.slice(0, 3) + '.';
    return this.nearest((e) => tags.includes(e.tag) && (e.words.has(head) || e.words.has(abbr)));
  }
}

export function normalizeOutlet(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, '').replace(/[’']s$/, '').trim();
}

/** Named people, journalists, and single unnamed people ("the boyfriend", "an official"). */
function isPerson(e: Entity): boolean {
  return e.tag === 'media' ? e.outlet !== null : !e.plural && (e.tag === 'named-person' || e.tag === 'anonymous' || speaksFor(e));
}

/** "A spokeswoman for the Guild said ... she said": the one who speaks for a body (asked of every entity per pronoun: no copies). */
function speaksFor(e: Entity): boolean {
  for (const w of e.words) if (/^(spokes|repr)/.test(w)) return true;
  return false;
}
