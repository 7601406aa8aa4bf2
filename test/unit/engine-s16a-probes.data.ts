/**
 * Session 16 probes, helper a: source typing on served news (TYPE in /tmp/sl/s15/kinds.md) and two
 * document cues (open). Fresh sentences written for this suite, none copied from gold or held-out files. Same
 * shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected via];
 * the LAST sentence of the text is checked; source and via only when given.
 */
import type { Probe } from './engine-s12-probes.data';

/** Another outlet's journalist named after the outlet's possessive is the outlet speaking (guide: "Another outlet's journalist"). */
export const OUTLET_JOURNALIST: Probe[] = [
  ['media', 'The Guardian’s Tom Ashby reported that the mine had flooded twice in March.', 'The Guardian'],
  ['media', "NPR's Lena Ortiz reported Tuesday that the clinic had stopped taking new patients.", 'NPR'],
  ['media', 'Reuters’ Pavel Novak wrote that the tanker had switched off its transponder.', 'Reuters'],
  ['media', 'According to CNN’s Dara Wells, the governor had already signed the order.', 'CNN'],
  ['media', 'CNN correspondent Ana Ruiz reported that the border was closed.', 'CNN'],
  // Not a journalist: the outlet's own body.
  ['organization', 'Bloomberg’s campaign countered that the ads were accurate.'],
];

/** An outlet's name before a non-journalist role and a name ("CNN founder X", "Fox News host X") only describes the person. */
export const OUTLET_DESCRIBES_PERSON: Probe[] = [
  ['named-person', '“We will not sell,” Washington Post chairman Marcus Hale said at the dinner.', 'Marcus Hale'],
  ['named-person', 'BBC director general Ruth Adair said the licence fee would stay.', 'Ruth Adair'],
  ['named-person', 'Fox News host Dana Perrin called the verdict a disgrace.', 'Dana Perrin'],
  ['named-person', 'CNN founder Walter Brandt boasted that his network would outlast its rivals.', 'Walter Brandt'],
  // The outlet itself, and its reporter, stay media.
  ['media', 'The New York Times reported that the deal had collapsed.', 'The New York Times'],
  ['media', 'Al Jazeera reporter Omar Haddad said the crossing had been shelled overnight.', 'Al Jazeera'],
];

/** Names joined by "&" are one firm ("Procter & Gamble"), not the surname after the "&". */
export const AMPERSAND_FIRMS: Probe[] = [
  ['organization', 'Harlow & Finch announced on Monday that it would cut 200 jobs.', 'Harlow & Finch'],
  ['organization', 'The accounting firm Marsh & Kettle said its audit found no irregularities.'],
  ['organization', '“We did nothing wrong,” said Brill & Sons, the family bakery.'],
  ['named-person', 'Dana Kerr and Omar Fitch said the vote was rigged.', 'Dana Kerr and Omar Fitch'],
];

/** "A lawyer for X" speaks for X, like "a spokesman for X" (CONVENTIONS: representatives for X are organization). */
export const LAWYER_FOR: Probe[] = [
  ['organization', 'A lawyer for the singer Mara Quist said the lawsuit had no merit.'],
  ['organization', 'An attorney for former mayor Dan Reyes told reporters that his client would appeal.'],
  ['organization', 'Lawyers for the two companies argued that the contract was void.'],
  // No one represented: an unnamed person.
  ['anonymous', 'A lawyer who represents several of the families said the settlement was too small.'],
];

/** A head naming people keeps it when the phrase ends in a document word ("a person familiar with the lawsuit"). */
export const PEOPLE_BEFORE_DOCUMENT_WORD: Probe[] = [
  ['anonymous', 'Two people familiar with the audit said the bank had overstated its reserves.'],
  ['anonymous', 'According to a person familiar with the indictment, the charges will be filed on Friday.'],
  ['anonymous', 'An official involved in the review said the report would be delayed.'],
  ['document', 'Federal data compiled by the transport ministry show that delays doubled.'],
  ['document', 'A summary of the report said costs had tripled.'],
];

/** "former" + a document word ("a former model", "a former page") is what a person once was. */
export const FORMER_DOCUMENT_WORD: Probe[] = [
  ['anonymous', 'A former model told the court that she had been paid in cash.'],
  ['anonymous', 'One former page said the senator often shouted at staff.'],
  ['document', 'The climate model shows temperatures rising by two degrees by 2050.'],
];

/** A statement or release with no body named is the body's own words (guide: "its unnamed spokesperson/statement"). */
export const BARE_STATEMENT: Probe[] = [
  ['organization', 'Norrland Rail said trains would run late. A second release confirmed that two bridges were closed.'],
  ['organization', 'The ferry service was suspended on Friday, according to a statement.'],
  ['organization', 'The agency approved the vaccine for children last week, according to an official statement.'],
  // Quoted words with their speaker: the statement is only the channel.
  ['named-person', 'Mayor Ines Holt visited the port. “We will rebuild the harbour,” she told fishermen, according to a statement.', 'Ines Holt'],
  ['document', 'According to the report, the dam had not been inspected since 2009.'],
];

/** Recorded artefacts and the verbs that report what they record ("a clip showed", "the report chronicled"). */
export const RECORDED_ARTEFACTS: Probe[] = [
  ['document', 'The report chronicled a decade of missed inspections at the plant.'],
  ['document', 'A short clip showed the senator stumbling on the stairs.'],
  ['document', 'The audit chronicles how the fund lost $40 million.'],
  // A person chronicling is narration; a clip as a thing is no source.
  ['unattributed', 'The historian chronicled the war in three volumes.'],
  ['unattributed', 'The clip was shared widely online.'],
];

/** A capitalised description after a lower-case word ("one prominent Republican") is an unnamed person, not a name. */
export const CAPITALISED_DESCRIPTION: Probe[] = [
  ['anonymous', 'One prominent Republican told reporters the bill was dead.', 'One prominent Republican'],
  ['anonymous', '“We will lose the seat,” said one veteran Republican.', 'one veteran Republican'],
  ['anonymous', 'A senior Democrat on the committee said the vote would slip.'],
  // A surname that is also a description stays a name after a title or alone.
  ['named-person', 'Rep. Anna Farmer spoke first. Farmer said the vote would slip.', 'Farmer'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['outlet journalist', OUTLET_JOURNALIST],
  ['outlet describes person', OUTLET_DESCRIBES_PERSON],
  ['ampersand firms', AMPERSAND_FIRMS],
  ['lawyer for', LAWYER_FOR],
  ['people before document word', PEOPLE_BEFORE_DOCUMENT_WORD],
  ['former document word', FORMER_DOCUMENT_WORD],
  ['bare statement', BARE_STATEMENT],
  ['recorded artefacts', RECORDED_ARTEFACTS],
  ['capitalised description', CAPITALISED_DESCRIPTION],
];

/** Probes the engine does not yet read right, with why; they run as todo. */
export const OPEN = new Set<string>([
  // A rule ("former" before the head: not a document) passed both; dropped for the byte budget (11 B gzipped).
  'A former model told the court that she had been paid in cash.',
  'One former page said the senator often shouted at staff.',
]);
