/**
 * Session 20 probes (s20a): classes whose invented examples in /tmp/sl/s17/kinds-news.md still failed at the start of session
 * 20 (bare plural bodies opening a sentence, documents issued on a topic, appeals, verbs framing a quotation, ...), in fresh sentences written for this suite (none copied from gold or held-out
 * files, nor the report's invented examples), with look-alikes that must keep their reading. Same shape as
 * engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected via]; the LAST sentence is checked.
 */
import type { Probe } from './engine-s12-probes.data';

/**
 * A bare plural of a body's head noun opening the sentence ("Courts ruled", "Charities warned"), capitalised only because it
 * opens it: bodies of that kind speaking as themselves, organization, as "Federal courts" is (engine-s19a PLURAL_BODIES); also
 * after a live blog's time stamp. Firms, groups, authorities and people's plurals stay vague: anonymous.
 */
const BARE_PLURAL_BODIES: Probe[] = [
  ['organization', 'Tribunals have ruled that the fines were unlawful.', 'Tribunals'],
  ['organization', 'Charities warned on Monday that food banks were running out.', 'Charities'],
  ['organization', 'Agencies say the new rules are unworkable.', 'Agencies'],
  ['organization', 'Hospitals reported a sharp rise in flu cases over the weekend.', 'Hospitals'],
  ['organization', 'Unions have said the strike will go ahead.', 'Unions'],
  ['organization', 'Councils also complained that the grant came too late.', 'Councils'],
  ['organization', '09.40 Courts said hearings would move online.', 'Courts'],
  // Vague groups and people: anonymous; and a name that was given stays a person.
  ['anonymous', 'Firms said orders had fallen for a third month.', 'Firms'],
  ['anonymous', 'Groups said the dam was a risk to the valley.', 'Groups'],
  ['anonymous', 'Authorities said the road would stay closed.', 'Authorities'],
  ['anonymous', 'Shopkeepers said the new parking fees were unfair.', 'Shopkeepers'],
  ['named-person', 'The coach, Owen Charities, was sacked in May. Charities said the board had lied.', 'Charities'],
];

/**
 * A body or person issuing its own document on a topic ("published a study on", "released a report into", "put out a paper
 * about") says what the document says: a statement about a statement, the issuer's (the guide's "issued a statement saying"; a
 * body's spokespeople and statements are organization). Not an album, a novel or bonds, nor a date after "on".
 */
const ISSUED_DOCUMENT: Probe[] = [
  ['organization', 'The environment agency published a survey on air quality in schools.', 'The environment agency'],
  ['organization', 'The central bank has released a new report on household debt.', 'The central bank'],
  ['organization', 'The institute put out a paper about rural broadband last month.', 'The institute'],
  ['organization', 'The water board issued a detailed assessment into the state of the dykes.', 'The water board'],
  ['named-person', 'Mayor Ada Lund released her report into the fire.', 'Ada Lund'],
  ['organization', 'The inquiry panel published its findings on the crash.', 'The inquiry panel'],
  ['organization', 'The council issued a statement about the closure of the pool.', 'The council'],
  // Not a document on a topic: a date, an album, a novel, bonds, permits.
  ['unattributed', 'The ministry published a study on Monday.'],
  ['unattributed', 'The band released an album on Friday.'],
  ['unattributed', 'The publisher released a novel about the war.'],
  ['unattributed', 'The city issued new parking permits on Monday.'],
];

/**
 * An appeal made out loud (CONVENTIONS: "urged the council to", "called on voters to" are speech): Levin's 'urge' and 'advise'
 * verbs (encourage, implore, exhort, entreat, advise) with an object and "to" a verb, by a name or a noun that can speak, in any
 * tense or aspect. Not a thing or an event that encourages, nor encouragement of one person ("encouraged her to").
 */
const APPEAL: Probe[] = [
  ['named-person', 'Senator Eva Holm implored voters to back the bill.', 'Eva Holm'],
  ['anonymous', 'The headteacher has repeatedly exhorted pupils to read more.', 'The headteacher'],
  ['organization', 'Police advised drivers to avoid the ring road.', 'Police'],
  ['anonymous', 'Health officials have encouraged residents to wear masks indoors.', 'Health officials'],
  ['organization', 'The dockers’ union is encouraging its members to vote yes.', 'The dockers’ union'],
  ['named-person', 'Coach Tilde Brun encourages parents to watch the training sessions.', 'Tilde Brun'],
  // Not an appeal: tax breaks, a scheme's success, one friend's encouragement, a doctor's advice to one patient.
  ['unattributed', 'Tax breaks encouraged investors to buy second homes.'],
  ['unattributed', 'The success of the scheme encouraged the council to expand it.'],
  ['unattributed', 'Two old friends encouraged her to apply for the job.'],
  ['unattributed', 'Her doctor advised her to rest for a week.'],
];

/**
 * A verb in -ed framing a quotation (Levin 37.3 manner of speaking, and directives: "instructed", "bellowed", "snapped",
 * "sighed"), inverted right after the quotation's closing mark or ending the sentence after its subject, reports it; and an
 * inverted reporting verb opening the sentence, its subject before a colon and a quotation ("Asked one pensioner: “...”").
 */
const QUOTE_FRAME: Probe[] = [
  ['named-person', '“Keep the doors shut,” instructed Ola Berg, the head warden.', 'Ola Berg'],
  ['anonymous', '“Nobody move,” commanded the officer.', 'the officer'],
  ['named-person', '“We will win,” bellowed Coach Ivo Marek.', 'Ivo Marek'],
  ['anonymous', '“Hurry up,” snapped the driver.', 'the driver'],
  ['anonymous', '“It is over,” the old porter sighed.', 'the old porter'],
  ['named-person', 'Ana Ruiz ran the stall for years. “Stop,” she cried.', 'Ana Ruiz'],
  ['anonymous', 'Asked one pensioner: “Where is the money?”', 'one pensioner'],
  ['anonymous', 'Added the coach: “It was a fair result.”', 'the coach'],
  // Not a frame: a title's participle, a title's appositive, a participle clause opening the sentence.
  ['unattributed', '“Frozen,” released in 2013, earned a fortune.'],
  ['unattributed', '“Home Alone,” the film, grossed millions.'],
  ['unattributed', 'Asked whether the plan would work, she shrugged.'],
];

/**
 * The agent of a passive judgment (Levin 33 praise and blame verbs: criticise, condemn, praise, slam, hail, welcome) after "has
 * been" is its source, as after "was" (the guide: a passive report's agent, "was confirmed by police"). Not an act's agent
 * ("closed by police", "charged by police", "painted by volunteers"), nor a state ("has been acknowledged by").
 */
const PASSIVE_JUDGMENT: Probe[] = [
  ['organization', 'The new timetable has been criticised by the Ferry Users Association.', 'the Ferry Users Association'],
  ['named-person', 'The coach has been praised by Mayor Tove Lind.', 'Tove Lind'],
  ['organization', 'The verdict has been condemned by Amnesty International.', 'Amnesty International'],
  ['anonymous', 'The grazing plan has also been slammed by farmers.', 'farmers'],
  ['organization', 'The ferry link has been hailed as a success by the ministry.', 'the ministry'],
  // Acts and states: the agent is no source.
  ['unattributed', 'The bridge has been closed by police.'],
  ['unattributed', 'The driver has been charged by police.'],
  ['unattributed', 'The old wall has been painted by volunteers.'],
  ['unattributed', 'The damage has been acknowledged by the insurers.'],
];

/**
 * A quotation that opens a paragraph after a colon cue line ("X said in a statement: ¶ “...") runs on to its closing mark, each
 * paragraph the speaker's, whether or not the next paragraphs reopen it (the guide: sentences inside a quotation take its
 * attribution). A quotation reopened after an ordinary paragraph, or a paragraph after a closed one, is not carried this way.
 */
const COLON_QUOTE_PARAGRAPHS: Probe[] = [
  ['organization', 'The Coast Guard said in a statement:\n\n“Two divers are at the wreck.\n\nThe search will go on through the night.', 'The Coast Guard'],
  ['organization', 'The Coast Guard said in a statement:\n\n“Two divers are at the wreck.\n\nThe search will go on through the night.\n\nFamilies will be told first.”', 'The Coast Guard'],
  ['named-person', 'Mayor Vera Lund said:\n\n“The pool will reopen in May.\n\nIt will cost less than we feared.”', 'Vera Lund'],
  ['named-person', 'Mayor Vera Lund wrote on Facebook:\n\n“The pool will reopen in May.\n\n“It will cost less than we feared.”', 'Vera Lund'],
  // Closed before the paragraph ends, or no colon cue line: the next paragraph is the writer's.
  ['unattributed', 'Mayor Vera Lund said:\n\n“The pool will reopen in May.”\n\nThe work began in 2021.'],
  ['unattributed', 'The pool has been shut since March.\n\n“The pool will reopen in May, the sign on the gate says.\n\nThe work began in 2021.'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['bare plural bodies', BARE_PLURAL_BODIES],
  ['issued document', ISSUED_DOCUMENT],
  ['appeal', APPEAL],
  ['quote frame', QUOTE_FRAME],
  ['passive judgment', PASSIVE_JUDGMENT],
  ['colon quote paragraphs', COLON_QUOTE_PARAGRAPHS],
];

export const OPEN = new Set<string>([
  // A document issued on a topic: the rule is written (/tmp/sl/s20/ra/rule-1a-issued.patch, no dev, tuned or w10 change) but held
  // back for bytes: about +70 B gzip alone, +170 B in the shipped build's order search, past this helper's share of the room.
  'The environment agency published a survey on air quality in schools.',
  'The central bank has released a new report on household debt.',
  'The institute put out a paper about rural broadband last month.',
  'The water board issued a detailed assessment into the state of the dykes.',
  'Mayor Ada Lund released her report into the fire.',
  'The inquiry panel published its findings on the crash.',
  'The council issued a statement about the closure of the pool.',
  // An appeal made out loud: the rule is written (/tmp/sl/s20/ra/rule-1c-appeal.patch, no dev, tuned or w10 change; it also
  // passes engine-s18b's two OPEN "encouraged" probes) but held back for bytes: about +90 B gzip, +125 B shipped.
  'Senator Eva Holm implored voters to back the bill.',
  'The headteacher has repeatedly exhorted pupils to read more.',
  'Police advised drivers to avoid the ring road.',
  'Health officials have encouraged residents to wear masks indoors.',
  'The dockers’ union is encouraging its members to vote yes.',
  'Coach Tilde Brun encourages parents to watch the training sessions.',
]);
