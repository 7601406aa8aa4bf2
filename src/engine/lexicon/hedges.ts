/**
 * The writer's own doubt. A source's "may" or "could" is not a hedge, so
 * modal verbs are not here: annotators hedge the writer's own "may be
 * backfiring" only sometimes, and a rule for it lost more than it won on
 * unseen news. Single words, then multi-word phrases.
 */
import { wordList } from './expand';
export const HEDGE_WORDS = wordList(
  'allegedly|apparently|ostensibly|presumably|purportedly|reportedly|rumored|rumoured|seemingly|supposedly' +
  '|unconfirmed|unverified'
);

/** "is believed to", "were widely seen as": each after is / are / was / were. */
const AFTER_BE = wordList(
  'believed to|thought to|said to have|said to be|likely to|understood to|rumored to' +
  '|rumoured to|alleged to|reported to have|reported to be|suspected of|suspected to' +
  '|presumed to|assumed to|feared to|feared dead' +
  // The writer's "is seen as" / "is expected to": a judgment with no one named to hold it.
  '|seen as|widely seen as|widely regarded as|widely viewed as|expected to|widely expected to'
);

/** Phrases as lower-case word sequences; a hedge when they appear outside quotation marks. */
export const HEDGE_PHRASES = [
  ...wordList('is|are|was|were').flatMap((be) => AFTER_BE.map((p) => `${be} ${p}`)),
  ...wordList(
    'has been suspected of|have been suspected of|had been suspected of|has been seen as|have been seen as' +
    '|it is believed|it is thought|it is understood|it is unclear whether' +
    '|it appears that|it seems that|seemed to|seems to|seem to|appears to|appeared to|appear to' +
    '|presumed dead' +
    // The writer could not check it: their doubt even beside a source ("..., which Reuters could not verify").
    '|could not be independently verified|could not independently verify|could not immediately verify' +
    '|could not be verified|could not verify|has not been independently verified|have not been independently verified' +
    // The writer saying what is not known yet ("It is not clear how many ...", like "unclear").
    '|not clear|not yet clear|not immediately clear|remains to be seen' +
    // Claims with nobody making them.
    '|claims were made|claims have been made|it was claimed|it is claimed|it has been claimed' +
    '|it was alleged|it is alleged|it has been alleged'
  ),
];

/** Adverbs of doubt that hedge only the writer's own assertion (a source's "perhaps" is theirs). */
export const WRITER_ONLY_HEDGES = wordList('unclear|probably|possibly|perhaps|maybe|likely|conceivably|arguably');

/** "the alleged gunman", "her reputed love of shopping": an adjective hedge after a determiner. */
export const HEDGE_ADJECTIVES = wordList('alleged|suspected|apparent|presumed|purported|reputed');

/** Verbs that put what follows in someone's own mind: their "probably" is theirs. */
export const OWN_MIND_VERBS = wordList('believe|believed|believes|decided|feared|figured|hoped|think|thinks');

/** "voters seemed to agree": the writer's reading of what a source thinks. */
export const INFERENCE_VERBS = wordList('agree|believe|think|accept|support|suggest');
