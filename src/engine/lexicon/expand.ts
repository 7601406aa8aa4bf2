/**
 * The word lists are written as '|'-joined strings (smaller in the gzipped
 * engine than array literals), with regular forms folded into their stem:
 * "insist*" is insist, insists, insisted, insisting; "argue~" is argue,
 * argues, argued, arguing; "official+" is official, officials; "add^" is add,
 * adds, added and "blame^" blame, blames, blamed (the past in -d after an e:
 * written out after its stem the past costs the engine bundle about 55 B gzipped).
 * (flatMap takes a plain word as it is: no array for it.)
 * Lists that are only looked up (Sets, FlagSets, phrase indexes: any order reads the same) are kept in whichever
 * order gzips the engine bundle smallest, alphabetical, reverse or by ending (with words that share it together):
 * about 105 B over the lists as first written (session 20).
 */
export function expand(s: string): string[] {
  return s.split('|').flatMap((w) => {
    const m = w.at(-1);
    const b = w.slice(0, -1);
    return m === '*' ? [b, b + 's', b + 'ed', b + 'ing'] : m === '~' ? [b, b + 's', b + 'd', b.slice(0, -1) + 'ing'] : m === '+' ? [b, b + 's'] : m === '^' ? [b, b + 's', b + (b.endsWith('e') ? 'd' : 'ed')] : w;
  });
}

/** A '|'-joined word list, as an array and as a Set (one helper keeps the bundle small). */
export const wordList = (s: string): string[] => s.split('|');
export const wordSet = (s: string): Set<string> => new Set(wordList(s));
