/**
 * Internal property names that esbuild shortens in the page scripts (content.js,
 * card.js) and in the engine bundle bench/engine.bench.ts measures: the
 * content script is injected into every page it reads, so its size is a goal.
 *
 * Only names reviewed one by one are listed. A name may be here only if it is
 *  - not a DOM or JavaScript built-in (no `.length`, `.range` of a DOM type, ...),
 *  - not a field of a boundary type in src/types/* (messages, records, settings,
 *    analysis output, extracted articles: they cross to other scripts and storage),
 *  - never read or written through a string key (`o['name']`, `'name' in o`,
 *    Object.keys/entries, JSON) and never a key of a lookup table,
 *  - not crossing between content.js and card.js (CardModel, CardActions,
 *    CardProps in src/page/ui/card.tsx, card-api.ts): the two bundles shorten
 *    names independently,
 *  - not part of what the test bridge or the benchmarks read back (debug items,
 *    timings, marks).
 * test/unit/mangle.test.ts checks the first three rules mechanically and runs the
 * mangled engine bundle against the unbundled engine on the tuned gold texts.
 */

/** PageSession, the UI glue and the page helpers (src/page, src/extract internals). */
const PAGE = [
  // PageSession: state, methods, hooks (test build), legend actions
  'addItems', 'analysed', 'announcement', 'articleRoots', 'cardActions', 'cardItem', 'closeCard', 'closeTimer',
  'contentState', 'copyClaim', 'correctClaim', 'debugItems', 'doc', 'ensureUi', 'extractSliced', 'generation',
  'goTo', 'hover', 'hoverTimer', 'items', 'lastPointer', 'layer', 'legendActions', 'legendHeaderOnly',
  'legendVisible', 'listenPointer', 'listenSettings', 'listening', 'markSaved', 'notifyCard', 'onCard',
  'onNavigate', 'onStatus', 'openCard', 'pageInfo', 'paint', 'paintedTag', 'pendingSaved', 'pointerInCard',
  'reanchorSaved', 'refreshAgain', 'renderUi', 'retryPendingSaved', 'returnFocus', 'running', 'saveClaim',
  'scheduleClose', 'snapshot', 'startWatching', 'tabState', 'toggleCollapsed', 'toggleTag',
  'unsubscribeSettings', 'visibleIndices', 'watcher',
  // Also handed to anchor.js and marks.js, which build.mjs builds with content.js's mangle cache
  'range',
  // ui/app.ts and ui/legend.ts
  'cardMount', 'counts', 'headerOnly', 'loadFailed', 'onCardShown', 'parts', 'shown', 'want',
  // highlights.ts, watch.ts, anchor.ts, lazy-script.ts
  'addHost', 'hosted', 'hostNames', 'ruleSheet', 'userColours', 'writeSheet', 'isMark', 'marksReady', 'native', 'paintMarks', 'setColours', 'unwrapMarks',
  'afterQuiet', 'armQuiet', 'checkUrl', 'ignore', 'observer', 'onContentChange', 'onMutations', 'onUrlChange',
  'quietCb', 'quietStart', 'quietTimer', 'relevant', 'resumeAfter', 'stopObserver', 'timer',
  'edits', 'similarity', 'prefetch',
  // analyse.ts (the Slicer and the analysis loops' options)
  'account', 'budgetMs', 'cancelled', 'chars', 'charsPerMs', 'enter', 'maybeYield', 'minChars', 'onChunk',
  'onSentences', 'onSlice', 'phaseT0', 'sliceMs', 'slicer', 'tick', 'yieldNow', 'yieldToPage',
  // extract/ internals
  'blockEls', 'blockHasText', 'candidates', 'commas', 'docTitle', 'documentOnly', 'endNode', 'hasBlockChild',
  'ignoreStyle', 'isLink', 'ldJson', 'mixed', 'otherHeadlines', 'ownText', 'paragraphs', 'paras', 'pick', 'pos',
  'scan', 'score', 'startNode', 'strict', 'titleEl', 'unlikely', 'wholeBlock', 'writesFor', 'cur', 'lengths',
  // PageSession's pending settings hand-over
  'settingsDue',
  // The tools anchor.js and reanalyse.js hand content.js (anchor-api.ts, reanalyse-api.ts), with what they return
  'anchorClaims', 'locateSelection', 'offsetsIn', 'claimsCovered', 'found', 'missing', 'record', 'analyseBlocks',
];

/** The engine's tokens, phrases, memory and decisions (src/engine). */
const ENGINE = [
  'apposE', 'apposS', 'bit', 'bodies', 'byFirst', 'byKey', 'byName', 'byNameWord', 'cand', 'cap',
  'company', 'companyByFirstWord', 'cueE', 'cueS', 'deferred', 'embedded', 'entities', 'entity', 'firstPending',
  'firstWords', 'gender', 'groupWith', 'justNamed', 'keyOf', 'knowsName', 'matchAt', 'members', 'mention',
  'nameWords', 'nearest', 'noteFullName', 'notePassingPerson', 'noteRole', 'openAtEnd', 'pair', 'passing',
  'plural', 'renamed', 'roleOf', 'roots', 'subjE', 'subjS', 'subordinate', 'surface', 'surnames', 'tokens',
  'upper', 'viaAt', 'word', 'described', 'last', 'names', 'outlet', 'touch', 'words',
  'thing', 'alone', 'own', 'atEnd', 'spokeTo', 'mute', 'citedHere',
];

export const MANGLED_PROPS = Object.freeze([...PAGE, ...ENGINE]);

/** esbuild options for the bundles that ship these names shortened. */
export const mangleOptions = Object.freeze({
  mangleProps: new RegExp(`^(?:${MANGLED_PROPS.join('|')})$`),
});
