/**
 * Session 19 probes (s19a): a response not given and a light verb with a speech act's noun (CUE-LEX in
 * /tmp/sl/s17/kinds-news.md, carried over from engine-s18b), plural heads of bodies, and further CUE-LEX, CARRY and SPURIOUS
 * classes, in fresh sentences written for this suite (none copied from gold or held-out files, nor the report's invented
 * examples), with look-alikes that must keep their reading. Same shape as engine-s12-probes.data.ts: [expected tag, or 'none';
 * text; expected source; expected via]; the LAST sentence is checked.
 */
import type { Probe } from './engine-s12-probes.data';

/**
 * A response not given is a statement about a statement (CONVENTIONS "Statements about statements"), its subject's: any
 * verb of answering, tense, contraction, adverb, and what was not answered (a question, a claim, criticism, a letter).
 */
const NO_RESPONSE: Probe[] = [
  ['organization', 'The shipping company did not respond to repeated questions from the Gazette.', 'The shipping company'],
  ['organization', 'The hospital trust has not replied to the complaints from patients.', 'The hospital trust'],
  ['named-person', 'Councillor Rosa Vidal never answered the allegations.', 'Rosa Vidal'],
  ['organization', 'The mining firm has not publicly responded to the criticism.', 'The mining firm'],
  ['named-person', 'Ivo Marek has not returned several phone calls since Monday.', 'Ivo Marek'],
  ['organization', 'The tennis federation hasn’t commented on the claims.', 'The tennis federation'],
  ['named-person', 'Hugo Lenz could not be reached late on Wednesday.', 'Hugo Lenz'],
  ['organization', 'The ferry company was not available to comment.', 'The ferry company'],
  ['organization', 'The energy regulator is yet to respond to the petition.', 'The energy regulator'],
  ['anonymous', 'Officials at the port did not respond to emailed questions.', 'Officials at the port'],
  ['organization', 'The hotel group never responds to inquiries about its fees.', 'The hotel group'],
  ['named-person', 'Asked about the fire, the owner, Jan Dekker, did not reply.', 'Jan Dekker'],
  // The one asked, not the asker.
  ['named-person', 'A reporter asked Judge Mira Solberg about the delay. She has not responded.', 'Mira Solberg'],
  // Not a response to a question: a reaction, a trip, a player, a machine, a market.
  ['unattributed', 'The infection did not respond to antibiotics.'],
  ['unattributed', 'The firefighters did not immediately respond to the alarm because the road was closed.'],
  ['unattributed', 'The survivors have not yet returned to their homes.'],
  ['unattributed', 'The striker was not available for the derby.'],
  ['unattributed', 'The remote farm could not be reached by the ambulance.'],
  ['unattributed', 'The navy has not responded to the threat from the north.'],
  ['unattributed', 'The shares did not respond to the news.'],
];

/**
 * A light verb ("made", "gave", "voiced", "offered", "delivered", "expressed", "raised", "issued") with a speech act's noun as
 * its object is the speech act, its subject's (Levin 37.7-8 and 33 nouns: remarks, comments, doubts, praise, warnings ...).
 */
const SPOKEN_OBJECT: Probe[] = [
  ['named-person', 'Senator Paula Grant made the comments during a radio debate.', 'Paula Grant'],
  ['organization', 'The farmers’ union has voiced serious concerns about the import deal.', 'The farmers’ union'],
  ['named-person', 'Coach Elias Marsh offered his apology to the fans after the match.', 'Elias Marsh'],
  ['named-person', 'Bishop Anne Kerr delivered a sharp rebuke and a warning to the government.', 'Anne Kerr'],
  ['organization', 'The central bank issued a fresh warning about household debt.', 'The central bank'],
  ['named-person', 'Dara Quinn gave an interview to the BBC last month.', 'Dara Quinn'],
  ['organization', 'The regulator raised several questions about the merger.', 'The regulator'],
  ['named-person', 'Mayor Tove Lind made a personal plea for calm.', 'Tove Lind'],
  ['organization', 'The airline expressed deep concern over the new taxes.', 'The airline'],
  ['anonymous', 'Several residents made complaints about the noise.', 'Several residents'],
  // Not a speech act: a decision, a gift, a price, a view, fears raised by an event.
  ['unattributed', 'The referee made the wrong call in the second half.'],
  ['unattributed', 'The outbreak has raised fears of a second wave.'],
  ['unattributed', 'The fund gave a grant to the school.'],
  ['unattributed', 'The hotel offered free parking to guests.'],
  ['unattributed', 'The Evening Post published an interview with the coach on Sunday.'],
  ['unattributed', 'The charity raised $40,000 for the hospital.'],
];

/**
 * A plural head of a body ("agencies", "courts", "charities", "airlines") after a word capitalised only because it opens the
 * sentence reads as the lower-case head does after a capitalised word ("Israeli courts"): bodies, organization; one singular
 * for "-ies" and "-s" alike (classify.ts pluralOf). People's plurals and vague groups stay anonymous.
 */
const PLURAL_BODIES: Probe[] = [
  ['organization', 'Federal agencies said the rules had been followed.', 'Federal agencies'],
  ['organization', 'Provincial ministries have warned that the budget is too small.', 'Provincial ministries'],
  ['organization', 'Regional charities reported a rise in demand for food parcels.', 'Regional charities'],
  ['organization', 'Federal courts said the law was void.', 'Federal courts'],
  ['organization', 'Budget airlines said fares would rise in the summer.', 'Budget airlines'],
  // People and vague groups: anonymous at the start of a sentence too.
  ['anonymous', 'Budget hawks said the plan was too costly.', 'Budget hawks'],
  ['anonymous', 'Night nurses said the ward was understaffed.', 'Night nurses'],
  ['anonymous', 'Environmental groups said the dam was a risk.', 'Environmental groups'],
  ['anonymous', 'Regional authorities said the road would stay closed.', 'Regional authorities'],
  ['anonymous', 'Many pensioners said the new fees were unfair.', 'Many pensioners'],
];

/**
 * Verbs of complaining and judging with a prepositional object (Levin 37.8 and 33: "object to", "rail against", "apologise
 * for"): a speech act about something, its subject's, in any tense, with adverbs or a listener before the preposition.
 */
const PREP_OBJECT: Probe[] = [
  ['organization', 'The dockers’ union has objected to the new shift rota.', 'The dockers’ union'],
  ['named-person', 'Lea Strand objects to the plan on cost grounds.', 'Lea Strand'],
  ['organization', 'The residents’ association objected strongly to the height of the tower.', 'The residents’ association'],
  ['anonymous', 'Several parents had objected to the new uniform.', 'Several parents'],
  ['named-person', 'Senator Ivo Berg railed against the fuel tax in a long speech.', 'Ivo Berg'],
  ['organization', 'The airline apologised to passengers for the long delays.', 'The airline'],
  ['named-person', 'Coach Mara Lindqvist has apologized for her remarks.', 'Mara Lindqvist'],
  ['organization', 'The bank apologises for any inconvenience.', 'The bank'],
  // Not a speech act: the noun "object", a thing that objects, an infinitive of another's act, a rail.
  ['unattributed', 'The object fell to the ground near the school.'],
  ['unattributed', 'Workers laid new rails against the old wall.'],
  ['unattributed', 'The dog ran to the object in the grass.'],
  ['unattributed', 'The carriers pulled out of the plan last week.'],
];

/**
 * A list introduced by a source with a colon belongs to that source (CONVENTIONS "Attribution calls"): every bulleted item,
 * not only the first paragraph, whatever the bullet mark, with or without end punctuation.
 */
const COLON_LIST: Probe[] = [
  ['anonymous', 'The ferry was late again.\n\nSeveral commuters described the problems:\n\n• The boats leave early.\n\n• The timetable is wrong.\n\n• Nobody answers the phone.', 'Several commuters'],
  ['document', 'The dam was built in 1960.\n\nThe inspection report lists three faults:\n\n- The spillway is cracked.\n\n- The gates rust.', 'The inspection report'],
  ['named-person', 'The council met on Monday.\n\nMayor Vera Lund said:\n\n• Fares will stay frozen.\n\n• The tram line will open in May.', 'Vera Lund'],
  ['organization', 'Talks broke down.\n\nThe union said in a statement:\n\n– Pay must rise by 5%.\n\n– Night shifts must end.', 'The union'],
  ['organization', 'Talks broke down.\n\nThe union set out its demands in a statement:\n\n– Pay must rise by 5%.\n\n– Night shifts must end.', 'The union'],
  // Not the source's: a colon line in the writer's voice, a cue line without a colon, a list after the writer's own paragraph,
  // and the next plain paragraph after the list.
  ['unattributed', 'The ferry was late again.\n\nCommuters face three choices:\n\n• They can wait.\n\n• They can drive.'],
  ['unattributed', 'Mayor Vera Lund said the plan was late.\n\n• Fares will stay frozen.\n\n• The tram line will open in May.'],
  ['unattributed', 'Mayor Vera Lund said:\n\n• Fares will stay frozen.\n\nThe tram line will open in May.'],
  ['unattributed', 'Several commuters described the problems:\n\n• The boats leave early.\n\nThe ferry company runs six boats.\n\n• A new boat arrives in June.'],
];

/**
 * The main clause decides (CONVENTIONS): a cue in a time clause with "as" after the main clause ("..., the room went quiet as the
 * mayor revealed the figures"), its verb with an object of its own, is narration of what happened then, with or without a comma.
 */
const AS_CLAUSE: Probe[] = [
  ['unattributed', 'Several workers walked out as the manager announced the job cuts.'],
  ['unattributed', 'The room went quiet as Mayor Tove Lind revealed the figures.'],
  ['unattributed', 'Shares fell sharply as the company confirmed the loss.'],
  ['unattributed', 'Pupils cheered loudly as the head teacher described the new playground.'],
  ['unattributed', 'The hall emptied, as the chairman read out the results.'],
  // Look-alikes that keep their source: a comment clause with no object ("as X predicted"), a time word after the verb,
  // "such as" and "as well as" inside the subject, an as-clause opening the sentence with its verb alone.
  ['organization', 'Prices rose as the ministry had predicted.', 'the ministry'],
  ['organization', 'The bridge will close in June as the council announced on Monday.', 'the council'],
  ['named-person', 'Experts such as Ana Ruiz said the plan was late.', 'Ana Ruiz'],
  ['anonymous', 'The mayor as well as two aides said the plan was late.', 'two aides'],
  ['named-person', 'As Lotte Brandt recalled decades later, the war ended in May.', 'Lotte Brandt'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['no response', NO_RESPONSE],
  ['spoken object', SPOKEN_OBJECT],
  ['plural bodies', PLURAL_BODIES],
  ['prepositional object', PREP_OBJECT],
  ['colon list', COLON_LIST],
  ['as-clause', AS_CLAUSE],
];

export const OPEN = new Set<string>([
  // The lead-in is no cue line: "set out its demands" (like "laid out") is not a cue, and the line ending in a colon is read
  // as a heading; the items after it then have no source to carry.
  'Talks broke down.\n\nThe union set out its demands in a statement:\n\n– Pay must rise by 5%.\n\n– Night shifts must end.',
  // A time word after the verb other than "on" ("late on Wednesday", "this week"): "on"/"about" are taken, but the time words
  // also hold "by", "in", "at" ("could not be reached by road" is a place out of reach); not taken.
  'Hugo Lenz could not be reached late on Wednesday.',
  // "apologise(d) for": as a cue it also attributed a tuned sentence where it stands in a time clause after the main one
  // ("..., the women turned around as he apologized for ..."): "as" is no subordinator to subjectBefore; not taken.
  'The airline apologised to passengers for the long delays.',
  'Coach Mara Lindqvist has apologized for her remarks.',
  'The bank apologises for any inconvenience.',
]);
