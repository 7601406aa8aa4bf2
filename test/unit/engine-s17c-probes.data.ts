/**
 * Session 17 probes (s17c): company typing from the held-out WRITTEN error kinds (TYPE, "company typed as person", and
 * "document vs organization" in /tmp/sl/s17/kinds-w10.md), in fresh sentences written for this suite (none copied from gold
 * or held-out files), with look-alikes that must keep their reading. Same shape as engine-s12-probes.data.ts: [expected tag,
 * or 'none'; text; expected source; expected via]; the LAST sentence of the text is checked; source and via only when given.
 */
import type { Probe } from './engine-s12-probes.data';

/** A company named in full in the writer's own sentence, with a company noun before it or in its appositive: its short form later is the company. */
const SHORT_FORM: Probe[] = [
  ['organization', 'The ferry firm Kelvane Docks plans to cut 200 jobs.\n\nKelvane did not respond to emails on Friday.', 'Kelvane'],
  ['organization', 'The toy maker Pellow Crafts closed its last shop in March.\n\nPellow said demand had collapsed.', 'Pellow'],
  ['organization', 'Garnet Looms, a carpet maker, moved its factory to Spain last year.\n\nGarnet declined to comment.', 'Garnet'],
  ['organization', 'Brannock Outdoor, a tent maker, cut its forecast on Monday.\n\nBrannock said it would not comment on rumours.', 'Brannock'],
  ['organization', 'Brannock Outdoor, a tent maker, cut its forecast on Monday.\n\nBrannock Outdoor said the rumours were false.', 'Brannock Outdoor'],
  ['organization', 'Last year the builder Harwick Homes sold 900 houses.\n\nHarwick said prices would hold.', 'Harwick'],
  // Look-alikes: a person with a trade, a person named in full then by surname, a family name that is also a firm's.
  ['named-person', 'Orla Venn, a tent maker, sold her business in May.\n\nVenn said she had no regrets.', 'Venn'],
  ['named-person', 'Maria Kessel runs the bakery.\n\nKessel said on Friday that it would take a year.', 'Kessel'],
  ['named-person', 'Tobias Renk opened a bakery in 2019.\n\nRenk said it was the best decision of his life.', 'Renk'],
  ['named-person', 'The firm’s founder, Ilse Marlow, retired in May.\n\nMarlow said it had been a hard decision.', 'Marlow'],
  ['named-person', 'Ford Motor recalled 10,000 trucks.\n\nAnna Ford said it would rain.', 'Anna Ford'],
  ['named-person', 'Ford Motor recalled 10,000 trucks.\n\nJim Ford, a dealer in Ohio, said it was a mess.', 'Jim Ford'],
  ['organization', 'Ford Motor recalled 10,000 trucks.\n\nFord said it would pay for repairs.', 'Ford'],
];

/** A two-word name of no known gender whose clause says "it" does something is a body; "it" of a copula ("it was a mistake") is a thing. */
const NAME_SAYS_IT: Probe[] = [
  ['organization', 'Brannock Outdoor said it would not comment on rumours.', 'Brannock Outdoor'],
  ['organization', 'Selwyn Quarries said it expected a loss this year.', 'Selwyn Quarries'],
  ['organization', 'Dorrit Haulage told investors that it had lost two contracts.', 'Dorrit Haulage'],
  // Look-alikes: "it" as the subject of a copula or of the weather; a first name that tells the gender.
  ['named-person', 'Tamsin Quill said it was a mistake.', 'Tamsin Quill'],
  ['named-person', 'Ebbe Marlow said it would be a hard winter.', 'Ebbe Marlow'],
  ['named-person', 'Jonas Arbel said it was a mistake to sell the farm.', 'Jonas Arbel'],
  ['named-person', 'Anna Dorsey said that it would close in May.', 'Anna Dorsey'],
  ['named-person', 'Hollis said it was a mistake.', 'Hollis'],
  ['organization', 'Orvane said it was cutting 200 jobs.', 'Orvane'],
  // A name typed a person only by its shape earlier ("from Brannock Outdoor"): its "it" still makes it a body.
  ['organization', 'Hikers have long bought tents from Brannock Outdoor.\n\nBrannock said it would open a new shop.', 'Brannock'],
  // A person described by an appositive ("a nurse") is a person, whatever the "it".
  ['named-person', 'Ebbe Marlow, a nurse, said it would take years.', 'Ebbe Marlow'],
  ['named-person', 'Ebbe Marlow said it’s a shame.', 'Ebbe Marlow'],
  // Look-alikes that over-reach: a person first named in full, with a first name the name lists do not know; the listener's
  // "it"; a weather "it".
  ['named-person', 'Tobias Renk opened a bakery in 2019.\n\nRenk said it would stay open.', 'Renk'],
  ['named-person', 'Ilse Marlow told the council that it should cut fares.', 'Ilse Marlow'],
  ['named-person', 'Ilse Marlow said it rained all week.', 'Ilse Marlow'],
];

/** "<Co>'s rival / a competitor, <Name>, said": the name in the appositive of a company's rival is a company. */
const RIVAL_APPOSITIVE: Probe[] = [
  ['organization', 'A smaller competitor, Tessaly Outfitters, said its orders rose.', 'Tessaly Outfitters'],
  ['organization', 'Kelvane’s rival, Marrow Shippers, said it would match the price cut.', 'Marrow Shippers'],
  ['organization', 'A rival firm, Marrow Shippers, said prices would rise.', 'Marrow Shippers'],
  // Look-alikes: a person's rival, a fellow runner.
  ['named-person', 'Her rival, Ebbe Marlow, said the race was close.', 'Ebbe Marlow'],
  ['named-person', 'A fellow runner, Ebbe Marlow, said the race was close.', 'Ebbe Marlow'],
];

/** "according to data <a body> sent": a reduced relative clause after a document noun; the document is the head. */
const DOCUMENT_RELATIVE: Probe[] = [
  ['document', 'The bridge saw 30 crashes last year, according to data the harbour authority sent to councillors.'],
  ['document', 'Rents rose 9%, according to figures the housing ministry published on Monday.'],
  ['document', 'Rents rose 9%, according to a survey the council carried out in May.'],
  // Look-alikes: the body itself, data from a body, people a body spoke to.
  ['document', 'The bridge saw 30 crashes last year, according to data from the harbour authority.'],
  ['organization', 'Rents rose 9%, according to the Housing Ministry.'],
  ['anonymous', 'Rents rose 9%, according to people the council spoke to.'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['company short form', SHORT_FORM],
  ['name says it', NAME_SAYS_IT],
  ['rival appositive', RIVAL_APPOSITIVE],
  ['document relative', DOCUMENT_RELATIVE],
];

/** Probes the engine does not yet read right, with why; they run as todo. */
export const OPEN = new Set<string>([
  // The company's noun before the name or in its appositive is not yet read in the writer's own sentences: a version that does
  // (classify.ts companyContext, memory.ts keeping a company's name off the people) passes these but costs ~125 B gzip and
  // moved no dev, tuned or written figure, so it is left out.
  'The ferry firm Kelvane Docks plans to cut 200 jobs.\n\nKelvane did not respond to emails on Friday.',
  'The toy maker Pellow Crafts closed its last shop in March.\n\nPellow said demand had collapsed.',
  'Garnet Looms, a carpet maker, moved its factory to Spain last year.\n\nGarnet declined to comment.',
  'Brannock Outdoor, a tent maker, cut its forecast on Monday.\n\nBrannock Outdoor said the rumours were false.',
  // "builder" is no company noun in the lexicon (a builder is as often a person).
  'Last year the builder Harwick Homes sold 900 houses.\n\nHarwick said prices would hold.',
  // A company's noun before the appositive name ("A rival firm, X,") could type it (resolve.ts, +14 B), but that moved
  // nothing on w10 and cost the older written batches 0.0008, and "The bakery's owner, Ilse Marlow," needs a person-noun
  // exception on top; without "its"/"it", "rival" and "competitor" are a person's too ("Her rival, Ebbe Marlow").
  'A rival firm, Marrow Shippers, said prices would rise.',
  // The "it"/"its" test for names of any length, for names typed person before and for the appositive's name (resolve.ts,
  // +39 B) passed these and moved no tuned or dev sentence, but cost held-out news 0.001 and types as a body any person whose
  // first name is not in the lists and whose "it" is not a copula's ("Ilse Marlow said it rained all week"): left out until
  // a person's "it" can be told from a body's.
  'Brannock Outdoor, a tent maker, cut its forecast on Monday.\n\nBrannock said it would not comment on rumours.',
  'Brannock Outdoor said it would not comment on rumours.',
  'Dorrit Haulage told investors that it had lost two contracts.',
  'Selwyn Quarries said it expected a loss this year.',
  'Hikers have long bought tents from Brannock Outdoor.\n\nBrannock said it would open a new shop.',
  'A smaller competitor, Tessaly Outfitters, said its orders rose.',
  'Kelvane’s rival, Marrow Shippers, said it would match the price cut.',
  // The one-word rule reads any "it" within 20 characters of the cue, a copula's too ("it was a mistake": the thing he talks about).
  'Hollis said it was a mistake.',
]);
