/**
 * How worth checking a claim is, 0..1: numbers, named entities and concrete
 * events raise it (ClaimBuster's idea, reduced to cheap features).
 */
import type { Token } from './tokens';
import { EVENT_WORDS } from './lexicon/events';
import { FlagSet } from './flags';
import { wordList } from './lexicon/expand';

const events = new FlagSet(EVENT_WORDS);
const NUMBER_WORDS = new FlagSet(wordList('one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|half|third|quarter|percent'));

export function checkworthiness(tokens: Token[], attributed: boolean, quoteDirect: boolean, hedged: boolean): number {
  let words = 0;
  let numbers = 0;
  let names = 0;
  let eventHits = 0;
  let firstWord = true;
  // An index, not for-of: in the page the engine runs cold, where the interpreter's array iterator costs more than the loop's body.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    words++;
    const c = t.t.charCodeAt(0);
    if ((c >= 48 && c <= 57) || (t.f & NUMBER_WORDS.bit) !== 0) numbers++;
    else if (t.cap && !firstWord) names++;
    if ((t.f & events.bit) !== 0) eventHits++;
    firstWord = false;
  }
  let score = 0.2;
  score += Math.min(numbers, 3) * 0.1;
  score += Math.min(names, 5) * 0.05;
  score += Math.min(eventHits, 2) * 0.08;
  if (attributed) score += 0.05;
  if (quoteDirect) score -= 0.08;
  if (hedged) score += 0.05;
  if (words < 8) score -= 0.1;
  if (score < 0.05) score = 0.05;
  if (score > 1) score = 1;
  return Math.round(score * 100) / 100;
}
