/**
 * Session 16 probes (s16d): source types and document verbs from the held-out WRITTEN error kinds (TYPE, CUE-LEX in
 * /tmp/sl/s16/kinds-written.md), in fresh sentences written for this suite (none copied from gold or held-out files),
 * with look-alikes that must keep their reading. Same shape as engine-s12-probes.data.ts: [expected tag, or 'none';
 * text; expected source; expected via]; the LAST sentence of the text is checked; source and via only when given.
 */
import type { Probe } from './engine-s12-probes.data';

/** An outlet's own reporting ("a report by <Outlet>") and another outlet's journalist as the only source ("<Outlet>'s <Name>"): media, the outlet. */
const OUTLET_REPORTING: Probe[] = [
  ['media', 'Bus fares will double next year, according to a report by The Harbour Gazette.', 'The Harbour Gazette'],
  ['media', 'Two wardens quit in March, according to an investigation by the Valley Sentinel.', 'the Valley Sentinel'],
  ['media', 'According to an article by the Dunmore Times, the mill lost money for a decade.', 'the Dunmore Times'],
  ['media', 'Ferry crews are unhappy, according to the Northfield Courier’s Ana Brecht.', 'the Northfield Courier'],
  ['media', 'The Dunmore Times’s Peter Vale reported that the mill would close.', 'The Dunmore Times'],
  // Look-alikes: a report by a body, a study in a journal, an outlet's journalist named with "of", the journalist's own name after the outlet's.
  ['document', 'Bus fares will double next year, according to a report by the transport ministry.'],
  ['document', 'Two wardens quit, according to a report published in March.'],
  ['media', 'Rail fares will rise, the Harbour Gazette reported.', 'the Harbour Gazette'],
  ['named-person', 'Peter Vale said the mill would close.', 'Peter Vale'],
];

/** A word that only looks like an outlet: "the paper" after a study, "<owner>'s website", "Independent <people>". */
const NOT_AN_OUTLET: Probe[] = [
  ['document', 'A survey of 400 nurses was released in May. The paper says most of them work unpaid overtime.', 'The paper'],
  ['document', 'Researchers at Lund published a study of eels. The paper found that eel numbers fell by half.', 'The paper'],
  ['document', 'Fourteen libraries are shut, according to the council’s website.'],
  ['document', 'The ferry runs twice a day, according to the port authority website.'],
  ['anonymous', 'Independent engineers said the bridge was unsafe.', 'Independent engineers'],
  ['anonymous', 'Independent engineers have disputed the figures.'],
  ['anonymous', 'Independent inspectors have disputed the figures.'],
  // Look-alikes: "the paper" after a newspaper was named, and outlets named Independent.
  ['media', 'The Harbour Gazette reported the strike on Monday. The paper said the pool would close.', 'The Harbour Gazette'],
  ['media', 'The Kyiv Independent reported that two ferries had sunk.'],
  ['media', 'Fourteen libraries are shut, the news website reported.'],
];

/** ", <possessive> <relatives> said" after a clause: the relatives, unnamed (CONVENTIONS: a relation only is anonymous). */
const RELATIVES_AT_END: Probe[] = [
  ['anonymous', 'Bruno Okafor died on Friday, his daughters said.', 'his daughters'],
  ['anonymous', 'Lena Moritz died on Sunday, her family said.', 'her family'],
  ['anonymous', 'Ana Weir is recovering in Oslo, her husband told reporters.', 'her husband'],
  ['anonymous', 'Ines Moro died in her sleep, her nephews said.', 'her nephews'],
  // Look-alikes: a name opening the sentence with an appositive keeps the name.
  ['named-person', 'Emma Lindqvist, the director of the Alliance, a campaign group, said the fees were too high.', 'Emma Lindqvist'],
  ['named-person', 'Tomas Ek, the club’s treasurer, said the accounts were late.', 'Tomas Ek'],
];

/** A document as subject with a verb of content: recorded, identified, did not mention, estimated (kind CUE-LEX, document verbs). */
const DOCUMENT_VERBS: Probe[] = [
  ['document', 'The club’s minutes recorded a vote of 12 to 3.'],
  ['document', 'The ship’s log recorded winds of 90 knots.'],
  ['document', 'The audit identified three missing payments.'],
  ['document', 'The analysis identified leaks along the canal.'],
  ['document', 'The memo did not mention the pool.'],
  ['document', 'The report did not mention the strike.'],
  ['document', 'The survey estimated the cost at $4 million.'],
  ['document', 'The court filing lists six creditors.'],
  // Look-alikes: people and things that record or identify are not documents.
  ['unattributed', 'She recorded an album in 1998.'],
  ['unattributed', 'The camera recorded the crash.'],
  ['unattributed', 'He did not mention the pool.'],
  ['unattributed', 'Police recorded 40 burglaries in May.'],
];

/** A one-word name never given a first name, speaking of itself as "it" or "its" right after the cue: a company, not a person. */
const COMPANY_AS_IT: Probe[] = [
  ['organization', 'Pemberton said on Monday that it would close two bakeries.', 'Pemberton'],
  ['organization', 'Tavistock told investors that it expected a loss.', 'Tavistock'],
  ['organization', 'Orvane said it would cut 200 jobs.', 'Orvane'],
  ['organization', 'Quillbrook said on Friday that its stores would close early.', 'Quillbrook'],
  // Look-alikes: a first name, a surname known from the full name before, "he" in the clause.
  ['named-person', 'Anna Dorsey said that it would be a hard year.', 'Anna Dorsey'],
  ['named-person', 'Maria Kessel runs the bakery. Kessel said on Friday that it would take a year.', 'Kessel'],
  ['named-person', 'Kelso said on Monday that he would resign.', 'Kelso'],
];

/** A body's inspectors or auditors speaking as their office, like "investigators" (guide: institutions by role). */
const BODY_BY_ROLE: Probe[] = [
  ['organization', 'The inspectors said the kitchen had no hot water.'],
  ['organization', 'State auditors found that the grants were paid late.'],
  ['organization', 'The auditors said the accounts were filed late.'],
  // Look-alikes: unnamed people of other roles stay anonymous.
  ['anonymous', 'Lawyers said the case would take years.'],
  ['anonymous', 'Independent surveyors said the roof needed work.'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['outlet reporting', OUTLET_REPORTING],
  ['not an outlet', NOT_AN_OUTLET],
  ['relatives at the end', RELATIVES_AT_END],
  ['document verbs', DOCUMENT_VERBS],
  ['company as it', COMPANY_AS_IT],
  ['body by role', BODY_BY_ROLE],
];

/** Probes the engine does not yet read right, with why; they run as todo. */
export const OPEN = new Set<string>([
  // "inspectors" reads as a body's office (like "investigators"); "Independent" does not yet mark them as nobody's staff.
  'Independent inspectors have disputed the figures.',
]);
