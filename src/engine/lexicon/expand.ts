/**
 * The word lists are written as '|'-joined strings (smaller in the gzipped
 * engine than array literals), with regular forms folded into their stem:
 * "insist*" is insist, insists, insisted, insisting; "argue~" is argue,
 * argues, argued, arguing; "official+" is official, officials.
 * (flatMap takes a plain word as it is: no array for it.)
 */
export function expand(s: string): string[] {
  return s.split('|').flatMap((w) => {
    const m = w[w.length - 1];
    const b = w.slice(0, -1);
    return m === '*' ? [b, b + 's', b + 'ed', b + 'ing'] : m === '~' ? [b, b + 's', b + 'd', b.slice(0, -1) + 'ing'] : m === '+' ? [b, b + 's'] : w;
  });
}

/** A '|'-joined word list, as an array and as a Set (one helper keeps the bundle small). */
export const wordList = (s: string): string[] => s.split('|');
export const wordSet = (s: string): Set<string> => new Set(wordList(s));
