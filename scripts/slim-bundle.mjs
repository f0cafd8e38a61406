// The last build step for every file ncc emits (the entry and its lazy chunks): drop the code a bundle carries but
// never runs, and the whitespace V8 would scan, while keeping what makes it start fast. Used by scripts/build.mjs.
//
// Why: ncc (webpack) concatenates ES modules but leaves every unused declaration in place ("unused harmony export");
// it relies on a minifier to drop them. deploy-stack's bundle carried the schemas of every CloudFormation operation.
// V8 pre-parses all of that source on each start. Measured in docs/notes/cold-start.md.
//
// What is kept, on purpose:
// - names (no mangling, and function and class names kept): stack traces and `error.name` read as in the source;
// - the parentheses around each webpack module function. V8 compiles a function literal that follows `(` eagerly
//   (the PIFE heuristic, https://v8.dev/blog/preparser#pife); without them every module that runs is parsed twice.
//   Terser drops them, so they are put back here.
import * as acorn from 'acorn';
import { minify } from 'terser';

/** Property values of webpack's module tables: `var __webpack_modules__ = {…}` and a chunk's `export const modules`. */
function moduleFunctions(program) {
  const found = [];
  const tables = (decl) =>
    decl?.type === 'VariableDeclaration'
      ? decl.declarations.filter(
          (d) =>
            ['__webpack_modules__', 'modules'].includes(d.id.name) && d.init?.type === 'ObjectExpression',
        )
      : [];
  for (const node of program.body) {
    for (const d of [...tables(node), ...tables(node.declaration)]) {
      for (const p of d.init.properties) {
        if (p.value?.type === 'FunctionExpression' || p.value?.type === 'ArrowFunctionExpression')
          found.push(p.value);
      }
    }
  }
  return found;
}

/** Wraps each module function in parentheses again (V8's eager-compile hint). */
export function parenthesiseModules(code) {
  const program = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const fns = moduleFunctions(program);
  let out = '';
  let at = 0;
  for (const fn of fns) {
    const wrapped = code[fn.start - 1] === '(' && code[fn.end] === ')';
    if (wrapped) continue;
    out += `${code.slice(at, fn.start)}(${code.slice(fn.start, fn.end)})`;
    at = fn.end;
  }
  return { code: out + code.slice(at), modules: fns.length };
}

/** Unused declarations dropped (nothing else rewritten), whitespace and comments removed, module functions wrapped. */
export async function slimBundle(code) {
  const result = await minify(code, {
    module: true,
    mangle: false,
    compress: { defaults: false, unused: true, passes: 3, keep_fnames: true, keep_classnames: true },
    format: { comments: false },
  });
  return parenthesiseModules(result.code).code;
}
