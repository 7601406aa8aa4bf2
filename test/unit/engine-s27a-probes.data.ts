/**
 * Session 27 probes (s27a): a description before a one-word name ("the daily Expressen", "the rapper Drake",
 * "the streaming service Netflix") as the subject of a reporting verb. Found by running every tag's subjects
 * through a dozen attribution frames: "The broadcaster BTV said that ..." was read as a relative clause ("a
 * prospect Vindman denied") and came out unattributed, whatever the frame. Fresh sentences written for this
 * suite (none copied from gold files), with the relative clauses that must keep their reading.
 * Same shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected via]; the LAST sentence
 * is checked.
 */
import type { Probe } from './engine-s12-probes.data';

/** An outlet described before its name: the outlet, whether the verb comes before or after its clause. */
const OUTLET_DESCRIBED: Probe[] = [
  ['media', 'The daily Expressen reported that the ferry had been sold.', 'Expressen'],
  ['media', 'The Copenhagen daily Morgenposten reported in October that the prisoner had been moved.', 'Morgenposten'],
  ['media', 'The state broadcaster BTV reported that the minister had resigned.', 'BTV'],
  ['media', 'The German public broadcaster Südfunk reported last year that the orchards had cut their spraying.', 'Südfunk'],
  ['media', 'The news site Harbourline reported last week that the chain had hired a new chief.', 'Harbourline'],
  ['media', 'The ferry was sold in March, the newspaper Morgenposten said.', 'Morgenposten'],
  ['media', 'The ferry was sold in March, according to the broadcaster BTV.', 'BTV'],
  ['anonymous', 'Citing two officials, the broadcaster BTV reported that the ferry had been sold.', 'two officials', 'BTV'],
];

/** A person or a body described before a one-word name. */
const NAME_DESCRIBED: Probe[] = [
  ['named-person', 'The singer Adele said she would tour again next year.', 'Adele'],
  ['named-person', 'The rapper Dravo said that the album would come out in May.', 'Dravo'],
  ['named-person', 'The tour will start in May, the rapper Dravo said.', 'Dravo'],
  ['named-person', 'The novelist Strand wrote that the town had never recovered.', 'Strand'],
  ['named-person', 'The 77-year-old Beem said the pool had been neglected for years.', 'Beem'],
  ['organization', 'The streaming service Flixa said it would raise prices in June.', 'Flixa'],
  ['organization', 'Prices will rise in June, the ride-hailing firm Zipr said.', 'Zipr'],
  ['organization', 'The company Orvisto said that the plant would close.', 'Orvisto'],
  // Any description, once "that" opens the clause.
  ['named-person', 'The billionaire Marsk said that the plant would close.', 'Marsk'],
];

/** A relative clause after a common noun stays one: the name in it is not the sentence's source. */
const RELATIVE_CLAUSE: Probe[] = [
  ['unattributed', 'It was a prospect Vindel denied.'],
  ['unattributed', 'He was charged with leaking the memo, a charge Ames denies.'],
  ['unattributed', 'The deal followed a proposal Lund rejected in March.'],
  ['unattributed', 'The ferry, a vessel Morgan built in 1962, was sold in March.'],
  // An -ing noun right after its article ("a ruling"), then the relative clause's own article.
  ['organization', 'Inspectors said the blaze was arson, a ruling the owners appealed.', 'Inspectors'],
];

/**
 * "On Monday, an official said": a fronted time or place before an unnamed speaker is no name with an appositive
 * missing its closing comma ("Erik Brandt, a physicist at Utrecht told Reuters"); it came out as organization "Monday".
 */
const FRONTED_ADVERBIAL: Probe[] = [
  ['anonymous', 'The ferry was sold in March. On Monday, a senior official said the buyer had pulled out.', 'a senior official'],
  ['anonymous', 'On Tuesday, an official said the buyer had pulled out.', 'an official'],
  ['anonymous', 'In Berlin, a senior diplomat said the talks had stalled.', 'a senior diplomat'],
  ['document', 'On Monday, a report said the buyer had pulled out.', 'a report'],
  ['anonymous', 'After the vote, a senior official said the buyer had pulled out.', 'a senior official'],
  ['named-person', 'Erik Brandt, a physicist at Utrecht University told Reuters the ice was thinning.', 'Erik Brandt', 'Reuters'],
  // A sentence adverb opening the sentence: no name either (it came out as a person "Separately", or unattributed).
  ['anonymous', 'Separately, a senior official said the buyer had pulled out.', 'a senior official'],
  ['anonymous', 'Overall, a senior official said, the sale had gone well.', 'a senior official'],
  ['anonymous', 'Still, a senior official said the buyer had pulled out.', 'a senior official'],
  ['anonymous', 'Nevertheless, two people familiar with the talks said the buyer had pulled out.', 'two people familiar with the talks'],
  ['document', 'Earlier, a report said the buyer had pulled out.', 'a report'],
  // One name whose appositive closes with its own comma is still the name.
  ['named-person', 'Okafor, a trustee of the Harbour Fund, which has owned the ferry since 1998, described the sale as rushed.', 'Okafor'],
];

/**
 * A person named in passing, then a date: "met Ada Quist on Monday" was one capitalised run with "on" as its link
 * ("Council on Foreign Relations"), no person, and a later "she" found nobody.
 */
const PASSING_THEN_DATE: Probe[] = [
  ['named-person', 'Tom Reyes met Laura Quist on Monday. She said the rent had tripled.', 'Laura Quist'],
  ['named-person', 'Laura Quist, who runs the bakery, met Tom Reyes on Monday. He said the rent had tripled.', 'Tom Reyes'],
  ['named-person', 'Police arrested Tom Reyes on Friday. He said he was innocent.', 'Tom Reyes'],
];

/** An outlet quoting or citing someone "as saying" (open in s27; read since s28, see engine-s28a-probes.data.ts). */
const QUOTED_AS: Probe[] = [
  ['named-person', 'The Times quoted Maria Lopez as saying the plant would close.', 'Maria Lopez', 'The Times'],
  ['anonymous', 'Interfax quoted a senior official as saying the plant would close.', 'a senior official', 'Interfax'],
];

/** Not yet read right (see OPEN). */
const DESCRIBED_OPEN: Probe[] = [
  // A description the lexicons do not know and that has no person ending: read as a relative clause.
  ['named-person', 'The billionaire Marsk said the plant would close.', 'Marsk'],
  ['organization', 'The app Chirpr said it would remove the posts.', 'Chirpr'],
  ['media', 'The newsletter Punchline reported that the senator would retire.', 'Punchline'],
  // A body's name whose last word follows a title or document word after "on", "for" or "and" ("Foreign", "Policy"): that last
  // word is read as a person's one-word name.
  ['organization', 'The Council on Foreign Relations said the study would be published in May.', 'The Council on Foreign Relations'],
  ['organization', 'The Center on Budget and Policy Priorities said the cuts would hurt.', 'The Center on Budget and Policy Priorities'],
  // The outlet's name after a listener noun is left out of the listener: the outlet is not the via.
  ['named-person', 'The ferry was sold in March, Maria Lopez told the broadcaster BTV.', 'Maria Lopez', 'BTV'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['outlet described', OUTLET_DESCRIBED],
  ['name described', NAME_DESCRIBED],
  ['relative clause', RELATIVE_CLAUSE],
  ['fronted adverbial', FRONTED_ADVERBIAL],
  ['passing then date', PASSING_THEN_DATE],
  ['quoted as', QUOTED_AS],
  ['described (open)', DESCRIBED_OPEN],
];

export const OPEN = new Set<string>(DESCRIBED_OPEN.map((p) => p[1]));
