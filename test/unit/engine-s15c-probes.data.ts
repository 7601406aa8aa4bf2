/**
 * Session 15 probes (s15c): non-claims that readers see on live blogs and picture pages, in fresh
 * sentences written for this suite (none copied from gold or held-out files). Same shape as
 * engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected via]; the LAST
 * sentence of the text is checked; source and via only when given. Splitting is in engine-s15c-split.test.ts.
 */
import type { Probe } from './engine-s12-probes.data';

/** A live blog's notes on its own coverage, often after a "09.12" time stamp, are no claims (CONVENTIONS: page furniture). */
const LIVE_NOTES: Probe[] = [
  ['none', '16.45 We will bring you the council’s reaction shortly.'],
  ['none', 'The ferry was cancelled at noon.\n09.12 We’ll bring you more on the strike as we get it.'],
  ['none', "We'll bring you the full result when the count ends."],
  ['none', 'Stay with us for the latest from the harbour.'],
  ['none', '11.05 Stay tuned for the vote in the assembly.'],
  ['none', 'The pier has been closed. More to follow.'],
  // A time stamp on a line of its own is a heading.
  ['none', 'The ferry was cancelled.\n16.45'],
  // Look-alikes: a time stamp before news, "More" opening news, a source's own "we will bring you".
  ['unattributed', '10.30 The harbour reopened after the storm.'],
  ['unattributed', 'More than 40 ferries were cancelled on Friday.'],
  ['named-person', '“We will bring you home,” Mayor Ruth Okoye told the stranded passengers.', 'Ruth Okoye'],
];

/** Promos and related links in parentheses or brackets are page furniture. */
const BRACKETED_PROMOS: Probe[] = [
  ['none', '(Read our guide to the new parking rules.)'],
  ['none', 'Read our review of the new night ferry.'],
  ['none', '[Related: Ferries halted as storm hits the coast]'],
  ['none', '[Read more: The port’s long road to recovery.]'],
  ['none', '(See also: How the river flood defences work.)'],
  // A parenthesised sentence of the story is still a claim.
  ['unattributed', '(The council later reversed the decision.)'],
];

/** A picture caption ending in an agency credit is a caption with its full stop too. */
const AGENCY_CAPTIONS: Probe[] = [
  ['none', 'Firefighters spray water on a burning warehouse in Piraeus, Greece (AFP).'],
  ['none', 'A boy wades through a flooded street in Dhaka, Bangladesh, on Sunday (Reuters).'],
  ['none', 'Rescue workers search the rubble of a collapsed hotel in Izmir (Xinhua).'],
  // An acronym in parentheses is no credit.
  ['unattributed', 'The loan was approved by the International Monetary Fund (IMF).'],
];

/** "All said and done": an idiom, no one's statement; a cue before "and" + another verb still reports. */
const SAID_AND_DONE: Probe[] = [
  ['unattributed', 'All said and done, the new pier cost twice the estimate.'],
  ['unattributed', 'When all is said and done, the ferry line will lose money.'],
  ['named-person', 'Ines Marr said and repeated that the deal was done.', 'Ines Marr'],
  ['named-person', 'Mayor Ruth Okoye said the work was done.', 'Ruth Okoye'],
];

/** A cue inside a relative clause with its own subject gives the sentence no source (CONVENTIONS: the main clause decides). */
const RELATIVE_CUE: Probe[] = [
  ['unattributed', 'The cyclist who neighbours said caused the crash has been fined.'],
  ['unattributed', 'A teacher who parents say slapped a pupil was suspended on Monday.'],
  // The relative clause describes the speaker, who then speaks.
  ['anonymous', 'Passengers who were on the ferry said the crew panicked.'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['live-blog notes', LIVE_NOTES],
  ['bracketed promos', BRACKETED_PROMOS],
  ['agency captions', AGENCY_CAPTIONS],
  ['said and done', SAID_AND_DONE],
  ['relative-clause cue', RELATIVE_CUE],
];

/** Probes the engine does not yet read right, with why; they run as todo. */
export const OPEN = new Set<string>([
  // A caption with no comma and place before its credit: the caption rule wants "..., <Place> (<outlet>)." so that
  // "Prices rose in March (Reuters)." stays a claim.
  'Rescue workers search the rubble of a collapsed hotel in Izmir (Xinhua).',
]);
