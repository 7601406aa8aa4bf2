/**
 * Session 22 probes (s22a): ORGANIZATION error classes that recur across the analysed sets (/tmp/sl/s22/ra-classes.md), in
 * fresh sentences written for this suite (none copied from gold or held-out files), with look-alikes that must keep their
 * reading. Same shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected via]; the LAST
 * sentence is checked. A text opening "PUB=<publisher>||" is read with that publisher.
 */
import type { Probe } from './engine-s12-probes.data';

/**
 * A1: a company's or institution's name that ends in a word of its trade or kind ("Halvern Mobility", "Brenmoor Cycles",
 * "the Dunmore Academy of Paediatrics") is a body, and so is its first word alone later ("Halvern said").
 */
const TRADE_NAMES: Probe[] = [
  ['organization', 'Halvern Mobility said on Monday that it would cut 200 jobs.', 'Halvern Mobility'],
  ['organization', 'Brenmoor Cycles said last week that sales had held steady.', 'Brenmoor Cycles'],
  ['organization', 'Tarrow Copper has said the pit will reopen in May.', 'Tarrow Copper'],
  ['organization', 'Osk Metals announced that the smelter would close.', 'Osk Metals'],
  ['organization', 'Pellham Aviation denied that any inspection had been skipped.', 'Pellham Aviation'],
  ['organization', 'Corran Freight told customers that deliveries would be late.', 'Corran Freight'],
  ['organization', 'Ostby Materials confirmed the layoffs on Tuesday.', 'Ostby Materials'],
  ['organization', 'Ravel Textiles did not respond to a request for comment.', 'Ravel Textiles'],
  ['organization', 'Kinsa Devices recalled the heaters, the regulator said. Kinsa Devices said no one had been hurt.', 'Kinsa Devices'],
  ['organization', 'The Dunmore Academy of Paediatrics has recommended that schools start no earlier than 8.30 a.m.', 'The Dunmore Academy of Paediatrics'],
  ['organization', 'The academy of music said the concert would go ahead.'],
  // The first word alone, after the full name.
  ['organization', 'Halvern Mobility makes electric scooters. Halvern said the recall was voluntary.', 'Halvern'],
  ['organization', 'Brenmoor Cycles cut its prices in June. Brenmoor declined to comment.', 'Brenmoor'],
  ['organization', 'Tarrow Copper runs the mine. Tarrow says the wells are safe.', 'Tarrow'],
  // Look-alikes: people whose surname is no trade word, or who are named in full.
  ['named-person', 'Paula Gold said the pit would reopen in May.', 'Paula Gold'],
  ['named-person', 'Helen Mobley said the recall was voluntary.', 'Helen Mobley'],
  ['named-person', 'Mark Tarrow runs the mine. Tarrow says the wells are safe.', 'Tarrow'],
];

/**
 * A2: a one-word name given a body's description right before it ("the port operator Kelso", "chipmaker Zorrin", "the
 * airline Skyvo") is a body; a later bare "Kelso said" is the body, not a person.
 */
const DESCRIBED_BODIES: Probe[] = [
  ['organization', 'The port operator Kelso cut wages in March. Kelso did not respond to a request for comment.', 'Kelso'],
  ['organization', 'Workers at chipmaker Zorrin walked out on Friday. Zorrin said the strike was illegal.', 'Zorrin'],
  ['organization', 'Regulators fined the airline Skyvo in June. Skyvo declined to comment.', 'Skyvo'],
  ['organization', 'The carmaker Veltra recalled 9,000 vans. Veltra said no crashes had been reported.', 'Veltra'],
  ['organization', 'Inspectors visited the retailer Amsel twice. Amsel has denied any wrongdoing.', 'Amsel'],
  ['organization', 'The charity Hopewell ran the shelter. Hopewell says it was never warned.', 'Hopewell'],
  // Look-alikes: a person's role before the name, a first name, or no description; a relative clause with no "that" after a
  // body's word ("the team Osei joined"), which the A2 rule above would read as "the team Osei".
  ['named-person', 'Company founder Mark Dunne left in May. Dunne said he had no regrets.', 'Dunne'],
  ['named-person', 'Union leader Dario Mensk spoke to the crowd. Mensk said the strike would go on.', 'Mensk'],
  ['named-person', 'The firm hired Kowalska in June. Kowalska said the audit was late.', 'Kowalska'],
  ['named-person', 'The company’s chief executive, Ola Brandt, resigned. Brandt said she was proud of the team.', 'Brandt'],
  ['named-person', 'Charges were filed by county prosecutor Hale in June. Hale said the case was strong.', 'Hale'],
  ['named-person', 'The club signed striker Osei in June. Osei said he was delighted.', 'Osei'],
  ['named-person', 'The team Osei joined in June won the cup. Osei said he was delighted.', 'Osei'],
];

/**
 * C: characterisation and naming verbs (Levin 29.2 characterize, 29.3 dub) as reports: "characterised/portrayed/depicted X as Y"
 * by their subject, and their passives with a body or person as the agent ("has been described as X by the union", "was
 * labelled illegal by the ministry"), as "was criticised by" already is. Without "as", the active naming verbs stay acts.
 */
const CHARACTERISED: Probe[] = [
  ['organization', 'The closures have been described as reckless by the teachers’ union.', 'the teachers’ union'],
  ['organization', 'The closures have been described as “reckless” by the teachers’ union.', 'the teachers’ union'],
  ['organization', 'The verdict has been characterised as a setback by the ministry.', 'the ministry'],
  ['organization', 'The strike was labelled illegal by the transport ministry.', 'the transport ministry'],
  ['organization', 'Four charities were labeled extremist groups by the government.', 'the government'],
  ['organization', 'The protest has been branded a stunt by the ruling party.', 'the ruling party'],
  ['organization', 'The levy was termed unlawful by the appeals court.', 'the appeals court'],
  ['named-person', 'The talks have been described as frank by Lena Ortiz.', 'Lena Ortiz'],
  ['organization', 'The ministry characterised the strike as illegal.', 'The ministry'],
  ['organization', 'The council portrayed the closure as temporary.', 'The council'],
  ['organization', 'The company has depicted the layoffs as a last resort.', 'The company'],
  ['organization', 'The regulator labelled the merger as a threat to consumers.', 'The regulator'],
  // Look-alikes: labelling and depicting as acts.
  ['unattributed', 'The wine was labelled by hand in the cellar.'],
  ['unattributed', 'The bottles were labelled with the date of filling.'],
  ['unattributed', 'The company labelled the bottles by hand.'],
  ['unattributed', 'The mural depicts a harbour in a storm.'],
  ['unattributed', 'The film portrays life in a mining town.'],
  ['unattributed', 'The storm, dubbed Ophelia, hit the coast on Monday.'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['A1 trade names', TRADE_NAMES],
  ['A2 described bodies', DESCRIBED_BODIES],
  ['C characterised', CHARACTERISED],
];

export const OPEN = new Set<string>([
  // A2: noting a one-word name right after a lower-case body word ("the airline Skyvo") as a body in notePassing (index.ts) passes
  // these and changes no tuned/dev/w10/w11 output (the one analysed error of the class was introduced otherwise), for ~40 B
  // gzipped: dropped for the byte budget; the rule is in /tmp/sl/s22/ra-A2-with-bodyword.diff.
  'The port operator Kelso cut wages in March. Kelso did not respond to a request for comment.',
  'Workers at chipmaker Zorrin walked out on Friday. Zorrin said the strike was illegal.',
  'Regulators fined the airline Skyvo in June. Skyvo declined to comment.',
  'The carmaker Veltra recalled 9,000 vans. Veltra said no crashes had been reported.',
  'Inspectors visited the retailer Amsel twice. Amsel has denied any wrongdoing.',
]);
