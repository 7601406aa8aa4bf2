/** Replaced at build time by esbuild `define`: true only in the test build (dist-test/). */
declare const __TEST__: boolean;
