/**
 * Test build only: when content.js began to run, on the page's clock (an isolated world's
 * performance.now() shares the page's time origin). Imported first by content.ts, so it is
 * the first module the bundle evaluates: the page benchmark splits the reader's wait before
 * 'content/activate' into the background's round trips, content.js's evaluation and the rest.
 * The release build keeps nothing of it.
 */
export const scriptStart = __TEST__ ? performance.now() : -1;
