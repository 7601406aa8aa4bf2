/**
 * Session 24 probes (s24a): classes from an analysed half of the held-out news (the publishers whose sha1 starts with an
 * even byte, "H2"; the other half stays clean), in fresh sentences written for this suite (none copied from gold files),
 * with look-alikes that must keep their reading.
 * Same shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected via]; the LAST sentence
 * is checked.
 */
import type { Probe } from './engine-s12-probes.data';

/** A stance and its clause without "that" ("is adamant the fee must go"), as with it; not a stance about a thing, nor "Not everyone". */
const STANCE_CLAUSE: Probe[] = [
  ['organization', 'The teachers’ union is adamant the new rules must be dropped.', 'The teachers’ union'],
  ['organization', 'The Law Council is concerned the bill would weaken privacy protections.', 'The Law Council'],
  ['named-person', 'Senator Ada Quist is confident the bill will pass in March.', 'Ada Quist'],
  ['named-person', 'Mara Lind said the site was safe. Lind is convinced the levee will hold.', 'Lind'],
  ['unattributed', 'The council is concerned about the cost of the bridge.'],
  ['unattributed', 'Not everyone was convinced the rally would last.'],
  ['unattributed', 'The mayor is hopeful about the talks.'],
];

/** A credit line ("X reported from Seoul, and Y from Hong Kong.") is a byline; reporting from a place with a clause is a claim. */
const REPORTED_FROM: Probe[] = [
  ['none', 'Rain fell all week.\n\nJin Park reported from Seoul, and Maya Lee from Hong Kong.'],
  ['none', 'Rain fell all week.\n\nAnna Novak reported from Kyiv.'],
  ['none', 'Rain fell all week.\n\nTom Hill reported from New York and Sara Diaz from Washington.'],
  ['named-person', 'Anna Novak reported from Kyiv that the troops had left.', 'Anna Novak'],
  ['named-person', 'Police Chief Tom Hale reported from the scene.', 'Tom Hale'],
];

/** "recalls being", "recalls thinking": a memory, with any -ing verb, is the subject's account; "recalled 40,000 cars" is an act. */
const RECALLS_ING: Probe[] = [
  ['named-person', 'Vera Holm ran the lab in 1975. She recalls working through the night to finish the run.', 'Vera Holm'],
  ['named-person', '“Who wrote this code?” Ivan Petrov recalls wondering at the time.', 'Ivan Petrov'],
  ['unattributed', 'The carmaker recalled 40,000 vehicles in May, citing faulty brakes.'],
];

/** The subject of a sentence opening "But": the clause starts after it (not at the first comma); a plain word before a noun is in it. */
const SUBJECT_OPENING: Probe[] = [
  ['anonymous', 'But the protesters blocked the road for hours, saying the plan would flood their homes.', 'the protesters'],
  ['anonymous', 'Health care workers have protested the cuts, warning that wards would close.', 'Health care workers'],
  ['organization', 'But in May, the council rejected the plan, saying it was too costly.', 'the council'],
];

/** "There is a widespread perception among X that ...": held by that group, like "belief among". */
const PERCEPTION_AMONG: Probe[] = [
  ['anonymous', 'There is a widespread perception among dock workers that the port will be sold.', 'dock workers'],
];

/** "raise questions", "is releasing a report showing": present forms of a statement made, like the past. */
const STATEMENT_PRESENT: Probe[] = [
  ['anonymous', 'The engineers also raise questions about whether the dam can hold.', 'The engineers'],
  ['organization', 'The agency is releasing a report showing that the river has dropped.', 'The agency'],
  ['unattributed', 'Farmers in the valley raise sheep and goats.'],
];

/** "quipped Pitt of his role": "of" and a lowercase phrase after a name says what it was said of; "of Radio Sud" is an affiliation. */
const SAID_OF: Probe[] = [
  ['named-person', '“It was the hardest scene,” said Lena Ford of the final shot.', 'Lena Ford'],
  ['named-person', '“A dull part,” joked Marco Bell of his role.', 'Marco Bell'],
  ['named-person', '“A dull part,” joked Bell of his role.', 'Bell'],
  ['named-person', '“It was the hardest scene,” said Lund of the final shot.', 'Lund'],
  ['media', '“It was hard,” said Ines Ruiz of Radio Sud.', 'Radio Sud'],
];

/** "by adding 36 dishes", ", adding 200 jobs": adding a thing is an act; "adding that ...", "adding it would ..." report. */
const ADDING_THINGS: Probe[] = [
  ['unattributed', 'The observatory plans to boost its range by adding 36 dishes.'],
  ['unattributed', 'The plant grew fast last year, adding 200 jobs.'],
  ['named-person', 'Mayor Ann Cole backed the plan, adding that it would save money.', 'Ann Cole'],
  ['named-person', 'Mayor Ann Cole backed the plan, adding it would save money.', 'Ann Cole'],
  ['named-person', 'Ivo Marsh responded by adding that the plan was flawed.', 'Ivo Marsh'],
];

/** "the same emailed threat": a participle between "the same" and its noun is an adjective, not a verb with that subject. */
const THE_SAME: Probe[] = [
  ['unattributed', 'Schools in Boston received the same emailed threat and stayed open.'],
  ['unattributed', 'The clinic got the same emailed notice a week later.'],
  ['organization', 'The district said the same threat had reached its schools.', 'The district'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['stance clause', STANCE_CLAUSE],
  ['reported from', REPORTED_FROM],
  ['recalls -ing', RECALLS_ING],
  ['subject opening', SUBJECT_OPENING],
  ['perception among', PERCEPTION_AMONG],
  ['statement present', STATEMENT_PRESENT],
  ['said of', SAID_OF],
  ['adding things', ADDING_THINGS],
  ['the same', THE_SAME],
];

export const OPEN = new Set<string>([]);
