/**
 * Session 28 probes (s28a): bodies read as people, and two frames of wire copy, found in a fresh batch of written
 * articles (test/gold/dev/synth-w16*, labelled before the engine ran on them). Fresh sentences written for this suite
 * (none copied from gold files), with the readings that must not move.
 * Same shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected via]; the LAST sentence
 * is checked.
 */
import type { Probe } from './engine-s12-probes.data';

/** A name that an appositive, a relative "which", an acronym or an earlier company name shows to be a body. */
const BODY_NOT_PERSON: Probe[] = [
  ['organization', 'Hollin Care, which runs 14 homes in the county, said it would appeal.', 'Hollin Care'],
  ['organization', 'Brightwell Minds, which runs a helpline for parents, said calls had doubled since May.', 'Brightwell Minds'],
  ['organization', 'Tessaro, the company behind the Loop fitness band, says no payment data was taken.', 'Tessaro'],
  ['organization', 'NHS Wales said the money came from an existing budget.', 'NHS Wales'],
  ['organization', 'The money came from an existing budget, RTL Group said.', 'RTL Group'],
  // The first word of a company named before, opening the writer's own sentence: the company, not a person named in passing.
  ['organization', 'Marlow Foods AG agreed to buy a Dutch rival for €2 billion. Marlow fell 4% in Frankfurt. Marlow separately reported a loss of €40 million.', 'Marlow'],
  ['organization', 'Ostwind Airways cancelled 40 flights. Ostwind had allegedly ignored two warnings. Ostwind said it did not comment on pending litigation.', 'Ostwind'],
  // "One of the X, the Name, ...": the appositive names the body.
  ['organization', 'One of the smaller parties, the Farmers League, confirmed it had been approached.', 'the Farmers League'],
  ['organization', 'The regulator, the Energy Market Authority, said it would investigate the outage.', 'the Energy Market Authority'],
];

/** People keep their reading. */
const PEOPLE_STAY: Probe[] = [
  ['named-person', 'Maria Lopez, who runs a helpline for parents, said calls had doubled since May.', 'Maria Lopez'],
  ['named-person', 'John Hale III said the plant would close.', 'John Hale III'],
  ['named-person', 'JJ Okafor said the plant would close.', 'JJ Okafor'],
  ['named-person', 'Ada Quist, the woman behind the campaign, said the pool would reopen.', 'Ada Quist'],
  ['named-person', 'Dana Marlow joined the board in May. Marlow said the plant would close.', 'Marlow'],
];

/** "..., an allegation the ministry rejected": a relative clause after a common noun and "the"; its subject is no source. */
const RELATIVE_AFTER_THE: Probe[] = [
  ['organization', 'The Westbank Rights Centre said those detained had been denied lawyers, an allegation the ministry rejected.', 'The Westbank Rights Centre'],
  ['unattributed', 'The airline had received two earlier warnings about the runway, a claim the airline has denied.'],
  ['unattributed', 'The hospital was short of nurses that night, a finding the trust disputes.'],
  // Not a post-modifier with a preposition before "the".
  ['anonymous', 'A person familiar with the talks said the deal was close.', 'A person familiar with the talks'],
  ['anonymous', 'An official at the ministry said the deal was close.', 'An official at the ministry'],
];

/** "There was no immediate comment from X": a statement about X's statements, X's. */
const NO_COMMENT_FROM: Probe[] = [
  ['organization', 'The army said it had taken the radio station. There was no immediate comment from the presidency.', 'the presidency'],
  ['organization', 'There was no comment from the club on Tuesday.', 'the club'],
  ['named-person', 'Vera Kallas resigned on Monday. There was no immediate comment from Kallas.', 'Kallas'],
];

/**
 * "Interfax quoted a senior official as saying ...": the one quoted speaks, whoever quotes; an outlet quoting is the via
 * (CONVENTIONS: "was quoted as saying" keeps the outlet that quoted in `via`). s27 tried a first rule that also made the
 * outlet a candidate: where the one quoted was not found ("NBC quoted the agency as saying", "the agency" falling back to
 * the outlet just named), the outlet came out as the source.
 */
const QUOTED_AS: Probe[] = [
  ['anonymous', 'The Novy Glas daily quoted an unnamed Gazcor executive as saying that flows would be cut.', 'an unnamed Gazcor executive'],
  ['anonymous', 'Interfax quoted a source close to the talks as saying the deal was dead.', 'a source close to the talks', 'Interfax'],
  ['organization', 'Reuters quoted the ministry as saying the border would reopen.', 'the ministry', 'Reuters'],
  ['anonymous', 'State media cited officials as saying the dam was safe.', 'officials', 'State media'],
  ['anonymous', 'The agency quoted witnesses as saying the convoy had turned back.', 'witnesses'],
  ['named-person', 'The newspaper quoted Fed chair Jerome Powell as saying rates would stay high.', 'Jerome Powell'],
  // The one quoted is not the outlet quoting it: "the agency" here is a body, not the broadcaster just named.
  ['organization', 'NBC reported the storm had hit the coast. NBC quoted the agency as saying that 40 homes were lost.', 'the agency', 'NBC'],
  // A sentence ending before any "as" (a heading, a caption): no quotation, and no error.
  ['none', 'The Times quoted Maria Lopez'],
  ['unattributed', 'Shares fell. Interfax quoted the minister'],
  // Not a reason given, nor a participle.
  ['unattributed', 'He cited rising costs as a reason for the delay.'],
  ['document', 'Text messages quoted in the indictment show the two discussing the car in what prosecutors describe as veiled terms.', 'Text messages quoted in the indictment'],
];

/** Not yet read right (see OPEN). */
const S28A_OPEN: Probe[] = [
  // The appositive is read only where the name speaks: as the subject of the writer's own sentence the name is noted as a
  // person's, and the later "Tessaro says" follows that.
  ['organization', 'Tessaro, the company behind the Loop fitness band, was hacked. Tessaro says no payment data was taken.', 'Tessaro'],
  // A pronoun quoted ("quoted her as saying") is not resolved: only a subject pronoun is (and the passive "was quoted by NBC as
  // saying" is skipped). Both tried (+60 B gzipped), left for engine bytes.
  ['named-person', 'Vera Kallas resigned on Monday. The Times quoted her as saying the deal was dead.', 'Vera Kallas', 'The Times'],
  ['organization', 'The ministry was quoted by Interfax as saying the talks had stalled.', 'The ministry', 'Interfax'],
  // Found in the w18 batch (after the fixes above). A relative clause in the appositive that ends in a name is read as the
  // name's appositive ("the minister, Jan Novak,"): "not after a relative word" fixes it (one held-out sentence more, none
  // broken), +60 to +120 B gzipped; left for bytes.
  ['organization', 'Alder Group, which owns the Hotel Metropol, said the sale was complete.', 'Alder Group'],
  // A body's description with a name in apposition: the name is read as a person's.
  ['organization', "The property's management company, Sandpoint Residential, did not respond to calls.", 'Sandpoint Residential'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['body not person', BODY_NOT_PERSON],
  ['people stay', PEOPLE_STAY],
  ['relative after the', RELATIVE_AFTER_THE],
  ['no comment from', NO_COMMENT_FROM],
  ['quoted as', QUOTED_AS],
  ['s28a (open)', S28A_OPEN],
];

export const OPEN = new Set<string>(S28A_OPEN.map((p) => p[1]));
