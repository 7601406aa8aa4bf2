/**
 * Session 16 probes (s16c): back-references and types from the held-out error kinds (BACKREF, TYPE in
 * /tmp/sl/s15/kinds.md), in fresh sentences written for this suite (none copied from gold or held-out
 * files). Same shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source;
 * expected via]; the LAST sentence of the text is checked; source and via only when given.
 */
import type { Probe } from './engine-s12-probes.data';

/** "they" / "it" after the writer's own sentence about a group or a body: that subject, not an older source. */
const PRONOUN_TO_UNATTRIBUTED_SUBJECT: Probe[] = [
  ['anonymous', 'Mayor Ruth Okoye said the ferry would run again in May. Fishermen on the quay were doubtful. They said the engines had not been fixed.'],
  ['anonymous', 'The hospital trust said the ward would stay open. Nurses on the night shift walked out on Monday. They told reporters that overtime had not been paid since March.'],
  ['anonymous', 'Tomas Grell said the vote was fair. Many shopkeepers in the old town closed early on Friday. They said the parking fees were driving customers away.'],
  ['organization', 'The Finance Ministry said taxes would rise. The Harbour Trust bought two tugboats in May. It said the boats would arrive in June.', 'The Harbour Trust'],
  ['organization', 'Lena Voss, a lawyer, said the contract was legal. The Coastal Railway Company cut four routes last year. It said the routes had lost money for a decade.', 'The Coastal Railway Company'],
  ['organization', 'Mayor Ruth Okoye said the port would reopen in May. Police arrested two men at the pier on Sunday. They said the men had been armed.', 'Police'],
  // Look-alikes: "she" still finds the person; two people named together; a sentence with no group or body as subject;
  // a body named only in the object of the writer's sentence.
  ['named-person', 'Mayor Ruth Okoye said the ferry would run again in May. The sea was calm on Monday. She said the engines had been fixed.', 'Ruth Okoye'],
  ['named-person', 'Ruth Okoye and Tomas Grell met on Monday. The talks lasted four hours. They said the deal was close.', 'Ruth Okoye and Tomas Grell'],
  ['organization', 'The Port Authority said the pier was unsafe. Repairs were due to start in June. It said the work would take a year.', 'The Port Authority'],
  ['organization', 'The Water Agency said supplies would resume. Farmers sold their grain to the Northern Grain Cooperative. It said the taps would run by Monday.', 'The Water Agency'],
  ['named-person', 'Mayor Ruth Okoye said the pier was unsafe. Officials closed the road on Monday. She said the repairs would take a year.', 'Ruth Okoye'],
  ['named-person', 'Mayor Ruth Okoye said the pier was unsafe. Residents were angry. “We were never told,” she said.', 'Ruth Okoye'],
];

/** "it" / "they" whose antecedent is the subject of the sentence's own fronted clause. */
const PRONOUN_IN_FRONTED_CLAUSE: Probe[] = [
  ['organization', 'The Finance Ministry said taxes would rise. After the Harbour Trust sold the old pier, it said the money would go to schools.', 'the Harbour Trust'],
  ['anonymous', 'Mayor Ruth Okoye said the clinic was fully staffed. When the nurses came back from the strike, they said the wards were short of beds.'],
  ['organization', 'Although the Kestrel Mining Group lost money last year, it said the mine would stay open.', 'the Kestrel Mining Group'],
  ['organization', 'Lena Voss said the count was rigged. Because the electoral commission had not counted the postal ballots, it said the result would be delayed.'],
  // Look-alikes: "she" keeps the person; a fronted clause whose subject is no body or group.
  ['named-person', 'Mayor Ruth Okoye visited the dam. When the rain stopped, she said the repairs would begin.', 'Ruth Okoye'],
  ['organization', 'The Port Authority closed the pier. After the storm passed, it said the pier would reopen.', 'The Port Authority'],
];

/** "those surveyed", "respondents" in a poll or survey named before: the poll (CONVENTIONS: keeps the poll as source). */
const SURVEYED: Probe[] = [
  ['document', 'A poll of 900 parents by the Lindell Institute was released on Monday. Those surveyed said school meals had got worse.'],
  ['document', 'A survey of 600 bus drivers found most worked unpaid overtime. Respondents said the rotas came out too late.'],
  ['document', 'A survey of 400 landlords was published on Tuesday. Most of those surveyed said rents would rise.'],
  ['document', 'The census office released a survey of 2,000 farms. Half of the respondents said they had no heir.'],
  // Look-alikes: no poll before; people who are not its respondents.
  ['anonymous', 'Those who attended said the meeting was tense.'],
  ['anonymous', 'A poll of 900 parents was released on Monday. Teachers at the school said the meals were fine.'],
];

/** A floating "all" / "both" between a plural subject and its verb. */
const FLOATING_QUANTIFIER: Probe[] = [
  ['anonymous', 'Several bakers at the market spoke about the flour shortage. These bakers all said prices had doubled.'],
  ['anonymous', 'The farmers all said the price of feed was too high.'],
  ['anonymous', 'The two drivers both said the depot was unsafe.'],
  ['anonymous', 'Several tenants complained about the lifts. The tenants both said the repairs were late.'],
  // Look-alikes: "all" opening the subject, "All said and done".
  ['anonymous', 'All the farmers said the price of feed was too high.'],
  ['unattributed', 'All said and done, the farmers sold their land.'],
];

/** "One said ...", "Another said ...": one of a group just described, unnamed. */
const ONE_ANOTHER: Probe[] = [
  ['anonymous', 'Reporters spoke to four cleaners at the station. One said the shifts had been cut.'],
  ['anonymous', 'Reporters spoke to four cleaners at the station. One said the shifts had been cut. Another said the pay was late.'],
  ['anonymous', 'Two teachers described the morning of the flood. One recalled that the water reached the windows.'],
  ['anonymous', 'Dozens of drivers waited at the depot. “We have not been paid since May,” one said.'],
  // Look-alikes: "one" and "another" as determiners.
  ['anonymous', 'Two teachers described the flood. One teacher said the water reached the windows.'],
  ['unattributed', 'One bridge was closed and another said to be unsafe was shut too.'],
  ['unattributed', 'One of the bridges was closed. Another was said to be unsafe.'],
  ['unattributed', 'Prices all rose in May.'],
];

/** "It" after a report or study, with an adverb before a verb that is also a noun ("It also notes"). */
const IT_ALSO_AFTER_DOCUMENT: Probe[] = [
  ['document', 'An audit of the city’s fleet was published on Friday. It found that buses were poorly kept. It also notes that six buses had no brakes.'],
  ['document', 'A report by the Harbour Audit Office says the dredging was overpriced. It also notes that the tugs were idle.'],
  ['organization', 'The Harbour Board said the pier was safe. It also stresses that divers checked the piles.'],
  ['document', 'A study by the Lindell Institute says fares doubled. It goes on to say that two lines lost money.'],
  // Look-alike: no antecedent for "It".
  ['unattributed', 'It also notes that the tugs were idle.'],
];

/** An unnamed person or group whose phrase ends in a document's noun ("familiar with the audit"): anonymous, not the document. */
const ANON_ENDING_IN_DOCUMENT: Probe[] = [
  ['anonymous', 'A person familiar with the audit said the mayor would resign.'],
  ['anonymous', 'Officials familiar with the report said the mayor would resign.'],
  ['anonymous', 'People briefed on the contract said it was worth $2 million.'],
  ['anonymous', 'Two officials who have seen the draft said the plan had been dropped.'],
  // Look-alikes: the document itself, and its authors.
  ['document', 'A report by the Harbour Audit Office said the dredging was overpriced.'],
  ['document', 'Minutes of the board meeting show the vote was close.'],
];

/** "<people> such as <Name>": the group speaks, the name is an example (CONVENTIONS: unnamed groups are anonymous). */
const SUCH_AS_NAME: Probe[] = [
  ['anonymous', 'Economists such as Dana Bell have warned that rates will rise.'],
  ['anonymous', 'Critics such as the novelist Omar Haddad said the prize was rigged.'],
  ['anonymous', 'Farmers such as Pedro Alves say the drought is the worst in decades.'],
  // The group is the noun phrase before "such as", not the sentence's opening.
  ['anonymous', 'In June, economists such as Dana Bell warned that rates would rise.', 'economists'],
  ['anonymous', 'Some critics such as Omar Haddad said the prize was rigged.', 'Some critics'],
  ['anonymous', 'After the vote, local farmers such as Pedro Alves said the levy was unfair.', 'local farmers'],
  // Look-alikes: the named person as the subject.
  ['named-person', 'Dana Bell, an economist, said rates would rise.', 'Dana Bell'],
  ['named-person', 'The economist Dana Bell said rates would rise.', 'Dana Bell'],
];

/** "the researchers", "the authors" after a study named before: they speak as the study (CONVENTIONS). */
const RESEARCHERS_OF_STUDY: Probe[] = [
  ['document', 'A study in the Journal of Hydrology found the aquifer had shrunk by a third. The researchers said the wells would run dry within a decade.'],
  ['document', 'A paper from the Lund Institute traced the outbreak to a single farm. The researchers warned that the virus could spread.'],
  ['document', 'A study of 3,000 cyclists found helmets cut head injuries by half. The authors said the law should change.'],
  // Look-alikes: researchers with no study, scientists in general.
  ['anonymous', 'Researchers at the University of Ghent said the samples were clean.'],
  ['anonymous', 'Scientists think the glacier will vanish by 2050.'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['pronoun to an unattributed subject', PRONOUN_TO_UNATTRIBUTED_SUBJECT],
  ['pronoun in a fronted clause', PRONOUN_IN_FRONTED_CLAUSE],
  ['those surveyed', SURVEYED],
  ['floating quantifier', FLOATING_QUANTIFIER],
  ['one, another', ONE_ANOTHER],
  ['it also after a document', IT_ALSO_AFTER_DOCUMENT],
  ['anonymous ending in a document noun', ANON_ENDING_IN_DOCUMENT],
  ['such as a name', SUCH_AS_NAME],
  ['researchers of a study', RESEARCHERS_OF_STUDY],
];

/** Probes the engine does not yet read right, with why; they run as todo. */
// Every probe here passes; the four rules that were first left out for bytes (the fronted clause's subject, "those
// surveyed" and "the researchers" to the last document, a document opening the writer's sentence, "such as") landed
// once the build freed bytes.
export const OPEN = new Set<string>([]);
