/**
 * Session 20 probes (s20b): document colon lists (D1, CARRY in /tmp/sl/s20/kinds-news.md), cues in a clause that is not the
 * main one (D-FP, O-FP), and the regressions the report found (629427d, 1771eae, a trailing description after capitalised
 * words), in fresh sentences written for this suite (none copied from gold or held-out files, nor the report's invented
 * examples), with look-alikes that must keep their reading. Same shape as engine-s12-probes.data.ts: [expected tag, or 'none';
 * text; expected source; expected via]; the LAST sentence is checked.
 */
import type { Probe } from './engine-s12-probes.data';

/**
 * A list after a colon line belongs to its source (CONVENTIONS "Attribution calls"); what a document does with its contents
 * ("lays out", "contains", "sets out", "includes", "spells out", "details") is its cue (CONVENTIONS: "names", "seeks", "lists").
 * Every verb of the class, tense, an adverb, bulleted lines, item lines and a plain paragraph.
 */
const DOC_COLON: Probe[] = [
  ['document', 'The dam was built in 1960.\n\nThe memo lays out three demands:\n\n• Pay must rise by 5% this year.\n\n• Night shifts must end by 2026.', 'The memo'],
  ['document', 'The audit contains four recommendations:\n\n• The board should meet monthly.\n\n• Every payment needs two signatures.', 'The audit'],
  ['document', 'The new charter sets out the rules:\n\n– Members pay a yearly fee.\n\n– Meetings are held in public.', 'The new charter'],
  ['document', 'The contract spells out the terms:\n\n• The firm pays $2m up front.\n\n• The rest follows in 2027.', 'The contract'],
  ['document', 'The draft bill also includes three measures:\n\n• Rents are frozen for a year.\n\n• Deposits are capped.', 'The draft bill'],
  ['document', 'The court ruling contained two orders:\n\n• The mine must close\n\n• The owners must pay for the clean-up', 'The court ruling'],
  ['document', 'The guidelines laid out four steps:\n\nThe hospital must test every patient.', 'The guidelines'],
  ['document', 'The inspection report is setting out its findings:\n\n• The roof leaks.\n\n• The lift is unsafe.', 'The inspection report'],
  // The colon line itself, the document its subject.
  ['document', 'The memo lays out three demands:', 'The memo'],
  ['document', 'The treaty includes:', 'The treaty'],
  // Not a document's list: no document named, the writer's colon line, a colon line without a verb of the class, and the
  // next plain paragraph after the list.
  ['unattributed', 'The squad includes three new players:\n\n• Ana Ruiz joined from Lyon.\n\n• Tom Berg signed in May.'],
  ['unattributed', 'The ferry was late again.\n\nCommuters face three choices:\n\n• They can wait.\n\n• They can drive.'],
  ['unattributed', 'The postman delivered a letter to every house on the street:\n\n• Forty homes were visited.\n\n• Ten families signed up.'],
  ['unattributed', 'The memo lays out three demands:\n\n• Pay must rise.\n\n• Night shifts must end.\n\nThe union has 4,000 members.'],
  ['unattributed', 'Police seized several documents, including:\n\n• A ledger of payments was found.\n\n• Two passports were taken.'],
];

/**
 * A colon line that names a document as an object the verb of the class describes ("gave X a memo setting out ...", "...,
 * which include:", "shown a draft listing", "The memo's demands include:") hands its list to that document; the line keeps
 * its own subject.
 */
const DOC_OBJECT: Probe[] = [
  ['document', 'A union source gave the Ledger a memo setting out the main demands, which include:\n\n• Pay must rise by 5% this year.\n\n• Night shifts must end by 2026.\n\n• Every depot needs a canteen.', 'a memo'],
  ['document', 'Reporters were shown a draft listing the cuts:\n\n• The library closes on Sundays.\n\n• Two pools shut for good.', 'a draft'],
  ['document', 'The memo’s demands include:\n\n• Pay must rise.\n\n• Night shifts must end.', 'The memo'],
  ['document', 'Staff received an email detailing the changes:\n\n• The canteen closes at two.\n\n• Parking moves to the east lot.', 'an email'],
  ['document', 'The Gazette has obtained the club’s budget, which details the costs:\n\n• The stand cost $4m.\n\n• The pitch cost $1m.', 'the club’s budget'],
  // A document as the venue of a speaker, or the speaker's own (CONVENTIONS: the speaker's tag): the list is not the document's.
  ['organization', 'The council sent residents a notice containing the new rules:\n\n• Bins go out on Mondays.\n\n• Garden waste is collected monthly.', 'The council'],
  ['unattributed', 'In a statement, the union listed its demands:\n\n• Pay must rise.\n\n• Night shifts must end.'],
];

/**
 * The guide: "A quotation that runs over several sentences is split into its sentences; each inherits the attribution of
 * the quotation." A quotation opened right after a colon cue line runs on across paragraphs and bullets to its closing mark,
 * though no mark reopens it; after the mark the writer speaks again.
 */
const QUOTE_RUN_ON: Probe[] = [
  ['document', 'The report says:\n\n"Pay must rise by 5% this year.\n\nNight shifts must end by 2026."', 'The report'],
  ['named-person', 'Mayor Vera Lund said:\n\n“The canal must be cleared.\n\nTram fares will stay frozen.\n\nThe budget is balanced.”', 'Vera Lund'],
  ['organization', 'The union said in a statement:\n\n"Pay must rise by 5% this year.\n\nNight shifts must end by 2026.\n\nEvery depot needs a canteen."', 'The union'],
  ['document', 'A union source gave the Ledger a memo setting out the main demands, which include:\n\n• "Pay must rise by 5% this year.\n\n• Night shifts must end by 2026.\n\n• Every depot needs a canteen."', 'a memo'],
  ['anonymous', 'Two nurses wrote to the board:\n\n“The ward is short of staff.\n\nPatients wait for hours.”', 'Two nurses'],
  // After the closing mark, the writer's.
  ['unattributed', 'Mayor Vera Lund said:\n\n“The canal must be cleared.\n\nTram fares will stay frozen.”\n\nThe council meets on Friday.'],
  ['unattributed', 'Mayor Vera Lund said:\n\n“The canal must be cleared.”\n\nTram fares will rise.'],
  ['unattributed', 'The union said in a statement:\n\n"Pay must rise by 5% this year.\n\nNight shifts must end by 2026."\n\nEvery depot has a canteen.'],
  // A closing mark the page lost: the run-on stops after a few paragraphs.
  ['unattributed', 'The report says:\n\n"Pay must rise.\n\nShifts must end.\n\nThe union disagreed.\n\nTalks resume on Monday.\n\nThe strike is off.\n\nThe depot reopens.'],
  // No colon cue line: the quotation's own rules.
  ['unattributed', 'The canal was built in 1820.\n\nThe canal must be cleared.\n\nTram fares will stay frozen.'],
];

/**
 * The main clause decides (the guide, CONVENTIONS): "according to X" inside a later coordinated clause or in a phrase of
 * inclusion put in after the main clause, a cue inside an although/though/while-clause, and "called on X to" in a second
 * coordinated clause (as in a first one, a document's appeal only) attribute nothing. Look-alikes: "according to" after the
 * first clause, at the end, right after the subject, opening the sentence; the main clause after the subordinate one.
 */
const NON_MAIN: Probe[] = [
  ['unattributed', 'Of the three ferries, one sank, another ran aground near the harbour according to reports, and the third is missing.'],
  ['unattributed', 'The bus hit a wall, the driver was taken to hospital according to police, and the passengers walked home.'],
  ['unattributed', 'The storm felled trees, the river burst its banks according to the weather service, but nobody was hurt.'],
  ['unattributed', 'Four climbers set off, two were rescued, among them, according to reports, the guide.'],
  ['unattributed', 'Most of the goods were saved, including, according to the inventory, a rare clock.'],
  ['unattributed', 'Although the league’s guidelines recommend a two-hour limit, members have been staying far longer.'],
  ['unattributed', 'Though the manual warns against it, most divers go alone.'],
  ['unattributed', 'While the report found no fraud, the board resigned.'],
  ['unattributed', 'Even though the survey showed strong support, the council dropped the plan.'],
  ['unattributed', 'The council seemed to try to keep the pool open and called on the mayor to back it.'],
  ['unattributed', 'The union held a rally in the square and called on the minister to resign.'],
  ['document', 'The ferry sank and the crew swam ashore, according to reports.', 'reports'],
  ['document', 'The ferry, according to reports, sank near the harbour.', 'reports'],
  ['document', 'According to reports, the ferry sank and the crew swam ashore.', 'reports'],
  ['document', 'The ferry sank near the harbour according to reports.', 'reports'],
  ['document', 'Prices rose by 5%, according to the data, and wages fell.', 'the data'],
  ['document', 'Drug use has risen in several states, including among teenagers, according to a study.', 'a study'],
  ['document', 'Although the plan is costly, the guidelines recommend it.', 'the guidelines'],
  ['document', 'Although the plan is costly, the report says it will pay off.', 'the report'],
  ['document', 'The report examined the budget and called on the council to cut fares.', 'The report'],
  ['organization', 'The union called on the minister to resign and said the strike would go ahead.', 'The union'],
];

/**
 * Regressions. 629427d: "“...,” Name, <appositive>, said <time or place>." is the Name's, with or without the leading quotation,
 * other verbs, time and place phrases and appositives. 1771eae: a light verb with "interview" is an event unless given to an
 * outlet or its content is told. A trailing ", a <description> said" after capitalised words: the description is the source.
 */
const REGRESSIONS: Probe[] = [
  ['named-person', '"The water is clean," Ada Quist, a former chemist, said on Monday.', 'Ada Quist'],
  ['named-person', '“Prices will fall,” Lena Ortiz, an economist at the bank, wrote on Sunday.', 'Lena Ortiz'],
  ['named-person', '“We are ready,” Sam Cole, the club’s captain, added on Saturday.', 'Sam Cole'],
  ['named-person', 'The pool will reopen in May, Ada Quist, the city’s parks director, said on Monday.', 'Ada Quist'],
  ['named-person', 'The pool will reopen in May, Ada Quist, the city’s parks director, said in a statement.', 'Ada Quist'],
  ['named-person', '“The road is closed,” Ada Quist, 54, said on Monday.', 'Ada Quist'],
  ['named-person', '“The bridge is safe,” Tom Reyes, the city’s engineer, said late on Friday.', 'Tom Reyes'],
  ['named-person', '“We will appeal,” Mara Holt, a lawyer for the family, told reporters at the courthouse.', 'Mara Holt'],
  ['named-person', 'As the storm hit, the pier collapsed, said Tom Reyes, a fisherman.', 'Tom Reyes'],
  ['unattributed', 'Brill later gave a long interview to detectives.'],
  ['unattributed', 'Nina Cole gave an interview to police in March.'],
  ['unattributed', 'The suspect gave a lengthy interview to investigators.'],
  ['named-person', 'Nina Cole gave an interview to detectives in which she said she was at home.', 'Nina Cole'],
  ['named-person', 'Nina Cole gave an interview to detectives, saying she was at home.', 'Nina Cole'],
  ['named-person', 'Dara Quinn gave an interview to The Courier last month.', 'Dara Quinn'],
  ['named-person', 'Senator Paula Grant made the comments during a radio debate.', 'Paula Grant'],
  ['anonymous', 'The bridge will reopen in March, a senior transport official said.', 'a senior transport official'],
  ['anonymous', 'The mayor will resign on Friday, a council official said.', 'a council official'],
  ['anonymous', 'Mr. Ode favoured the pact with the United Kingdom, a senior official said.', 'a senior official'],
  ['anonymous', 'The ferry will sail from Dover on Sunday, a port official told reporters.', 'a port official'],
  ['organization', 'The bridge will reopen in March, a spokesman for the Transport Ministry said.', 'a spokesman for the Transport Ministry'],
  ['anonymous', 'The bridge will reopen, a senior official said.', 'a senior official'],
  ['named-person', 'The bridge will reopen in March, Ada Quist said.', 'Ada Quist'],
  ['organization', 'The bridge will reopen in March, the Transport Ministry said.', 'the Transport Ministry'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['document colon line', DOC_COLON],
  ['document object list', DOC_OBJECT],
  ['quotation run-on', QUOTE_RUN_ON],
  ['non-main clause', NON_MAIN],
  ['regressions', REGRESSIONS],
];

export const OPEN = new Set<string>([
  // An interview given to the police or other people, with nothing said told, is an event (1771eae over-reach): built in
  // spokenObject() ("interview" + "to" + police or a plural of people, and no "that"/"saying"/"which"/colon in the sentence),
  // all probes passing and dev/tuned unchanged, but it cost ~119 B gzip for one held-out sentence; not kept.
  'Brill later gave a long interview to detectives.',
  'Nina Cole gave an interview to police in March.',
  'The suspect gave a lengthy interview to investigators.',
]);
