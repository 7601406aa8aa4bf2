/**
 * Sorted word lists written front-coded: a digit n opens a word that repeats
 * the first n letters of the word before ("abc|3 news" is "abc", "abc news").
 * gzip cannot point back to the one or two letters a word shares with the one
 * before; in the engine bundle the coded outlets, first names, known bodies and
 * places gzip about 280 B smaller than written out. To add a word, write it in
 * full in its place and give the word after it its own digit again
 * (engine-s14-bytes.test.ts checks the order and the coding of every list).
 * The shipped bundles carry the lists with a capital for '|' and digit
 * ("abcC news", C = 3 in its low four bits: build-lexicon.mjs); this reads both.
 */
export const frontCoded = (s: string): string[] => {
  let p = '';
  return s.split(/\||(?=[A-Z])/).map((w) => (p = w < 'a' ? p.slice(0, w.charCodeAt(0) & 15) + w.slice(1) : w));
};
