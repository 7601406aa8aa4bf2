/**
 * Session 21 probes (helper D): a subject pronoun and the last SOURCE. Fresh sentences written for this suite (none copied
 * from gold or held-out files), each construction in several variants. Same shape as engine-s12-probes.data.ts:
 * [expected tag, or 'none'; text; expected source; expected via]; the LAST sentence of the text is checked.
 */
import type { Probe } from './engine-s12-probes.data';

/**
 * "X did Y, according to <source>. He/She said ...": the person the sentence is about, its main-clause subject, is the one a
 * pronoun in the next sentence points to; the source cited in the according-to phrase is not its subject.
 */
const ACCORDING_SUBJECT: Probe[] = [
  ['named-person', 'Lena Hart quit the board in March, according to a person close to her. She told the chair that the budget was a fiction.', 'Lena Hart'],
  ['named-person', 'According to a former aide, Omar Haddad moved the money in 2019. He said the transfer was legal.', 'Omar Haddad'],
  ['named-person', 'Tom Vey sold the family farm last spring, according to the Evening Post. He said the drought had ruined him.', 'Tom Vey'],
  ['named-person', 'Two years ago, according to court records, Dana Bell moved to Ohio. She insisted that she had paid every bill.', 'Dana Bell'],
  ['named-person', 'Beginning in 2019, according to a person familiar with the case, Mara Olsen taped her meetings with the director. She says she had no other choice.', 'Mara Olsen'],
  ['named-person', 'In 2015, after the mill closed, Peter Lund went to the union, according to one former colleague. He warned its leaders that the pension fund was empty.', 'Peter Lund'],
  ['named-person', 'Nora Quist has hired a second lawyer, according to two people briefed on the case. She argues that the contract was never valid.', 'Nora Quist'],
  ['named-person', 'Ivo Brandt said the pier would be fixed, according to the Evening Post. He also said fares would rise.', 'Ivo Brandt'],
  // No fitting subject: the pronoun still takes the source (a gender that does not fit, a subject that is no person).
  ['anonymous', 'Peter Lund left the meeting early, according to a colleague. She said the vote had gone badly.', 'a colleague'],
  ['anonymous', 'The car sped off toward the bridge, according to a neighbour. She said the car was red.', 'a neighbour'],
  ['anonymous', 'According to a former aide, the council never read the audit. He said the mayor had hidden it.', 'a former aide'],
  ['anonymous', 'According to an aide, the council will meet on Monday. She said the vote would be public.', 'an aide'],
  // A group as the subject: the next "they".
  ['anonymous', 'Nurses at the clinic walked out on Monday, according to the Evening Post. They said the rota was unsafe.', 'Nurses'],
  ['anonymous', 'In May, according to two local officials, the pilots refused to board the ships. They argued that the tugs were unsafe.', 'the pilots'],
  // With no source in between, the subject was always the antecedent.
  ['named-person', 'Ivo Brandt won the election in May. He said the pier would be fixed by winter.', 'Ivo Brandt'],
];

/**
 * A subject after a fronted phrase ("Frustrated at the club, Ida Marsh hired ...", "A few weeks later, Tom Vey called ..."):
 * the person the writer's sentence is about, nearer than a source quoted before it.
 */
const FRONTED_SUBJECT: Probe[] = [
  ['named-person', '“She felt ignored,” a colleague said. Frustrated at the club, Ida Marsh hired a new agent. In interviews, she said her aim was to coach abroad.', 'Ida Marsh'],
  ['named-person', '“He was exhausted,” an aide said. A few weeks later, Tom Vey called a meeting. He told staff that he would retire.', 'Tom Vey'],
  ['named-person', '“She never gave up,” one friend said. Angered by the ruling, Dana Bell went back to court. She claimed the judge had ignored the evidence.', 'Dana Bell'],
  ['named-person', '“He was calm,” a neighbour recalled. Shaking with anger, Omar Haddad read the letter aloud. Later he insisted that he had never signed it.', 'Omar Haddad'],
  // The fronted phrase ends on a body, not a person: the quoted source keeps the pronoun.
  ['anonymous', '“She was upset,” a colleague said. In the end, the board fired the coach. She said the decision was unfair.', 'a colleague'],
];

/**
 * "they" after "<Name>'s family/lawyers decided ...": the group the last sentence was about, not an outlet cited earlier;
 * "they" never takes one outlet.
 */
const THEY_GROUP: Probe[] = [
  ['anonymous', 'The fire began in the kitchen, according to the Daily Ledger. Ms. Ortiz’s family decided to sue the landlord. They argued that the wiring had been faulty for years.', 'Ms. Ortiz’s family'],
  ['anonymous', 'The mine flooded in April, according to the Valley Courier. Later, Dana Bell’s parents went to court. They said the owners had ignored two warnings.', 'Dana Bell’s parents'],
  ['anonymous', 'The clinic closed in June, the Tribune reported. The tenants decided to stay. They said they had nowhere else to go.', 'The tenants'],
  ['anonymous', 'The fire began in the kitchen, according to a report by the fire service. The victim’s relatives went to court. They claimed the landlord had ignored the wiring.', 'The victim’s relatives'],
  // "They" with no group: no source (an outlet is one body, and the writer's "they" is nobody in particular).
  ['unattributed', 'The ferry sank in May, according to the Harbour Gazette. The case went to court in June. They argued that the captain had been drinking.'],
  ['unattributed', 'Reuters reported the sale of the mill on Monday. They said the price was $2 billion.'],
  // One unnamed person may be a "they"; one named person never is.
  ['anonymous', 'A person familiar with the talks said the deal was close. They said a vote could come on Friday.', 'A person familiar with the talks'],
  ['unattributed', 'Ida Marsh won the vote on Tuesday. They said the count had been fair.'],
  ['unattributed', 'A neighbour said the road was closed. Tom Vey said the bridge was safe. They said the river was rising.'],
  // A body is still a "they" ("The union ... They said"); a pair of people too.
  ['organization', 'The Harbour Trust sold two tugs in May. They said the money would pay for repairs.', 'The Harbour Trust'],
];

/** Not read yet (OPEN below): the pronoun's antecedent is named only by a pronoun or an object, or the group's head is modified. */
const NOT_YET: Probe[] = [
  ['named-person', 'Peter Lund ran the depot. He was fired in May, according to a person close to him. He said the audit had been rigged.', 'Peter Lund'],
  ['named-person', 'Peter Lund ran the depot. According to a person familiar with the case, Mara Olsen recorded him saying that the audit was rigged. “Nobody will check,” he said in one call.', 'Peter Lund'],
  ['anonymous', 'Night nurses walked out on Monday, according to the Evening Post. They said the rota was unsafe.', 'Night nurses'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['according subject', ACCORDING_SUBJECT],
  ['fronted subject', FRONTED_SUBJECT],
  ['they group', THEY_GROUP],
  ['not yet', NOT_YET],
];

export const OPEN = new Set<string>([
  // The according-to sentence's subject is a pronoun ("He was fired, according to ..."): it would have to be resolved (and the
  // person touched) while no cue is read on it; noteSubject() notes names and groups only. Left for the byte room.
  'Peter Lund ran the depot. He was fired in May, according to a person close to him. He said the audit had been rigged.',
  // The speaker is the object of a verb of recording or hearing + "saying" ("recorded him saying", "heard Brandt saying"):
  // needs that object noted as the last speaker; the according-to source of unknown gender still wins "he" (dev nymag s25, s26).
  // (Preferring any known-gender person over an unnamed source of unknown gender fixes these but drops tuned 0.9563 -> 0.9519.)
  'Peter Lund ran the depot. According to a person familiar with the case, Mara Olsen recorded him saying that the audit was rigged. “Nobody will check,” he said in one call.',
  // noteSubject() reads a group's head only as the first word after the determiners ("Nurses at the clinic", not "Night nurses").
  'Night nurses walked out on Monday, according to the Evening Post. They said the rota was unsafe.',
]);
