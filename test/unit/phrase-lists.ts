/** The engine's phrase lists that PhraseIndex serves, named, for tests that check every one of them. */
import * as hedges from '../../src/engine/lexicon/hedges';
import * as nonclaims from '../../src/engine/lexicon/nonclaims';
import * as organizations from '../../src/engine/lexicon/organizations';
import * as outlets from '../../src/engine/lexicon/outlets';
import * as reporting from '../../src/engine/lexicon/reporting';
import * as sources from '../../src/engine/lexicon/sources';

export const PHRASE_LISTS: Array<[string, readonly string[]]> = [
  ['outlets', outlets.OUTLETS],
  ['known organizations', organizations.KNOWN_ORGANIZATIONS],
  ['places as governments', sources.PLACES_AS_GOVERNMENTS],
  ['anonymity phrases', sources.ANONYMITY_PHRASES],
  ['generic outlets', sources.GENERIC_OUTLETS],
  ['hedge phrases', hedges.HEDGE_PHRASES],
  ['verb-object cues', reporting.VERB_OBJECT_CUES],
  ['byline starts', nonclaims.BYLINE_STARTS],
  ['instruction starts', nonclaims.INSTRUCTION_STARTS],
];
