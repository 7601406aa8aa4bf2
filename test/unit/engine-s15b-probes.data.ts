/**
 * Session 15 probes (s15b): fresh constructions written for this suite (none copied from gold or held-out
 * files), each in several variants so that a fix is general. Same shape as engine-s12-probes.data.ts:
 * [expected tag, or 'none'; text; expected source; expected via]; the LAST sentence of the text is
 * checked; source and via only when given.
 */
import type { Probe } from './engine-s12-probes.data';

/** An outlet named only as the channel a source spoke to ("told Radio Norte") is no antecedent for "it", "they" or "the agency". */
const CHANNEL_OUTLETS: Probe[] = [
  ['organization', 'The Port Authority closed the ferry terminal on Friday. Its director, Marta Delgado, told Radio Norte that the pier was unsafe. The agency said repairs would start in June.'],
  ['organization', 'The Harbour Board met on Tuesday. Its chair, Ola Berg, told the Coastal Times that dredging would start soon. It said the work would take a year.'],
  ['organization', 'The Water Agency cut supplies to four towns. Kim Dahl, a farmer, told Channel 9 she had lost her crop. The agency said supplies would resume on Monday.'],
  // Still an outlet: one that spoke for itself, and "the newspaper" after a channel.
  ['media', 'Reuters reported the deal on Monday. The agency said the talks had lasted months.', 'Reuters'],
  ['media', 'Maria Lopez told the Daily Ledger that she would run. The newspaper reported that her campaign had raised $2 million.', 'the Daily Ledger'],
];

/** "A spokeswoman for X" speaks for X (organization, X a person too), and so does the "she" after it. */
const SPOKES_FOR: Probe[] = [
  ['organization', 'A spokeswoman for the Harbour Pilots Guild said the strike would begin on Monday.'],
  ['organization', 'A spokeswoman for the Harbour Pilots Guild said the strike would begin on Monday. “Nobody wants ships stuck at sea,” she said.'],
  ['organization', 'A spokesman for the Northern Grain Cooperative declined to give figures. He added that the silos were nearly full.'],
  ['organization', 'A representative for the singer Lila Fenn confirmed the tour was cancelled.'],
  ['organization', 'A representative for the singer Lila Fenn confirmed the tour was cancelled. “She needs rest,” he said.'],
  ['organization', 'A spokesperson for Senator Hal Brandt said the vote would be delayed.'],
  // The person named is the source when the spokesperson has a name.
  ['named-person', 'Anne Voss, a spokeswoman for the Harbour Pilots Guild, said the strike would begin on Monday.', 'Anne Voss'],
  ['named-person', '“We will not move,” said Teo Marsh, a spokesman for the Northern Grain Cooperative.', 'Teo Marsh'],
];

/** A title before a surname that is also a company's name names a person ("Judge Honda"). */
const TITLE_COMPANY_SURNAME: Probe[] = [
  ['named-person', '“The appeal has no merit,” Judge Honda said.', 'Honda'],
  ['named-person', 'Senator Ford said the bill would pass by Friday.', 'Ford'],
  ['named-person', 'Professor Dell told the committee the data were incomplete.', 'Dell'],
  // The company itself.
  ['organization', 'Honda said sales fell by 4 percent in May.'],
  ['organization', 'Ford Motor said it would close two plants.'],
];

/** "Name from the <body>": the person, not the body. */
const NAME_FROM_BODY: Probe[] = [
  ['named-person', '“The road was closed for hours,” said Rhea Vance from the Kent police.', 'Rhea Vance'],
  ['named-person', 'Oskar Lind from the city council told reporters the budget was short.', 'Oskar Lind'],
  ['named-person', '“Nobody was hurt,” said Nadia Farouk from the fire service.', 'Nadia Farouk'],
  ['anonymous', 'A doctor from the Red Cross said the clinic had run out of insulin.'],
];

/** Unnamed people: staff of a place, those around a named person, "one Vermont Republican". */
const UNNAMED_PEOPLE: Probe[] = [
  ['anonymous', 'Staff at the depot said the buses had not been serviced.'],
  ['anonymous', 'Staff at the care home told inspectors that meals were often late.'],
  ['organization', 'Police at the scene said two men had been arrested.'],
  ['anonymous', 'Those close to Mr. Osei said he would not resign.'],
  ['anonymous', 'People close to Ms. Adeyemi said she had been unwell for months.'],
  ['anonymous', 'Sources close to Senator Brandt told reporters the bill was dead.'],
  ['anonymous', 'Friends of Ms. Adeyemi said she had been unwell for months.'],
  ['named-person', 'Mr. Osei said he would not resign.', 'Osei'],
  ['anonymous', '“We are worried,” said one Vermont Republican.'],
  ['anonymous', 'Another Texas Democrat said the map was unfair.'],
  ['named-person', 'Texas Democrat Lena Ruiz said the map was unfair.'],
];

/** "according to <plural body noun>": the bodies, not a document. */
const ACCORDING_TO_BODIES: Probe[] = [
  ['organization', 'Forty ships sat idle in the port, according to dockworkers’ unions.'],
  ['organization', 'Most schools will close on Friday, according to teachers’ unions.'],
  ['document', 'Most schools will close on Friday, according to union records.'],
];

/** A bare cue line ending in a colon, then lines without end punctuation: the speaker's items. */
const COLON_ITEMS: Probe[] = [
  ['named-person', 'Speaking at the quay on Monday, Mayor Vera Lund said:\nThe canal must be cleared before spring', 'Vera Lund'],
  ['named-person', 'Speaking at the quay on Monday, Mayor Vera Lund said:\nThe canal must be cleared before spring\nTram fares will stay frozen until 2027', 'Vera Lund'],
  ['organization', 'The nurses’ union said in a statement:\nWages must rise with inflation\nOvertime must stay voluntary'],
  // The run stops at a line with end punctuation, and at a new cue.
  ['unattributed', 'Speaking at the quay on Monday, Mayor Vera Lund said:\nThe canal must be cleared before spring\nThe city opened a new library in May.'],
  ['organization', 'Mayor Vera Lund said:\nThe canal must be cleared\nPolice said two roads were closed.', 'Police'],
  // Not after a plain sentence: a line without end punctuation stays a heading.
  ['none', 'Mayor Vera Lund said the canal would be cleared.\nTram fares in the city'],
];

/** A role noun ("the governor") finds the person named with that title, past one sentence from their office. */
const ROLE_PAST_OFFICE: Probe[] = [
  ['named-person', 'Gov. Mara Velde visited the dam. Her office said she was at a conference in Oslo. The governor said the repairs would begin soon.', 'Mara Velde'],
  ['named-person', 'Sen. Lena Holt left the chamber early. Her office said she had a flight to catch. The senator said the bill would pass.', 'Lena Holt'],
  ['named-person', 'Sheriff Dan Kroll inspected the jail on Friday. His office said he had asked for more guards. The sheriff said the jail was overcrowded.', 'Dan Kroll'],
  // Nobody named with the title: an unnamed official.
  ['anonymous', 'Flood water rose in the valley overnight. Residents fled to the hills. The governor said troops would be sent.'],
];

/** "she replied" after "X asked Y": Y. */
const REPLIES: Probe[] = [
  ['named-person', 'A reporter asked Mayor Ines Park whether the pool would reopen. “Not this summer,” she replied.', 'Ines Park'],
  ['named-person', 'A student asked Tomas Berger about the fees. “They will fall next year,” he answered.', 'Tomas Berger'],
];

/** A named person keeps their name whatever an appositive says of them ("close to", "familiar with"); a description does not. */
export const NAMED_WITH_APPOSITIVE: Probe[] = [
  ['named-person', 'Maria Lopez, who is close to the governor, said the talks had stalled.', 'Maria Lopez'],
  ['named-person', 'Jon Ekberg, a lawyer close to the family, said the will had been forged.', 'Jon Ekberg'],
  ['named-person', 'Priya Raman, an analyst familiar with the matter, said the sale was off.', 'Priya Raman'],
  ['anonymous', 'A Transport Ministry spokesperson, who asked not to be identified, said the line would reopen.'],
  ['anonymous', 'Two engineers, who spoke on condition of anonymity, said the dam was leaking.'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['channel outlets', CHANNEL_OUTLETS],
  ['spokesperson for', SPOKES_FOR],
  ['title + company surname', TITLE_COMPANY_SURNAME],
  ['name from a body', NAME_FROM_BODY],
  ['unnamed people', UNNAMED_PEOPLE],
  ['according to bodies', ACCORDING_TO_BODIES],
  ['colon items', COLON_ITEMS],
  ['role past an office', ROLE_PAST_OFFICE],
  ['replies', REPLIES],
  ['named with an appositive', NAMED_WITH_APPOSITIVE],
];

/** Probes the engine does not yet read right, with why; they run as todo. */
export const OPEN = new Set<string>([]);
