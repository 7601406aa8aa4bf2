// Session 13: the word lists classify.ts turns into Sets are probed with lower-case tokens, and are no
// longer lower-cased at load (bytes): a capital in one of them would silently never match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as sources from '../../src/engine/lexicon/sources';
import * as organizations from '../../src/engine/lexicon/organizations';
import * as outlets from '../../src/engine/lexicon/outlets';

test('the word lists read as Sets are written in lower case', () => {
  const lists: Record<string, readonly string[]> = {
    OUTLET_HEADS: outlets.OUTLET_HEADS, JOURNALIST_WORDS: outlets.JOURNALIST_WORDS, OUTLET_NAME_WORDS: outlets.OUTLET_NAME_WORDS,
    OUTLET_FIRST_WORDS: outlets.OUTLET_FIRST_WORDS, OUTLET_DESCRIPTIONS: outlets.OUTLET_DESCRIPTIONS,
    ORG_WORDS: sources.ORG_WORDS, ANONYMOUS_WORDS: sources.ANONYMOUS_WORDS, DOCUMENT_WORDS: sources.DOCUMENT_WORDS,
    PERSON_TITLES: sources.PERSON_TITLES, DATE_WORDS: sources.DATE_WORDS, PERSON_DESCRIPTIONS: sources.PERSON_DESCRIPTIONS,
    MALE_TITLES: sources.MALE_TITLES, FEMALE_TITLES: sources.FEMALE_TITLES, PLACES_AS_GOVERNMENTS: sources.PLACES_AS_GOVERNMENTS,
    COMPANY_DESCRIPTIONS: organizations.COMPANY_DESCRIPTIONS,
  };
  for (const [name, words] of Object.entries(lists)) {
    assert.ok(words.length > 0, name);
    assert.deepEqual(words.filter((w) => w !== w.toLowerCase()), [], name);
  }
});
