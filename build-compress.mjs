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
 *    `!a || !b` (engine bundle -13 B).
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
 */
import { minify } from 'terser';

const PLAIN = { passes: 2 };
const ENGINE = { passes: 2, hoist_funs: true, lhs_constants: false, if_return: false, booleans: false };
const FORMAT = { comments: false, ascii_only: true, quote_style: 2 };

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
    functionsLast(out.ast);
    // The names are shortened here, after the moves: in the order the code now declares them.
    Object.assign(out, await minify(out.ast, { module, ecma: 2020, compress: false, mangle: true, format: FORMAT }));
  }
  if (out.code === undefined) throw new Error('terser produced no code');
  return out.code;
}

/**
 * Moves the function declarations of the script's outer scope to its end, last first.
 * @param {{ body: any[] }} toplevel terser's syntax tree (AST_Toplevel), its scope analysis fresh
 */
function functionsLast(toplevel) {
  // An ES module holds the code itself; content.js wraps it in one arrow called at once (esbuild's iife).
  const calls = toplevel.body.filter((s) => s.TYPE !== 'Directive');
  const wrapper = calls.length === 1 && calls[0].TYPE === 'SimpleStatement' ? calls[0].body : null;
  const scope = wrapper?.TYPE === 'Call' && wrapper.args.length === 0 && ['Arrow', 'Function'].includes(wrapper.expression.TYPE) ? wrapper.expression : toplevel;
  const body = scope.body;
  if (!Array.isArray(body)) return;
  const functions = body.filter((s) => s.TYPE === 'Defun');
  const names = new Set(functions.map((f) => f.name.name));
  if (names.size !== functions.length) return;
  const rest = body.filter((s) => s.TYPE !== 'Defun');
  const outer = outerNames(rest, functions, scope);
  if (outer) {
    tablesFirst(rest, outer);
    definitionsLast(rest, outer);
  }
  body.splice(0, body.length, ...rest, ...functions.reverse());
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
  if (vars.length === 0) return;
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

/** Removes the `var` statements a move left without definitions. */
function dropEmptyVars(statements) {
  for (let i = statements.length - 1; i >= 0; i--) if (statements[i].TYPE === 'Var' && statements[i].definitions.length === 0) statements.splice(i, 1);
}
