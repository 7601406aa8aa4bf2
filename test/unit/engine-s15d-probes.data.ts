/**
 * Session 15 probes (s15d): four small rules re-built after earlier helpers measured them, in fresh
 * sentences written for this suite (none copied from gold or held-out files). Same shape as
 * engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected via]; the LAST
 * sentence of the text is checked; source and via only when given.
 */
import type { Probe } from './engine-s12-probes.data';

/** "All said and done, ...": an idiom, nobody's statement; "said" before "and" + another verb still reports. */
const ALL_SAID_AND_DONE: Probe[] = [
  ['unattributed', 'All said and done, the council saved money on the bridge.'],
  ['unattributed', 'All said and done, it was a good year for the port.'],
  ['unattributed', 'The tunnel, all said and done, cost the city twice the estimate.'],
  // Look-alikes: a cue before "and" + another verb, or before "done" in its content.
  ['named-person', 'Mayor Ruth Okoye said and did nothing about the leak.', 'Ruth Okoye'],
  ['named-person', 'Lena Voss said done deals were rare in the port.', 'Lena Voss'],
];

/** A whole line: a place after a comma, then a known agency in brackets and a full stop, is a photo caption. */
const AGENCY_CREDIT_CAPTIONS: Probe[] = [
  ['none', 'Volunteers stack sandbags along the river in Ghent, Belgium (Xinhua).'],
  ['none', 'A boy waves a flag during a parade in Kumasi, Ghana (Associated Press).'],
  ['none', 'Firefighters battle a blaze near Patras, Greece (AFP).'],
  ['none', 'Commuters wait for a bus in Lagos, Nigeria, on Monday (Reuters).'],
  // Look-alikes: no place before the bracket, a date or a note in brackets, an acronym, a source before the credit.
  ['unattributed', 'Prices rose in March (Reuters).'],
  ['unattributed', 'Firefighters battle a blaze near Patras, Greece (Oct. 4).'],
  ['unattributed', 'The mayor spoke in Ghent, Belgium (the city’s largest).'],
  ['unattributed', 'The grant came from the World Health Organization (WHO).'],
  ['organization', 'Prices rose in March, the bank said (Reuters).', 'bank'],
];

/** "Friends of Ms. Adeyemi": people related to a named person, not the person (CONVENTIONS: anonymous). */
const RELATION_OF_TITLED_NAME: Probe[] = [
  ['anonymous', 'Friends of Ms. Adeyemi said she had left the city in May.'],
  ['anonymous', 'Relatives of Dr. Omar Haddad said he was never charged.'],
  ['anonymous', 'A cousin of Mr. Lindqvist told reporters the family was stunned.'],
  ['anonymous', 'The wife of Senator Mark Ruiz said he was recovering.'],
  // Look-alikes: a title with its own "of", the named person alone.
  ['named-person', 'Secretary of State Mike Pompeo said the talks would resume.', 'Mike Pompeo'],
  ['named-person', 'Chief of Staff Ron Klain said the bill would pass.', 'Ron Klain'],
  ['named-person', 'Minister of Health Ama Boateng said the clinics would open.', 'Ama Boateng'],
  ['named-person', 'Ms. Adeyemi said she had left the city in May.', 'Adeyemi'],
];

/** "she replied", "he answered" after "X asked Y ...": Y, the one asked, not the asker. */
const REPLY_OF_THE_ASKED: Probe[] = [
  ['named-person', 'A pupil asked Dr. Lena Voss why the school had closed. “The roof leaks,” she answered.', 'Lena Voss'],
  ['named-person', 'Lena Voss asked Judge Omar Haddad for more time. “You have until Friday,” he replied.', 'Omar Haddad'],
  ['named-person', 'A driver asked Pedro Alves about the tolls. “They stay as they are,” he replied.', 'Pedro Alves'],
  // Look-alikes: "said" after "asked" is the asker's own; no "asked" the sentence before; the one asked replies in words of their own.
  ['named-person', 'Tomas Berger asked Lena Voss for the report. “It is late,” he said.', 'Tomas Berger'],
  ['named-person', 'Mayor Ines Park met Tomas Berger on Friday. “We agree on the fees,” she said.', 'Ines Park'],
  // (s19a: a response not given is a statement about a statement, CONVENTIONS "Statements about statements": the one asked's.)
  ['named-person', 'A reporter asked Mayor Ines Park about the pool. She did not reply.', 'Ines Park'],
  ['named-person', 'Lena Voss said the pool would reopen. A reporter asked when. “In June,” she replied.', 'Lena Voss'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['all said and done', ALL_SAID_AND_DONE],
  ['agency credit captions', AGENCY_CREDIT_CAPTIONS],
  ['relation of a titled name', RELATION_OF_TITLED_NAME],
  ['reply of the one asked', REPLY_OF_THE_ASKED],
];

/** Probes the engine does not yet read right, with why; they run as todo. */
export const OPEN = new Set<string>([
  // The one asked is unnamed in the asking sentence ("asked when"): the asker, touched last, still takes "she replied".
  'Lena Voss said the pool would reopen. A reporter asked when. “In June,” she replied.',
]);
