/**
 * Session 16 probes (s16b): the writer's own sentence given a source (kind SPURIOUS of the s15 analysis). Fresh
 * sentences written for this suite (none copied from gold or held-out files), several variants each, with look-alikes
 * that must keep their source. Same shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected
 * source; expected via]; the LAST sentence of the text is checked; source and via only when given.
 */
import type { Probe } from './engine-s12-probes.data';

/** A cue in a relative clause whose own subject or object was moved out ("the man who police said fired", "a move fans said was overdue"): the main clause decides. */
const EXTRACTED_RELATIVE: Probe[] = [
  ['unattributed', 'The nurse who patients said had saved their lives retired on Friday.'],
  ['unattributed', 'The man who police said fired the shots was arrested on Sunday.'],
  ['unattributed', 'A woman who neighbours said had lived alone died in the fire.'],
  ['unattributed', 'The pilot who the airline said had flown for 20 years landed safely.'],
  ['unattributed', 'The trawler captain who Dana Pike told reporters was reckless lost his licence.'],
  ['unattributed', 'The tax the governor said would fund schools was repealed.'],
  ['unattributed', 'The club sacked its coach, a move fans said was overdue.'],
  ['unattributed', 'A ferry the coastguard says was overloaded sank off the cape.'],
  ['unattributed', 'What the mayor said was misleading.'],
  // The who-clause has a verb of its own, so the cue after it is the main verb.
  ['anonymous', 'A neighbour who did not want to be named said the family had left.', 'A neighbour'],
  ['anonymous', 'A teacher who spoke to reporters said the school was cold.', 'A teacher'],
  ['anonymous', 'Analysts who have studied the market say prices will fall.', 'Analysts'],
  ['anonymous', 'Residents who the council interviewed said the park was unsafe.', 'Residents'],
  ['organization', 'Police said there would be more patrols.', 'Police'],
  ['named-person', 'Ines Varga said the bridge, which engineers had inspected, was safe.', 'Ines Varga'],
  ['anonymous', 'The minister said would-be migrants must apply online.'],
  ['unattributed', 'The coach, who fans said was too cautious, was sacked.'],
];

/**
 * A fronted clause of time or condition: "as" with a cue that has an object of its own ("As the judge announced the verdict, ..."),
 * unlike the "as" that gives the rest as what was said ("As the ministry predicted, ..."); "given", "whenever".
 */
const FRONTED_CLAUSE: Probe[] = [
  ['unattributed', 'Even as officials insisted the dam was safe, water poured through the wall.'],
  ['unattributed', 'Given the firm reported a loss, shares fell 9 percent.'],
  ['unattributed', 'Whenever the council announced a delay, rents rose.'],
  ['named-person', 'As Ruth Okafor told the committee, the plan was never costed.', 'Ruth Okafor'],
  ['anonymous', 'Just as the forecasters predicted, the storm hit on Friday.'],
  ['anonymous', 'Prices rose as analysts predicted.', 'analysts'],
  ['named-person', 'Afterward, a nurse who introduced herself only as Greta said the ward was full.', 'Greta'],
  ['unattributed', 'As the mayor announced the closure, the crowd booed.'],
  ['unattributed', 'As the judge announced the verdict, the defendant smiled.'],
  ['unattributed', 'As the coach confirmed the squad, fans queued for tickets.'],
  ['organization', 'As the ministry predicted, prices rose in May.'],
  ['organization', 'As the ministry predicted in March, prices rose in May.'],
  ['named-person', 'As Petra Holm noted in her memoir, the village had no school until 1950.', 'Petra Holm'],
  ['organization', 'As the union warned last week, the strike began on Monday.'],
];

/** "according to" inside a relative clause: the main clause is the writer's. */
const ACCORDING_IN_RELATIVE: Probe[] = [
  ['unattributed', 'The firm, which according to its website employs 300 people, closed on Friday.'],
  ['unattributed', 'The dam, which according to engineers is leaking, will be drained.'],
  ['unattributed', 'The clinic, whose staff according to the union are unpaid, stayed open.'],
  ['unattributed', 'The mayor, who according to aides was furious, left early.'],
  ['organization', 'The firm said that according to its records, the loan was repaid.'],
  ['anonymous', 'The plan, according to critics, is flawed.', 'critics'],
  ['organization', 'According to the ministry, 40 schools closed.'],
  ['anonymous', 'The dam is leaking, according to engineers.', 'engineers'],
];

/** "declined to comment" or "did not respond" in a second coordinated clause with a subject of its own: the first clause decides. */
const COORDINATED_NO_COMMENT: Probe[] = [
  ['unattributed', 'The shop closed in June, and its owner did not respond to calls.'],
  ['unattributed', 'The plant closed in 2019, and officials at the ministry declined to say why.'],
  ['unattributed', 'The cafe reopened after a fire, and its manager declined to comment on the cause.'],
  ['named-person', 'Its owner, Lena Marsh, did not respond to calls.', 'Lena Marsh'],
  ['named-person', 'Mayor Ruth Okafor declined to comment.', 'Ruth Okafor'],
  ['anonymous', 'The shop closed in June. Its owner, who lives abroad, did not respond to calls.'],
  ['organization', 'The company confirmed the sale, and its chief executive declined to comment further.'],
  ['unattributed', 'The Reds lost 3-0, and their coach refused to speak to reporters.'],
];

/** Set phrases built on a reporting participle, no one speaking: "All told, ...", "Having said that, ...". */
const PARTICIPLE_IDIOMS: Probe[] = [
  ['unattributed', 'All told, the fire destroyed 40 homes.'],
  ['unattributed', 'All told, 30 families lost their homes.'],
  ['unattributed', 'Having said that, the club still needs a striker.'],
  ['unattributed', 'Having told the court he was innocent, the driver sat down.'],
  ['unattributed', 'That said, the plan has its merits.'],
  ['anonymous', 'All said the plan was fair.'],
  ['anonymous', 'Both told the court they were innocent.'],
  ['named-person', 'Smith denied having told police he was armed.'],
];

/** A plural noun that looks like a reporting verb, the object of another verb ("read the weather reports"). */
const OBJECT_NOUNS: Probe[] = [
  ['unattributed', 'Farmers read the weather reports every evening.'],
  ['unattributed', 'Parents read the school reports aloud.'],
  ['unattributed', 'Sailors check the coastal reports before leaving port.'],
  ['anonymous', 'Residents of the town reported a loud bang.', 'Residents of the town'],
  ['anonymous', 'Officials in the capital said the road was closed.', 'Officials in the capital'],
  ['anonymous', 'The head of the agency said the road was closed.'],
  ['organization', 'The agency reports that rents rose by 8 percent.'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['extracted relative', EXTRACTED_RELATIVE],
  ['fronted clause', FRONTED_CLAUSE],
  ['according in a relative clause', ACCORDING_IN_RELATIVE],
  ['coordinated no-comment', COORDINATED_NO_COMMENT],
  ['participle idioms', PARTICIPLE_IDIOMS],
  ['object nouns', OBJECT_NOUNS],
];

/** Probes the engine does not yet read right, with why; they run as todo. */
export const OPEN = new Set<string>([
  // Only a relative word right before "according to" is read (one token back: no bytes for a longer look).
  'The clinic, whose staff according to the union are unpaid, stayed open.',
  // The subject phrase runs back over a verb and its object ("Farmers read the weather"); telling "read the" from
  // "Officials at the" needs a list of prepositions that the byte budget has no room for.
  'Farmers read the weather reports every evening.',
  'Parents read the school reports aloud.',
  // ("Sailors check the coastal reports" passes since s18: a sentence-opening capital before a lower-case head no longer
  // makes the phrase a body's name, and "Sailors check the coastal" classifies as nothing.)
]);
