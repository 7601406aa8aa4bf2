/**
 * Session 13 probes: fresh constructions written for this suite (none copied from gold or held-out
 * files), above all documents, bodies and unnamed sources, and attributions carried by a pronoun or a
 * quotation. Same shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source;
 * expected via]; the LAST sentence of the text is checked; source and via only when given.
 */
import type { Probe } from './engine-s12-probes.data';

export const DOCUMENT: Probe[] = [
  ['document', 'The plant emitted 4,000 tonnes of carbon last year, according to figures released by the regulator.'],
  ['document', 'The district has lost 1,200 pupils since 2019, according to enrollment records obtained under a public records request.'],
  ['document', 'The firm owes its lenders about $2bn, according to its latest annual accounts.', 'its latest annual accounts'],
  ['document', 'The candidate led by 6 points, according to unofficial returns posted by the county clerk.', 'unofficial returns posted by the county clerk'],
  ['document', 'Prices have risen 40% since 2020, according to a recent survey of landlords.'],
  ['document', 'The bridge carries 90,000 vehicles a day, according to state traffic counts.'],
  ['document', 'Tax returns filed by the couple show income of $1.2 million.'],
  ['document', 'An internal audit completed in March found that $3 million could not be accounted for.'],
  ['document', 'A lawsuit filed Monday in federal court accuses the company of hiding the defect.'],
  ['document', 'The complaint alleges that the landlord ignored repeated warnings about mold.', 'The complaint'],
  ['document', 'Meeting minutes show the board discussed the sale in closed session.', 'Meeting minutes'],
  ['document', 'A transcript of the call shows the president asking for a favor.'],
  ['document', 'The letter, dated March 3, warns that the school could lose its accreditation.', 'The letter'],
  ['document', 'The report does not say who ordered the shutdown.', 'The report'],
  ['document', 'Polling has consistently shown the race within the margin of error.', 'Polling'],
  ['document', 'A review of county records by the Tribune found 300 unpaid fines.'],
  ['document', 'The filing says the company had been aware of the flaw since 2021.', 'The filing'],
  ['document', 'Emails reviewed by investigators show the mayor knew of the contract.'],
  ['document', 'Satellite images taken on Sunday show smoke rising from the base.'],
  ['document', 'The motion, filed in September, argued that the indictment was flawed.', 'The motion'],
  ['document', 'Financial disclosures filed last month list assets of at least $40 million.'],
  ['document', 'The minutes of the meeting record that two members objected.', 'The minutes of the meeting'],
  // A note (a research note, a note left behind) is a written artefact.
  ['document', 'Strategists at the bank expect two cuts next year. “The slowdown is real but shallow,” the note said.', 'the note'],
  ['document', 'A handwritten note found in the cab says the driver had been threatened.'],
  // Researchers reporting their study's findings in the same sentence speak as the study (CONVENTIONS.md).
  ['document', 'A nasal spray cut hospital stays by a fifth in a study of 2,300 children, researchers reported Monday.', 'researchers'],
  ['document', 'In the study, published Tuesday, the researchers found that patients who walked daily lived longer.', 'the researchers'],
  ['document', 'Researchers said the paper’s main finding held across all age groups.', 'Researchers'],
];

export const ORGANIZATION: Probe[] = [
  ['organization', 'In a court filing, the city argued that the suit should be dismissed.', 'the city'],
  ['organization', 'In its report, the watchdog said oversight had been lax.', 'the watchdog'],
  ['organization', 'The union said its members would strike on Monday.', 'The union'],
  ['organization', 'The county’s health department confirmed two more cases on Friday.'],
  ['organization', 'The appeals court ruled that the ban was unconstitutional.'],
  ['organization', 'Prosecutors say the men stole more than $2 million.', 'Prosecutors'],
  ['organization', 'The campaign said it had raised $12 million in the third quarter.', 'The campaign'],
  ['organization', 'Republicans have accused the governor of overstepping his authority.', 'Republicans'],
  ['organization', 'Khangai Copper has said its water comes from a deep aquifer.', 'Khangai Copper'],
  ['organization', 'Velmora Foods confirmed its plant would close by June.', 'Velmora Foods'],
  ['organization', 'Roscosmos said the capsule had landed safely.', 'Roscosmos'],
  ['organization', 'Democrats were quick to cast the result as a warning to the White House.', 'Democrats'],
  ['organization', 'The staff in the district attorney’s office also spoke up.'],
];

export const ANONYMOUS: Probe[] = [
  // Researchers with no study or paper in the sentence stay unnamed people.
  ['anonymous', 'Researchers at the clinic said wait times had doubled since spring.'],
  ['anonymous', 'Two council members, speaking on condition of anonymity because negotiations were continuing, said a compromise was close.', 'Two council members'],
  ['anonymous', 'A senior aide, who asked not to be named because he was not authorized to speak publicly, said the deal was dead.', 'A senior aide'],
  ['anonymous', 'The clinic closed in May. “She holds everybody to the same standard,” the former deputy said.', 'the former deputy'],
  ['anonymous', '“The numbers never added up,” the deputy said.', 'the deputy'],
  ['anonymous', 'Neighbors described the man as quiet and polite.', 'Neighbors'],
  ['anonymous', 'Several parents said the school had not told them about the leak.', 'Several parents'],
  ['anonymous', '“It was chaos,” one nurse said.', 'one nurse'],
  ['anonymous', 'Sources who spoke with her said she felt betrayed.'],
  ['anonymous', 'Many people I spoke with believe that the arrangement is a stopgap.'],
];

export const CARRIED: Probe[] = [
  // One unnamed person who asked not to be named ("A ...", "One ...") is a single person: the next "he"/"she" is theirs, not the last named one.
  ['anonymous', 'Fire chief Dana Holt said the crew arrived within minutes. A neighbor who asked not to be named said the smoke started on the roof.\n\n“I called it in before anybody else did,” he said.', 'A neighbor'],
  ['anonymous', 'Analyst Maria Perez expects two more cuts. One bond trader, who asked not to be identified because he was not authorized to speak, said the selloff was brief. “Everybody ran for the door at once,” he said.', 'One bond trader'],
  ['anonymous', 'Coach Ben Varga said the roster was set. One league executive, speaking on condition of anonymity, said the team would trade. “If I’m them, I’m calling everyone tonight,” she said.', 'One league executive'],
  // Several people who asked not to be named stay a group: "he" goes back past them to the named person.
  ['named-person', 'Mayor Tom Ruiz defended the budget. Two council aides who asked not to be named said the vote was close. “We will pass it,” he said.', 'Tom Ruiz'],
  // A surname alone opening a sentence ("Achterberg, 54,") is the person named in full before: the next "she" is hers.
  ['named-person', 'Democrat Rosalind Achterberg won the race on Tuesday. Korsmo conceded. “We came up short,” he said. Achterberg, 54, took the stage at 11 p.m. “Ohio didn’t vote for a party tonight,” she told the crowd.', 'Achterberg'],
  ['named-person', 'Mayor Lena Ortiz announced the plan on Monday. Ortiz, who took office in January, said the city could not wait. “We have waited long enough,” she said.', 'Ortiz'],
  ['named-person', 'Tomás Reyna, the campaign manager, spoke first. Reyna, 41, said the numbers were moving. “We saw it coming,” he said.', 'Reyna'],
  ['named-person', 'Council member Priya Dalal won a second term. Korver, her rival, conceded at 10 p.m. “I called her to congratulate her,” he said. Dalal, 38, thanked volunteers. “This was your win,” she said.', 'Dalal'],
  // Quotations in straight single marks carry like curly ones.
  ['named-person', 'Dr Amara Osei said the risk was low. \'For most people, a biscuit will sort it out,\' Dr Osei said. \'But if you are 80 and live alone, that is a different picture.\'', 'Osei'],
  ['named-person', 'Paul Hines runs the bakery. \'We have never seen prices like this,\' he said.\n\n\'Flour has doubled since the spring.\'', 'Paul Hines'],
  ['unattributed', 'The firm was founded in the \'90s and employs 300 people.'],
  ['named-person', '“We have seen no evidence of fraud,” the official told Reuters. Jane Ruiz, the county clerk, disagreed. “The count was clean,” Ruiz said. “Every ballot was checked.”', 'Ruiz'],
];

export const UNATTRIBUTED: Probe[] = [
  // Coordinated clauses: the first one decides.
  ['unattributed', 'The school board voted 5-2 on Tuesday, and the district said classes would resume next week.'],
  ['unattributed', 'Everything went according to plan.'],
];

/** Statements about statements: a source who did not answer is still the sentence's source. */
export const NO_COMMENT: Probe[] = [
  ['named-person', 'Councilwoman Ana Whitcomb did not return a call seeking comment Wednesday.', 'Ana Whitcomb'],
  ['named-person', 'The coach, Tom Brekke, did not speak to reporters after the game.', 'Tom Brekke'],
  ['organization', 'The utility did not return an email on Friday.', 'The utility'],
  ['named-person', 'Luis Ortega, the landlord, did not return a phone call or a message left at his office.', 'Luis Ortega'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['no comment', NO_COMMENT],
  ['document', DOCUMENT],
  ['organization', ORGANIZATION],
  ['anonymous', ANONYMOUS],
  ['carried', CARRIED],
  ['unattributed', UNATTRIBUTED],
];

/** Probes the engine does not yet read right, with why; they run as todo. */
export const OPEN = new Set<string>([
  // A one-word name never given a first name is read as a person (no "its" or brand shape to tell).
  'Roscosmos said the capsule had landed safely.',
  // A party as the subject of a stance phrase ("were quick to cast ... as") is not a cue.
  'Democrats were quick to cast the result as a warning to the White House.',
  // "spoke up" is not a cue, and "staff in <body>" not the body.
  'The staff in the district attorney’s office also spoke up.',
]);
