/**
 * Session 17 probes, helper b: lines without end punctuation that are claims (standfirst, deck and highlight
 * lines under the headline; items after a colon lead-in), and page boilerplate that is no claim (CLAIM-FN, LIST
 * and NONCLAIM-FP in /tmp/sl/s17/kinds-w10.md). Fresh text written for this suite, none copied from gold or
 * held-out files. Same shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source;
 * expected via]; the LAST sentence of the text is checked (lines are split on "\n"; the first line is the headline).
 */
import type { Probe } from './engine-s12-probes.data';

/** Lines 2-4 under the headline, before the byline, are a standfirst or highlights: claims (CONVENTIONS "Non-claims"). */
export const DECK_LINES: Probe[] = [
  ['unattributed', 'Lakeside pool to close for a year of repairs\nThe town’s only public pool has been shut twice since March'],
  ['anonymous', 'Cold snap threatens orchard harvest\nLate frost has killed most of the apple blossom, growers say', 'growers'],
  ['organization', 'Rail strike called off at the last minute\nThe union says its members will vote on the new offer next week', 'The union'],
  ['unattributed', 'Floods live: river bursts its banks in three towns\nPower cut to 40,000 homes in two counties'],
  ['organization', 'Floods live: river bursts its banks in three towns\nPower cut to 40,000 homes in two counties\nSchools to stay shut on Friday, the county council says', 'the county council'],
  ['unattributed', 'Clinic waiting lists at record high\nMore than 9,000 patients have waited over a year\nThe longest waits are for hip and knee operations\nNurses are being moved from wards to clear the backlog'],
  // Not a standfirst: a reporter's line, a byline, a time stamp, a name, and lines after the byline or further down.
  ['none', 'Shipyard wins navy contract\nMarta Lind in Gdansk'],
  ['none', 'Shipyard wins navy contract\nMarta Lind Business correspondent'],
  ['none', 'Shipyard wins navy contract\nTue 3 Mar 2026 09.15 GMT'],
  ['none', 'Shipyard wins navy contract\nBy Marta Lind\nWelders work on a hull section at the yard in Gdansk'],
  ['none', 'Shipyard wins navy contract\nBy Marta Lind\nThe yard will build four frigates over ten years.\nA long history of building warships'],
  ['none', 'Shipyard wins navy contract\nThe yard will build four frigates over ten years. Work starts in May.\nWhat the deal means for the town'],
  ['none', 'Shipyard wins navy contract\nThe yard will build four frigates.\nIts owners hope to hire 300 welders.\nThe first hull is due in 2028.\nA long history of building warships'],
];

/** Items after a bare "<summary>:" line are the writer's claims, or take their own cue; after a source's colon line, that source's. */
export const COLON_ITEMS: Probe[] = [
  ['unattributed', 'The council met on Monday.\nWhat we know so far:\nThe east bridge will close on Monday'],
  ['organization', 'The council met on Monday.\nWhat we know so far:\nThe east bridge will close on Monday\nBuses will replace trams for a week, the transport authority said', 'the transport authority'],
  ['organization', 'The council met on Monday.\nThe main points:\nThe ferry will run every 20 minutes, police said', 'police'],
  ['unattributed', 'The council met on Monday.\nThe main points:\nThe ferry will run every 20 minutes, police said\nParking on the quay will be free in August'],
  // A source's colon line: its items stay the source's.
  ['named-person', 'The mayor spoke after the vote.\nMayor Ilse Varga said:\nThe canal path will reopen in June\nNew lights will be fitted by autumn', 'Ilse Varga'],
  // A signpost line ("Here are ...") opens section headings, not items.
  ['none', 'The court heard from him for six hours.\nHere are the main moments from his testimony:\nA quiet start in the courtroom'],
];

/** A source's colon lead-in: the lead-in and its items are the source's (CONVENTIONS "A list introduced by a source"). */
export const SOURCE_LIST: Probe[] = [
  ['anonymous', 'The hearing ran late.\nEconomists offered three explanations:', 'Economists'],
  ['anonymous', 'The hearing ran late.\nEconomists offered three explanations:\nA weaker yen\nSlower exports to China', 'Economists'],
  ['anonymous', 'The hearing ran late.\nResidents who attended raised several complaints:\nToo few buses at night'],
  ['organization', 'The hearing ran late.\nThe council said in a statement:\nThe pool will reopen in May', 'The council'],
  // Not a group speaking: a summary line, a signpost.
  ['none', 'The hearing ran late.\nKey dates for voters:'],
  ['unattributed', 'The hearing ran late.\nKey dates for voters:\nPostal ballots must arrive by Friday'],
];

/** Publisher lines, sponsor boxes, author notes and contact lines are page furniture (CONVENTIONS "Non-claims"). */
export const BOILERPLATE: Probe[] = [
  ['none', 'We are pausing our live coverage for the night.'],
  ['none', 'We’re ending our live coverage here for today.'],
  ['none', 'Thanks for following along; we will be back at 7am with the latest.'],
  ['none', 'Good morning and welcome to our live coverage of the rail strike.'],
  ['none', 'This series on coastal erosion is funded by the Marsh Foundation, which has no say over what we publish.'],
  ['none', 'Ola Brandt covers energy and climate for the Northern Courier.'],
  ['none', 'Ola Brandt writes about housing for the Northern Courier.'],
  ['none', 'Reach her at obrandt@courier.example or 555-0142.'],
  ['none', 'Email him at t.lund@courier.example.'],
  // Look-alikes that are claims.
  ['unattributed', 'The insurance covers most of the cost of the repairs.'],
  ['unattributed', 'Thanks to the new pumps, the basement stayed dry during the storm.'],
  ['unattributed', 'Rescue teams could not reach him at first because the road had flooded.'],
  ['named-person', 'Ola Brandt said the plant would close.', 'Ola Brandt'],
  ['unattributed', 'The series is funded by a grant from the state.'],
];

/** An embedded social post after "<Body> posted/tweeted ...:" is no claim, up to its "— Name (@handle) date" line. */
export const EMBEDDED_POST: Probe[] = [
  ['organization', 'Roads were closed across the valley.\nThe fire service tweeted on Sunday evening:', 'The fire service'],
  ['none', 'Roads were closed across the valley.\nThe fire service tweeted on Sunday evening:\nCrews are tackling a large grass fire near the reservoir.'],
  ['none', 'Roads were closed across the valley.\nThe fire service tweeted on Sunday evening:\nCrews are tackling a large grass fire near the reservoir.\nPlease keep windows closed.'],
  ['none', 'Roads were closed across the valley.\nThe fire service tweeted on Sunday evening:\nCrews are tackling a large grass fire near the reservoir.\n— Vale Fire (@ValeFire) May 4, 2026'],
  // After the signature the article goes on in its own voice.
  ['unattributed', 'Roads were closed across the valley.\nThe fire service tweeted on Sunday evening:\nCrews are tackling a large grass fire near the reservoir.\n— Vale Fire (@ValeFire) May 4, 2026\nThe reservoir supplies water to 20,000 homes.'],
  // A colon cue line of speech still hands its paragraph to the speaker.
  ['organization', 'Roads were closed across the valley.\nThe fire service said in a statement:\nCrews are tackling a large grass fire near the reservoir.', 'The fire service'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['deck lines', DECK_LINES],
  ['colon items', COLON_ITEMS],
  ['source list', SOURCE_LIST],
  ['boilerplate', BOILERPLATE],
  ['embedded post', EMBEDDED_POST],
];

export const OPEN = new Set<string>([
  // Live-blog and box lines kept out for bytes: an "ending" line, a welcome line (one older written batch labels such a
  // line a claim), a sponsor box, author notes with "covers <beat> for" / "writes about", an "Email him at" line.
  'We’re ending our live coverage here for today.',
  'Good morning and welcome to our live coverage of the rail strike.',
  'This series on coastal erosion is funded by the Marsh Foundation, which has no say over what we publish.',
  'Ola Brandt covers energy and climate for the Northern Courier.',
  'Ola Brandt writes about housing for the Northern Courier.',
  'Email him at t.lund@courier.example.',
  // An embedded post: its lines need the cue line's verb (posted/tweeted) kept until the "— Name (@handle)" line; not done.
  'Roads were closed across the valley.\nThe fire service tweeted on Sunday evening:\nCrews are tackling a large grass fire near the reservoir.',
  'Roads were closed across the valley.\nThe fire service tweeted on Sunday evening:\nCrews are tackling a large grass fire near the reservoir.\nPlease keep windows closed.',
]);
