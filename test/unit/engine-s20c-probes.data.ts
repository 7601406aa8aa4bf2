/**
 * Session 20 probes (s20c): document frames that block a known cue, document heads and verbs the engine did not know, and
 * "call(s) on X, <appositive>, to" (D2, D3, D4 in /tmp/sl/s20/kinds-news.md), in fresh sentences written for this suite (none
 * copied from gold or held-out files, nor the report's invented examples), with look-alikes that must keep their reading.
 * Same shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected via]; the LAST sentence
 * is checked.
 */
import type { Probe } from './engine-s12-probes.data';

/**
 * A subject survives an appositive that opens with a bare noun and its preposition ("part of", "home to", "member of",
 * "sister paper of"), whatever the subject is: a body with "and" in its name, a person, a document.
 */
const BARE_APPOSITIVE: Probe[] = [
  ['organization', 'The Soil and Water Council, part of the farm ministry, said that the wells were dry.', 'The Soil and Water Council'],
  ['organization', 'The Kestrel Valley Trust, home to 40 rangers, has warned that the trail is closed.', 'The Kestrel Valley Trust'],
  ['organization', 'The Orchard Growers Board, member of a national federation, confirmed that prices fell.', 'The Orchard Growers Board'],
  ['named-person', 'Lina Osei, head of the tenants’ group, said the lifts had failed.', 'Lina Osei'],
  ['named-person', 'Pavel Dorn, father of two of the victims, told reporters the fence was broken.', 'Pavel Dorn'],
  ['document', 'The safety manual of the Rail and Tram Authority, part of the transport ministry, states that brakes are tested weekly.', 'The safety manual of the Rail and Tram Authority'],
  ['document', 'The rowers’ rulebook, part of the club’s charter, says that boats need lights.', 'The rowers’ rulebook'],
  ['organization', 'The Dunmore Sand and Gravel Company, owner of the quarry, said on Friday that blasting would stop.', 'The Dunmore Sand and Gravel Company'],
  // A clause before the comma is no subject: the verb's own subject decides.
  ['unattributed', 'The mill closed in 1990, part of a wave of closures across the valley.'],
  ['organization', 'The mill closed in 1990, part of a wave of closures, the council said.', 'the council'],
];

/** A quoted title after a document noun, as an appositive or after "titled", "entitled", "called", "named". */
const QUOTED_TITLE: Probe[] = [
  ['document', 'The 90-page report, “Roads to Nowhere”, found that half the bridges were unsafe.', 'The 90-page report'],
  ['document', 'A study titled “Sleep and the City” found that traffic noise wakes children.'],
  ['document', 'A new analysis entitled "Cold Currents" shows that the reef is dying.'],
  ['document', 'The union’s memo, called “Next Steps,” says that the depot will close.'],
  ['document', 'A 2021 survey named “Voices of the Valley” found that most farmers were in debt.'],
  ['document', 'The audit, “Lost Millions”, has revealed that two accounts were emptied.'],
  // A title of a film or song is no document that reports; a person's quoted nickname is no title.
  ['unattributed', 'A film titled “Cold Currents” opened in cinemas on Friday.'],
  ['named-person', 'Ada “the Hammer” Voss said that she would fight again.'],
];

/**
 * "But", "And", "Yet" before a document subject with an auxiliary and an adverb, and partitive document subjects ("details of",
 * "extracts from", "pages of"): the document is the source.
 */
const LEADING_CONJUNCTION: Probe[] = [
  ['document', 'But details of the contract have shown that the club can sell the ground.'],
  ['document', 'Yet fresh details of the audit have now revealed that funds were missing.'],
  ['document', 'And the details of the budget have since suggested that fares will rise.'],
  ['document', 'But extracts from the diary have revealed that the painter was broke.'],
  ['document', 'Excerpts from the logbook show that the ship turned back twice.'],
  ['document', 'But pages of the notebook have shown that he planned the trip.'],
  ['document', 'Yet the minutes of the meeting have clearly shown that nobody objected.'],
  ['document', 'And copies of the letters have also revealed that the bishop knew.'],
  // "details" still a verb after "But"; a conjunction before people.
  ['document', 'But the report details how the money was spent.'],
  ['anonymous', 'But residents have long said that the river floods.', 'residents'],
];

/** A modifier before a document head followed by "of <body>": the document head wins. */
const MODIFIED_HEAD: Probe[] = [
  ['document', 'The operating manual of the river police states that divers must work in pairs.', 'The operating manual of the river police'],
  ['document', 'The training handbook of the county fire brigade says that crews must wear masks.', 'The training handbook of the county fire brigade'],
  ['document', 'The official rulebook of the darts league says that phones are banned.', 'The official rulebook of the darts league'],
  ['document', 'The housing report of the city council found that rents had doubled.', 'The housing report of the city council'],
  ['document', 'A planning document of the harbour board shows that the quay will be rebuilt.', 'A planning document of the harbour board'],
  // People and bodies keep theirs.
  ['anonymous', 'People living near the quay said the cranes were loud.', 'People living near the quay'],
  ['organization', 'The operating company of the ferry said that sailings were cancelled.', 'The operating company of the ferry'],
];

/** "according to a <document> seen/obtained/reviewed by <outlet>": the document is the source, not the outlet nor a person. */
const SEEN_BY: Probe[] = [
  ['document', 'The firm owed $3m, according to a court filing seen by the Harbour Courier.'],
  ['document', 'The mayor knew in May, according to a council memo obtained by the Evening Star.'],
  ['document', 'The pier was unsafe, according to a planning report reviewed by the Gazette.'],
  ['document', 'According to a court filing seen by the Harbour Courier, the firm owed $3m.'],
  ['document', 'The board knew, according to a funding letter obtained by the Post.'],
];

/**
 * Images and recordings are recorded artefacts (sourcing guide: "a written or recorded artefact"; the engine already reads
 * "images", "photos", "video", "footage" so): every image noun in the singular and the plural.
 */
const IMAGE_HEADS: Probe[] = [
  ['document', 'The photo showed two men carrying a ladder into the bank.', 'The photo'],
  ['document', 'The picture shows the minister asleep in the chamber.', 'The picture'],
  ['document', 'A photograph taken in 1921 shows the mill still working.'],
  ['document', 'The image shows a crack in the dam wall.', 'The image'],
  ['document', 'The image appears to show a crack in the dam wall.', 'The image'],
  ['document', 'A snapshot from the party shows the coach holding a glass.', 'A snapshot from the party'],
  ['document', 'The clip shows the goalkeeper pushing the referee.', 'The clip'],
  ['document', 'Security camera footage showed the van leaving at midnight.', 'Security camera footage'],
  ['document', 'Pictures posted online show flames on the roof.', 'Pictures posted online'],
  ['document', 'The screenshots show that the messages were deleted.'],
  // Not a report: a picture as a thing, a photo taken, a "picture" of the situation.
  ['unattributed', 'The photo was taken in 1921.'],
  ['unattributed', 'She showed the photo to the jury.'],
  ['unattributed', 'The picture is complicated by the drought.'],
];

/** Law, rule and record heads (ordinance, statute, regulation, diary, notebook ...) with any verb of a document. */
const LAW_HEADS: Probe[] = [
  ['document', 'The ordinance says that stalls must close by midnight.', 'The ordinance'],
  ['document', 'The statute states that a mayor serves four years.', 'The statute'],
  ['document', 'The new regulation says boats must carry lights.', 'The new regulation'],
  ['document', 'The club’s constitution states that members may vote.', 'The club’s constitution'],
  ['document', 'The directive says that all ferries must carry a doctor.', 'The directive'],
  ['document', 'The lease says that the tenant pays for repairs.', 'The lease'],
  ['document', 'His diary records that the ship turned back twice.', 'His diary'],
  ['document', 'The amendment states that no tower may exceed 12 floors.', 'The amendment'],
];

/** Verbs of prescribing and clarifying ("make(s) (it) clear", "spell(s) out", "stipulate(s)", "require(s) that", "provide(s) that"). */
const PRESCRIBING: Probe[] = [
  ['document', 'The bill makes clear that landlords must fit smoke alarms.', 'The bill'],
  ['document', 'The guidelines make it clear that boats need lights.', 'The guidelines'],
  ['document', 'The contract stipulates that the club can sell the ground.', 'The contract'],
  ['document', 'The lease stipulated that rent would rise each year.', 'The lease'],
  ['document', 'The regulations require that every boat carries a radio.', 'The regulations'],
  ['document', 'The statute provides that the mayor serves four years.', 'The statute'],
  ['document', 'The handbook spells out that crews must wear masks.', 'The handbook'],
  ['document', 'The rules clearly spell out that phones are banned.', 'The rules'],
  ['organization', 'The ministry has made it clear that the school will close.', 'The ministry'],
  ['named-person', 'Coach Ida Brandt makes clear that the captain will play.', 'Ida Brandt'],
  // Not a statement: a requirement of people or things, a provision of goods.
  ['unattributed', 'The job requires patience and a steady hand.'],
  ['unattributed', 'The charity provides meals for 200 families.'],
  ['unattributed', 'The new bridge requires that the road be widened.'],
  ['unattributed', 'The fog made it clear to nobody where the shore was.'],
];

/** Process nouns (test, inspection, audit, inquiry, post-mortem, examination ...) with verbs of discovery. The class is the noun. */
const PROCESS_DISCOVERY: Probe[] = [
  ['document', 'Further tests discovered a crack in the hull.'],
  ['document', 'A second inspection uncovered rust in three of the beams.'],
  ['document', 'The audit has discovered that two accounts had been emptied.'],
  ['document', 'The inquiry uncovered a pattern of missing payments.'],
  ['document', 'The post-mortem revealed that he had drowned.'],
  ['document', 'A blood test detected traces of the drug.'],
  ['document', 'The examination identified a fracture in the skull.'],
  ['document', 'The review discovered that the pumps had failed twice.'],
  ['document', 'The test found lead in the school’s water.'],
  // A person or group discovering something is narration.
  ['unattributed', 'Divers discovered a crack in the hull.'],
  ['unattributed', 'She discovered that two accounts had been emptied.'],
  ['unattributed', 'The hikers uncovered a Roman coin near the path.'],
  ['unattributed', 'The inspection took place on Monday.'],
];

/** A document presents, cites, uses, draws on, explores or examines data/figures/records/evidence showing or suggesting X. */
const EVIDENCE_PARTICIPLE: Probe[] = [
  ['document', 'The report presents data showing that most ferries run late.', 'The report'],
  ['document', 'The study cites figures suggesting that rents doubled.', 'The study'],
  ['document', 'The review draws on records indicating that the mill closed in 1921.', 'The review'],
  ['document', 'The paper uses new statistics showing that fewer children swim.', 'The paper'],
  ['document', 'The report, published on Monday, examines evidence suggesting that the dam leaks.', 'The report'],
  ['document', 'The analysis explores census data showing that the town has grown.', 'The analysis'],
  // Not a document: a person using data is narration here; "uses data" without what it shows is no report.
  ['unattributed', 'The report uses data from 40 schools.'],
  ['unattributed', 'The farmer uses figures showing his yield to plan the harvest.'],
];

/** "call(s) on <NP>, <appositive or relative clause>, to <verb>": the appeal, for any subject, also a pronoun for a document. */
const CALLS_ON: Probe[] = [
  ['document', 'The report calls on the county, which owns the ferry, to freeze fares.', 'The report'],
  ['document', 'The ferry report found that fares doubled. It calls on the county, the ferry’s owner, to freeze fares.', 'The ferry report'],
  ['document', 'The study’s authors call on the council, the city’s biggest landlord, to freeze rents.'],
  ['document', 'The audit of the port was released today. It also calls on the harbour board, which runs the docks, to cut costs.'],
  ['document', 'The letter urges ministers, who meet next week, to scrap the tax.', 'The letter'],
  ['document', 'The petition calls on the mayor, Ida Berg, to resign.', 'The petition'],
  // Not an appeal: a visit ("called on the family"), a call on a phone.
  ['unattributed', 'The bishop called on the family, who live near the church, to offer comfort.'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['bare appositive', BARE_APPOSITIVE],
  ['quoted title', QUOTED_TITLE],
  ['leading conjunction', LEADING_CONJUNCTION],
  ['modified head', MODIFIED_HEAD],
  ['seen by', SEEN_BY],
  ['image heads', IMAGE_HEADS],
  ['law heads', LAW_HEADS],
  ['prescribing', PRESCRIBING],
  ['process discovery', PROCESS_DISCOVERY],
  ['evidence participle', EVIDENCE_PARTICIPLE],
  ['calls on', CALLS_ON],
];

export const OPEN = new Set<string>([
  // A quoted title after a document subject: the rule (subjectBefore() skips "titled/entitled/called/named “...”" and a quotation
  // between commas) passes all six and changes no tuned/dev/w10 output, but costs 60-130 B gzipped, over this helper's byte
  // budget; it is kept as a patch, /tmp/sl/s20/rc/title.diff, for the lead to apply when there is room.
  'The 90-page report, “Roads to Nowhere”, found that half the bridges were unsafe.',
  'A study titled “Sleep and the City” found that traffic noise wakes children.',
  'A new analysis entitled "Cold Currents" shows that the reef is dying.',
  'The union’s memo, called “Next Steps,” says that the depot will close.',
  'A 2021 survey named “Voices of the Valley” found that most farmers were in debt.',
  'The audit, “Lost Millions”, has revealed that two accounts were emptied.',
  // A raising verb between the document and its verb ("appears to show", "seems to confirm"): subjectBefore() reads only "went on
  // to" and "took to X to" there; the frame holds for every subject (the video, the police), not only images; not taken.
  'The image appears to show a crack in the dam wall.',
]);
