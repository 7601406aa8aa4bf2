// Lexicon coverage: words of the closed classes (reporting verbs, document nouns, bodies,
// unnamed people, governments by place, anonymity frames) that the lists once missed.
// Each sentence was written for this file, not taken from a gold file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/engine/index';
import type { SentenceResult, Tag } from '../../src/types/analysis';

function last(text: string): SentenceResult {
  const a = analyzeText(text);
  return a.sentences[a.sentences.length - 1];
}

function expectTag(text: string, tag: Tag, source?: string, cue?: string): void {
  const s = last(text);
  assert.equal(s.tag, tag, `${text} -> ${s.tag} (${s.source}, ${s.cue})`);
  if (source !== undefined) assert.equal(s.source, source, text);
  if (cue !== undefined) assert.equal(s.cue, cue, text);
}

test('reporting verbs of stating and stance take a named subject', () => {
  expectTag('Councillor Ama Boateng underscored that the clinic would stay open through the winter.', 'named-person', 'Ama Boateng', 'underscored');
  expectTag('Ama Boateng underlined that no final decision had been taken on the depot.', 'named-person', 'Ama Boateng', 'underlined');
  expectTag('Ama Boateng downplayed the risk of another landslide near the quarry.', 'named-person', 'Ama Boateng', 'downplayed');
  expectTag('Ama Boateng outlined plans to hire 40 more nurses by June.', 'named-person', 'Ama Boateng', 'outlined');
  expectTag('Ama Boateng implied that the contractor had cut corners.', 'named-person', 'Ama Boateng', 'implied');
  expectTag('Ama Boateng characterized the audit as a witch hunt.', 'named-person', 'Ama Boateng');
  expectTag('Ama Boateng highlighted a 14% fall in burglaries since 2021.', 'named-person', 'Ama Boateng', 'highlighted');
  expectTag('Ama Boateng lauded the volunteers who rebuilt the footbridge.', 'named-person', 'Ama Boateng', 'lauded');
  expectTag('Ama Boateng commended the crews for restoring power within a day.', 'named-person', 'Ama Boateng', 'commended');
  expectTag('Ama Boateng reckons the repairs will take another year.', 'named-person', 'Ama Boateng', 'reckons');
});

test('"reminded" names its listener like "told"', () => {
  expectTag('Ama Boateng reminded reporters that the permit expired in 2022.', 'named-person', 'Ama Boateng', 'reminded reporters');
});

test('verbs that also name acts report only with a clause', () => {
  expectTag('Ama Boateng protested that her remarks had been cut short.', 'named-person', 'Ama Boateng', 'protested');
  expectTag('Ama Boateng repeated that the depot had passed every inspection.', 'named-person', 'Ama Boateng', 'repeated');
  expectTag('The tribunal determined that the dismissal was unfair.', 'organization', 'The tribunal', 'determined');
  expectTag('Ama Boateng hoped the talks would end the strike before Christmas.', 'named-person', 'Ama Boateng', 'hoped');
  expectTag('Ama Boateng requested that the hearing be moved to the spring.', 'named-person', 'Ama Boateng', 'requested');
  // The same verbs narrating an act are not attributions.
  expectTag('Hundreds protested outside the depot on Saturday.', 'unattributed');
  expectTag('Ama Boateng repeated the exercise with a second group of pupils.', 'unattributed');
  expectTag('The visiting side requested a video review in the second half.', 'unattributed');
});

test('verb-object frames of stance', () => {
  expectTag('Ama Boateng played down fears of a second outbreak at the farm.', 'named-person', 'Ama Boateng', 'played down');
  expectTag('Ama Boateng pushed back on claims that the depot was unsafe.', 'named-person', 'Ama Boateng', 'pushed back on');
  expectTag('Ama Boateng cast doubt on the council’s figures for the new homes.', 'named-person', 'Ama Boateng', 'cast doubt on');
  expectTag('Ama Boateng lashed out at the regional authority over the delays.', 'named-person', 'Ama Boateng', 'lashed out at');
  expectTag('Ama Boateng appealed for calm after the clashes on Friday night.', 'named-person', 'Ama Boateng', 'appealed for');
});

test('document nouns: drafts, autopsies, probes, results and their plurals', () => {
  expectTag('The autopsy found that the driver had suffered a heart attack.', 'document', 'The autopsy', 'found');
  expectTag('The probe found that the inspectors had skipped three visits.', 'document', 'The probe', 'found');
  expectTag('The draft says member states must report their stockpiles every year.', 'document', 'The draft', 'says');
  expectTag('The resolution calls for an immediate halt to the shelling.', 'document', 'The resolution');
  expectTag('Internal memos show that the board knew about the cracks in 2019.', 'document', 'Internal memos', 'show');
  expectTag('Financial disclosures show that the mayor sold the shares in March.', 'document', 'Financial disclosures', 'show');
  expectTag('Analyses show that two in five tenants pay more than half their income in rent.', 'document', 'Analyses', 'show');
  expectTag('Polling shows that 38% of voters back the plan.', 'document', 'Polling', 'shows');
  expectTag('The results showed that the vaccine cut hospital stays by a third.', 'document', 'The results', 'showed');
  expectTag('Lab tests showed that the well water contained lead.', 'document', 'Lab tests', 'showed');
  expectTag('Files obtained by the newspaper show that the agency knew of the leak.', 'document');
  expectTag('The decision says the company must repay the grant.', 'document', 'The decision', 'says');
  expectTag('He died of smoke inhalation, according to the death certificate.', 'document', 'the death certificate', 'according to');
  expectTag('More than 3,000 residents oppose the quarry, according to the petition.', 'document', 'the petition', 'according to');
});

test('bodies speaking as themselves', () => {
  expectTag('The presidency said the summit would go ahead in May.', 'organization', 'The presidency', 'said');
  expectTag('Buckingham Palace said the king would attend the service.', 'organization', 'Buckingham Palace', 'said');
  expectTag('The Vatican said the pope would visit Lisbon in August.', 'organization', 'The Vatican', 'said');
  expectTag('Downing Street said no decision had been taken on the visit.', 'organization', 'Downing Street', 'said');
  expectTag('The Treasury said borrowing was lower than forecast in April.', 'organization', 'The Treasury', 'said');
  expectTag('The regime said the detained journalists were foreign spies.', 'organization', 'The regime', 'said');
  expectTag('The junta said elections would be held next year.', 'organization', 'The junta', 'said');
  expectTag('The panel found that the officers had followed procedure.', 'organization', 'The panel', 'found');
  expectTag('The Royal Society said the cuts would damage British science.', 'organization', 'The Royal Society', 'said');
  expectTag('The museum said the statue had been taken in 1897.', 'organization', 'The museum', 'said');
  expectTag('The airport said flights would resume on Sunday morning.', 'organization', 'The airport', 'said');
  expectTag('The caucus said it would vote against the budget.', 'organization', 'The caucus', 'said');
  expectTag('The militia said it had taken control of the crossing.', 'organization', 'The militia', 'said');
  expectTag('The inmate was found unresponsive at 6 a.m., the jail said.', 'organization', 'the jail', 'said');
});

test('countries as their governments', () => {
  expectTag('Ghana said it would ask creditors for more time.', 'organization', 'Ghana', 'said');
  expectTag('Ecuador said it would expel the ambassador.', 'organization', 'Ecuador', 'said');
  expectTag('Tanzania said the ship had entered its waters without permission.', 'organization', 'Tanzania', 'said');
  expectTag('Guatemala said it would send police officers to Haiti.', 'organization', 'Guatemala', 'said');
});

test('unnamed people: singular heads and plurals the endings miss', () => {
  expectTag('A villager said the water rose within minutes.', 'anonymous', 'A villager', 'said');
  expectTag('An ally of the senator said she would not run again.', 'anonymous');
  expectTag('Allies of the senator said she would not run again.', 'anonymous');
  expectTag('Rivals said the senator had misled voters.', 'anonymous', 'Rivals', 'said');
  expectTag('Pundits said the debate had changed few minds.', 'anonymous', 'Pundits', 'said');
  expectTag('A paramedic said two people were treated at the scene.', 'anonymous', 'A paramedic', 'said');
  expectTag('A whistleblower said the company hid the losses for years.', 'anonymous', 'A whistleblower', 'said');
});

test('anonymity frames make even a spokesperson anonymous', () => {
  expectTag('A Foreign Ministry spokesperson, who asked not to be identified, said the talks would resume.', 'anonymous');
  expectTag('A Foreign Ministry spokesperson, who spoke under the condition of anonymity, said the talks would resume.', 'anonymous');
  expectTag('A Foreign Ministry spokesperson, who insisted on anonymity, said the talks would resume.', 'anonymous');
  expectTag('A Foreign Ministry spokesperson, who was not authorized to comment publicly, said the talks would resume.', 'anonymous');
  // Knowing a subject is not hiding a name.
  expectTag('Jane Doe, a lawyer familiar with the case, said the appeal would fail.', 'named-person', 'Jane Doe', 'said');
});
