/**
 * Session 23 probes (s23a): DOCUMENT error classes that recur across the analysed sets (/tmp/sl/s23/ra-classes.md), in fresh
 * sentences written for this suite (none copied from gold or held-out files), with look-alikes that must keep their reading.
 * Same shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected via]; the LAST sentence is
 * checked. A text opening "PUB=<publisher>||" is read with that publisher.
 */
import type { Probe } from './engine-s12-probes.data';

/** A1: written notices, schedules and forms (WordNet's document and written-communication nouns) as the subject of a document's verb. */
const DOCUMENT_NOUNS: Probe[] = [
  ['document', 'A recall alert issued on Monday lists the heater as a fire risk.'],
  ['document', 'The county’s timeline shows that the first call came at 4:10 a.m.', 'The county’s timeline'],
  ['document', 'According to the district’s timeline, the principal was told at noon.', 'the district’s timeline'],
  ['document', 'The solicitation notes that bidders must also maintain the old arena.', 'The solicitation'],
  ['document', 'A leaflet handed out at the rally claimed that the vote had been rigged.'],
  ['document', 'The spreadsheet shows that 40 invoices were paid twice.', 'The spreadsheet'],
  ['document', 'The subpoena seeks every record of the payments.', 'The subpoena'],
  ['document', 'A bulletin from the health department warned that the water was unsafe.'],
  // Look-alikes: the same words as verbs or adjectives, and a person's act.
  ['unattributed', 'Officials alert residents by text when the river rises.'],
  ['anonymous', 'An alert driver told police that the van had swerved.', 'An alert driver'],
  ['unattributed', 'Police were put on alert after the threats.'],
  ['unattributed', 'The council set a timeline for the repairs in March.'],
  // A notice asking readers to act gives an instruction, not a claim (CONVENTIONS: an instruction given as an act).
  ['unattributed', 'The alert also asks shops to pull the chargers from their shelves.'],
  ['unattributed', 'A notice on the door asked residents to boil their water.'],
  ['unattributed', 'Flood alerts, sent by text, ask drivers to stay off the bridge.'],
];

/** A2: what a document does with its content: rates or ranks (Levin 29.4: verbs of judging "X as Y"), lays out. */
const DOCUMENT_VERBS: Probe[] = [
  ['document', 'The four-page report lays out the sequence of events before the crash.', 'The four-page report'],
  ['document', 'The audit lays out three ways to close the gap.', 'The audit'],
  ['document', 'The inquiry’s report laid out how the warnings were missed.'],
  ['document', 'A 2019 assessment rated the risk to farm workers as low.', 'A 2019 assessment'],
  ['document', 'The inspection report rated the kitchen as unsafe.', 'The inspection report'],
  ['document', 'The survey ranked the city as the least affordable in the state.', 'The survey'],
  ['document', 'The preliminary report does not name a cause. But it lays out a sequence of errors.', 'The preliminary report'],
  ['document', 'The four-page report does not give a cause.', 'The four-page report'],
  // Look-alikes: a thing that is not a document, and the same verbs of people and bodies reading as before.
  ['unattributed', 'Diners rated the restaurant highly last year.'],
  ['unattributed', 'The law gives police broad powers to stop cars.'],
];

/** B: an outlet whose name ends in a document noun ("The Millbrook Record") reporting, is the outlet. */
const RECORD_OUTLETS: Probe[] = [
  ['media', 'The Millbrook Record reported last week that the plant would close.', 'The Millbrook Record'],
  ['media', 'The Dunhill Register first reported the settlement on Monday.', 'The Dunhill Register'],
  ['media', 'The Ashford Bulletin reported in May that the mayor had resigned.', 'The Ashford Bulletin'],
  ['media', 'The Valley Record has reported that the council met in secret.', 'The Valley Record'],
  // Look-alikes: records and reports that are documents.
  ['document', 'The court record shows that the fine was paid in full.', 'The court record'],
  ['document', 'The Congressional Record shows that the vote was 52 to 48.', 'The Congressional Record'],
  ['document', 'The Mueller Report found no such agreement.', 'The Mueller Report'],
  ['document', 'The official record showed no such meeting.', 'The official record'],
];

/** C: an outlet's own review, analysis or investigation: the publisher's is the writer's (unattributed), another's is media. */
const OUTLET_REVIEWS: Probe[] = [
  ['unattributed', 'PUB=The Harlow Courier||A Courier review of county inspection data found 40 violations since 2021.'],
  ['unattributed', 'PUB=The Ledger||A Ledger analysis of court files found that 40 cases were dropped.'],
  ['unattributed', 'PUB=The Ledger||An investigation by The Ledger found that the jail hid the deaths.'],
  ['unattributed', 'PUB=The Ledger||According to a Ledger review of jail logs, 40 people died in custody.'],
  ['media', 'A Washington Post review of jail records found 40 deaths.', 'Washington Post'],
  ['media', 'The clinic has closed, according to an investigation by The New York Times.', 'The New York Times'],
  ['media', 'An analysis by The New York Times found that 40 people died.', 'The New York Times'],
  // Look-alikes: reviews with no outlet, a study in a journal, and a document an outlet saw.
  ['document', 'A review of jail records found 40 deaths since 2019.', 'A review of jail records'],
  ['document', 'A study published in Nature found that bees lose their gut yeasts.'],
  ['document', 'Emails seen by Reuters show that the plan was dropped in May.', undefined, 'Reuters'],
  ['document', 'PUB=The Ledger||Emails obtained by The Ledger show that the plan was dropped in May.'],
  ['document', 'PUB=The Ledger||A Senate review of the contracts found that 40 were never tendered.'],
  ['unattributed', 'Reuters found the wreck of the boat near the river mouth.'],
  ['document', 'A Good Morning America clip showed the senator laughing at the question.'],
  ['media', 'A Reuters analysis of shipping data showed 40 tankers turning off their transponders.'],
];

/** D: "..., researchers report" after a study: the authors speak as their study (CONVENTIONS), in the present tense too. */
const RESEARCHERS_REPORT: Probe[] = [
  ['document', 'Tree cover cools cities, study finds\n\nCities with more trees ran cooler during heat waves, researchers report', 'researchers'],
  ['document', 'A study of 30 cities was published on Monday. Cities with more trees ran cooler during heat waves, the researchers report.'],
  ['document', 'In a study of 4,000 drivers, crash rates fell by a fifth, researchers report.', 'researchers'],
  // Look-alikes: reporting with no clause, researchers not reporting findings, other people reporting.
  ['unattributed', 'Crews will report to the depot at dawn.'],
  ['anonymous', 'Researchers at the lab said the dam was unsafe.', 'Researchers at the lab'],
  ['anonymous', 'Few researchers are willing to talk. They worry that anything they say will be used against them.'],
  ['anonymous', 'Cities ran cooler during heat waves, residents report.', 'residents'],
  ['unattributed', 'We read the farmers report.'],
];

/** F: a body's document described by a participle before its noun ("the department's written report") is the document. */
const PARTICIPLE_DOCUMENTS: Probe[] = [
  ['document', "The department's written report on the fire, released last week, concluded that the blaze was started by a firework."],
  ['document', "The board's published minutes show that two members objected."],
  // Look-alikes: the participle after the noun opens a post-modifier, and a body's statement is the body (CONVENTIONS).
  ['document', 'A letter signed by 40 doctors warned that the clinic was unsafe.'],
  ['organization', "The company's signed statement said the deal was off."],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['A1 document nouns', DOCUMENT_NOUNS],
  ['A2 document verbs', DOCUMENT_VERBS],
  ['B record outlets', RECORD_OUTLETS],
  ['C outlet reviews', OUTLET_REVIEWS],
  ['D researchers report', RESEARCHERS_REPORT],
  ['F participle documents', PARTICIPLE_DOCUMENTS],
];

export const OPEN = new Set<string>([
  // A1: a notice's request read as an instruction ("asks X to", index.ts decide) passed these but cost a clean-set sentence (lead,
  // s23 round two): removed.
  'The alert also asks shops to pull the chargers from their shelves.',
  'A notice on the door asked residents to boil their water.',
  'Flood alerts, sent by text, ask drivers to stay off the bridge.',
  // A1: without that rule "alert" as a document noun turns two analysed devA requests into documents: dropped from the nouns.
  'A recall alert issued on Monday lists the heater as a fire risk.',
  // A1: these nouns pass with the others in DOCUMENT_WORDS, but no analysed error needs them: left out for the byte budget (~19 B).
  'A leaflet handed out at the rally claimed that the vote had been rigged.',
  'The spreadsheet shows that 40 invoices were paid twice.',
  'The subpoena seeks every record of the payments.',
  // C: an outlet's review with a verb that needs a document subject ("found 40 deaths", "showed 40 tankers"): letting an outlet
  // take such a verb when the subject holds "review/analysis/investigation" (index.ts decide) passes these with no change on any
  // analysed set, for ~30 B: left out for the byte budget.
  'A Washington Post review of jail records found 40 deaths.',
  'A Reuters analysis of shipping data showed 40 tankers turning off their transponders.',
  // C: a programme's clip: the programme's name is read as an outlet's and the outlet cannot take "showed" (as above).
  'A Good Morning America clip showed the senator laughing at the question.',
  // F: a participle before a document noun read as a pre-modifier (classify.ts headIndex) passes these, +0.007 on w12 and no
  // change elsewhere, for 14 B: kept apart as /tmp/sl/s23/ra-optional-F.diff for the byte budget.
  "The department's written report on the fire, released last week, concluded that the blaze was started by a firework.",
  "The board's published minutes show that two members objected.",
  // D: with a determiner ("the researchers report.") the sentence-final plural is not read as the verb's subject.
  'A study of 30 cities was published on Monday. Cities with more trees ran cooler during heat waves, the researchers report.',
  // A2: "give" is no document verb here: "the law gives police powers" states what a law does, not its content.
  'The four-page report does not give a cause.',
  // B: a capitalised "<Name> Record" is read as a newspaper's name (as "Register", "Journal", "Bulletin" already are); a record's
  // own title is rarer in news than a paper's.
  'The Congressional Record shows that the vote was 52 to 48.',
  // A2: "lays out" as a cue of any subject passes these, but "it" after a report and a plural body ("investigators cautioned")
  // takes the body (resolve.ts: the nearest thing), a new organization error in devB: dropped.
  'The four-page report lays out the sequence of events before the crash.',
  'The audit lays out three ways to close the gap.',
  'The preliminary report does not name a cause. But it lays out a sequence of errors.',
]);
