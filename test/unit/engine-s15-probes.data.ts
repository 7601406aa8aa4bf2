/**
 * Session 15 probes (s15): fresh constructions written for this suite (none copied from gold or held-out
 * files), each in several variants so that a fix is general. Same shape as engine-s12-probes.data.ts:
 * [expected tag, or 'none'; text; expected source; expected via]; the LAST sentence of the text is
 * checked; source and via only when given.
 */
import type { Probe } from './engine-s12-probes.data';

/** Speech acts and judgments (Levin 37.7 say, 37.8 complain, 37.9 advise, 33 judgment): the subject's statement, with any object. */
export const SPEECH_ACTS: Probe[] = [
  ['anonymous', 'Bakers objected to the new rules on flour imports.', 'Bakers'],
  ['anonymous', 'Cab drivers protested against the new licence fees.', 'Cab drivers'],
  ['named-person', 'Marta Quill applauded the decision to keep the pool open.', 'Marta Quill'],
  ['organization', 'The Green Party opposes the plan to widen the motorway.', 'The Green Party'],
  ['named-person', 'Selim Arda thanked the firefighters for saving the mill.', 'Selim Arda'],
  ['organization', 'The transport ministry instructed airlines to refund the fares.', 'The transport ministry'],
  ['named-person', 'Ilse Brandt confessed that she had never read the report.', 'Ilse Brandt'],
  ['anonymous', 'Commuters grumbled about the late trains all winter.', 'Commuters'],
  ['organization', 'The union endorsed the pay offer on Tuesday.', 'The union'],
  ['anonymous', 'Several parents have pleaded with the council to keep the crossing guard.', 'Several parents'],
  ['named-person', 'Judge Mira Osei scolded the lawyers for arriving late.', 'Mira Osei'],
  ['organization', 'The football association reprimanded the club over the chants.', 'The football association'],
  ['named-person', 'Ivo Marek confided that he had lost the keys years ago.', 'Ivo Marek'],
];

/** Stance and thought reported as the subject's own (CONVENTIONS: "considers", "believes"). */
export const STANCE: Probe[] = [
  ['anonymous', 'The dairy farmers hope to sell the herd before winter.', 'The dairy farmers'],
  ['anonymous', 'Local shopkeepers want the market moved back to the square.', 'Local shopkeepers'],
  ['anonymous', 'Many nurses feel that the new rota is unfair.', 'Many nurses'],
  ['named-person', 'Oskar Lind suspects the fire was started on purpose.', 'Oskar Lind'],
  ['organization', 'The club considers the stadium deal a good one.', 'The club'],
  ['named-person', 'Hana Ruiz feels the judges were too harsh.', 'Hana Ruiz'],
  ['anonymous', 'Some fishermen suspect that the nets were cut on purpose.', 'Some fishermen'],
  ['named-person', 'Tomas Grell assumed the letter was a joke.', 'Tomas Grell'],
  ['organization', 'The ministry considers it unlikely that the dam will fail.', 'The ministry'],
  ['organization', 'The rail union sees the new timetable as a breach of the deal.', 'The rail union'],
  ['named-person', 'Kenji Ito hinted at a run for the mayoralty next year.', 'Kenji Ito'],
  ['named-person', 'Pia Laurent recalled this square was once a car park.', 'Pia Laurent'],
];

/** A negated statement about a statement, like "declined to comment". */
export const YET_TO_COMMENT: Probe[] = [
  ['organization', 'The water board has yet to comment on the spill.', 'The water board'],
  ['named-person', 'Pieter Vos has yet to respond to the allegations.', 'Pieter Vos'],
  ['organization', 'The airport authority is yet to comment.', 'The airport authority'],
];

/** A light verb with a speech noun: the noun is the statement ("made a remark", "issued an appeal"). */
export const LIGHT_VERB_SPEECH: Probe[] = [
  ['organization', 'The Red Cross issued an appeal for blankets and tents.', 'The Red Cross'],
  ['named-person', 'Rosa Imber made a plea for calm outside the court.', 'Rosa Imber'],
  ['named-person', 'Tariq Bello made a suggestion about the car park at the meeting.', 'Tariq Bello'],
];

/** Look-alikes that must stay the writer's own: narration, acts, nouns, idioms. */
export const CUE_LEX_NEGATIVES: Probe[] = [
  ['unattributed', 'Hundreds of students protested in the main square on Friday.'],
  ['unattributed', 'The hikers felt the ground shake beneath them.'],
  ['unattributed', 'The committee will consider the proposal next month.'],
  ['unattributed', 'Thanks to the rain, the reservoir is full again.'],
  ['unattributed', 'The divers found a wreck off the coast in 1998.'],
  ['unattributed', 'She remembered the house from her childhood.'],
  ['unattributed', 'The guard was asked to leave the building.'],
  ['unattributed', 'The opposing team scored twice in the second half.'],
  ['unattributed', 'The bridge has yet to open to traffic.'],
  ['unattributed', 'The factory made a profit of 3 million euros last year.'],
  ['unattributed', 'Rina Sato assumed office in January after a close race.'],
  ['unattributed', 'The plan was considered by the board in March and dropped.'],
  ['unattributed', 'The students staged a mock trial in the town hall.'],
  ['unattributed', 'The chef considered the menu for a long time.'],
  ['unattributed', 'The police suspect was released on bail on Monday.'],
  ['unattributed', 'The harbour sees as many as 900 ferries a month.'],
  ['unattributed', 'She sees her grandmother every Sunday.'],
];

/** An inverted cue after a fronted clause and a clause of the writer's: the name running to the end is its subject. */
export const INVERTED_AFTER_CLAUSE: Probe[] = [
  ['media', 'As the votes came in, the crowd fell quiet, reported Joe Tran of the BBC.', 'the BBC'],
  ['named-person', 'Though the market is small, its stalls draw crowds every Sunday, says Okafor.', 'Okafor'],
  ['named-person', 'Since the dam was built, the valley has flooded twice, recalled Maria Sousa.', 'Maria Sousa'],
  ['named-person', 'After the vote, the hall emptied quickly, wrote Pavel Dvorak.', 'Pavel Dvorak'],
  // Not an inversion: a clause follows the verb, or the name comes before it.
  ['named-person', 'Lena Ortiz, who runs the market, said Grocers United had backed the plan.', 'Lena Ortiz'],
  ['named-person', 'The ferry was late again on Monday, Ann Lee said.', 'Ann Lee'],
];

/** A one-word participle between commas after the subject ("X, smiling, said"). */
export const PARTICIPLE_APPOSITIVE: Probe[] = [
  ['named-person', 'Rafael Cruz, laughing, told reporters the count was wrong.', 'Rafael Cruz'],
  ['named-person', 'Nadia Petrov, presiding, said: “The hearing is adjourned.”', 'Nadia Petrov'],
  ['unattributed', 'The old bridge, creaking, swayed in the wind.'],
];

/** A cue in a second verb phrase of the subject, after "and" without a comma. */
export const SECOND_VERB_PHRASE: Probe[] = [
  ['named-person', 'Governor Elena Paz toured the flooded streets and called the damage “heartbreaking.”', 'Elena Paz'],
  ['named-person', 'Ravi Menon visited the port and called for calm.', 'Ravi Menon'],
  ['unattributed', 'The nurse checked his pulse and called an ambulance.'],
  ['named-person', 'Olga Berg did not attend the hearing, but said the verdict was unfair.', 'Olga Berg'],
  ['unattributed', 'The ferry left late, but arrived on time.'],
];

/** A live blog's "HH.MM" time stamp before the subject. */
export const TIME_PREFIX: Probe[] = [
  ['anonymous', '10.35 Dock workers said the strike would end on Friday.', 'Dock workers'],
  ['named-person', '17.50 Ana Pereira told reporters the count was nearly done.', 'Ana Pereira'],
  ['organization', '08.15 The interior ministry said the border would reopen at noon.', 'The interior ministry'],
  ['anonymous', '13.05 Local fishermen believe the storm has passed.', 'Local fishermen'],
  // A quantity is still no source.
  ['unattributed', '3,248 cases reported in the province were mild.'],
];

/** Plural nouns that look like reporting verbs, inside the writer's own clause. */
export const NOUN_NOT_CUE: Probe[] = [
  ['unattributed', 'Skippers study the tide forecasts before every trip.'],
  ['unattributed', 'Exports beat forecasts for the third month in a row.'],
  ['organization', 'The agency forecasts that rents will rise by 4 percent.', 'The agency'],
];

/** The sentence's subject, a plural of people or a body, before ", saying ..." after its own verb and object. */
export const PARTICIPLE_SAYING: Probe[] = [
  ['anonymous', 'The landlords pressured the tenants, saying the rent would double.', 'The landlords'],
  ['anonymous', 'The farmers lobbied the ministry, arguing that the drought had ruined them.', 'The farmers'],
  ['unattributed', 'The runners crossed the bridge, waving flags and banners.'],
];

/** An as-clause opening the sentence with a reporting verb: the rest is what its subject said. */
export const AS_CLAUSE_CUE: Probe[] = [
  ['named-person', 'As Lotte Brandt recalled decades later, the school had no heating at all.', 'Lotte Brandt'],
  ['anonymous', 'As the engineers warned in 2019, the dam is leaking.', 'the engineers'],
  ['unattributed', 'As the river rose, the town moved its archives to the hill.'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['speech acts', SPEECH_ACTS], ['stance', STANCE], ['yet to comment', YET_TO_COMMENT],
  ['light verb + speech noun', LIGHT_VERB_SPEECH], ['cue-lex negatives', CUE_LEX_NEGATIVES],
  ['inverted after a clause', INVERTED_AFTER_CLAUSE], ['participle appositive', PARTICIPLE_APPOSITIVE], ['second verb phrase', SECOND_VERB_PHRASE],
  ['time prefix', TIME_PREFIX], ['nouns not cues', NOUN_NOT_CUE],
  ['participle saying', PARTICIPLE_SAYING], ['as-clause cue', AS_CLAUSE_CUE],
];

/** Probes the engine does not yet read right, with why; they run as todo. */
export const OPEN = new Set<string>([
  // Convention conflict: CONVENTIONS.md attributes stances and the held-out analysis lists these verbs as missed cues, but the
  // tuned and dev gold tag the same verbs unattributed ("many leftist figures openly oppose ...", "... initially endorsed Senator
  // ...", "He reportedly instructed the men ...", "Environmentalists want the plants to remain closed ...", "they feel it's time
  // ..."); adding them lowered tuned and dev, so they wait for the lead to settle the convention.
  'The Green Party opposes the plan to widen the motorway.',
  'The transport ministry instructed airlines to refund the fares.',
  'The union endorsed the pay offer on Tuesday.',
  'Local shopkeepers want the market moved back to the square.',
  'Many nurses feel that the new rota is unfair.',
  'Hana Ruiz feels the judges were too harsh.',
  // "protested against" is a demonstration as often as a statement; left out (NEW_CLAUSE keeps "protested" clause-only).
  'Cab drivers protested against the new licence fees.',
]);
