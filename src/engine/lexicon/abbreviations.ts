/**
 * Words that end in a period without ending the sentence. Lower case, without
 * the final period. Data only: the splitter turns these into Sets once.
 */
import { expand, wordList } from './expand';

/** Always followed by more of the sentence: titles before a name, "vs.". */
export const NEVER_FINAL = expand(
  'adm|amb|approx|assn|asst|atty|ave|blvd|brig|capt|cdr|cf|cmdr|col|cpl|cpt|dept|det|dr|ed+|est|fig+' +
  '|fr|ft|gen|gov+|gov’t|hon|insp|lieut|lt|maj|messrs|mme|mr+|ms|mt|pp|pres|prof|pvt' +
  '|rd|rep+|rev|sec|sen+|sgt|st|supt|treas|v+|vol+'
);

/** Month abbreviations and "No.": not final when a number follows ("Dec. 15", "No. 5"). */
export const MONTHS = wordList(
  'no|feb|dec|aug|jul|jan|jun|sep|mar|apr|nos|oct|nov|sept'
);

/**
 * Ambiguous: they end a sentence only when a typical sentence opener follows
 * ("in the U.S. The ..." but "U.S. officials"); with them US state abbreviations
 * in datelines and party labels ("HAYWARD, Calif.", "R-Neb."). Those with a period
 * inside ("U.S", "Ph.D", "N.Y") are read so by that period alone (tokens.ts, split.ts).
 */
export const MAYBE_FINAL = wordList(
  'ga|la|ala|fla|okla|pa|va|neb|llc|plc|inc|etc|md|ind|ltd|ore' +
  '|calif|mich|wash|ark|al|del|ill|kan|penn|tenn|minn|conn|co|colo|mo|wyo|corp' +
  '|esq|jr|sr|wis|kans|bros|mass|miss|mont|vt|nev|tex|ky|ariz'
);

/** Words that typically open a sentence: after an ambiguous abbreviation they mean a break. */
export const SENTENCE_OPENERS = wordList(
  'the|a|an|he|she|it|they|we|i|you|his|her|their|its' +
  '|but|and|so|yet|in|on|at|this|that|these|those|there' +
  '|after|before|when|while|although|though|however|meanwhile|since' +
  '|as|if|for|last|earlier|later|according|some|many|most|one' +
  '|what|why|how|who|our|my|no|both|all|other|such|now'
);
