/**
 * Session 25 probes (s25a): page furniture that speaks to the reader or about the page, found among the
 * written sets' non-claims (w10, w12) and checked on the served dev pages, and a body typed by its description
 * (from the read sets' organization errors), in fresh sentences written for this suite (none copied from gold
 * files), with look-alikes that must keep their reading.
 * Same shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected via]; the LAST sentence
 * is checked.
 */
import type { Probe } from './engine-s12-probes.data';

/** An appeal that names nobody asking, and a helpline, are calls to action; an appeal by a named body is that body's. */
const CALL_TO_READER: Probe[] = [
  ['none', 'Anyone with information about the fire is asked to call detectives at 555-0134.'],
  ['none', 'Anyone who has information is urged to contact Crime Stoppers anonymously on 0800 555 111.'],
  ['none', 'If you or someone you know is struggling, call or text the crisis line at 988.'],
  ['none', 'If you have been affected by the closures, you can contact our newsroom at tips@example.org.'],
  ['none', 'If you are unsure about your dose, speak to your doctor or pharmacist.'],
  ['none', 'How to get help: in the UK, the Samaritans can be reached on 116 123.'],
  ['organization', 'Police ask anyone with information to call 101.', 'Police'],
  ['named-person', '“If you see anything, call us right away,” Sheriff Dana Cole said.', 'Dana Cole'],
  ['unattributed', 'If you drive on the ring road, you will pass three new cameras that went live in May.'],
  ['unattributed', 'Anyone with information about the theft could earn a reward of up to $5,000.'],
];

/** Notes about the page: an editor's note, a correction with its time stamp, a stamp line in parts, a live blog's welcome. */
const PAGE_NOTES: Probe[] = [
  ['none', 'The bridge reopened.\n\nEditor\'s note: This story is part of a series on the region\'s ageing infrastructure.'],
  ['none', 'The bridge reopened.\n\nEditor’s note: Ruiz was interviewed three times, in person and by phone, over two weeks in June.'],
  ['none', 'The vote passed.\n\nCorrection, 4:15 p.m.: An earlier version of this post misstated the date of the hearing.'],
  ['none', 'Published March 3, 2026 | Updated March 4, 2026, 8:02 a.m.'],
  ['none', 'Herald staff | Last updated 11:20 p.m.'],
  ['none', 'Welcome to our live coverage of the election count.'],
  ['none', 'Follow along here for the latest.'],
  ['unattributed', 'The correction came too late for the 200 families who had already moved out.'],
  ['unattributed', 'Lena Ortiz covers the costs of the repairs herself.'],
  ['unattributed', 'Blue Harbor Mutual covers most procedures for Medicare patients.'],
];

/** A description after "according to X," types X as a body or a person; a body's word in capitals before a name is no part of it. */
const BODY_DESCRIBED: Probe[] = [
  ['organization', 'According to Harbour Watch, a rights group, 40 people were held at the port.', 'Harbour Watch'],
  ['organization', 'Forty people were held at the port, according to Harbour Watch, a monitoring group based in Oslo.', 'Harbour Watch'],
  ['named-person', 'According to Lena Holm, a nurse at the clinic, 40 people were treated.', 'Lena Holm'],
  ['organization', 'According to police, a man was arrested near the port.', 'police'],
  ['named-person', 'Forty people were held, according to its founder, Max Levin.', 'Max Levin'],
  ['organization', 'The NGO Open Harbour said six boats had been turned back.', 'Open Harbour'],
  ['organization', 'It was later revealed by the NGO Open Harbour that six boats had been turned back.', 'Open Harbour'],
  ['named-person', 'UN envoy Maria Solberg said six boats had been turned back.', 'Maria Solberg'],
];

/** A name that takes a plural verb is a body ("Kestrel say", British usage for a club or firm); a plural noun keeps its reading. */
const PLURAL_VERB: Probe[] = [
  ['organization', 'Kestrel say the striker will miss the derby with a hamstring strain.', 'Kestrel'],
  ['organization', 'Ngātirua believe the stranded whales came ashore to die.', 'Ngātirua'],
  ['named-person', 'Voss says the striker will miss the derby with a hamstring strain.', 'Voss'],
  ['named-person', 'Ada Voss joined the club in May. Voss say the striker will miss the derby.', 'Voss'],
  ['anonymous', 'Employers believe the new rules will cost them 40,000 jobs.', 'Employers'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['call to reader', CALL_TO_READER],
  ['page notes', PAGE_NOTES],
  ['body described', BODY_DESCRIBED],
  ['plural verb', PLURAL_VERB],
];

export const OPEN = new Set<string>([]);
