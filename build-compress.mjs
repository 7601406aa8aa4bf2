/**
 * A second minifier pass over the shipped browser scripts. esbuild bundles and
 * minifies fast but compresses expressions only lightly; terser's compressor
 * (two passes) folds what esbuild leaves, about 2% of content.js gzipped, which
 * the page's download and the engine's 40 KB budget both count. Only local names
 * and expressions change: property names stay as esbuild's mangle left them, so
 * content.js and the lazy scripts still agree on their shortened names.
 *
 * The engine (the engine bundle, and content.js which holds it) is compressed
 * with more switches, worth about 1% of it (measured; on Preact, the
 * background and the popup they cost about as much, so those keep the plain way):
 *  - hoist_funs: the engine's top-level functions sit between its lexicon
 *    tables; gathered at the top of the module they gzip better;
 *  - lhs_constants off: `x.tag === 'media'` stays as written, not `'media' === x.tag`;
 *  - if_return off: `if (a) return b;` is left as it is more often;
 *  - booleans off: a condition stays as written, `!(a && b)` not spread into
 *    `!a || !b` (engine bundle -13 B);
 *  - conditionals off: `if` statements stay statements, not folded into `&&`
 *    and `?:` expressions (engine bundle -43 B with the name swaps below, order search off;
 *    -23 B without them).
 * Function declarations are hoisted by JavaScript anyway and the others only
 * turn a rewrite off, so both ways are the same program. Options that assume
 * things about the code (unsafe: `String(e)` becomes `e + ""`, which throws for
 * a Symbol; pure_getters; booleans_as_integers, which changes the analysis
 * output's `true` into `1`) stay off. Double quotes throughout gzip a little better.
 *
 * Then, in the engine's scripts only, the hoisted functions move from the top of
 * the module (content.js: of its wrapper function) to its end, last-written
 * first: the lexicon tables then open the file and the functions follow the code
 * they were written next to, which gzip likes (zlib -9 as the bench counts: engine
 * bundle 40,830 -> 40,433 B, content.js -440 B; at the end in source order only
 * -345 and -70; the other scripts gain nothing from it). A function
 * declaration is created when its scope is entered, wherever it stands in it, so
 * the program is the same; two declarations of one name would make the order
 * matter, and then nothing moves.
 *
 * In the same scope two moves among its `var` definitions follow (tablesFirst,
 * definitionsLast; each checks from terser's scope analysis that the program
 * stays the same, and leaves in place what it cannot show): the word tables
 * built from literals go to the front, after the helpers that build them, and
 * the arrows and classes nothing runs before the end go to the end. The lexicon
 * tables of the code modules then join those of the lexicon modules, and the
 * code joins the functions (engine bundle 40,842 -> 40,655 B, content.js 60,704
 * -> 60,414 B, zlib -9; tried and dropped: regular expressions moved with either
 * (+-15 B), tables grouped by helper (-28 B in one order, +116 in another: it
 * fits today's code), the arrows after the functions (+76 B), `.map` of tables
 * moved too (+5 B)).
 *
 * The engine's local names are shortened only after the moves, in the order the
 * moved code declares them (terser's own rule, on the final layout): the tables
 * and their helpers, read first, take the shortest names (engine bundle -33 B
 * against naming before the moves; tried and dropped: the most used names
 * first, +160 B: the names of the parameters then differ from function to
 * function).
 *
 * Two steps of the engine's scripts follow the moves (engine bundle 40,926 ->
 * 40,403 B, content.js chrome 60,694 -> 59,950 B, zlib -9; output unchanged
 * on 800 texts):
 *  - mergeTables: the moved tables that are one helper call on one literal
 *    become one literal, split once (-85 B);
 *  - reorder, on the printed script: three runs whose order the program does
 *    not see (the joined tables, the functions and classes that close the last
 *    `var`, the function declarations) are put in the order a short search
 *    finds gzips best (-438 B). The search weighs a run by itself (the tables
 *    with the 32 KB after them, which point back into them: -170 B weighed
 *    alone), keeps a run's new order only if the whole script shrinks, and
 *    draws its moves from a fixed sequence: the same source gives the same
 *    script. Its cost is build time (about 4 s of the engine bundle's, twice
 *    that for each content.js), and a change anywhere may shift the found
 *    order: a rule's size measured against the bundle before it carries about
 *    +-30 B of that noise. Tried and dropped: neutral moves kept too (+32 B),
 *    swaps or blocks of pieces (+-10), gzip -6 to weigh (+42 B), the
 *    functions weighed with 8 KB of the code before them (-164 B against
 *    -223), greedy orders (each next piece the one that gzips best after the
 *    last few: +31 B on the functions), orders by size or by helper (+85 to -53 B).
 *
 * After the search, the words of each joined table that is a Set read only by `.has(...)` (mergeTables' `free`: made by
 * wordSet, or `new Set` of wordList or expand, which give the same words in any order) are written in whichever of a few
 * orders (alphabetical, by ending, reversed, ...) gzips the run smallest: nothing iterates such a Set, so the program is
 * the same (session 24: engine bundle about -25 B; tried and dropped: the same before the search too, 11 B less). Then
 * single words move within those tables, each move kept where the run gzips smaller (wordMoves: about -300 B more).
 *
 * Last, renameBindings swaps the names of two bindings of one scope where the
 * script gzips smaller: the name pass hands out a scope's names in the order the code then declared them, the
 * moves and the search shuffle that order, and which binding holds which of its scope's names is free as long as
 * no read ends up under another binding of its new name (engine bundle 40,928 -> 40,609 B with conditionals off,
 * zlib -9; output unchanged on 806 texts). Tried and dropped: the outer scope's names only (-108 B against -276
 * with every scope's), the names handed out again in the order of the final script or by reads (+58, +80 B),
 * bindings drawn in proportion to their reads (no better than their square root), functions turned into arrows
 * or the reverse (+8 B, the search's order already fits them).
 */
import { deflateRawSync, gzipSync } from 'node:zlib';
import { minify, minify_sync } from 'terser';

const PLAIN = { passes: 2 };
const ENGINE = { passes: 2, hoist_funs: true, lhs_constants: false, if_return: false, booleans: false, conditionals: false };
const FORMAT = { comments: false, ascii_only: true, quote_style: 2 };
/**
 * The moves reorder() tries in each run: the engine bundle (the 40 KB budget) 600 -> 1500 -> 3000 -> 6000 moves, -345, -442,
 * -511 B, and at session 20's code 6000 saved 76 B more than 1500; at session 22's, with 119 tables to order,
 * 12000 saved 36 B more than 6000; at session 24's no run's order improved after move 8,700 of 12,000, so 9000 now, which
 * gives the same script (and its time goes to the swaps and word moves below). content.js (for each browser, under its own
 * budget with room to spare) keeps 1500, as each 1,000 moves cost about 2.5 s of build time per script.
 */
const MOVES = { module: 9000, script: 1500 };

/**
 * The swaps renameBindings() tries: the engine bundle 1000 -> 3000 swaps, -150 -> -277 B with the order search off
 * (41,477 B), 4000 about 15 to 40 s of its build time (on a shared machine); content.js (chrome) 1500 swaps,
 * 60,765 -> 60,520 B in about 17 s of each browser's build. Session 24: 4000 -> 8000 -> 16000 -> 32000 swaps, engine bundle
 * 40,905 -> 40,839 -> 40,802 -> 40,785 B; 16000 take about 30 s.
 */
const RENAMES = { module: 16000, script: 1500 };

/**
 * The word moves wordMoves() tries in the lookup-only tables (session 24, with 9000 moves and 16000 swaps, engine bundle
 * 40,802 B without the word orders), a table drawn alike for each move: 8000 -> 12000 -> 20000 -> 30000 moves, 40,598 ->
 * 40,579 -> 40,559 -> 40,553 B; a word drawn alike, 20000 -> 30000: 40,485 -> 40,476 B (and 40,523 B with 8000 swaps).
 * 20000 take about 30 s. content.js, under its own budget, has none.
 */
const WORD_MOVES = { module: 20000, script: 0 };

/**
 * @param {string} code minified JavaScript from esbuild
 * @param {boolean} module an ES module (the engine bundle)
 * @param {boolean} engine the code holds the engine
 * @returns {Promise<string>}
 */
export async function compress(code, module = false, engine = module) {
  const options = { module, ecma: 2020, compress: engine ? ENGINE : PLAIN, mangle: !engine, format: FORMAT };
  const out = engine ? await minify(code, { ...options, format: { ast: true, code: false } }) : await minify(code, options);
  if (engine) {
    if (!out.ast) throw new Error('terser produced no syntax tree');
    // The moves read the scope analysis: done afresh on the compressed tree (without a name pass, terser leaves the compressor's).
    out.ast.figure_out_scope({ module });
    const joined = functionsLast(out.ast, module);
    // The names are shortened here, after the moves: in the order the code now declares them.
    Object.assign(out, await minify(out.ast, { module, ecma: 2020, compress: false, mangle: true, format: FORMAT }));
    if (out.code !== undefined) out.code = reorder(out.code, module, joined);
    if (out.code !== undefined) out.code = renameBindings(out.code, module);
  }
  if (out.code === undefined) throw new Error('terser produced no code');
  return out.code;
}

/**
 * The scope that holds the script's own declarations: an ES module holds the code itself; content.js
 * wraps it in one arrow called at once (esbuild's iife).
 * @param {{ body: any[] }} toplevel terser's syntax tree (AST_Toplevel)
 */
function outerScope(toplevel) {
  const calls = toplevel.body.filter((s) => s.TYPE !== 'Directive');
  const wrapper = calls.length === 1 && calls[0].TYPE === 'SimpleStatement' ? calls[0].body : null;
  return wrapper?.TYPE === 'Call' && wrapper.args.length === 0 && ['Arrow', 'Function'].includes(wrapper.expression.TYPE) ? wrapper.expression : toplevel;
}

/** terser's syntax tree of a script, as written (no compression, names kept). */
const parse = (code, module) => minify_sync(code, { module, compress: false, mangle: false, format: { ast: true, code: false } }).ast;

/**
 * Moves the function declarations of the script's outer scope to its end, last first.
 * @param {{ body: any[] }} toplevel terser's syntax tree (AST_Toplevel), its scope analysis fresh
 */
function functionsLast(toplevel, module) {
  const scope = outerScope(toplevel);
  const body = scope.body;
  if (!Array.isArray(body)) return null;
  const functions = body.filter((s) => s.TYPE === 'Defun');
  const names = new Set(functions.map((f) => f.name.name));
  if (names.size !== functions.length) return null;
  const rest = body.filter((s) => s.TYPE !== 'Defun');
  const outer = outerNames(rest, functions, scope);
  let joined = null;
  if (outer) {
    const tables = tablesFirst(rest, outer);
    definitionsLast(rest, outer);
    if (tables) joined = mergeTables(rest, toplevel, module, { ...outer, ...tables });
  }
  body.splice(0, body.length, ...rest, ...functions.reverse());
  return joined;
}

/** A function or a class whose creation runs nothing of the script (no `extends`, static member or computed key). */
const inert = (value) =>
  value?.TYPE === 'Arrow' ||
  value?.TYPE === 'Function' ||
  (value?.TYPE === 'ClassExpression' &&
    !value.extends &&
    value.properties.every((p) => ['ClassProperty', 'ConciseMethod', 'ObjectGetter', 'ObjectSetter'].includes(p.TYPE) && !p.static && !p.computed_key()));

/** Visits every node under `node`. */
const walk = (node, visit) =>
  node.walk({
    _visit(n, descend) {
      visit(n);
      if (descend) descend.call(n);
    },
  });

/**
 * The names of `scope` and the globals that a piece of the tree refers to, inner functions included
 * (terser's scope analysis from its name shortening tells a local of the same name apart).
 */
function refs(node, scope) {
  const names = new Set();
  walk(node, (n) => n.TYPE === 'SymbolRef' && (!n.thedef || n.thedef.scope === scope || n.thedef.undeclared) && names.add(n.name));
  return names;
}

/**
 * What each outer name's function body or initial value refers to, and the
 * names reached from some; null if a name is declared twice or by destructuring.
 * @param {any[]} statements the scope's statements other than its function declarations
 * @param {any[]} functions its function declarations
 * @param {any} scope the syntax tree's node of the scope
 */
function outerNames(statements, functions, scope) {
  const vars = statements.filter((s) => s.TYPE === 'Var');
  const uses = new Map();
  // The names must be the scope's own by terser's analysis too, or `refs` could not tell them from locals.
  for (const f of functions) {
    if (f.name.thedef?.scope !== scope) return null;
    uses.set(f.name.name, f);
  }
  for (const v of vars) {
    for (const d of v.definitions) {
      if (d.name.TYPE !== 'SymbolVar' || d.name.thedef?.scope !== scope || uses.has(d.name.name)) return null;
      uses.set(d.name.name, d.value ?? null);
    }
  }
  /** Adds to `into` the names given and all that their bodies and values refer to in turn. */
  const refsOf = (node) => refs(node, scope);
  const reach = (names, into) => {
    const todo = [...names];
    while (todo.length > 0) {
      const n = todo.pop();
      if (into.has(n)) continue;
      into.add(n);
      const body = uses.get(n);
      if (body) todo.push(...refsOf(body));
    }
    return into;
  };
  return { uses, reach, refs: refsOf, functions: new Set(functions.map((f) => f.name.name)) };
}

/** Built-ins a table helper may use: they only make new values. */
const MAKERS = new Set(['Set', 'Map', 'Array', 'String']);

/**
 * Moves the word tables of the scope's first `var` (`a = wordSet("...")`: a
 * call of a helper on literals) to its front, after the helpers: written next
 * to the code that reads them, they sat between arrows and regular
 * expressions; together they gzip better. The program is
 * the same when the helper reaches only functions (the scope's own, defined
 * before the new place, never assigned again) and built-ins that only make new
 * values, so the table comes out the same wherever it is built, and when
 * nothing that runs between the new place and the old one can reach the table's name.
 * @param {any[]} statements the scope's statements other than its function declarations, in order
 * @param {NonNullable<ReturnType<typeof outerNames>>} scope
 */
function tablesFirst(statements, { uses, reach, refs, functions }) {
  const vars = statements.filter((s) => s.TYPE === 'Var');
  if (vars.length === 0) return null;
  const first = vars[0].definitions;
  // Outer names written anywhere but in their declaration (`x = ...`, `x++`, `[x] = ...`).
  const assigned = new Set();
  const writes = (n) => {
    if (n.TYPE === 'Assign') for (const m of refs(n.left)) assigned.add(m);
    else if ((n.TYPE === 'UnaryPrefix' || n.TYPE === 'UnaryPostfix') && ['++', '--'].includes(n.operator)) for (const m of refs(n.expression)) assigned.add(m);
    else if ((n.TYPE === 'ForOf' || n.TYPE === 'ForIn') && !['Var', 'Let', 'Const'].includes(n.init.TYPE)) for (const m of refs(n.init)) assigned.add(m);
  };
  for (const s of statements) walk(s, writes);
  for (const f of functions) walk(uses.get(f), writes);
  // The helpers defined in `first` (functions, which run nothing when made) go to its front first, where nothing before them can reach them.
  const helpers = new Set();
  for (const d of first) {
    const c = d.value?.TYPE === 'Call' && d.value.expression.TYPE === 'SymbolRef' ? d.value.expression.name : null;
    if (c && !assigned.has(c)) for (const n of reach([c], new Set())) helpers.add(n);
  }
  const ran = new Set();
  const front = [];
  for (const d of first) {
    if (inert(d.value) && helpers.has(d.name.name) && !assigned.has(d.name.name) && !ran.has(d.name.name)) front.push(d);
    else if (!inert(d.value) && d.value) reach(refs(d.value), ran);
  }
  const made = new Set(front.map((d) => d.name.name));
  const pure = (n) => !assigned.has(n) && (functions.has(n) || made.has(n) || (MAKERS.has(n) && !uses.has(n)));
  const helperOk = new Map();
  const helper = (n) => {
    if (!helperOk.has(n)) helperOk.set(n, [...reach([n], new Set())].every(pure));
    return helperOk.get(n);
  };
  /** A value made from literals by table helpers and built-ins: the same wherever it is made, and it changes nothing else. */
  const table = (v) =>
    (v.TYPE === 'SymbolRef' && movedNames.has(v.name) && !ran.has(v.name) && !assigned.has(v.name)) ||
    v.TYPE === 'String' ||
    v.TYPE === 'Number' ||
    (v.TYPE === 'Array' && v.elements.every((e) => table(e.TYPE === 'Expansion' ? e.expression : e))) ||
    ((v.TYPE === 'Call' || v.TYPE === 'New') &&
      v.expression.TYPE === 'SymbolRef' &&
      (v.TYPE === 'New' ? MAKERS.has(v.expression.name) && !uses.has(v.expression.name) : helper(v.expression.name)) &&
      v.args.every(table));
  // From the helpers on, `ran` holds what the code run so far may reach: a table moves up unless that includes its name.
  ran.clear();
  const moved = [];
  const movedNames = new Set();
  for (const s of statements.slice(statements.indexOf(vars[0]))) {
    if (s.TYPE !== 'Var') {
      reach(refs(s), ran);
      continue;
    }
    for (const d of s === vars[0] ? first.filter((d) => !front.includes(d)) : s.definitions) {
      if (d.value && table(d.value) && !ran.has(d.name.name)) moved.push(d), movedNames.add(d.name.name);
      else if (d.value && !inert(d.value)) reach(refs(d.value), ran);
    }
  }
  for (const v of vars) v.definitions = v.definitions.filter((d) => !moved.includes(d) && !front.includes(d));
  vars[0].definitions.unshift(...front, ...moved);
  dropEmptyVars(statements);
  return { helper, made, front, moved };
}

/**
 * Moves the functions and classes that the scope's `var` statements define
 * (arrows such as `isDash = (t) => ...`) to the end of its last `var`: the
 * tables then sit together, and these follow with the rest of the code.
 * Creating a function runs nothing, so the program is the same
 * as long as nothing that runs between the old place and the new one can reach
 * the name: the code there is checked by name, through every function it might
 * call (a local name equal to it counts too, which only keeps more in place).
 * @param {any[]} statements the scope's statements other than its function declarations, in order
 * @param {NonNullable<ReturnType<typeof outerNames>>} scope
 */
function definitionsLast(statements, { reach, refs }) {
  const vars = statements.filter((s) => s.TYPE === 'Var');
  if (vars.length === 0) return;
  const target = vars[vars.length - 1];
  // Walking from the end of the last var back to the start: `after` holds all that the code run after each point may reach.
  const after = new Set();
  const moved = [];
  for (let i = statements.indexOf(target); i >= 0; i--) {
    const s = statements[i];
    if (s.TYPE !== 'Var') {
      reach(refs(s), after);
      continue;
    }
    for (let k = s.definitions.length - 1; k >= 0; k--) {
      const d = s.definitions[k];
      if (!inert(d.value)) {
        if (d.value) reach(refs(d.value), after);
      } else if (!after.has(d.name.name)) moved.unshift(...s.definitions.splice(k, 1));
    }
  }
  target.definitions.push(...moved);
  dropEmptyVars(statements);
}

/**
 * Joins the word tables that tablesFirst moved to the front and that are a call
 * of a table helper on one string literal (`a = wordList("x|y")`) into one
 * literal, read once: `[a, b, ...] = ((s, f = [wordList, ...]) => s.split(...)
 * .map(...))(";x|y<...")`, a code character before each table naming its
 * helper. A table's `"),b=wordSet("` becomes one character: engine bundle -85 B
 * gzipped (zlib -9), 111 tables. Each call is pure (tablesFirst's helper test:
 * it reaches only functions and built-ins that make new values) and takes only
 * its literal, so it makes the same table here as in its own place, once; no
 * moved table reads another that is not moved before it, and these now come
 * first. The decoder calls a helper as `f[k](...)`, so a helper that reads
 * `this` is left out. Tried and dropped: the calls nested in other tables
 * (`new FlagSet(wordList(...))`) joined too, through new names (-16 B, or -53
 * with only those inside the moved tables: their text leaves its neighbours);
 * the helper named by `"<=>".indexOf(...)` (+10 B).
 *
 * A Set made of one table joins as the Set (session 22): `b = new Set(h("x|y"))`, and `a = h("x|y"), b = new Set(a)`
 * where nothing else reads a (wordSet or `new Set(h(...))` as the helper); with the lexicon modules' string constants
 * written into their lists (build-lexicon.mjs), 119 tables instead of 107: engine bundle 40,955 -> 40,641 B (search
 * off 41,365 -> 41,162), 40,605 B with 12000 moves. Tried and dropped: the calls nested in other tables through new
 * names again (+38 B, +121 B with those of any `var`, search off); the Sets read only by `.has(...)` written in
 * another form that decodes to the same words (sorted and front-coded, or inflections folded as expand.ts reads
 * them), picked by the search: -57 B more, but the engine's cold import some milliseconds slower (more of the
 * lists read through frontCoded's split and expand's flatMap).
 * @param {any[]} statements the scope's statements other than its function declarations, in order
 * @param {any} toplevel the syntax tree, for the names already used
 * @param {boolean} module
 */
function mergeTables(statements, toplevel, module, { uses, functions, helper, made, front, moved }) {
  const vars = statements.filter((s) => s.TYPE === 'Var');
  if (vars.length === 0) return null;
  const readsThis = (node) => {
    let found = false;
    walk(node, (n) => (found ||= ['This', 'Super', 'NewTarget'].includes(n.TYPE) || (n.TYPE === 'SymbolRef' && n.name === 'arguments')));
    return found;
  };
  const ok = new Map();
  const isHelper = (n) => {
    if (!ok.has(n)) ok.set(n, (functions.has(n) || made.has(n)) && helper(n) && !readsThis(uses.get(n)));
    return ok.get(n);
  };
  /** `h("...")` of a table helper h: h's name, or null. */
  const helperCall = (v) => (v?.TYPE === 'Call' && v.expression.TYPE === 'SymbolRef' && v.args.length === 1 && v.args[0].TYPE === 'String' && isHelper(v.expression.name) ? v.expression.name : null);
  /** `new Set(a)` of the built-in Set: its argument, or null. */
  const setArg = (v) => (v?.TYPE === 'New' && v.expression.TYPE === 'SymbolRef' && v.expression.name === 'Set' && v.expression.thedef?.undeclared && !uses.has('Set') && v.args.length === 1 ? v.args[0] : null);
  const defs = moved.filter((d) => helperCall(d.value));
  // A helper that is already `(p) => new Set(h(p))` for another (wordSet) reads the tables made into Sets below as it is.
  const setHelper = new Map();
  for (const [name, v] of uses) {
    const r = v?.TYPE === 'Arrow' && v.argnames.length === 1 && v.body.length === 1 && v.body[0].TYPE === 'Return' ? setArg(v.body[0].value) : null;
    const h = r?.TYPE === 'Call' && r.expression.TYPE === 'SymbolRef' && r.args.length === 1 && r.args[0].TYPE === 'SymbolRef' ? r.expression.name : null;
    if (h && r.args[0].name === v.argnames[0].name && h !== v.argnames[0].name && isHelper(h) && isHelper(name)) setHelper.set(h, name);
  }
  /**
   * The joined tables: each a name, the helper that reads its literal and the literal. A Set made of one table
   * (`b = new Set(h("x|y"))`, or `a = h("x|y"), b = new Set(a)` where nothing else reads a) is made as its
   * table is decoded: b takes the table's place, read through a helper that wraps h in `new Set(...)` (or one that
   * already does), and the definitions it replaces go. The Set is the same: the same helper on the same literal,
   * wrapped by the same built-in, once. b is made where the joined tables are, before its own place, among the
   * tables tablesFirst moved, where nothing that runs can reach b.
   */
  const entries = new Map(defs.map((d) => [d, { name: d.name.name, def: d.name.thedef, helper: d.value.expression.name, text: d.value.args[0].value }]));
  const setKey = (h) => setHelper.get(h) ?? `new Set:${h}`;
  const byDef = new Map(defs.map((d) => [d.name.thedef, d]));
  const gone = new Set();
  for (const y of moved) {
    const a = setArg(y.value);
    if (!a || y.name.TYPE !== 'SymbolVar') continue;
    const h = helperCall(a);
    if (h) {
      entries.set(y, { name: y.name.name, def: y.name.thedef, helper: setKey(h), text: a.args[0].value });
      gone.add(y);
      continue;
    }
    const x = a.TYPE === 'SymbolRef' ? byDef.get(a.thedef) : undefined;
    if (x && a.thedef.references.length === 1 && !a.thedef.export && !gone.has(x)) {
      const e = entries.get(x);
      entries.set(x, { name: y.name.name, def: y.name.thedef, helper: setKey(e.helper), text: e.text });
      gone.add(x).add(y);
    }
  }
  // The decoder's own names: new ones, so that none hides a helper (the name pass shortens them).
  const taken = new Set();
  walk(toplevel, (n) => typeof n.name === 'string' && taken.add(n.name));
  let fresh = 0;
  const local = () => {
    while (taken.has(`$t${fresh}`)) fresh++;
    return `$t${fresh++}`;
  };
  if (entries.size < 2) return null;
  const list = moved.filter((d) => entries.has(d)).map((d) => entries.get(d));
  const helpers = [...new Set(list.map((e) => e.helper))];
  const texts = list.map((e) => e.text);
  // The code characters: a run of one per helper that no table holds, none special in a character class or a string.
  let c0 = 0;
  for (let c = 33; c + helpers.length <= 127 && !c0; c++) {
    const run = Array.from({ length: helpers.length }, (_, k) => String.fromCharCode(c + k));
    if (run.every((ch) => !/[\w"\\[\]^-]/.test(ch) && texts.every((t) => !t.includes(ch)))) c0 = c;
  }
  if (!c0) return null;
  const [s, f, x, y] = [local(), local(), local(), local()];
  const char = (c) => `\\x${c.toString(16).padStart(2, '0')}`;
  const cls = helpers.length === 1 ? char(c0) : `[${char(c0)}-${char(c0 + helpers.length - 1)}]`;
  const joined = list.map((e) => String.fromCharCode(c0 + helpers.indexOf(e.helper)) + e.text).join('');
  const helperCode = helpers.map((h) => (h.startsWith('new Set:') ? `${y}=>new Set(${h.slice(8)}(${y}))` : h));
  const code = `var [${list.map((e) => e.name).join(',')}]=((${s},${f}=[${helperCode.join(',')}])=>${s}.split(/(?=${cls})/).map(${x}=>${f}[${x}.charCodeAt(0)-${c0}](${x}.slice(1))))(${JSON.stringify(joined)})`;
  const merged = parse(code, module).body[0].definitions[0];
  for (const v of vars) v.definitions = v.definitions.filter((d) => !entries.has(d) && !gone.has(d));
  const at = vars[0].definitions.findIndex((d) => !front.includes(d));
  vars[0].definitions.splice(at < 0 ? vars[0].definitions.length : at, 0, merged);
  dropEmptyVars(statements);
  return { text: joined, c0, count: helpers.length, free: lookupOnly(list, toplevel, uses, setHelper) };
}

/**
 * The joined tables whose words may come in any order: a Set made of its literal split at '|' (wordSet, or `new Set` of
 * wordList, `(p) => p.split("|")`, or of expand, `p.split("|").flatMap(f)` with an f that reads only its word), read
 * nowhere but in `x.has(...)`. Such a Set holds the same words whatever their order, and nothing iterates it, so the
 * program is the same. Their indexes in `list`.
 * @param {{ def: any, helper: string }[]} list the joined tables, in order
 * @param {any} toplevel the syntax tree, its scope analysis the one the tables' bindings come from
 * @param {Map<string, any>} uses each outer name's function body or initial value
 * @param {Map<string, string>} setHelper a helper h to the helper that is `(p) => new Set(h(p))`
 */
function lookupOnly(list, toplevel, uses, setHelper) {
  /** A function of one word that reads nothing but its own names: each word gives the same words wherever it stands. */
  const perWord = (f) => {
    if ((f?.TYPE !== 'Arrow' && f?.TYPE !== 'Function') || f.argnames.length !== 1 || f.argnames[0].TYPE !== 'SymbolFunarg') return false;
    const inside = new Set();
    walk(f, (n) => (inside.add(n), n.block_scope && inside.add(n.block_scope)));
    // (`arguments` would read the word's index too.)
    let own = true;
    walk(f, (n) => n.TYPE === 'SymbolRef' && (own &&= n.name !== 'arguments' && !!n.thedef && !n.thedef.undeclared && inside.has(n.thedef.scope)));
    return own;
  };
  /** `(p) => p.split("|")` (wordList), or `p.split("|").flatMap(f)` for such an f (expand). */
  const splits = (n) => {
    const v = uses.get(n);
    let c = (v?.TYPE === 'Arrow' || v?.TYPE === 'Defun') && v.argnames.length === 1 && v.argnames[0].TYPE === 'SymbolFunarg' && v.body.length === 1 && v.body[0].TYPE === 'Return' ? v.body[0].value : null;
    if (c?.TYPE === 'Call' && c.expression.TYPE === 'Dot' && c.expression.property === 'flatMap' && c.args.length === 1 && perWord(c.args[0])) c = c.expression.expression;
    return (
      c?.TYPE === 'Call' && c.expression.TYPE === 'Dot' && c.expression.property === 'split' && c.expression.expression.TYPE === 'SymbolRef' &&
      c.expression.expression.name === v.argnames[0].name && c.args.length === 1 && c.args[0].TYPE === 'String' && c.args[0].value === '|'
    );
  };
  const setOfWords = new Set([...setHelper].filter(([h]) => splits(h)).map(([, k]) => k));
  const defs = new Set(list.filter((e) => e.def && !e.def.export && e.def.orig.length === 1 && (setOfWords.has(e.helper) || (e.helper.startsWith('new Set:') && splits(e.helper.slice(8))))).map((e) => e.def));
  // Every other reference (an export, a spread, a call, `.size`) keeps its table's order.
  const stack = [];
  toplevel.walk({
    _visit(n, descend) {
      if (n.thedef && defs.has(n.thedef) && !n.thedef.orig.includes(n)) {
        const [p, g] = [stack.at(-1), stack.at(-2)];
        if (!(n.TYPE === 'SymbolRef' && p?.TYPE === 'Dot' && p.expression === n && p.property === 'has' && g?.TYPE === 'Call' && g.expression === p)) defs.delete(n.thedef);
      }
      stack.push(n);
      if (descend) descend.call(n);
      stack.pop();
      return true;
    },
  });
  return list.flatMap((e, k) => (defs.has(e.def) ? [k] : []));
}

/** A word read backwards: words that end alike sort together. */
const backwards = (w) => [...w].reverse().join('');
const by = (key) => (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
/** The orders reorder() tries for the words of a table that is only looked up (mergeTables' `free`). */
const WORD_ORDERS = [
  (ws) => [...ws].sort(by((w) => w)),
  (ws) => [...ws].sort(by((w) => w)).reverse(),
  (ws) => [...ws].sort(by(backwards)),
  (ws) => [...ws].sort(by(backwards)).reverse(),
  (ws) => [...ws].reverse(),
  (ws) => [...ws].sort((a, b) => a.length - b.length || by((w) => w)(a, b)),
];

/**
 * Moves of one word to another place in its lookup-only table (drawn from a fixed sequence: a word of any table, a place),
 * each kept when `size` shrinks: the orders WORD_ORDERS tries are whole-table ones, and a word that moves next to its like
 * gzips better still. Each word has the same chance to move (tables drawn alike, the long ones' words moved less: 74 B more).
 * @param {number[]} free the indexes of the lookup-only tables in `items`
 * @param {string[]} items the tables, each its code character and its words joined by '|'; changed in place
 * @param {() => number} size the deflated size of the run with `items` as they are
 * @param {number} moves
 */
function wordMoves(free, items, size, moves) {
  if (free.length === 0) return;
  let best = size();
  let seed = 1;
  const next = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  // A table drawn in proportion to its words: each word has the same chance to move.
  const owner = free.flatMap((k) => items[k].split('|').map(() => k));
  for (let m = 0; m < moves; m++) {
    const k = owner[next(owner.length)];
    const words = items[k].slice(1).split('|');
    const [a, b] = [next(words.length), next(words.length)];
    if (a === b) continue;
    const was = items[k];
    words.splice(b, 0, ...words.splice(a, 1));
    items[k] = was[0] + words.join('|');
    const s = size();
    if (s < best) best = s;
    else items[k] = was;
  }
}

/**
 * Searches the order of two runs of the finished script that may come in any
 * order: the tables joined by mergeTables (each with its name in the pattern
 * before them: one call makes them all and none reads another) and the
 * function declarations at the end of the outer scope (created as the scope is
 * entered, wherever they stand; functionsLast checked that no name is declared
 * twice). A move of one piece is kept when the run gzips smaller (zlib -9 of
 * the run alone, which is quicker than the whole script and stands for it),
 * with moves drawn from a fixed sequence, so the same input gives the same script.
 * @param {string} code the script as terser printed it, its names shortened
 * @param {boolean} module
 * @param {{ text: string, c0: number, count: number } | null} joined what mergeTables joined
 */
function reorder(code, module, joined) {
  const moves = module ? MOVES.module : MOVES.script;
  const body = outerScope(parse(code, module)).body;
  if (!Array.isArray(body)) return code;
  /** Each run's new order, as text replacing ranges of the script (the tables' run: two ranges). @type {{ from: number, to: number, text: string }[][]} */
  const edits = [];
  // terser's tokens keep where a node starts; it ends where its text, printed as the script was, does. A piece
  // found elsewhere (never seen) leaves its run as it is.
  class Misplaced extends Error {}
  const at = (node) => {
    const text = node.print_to_string(FORMAT);
    const from = node.start.pos;
    if (code.slice(from, from + text.length) !== text) throw new Misplaced();
    return [from, from + text.length];
  };
  const run = (find) => {
    try {
      const ranges = find();
      if (ranges) edits.push(ranges);
    } catch (e) {
      if (!(e instanceof Misplaced)) throw e;
    }
  };
  // The joined tables: the pattern's names and the literal's pieces move together.
  run(() => {
    const def = joined && body.find((s) => s.TYPE === 'Var')?.definitions.find((d) => d.name.TYPE === 'Destructuring' && d.value?.TYPE === 'Call' && d.value.args[0]?.TYPE === 'String' && d.value.args[0].value === joined.text);
    if (!def) return null;
    const [lf, lt] = at(def.value.args[0]);
    const raw = code.slice(lf + 1, lt - 1);
    const first = String.fromCharCode(joined.c0);
    const last = String.fromCharCode(joined.c0 + joined.count - 1);
    const starts = [];
    for (let i = 0; i < raw.length; i++) if (raw[i] >= first && raw[i] <= last) starts.push(i);
    const items = starts.map((p, k) => raw.slice(p, starts[k + 1] ?? raw.length));
    const names = def.name.names.map((n) => code.slice(...at(n)));
    if (starts[0] !== 0 || items.length !== names.length) return null;
    const [nf, nt] = at(def.name);
    // Weighed with the pattern before them and the 32 KB after, which can point back into them.
    const [mid, after] = [code.slice(nt, lf + 1), code.slice(lt - 1, lt - 1 + 32768)];
    const size = (o) => deflateRawSync(`[${o.map((k) => names[k]).join(',')}]${mid}${o.map((k) => items[k]).join('')}${after}`, { level: 9 }).length;
    // Then the words of each lookup-only Set: in the order that gzips best of a few, then moved one at a time.
    const words = (o) => {
      let best = size(o);
      for (const k of joined.free ?? []) {
        const [mark, list] = [items[k][0], items[k].slice(1).split('|')];
        for (const sort of WORD_ORDERS) {
          const was = items[k];
          items[k] = mark + sort(list).join('|');
          const s = size(o);
          if (s < best) best = s;
          else items[k] = was;
        }
      }
    };
    const order = search(items.length, size, moves);
    words(order);
    wordMoves(joined.free ?? [], items, () => size(order), module ? WORD_MOVES.module : WORD_MOVES.script);
    return [
      { from: nf, to: nt, text: `[${order.map((k) => names[k]).join(',')}]` },
      { from: lf + 1, to: lt - 1, text: order.map((k) => items[k]).join('') },
    ];
  });
  // The functions and classes that close the last `var` (definitionsLast's): making one runs nothing.
  run(() => {
    const lastVar = body.filter((s) => s.TYPE === 'Var').at(-1);
    if (!lastVar) return null;
    let i = lastVar.definitions.length;
    while (i > 0 && inert(lastVar.definitions[i - 1].value) && lastVar.definitions[i - 1].name.TYPE === 'SymbolVar') i--;
    const defs = lastVar.definitions.slice(i);
    // A name given twice would make the order matter.
    if (defs.length < 2 || new Set(defs.map((d) => d.name.name)).size !== defs.length) return null;
    const texts = defs.map((d) => code.slice(...at(d)));
    const [from, to] = [at(defs[0])[0], at(defs[defs.length - 1])[1]];
    if (texts.join(',') !== code.slice(from, to)) return null;
    return [{ from, to, text: search(texts.length, deflated(texts, ','), moves).map((k) => texts[k]).join(',') }];
  });
  // The function declarations that close the scope.
  run(() => {
    let k = body.length;
    while (k > 0 && body[k - 1].TYPE === 'Defun') k--;
    const defuns = body.slice(k);
    if (defuns.length < 2 || new Set(defuns.map((f) => f.name.name)).size !== defuns.length) return null;
    const texts = defuns.map((f) => code.slice(...at(f)));
    const [from, to] = [at(defuns[0])[0], at(defuns[defuns.length - 1])[1]];
    if (texts.join('') !== code.slice(from, to)) return null;
    return [{ from, to, text: search(texts.length, deflated(texts), moves).map((i) => texts[i]).join('') }];
  });
  // A run's new order stays only if the whole script gzips smaller with it (the search measured the run alone).
  const apply = (text, ranges) => ranges.reduce((t, e) => t.slice(0, e.from) + e.text + t.slice(e.to), text);
  const gz = (text) => gzipSync(text, { level: 9 }).length;
  const keep = edits.filter((run) => gz(apply(code, [...run].sort((a, b) => b.from - a.from))) < gz(code));
  return apply(code, keep.flat().sort((a, b) => b.from - a.from));
}

/** The scopes a node opens: a function or the script is one; a block, a loop or a `switch` keeps its own aside (`let`, `const`, `class`). */
const scopesOf = (n) => [...(n.variables instanceof Map ? [n] : []), ...(n.block_scope?.variables instanceof Map ? [n.block_scope] : [])];

/** The bindings whose names renameBindings may swap: declared once, by one of these. */
const SWAPPED = new Set(['SymbolVar', 'SymbolLet', 'SymbolConst', 'SymbolFunarg', 'SymbolDefun', 'SymbolDefClass']);

/**
 * Swaps the names of two bindings of one scope (tables, functions, constants, parameters, locals) where the whole
 * script then gzips smaller. The name pass gives a scope's names in the order the code declares them, and the moves
 * and reorder() shuffle that order afterwards; which binding of a scope has which of its names does not change the
 * program as long as no name is hidden where it is read: a binding never takes a name that a scope between one of
 * its reads and its own declares (terser's scope analysis), and one that is exported or declared twice keeps its
 * name. A swap is weighed by zlib -9 of the script without its long string literals (they hold no name); the swaps
 * are drawn from a fixed sequence, a binding in proportion to the square root of its reads (how much its name
 * weighs), its partner among its scope's others, so the same input gives the same script. The result is kept only
 * if the whole script gzips smaller.
 * @param {string} code the script as reorder() left it
 * @param {boolean} module
 */
function renameBindings(code, module) {
  const moves = module ? RENAMES.module : RENAMES.script;
  if (!moves) return code;
  const toplevel = parse(code, module);
  toplevel.figure_out_scope({ module });
  // Kept too: what is exported, and what a shorthand property reads (`{ i }`: key and name must stay equal).
  const exported = new Set();
  walk(toplevel, (n) => (n.TYPE === 'SymbolExport' || (n.TYPE === 'ObjectKeyVal' && n.value?.TYPE === 'SymbolRef' && n.key === n.value.name)) && exported.add(n.TYPE === 'SymbolExport' ? n.thedef : n.value.thedef));
  const scopes = [];
  walk(toplevel, (n) => scopes.push(...scopesOf(n)));
  if (scopes.some((s) => s.uses_eval || s.uses_with)) return code;
  /** The bindings that may swap, and for each the bindings of its scope that it may swap with. */
  const defs = [];
  const group = [];
  for (const s of scopes) {
    const own = [];
    for (const d of s.variables.values()) {
      if (d.scope === s && !d.undeclared && !d.export && !exported.has(d) && d.orig.length === 1 && SWAPPED.has(d.orig[0].TYPE)) own.push(defs.push(d) - 1);
    }
    if (own.length > 1) for (const i of own) group[i] = own;
  }
  if (defs.length < 2) return code;
  // The script printed with a mark for each name, once as it is and once without its long strings.
  const template = () => {
    defs.forEach((d, i) => (d.mangled_name = `__N${i}N__`));
    const t = toplevel.print_to_string({ ...FORMAT, ecma: 2020 });
    defs.forEach((d) => (d.mangled_name = undefined));
    const parts = t.split(/__N(\d+)N__/);
    return { texts: parts.filter((_, i) => i % 2 === 0), slots: parts.filter((_, i) => i % 2 === 1).map(Number) };
  };
  const full = template();
  const long = [];
  walk(toplevel, (n) => n.TYPE === 'String' && n.value.length > 4096 && long.push([n, n.value]));
  for (const [n] of long) n.value = '';
  const light = template();
  for (const [n, v] of long) n.value = v;
  const fill = ({ texts, slots }, names) => {
    let s = texts[0];
    for (let k = 0; k < slots.length; k++) s += names[slots[k]] + texts[k + 1];
    return s;
  };
  let names = defs.map((d) => d.name);
  // Printed back with its own names, the script must be the one read (a shorthand `{a}` would print otherwise).
  if (light.slots.join() !== full.slots.join() || fill(full, names) !== code) return code;
  // terser's reads know their function, not their block: the scopes around each read are collected on a walk.
  const index = new Map(defs.map((d, i) => [d, i]));
  const hidden = defs.map(() => new Set());
  const fixed = new Set();
  const around = [];
  toplevel.walk({
    _visit(n, descend) {
      // terser gives a function declared in a block to the function around it; JavaScript gives it to the block.
      if (n.TYPE === 'Defun' && !['Toplevel', 'Defun', 'Function', 'Arrow'].includes(around.at(-1)?.TYPE) && index.has(n.name.thedef)) fixed.add(index.get(n.name.thedef));
      const scopes = scopesOf(n);
      around.push(...scopes);
      // A read, or a declaration (`var` in a block, where a `let` of the same name would clash).
      const i = n.TYPE === 'SymbolRef' || SWAPPED.has(n.TYPE) ? index.get(n.thedef) : undefined;
      if (i !== undefined) {
        for (let k = around.length - 1; k >= 0 && around[k] !== defs[i].scope; k--) {
          for (const name of around[k].variables.keys()) hidden[i].add(name);
          if (around[k].name?.name) hidden[i].add(around[k].name.name);
        }
      }
      if (descend) descend.call(n);
      around.length -= scopes.length;
      return true;
    },
  });
  const pool = defs.map((_, i) => i).filter((i) => group[i]);
  const cumulative = [];
  pool.reduce((sum, i, k) => (cumulative[k] = sum + Math.sqrt(defs[i].references.length + 1)), 0);
  let seed = 1;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = () => {
    const r = random() * cumulative[cumulative.length - 1];
    let [lo, hi] = [0, pool.length - 1];
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (cumulative[m] < r) lo = m + 1;
      else hi = m;
    }
    return pool[lo];
  };
  const weigh = (o) => deflateRawSync(fill(light, o), { level: 9 }).length;
  let best = weigh(names);
  for (let m = 0; m < moves; m++) {
    const a = pick();
    const b = group[a][Math.floor(random() * group[a].length)];
    if (a === b || fixed.has(a) || fixed.has(b) || hidden[a].has(names[b]) || hidden[b].has(names[a])) continue;
    const o = [...names];
    [o[a], o[b]] = [o[b], o[a]];
    const s = weigh(o);
    if (s < best) [best, names] = [s, o];
  }
  const renamed = fill(full, names);
  return gzipSync(renamed, { level: 9 }).length < gzipSync(code, { level: 9 }).length ? renamed : code;
}

/**
 * Moves of one piece to another place, each kept when `size` of the new order is
 * smaller; the moves follow a fixed sequence, so the same input gives the same order.
 * @param {number} n the number of pieces
 * @param {(order: number[]) => number} size
 */
function search(n, size, moves) {
  let order = Array.from({ length: n }, (_, i) => i);
  let best = size(order);
  let seed = 1;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  for (let m = 0; m < moves; m++) {
    const a = next();
    const b = next();
    if (a === b) continue;
    const o = [...order];
    o.splice(b, 0, ...o.splice(a, 1));
    const s = size(o);
    if (s < best) [best, order] = [s, o];
  }
  return order;
}

/** The deflated size (zlib -9) of the pieces joined in an order: what the search weighs a run by. */
const deflated = (pieces, join = '') => (order) => deflateRawSync(order.map((i) => pieces[i]).join(join), { level: 9 }).length;

/** Removes the `var` statements a move left without definitions. */
function dropEmptyVars(statements) {
  for (let i = statements.length - 1; i >= 0; i--) if (statements[i].TYPE === 'Var' && statements[i].definitions.length === 0) statements.splice(i, 1);
}
