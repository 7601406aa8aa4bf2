/**
 * Session 18 probes (s18c): subject phrases before a known cue and source typing, from the held-out NEWS error kinds CUE-SYN
 * ("subject phrase not accepted", "cue in a second verb phrase") and TYPE in /tmp/sl/s17/kinds-news.md, in fresh sentences
 * written for this suite (none copied from gold or held-out files), with look-alikes that must keep their reading. Same shape
 * as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected via]; the LAST sentence is checked.
 */
import type { Probe } from './engine-s12-probes.data';

/** "<count or share> of the <people>": a share of an unnamed group is that group's, anonymous, whatever the verb. */
const PARTITIVE: Probe[] = [
  ['anonymous', 'Four of the divers told reporters that the wreck was intact.', 'Four of the divers'],
  ['anonymous', 'Two of the bus drivers said the route was unsafe.', 'Two of the bus drivers'],
  ['anonymous', 'Half of the shopkeepers on the street say trade has fallen.', 'Half of the shopkeepers on the street'],
  ['anonymous', 'Several of the nurses have warned that the ward is unsafe.', 'Several of the nurses'],
  ['anonymous', 'Five of the night-shift engineers argued that the bridge should close.', 'Five of the night-shift engineers'],
  ['anonymous', '12 of the miners said the shaft had flooded twice.', '12 of the miners'],
  ['anonymous', 'Dozens of the protesters insisted that the march was peaceful.', 'Dozens of the protesters'],
  ['anonymous', 'One of the organisers added that the march would go ahead.', 'One of the organisers'],
  // A share of a party's members is not the party speaking as itself (as "Some Republicans fear").
  ['anonymous', 'Two of the Democrats on the panel said the bill was rushed.', 'Two of the Democrats on the panel'],
  ['anonymous', 'Some of the firms have complained that the tax is unfair.', 'Some of the firms'],
  ['anonymous', 'Three of the ferry captains later told the inquiry that the radar had failed.', 'Three of the ferry captains'],
  // Look-alikes: a share of documents stays a document; things, and a count of cases with a participle, are no source.
  ['document', 'Two of the reports found that the dam was weak.'],
  ['unattributed', 'Three of the bridges showed cracks last year.'],
  ['unattributed', 'Two of the cases reported last week were fatal.'],
  ['unattributed', 'Four of the boats sank in the storm.'],
];

/** "The younger/elder <Surname>": a comparative telling two of a family apart, then the name; a person. */
const ELDER_YOUNGER: Probe[] = [
  ['named-person', 'The younger Marsh said the farm would stay in the family.', 'Marsh'],
  ['named-person', 'The elder Brandt told the court that he had signed nothing.', 'Brandt'],
  ['named-person', 'The older Quist insisted that the loan had been repaid.', 'Quist'],
  ['named-person', 'The younger Okonjo has argued that the club must be sold.', 'Okonjo'],
  // Look-alikes: younger people in the plural; a common noun before a name in a relative clause.
  ['anonymous', 'The younger players said the pitch was poor.'],
  ['unattributed', 'It was a prospect Vindman denied.'],
];

/** "Those who <verb> X said": the relative clause belongs to the subject; unnamed people. (Read right already; the source is
 * "Those", not the whole phrase: sources are not scored by tag.) */
const THOSE_WHO: Probe[] = [
  ['anonymous', 'Those who worked with Rask say he was careful.'],
  ['anonymous', 'Those who live near the plant complain that the air smells.'],
  ['anonymous', 'People who attended the hearing said it ended early.'],
  // Look-alike: a relative clause with its own cue inside the subject does not attribute the sentence to its speaker.
  ['anonymous', 'Those who knew the mayor well insisted that she had done nothing wrong.'],
];

/** A time phrase between the cue and "that": the clause still follows the cue ("estimated last winter that"). */
const TIME_BEFORE_THAT: Probe[] = [
  ['anonymous', 'Ferry crews estimated last winter that 300 boats were damaged.'],
  ['anonymous', 'Geologists predicted last year that the cliff would fall.'],
  ['organization', 'The water board estimated on Tuesday that 40 homes had been flooded.'],
  ['named-person', 'Ravel insisted again yesterday that he had done nothing wrong.'],
  ['anonymous', 'Local doctors estimated this spring that cases had doubled.'],
  ['organization', 'The ministry confirmed late on Sunday that two ships had sunk.'],
  // Look-alikes: "that" opening a relative clause after the object; a verb that is no cue.
  ['unattributed', 'The pilots estimated the number of boats that sank.'],
  ['unattributed', 'Engineers noticed last winter that the wall had cracked.'],
];

/** "X did A and <cue> that ...": a second verb phrase of the sentence's subject reports for it, even without a comma. */
const SECOND_VP: Probe[] = [
  ['named-person', 'Dr Lena Ortiz examined the samples and concluded that they were contaminated.', 'Lena Ortiz'],
  ['organization', 'Police searched the house and warned that the suspect was armed.', 'Police'],
  ['anonymous', 'The divers swam the length of the dam and concluded that the wall was sound.'],
  ['anonymous', 'Campaigners marched to the town hall and argued that the park must stay open.'],
  ['named-person', 'Mayor Tove Brink toured the plant and promised that no jobs would go.', 'Tove Brink'],
  ['organization', 'The union met on Monday and insisted that the strike would go ahead.'],
  ['named-person', 'Okafor read the letter twice and admitted that the signature was his.', 'Okafor'],
  // Look-alikes: a second verb phrase that reports nothing; a second clause with its own subject (the first clause decides);
  // a relative clause's verb.
  ['unattributed', 'The guides took the tourists upstream and showed them the rapids.'],
  ['unattributed', 'The nurses left the ward and the doctors said that it was safe.'],
  ['unattributed', 'The firm sold the plant and the land that the council had claimed.'],
];

/** An unnamed group typed by its head, not by the capital that opens the sentence or a plural body word with no name. */
const UNNAMED_GROUPS: Probe[] = [
  ['anonymous', 'Budget hawks argue that the debt is too high.'],
  ['anonymous', 'Trade hawks warned that the tariffs would backfire.'],
  ['anonymous', 'Regional parent groups claimed that 40 schools needed repairs.'],
  ['anonymous', 'Local business groups say the parking fees are too high.'],
  ['anonymous', 'Environmental groups warned that the river was dying.'],
  ['anonymous', 'On Monday, several tenant groups said the rents were unfair.'],
  ['anonymous', 'Rights groups said the law was unjust.'],
  // Look-alikes: courts (a body's plural: "Israeli courts have declared" is organization in tuned gold); a party speaking as
  // itself; a named group; a body with its own name; a share of a party.
  ['organization', 'Federal courts have ruled that the tax is legal.'],
  ['organization', 'Dutch courts have ruled that the tax is legal.'],
  ['organization', 'Republicans have called for an inquiry.'],
  ['organization', 'The Harbour Residents Association said the pier was unsafe.'],
  ['organization', 'Greenpeace warned that the river was dying.'],
  ['anonymous', 'Some Republicans fear the bill will fail.'],
];

/** A live blog's time stamp, then a capitalised plural of people: a group, not a person named "Divers". */
const TIME_STAMP_PLURAL: Probe[] = [
  ['anonymous', '11.20 Divers says the hull is intact.'],
  ['anonymous', '09.45 Firefighters say the blaze is under control.'],
  ['anonymous', '14.05 Paramedics said two people were hurt.'],
  // Look-alikes: a surname after the stamp; a plural that is not capitalised by the stamp.
  ['named-person', '11.20 Vogt says the hull is intact.', 'Vogt'],
  ['anonymous', '11.20 Dock workers said the cranes had stopped.'],
];

/** "“...,” quipped <Name> of <the thing talked about>": "of" after the inverted subject tells what the words were about. */
const INVERTED_OF_TOPIC: Probe[] = [
  ['named-person', '“It was a tough match,” quipped Dunmore of the final.', 'Dunmore'],
  ['named-person', '“We lost the plot,” said Kessler of the second half.', 'Kessler'],
  ['named-person', '“It was a disgrace,” wrote Ama Boateng of the ruling.', 'Ama Boateng'],
  ['named-person', '“It was fun,” joked Maria Lind of the defeat.', 'Maria Lind'],
  // Look-alikes: "of" naming the body or outlet a person belongs to.
  ['media', '“It was fun,” said Ines Ruiz of Radio Sud.', 'Radio Sud'],
  ['named-person', '“We will win,” said Tom Barrett of the union.', 'Tom Barrett'],
  ['organization', '“We will win,” said a spokesman of the union.'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['partitive subject', PARTITIVE],
  ['elder/younger name', ELDER_YOUNGER],
  ['those who', THOSE_WHO],
  ['time phrase before that', TIME_BEFORE_THAT],
  ['cue in a second verb phrase', SECOND_VP],
  ['unnamed group type', UNNAMED_GROUPS],
  ['time stamp plural', TIME_STAMP_PLURAL],
  ['inverted of topic', INVERTED_OF_TOPIC],
];

/** Probes the engine does not yet read right, with why; they run as todo. */
export const OPEN = new Set<string>([
  // "captains" is no known people noun; reading the group after "of" without the strict word lists (its plural fallback) would
  // also make "Two of the cases reported last week were fatal" a source.
  'Three of the ferry captains later told the inquiry that the radar had failed.',
  // A cue in a second verb phrase without a comma (attribution.ts, the "and"-branch: any verb with "that" right after it, +3 B):
  // passes these, fixes one dev-B sentence, but drops the written batch w10 (0.9290 -> 0.9258; named and unattributed F1 down)
  // with every restriction tried (no document verbs; no clause-only verbs). CONVENTIONS says "with coordinated clauses the first
  // one decides" and does not say whether two verb phrases of one subject are coordinated clauses: left out until settled.
  'Dr Lena Ortiz examined the samples and concluded that they were contaminated.',
  'The divers swam the length of the dam and concluded that the wall was sound.',
  'Campaigners marched to the town hall and argued that the park must stay open.',
  'Mayor Tove Brink toured the plant and promised that no jobs would go.',
  'Okafor read the letter twice and admitted that the signature was his.',
  // Two clauses joined by "and" without a comma, the second with its own subject: the engine reads the second's cue (the
  // first-clause rule needs the comma); unchanged here.
  'The nurses left the ward and the doctors said that it was safe.',
  // After a live blog's time stamp the capital of a one-word subject still counts as a name's in classify.ts's last fallback
  // ("Divers", "Paramedics" are caught in resolve.ts by their person-plural shape; "Firefighters" reaches the fallback).
  '09.45 Firefighters say the blaze is under control.',
  // Cutting "of <lower-case words>" after an inverted name (attribution.ts, +44 B) passes these but costs more than the
  // session's room for one held-out sentence, and needs the word after "of" in lower case too ("said Department of
  // Correction spokesman Jason Kersten" in tuned gold regressed without that).
  '“It was a tough match,” quipped Dunmore of the final.',
  '“We lost the plot,” said Kessler of the second half.',
  '“It was a disgrace,” wrote Ama Boateng of the ruling.',
]);
