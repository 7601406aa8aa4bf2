/**
 * The hand-over between content.js and reanalyse.js, the code that analyses
 * paragraphs added or changed after the first pass (analyseBlocks): only
 * dynamic pages need it. Registered in our isolated world like card.js.
 */
import type { analyseBlocks } from './analyse';

export const REANALYSE_GLOBAL = '__sourcelightReanalyse';

export interface Reanalyser {
  analyseBlocks: typeof analyseBlocks;
}

type Slot = { [REANALYSE_GLOBAL]?: Reanalyser };

export const reanalyser = (): Reanalyser | undefined => (globalThis as Slot)[REANALYSE_GLOBAL];

export function provideReanalyser(r: Reanalyser): void {
  (globalThis as Slot)[REANALYSE_GLOBAL] ??= r;
}
