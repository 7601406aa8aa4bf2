/**
 * Session 21 probes, helper C: document frames and verbs of acting read as speech (kinds-devA.md items 2 and 4), one-word
 * bodies (item 3). Fresh sentences written for this suite, several variants per construction, with look-alikes that must keep
 * their reading. Same shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected via]; the
 * LAST sentence of the text is checked.
 */
import type { Probe } from './engine-s12-probes.data';

/** Verbs of recording a history (chronicle, catalogue): a document's, like "documented" and "detailed"; a body's or a person's act. */
export const RECORDING_VERBS: Probe[] = [
  ['document', 'The inspectors’ report chronicled the “slow decay” of the harbour wall.', 'The inspectors’ report'],
  ['document', 'A county audit chronicles two decades of missed repairs at the jail.', 'A county audit'],
  ['document', 'The diary, kept by a night nurse, chronicled daily shortages of gloves and masks.', 'The diary'],
  ['document', 'The 40-page complaint catalogues at least a dozen late payments to the builder.', 'The 40-page complaint'],
  ['document', 'Her ship’s log also catalogued every storm the crew rode out that year.'],
  ['document', 'The survey, published in May, catalogs the damage to 300 homes.', 'The survey'],
  // Not a document: a museum's or a band's own act, and the outlet named Chronicle.
  ['unattributed', 'The museum catalogued more than 4,000 items last year.'],
  ['unattributed', 'For a decade the band chronicled its tours on a small blog.'],
  ['media', 'The Chronicle reported the fire on Monday.', 'The Chronicle'],
];

/** What a document (or a speaker) leaves out: a negated or failed verb of stating, with a wh-clause or an object. */
export const NEGATED_STATEMENTS: Probe[] = [
  ['document', 'The audit does not state when the contracts were signed.', 'The audit'],
  ['document', 'The inspection notes do not say which pumps failed first.'],
  ['document', 'The ruling fails to explain why the fine was cut in half.', 'The ruling'],
  ['document', 'The filing failed to mention that the firm had been sued before.', 'The filing'],
  ['document', 'The county’s memo makes no mention of the second contract.'],
  ['document', 'The letter made no mention of the layoffs planned for spring.', 'The letter'],
  ['named-person', 'Ada Quist failed to mention that she owned shares in the firm.', 'Ada Quist'],
  ['organization', 'The ministry did not state whether the border would reopen.', 'The ministry'],
  // Acts that failed, and no statement at all.
  ['unattributed', 'The pump failed to start on Monday morning.'],
  ['unattributed', 'The company failed to pay its workers in March.'],
  ['unattributed', 'The bill fails to pass the senate for a third time.'],
  ['unattributed', 'The report failed to reach the minister before the vote.'],
];

/** A document subject whose post-modifier holds "due to" or "owing to": the phrase runs on to the verb. */
export const DUE_TO_SUBJECT: Probe[] = [
  ['document', 'A report on the collapse of the pier due to poor upkeep reveals a long list of missed checks.'],
  ['document', 'A review of the school closures owing to the strike shows that pupils lost three weeks.'],
  ['document', 'A study of flight delays due to winter storms found that most lasted under an hour.'],
  ['document', 'The audit of ward closures due to staff shortages says that six beds stood empty.'],
  // Not a document subject.
  ['unattributed', 'Flights were cancelled due to the storm, and the airport closed at noon.'],
  ['organization', 'The match was called off due to rain, the league said.', 'the league'],
];

/** "threatened to quit": a stated intention to act is an aim (CONVENTIONS: wishes, aims); "threatened that" reports the words. */
export const THREATEN_TO_ACT: Probe[] = [
  ['unattributed', 'At one stage, Ivo Brandt threatened to leave the club in a bid to force the sale.'],
  ['unattributed', 'The union has threatened to strike if the pay offer is not raised.'],
  ['unattributed', 'In some cases, he threatened to publish the letters to silence his critics.'],
  ['unattributed', 'Police threatened to use tear gas on the crowd outside the court.'],
  ['unattributed', 'The landlord kept threatening to evict the family over the late rent.'],
  // The threat in words: a clause, or a quotation.
  ['named-person', 'Ivo Brandt threatened that he would sue the council over the pier.', 'Ivo Brandt'],
  ['named-person', 'Ivo Brandt threatened that the club would leave the city.', 'Ivo Brandt'],
];

/** "agreed to a contract": a commitment, an act; "agreed that" and "agreed with reporters that" report a view. */
export const AGREE_TO_ACT: Probe[] = [
  ['unattributed', 'Ivo Brandt, in turn, agreed to a three-year deal that ties him to the club.'],
  ['unattributed', 'The council agreed to a lease that runs until 2040.'],
  ['unattributed', 'Nora Penn agreed to the terms that the board had set out in May.'],
  ['named-person', 'Nora Penn agreed that the plan was flawed.', 'Nora Penn'],
  ['named-person', 'Nora Penn agreed in an interview that the plan was flawed.', 'Nora Penn'],
];

/** "refused." / "(she declined)" with nothing after: a refusal of an offer, an act; "refused to comment/say/reveal" is about a statement. */
export const REFUSAL_ALONE: Probe[] = [
  ['unattributed', 'The mayor’s office, on this occasion, refused.'],
  ['unattributed', 'Brandt offered to pay for the trip (she declined) and found her a new coach.'],
  ['unattributed', 'The club offered him a second season, but he refused.'],
  ['unattributed', 'A judge on Friday refused to dismiss the fraud case against the builder.'],
  ['organization', 'The sheriff’s office has refused to reveal which agencies took part.', 'The sheriff’s office'],
  ['named-person', 'Nora Penn declined to say whether she would run again.', 'Nora Penn'],
  ['named-person', 'Nora Penn refused to comment on the ruling.', 'Nora Penn'],
  ['named-person', 'Asked about the deal, Nora Penn declined, saying it was a private matter.', 'Nora Penn'],
];

/** "called X and ...": phoning someone, an act; "called X a liar", "called X “reckless”" characterise. */
export const CALLED_PHONED: Probe[] = [
  ['unattributed', 'After the vote, Ivo Brandt called the mayor and complained about the count.'],
  ['unattributed', 'Late that night, Nora Penn called her brother and asked for a ride.'],
  ['unattributed', 'The coach called the player and offered him a new contract.'],
  ['named-person', 'Ivo Brandt called the count “a farce from start to finish.”', 'Ivo Brandt'],
  ['named-person', 'Nora Penn called the ruling a victory for tenants.', 'Nora Penn'],
  ['named-person', 'Nora Penn called the deal unfair and said she would appeal.', 'Nora Penn'],
];

/** "reported to <a place or a post>": turning up, or answering to a boss; "reported to police that" is speech. */
export const REPORTED_TO_PLACE: Probe[] = [
  ['unattributed', 'Ward staff reported to their posts at dawn.'],
  ['unattributed', 'Ivo Brandt reported to the training ground on Monday.'],
  ['unattributed', 'The new recruits reported to the base in July.'],
  ['unattributed', 'The inspector reports to the deputy minister.'],
  ['named-person', 'Nora Penn reported to police that her car had been stolen.', 'Nora Penn'],
  ['organization', 'The agency reported to parliament that costs had doubled.', 'The agency'],
];

/** "chime in" / "weigh in": a phrasal speech verb, but "chimed in unison" / "weighed in at" is a verb and a prepositional phrase. */
export const PHRASAL_IN_PP: Probe[] = [
  ['unattributed', 'Just after dawn, church bells chimed in unison across the town.'],
  ['unattributed', 'The alarms chimed in every classroom at once.'],
  ['unattributed', 'The champion weighed in at 70 kilograms on Friday.'],
  ['anonymous', '“Or being a punk in the ’80s,” another reader chimed in.', 'another reader'],
  ['named-person', 'Nora Penn chimed in with a warning about the cost.', 'Nora Penn'],
  ['named-person', 'Nora Penn weighed in on the debate over the pier.', 'Nora Penn'],
];

/** A one-word name never given to a person, speaking "in a statement" or "in a filing": a body's channel. */
export const ONE_WORD_BODY: Probe[] = [
  ['organization', 'Velmora said in a statement that the smelter would close in June.', 'Velmora'],
  ['organization', 'The mine will shut in June. Orvisto said in a filing that 400 jobs would go.', 'Orvisto'],
  ['organization', 'Tarnwick, the ferry operator, said in a news release that sailings would resume.', 'Tarnwick'],
  // A person named earlier keeps the name.
  ['named-person', 'Ada Quist runs the smelter. Quist said in a statement that it would close in June.', 'Quist'],
  ['named-person', 'Ada Quist said in a statement that the smelter would close.', 'Ada Quist'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['recording verbs', RECORDING_VERBS],
  ['negated statements', NEGATED_STATEMENTS],
  ['due to subject', DUE_TO_SUBJECT],
  ['threaten to act', THREATEN_TO_ACT],
  ['agree to act', AGREE_TO_ACT],
  ['refusal alone', REFUSAL_ALONE],
  ['called phoned', CALLED_PHONED],
  ['reported to place', REPORTED_TO_PLACE],
  ['phrasal in pp', PHRASAL_IN_PP],
  ['one-word body', ONE_WORD_BODY],
];

export const OPEN = new Set<string>([
  // Each passes with its patch in /tmp/sl/s21/rc/ (sizes approximate, gz), left out only for this helper's byte
  // budget (+120 B gz), all of which the kept rules use.
  // fails-to.diff (+19 B): subjectBefore() hands the subject of "fails/failed to" on to the speech verb, as for "went on to".
  'The ruling fails to explain why the fine was cut in half.',
  'The filing failed to mention that the firm had been sued before.',
  'Ada Quist failed to mention that she owned shares in the firm.',
  // no-mention.diff (+13 B): "mention" and "explanation" among SPEECH_NOUNS (a light verb's "made no mention of") and "makes" a light verb.
  'The county’s memo makes no mention of the second contract.',
  'The letter made no mention of the layoffs planned for spring.',
  // due-to.diff (+8 B): npBackward() reads "due to"/"owing to" as a post-modifier, like "close to".
  'A report on the collapse of the pier due to poor upkeep reveals a long list of missed checks.',
  // refuse-alone.diff (+24 B): "refused"/"declined" with nothing after is no cue. (A subject's "refused to dismiss the case"
  // needs a list of the verbs of telling after "to": about 70 B more; "dismiss" is a speech verb, "dismissed the claims as".)
  'The mayor’s office, on this occasion, refused.',
  'A judge on Friday refused to dismiss the fraud case against the builder.',
  // chimed-in-pp.diff (+57 B): "chimed/weighed in" followed by a word other than with/on/to/that/about/and/too/again/for or an
  // adverb in -ly is a verb and a prepositional phrase ("in unison", "in every classroom").
  'Just after dawn, church bells chimed in unison across the town.',
  'The alarms chimed in every classroom at once.',
]);
