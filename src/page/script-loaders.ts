/**
 * The page scripts most activations never run (LAZY_SCRIPTS), each loaded the
 * first time it is needed: the background injects it into our frame when
 * asked ('script/load') and it registers its code in our isolated world.
 */
import { send } from '../background/client';
import type { LazyScript } from '../types/messages';
import { anchorTools } from './anchor-api';
import { legendFactory } from './legend-api';
import { lazyScript } from './lazy-script';
import { markPainter } from './marks-api';
import { reanalyser } from './reanalyse-api';

const request = (script: LazyScript) => () => send('script/load', { script });

/** Re-anchoring saved claims and locating a saved selection: pages with saved claims, "Save selection". */
export const anchorScript = lazyScript('anchor', request('anchor'), anchorTools);

/** The <mark> fallback: browsers without CSS Custom Highlights (both supported browsers have them). */
export const marksScript = lazyScript('marks', request('marks'), markPainter);

/** Analysing paragraphs that changed after the first pass: dynamic pages. */
export const reanalyseScript = lazyScript('reanalyse', request('reanalyse'), reanalyser);

/** The legend: every analysed page, drawn after its highlights. */
export const legendScript = lazyScript('legend', request('legend'), legendFactory);
