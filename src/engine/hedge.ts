/** The writer's own hedges, outside quotation marks. */
import type { Token } from './tokens';
// Before the hedge lexicon: the import order sets the bundle's module order (see index.ts), 25 B gzipped.
import { isDeterminer } from './classify';
import { HEDGE_ADJECTIVES, HEDGE_PHRASES, HEDGE_WORDS, INFERENCE_VERBS, OWN_MIND_VERBS, WRITER_ONLY_HEDGES } from './lexicon/hedges';
import { PhraseIndex } from './phrase-index';
import { FlagSet } from './flags';
import { wordSet } from './lexicon/expand';

const words = new FlagSet(HEDGE_WORDS);
const adjectives = new FlagSet(HEDGE_ADJECTIVES);
const phrases = new PhraseIndex(HEDGE_PHRASES);
const writerOnly = new FlagSet(WRITER_ONLY_HEDGES);
const MASK = words.bit | adjectives.bit | writerOnly.bit | phrases.bit;
const ownMind = new Set(OWN_MIND_VERBS);
const inference = new Set(INFERENCE_VERBS);
const POSSESSIVES = wordSet('their|our|its|his|her');
const CONDITIONS = wordSet('if|unless|whether');

/** `attributed`: the sentence reports a source, whose own "perhaps" is not the writer's doubt. */
export function isHedged(tokens: Token[], attributed: boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if ((t.f & MASK) === 0 || t.q) continue;
    if (words.has(t.l)) return true;
    if (writerOnly.has(t.l) && (!attributed || writersInference(tokens, i)) && !inOwnMind(tokens, i)) return true;
    if (adjectives.has(t.l) && i > 0 && (isDeterminer(tokens[i - 1].l) || POSSESSIVES.has(tokens[i - 1].l) || tokens[i - 1].l === 'in')) return true;
    const len = (t.f & phrases.bit) !== 0 ? phrases.matchAt(tokens, i, tokens.length) : 0;
    if (len > 0) {
      // "is believed to", "appears to have": inside reported speech they are the source's words,
      // but "voters seemed to agree" is the writer's reading of the source, and "could not be
      // verified" the writer's own check.
      if ((!attributed || (inference.has(tokens[i + len]?.l ?? '') && tokens[i].l.startsWith('seem')) || tokens[i + len - 1].l.startsWith('verif')) && !conditional(tokens, i) && !scheduled(tokens, i + len)) return true;
    }
  }
  return false;
}

/** "the visit, which is expected to take place on Friday": a schedule, not a doubt. */
function scheduled(tokens: Token[], k: number): boolean {
  return tokens[k - 1]?.l === 'to' && tokens[k - 2]?.l === 'expected' && tokens[k]?.l === 'take' && tokens[k + 1]?.l === 'place';
}

/** "if they are suspected of being ...": a condition, not the writer's doubt. */
function conditional(tokens: Token[], i: number): boolean {
  for (let j = i - 1, seen = 0; j >= 0 && seen < 2; j--) {
    if (!tokens[j].word) continue;
    if (CONDITIONS.has(tokens[j].l)) return true;
    seen++;
  }
  return false;
}

/** "they have decided they probably will return": the doubt belongs to whoever decided. */
function inOwnMind(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) if (ownMind.has(tokens[j].l)) return true;
  return false;
}

/** "Trump has said ..., so maybe he's ...": after ", so" or ", but" the writer draws the inference. */
function writersInference(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1]?.l;
  return (p === 'so' || p === 'but') && tokens[i - 2]?.t === ',';
}
