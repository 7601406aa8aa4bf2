/**
 * reanalyse.js: analysing the paragraphs of a dynamic page that were added or
 * changed after the first pass, injected when a page first needs it
 * (script-loaders.ts). The engine stays in content.js: the session hands its
 * analyzeText over with each call.
 */
import { analyseBlocks } from './analyse';
import { provideReanalyser } from './reanalyse-api';

provideReanalyser({ analyseBlocks });
