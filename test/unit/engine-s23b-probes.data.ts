/**
 * Session 23 probes (s23b): ORGANIZATION error classes (/tmp/sl/s23/rb-classes.md), in fresh sentences written for this suite
 * (none copied from gold or held-out files), with look-alikes that must keep their reading. Same shape as
 * engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected via]; the LAST sentence is checked.
 */
import type { Probe } from './engine-s12-probes.data';

/**
 * B1: head nouns of bodies (WordNet's organization and social-group nouns that speak in news) missing from the body words:
 * "the opposition", "the bloc", "the tribe", "the diocese", "the zoo", "the Harbour Guild". Without them the phrase was no
 * source (unattributed) or, capitalised in a name, a person's surname ("The Pilots Guild said" -> "Guild").
 */
const BODY_NOUNS: Probe[] = [
  ['organization', 'The opposition said the vote had been rigged.', 'The opposition'],
  ['organization', 'The opposition has accused the government of hiding the figures.', 'The opposition'],
  ['organization', 'The country’s main opposition insisted that the count be repeated.', 'The country’s main opposition'],
  ['organization', 'The bloc said it would impose new tariffs in May.', 'The bloc'],
  ['organization', 'The 27-member bloc has warned that talks could collapse.', 'The 27-member bloc'],
  ['organization', 'The tribe says the pipeline crosses sacred land.', 'The tribe'],
  ['organization', 'The Oglala tribe said the pipeline crosses sacred land.', 'The Oglala tribe'],
  ['organization', 'The diocese said the priest had been removed in 2019.', 'The diocese'],
  ['organization', 'The Archdiocese of Telford said the priest had been removed in 2019.', 'The Archdiocese of Telford'],
  ['organization', 'The zoo said the tiger had been sedated.', 'The zoo'],
  ['organization', 'The Brenton Zoo said the tiger had been sedated.', 'The Brenton Zoo'],
  ['organization', 'The Harbour Pilots Guild said the new rules were unsafe.', 'The Harbour Pilots Guild'],
  ['organization', 'The guild, which represents 300 pilots, said the new rules were unsafe.', 'The guild'],
  ['organization', 'The consortium said the bid had been withdrawn.', 'The consortium'],
  ['organization', 'The Norrland Consortium confirmed that the bid had been withdrawn.', 'The Norrland Consortium'],
  ['organization', 'The syndicate declined to comment.', 'The syndicate'],
  ['organization', 'The cartel agreed to cut output, the oil ministers said. The cartel said prices would recover.', 'The cartel'],
  ['organization', 'The rebel faction said it had taken the airport.', 'The rebel faction'],
  ['organization', 'The library said the archive would reopen in June.', 'The library'],
  ['organization', 'The farmers’ cooperative said prices had fallen by half.', 'The farmers’ cooperative'],
  ['organization', 'The fraternity said in a statement that the party had been cancelled.', 'The fraternity'],
  ['organization', 'The subcommittee said it would subpoena the records.', 'The subcommittee'],
  // Look-alikes: the same nouns as no speaker, or inside another phrase; people named with a first name.
  ['unattributed', 'The opposition to the plan grew through the summer.'],
  ['unattributed', 'Opposition to the new tax has grown since March.'],
  ['anonymous', 'Opposition lawmakers said the vote had been rigged.', 'Opposition lawmakers'],
  ['named-person', 'Opposition leader Ana Ruiz said the vote had been rigged.', 'Ana Ruiz'],
  ['named-person', 'Mark Guild said the new rules were unsafe.', 'Mark Guild'],
  ['unattributed', 'The zoo opened in 1931 and now holds 900 animals.'],
  ['unattributed', 'Visitors to the library fell by a third last year.'],
  ['anonymous', 'Members of the tribe said the pipeline crosses sacred land.', 'Members of the tribe'],
];

/**
 * B2: a party's members in the plural after the chamber they sit in ("House Republicans", "Congressional Democrats") speak as
 * the party's caucus, a body (as "Senate Democrats" and "Democrats" already do), not a person named "Republicans".
 */
const CHAMBER_PARTIES: Probe[] = [
  ['organization', 'House Republicans said the bill would not pass.', 'House Republicans'],
  ['organization', 'House Democrats have argued that the cuts are illegal.', 'House Democrats'],
  ['organization', 'Congressional Republicans warned that the deal would fail.', 'Congressional Republicans'],
  ['organization', 'Congressional Democrats said in a letter that the rule was unlawful.', 'Congressional Democrats'],
  ['organization', 'Senate Republicans said the bill would not pass.', 'Senate Republicans'],
  // Look-alikes: a person with a chamber's title, one member, a share of the members.
  ['named-person', 'House Speaker Lena Ortiz said the bill would not pass.', 'Lena Ortiz'],
  ['named-person', 'House Majority Leader Tom Reyes said the bill would not pass.', 'Tom Reyes'],
  ['anonymous', 'A House Republican said the bill would not pass.', 'A House Republican'],
  ['anonymous', 'Some House Democrats said the bill would not pass.'],
];

/**
 * B3: governments and countries in the plural ("the two countries", "both governments", "the governments of Peru and Chile")
 * are bodies speaking as themselves, as "Egypt and Jordan criticised" is; not a vague group of people.
 */
const PLURAL_BODIES: Probe[] = [
  ['organization', 'The two countries said the talks had been constructive.', 'The two countries'],
  ['organization', 'Both countries have denied that troops crossed the border.', 'Both countries'],
  ['organization', 'Both governments said the border would reopen on Monday.', 'Both governments'],
  ['organization', 'The governments of Peru and Chile said the border would reopen on Monday.', 'The governments of Peru and Chile'],
  ['organization', 'The border would reopen on Monday, the two governments said.', 'the two governments'],
  // Look-alikes: people of the countries, and sides (gold reads "both sides" as unnamed people).
  ['anonymous', 'Residents of both countries said the border had been closed for weeks.', 'Residents of both countries'],
  ['anonymous', 'Both sides said the talks had been constructive.', 'Both sides'],
  ['unattributed', 'The two countries share a 900-mile border.'],
];

/**
 * B4: a body's name built as "<Body> of the <Name>" ("Friends of the Earth", "the Organization of the Petroleum Exporting
 * Countries"): the capitalised words after "of the" end a body's name, they are no person ("the son of Tom Reyes" is).
 * (OPEC's passes through "countries", B3; the rest needs "of the" before a name run in personName, dropped for bytes: OPEN.)
 */
const OF_THE_NAMES: Probe[] = [
  ['organization', 'Friends of the Earth said the deal was weak.', 'Friends of the Earth'],
  ['organization', 'The Organization of the Petroleum Exporting Countries said output would rise.', 'The Organization of the Petroleum Exporting Countries'],
  ['organization', 'The Brotherhood of the Open Road said the toll was unfair.', 'The Brotherhood of the Open Road'],
  ['organization', 'The Sisters of the Holy Cross said the convent would close.', 'The Sisters of the Holy Cross'],
  // Look-alikes: relations of a named person.
  ['anonymous', 'The son of Tom Reyes said the family would appeal.'],
  ['named-person', 'Tom Reyes, the head of the Brotherhood of the Open Road, said the toll was unfair.', 'Tom Reyes'],
];

/**
 * B5: a business named in the possessive ("Moody's", "Sotheby's", "Sainsbury’s"), all of the subject before its verb or after
 * "according to": HEAD skipped the verb after any possessive ("Russia’s statement") and read the name as the surname "Moody".
 */
const POSSESSIVE_NAMES: Probe[] = [
  ['organization', "Moody's said the outlook for the bank was stable.", "Moody's"],
  ['organization', 'Sotheby’s said the painting sold for $4 million.', 'Sotheby’s'],
  ['organization', "Sales fell by 3 percent in the quarter, Macy's said.", "Macy's"],
  ['organization', 'Harrow’s told investors that margins would shrink.', 'Harrow’s'],
  ['organization', "According to Moody's, the outlook for the bank is stable.", "Moody's"],
  ['organization', "Moody's has warned that the outlook is negative.", "Moody's"],
  // Look-alikes: a possessive before its noun, contractions, a person's relation.
  ['organization', 'The ministry’s statement said sales fell.', 'The ministry’s statement'],
  ['unattributed', "What's said in the room stays there."],
  ['unattributed', "It's said that the castle is haunted."],
  ['unattributed', 'Harrow’s shares fell by 3 percent on Monday.'],
  ['named-person', "Ann Ortiz runs the bakery. She's said she will not sell.", 'Ann Ortiz'],
  ['anonymous', "Smith's lawyer said the case was weak.", "Smith's lawyer"],
];

/**
 * B6: the short name of a company first named with a leading "The" ("The Ostrava Group" ... "Ostrava said"): HEAD keyed the
 * company's first word as "the", so the short name read as a surname.
 */
const THE_COMPANY_SHORT: Probe[] = [
  ['organization', 'The Ostrava Group bought the site in 2019. Ostrava said the plant would close.', 'Ostrava'],
  ['organization', 'Workers at the Brenmark Group walked out on Friday. Brenmark declined to comment.', 'Brenmark'],
  ['organization', 'The Tolland Company makes boilers. Tolland has denied that any inspection was skipped.', 'Tolland'],
  // Look-alikes: a person the company hired; the company's people.
  ['named-person', 'The Ostrava Group hired Jana Brenn in May. Brenn said she was pleased.', 'Brenn'],
  ['anonymous', 'The Ostrava Group bought the site in 2019. Ostrava executives said the plant would close.'],
];

/**
 * B7: "he"/"she" right after a body's spokesperson of no known gender ("A Carraway representative said ...") is the man or woman
 * the article quoted before, not the spokesperson (who would be "the spokesman" or "the representative" again).
 */
const PRONOUN_AFTER_SPOKESPERSON: Probe[] = [
  ['named-person', 'Tom Reyes has run the shop since 1990. A Carraway representative said the firm had offered him a new lease. He disputes that.', 'Tom Reyes'],
  ['named-person', 'Ana Ruiz runs the clinic. “We will fight,” she said. A spokesperson for the council said the grant had ended. She said the clinic would close.', 'Ana Ruiz'],
  ['named-person', 'Tom Reyes has run the shop since 1990. A Carraway representative said the firm had offered him a new lease. “They offered me one year,” he said.', 'Tom Reyes'],
  // Look-alikes: a spokesperson whose noun tells the gender; nobody else of that gender before.
  ['organization', 'Tom Reyes has run the shop since 1990. A council spokesman said the grant had ended. He said the shop would have to close.', 'A council spokesman'],
  ['organization', 'Tom Reyes has run the shop since 1990. A Carraway spokeswoman said the firm had offered him a lease. She said the offer stood.', 'A Carraway spokeswoman'],
  ['organization', 'A Carraway representative said the firm had offered a new lease. He said the offer stood.', 'A Carraway representative'],
  // (A woman only named in passing, never quoted, is not the one "she" means.)
  ['organization', 'Ana Ruiz was taken to Mercy Hospital on Monday. A hospital spokesperson said her condition was stable. She said visitors were not allowed.', 'A hospital spokesperson'],
];

/**
 * B8: a capitalised group after a body's possessive ("The panel's Democrats asked", "the committee's Republicans said") is the
 * subject, owned by the possessive; HEAD read "the panel ['s] Democrats asked" as a relative clause ("a prospect Vindman denied").
 */
const POSSESSIVE_GROUP: Probe[] = [
  ['organization', 'In a letter to the chairman, the panel’s Democrats asked for a second hearing.', 'the panel’s Democrats'],
  ['organization', "The committee's Republicans said the report was one-sided.", "The committee's Republicans"],
  ['organization', 'The council’s Democrats have argued that the road is unsafe.', 'The council’s Democrats'],
  // Look-alike: a relative clause whose subject follows a plain noun.
  ['unattributed', 'A prospect Lena Ortiz denied has alarmed investors.'],
  ['unattributed', 'The rumour Tom Reyes denied has spread.'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['B1 body nouns', BODY_NOUNS],
  ['B2 chamber parties', CHAMBER_PARTIES],
  ['B3 plural bodies', PLURAL_BODIES],
  ['B4 of-the names', OF_THE_NAMES],
  ['B5 possessive names', POSSESSIVE_NAMES],
  ['B6 the-company short names', THE_COMPANY_SHORT],
  ['B7 pronoun after a spokesperson', PRONOUN_AFTER_SPOKESPERSON],
  ['B8 possessive group', POSSESSIVE_GROUP],
];

export const OPEN = new Set<string>([
  // B1: body nouns left out of the list for the byte budget (each ~4-7 B gzipped; no analysed sentence has them as a speaker).
  'The syndicate declined to comment.',
  'The consortium said the bid had been withdrawn.',
  'The Norrland Consortium confirmed that the bid had been withdrawn.',
  'The cartel agreed to cut output, the oil ministers said. The cartel said prices would recover.',
  'The rebel faction said it had taken the airport.',
  'The library said the archive would reopen in June.',
  'The farmers’ cooperative said prices had fallen by half.',
  'The fraternity said in a statement that the party had been cancelled.',
  'The subcommittee said it would subpoena the records.',
  // B4: "Friends" opening the sentence reads as unnamed people ("Residents of the Bronx said" must stay so): a capitalised
  // people's noun before "of the <Name>" cannot be told from a common noun capitalised by the sentence start.
  'Friends of the Earth said the deal was weak.',
  // B4: reading a name run after "of the" as no person (classify.ts personName: before === 'the' and NOT_BEFORE_NAME before it,
  // ~9 B) passes these; dropped for the byte budget (rule in /tmp/sl/s23/rb-step4.diff).
  'The Brotherhood of the Open Road said the toll was unfair.',
  'The Sisters of the Holy Cross said the convent would close.',
]);
