/**
 * Session 18 probes, helper b: reporting cues the engine did not know, as classes (CUE-LEX in /tmp/sl/s17/kinds-news.md,
 * §6 items 3 and 5). Fresh sentences written for this suite, none copied from gold or held-out files, nor the report's
 * invented examples. Same shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected
 * via]; the LAST sentence of the text is checked.
 */
import type { Probe } from './engine-s12-probes.data';

/**
 * A response not given ("has not yet replied", "could not be reached", "was not available for comment") is a statement
 * about a statement, attributed to its subject (CONVENTIONS "Statements about statements"): any auxiliary, its contraction,
 * adverbs after it, and the thing not answered after the verb.
 */
export const NO_RESPONSE: Probe[] = [
  ['organization', 'The rowing club has not yet responded to written questions about the loan.', 'The rowing club'],
  ['organization', 'The county council hasn’t responded to a request for comment.', 'The county council'],
  ['named-person', 'Karl Brandt did not reply to messages on Friday.', 'Karl Brandt'],
  ['named-person', 'Nadia Ferro has not replied to several emails sent last week.', 'Nadia Ferro'],
  ['organization', 'The city museum has not commented on the inquiries from this newspaper.', 'The city museum'],
  ['named-person', 'Pieter Haas had not publicly commented on the vote by Tuesday evening.', 'Pieter Haas'],
  ['organization', 'The regional water board did not immediately answer questions about the leak.', 'The regional water board'],
  ['named-person', 'Olu Adeyemi didn’t return calls and texts seeking comment.', 'Olu Adeyemi'],
  ['organization', 'The ferry operator has so far not responded.', 'The ferry operator'],
  ['organization', 'The bakery company has never responded to the union’s letter.', 'The bakery company'],
  ['organization', 'A spokeswoman for the port authority could not be reached.'],
  ['named-person', 'Marit Olsen could not immediately be reached on Sunday.', 'Marit Olsen'],
  ['organization', 'A representative for the brewery was not available for comment.'],
  ['organization', 'The sports ministry was not immediately available for comment.', 'The sports ministry'],
  ['anonymous', 'Neighbours of the plant were unavailable for comment.', 'Neighbours of the plant'],
  ['organization', 'The transport authority has yet to reply to the petition.', 'The transport authority'],
  ['named-person', 'Jonas Ek has still not answered the committee’s letter.', 'Jonas Ek'],
  ['organization', 'Lawyers for the owner have not responded to Reuters.'],
  ['organization', 'The clinic hasn’t yet commented.', 'The clinic'],
  // The one asked, not the asker (engine-s15d REPLY_OF_THE_ASKED).
  ['named-person', 'A pupil asked Dr. Ruth Amsel about the fees. She did not respond.', 'Ruth Amsel'],
  ['named-person', 'A fan asked Tom Hale about the transfer. He has not yet replied.', 'Tom Hale'],
  // The thing not done is no response to a question: a body's or a thing's reaction, a trip, a place out of reach.
  ['unattributed', 'The rowing club has not yet responded to the drop in members by cutting fees.'],
  ['unattributed', 'Several patients did not respond to the new drug.'],
  ['unattributed', 'The brakes did not immediately respond when the driver pressed the pedal.'],
  ['unattributed', 'The climbers have not yet returned from the north face.'],
  ['unattributed', 'The mountain village could not be reached by road for three days.'],
  ['unattributed', 'The goalkeeper was not available for the cup final after a knee injury.'],
  ['unattributed', 'The ferry did not return to port until Monday.'],
  ['unattributed', 'Grain prices have not yet responded to the rain.'],
];

/** Written and recorded artefacts as subjects: manuals, handbooks, bylaws, X-rays and scans are documents (guide: "a written or recorded artefact"). */
export const DOCUMENT_HEADS: Probe[] = [
  ['document', 'The employee handbook says that overtime must be approved in writing.', 'The employee handbook'],
  ['document', 'The safety manual warns that the valve can freeze in winter.', 'The safety manual'],
  ['document', 'The tennis club’s bylaws state that members vote by secret ballot.'],
  ['document', 'The X-ray showed a hairline fracture in his wrist.', 'The X-ray'],
  ['document', 'A second scan revealed a small clot behind the eye.', 'A second scan'],
  ['document', 'The council’s housing plan says 2,000 homes will be built by 2030.'],
  ['document', 'The plan calls for three new bus lanes on the ring road.', 'The plan'],
  // Not a document speaking: the word as a verb, an object, a thing made with it.
  ['unattributed', 'Engineers scanned the hull for cracks.'],
  ['unattributed', 'She plans to open a second bakery in the spring.'],
  ['unattributed', 'The plan failed after two weeks.'],
  ['unattributed', 'He read the manual twice before the exam.'],
  ['unattributed', 'The X-ray machine broke down on Monday.'],
];

/**
 * What a document does is its cue (CONVENTIONS: "names", "seeks", "lists"), "It" pointing back to it included; an appeal
 * ("calls on X to") is speech, whoever makes it.
 */
export const DOCUMENT_CUES: Probe[] = [
  ['document', 'A report by the River Trust says fish stocks have halved. It calls on the ministry to ban trawling.'],
  ['document', 'The inquiry report, published on Tuesday, calls on the board to resign.'],
  ['document', 'The complaint was filed in March. It names the mayor and two of her aides.'],
  ['document', 'The lawsuit seeks $4 million in damages from the builder.', 'The lawsuit'],
  ['document', 'The petition seeks a public vote on the stadium.', 'The petition'],
  ['document', 'The audit finds that the fund lost $2 million.', 'The audit'],
  ['document', 'The guidelines urge doctors to prescribe fewer antibiotics.', 'The guidelines'],
  ['document', 'The audit by the state treasurer was published on Monday. It recommends that the fund be closed.'],
  ['document', 'A study of 900 schools appeared in May. It concludes that small classes help weak readers.'],
  ['document', 'The review was ordered after the flood. It finds that the warning came too late.', 'The review'],
  ['document', 'The manual was last updated in 2019. It says that crews must check the fuel twice.', 'The manual'],
  ['document', 'The pilots’ manual was last updated in 2019. It says that crews must check the fuel twice.'],
  ['document', 'The ombudsman’s report runs to 80 pages. It warns that the prison is unsafe.'],
  ['document', 'The complaint names three officers. It also lists four dates.', 'The complaint'],
  ['organization', 'The nurses’ union called on members to reject the offer.', 'The nurses’ union'],
  ['named-person', 'Mayor Ada Lund has called on residents to save water.', 'Ada Lund'],
  // Not a report: a visit, a search, a list of names.
  ['unattributed', 'The mayor called on the family at their home on Sunday.'],
  ['unattributed', 'The minister will call on flood victims in the valley next week.'],
  ['unattributed', 'The ferry company seeks a buyer for its two oldest ships.'],
  ['unattributed', 'The names of the victims were released on Monday.'],
];

/**
 * A light verb with a speech act's noun as its object ("made the remarks", "voiced doubts", "offered their praise", "gave an
 * interview"): the speech act itself, attributed (Levin 37.7-8 and 33 nouns: remarks, comments, doubts, praise, warnings ...).
 */
export const SPOKEN_OBJECT: Probe[] = [
  ['named-person', 'Rector Hanna Berg made the remarks at a dinner for donors.', 'Hanna Berg'],
  ['anonymous', 'Several farmers voiced strong doubts about the grazing scheme.', 'Several farmers'],
  ['organization', 'The football association offered its condolences to the family.', 'The football association'],
  ['named-person', 'Lars Nyberg has made similar comments before.', 'Lars Nyberg'],
  ['named-person', 'Ana Kovac gave a long interview to a local radio station on Monday.', 'Ana Kovac'],
  ['organization', 'The teachers’ federation raised complaints about class sizes at its annual meeting.', 'The teachers’ federation'],
  ['named-person', 'Petra Lind delivered a stark warning to the board.', 'Petra Lind'],
  ['organization', 'The ministry has expressed its thanks to the volunteers.', 'The ministry'],
  ['named-person', 'Olaf Dane made a public apology on Thursday.', 'Olaf Dane'],
  // Not speech: a decision, a price cut, bonds, a prize, a view of the sea, a gift.
  ['unattributed', 'The board made the decision on Friday.'],
  ['unattributed', 'The bakery offered a discount to students.'],
  ['unattributed', 'The city issued bonds to pay for the bridge.'],
  ['unattributed', 'The two chemists shared the prize.'],
  ['unattributed', 'The new rooms offer views of the harbour.'],
  ['unattributed', 'The club made a donation to the hospital.'],
  // An outlet that publishes someone's interview is not the speaker.
  ['unattributed', 'Last spring the Valley Courier published an interview with the singer.'],
];

/** Communication verbs with a noun or PP complement: "objected to", "boasted of", "encouraged X to" (an appeal made out loud). */
export const SPEECH_OBJECT: Probe[] = [
  ['organization', 'The dockers’ union has objected to the new shift rota.', 'The dockers’ union'],
  ['named-person', 'Lea Strand objects to the plan on cost grounds.', 'Lea Strand'],
  ['named-person', 'Coach Dan Reyes boasted of his team’s defence.', 'Dan Reyes'],
  ['named-person', 'Nina Falk boasts of a full order book.', 'Nina Falk'],
  ['named-person', 'Karin Holm lambasted the budget as a fraud.', 'Karin Holm'],
  ['organization', 'The ministry admitted mistakes in its handling of the floods.', 'The ministry'],
  ['anonymous', 'Several growers spoke of a hard winter ahead.', 'Several growers'],
  ['named-person', 'Mayor Ines Moreau encouraged residents to use the new bus line.', 'Ines Moreau'],
  ['organization', 'The health ministry is encouraging parents to vaccinate their children.', 'The health ministry'],
  // Not speech: a thing that encourages, an object "to" a place.
  ['unattributed', 'The warm spring encouraged farmers to plant early.'],
  ['unattributed', 'Low interest rates encouraged buyers to borrow more.'],
  ['unattributed', 'The coach encouraged the players during the break.'],
  ['unattributed', 'The ship was moved closer to the pier.'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['no response', NO_RESPONSE],
  ['document heads', DOCUMENT_HEADS],
  ['document cues', DOCUMENT_CUES],
  ['spoken object', SPOKEN_OBJECT],
  ['speech object', SPEECH_OBJECT],
];

export const OPEN = new Set<string>([
  // (The rules built last session, unanswered(), spokenObject() and "boasted of", landed in session 19: their probes are checked.)
  // "so far" between the auxiliary and the negation: skipping it before a verb also made "X has so far rejected calls to ..." (an
  // act) attributed on dev.
  'The ferry operator has so far not responded.',
  // "plan" as a document head: "it said" after "Microsoft's goal ..." in a tuned file then took the plan as its antecedent.
  'The council’s housing plan says 2,000 homes will be built by 2030.',
  'The plan calls for three new bus lanes on the ring road.',
  // "called on X to" by a person or body: the tuned gold reads "the manager of the grid called on utilities to cut power" as
  // an act (an order), CONVENTIONS reads "called on voters to" as speech; kept for documents only until that is settled.
  'The nurses’ union called on members to reject the offer.',
  'Mayor Ada Lund has called on residents to save water.',
  // A document named with a possessive ("The ombudsman's report", "The pilots' manual") is not taken as what a later "It" points
  // back to (also with "report": not a missing head word; BACKREF).
  'The pilots’ manual was last updated in 2019. It says that crews must check the fuel twice.',
  'The ombudsman’s report runs to 80 pages. It warns that the prison is unsafe.',
  // "boasts" is also a noun (NOUN_LIKE_VERBS): after a name it reports only before a clause; not changed.
  'Nina Falk boasts of a full order book.',
  // "encouraged" as a plain speech verb also attributed "Low interest rates encouraged buyers to ..." and "The coach encouraged the
  // players during the break"; an appeal needs "X to <verb>" and a speaking subject, not done (bytes).
  'Mayor Ines Moreau encouraged residents to use the new bus line.',
  'The health ministry is encouraging parents to vaccinate their children.',
]);
