/**
 * The hand-over between content.js and reanalyse.js, the code that analyses
 * paragraphs added or changed after the first pass (analyseBlocks): only
 * dynamic pages need it. Registered in our isolated world like card.js.
 */
import type { analyseBlocks } from './analyse';
import { scriptSlot } from './script-slot';

export const REANALYSE_GLOBAL = '__sourcelightReanalyse';

export interface Reanalyser {
  analyseBlocks: typeof analyseBlocks;
}

const slot = scriptSlot<Reanalyser>(REANALYSE_GLOBAL);

export const reanalyser = slot.get;

export const provideReanalyser = slot.provide;
