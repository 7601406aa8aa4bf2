/** Replaced at build time by esbuild `define`: true only in the test build (dist-test/). */
declare const __TEST__: boolean;
/** Set by build.mjs in the content-script bundle: which browser it is built for. */
declare const __BROWSER__: 'chrome' | 'firefox';
