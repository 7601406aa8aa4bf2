/**
 * Session 17 probes (s17d): the cue side of the w10 analysis (kinds-w10.md items 2, 5 and 6). Fresh sentences
 * written for this suite (none copied from gold or held-out files, nor from the analysis's invented examples), several
 * variants each, with look-alikes that must keep their tag. Same shape as engine-s12-probes.data.ts: [expected tag, or
 * 'none'; text; expected source; expected via]; the LAST sentence of the text is checked; source and via only when given.
 */
import type { Probe } from './engine-s12-probes.data';

/**
 * A source inside a fronted reason clause ("Given ...", "Since <clause>", "Because <clause>") or inside a dash
 * parenthetical before the main clause: the main clause decides (CONVENTIONS), so the writer's own argument stays
 * unattributed.
 */
const FRONTED_SOURCE: Probe[] = [
  ['unattributed', 'Given the coach’s record — his side has lost nine of its last ten finals, according to the Valley Courier’s Stats Page — fans have reason to worry.'],
  ['unattributed', 'Given the landlord’s history -- he has been fined four times since 2020, according to the Eastfield Echo’s Court Tracker -- tenants are right to be wary.'],
  ['unattributed', 'Since the council has missed every budget deadline this year, according to the Riverside Post’s Budget Watch, residents may doubt the new plan.'],
  ['unattributed', 'Because the ferry has run late on 60 days, according to the port authority, commuters are switching to buses.'],
  ['unattributed', 'Given that the plant has failed three inspections, according to state records, the closure should surprise no one.'],
  ['unattributed', 'The old pier -- it was built in 1921, according to city archives -- will close for repairs in May.'],
  // Look-alikes: the source in the main clause, at its end, or after a fronted phrase with no clause of its own.
  ['media', 'The club has lost 30 of its last 40 away games, according to the Valley Courier’s Stats Page.', 'the Valley Courier'],
  ['media', 'Since 2019, according to the Riverside Post, rents in the district have doubled.', 'the Riverside Post'],
  ['organization', 'Since the strike began, according to the union, 300 workers have lost pay.'],
  ['anonymous', 'Given the delays, officials said, the project will cost more.', 'officials'],
  ['organization', 'In March, according to police, two men broke into the depot.'],
  ['organization', 'Because of the storm, according to the airline, 40 flights were cancelled.'],
  ['media', 'Given the record, voters have reason to doubt him, according to the Riverside Post.', 'the Riverside Post'],
  // A parenthetical that is only the attribution attributes the sentence around it.
  ['document', 'The plant released 40 tonnes of waste last year — according to state records — more than any other site in the county.'],
  ['organization', 'The ferry ran late on 60 days -- according to the port authority -- twice as often as in 2022.'],
];

/** Wishes, aims and the writer's own hedge read as cues (CONVENTIONS: "environmentalists want", "is expected to" with no source). */
const AIMS_AND_HEDGES: Probe[] = [
  // An unnamed person's or group's aim: narration.
  ['unattributed', 'Her father wants the club to apologise in public.'],
  ['unattributed', 'One parent wants the school to cancel the trip.'],
  ['unattributed', 'The residents want the council to reopen the library.'],
  // Look-alikes: a named body's or person's stated aim stays theirs (tuned gold: "<Name> wants the Fed to raise ...").
  ['organization', 'Oakfield Council wants the county to share the cost of the bridge.', 'Oakfield Council'],
  ['named-person', 'Dana Whitlock wants the bank to cut its rate by half a point.', 'Dana Whitlock'],
  // "is (widely) expected to" with no source: the writer's hedge, an adverb or not.
  ['unattributed', 'The airline is widely expected to cut its summer schedule.'],
  ['unattributed', 'Talbot Foods is widely expected to announce a merger next month.'],
  ['unattributed', 'The mayor is generally expected to win a second term.'],
  // Look-alikes: the subject's own forecast, and a passive whose agent is the source.
  ['organization', 'The airline expects to cut its summer schedule.'],
  ['anonymous', 'Analysts widely expected a loss in the third quarter.'],
  ['media', 'The closure was first reported by the Riverside Post.', 'the Riverside Post'],
  // Tuned and dev gold read "urged <X> to" as speech: it stays a cue.
  ['named-person', 'Mayor Lena Brook urged residents to stay indoors.', 'Lena Brook'],
];

/** The noun "records" inside a document's phrase is not its verb ("a review of <X> records shows"). */
const RECORDS_NOUN: Probe[] = [
  ['document', 'A review of inspection records shows the kitchen failed twice.', 'A review of inspection records'],
  ['document', 'An audit of payroll records found that 40 staff were overpaid.', 'An audit of payroll records'],
  ['document', 'Court records show the firm was sued twice.', 'Court records'],
];

/** Speech acts the lexicon misses (kinds-w10 CUE-LEX, CUE-SYN). */
const CUE_GAPS: Probe[] = [
  // "raised (<adj>) concerns/worries", as "voiced concerns".
  ['anonymous', 'Parents raised worries about the new bus routes.', 'Parents'],
  ['anonymous', 'Several residents raised safety concerns about the crossing.', 'Several residents'],
  ['named-person', 'Councillor Mia Trent raised serious concerns about the cost.', 'Mia Trent'],
  ['unattributed', 'The flood raised fears that the dam would fail.'],
  ['unattributed', 'The price rise raised concerns about inflation.'],
  // "did not answer (<adj>) questions", as "did not respond".
  ['organization', 'The ministry did not answer detailed questions about the contract.', 'The ministry'],
  ['named-person', 'Ruth Calloway did not answer written questions from the committee.', 'Ruth Calloway'],
  ['organization', 'The council did not answer questions about the delays.', 'The council'],
  // "blamed <X>" without "on" or "for": a judgment verb (Levin 33), like "criticised".
  ['organization', 'Dunmore Airlines blamed rising fuel costs and a weak pound.', 'Dunmore Airlines'],
  ['anonymous', 'Residents blamed the new dam.', 'Residents'],
  ['organization', 'Cortland Airways posted a loss.\n\nIt blamed higher fuel costs.', 'Cortland Airways'],
  ['unattributed', 'The storm, blamed for ten deaths, moved north on Monday.'],
  ['unattributed', 'Two drivers were blamed for the crash.'],
  // "has been speaking to <Outlet>": a statement about a statement, the outlet as via.
  ['named-person', 'Otto Lind, the finance minister, has been speaking to Radio Norden.', 'Otto Lind', 'Radio Norden'],
  ['unattributed', 'The company has been talking to buyers for months.'],
  // A document's "lists", whatever the document is called.
  ['document', 'The flyer lists four drop-in sessions a week.'],
  ['document', 'A weather alert issued on Sunday lists the county as a high-risk area.'],
  ['document', 'The brochure lists the fees for each course.'],
  // "is convinced <clause>" without "that", as "is convinced that".
  ['named-person', 'Tomas Greer is convinced the club will be relegated.', 'Tomas Greer'],
  ['named-person', 'Mara Voss, for one, was convinced the vote had been rigged.', 'Mara Voss'],
  ['unattributed', 'The jury was convinced by the evidence.'],
  // "think so", as "believe so": a pro-form for the clause.
  ['anonymous', 'Will rents keep rising? Many landlords think so.', 'Many landlords'],
  ['named-person', 'Is the tower safe? Engineer Rosa Lind does not think so.', 'Rosa Lind'],
  ['unattributed', 'The firm thought so little of the offer that it walked away.'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['fronted source', FRONTED_SOURCE],
  ['aims and hedges', AIMS_AND_HEDGES],
  ['records noun', RECORDS_NOUN],
  ['cue gaps', CUE_GAPS],
];

/** Probes the engine does not yet read right, with why; they run as todo. */
export const OPEN = new Set<string>([
  // A source after a fronted reason clause with no dashes: a rule (fronted "given|since|because" with a finite verb, the
  // first comma right before "according to") passes these for +29 B gzip but changes no dev or w10 sentence; left out for bytes.
  'Since the council has missed every budget deadline this year, according to the Riverside Post’s Budget Watch, residents may doubt the new plan.',
  'Because the ferry has run late on 60 days, according to the port authority, commuters are switching to buses.',
  'Given that the plant has failed three inspections, according to state records, the closure should surprise no one.',
  // Needs the listener to be an outlet: "been speaking/talking to" as a phrase alone also attributes "The company has been
  // talking to buyers for months".
  'Otto Lind, the finance minister, has been speaking to Radio Norden.',
  // Document nouns the lexicon lacks: adding them costs about 5 B a word; "alert" also turns two wrong organization tags in
  // dev into wrong document tags ("AMBER alerts ... ask people to"), which lowers devA.
  'The flyer lists four drop-in sessions a week.',
  'A weather alert issued on Sunday lists the county as a high-risk area.',
  'The brochure lists the fees for each course.',
  // "is convinced" without "that": needs a bare-clause check after the phrase, or "was convinced by the evidence" and
  // "was convinced to stay" would be attributed too; left out for bytes.
  'Tomas Greer is convinced the club will be relegated.',
  'Mara Voss, for one, was convinced the vote had been rigged.',
]);
