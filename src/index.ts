/** The library entry (package "main"): the engine plus HTML analysis for Node. */
export * from './engine/index';
export { analyzeHtml } from './extract/analyze-html';
export type * from './types/analysis';
