/**
 * The writer's own doubt. A source's "may" or "could" is not a hedge, so
 * modal verbs are not here. Single words, then multi-word phrases.
 */
export const HEDGE_WORDS = [
  'reportedly', 'allegedly', 'apparently', 'purportedly', 'supposedly', 'ostensibly',
  'seemingly', 'presumably', 'rumoured', 'rumored', 'unconfirmed', 'unverified',
];

/** Phrases as lower-case word sequences; a hedge when they appear outside quotation marks. */
export const HEDGE_PHRASES = [
  'is believed to', 'are believed to', 'was believed to', 'were believed to',
  'is thought to', 'are thought to', 'was thought to', 'were thought to',
  'is said to have', 'are said to have', 'was said to have', 'were said to have',
  'is said to be', 'are said to be', 'was said to be', 'were said to be',
  'is likely to', 'are likely to', 'was likely to', 'were likely to',
  'is understood to', 'are understood to', 'was understood to',
  'is rumored to', 'is rumoured to', 'is alleged to', 'are alleged to', 'was alleged to',
  'is reported to have', 'are reported to have', 'was reported to have', 'were reported to have',
  'is reported to be', 'are reported to be', 'was reported to be', 'were reported to be',
  'is suspected of', 'are suspected of', 'was suspected of', 'is suspected to',
  'it is believed', 'it is thought', 'it is understood', 'it is unclear whether',
  'appears to have', 'appear to have', 'appeared to have', 'seems to have', 'seem to have',
  'it appears that', 'it seems that', 'is expected to have',
  'appears to be', 'appear to be', 'seems to be', 'seem to be',
  'is presumed to', 'are presumed to', 'was presumed to', 'were presumed to', 'presumed dead',
  // The writer's "is seen as" / "is expected to": a judgment with no one named to hold it.
  'is seen as', 'are seen as', 'was seen as', 'were seen as', 'has been seen as', 'have been seen as',
  'is widely seen as', 'are widely seen as', 'was widely seen as', 'were widely seen as',
  'is widely regarded as', 'are widely regarded as', 'was widely regarded as', 'is widely viewed as', 'was widely viewed as',
  'is expected to', 'are expected to', 'was expected to', 'were expected to', 'is widely expected to', 'are widely expected to',
  'is feared to', 'are feared to', 'is feared dead', 'are feared dead', 'is assumed to',
];

/** Adverbs of doubt that hedge only the writer's own assertion (a source's "perhaps" is theirs). */
export const WRITER_ONLY_HEDGES = [
  'perhaps', 'possibly', 'probably', 'maybe', 'likely', 'arguably', 'conceivably', 'unclear',
];

/** "the alleged gunman": an adjective hedge right after a determiner. */
export const HEDGE_ADJECTIVES = ['alleged', 'suspected', 'apparent', 'presumed', 'purported'];
