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
  'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|no|nos'
);

/**
 * Ambiguous: they end a sentence only when a typical sentence opener follows
 * ("in the U.S. The ..." but "U.S. officials").
 */
export const MAYBE_FINAL = wordList(
  'inc|corp|co|ltd|llc|plc|jr|sr|bros|etc|a.m|p.m|u.s' +
  '|u.k|u.n|e.u|d.c|u.s.a|n.y|l.a|al|i.e|e.g|ph.d|esq' +
  // US state abbreviations in datelines and party labels ("HAYWARD, Calif.", "R-Neb.")
  '|ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|kans' +
  '|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|okla|ore' +
  '|pa|penn|tenn|tex|va|vt|wash|wis|wyo|n.c|n.j|n.m|n.d' +
  '|s.c|s.d|r.i|w.va|n.h|n.y.c'
);

/** Words that typically open a sentence: after an ambiguous abbreviation they mean a break. */
export const SENTENCE_OPENERS = wordList(
  'the|a|an|he|she|it|they|we|i|you|his|her|their|its' +
  '|but|and|so|yet|in|on|at|this|that|these|those|there' +
  '|after|before|when|while|although|though|however|meanwhile|since' +
  '|as|if|for|last|earlier|later|according|some|many|most|one' +
  '|what|why|how|who|our|my|no|both|all|other|such|now'
);
