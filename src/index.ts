/** The library entry (package "main"): the engine plus HTML analysis for Node. */
export * from './engine/index';
export { analyzeHtml } from './extract/analyze-html';
export { extractArticle, articleText, domPoints, analysisOptions } from './extract/index';
export type * from './types/analysis';
export type * from './types/article';
export type * from './types/cli';
