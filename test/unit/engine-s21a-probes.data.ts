/**
 * Session 21 probes (s21a): classes behind the written batch w11's errors (/tmp/sl/s21/kinds-w11.md, T1-T3, L1, S1-S3), in
 * fresh sentences written for this suite (none copied from gold or held-out files, nor the report's invented examples), with
 * look-alikes that must keep their reading. Same shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected
 * source; expected via]; the LAST sentence is checked. A text opening "PUB=<publisher>||" is read with that publisher.
 */
import type { Probe } from './engine-s12-probes.data';

/**
 * A newspaper's title by its head alone ("the Tribune", "the Dispatch") or after a place ("The Moorland Banner"): an outlet,
 * media, in the subject, after "according to" and in the trailing ", the <Title> reported"; a title head that is also a
 * document noun ("the Journal", "the Post") is the paper. The outlet citing a source hands the tag to the source (via).
 */
const OUTLET_TITLES: Probe[] = [
  ['media', 'The ferry service will end in October, the Tribune reported on Tuesday.', 'the Tribune'],
  ['media', 'Rents in the old town rose by a fifth last year, the Standard reported.', 'the Standard'],
  ['media', 'The paper mill will close in the spring, according to the Dispatch.', 'the Dispatch'],
  ['media', 'The Inquirer reported on Sunday that two council members had quit.', 'the Inquirer'],
  ['media', 'The Moorland Banner reported that the quarry would reopen in June.', 'The Moorland Banner'],
  ['media', 'The school board met in secret twice, the Journal reported.', 'the Journal'],
  ['media', 'The Post first reported the land deal in March.', 'the Post'],
  ['media', 'The Leader wrote last week that the bypass would cost twice as much.', 'the Leader'],
  ['media', 'The Advocate said in an editorial that the sheriff should resign.', 'the Advocate'],
  ['media', 'Two wards were shut over the winter, the Globe reported.', 'the Globe'],
  ['media', 'The Clarion has reported that the mayor owns shares in the firm.', 'the Clarion'],
  // The chain: the outlet's source decides the tag.
  ['anonymous', 'The museum will shut its east wing, the Examiner reported, citing three staff members.', 'three staff members', 'the Examiner'],
  ['anonymous', 'The pier will be rebuilt next year, the Courier reported, citing a council engineer.', 'a council engineer', 'the Courier'],
  ['organization', 'The Monitor reported, citing the harbour authority, that the dredging had stopped.', 'the harbour authority', 'the Monitor'],
  // Look-alikes: a title word inside a body's or a person's name, and a capitalised document.
  ['organization', 'The Post Office said deliveries would resume on Monday.'],
  ['named-person', 'Mayor Lena Post said the pool would reopen in May.', 'Lena Post'],
  ['named-person', 'Senate Majority Leader Ann Cole said the bill would pass.', 'Ann Cole'],
  ['anonymous', 'The vote will be held on Monday, the Leader of the House said.'],
  ['document', 'The report, published by the Tribune on Friday, shows that rents rose.'],
];

/** A body's head noun for institutions of learning, trade and the arts ("Academy", "Guild", "Consortium"): a body, after "The". */
const INSTITUTION_HEADS: Probe[] = [
  ['organization', 'The Norland Academy of Music said the concerts would resume in May.'],
  ['organization', 'The Westbrook Guild of Weavers warned that prices would rise.'],
  ['organization', 'The Harbor Consortium announced that it would bid for the contract.'],
  ['organization', 'The Eastfield Conservatory told parents that the hall would close.'],
  ['organization', 'The Riverside Collective said in a statement that the mural would be repainted.'],
  ['organization', 'The Ridgeway Orchestra has confirmed that the tour is cancelled.'],
  ['organization', 'St. Anselm Seminary said the chapel would reopen in the autumn.'],
  ['organization', 'Northgate Polytechnic said enrolment had doubled since 2019.'],
  // A person after "the" and a word that describes them keeps the name.
  ['named-person', 'The Rev. Anna Pike said the chapel would reopen.', 'Anna Pike'],
  ['named-person', 'The late Diego Morales once said the club would never be sold.', 'Diego Morales'],
  ['named-person', 'The actor Tom Reyes said the theatre would close.', 'Tom Reyes'],
];

/** A capitalised bare plural of people opening the sentence, "-mates" compounds too: unnamed people, anonymous, not a name. */
const MATES_PLURALS: Probe[] = [
  ['anonymous', 'Classmates said she was the fastest runner in the school.', 'Classmates'],
  ['anonymous', 'Teammates say he never skips a training session.', 'Teammates'],
  ['anonymous', 'Bandmates recalled that he wrote every song on the first album.', 'Bandmates'],
  ['anonymous', 'Roommates told police they heard nothing that night.', 'Roommates'],
  ['anonymous', 'Former shipmates described the captain as calm under pressure.'],
  ['anonymous', 'A classmate said he had been bullied for months.', 'A classmate'],
  // Not people: an estimate is a document; and a surname in -mates after a first name is a person.
  ['document', 'Estimates suggest the repairs will cost $4 million.'],
  ['named-person', 'Jan Mates said the flat was always cold.', 'Jan Mates'],
];

/**
 * A disclosure verb under negation ("did not name", "has not identified", "would not release the names"): a statement about a
 * statement, attributed to its subject (CONVENTIONS). "Name" with an indefinite object is an appointment, and a passive or a
 * positive "named" is narration.
 */
const NEGATED_NAMING: Probe[] = [
  ['organization', 'The ministry said four envoys had broken the rules.\n\nThe ministry did not name the envoys.', 'The ministry'],
  ['organization', 'Police said two men were arrested on Friday.\n\nPolice have not named the men.', 'Police'],
  ['organization', 'The hospital has not yet publicly named the surgeon.', 'The hospital'],
  ['anonymous', 'Officials have yet to name the victims of the crash.', 'Officials'],
  ['organization', 'The company has not disclosed the names of the buyers.', 'The company'],
  ['organization', 'The school didn’t identify the teacher involved.', 'The school'],
  ['organization', 'The club never named the player who failed the test.', 'The club'],
  ['organization', 'The agency would not name them.', 'The agency'],
  ['organization', 'The army has not released the names of the dead.', 'The army'],
  ['organization', 'The regulator did not give details of the fine.', 'The regulator'],
  // Appointments, naming after, passives and positive "named": narration.
  ['unattributed', 'The club has not named a new coach since March.'],
  ['unattributed', 'The board did not name a successor before the vote.'],
  ['unattributed', 'The council named the bridge after a local nurse.'],
  ['unattributed', 'The victims have not been named.'],
  ['unattributed', 'The suspects were not identified until Monday.'],
  ['unattributed', 'The man, 42, has not been named by police.'],
  ['unattributed', 'The audit was not released until June.'],
];

/** A negative quantifier as the subject ("No group", "Nobody", "No one", "None of"): nobody is cited, the writer speaks. */
const NEGATIVE_SUBJECTS: Probe[] = [
  ['unattributed', 'A depot burned down overnight.\n\nNo group has claimed the attack.'],
  ['unattributed', 'A depot burned down overnight.\n\nNobody has said what caused it.'],
  ['unattributed', 'A depot burned down overnight.\n\nNo one has explained why the alarm failed.'],
  ['unattributed', 'A depot burned down overnight.\n\nNone of the guards reported the fire.'],
  ['unattributed', 'No company has announced plans to rebuild the pier.'],
  ['unattributed', 'No resident reported hearing an explosion.'],
  // The writer's clause with a source after it keeps that source.
  ['organization', 'No one was hurt, the fire service said.', 'the fire service'],
  ['anonymous', 'Nobody expected the vote to pass, one aide said.', 'one aide'],
  ['anonymous', 'None of it was true, a neighbour said.', 'a neighbour'],
];

/** A plural noun spelled like a cue verb after a noun premodifier, in an object ("examined accident reports"): no cue. */
const NOUN_REPORTS: Probe[] = [
  ['unattributed', 'The team examined accident reports involving ferries.'],
  ['unattributed', 'The auditors studied police reports from six harbours.'],
  ['unattributed', 'The agency collected incident reports involving drones.'],
  ['unattributed', 'The panel compared the weather reports from two stations.'],
  ['unattributed', 'Volunteers sorted old damage reports by hand.'],
  // A subject before the verb "reports" keeps it.
  ['organization', 'The ministry reports that exports rose in May.', 'The ministry'],
  ['anonymous', 'The coroner reports that the man drowned.', 'The coroner'],
  ['organization', 'The embattled ministry reports that exports rose in May.'],
  ['document', 'Police reports show the driver was speeding.'],
];

/**
 * The publishing outlet's own review, analysis or investigation, by its short name as a premodifier ("A Tribune analysis") or
 * possessive, or the outlet by its short name whatever its head: the writer, unattributed (CONVENTIONS). Another outlet's stays.
 */
const PUBLISHER_OWN: Probe[] = [
  ['unattributed', 'PUB=The Lakeside Tribune||A Tribune analysis of tax records found that rents doubled.'],
  ['unattributed', 'PUB=The Lakeside Tribune||Rents doubled in four years, according to a Tribune review of tax records.'],
  ['unattributed', 'PUB=The Lakeside Tribune||A Tribune investigation found that the pumps had failed twice.'],
  ['unattributed', 'PUB=The Lakeside Tribune||Rents doubled, according to the Tribune’s analysis.'],
  ['unattributed', 'PUB=The Lakeside Lantern||The Lantern reported last spring that rents had doubled.'],
  ['unattributed', 'PUB=The Lakeside Lantern||A Lantern survey of 40 landlords found that most raised rents.'],
  ['unattributed', 'PUB=The Ledger||A Ledger review of jail records found that six inmates died.'],
  // Another outlet's or body's analysis, and a person whose name is the publisher's word.
  ['document', 'PUB=The Lakeside Tribune||A county review of tax records found that rents doubled.'],
  ['media', 'PUB=The Lakeside Tribune||A Reuters analysis found that rents doubled.'],
  ['document', 'PUB=The Lakeside Tribune||A Harvard analysis found that rents doubled.'],
  ['named-person', 'PUB=The Hill||Jonah Hill spoke first.\n\nHill said the film had been cut.', 'Hill'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['outlet titles', OUTLET_TITLES],
  ['institution heads', INSTITUTION_HEADS],
  ['mates plurals', MATES_PLURALS],
  ['negated naming', NEGATED_NAMING],
  ['negative subjects', NEGATIVE_SUBJECTS],
  ['noun reports', NOUN_REPORTS],
  ['publisher own', PUBLISHER_OWN],
];

export const OPEN = new Set<string>([
  // Title heads that are also words for people ("Leader", "Advocate"; "Mail" too): the rule (findOutlet() reads them as a title
  // only alone after "the", and classifyInner() keeps an anonymous word as the head only outside the outlet's name) passes both
  // and changes no tuned/dev/w10 output, but costs 29 B gzipped, over this helper's budget: /tmp/sl/s21/ra/T2-leader-advocate-mail.diff.
  'The Leader wrote last week that the bypass would cost twice as much.',
  'The Advocate said in an editorial that the sheriff should resign.',
  // Already wrong at HEAD: a title head ending a person's name after a job title ("Mayor Lena Post") reads as an outlet's name;
  // needs a title or first-name test in findOutlet()'s shape rule.
  'Mayor Lena Post said the pool would reopen in May.',
  // Institution heads: adding academy|guild|consortium|conservatory|syndicate|collective|cooperative|seminary|polytechnic|orchestra|library
  // to ORG_WORDS passes all eight and changes no tuned/dev/w10/older-written output, but costs 48 B gzipped, over budget:
  // /tmp/sl/s21/ra/T3-institution-heads.diff. (A cheaper rule, "no person's name right after 'the'", passes the six with "The"
  // but moved one older written sentence the wrong way.)
  'The Norland Academy of Music said the concerts would resume in May.',
  'The Westbrook Guild of Weavers warned that prices would rise.',
  'The Harbor Consortium announced that it would bid for the contract.',
  'The Eastfield Conservatory told parents that the hall would close.',
  'The Riverside Collective said in a statement that the mural would be repainted.',
  'The Ridgeway Orchestra has confirmed that the tour is cancelled.',
  'St. Anselm Seminary said the chapel would reopen in the autumn.',
  'Northgate Polytechnic said enrolment had doubled since 2019.',
  // "give details / their names" under negation: "give" needs its object read (details, names), not taken.
  'The regulator did not give details of the fine.',
  // Noun "reports" after an -ed verb and a premodifier: the rule (findCandidates() skips "reports" when a lower-case -ed word
  // after a non-determiner comes within three words before it) passes all and changes no tuned/dev/w10/older-written output, but
  // costs 53 B gzipped, over budget: /tmp/sl/s21/ra/S2-noun-reports.diff.
  'The team examined accident reports involving ferries.',
  'The auditors studied police reports from six harbours.',
  'The agency collected incident reports involving drones.',
  'The panel compared the weather reports from two stations.',
  // The publisher by its short name after an article, whatever the head: the rule (decide() returns null when a capitalised run
  // after "the/a/an" in the source phrase is the end of the publisher's name) passes all and changes no tuned/dev/w10/older
  // written output, but costs 65 B gzipped, over budget: /tmp/sl/s21/ra/S3-publisher-short-name.diff.
  'PUB=The Lakeside Tribune||A Tribune analysis of tax records found that rents doubled.',
  'PUB=The Lakeside Tribune||Rents doubled in four years, according to a Tribune review of tax records.',
  'PUB=The Lakeside Tribune||A Tribune investigation found that the pumps had failed twice.',
  'PUB=The Lakeside Tribune||Rents doubled, according to the Tribune’s analysis.',
  'PUB=The Lakeside Lantern||The Lantern reported last spring that rents had doubled.',
  'PUB=The Lakeside Lantern||A Lantern survey of 40 landlords found that most raised rents.',
  'PUB=The Ledger||A Ledger review of jail records found that six inmates died.',
]);
