/**
 * Session 18 probes (s18a): the two media constructions of kinds-news.md §6 item 1 (a trailing inverted cue after a fronted
 * clause whose source phrase has an appositive; an existential "There was <speech noun> on <Outlet> that ..."), the open
 * regressions of §3 / §6 item 2, and a named person's "a lawyer hired by X" appositive, in fresh sentences written for this
 * suite (none copied from gold, held-out files or the report's invented examples). Same shape as engine-s12-probes.data.ts:
 * [expected tag, or 'none'; text; expected source; expected via]; the LAST sentence of the text is checked.
 */
import type { Probe } from './engine-s12-probes.data';

/** "As X happened, Y happened, said <source>, <appositive>.": the verb is inverted after the main clause, whatever follows the source. */
const INVERTED_AFTER_FRONTED_CLAUSE: Probe[] = [
  ['media', 'As the tide rose, the sea wall gave way, reported Nadia Brook of Radio Kestrel, who was on the promenade.', 'Radio Kestrel'],
  ['media', 'When the lights failed, the audience sat in silence, wrote Pavel Mraz of the Northfield Courier, who was in the third row.', 'the Northfield Courier'],
  ['media', 'Once the gates opened, the crowd surged forward, noted the Harbour Gazette, which had two reporters at the ground.', 'the Harbour Gazette'],
  ['named-person', 'When the flood came, the footbridge washed away, said Idris Kane, a ferryman.', 'Idris Kane'],
  ['named-person', 'As the fire spread, the barn roof caved in, added Marta Solis, a farmer who lives next door.', 'Marta Solis'],
  ['named-person', 'Because the pumps stopped, the mine shaft filled with water, recalled Li Wen, an engineer who was on the night shift.', 'Li Wen'],
  ['named-person', 'While the ferry listed, the crew kept calm, said Captain Ruth Okafor of the coast guard, who led the rescue.', 'Ruth Okafor'],
  ['anonymous', 'As the smoke thickened, the ward was evacuated, said a firefighter, who asked not to be named.', 'a firefighter'],
  ['anonymous', 'Though the count finished late, turnout was low, said two officials, who gave no figures.', 'two officials'],
  ['organization', 'As the water rose, the tunnel was closed, said a spokesman for the rail operator, who declined to give his name.', 'a spokesman for the rail operator'],
  ['media', 'In the gale, the old pier collapsed, reported Nadia Brook of Radio Kestrel, who filmed it.', 'Radio Kestrel'],
  // Look-alikes: an appositive before a verb with its own clause; a fronted clause whose subject has an appositive; an object, not a source.
  ['named-person', 'Hollis, the caretaker who retired, said the boiler was broken.', 'Hollis'],
  ['named-person', 'Hollis, the caretaker who retired in May, told the board the boiler was broken.', 'Hollis'],
  ['unattributed', 'When Hollis, the caretaker who retired, said the boiler was broken, nobody listened.'],
  ['unattributed', 'When the club, a charity, reported a loss, the fans left.'],
  ['unattributed', 'As the storm passed, the harbour reopened, said to be the busiest in the region.'],
];

/** "There was/is <speech or belief noun> on/in <Outlet> | among <group> that ...": the outlet (media) or the group. */
const EXISTENTIAL_SPEECH_NOUN: Probe[] = [
  ['media', 'There was speculation on Radio Kestrel that the harbour master would resign.', 'Radio Kestrel'],
  ['media', 'There were reports in the Northfield Courier that the paper mill would close.', 'the Northfield Courier'],
  ['media', 'There has been talk in the Evening Post that the striker is for sale.', 'the Evening Post'],
  ['media', 'There was a suggestion on BBC Radio 4 that bus fares would rise.', 'BBC Radio 4'],
  ['media', 'There were rumours in The Times that the merger was off.', 'The Times'],
  ['anonymous', 'There is a growing belief among fishermen that the quotas are too low.', 'fishermen'],
  ['anonymous', 'There was talk among residents that the factory would reopen.', 'residents'],
  ['anonymous', 'There is widespread speculation among investors that rates will fall.', 'investors'],
  // Look-alikes: no source, a topic or a programme instead of a source, a feeling instead of speech, a place instead of an outlet.
  ['unattributed', 'There was a report on flooding in the valley.'],
  ['unattributed', 'There was a programme on Radio Kestrel about the floods.'],
  ['unattributed', 'There is talk of a merger.'],
  ['unattributed', 'There is speculation that the mayor will resign.'],
  ['unattributed', 'There was anger among fishermen that the quotas had been cut.'],
  ['unattributed', 'There was speculation in Westbridge that the mayor would resign.'],
];

/** The regressions of kinds-news.md §3 still open at 1ce4fc1 (the dash one was fixed there: checked here). */
const REGRESSIONS: Probe[] = [
  // 369e65b / 1ce4fc1: "-- according to X --" after the main verb attributes the sentence.
  ['document', 'The ferry line will get a grant — according to the council minutes — "to keep the crossing open".', 'the council minutes'],
  ['document', 'The smelter released 12 tonnes of lead — according to state records — into the estuary.', 'state records'],
  // 5359606: a question quoted whole after a comma or colon ends its sentence; the next speaker starts a new one.
  ['anonymous', 'A commuter asked angrily, “Where is the train?” A porter answered: “Nobody knows.”', 'A porter'],
  ['named-person', 'The reporter asked, "Will you resign?" Mayor Ines Vale replied that she would not.', 'Ines Vale'],
  ['anonymous', 'One fan shouted: “Where is the goalkeeper?” A guard replied that he had gone home.', 'A guard'],
  // (Still one sentence: a question that is the object of a subordinate clause; a quoted question its own attribution follows.)
  ['named-person', 'After a trustee asked last week “Why has this taken a year?” Mr. Lomax responded that staff were busy.', 'Lomax'],
  ['named-person', '“Why now?” Senator Ekberg asked.', 'Ekberg'],
  // 5359606: a long title ending in "the Department/Ministry of <field>" before a name keeps the name.
  ['named-person', 'With the works done, Secretary in the Department of Health Aiko Brandt said, "The budget is balanced."', 'Aiko Brandt'],
  ['named-person', 'Permanent Secretary in the Ministry of Finance Tomas Reyna said the deficit had narrowed.', 'Tomas Reyna'],
  ['named-person', 'Deputy Secretary in the Ministry of Health Aiko Brandt said, "The budget is balanced. Nobody will pay more."', 'Aiko Brandt'],
  ['named-person', 'Director in the Ministry of Defence Nils Aberg told reporters the base would close.', 'Nils Aberg'],
  ['anonymous', 'Friends of Ms. Adeyemi said she had left the country.', 'Friends of Ms. Adeyemi'],
  // b9015e1: "considered <a noun phrase> which ..." is no thought with a clause.
  ['unattributed', 'Later the council considered a petition which demanded that the pool reopen.'],
  ['unattributed', 'The board considered a proposal which said fares should rise.'],
  ['unattributed', 'The panel reviewed a complaint that accused the coach of bullying.'],
  ['organization', 'The council considered that the plan was unaffordable.', 'The council'],
  ['anonymous', 'Some economists believe the rise that was announced is too small.'],
  // 957e68b: a plural profession noun after its group was named (a "<Noun>s for <Name>" group) is that group.
  ['organization', 'A group of porters wrote to the trust.\n\nThe porters, members of a new group Porters for Safe Wards, asked for more staff.\n\nThe porters said the corridors were unsafe.', 'Porters for Safe Wards'],
  ['organization', 'The cleaners told the board that two lifts were broken.\n\nThe cleaners, members of the campaign group Cleaners for Fair Pay, walked out on Monday.\n\nThe cleaners warned that more would strike.', 'Cleaners for Fair Pay'],
  ['anonymous', 'The cleaners told the board that two lifts were broken.\n\nThe cleaners, who work for Westgate Estates, walked out on Monday.\n\nThe cleaners warned that more would strike.', 'The cleaners'],
];

/** A named person with an appositive description is a named person: the "a lawyer for X" rule is for an unnamed speaker. */
const NAMED_WITH_HIRED_APPOSITIVE: Probe[] = [
  ['named-person', 'Jana Holt, a lawyer hired by the firm, said the deal was fair.', 'Jana Holt'],
  ['named-person', 'Ola Brenn, an engineer employed by the council, said the bridge was unsafe.', 'Ola Brenn'],
  ['named-person', 'Kit Marlow, a consultant retained by the city, said the tunnel was sound.', 'Kit Marlow'],
  ['named-person', 'The contract was fair, said Jana Holt, a lawyer hired by the union.', 'Jana Holt'],
  ['named-person', 'Jana Holt, a lawyer for the firm, said the deal was fair.', 'Jana Holt'],
  // Look-alikes: a body described by what made it; the unnamed lawyer speaks for X.
  ['organization', 'Kivu Aid, a charity founded by two nurses, said the clinic had closed.', 'Kivu Aid'],
  ['organization', 'Zentrix, a startup backed by a state fund, said the chip was ready.', 'Zentrix'],
  ['organization', 'A lawyer for the firm said the deal was fair.'],
];

/** Left open, with why (run as todo). */
const OPEN_PROBES: Probe[] = [
  // A one-word fronted adverb is read as the subject ("Overnight" a person): no word class tells it from a surname.
  ['media', 'Overnight, the sea wall gave way, reported Nadia Brook of Radio Kestrel, who was on the promenade.', 'Radio Kestrel'],
  // Only "There" opening the sentence is read (a check at token 0, off the per-token path): not after a fronted adverbial.
  ['media', 'On Monday, there was speculation on Radio Kestrel that the harbour master would resign.', 'Radio Kestrel'],
  // "Channel 9" is not known as an outlet (TYPE, outlet lexicon), so the existential reading is not taken.
  ['media', 'There is talk on Channel 9 that the coach will be sacked.', 'Channel 9'],
  // A field word that is neither a title nor a body's ("Transport") joins an unknown first name: the title's "of" then hides the name.
  ['named-person', 'Secretary in the Department of Transport Aiko Brandt said the rail budget was balanced.', 'Aiko Brandt'],
  // "considers X to be" (CONVENTIONS: attributed) is not read as a thought verb with an object and infinitive.
  ['organization', 'The council considers the plan to be unaffordable.', 'The council'],
  // A "<Noun>s for <Name>" group opening the sentence is read as unnamed people capitalised at the start.
  ['organization', 'Midwives for Safe Wards said the ward would close in May.', 'Midwives for Safe Wards'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['inverted cue after a fronted clause', INVERTED_AFTER_FRONTED_CLAUSE],
  ['existential speech noun', EXISTENTIAL_SPEECH_NOUN],
  ['regressions', REGRESSIONS],
  ['named person hired by a body', NAMED_WITH_HIRED_APPOSITIVE],
  ['open', OPEN_PROBES],
];

/** Probes the engine does not yet read right, with why; they run as todo. */
export const OPEN = new Set<string>(OPEN_PROBES.map((p) => p[1]));
