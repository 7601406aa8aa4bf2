/**
 * Session 22 probes (s22b): anonymous and document classes that recur over the analysed sets (/tmp/sl/s22/rb-classes.md), in
 * fresh sentences written for this suite (none copied from gold or held-out files), with look-alikes that must keep their
 * reading. Same shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected via]; the LAST
 * sentence is checked. A text opening "PUB=<publisher>||" is read with that publisher.
 */
import type { Probe } from './engine-s12-probes.data';

/**
 * DC1: a document opening the sentence with a long post-modifier before its verb (participles with their by/in/on phrases, "on
 * <topic>", "to <verb>", a participle set off by commas): the document is the subject, not the last noun before the verb.
 * (Seen in devA, devB and w10: five documents.)
 */
const LONG_DOCUMENT_SUBJECTS: Probe[] = [
  ['document', 'A complaint filed Friday in state court in Albany on behalf of nine former tenants accuses the landlord of fraud.'],
  ['document', 'A lawsuit lodged last spring in federal court by three farming cooperatives in the valley says the dam broke state law.'],
  ['document', 'A lawsuit brought last spring in federal court by three farming cooperatives in the valley claims the dam broke state law.'],
  ['document', 'A memo sent by the principal to parents and teachers on Monday, seen by the Herald, warns that the gym will stay shut.'],
  ['document', 'A letter signed by forty doctors at the two county hospitals and sent to the governor on Tuesday urges him to act.'],
  ['document', 'The council’s motion to block the sale, filed in March, argued that the deal broke the city charter.'],
  ['document', 'The union’s petition to halt the merger, lodged last week, says the deal would cost 900 jobs.'],
  ['document', 'A county audit on last winter’s chaotic closure of the ferry terminal during a bomb scare reveals a muddled chain of command.'],
  ['document', 'An internal review about the botched rollout of the new payroll system across the region found that nobody was in charge.'],
  ['document', 'A safety notice published on Friday by the national consumer agency in Brussels lists the heater as a fire risk.'],
  ['document', 'A product-safety alert issued this week by regulators in three countries lists the charger as a burn hazard.'],
  // Look-alikes: a clause of its own between the document and the verb, or a comma before another subject.
  ['organization', 'The report on the bridge, the ministry said, was drafted in haste.', 'the ministry'],
  ['unattributed', 'The audit on the ferry examined the budget and found that fares were too low.'],
  // (Coordinated and subordinate clauses: the first, main clause decides, and it is the writer's.)
  ['unattributed', 'The lawsuit was filed in May by four tenants in the east wing, and Mayor Ana Ruiz said she would fight it.'],
  ['named-person', 'The order to evacuate the valley came as floods rose in three towns, Governor Tom Hale said.', 'Tom Hale'],
  ['unattributed', 'The bill to raise the wage passed the Senate on Monday after police said the protest was over.'],
  ['anonymous', 'The petition to close the quarry, which residents in six villages signed last year, is fake, officials said.', 'officials'],
];

/**
 * DC5: another outlet's piece of reporting ("an analysis of X by The Associated Press", "an analysis by Reuters", "an
 * investigation by ProPublica") is the outlet's: media, as "a report by The Ledger" already was; the publisher's own is
 * the writer's. (Seen in tuned, devB, w10, w11: five documents.)
 */
const OUTLET_REPORTING: Probe[] = [
  ['media', 'Turnout fell in the river towns, according to an analysis of precinct results by The Associated Press.', 'The Associated Press'],
  ['media', 'Turnout fell in the river towns, according to an analysis by Reuters.', 'Reuters'],
  ['media', 'Three of the clinics closed within a year, according to an analysis of state records by the Washington Post.', 'the Washington Post'],
  ['media', 'An analysis of flight data by the Financial Times found that delays had doubled.', 'the Financial Times'],
  ['media', 'An analysis of court filings by Reuters showed that the firm had been sued nine times.', 'Reuters'],
  ['media', 'The mill dumped waste in the river for a decade, according to an investigation of permits by ProPublica.', 'ProPublica'],
  ['unattributed', 'PUB=Reuters||An analysis of court filings by Reuters showed that the firm had been sued nine times.'],
  // ("A review of county records by the Tribune found ..." stays a document: engine-s13-probes.data.ts says so.)
  // Look-alikes: the same nouns by a body or by people, and a study in a journal.
  ['document', 'Turnout fell in the river towns, according to an analysis of precinct results by the state elections board.'],
  ['document', 'A review of the crash by the transport ministry found that the brakes had failed.'],
  ['document', 'Turnout fell, according to a study of precinct results by researchers at Yale.'],
  ['document', 'The drug halved relapses, according to a study published in The Lancet.'],
  ['document', 'Police reports seen by Reuters show that the guards fired first.'],
  ['document', 'The guards fired first, according to court records seen by the Washington Post.'],
];

/**
 * AN6: "Speaking to <outlet>, <unnamed speaker> said": the outlet is whom the speaker told (via), not a name with an appositive.
 * (devB, one document.)
 */
const SPOKEN_TO: Probe[] = [
  ['anonymous', 'Speaking to Reuters, a senior official at the ministry, who asked not to be named, said the mine would reopen.', 'a senior official at the ministry', 'Reuters'],
  ['anonymous', 'Speaking to Reuters, a senior official said the dam would be finished in May.', 'a senior official', 'Reuters'],
  ['anonymous', 'Talking to Bloomberg, two bankers involved in the sale said the price had been cut.', 'two bankers involved in the sale', 'Bloomberg'],
  // Look-alikes: a name opening the sentence with its appositive, and a named speaker after the phrase.
  ['named-person', 'Speaking to Reuters, Ana Lopez said the mine would reopen.', 'Ana Lopez', 'Reuters'],
  ['named-person', 'Ana Lopez, a senior official at the ministry, said the mine would reopen.', 'Ana Lopez'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['long document subjects', LONG_DOCUMENT_SUBJECTS],
  ['outlet reporting', OUTLET_REPORTING],
  ['spoken to', SPOKEN_TO],
];

export const OPEN = new Set<string>([
  // An irregular participle ("brought", "drawn", "taken") after the document: neither leadingDocument() nor classify's headIndex()
  // reads it as opening a post-modifier (each irregular costs bytes in both lists).
  'A lawsuit brought last spring in federal court by three farming cooperatives in the valley claims the dam broke state law.',
  // "alert" is not a document word: an alert that asks people to act is the writer's narration in the tuned gold (devA), and
  // the noun brought one sentence right and one wrong.
  'A product-safety alert issued this week by regulators in three countries lists the charger as a burn hazard.',
]);
