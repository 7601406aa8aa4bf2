/** Types of build-lexicon.mjs, for the TypeScript that imports it (the engine bundle and its tests). */
import type { Plugin } from 'esbuild';
export declare function decodeFrontCoded(s: string): string[];
export declare function encodeFrontCoded(words: string[]): string;
export declare function recodeFrontCodedCalls(src: string, file?: string): string;
export declare const lexiconCoding: Plugin;
export declare function inlineStringConstants(js: string): string;
