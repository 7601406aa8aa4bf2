/**
 * Session 17 probes (s17a): a group noted from the writer's own sentence (so that a later "they" finds it) must not
 * outrank the body named in that group's own appositive, nor the study whose researchers it is (kinds-w10.md, Task A.3(1)
 * and TYPE "study researchers shadowed"), in fresh sentences written for this suite (none copied from gold or held-out
 * files). Same shape as engine-s12-probes.data.ts: [expected tag, or 'none'; text; expected source; expected via]; the
 * LAST sentence of the text is checked; source and via only when given.
 */
import type { Probe } from './engine-s12-probes.data';

/** "The porters, who belong to Porters for Safe Clinics, ...": a later "the porters said" is that body, as it was before the group was noted. */
const BODY_IN_GROUP_APPOSITIVE: Probe[] = [
  ['organization', 'On Tuesday the doctors asked the health board for two more ambulances.\n\nThe doctors, who belong to the campaign group Doctors for Rural Hospitals, DRH, have run a weekend clinic since 2021.\n\n“We are exhausted,” the doctors wrote in a letter.', 'Doctors for Rural Hospitals'],
  ['organization', 'On Tuesday the doctors asked the health board for two more ambulances.\n\nThe doctors, who belong to the campaign group Doctors for Rural Hospitals, DRH, have run a weekend clinic since 2021.\n\nThe board has not replied.\n\nThe doctors warned that patients would die on the roads.', 'Doctors for Rural Hospitals'],
  ['organization', 'Last week the porters asked the trust for a pay rise.\n\nOn Monday, the porters, who belong to Porters for Safe Clinics, staffed a picket line.\n\nThe porters claimed that three colleagues had been injured.', 'Porters for Safe Clinics'],
  ['organization', 'The midwives told the inquiry that two wards were unsafe.\n\nThe midwives, members of Midwives for Safer Clinics, have run a night service since 2020.\n\nThe midwives said the service would end in May.', 'Midwives for Safer Clinics'],
  ['organization', 'Three doctors at the Eastgate Clinic, members of Doctors for Rural Hospitals, resigned on Friday.\n\nThe doctors said the clinic was unsafe.', 'Doctors for Rural Hospitals'],
  // (s18a: a capitalised "<Noun>s for <Name>" run is a body's name, noted in passing.)
  ['organization', 'The pilots asked the airline for longer rests.\n\nThe pilots, who belong to Pilots for Rested Crews, have turned down overtime since May.\n\nThe pilots said fatigue had caused two near misses.', 'Pilots for Rested Crews'],
  // Look-alikes: the body in the appositive is only where they work; no appositive at all; a capitalised group opening the sentence.
  ['anonymous', 'The midwives told the inquiry that two wards were unsafe.\n\nThe midwives, who work at the Westbrook Clinic, have run a night service since 2020.\n\nThe midwives said the service would end in May.', 'The midwives'],
  ['anonymous', 'The nurses told the board that the ward was short of beds.\n\nThe nurses walked out on Monday.\n\nThe nurses said overtime had not been paid since March.', 'The nurses'],
  ['anonymous', 'Doctors at three rural practices closed their doors on Friday.\n\nThe doctors said they could not hire nurses.', 'Doctors'],
  ['anonymous', 'Mayor Ines Park said the beach was safe.\n\nLifeguards on the north beach walked off the job on Sunday.\n\nThe lifeguards said two towers had no radios.'],
  // The group, now noted before what the sentence names in passing, still is the "they" (not the two people it met).
  ['anonymous', 'Mayor Ruth Okoye said the ferry would run again in May.\n\nFishermen on the quay met Ana Lee and Tom Hale on Monday.\n\nThey said the engines had not been fixed.', 'Fishermen'],
];

/** "During the trial, researchers at five hospitals fed ...": the study's researchers, who speak as the study (CONVENTIONS). */
const NARRATED_RESEARCHERS_OF_STUDY: Probe[] = [
  ['document', 'A study of 2,000 toddlers was published on Wednesday.\n\nDuring the trial, researchers at five hospitals fed the children fortified milk.\n\nAnaemia fell by half, the researchers found.', 'A study'],
  ['document', 'A paper in the Journal of Sleep Research was released this week.\n\nResearchers in three countries tracked 800 night-shift workers for a year.\n\nThe researchers concluded that short naps cut errors.', 'A paper'],
  ['document', 'The trial was published in a medical journal on Thursday.\n\nIn the first phase, researchers at two universities gave 400 volunteers a nasal vaccine.\n\nThe researchers noted that side effects were mild.', 'The trial'],
  ['document', 'A survey of 1,500 tenants was published by the Kell Foundation on Monday.\n\nAt each block, researchers knocked on every door.\n\nMost tenants wanted a rent cap, the researchers reported.', 'A survey'],
  // Look-alikes: researchers with no study in play; another group narrated during a study.
  ['anonymous', 'Researchers at four clinics gave 300 patients a new painkiller.\n\nThe researchers said the drug was safe.'],
  ['anonymous', 'A study of 900 pupils found that tutoring raised scores.\n\nAt the schools, teachers kept a diary for a year.\n\nThe teachers said the extra work was worth it.'],
];

/** Left open, with why (run as todo). */
const OPEN_PROBES: Probe[] = [
  // A body whose name does not carry the group's noun as its head (or is not recognised as a body at all): only a rule that
  // links the appositive "members of / who belong to <Body>" to the group would do it; it did not fit the byte budget.
  ['organization', 'The cabbies asked the council to scrap the new lanes.\n\nThe cabbies, members of the Cabbies Alliance, drove slowly through the centre on Friday.\n\nThe cabbies warned that fares would rise.', 'the Cabbies Alliance'],
  // "they" after a narrated group of a study's researchers still finds the group: "they" takes no singular document.
  ['document', 'A study of 2,000 toddlers was published on Wednesday.\n\nResearchers at five hospitals fed the children fortified milk.\n\nThey reported that anaemia fell by half.'],
  // "the authors" narrated during a report: adding "authors" to the study's voices turned a sentence of the w10 batch wrong.
  ['document', 'A report on river pollution came out on Monday.\n\nIn the autumn, the authors sampled water at 40 sites.\n\nNitrate levels were twice the legal limit, the authors wrote.'],
];

export const ALL_PROBES: Array<[string, Probe[]]> = [
  ['body in the group\'s appositive', BODY_IN_GROUP_APPOSITIVE],
  ['narrated researchers of a study', NARRATED_RESEARCHERS_OF_STUDY],
  ['open', OPEN_PROBES],
];

/** Probes the engine does not yet read right, with why; they run as todo. */
export const OPEN = new Set<string>(OPEN_PROBES.map((p) => p[1]));
