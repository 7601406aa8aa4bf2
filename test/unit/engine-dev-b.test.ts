// Splitting, claim vs non-claim and hedges found on the development gold set: one rule each,
// with sentences written for the test (not copied from the gold files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, splitSentences } from '../../src/engine/index';
import { kindsOf as kinds } from './engine-read';

const split = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));
const last = (t: string) => {
  const s = analyzeText(t).sentences;
  return s[s.length - 1];
};

// --- splitting ---

test('a short quoted slogan with periods inside a sentence does not split it', () => {
  const t = 'Ohio’s new “Drive Sober. Arrive Alive.” billboard campaign drew complaints on Tuesday. Officials defended it.';
  assert.deepEqual(split(t), ['Ohio’s new “Drive Sober. Arrive Alive.” billboard campaign drew complaints on Tuesday.', 'Officials defended it.']);
});

test('a quotation that opens the sentence still splits into its sentences', () => {
  assert.deepEqual(split('“We are ready. We have the votes.” The bill passed.'), ['“We are ready.', 'We have the votes.”', 'The bill passed.']);
});

test('"pre-K." and "Article 35A." end a sentence: a letter after a hyphen or digit is no initial', () => {
  assert.deepEqual(split('The district pays for universal pre-K. (Two nearby towns do not.)'), ['The district pays for universal pre-K.', '(Two nearby towns do not.)']);
  assert.deepEqual(split('India revoked Article 35A. Pakistan protested.'), ['India revoked Article 35A.', 'Pakistan protested.']);
  assert.deepEqual(split('The book by J. R. R. Tolkien sold well.'), ['The book by J. R. R. Tolkien sold well.']);
});

test('a sentence ending in an e-mail or web address ends there', () => {
  assert.deepEqual(split('Jane Roe may be reached at jroe@example-news.com. Follow her on Twitter.'), ['Jane Roe may be reached at jroe@example-news.com.', 'Follow her on Twitter.']);
  assert.deepEqual(split('Read the filing at courts.gov. The judge ruled Monday.'), ['Read the filing at courts.gov.', 'The judge ruled Monday.']);
  assert.deepEqual(split('The U.S. officials met. They talked.'), ['The U.S. officials met.', 'They talked.']);
});

test('an ellipsis after a period opens the next quoted sentence', () => {
  assert.deepEqual(split('“I listen first. ... I want to hear every voice.”'), ['“I listen first.', '... I want to hear every voice.”']);
  assert.deepEqual(split('"We lost the vote. … Next year we win," Ortiz said.'), ['"We lost the vote.', '… Next year we win," Ortiz said.']);
});

test('a spaced ellipsis before a capitalised opener ends the sentence, before a lower-case word it does not', () => {
  assert.deepEqual(split('"She meant the young voters … She knows they care," Lee said.'), ['"She meant the young voters …', 'She knows they care," Lee said.']);
  assert.deepEqual(split('"As far as … taxes go, we agree," Lee said.'), ['"As far as … taxes go, we agree," Lee said.']);
});

test('a quoted sentence ending in a period followed by a short attribution stays one sentence', () => {
  assert.deepEqual(split('“He fished there every summer.” Ramos told reporters. The river rose.'), ['“He fished there every summer.” Ramos told reporters.', 'The river rose.']);
  assert.deepEqual(split('“We won.” Ramos said the count was over.'), ['“We won.”', 'Ramos said the count was over.']);
});

// --- claims and non-claims ---

test('a question inside quotation marks is reported speech, and a claim', () => {
  const a = analyzeText('“Where does the money go?” Patel said at the hearing. “Where does it ever stop?\nThe towns are paying for it.”');
  assert.deepEqual(a.sentences.map((s) => s.claim), [true, true, true]);
  assert.equal(a.sentences[1].source, 'Patel');
  assert.deepEqual(kinds('Where does the money go? The council did not say.'), ['question', true]);
});

test('a short sentence that opens a longer quotation is part of the speech', () => {
  const a = analyzeText('"Sure. That matters a great deal to us," Okafor said.');
  assert.equal(a.sentences[0].claim, true);
  assert.equal(a.sentences[0].source, 'Okafor');
  assert.deepEqual(kinds('Sure.'), ['fragment']);
});

test('notices, provenance lines and social pointers are not claims', () => {
  assert.deepEqual(kinds('Disclaimer: The views and tips expressed by the analysts on this site are their own and not those of the website, its owners or its management, who accept no liability.'), ['instruction']);
  assert.deepEqual(kinds('Examplemoney.com advises users to consult certified advisers before making any investment decision.'), ['instruction']);
  assert.deepEqual(kinds('Apple advises owners to update their phones at once.'), [true]);
  assert.deepEqual(kinds('Originally published on Space Daily.'), ['instruction']);
  assert.deepEqual(kinds('Follow Ana Ruiz on Twitter and Instagram.'), ['instruction']);
  assert.deepEqual(kinds('Follow the Herald @dailyherald and on Facebook.'), ['instruction']);
  assert.deepEqual(kinds('Find The Gazette on Facebook.'), ['instruction']);
  assert.deepEqual(kinds('Like many carmakers, Ford cut its forecast after a Facebook post by its chief.'), [true]);
});

test('contact lines and contribution lines are bylines', () => {
  assert.deepEqual(kinds('Jane Roe may be reached at jroe@example-news.com.'), ['byline']);
  assert.deepEqual(kinds('Associated Press writer Tom Lin in Denver contributed to this report.'), ['byline']);
});

test('a bracketed title is a related link; a bracketed sentence is not', () => {
  assert.deepEqual(kinds('The drug changed brain activity, Kim said. [Mind Games: 7 Strange Facts About Sleep]'), [true, 'instruction']);
  assert.deepEqual(kinds('The army said it would. [The statement was later withdrawn.]'), [true, true]);
});

test('signposts and fact-check verdicts are not claims; "we should note that" is', () => {
  assert.deepEqual(kinds('Here’s the latest data on overdose deaths in the county.'), ['instruction']);
  assert.deepEqual(kinds('Here are the numbers for each district.'), ['instruction']);
  assert.deepEqual(kinds('We rate the claim Half True.'), ['opinion']);
  assert.deepEqual(kinds('We should also note that the totals exclude private hospitals.'), [true]);
  assert.deepEqual(kinds('We should all be ashamed.'), ['opinion']);
});

test('a headline that reports speech is still a heading; a quotation missing its period is not', () => {
  assert.deepEqual(kinds('Mayor rejects budget, says cuts go too far\nThe council met on Monday.'), ['heading', true]);
  assert.deepEqual(kinds('Hiker found dead near trail\nThe body was found on Monday.'), ['heading', true]);
  assert.deepEqual(kinds('“We will not back down,” the mayor said\nThe council met on Monday.'), [true, true]);
});

// --- hedges ---

test('"not clear" is the writer’s doubt, like "unclear"', () => {
  assert.equal(last('It was not immediately clear whether the two counts could be compared.').hedged, true);
  assert.equal(last('It is not clear how many residents left the town.').hedged, true);
  assert.equal(last('The mayor said it was not clear how many residents left.').hedged, false);
});

test('"seemed to agree" hedges even a sourced sentence; "seemed to" in unattributed text hedges', () => {
  assert.equal(last('At the rally, voters seemed to agree that the race remains open.').hedged, true);
  assert.equal(last('The market seemed to shrug off the news.').hedged, true);
});

test('"her reputed love of shopping", "has been suspected of": the writer’s hedges', () => {
  assert.equal(last('Known for her reputed love of luxury, she rose quickly through the party.').hedged, true);
  assert.equal(last('Rebels fought in the east, where the army has been suspected of abuses.').hedged, true);
});

test('a hedge phrase inside an "if" clause states a condition, not a doubt', () => {
  assert.equal(last('The law lets police hold people if they are suspected of crossing the border illegally.').hedged, false);
});

test('"probably" inside what someone decided or believes is theirs', () => {
  assert.equal(last('Now the couple have decided they probably will move back to Ohio.').hedged, false);
  assert.equal(last('The couple will probably move back to Ohio.').hedged, true);
});

test('", so maybe" after a sourced clause is the writer’s inference', () => {
  assert.equal(last('The senator has said he is open to a deal, so maybe he is changing course.').hedged, true);
  assert.equal(last('The senator said he will maybe vote for it.').hedged, false);
});

test('claims nobody is named as making are hedged', () => {
  assert.equal(last('Claims were made that the guard had left his post before the fire.').hedged, true);
  assert.equal(last('It was alleged that the guard had left his post.').hedged, true);
});

test('a "Read this story in <language>" link run into the next line of page text ends there', () => {
  assert.deepEqual(split('He arrives on Friday. Read this story in Marathi Watch Talks on trade resume in Delhi'), ['He arrives on Friday.', 'Read this story in Marathi', 'Watch Talks on trade resume in Delhi']);
  assert.deepEqual(split('Read this story in full before you vote.'), ['Read this story in full before you vote.']);
  assert.deepEqual(kinds('He arrives on Friday. Read this story in Marathi Watch Talks on trade resume in Delhi'), [true, 'instruction', 'instruction']);
  assert.deepEqual(kinds('Watch Tower officials said the site would reopen.'), [true]);
});

test('"is expected to take place" schedules an event; "is expected to win" is the writer’s forecast', () => {
  assert.equal(last('The summit, which is expected to take place in March, will focus on trade.').hedged, false);
  assert.equal(last('The incumbent is expected to win the runoff.').hedged, true);
});

test('an embedded post’s signature is a byline', () => {
  assert.deepEqual(kinds('We thank them all. And keep everyone informed. — Jane Doe (@janedoe) March 3, 2021'), [true, true, 'byline']);
  assert.deepEqual(kinds('— Rep. John Roe (@RepJohnRoe) November 19, 2019'), ['byline']);
  assert.deepEqual(kinds('The storm — the worst in decades — closed roads (and schools) across the state.'), [true]);
});

test('"Published"/"Updated" open a time stamp, not a sentence that goes on', () => {
  assert.deepEqual(kinds('Updated at 1:23 p.m.'), ['byline']);
  assert.deepEqual(kinds('Published Nov. 3, 2019'), ['byline']);
  assert.deepEqual(kinds('Published in 1963, the paper has since been cited thousands of times.'), [true]);
});

test('a line "X, the ambassador, said:" introduces the quotation in the next paragraph', () => {
  const a = analyzeText('Ana Silva, the ambassador to Peru, said:\n“We are doing everything we can to bring them home.”');
  assert.equal(a.sentences[0].claim, true);
  assert.equal(a.sentences[1].source, 'Ana Silva');
  assert.deepEqual(kinds('Key findings of the report:\nThe river rose.'), ['heading', true]);
});

test('what the writer could not verify is hedged, even beside a source', () => {
  assert.equal(last('Rebels said they had shot down a jet, a claim that could not be independently verified.').hedged, true);
  assert.equal(last('The video appears to show soldiers at the border.').hedged, true);
  assert.equal(last('Officials said the video was verified by two agencies.').hedged, false);
});

test('"no." and "a.m." end a sentence unless a number or a day or time zone follows', () => {
  assert.deepEqual(split('The answer was no. The vote failed. He is ranked No. 5 in the world.'), ['The answer was no.', 'The vote failed.', 'He is ranked No. 5 in the world.']);
  assert.deepEqual(split('He arrived at 5 a.m. Police said he was armed.'), ['He arrived at 5 a.m.', 'Police said he was armed.']);
  assert.deepEqual(split('He arrived at 5 a.m. Tuesday and left at 8 p.m. ET on Friday.'), ['He arrived at 5 a.m. Tuesday and left at 8 p.m. ET on Friday.']);
});
