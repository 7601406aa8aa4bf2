/** The writer's own hedges, outside quotation marks. */
import type { Token } from './tokens';
import { HEDGE_ADJECTIVES, HEDGE_PHRASES, HEDGE_WORDS, WRITER_ONLY_HEDGES } from './lexicon/hedges';
import { PhraseIndex, isDeterminer } from './classify';
import { FlagSet } from './flags';

const words = new FlagSet(HEDGE_WORDS);
const adjectives = new FlagSet(HEDGE_ADJECTIVES);
const phrases = new PhraseIndex(HEDGE_PHRASES);
const writerOnly = new FlagSet(WRITER_ONLY_HEDGES);
const MASK = words.bit | adjectives.bit | writerOnly.bit | phrases.bit;

/** `attributed`: the sentence reports a source, whose own "perhaps" is not the writer's doubt. */
export function isHedged(tokens: Token[], attributed: boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if ((t.f & MASK) === 0 || t.q) continue;
    if (words.has(t.l)) return true;
    if (!attributed && writerOnly.has(t.l)) return true;
    if (adjectives.has(t.l) && i > 0 && tokens[i - 1].word && (isDeterminer(tokens[i - 1].l) || tokens[i - 1].l === 'in')) return true;
    // "is believed to", "appears to have": inside reported speech they are the source's words.
    if (!attributed && phrases.matchAt(tokens, i, tokens.length) > 0) return true;
  }
  return false;
}
