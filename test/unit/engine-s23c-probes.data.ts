/**
 * Session 23 probes (s23c): anonymous classes that recur over the analysed sets (/tmp/sl/s23/rc-classes.md), in fresh
 * sentences written for this suite (none copied from gold or held-out files), with look-alikes that must keep their reading.
 * Same shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected via]; the LAST sentence
 * is checked. A text opening "PUB=<publisher>||" is read with that publisher.
 */
import type { Probe } from './engine-s12-probes.data';

/**
 * FP1: a paragraph in the writer's first person after a person who gave no words ("declined to comment", "did not respond",
 * "could not be reached", "would not say"): nothing of theirs for the paragraph to carry on, so it is the writer's.
 * (The chain it starts, "the woman" and "she" then pointing to that person, was 13 sentences of one long devA feature.)
 */
const AFTER_NO_COMMENT: Probe[] = [
  ['unattributed', 'Mayor Dana Holt did not respond to a request for comment.\n\nI have covered the council for six years, and the budget has never been this late.'],
  ['unattributed', 'Tomas Berg declined to comment.\n\nI reviewed 40 invoices from the firm, and most were paid twice.'],
  ['unattributed', 'Lena Ortiz could not be reached for comment on Friday.\n\nI visited the plant in March, and the gates were locked.'],
  ['unattributed', 'Ravi Shah would not say whether the plant would close.\n\nWe counted 14 empty trucks in the yard that week.'],
  ['unattributed', 'Carla Mendes has not responded to questions about the deal.\n\nI later found her name on a second contract, signed in 2019.'],
  ['unattributed', 'Judge Owen Park declined to be interviewed for this article.\n\nIn my own reporting, I found four similar rulings.'],
  // Look-alikes: a person's words given without marks, then their first-person paragraph, is their block quotation.
  ['named-person', 'Mark Dunn said at the hearing that the firm had grown fast.\n\nI have been building this company for twenty years, and we never missed a payroll.', 'Mark Dunn'],
  ['named-person', 'Ines Varga told the board that the plan was sound.\n\nI have run three of these mergers, and each one paid off.', 'Ines Varga'],
];

/**
 * PR2: "he" / "she" after an unnamed source cited with "according to", whose gender is not known, while a person known to be a
 * man (a woman) was quoted before: the pronoun is that person's, not the cited one's (devA feature: 3 sentences; the w12 profile's
 * "a reporter" is another construction, left out). With nobody else of that gender, the cited one keeps it.
 */
const CITED_NOT_HE: Probe[] = [
  ['named-person', 'Paul Grant ran the depot for a decade. “We never lost a crate,” he told staff.\n\nIn 2019, according to a person familiar with the audit, Susan Lind began logging every shipment. “Nobody checks,” he said in one meeting.', 'Paul Grant'],
  ['named-person', 'Mayor Ruth Alder chaired the board until 2020. “The budget is fine,” she told members. According to a former aide, the deficit had doubled by then. “We will cover it,” she said.', 'Ruth Alder'],
  ['named-person', 'Tom Reyes coached the team for six years. “We play to win,” he said. The club had quietly cut his budget, according to an employee familiar with the accounts. He later insisted that he never saw the numbers.', 'Tom Reyes'],
  ['named-person', 'Gov. Carl Mott spoke first. The deal was nearly dead by June, according to one adviser who was in the room. “We pulled it back,” he said.', 'Carl Mott'],
  // Look-alikes: the cited one described again, or the only one the pronoun fits.
  ['anonymous', 'The depot lost 40 crates, according to a former manager. The manager said the losses began in May.', 'a former manager'],
  ['anonymous', 'According to a senior official, the talks stalled on Monday. He said both sides would meet again.', 'a senior official'],
  ['anonymous', 'Ana Ruiz left the firm in March. The talks stalled, according to a senior official. He said both sides would meet again.', 'a senior official'],
];

/**
 * AN3 (one construction of it): "put it" with the manner of the remark ("put it bluntly", "put it more simply", "put it this way:",
 * "as one trader put it,"): a statement about a statement, the subject's (devB; the s12 Hochul probe, open before).
 */
const PUT_IT: Probe[] = [
  ['anonymous', 'One executive, who asked not to be named, put it more bluntly.', 'One executive'],
  ['anonymous', 'As one currency trader put it, the bank has run out of options.', 'one currency trader'],
  ['anonymous', 'A longtime resident put it simply: “The river is dying.”', 'A longtime resident'],
  ['anonymous', '“The river is dying,” as one fisherman put it.', 'one fisherman'],
  ['anonymous', 'Some economists put it less politely.', 'Some economists'],
  ['named-person', 'Mayor Ann Cole spoke first. She puts it this way: the town has no plan.', 'Ann Cole'],
  ['named-person', 'The coach, Ines Marsh, put it best: “Nobody wins a game like that.”', 'Ines Marsh'],
  // Look-alikes: "put it" with a place or a particle is an act.
  ['unattributed', 'One clerk put it on the counter and walked away.'],
  ['unattributed', 'The family put it up for sale in May.'],
  ['unattributed', 'Several workers put it back together within an hour.'],
];

/**
 * AN3 (another construction of it): a plural subject with the base form of a characterize verb (Levin 29.2) and its "as" frame:
 * "experts regard X as Y", "critics portray", "supporters depict" (the -s and -ed forms and "view" were in the lists; devA).
 */
const REGARD_AS: Probe[] = [
  ['anonymous', 'Many economists regard the plan as reckless.', 'Many economists'],
  ['anonymous', 'Bird experts regard the island – or Kapiti, as locals call it – as the best nesting site in the region.', 'Bird experts'],
  ['anonymous', 'Critics portray the mayor as a puppet of developers.', 'Critics'],
  ['anonymous', 'Tenant advocates depict the law as a lifeline for renters.', 'Tenant advocates'],
  ['anonymous', 'Supporters of the bill depict it as a lifeline for renters.', 'Supporters of the bill'],
  ['anonymous', 'Bird experts regard the island – or Kapiti as locals call it – as the best nesting site in the region.', 'Bird experts'],
  ['anonymous', 'Some residents still regard the dam as a threat.', 'Some residents'],
  // Look-alikes: the noun "regard", and depicting as an act of art.
  ['unattributed', 'In this regard, the council acted quickly.'],
  ['unattributed', 'With regard to taxes, the bill is silent.'],
  ['unattributed', 'The murals depict the harbor in 1900.'],
  ['unattributed', 'Two actors portray the founders in a new film.'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['after no comment', AFTER_NO_COMMENT],
  ['cited is not he', CITED_NOT_HE],
  ['put it', PUT_IT],
  ['regard as', REGARD_AS],
];

export const OPEN = new Set<string>([
  // "put it" is read with a following -ly adverb, "more", "this", "best" or punctuation; "less" was left out (bytes).
  'Some economists put it less politely.',
  // The frame word is looked for only up to a comma (attribution.ts FRAMED), and the comma of an aside ends the search.
  'Bird experts regard the island – or Kapiti, as locals call it – as the best nesting site in the region.',
  // classify reads "Supporters of the bill" as the bill (a document), whatever the verb ("view it as" too).
  'Supporters of the bill depict it as a lifeline for renters.',
]);
