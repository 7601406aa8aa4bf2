/**
 * Session 21 probes (s21b): who a later "he"/"she" means after an unnamed speaker who is not the one the text is about (B4, B2 in
 * /tmp/sl/s21/kinds-w11.md), possessive subjects (B5), names set off after a relation (B3) and trailing appositives with a relative
 * clause (W1, open), in fresh sentences written for this suite (none copied from gold or held-out files, nor the report's
 * invented examples), with look-alikes that must keep their reading. Same shape as engine-s12-probes.data.ts: [expected tag, or
 * 'none'; text; expected source; expected via]; the LAST sentence is checked.
 */
import type { Probe } from './engine-s12-probes.data';

/**
 * The main clause decides the discourse state too: an unnamed speaker inside an until/when/after/because clause or a relative
 * clause is named only in passing, and a later pronoun still means the person the text is about. A document's sentence is about
 * the people it names. Different verbs (told, warned, said), clause words, genders and names.
 */
const NON_MAIN_SPEAKER: Probe[] = [
  ['named-person', 'Halvard Brekke ran the depot for a decade.\n\nHe never counted the crates until an inspector told him to.\n\n"It was chaos," he said.', 'Halvard Brekke'],
  ['named-person', 'Maria Soler kept the shop open through the floods.\n\nShe closed it only when a neighbour warned her about the river.\n\n"I was stubborn," she said.', 'Maria Soler'],
  ['named-person', 'Tomas Ferrer signed the lease in May.\n\nHe learned of the leak after a plumber told him about it.\n\n"Nobody had said a word," he told the newspaper.', 'Tomas Ferrer'],
  ['named-person', 'Oskar Lind ran the night shift.\n\nWhen a guard said the ship was sinking, he was asleep.\n\n"I ran," he said.', 'Oskar Lind'],
  ['named-person', 'Ilse Varga spent the winter at the lab.\n\nThe results, which a colleague said were flawless, surprised her.\n\n"I checked them twice," she said.', 'Ilse Varga'],
  ['named-person', 'Ilse Varga chaired the board for years.\n\nShe stepped down because a doctor had advised her to rest.\n\nShe said she missed it.', 'Ilse Varga'],
  ['named-person', '"I love this club," Ilse Varga said.\n\nA club spokeswoman said the deal ran to 2027.\n\nCouncil minutes show Varga has missed two meetings since a clerk warned her about the rules.\n\n"I hate paperwork," she said.', 'Varga'],
  ['named-person', '"We will win," Oskar Lind said.\n\nA team spokesman said the deal was done.\n\nCourt filings show Lind had not paid the fine until a bailiff told him to.\n\n"It slipped my mind," he said.', 'Lind'],
  ['named-person', 'Records show Ilse Varga has filed 40 patents, a number she never counted until an assistant told her.\n\n"I was surprised," she said.', 'Ilse Varga'],
  // Look-alikes: an unnamed speaker of the main clause is the next "he"; a speaker's own sentence keeps them; a document's
  // sentence that names nobody leaves the last speaker in place.
  ['anonymous', 'Oskar Lind ran the night shift.\n\nA guard said the ship was sinking.\n\n"I saw the water," he said.', 'A guard'],
  ['named-person', 'Tomas Ferrer said the roof failed after a builder told him it was safe.\n\n"I trusted him," he said.', 'Tomas Ferrer'],
  ['organization', '"We will win," Oskar Lind said.\n\nA team spokesman said the deal was done.\n\nCourt filings show the fine was paid.\n\n"It was late," he said.', 'A team spokesman'],
];

/**
 * An unnamed speaker who tells the person the text is about ("A physiotherapist told her", "was warned by a surgeon") brings news
 * about that person: a later "she"/"he" is still that person. Active and passive, tenses, verbs of the class (told, warned,
 * informed, advised, assured, reminded), pronoun, quotation and reported-speech cues.
 */
const TOLD_BY: Probe[] = [
  ['named-person', 'Ilse Varga broke her wrist in March and was told by a surgeon that she might not play again.\n\nShe returned in June.\n\nOn Monday she announced her retirement.', 'Ilse Varga'],
  ['named-person', 'Halvard Brekke was advised by a lawyer that the contract was void.\n\nHe signed it anyway.\n\nLast week he said he regretted nothing.', 'Halvard Brekke'],
  ['named-person', 'Greta Lund was informed by an official that her permit had lapsed.\n\n"I laughed," she said.', 'Greta Lund'],
  ['named-person', 'Oskar Lind joined the crew in 2015.\n\nHe was later assured by a foreman that the job was safe.\n\n"I believed him," he said.', 'Oskar Lind'],
  ['named-person', 'Ilse Varga was reminded by a steward that the gates closed at noon.\n\nShe said she had not known.', 'Ilse Varga'],
  ['named-person', 'Halvard Brekke had been told by a banker that the loan was secure.\n\nHe said he felt misled.', 'Halvard Brekke'],
  ['named-person', '"I love this club," Ilse Varga said.\n\nA club spokeswoman said the deal ran to 2027.\n\nIn 2019 Varga was warned by a surgeon that she might not play again.\n\nOn Monday she announced her retirement.', 'Varga'],
  ['named-person', 'Ilse Varga injured her shoulder in 2021.\n\nA physiotherapist told her that the damage was permanent.\n\nOn Friday she confirmed that she would stop competing.', 'Ilse Varga'],
  ['named-person', 'Halvard Brekke bought the mill in 1998.\n\nAn engineer warned him that the dam was failing.\n\nHe said he would repair it himself.', 'Halvard Brekke'],
  ['named-person', 'Greta Lund opened the bakery in 2010.\n\nA supplier told her the flour price would double.\n\n"We cannot pass that on," she said.', 'Greta Lund'],
  ['named-person', 'Ilse Varga injured her shoulder in 2021.\n\nA physiotherapist has told her that the damage is permanent.\n\nShe told reporters she would keep playing.', 'Ilse Varga'],
  ['named-person', 'Greta Lund opened the bakery in 2010.\n\nA supplier had informed her that the flour price would double.\n\n"We cannot pass that on," she said.', 'Greta Lund'],
  ['named-person', 'Ilse Varga injured her shoulder in 2021.\n\nLast year a physiotherapist informed her that the damage was permanent.\n\nShe insists she will compete again.', 'Ilse Varga'],
  // The sentence itself keeps its speaker (a convention question for the passive: see OPEN).
  ['anonymous', 'Ilse Varga injured her shoulder in 2021.\n\nA physiotherapist told her that the damage was permanent.', 'A physiotherapist'],
  // Look-alikes: an unnamed speaker who tells somebody else, or nobody, stays the next "she"; a named teller stays the next "he";
  // a description points back to the teller.
  ['anonymous', 'Ilse Varga led the march.\n\nA medic told police that six people were hurt.\n\n"It was chaos," she said.', 'A medic'],
  ['anonymous', 'Ilse Varga led the march.\n\nA medic said she had treated six people.\n\n"It was chaos," she said.', 'A medic'],
  ['named-person', 'Ilse Varga injured her shoulder.\n\nCoach Tomas Ferrer told her that she needed rest.\n\n"She will be back," he said.', 'Tomas Ferrer'],
  ['anonymous', '"We are ready," Mayor Ines Cole said.\n\nA council official told her that the budget was short.\n\nThe official said the gap was $2 million.', 'A council official'],
];

/**
 * A possessive description as subject ("The driver's mother said", "The passenger's daughter later said") is somebody new, related to
 * someone else, not the person just named (CONVENTIONS: a person identified only by a relation is anonymous; a spokesman for a
 * person speaks for that person: organization). Relations, tenses, possessors of one or two words, cues.
 */
const POSSESSIVE_SUBJECT: Probe[] = [
  ['anonymous', '"We will rebuild the bridge," Governor Lena Marsh said.\n\nThe driver\'s mother said the family wanted answers.', "The driver's mother"],
  ['anonymous', 'Police chief Aldo Reyes said the inquiry was closed.\n\nThe boy\'s father told reporters that he would appeal.', "The boy's father"],
  ['anonymous', '"Nothing was hidden," the minister said.\n\nThe girl\'s brother said the family would sue.', "The girl's brother"],
  ['anonymous', '"The ferry is safe," Captain Nils Berg said.\n\nThe passenger\'s daughter later said the crossing had been rough.', "The passenger's daughter"],
  ['anonymous', '"The ferry is safe," Captain Nils Berg said.\n\nThe dead man\'s sister has said she will sue the company.', "The dead man's sister"],
  ['anonymous', '"We followed the rules," Dr. Amal Haddad said.\n\nThe patient\'s husband insisted that nobody had warned them.', "The patient's husband"],
  ['organization', '"We are ready," Mayor Ines Cole said.\n\nThe mayor\'s spokesman said the plan was final.', "The mayor's spokesman"],
  // Look-alikes: a plain description still points back to the person just named; "Her mother" and a name's relative stay new.
  ['named-person', '"We followed the rules," Dr. Amal Haddad said.\n\nThe doctor said nobody had been harmed.', 'Amal Haddad'],
  ['anonymous', '"We are ready," Mayor Ines Cole said.\n\nHer mother said she had always been ambitious.', 'Her mother'],
  ['anonymous', '"We are ready," Ines Cole said.\n\nCole\'s brother said she had worked all night.', "Cole's brother"],
  ['anonymous', 'Senator Ruth Ames backed the bill on Tuesday.\n\nThe victim\'s widow said she was disappointed.', "The victim's widow"],
];

/**
 * A trailing appositive with a relative clause of its own (", a claim the club's owners rejected") does not attribute the sentence:
 * the main clause decides (W1). All OPEN: see below.
 */
const APPOSITIVE_RELATIVE: Probe[] = [
  ['media', 'The Guardian reported that the coach had resigned on Friday, a claim the club\'s owners rejected.', 'The Guardian'],
  ['media', 'Reuters reported that the mine would close, an account the company disputed.', 'Reuters'],
  ['named-person', 'Ines Cole said the budget was balanced, an assertion her rivals questioned.', 'Ines Cole'],
  ['document', 'The audit found that the funds were misspent, a conclusion the ministry rejected.', 'The audit'],
  ['media', 'The Financial Times reported that the bank would cut 500 jobs, a figure the bank\'s executives denied.', 'The Financial Times'],
  ['media', 'Bloomberg reported that the merger was off, a report the two companies have denied.', 'Bloomberg'],
  // Look-alikes: a trailing speaker with a post-modifier, a plain appositive, a main clause of its own.
  ['media', 'The Guardian reported that the coach had resigned, a claim that could not be verified.', 'The Guardian'],
  ['organization', 'The coach had resigned on Friday, the club\'s owners said.', "the club's owners"],
  ['anonymous', 'The hospital is full, a doctor at the clinic said.', 'a doctor at the clinic'],
  ['anonymous', 'The bridge will reopen in March, a source familiar with the plan said.', 'a source familiar with the plan'],
  ['organization', 'Police said the fire was started deliberately, a finding the owners contested.', 'Police'],
];

/** "His sister, Elin, shrugged": a one-word name after a relation noun is a new person, of the relation's gender (B3). */
const RELATION_APPOSITIVE: Probe[] = [
  ['named-person', 'Piet Laubscher spoke first.\n\nHis sister, Elin, shrugged at the question.\n\n"He never listens," she said.', 'Elin'],
  ['named-person', 'Piet Laubscher spoke first.\n\nHis wife, Ingrid, shook her head.\n\n"He is stubborn," she said.', 'Ingrid'],
  ['named-person', 'Ilse Varga spoke first.\n\nHer husband, Joost, laughed.\n\n"She always wins," he said.', 'Joost'],
  ['named-person', 'Piet Laubscher spoke first.\n\nHis sister, Elin Laubscher, shrugged at the question.\n\n"He never listens," she said.', 'Elin Laubscher'],
  ['named-person', 'Greta Lund opened the bakery.\n\nHer son, Mats, runs the ovens now.\n\n"She taught me everything," he said.', 'Mats'],
  // Look-alikes: the relation speaks in the same sentence; a pronoun of the other gender still means the person named before.
  ['named-person', 'Piet Laubscher spoke first.\n\nHis sister, Elin, said he never listens.', 'Elin'],
  ['named-person', 'Piet Laubscher spoke first.\n\nHis sister, Elin, shrugged.\n\n"I never listen," he said.', 'Piet Laubscher'],
  ['named-person', 'Ilse Varga spoke first.\n\nHer husband, Joost, laughed.\n\n"I always win," she said.', 'Ilse Varga'],
  ['named-person', 'Piet Laubscher spoke first.\n\nHis younger sister, Elin, shrugged.\n\n"I never listen," he said.', 'Piet Laubscher'],
  ['named-person', 'Piet Laubscher spoke first.\n\nHis career, once promising, stalled in 2019.\n\n"I never listen," he said.', 'Piet Laubscher'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['non-main speaker', NON_MAIN_SPEAKER],
  ['told by', TOLD_BY],
  ['possessive subject', POSSESSIVE_SUBJECT],
  ['appositive relative', APPOSITIVE_RELATIVE],
  ['relation appositive', RELATION_APPOSITIVE],
];

export const OPEN = new Set<string>([
  // A document's sentence naming a person for the first time, in a clause after "show": nobody is noted, so "she" falls to the
  // unnamed speaker of the until-clause, the only one known.
  'Records show Ilse Varga has filed 40 patents, a number she never counted until an assistant told her.\n\n"I was surprised," she said.',
  // W1: built in mk() (attribution.ts: an article + noun + a second determiner before a trailing cue makes a subordinate clause whose
  // subject starts at that determiner); all these probes passed, tuned/devA unchanged, devB 0.9180 -> 0.9181 but dev (all) 0.8706 ->
  // 0.8700: the sentence left without a main cue let noteSubject type a one-word company ("Lakeshore had ...") as a person, so a later
  // "Lakeshore said it ..." went named-person; +58 B gz, over this helper's budget. Not kept (diff in the report).
  'The Guardian reported that the coach had resigned on Friday, a claim the club\'s owners rejected.',
  'Reuters reported that the mine would close, an account the company disputed.',
  'Ines Cole said the budget was balanced, an assertion her rivals questioned.',
  'The audit found that the funds were misspent, a conclusion the ministry rejected.',
  'The Financial Times reported that the bank would cut 500 jobs, a figure the bank\'s executives denied.',
  'Bloomberg reported that the merger was off, a report the two companies have denied.',
]);
