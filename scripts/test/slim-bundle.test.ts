// The build's last step (scripts/slim-bundle.mjs). The oracle for "the bundle still does the same" is Node itself:
// the same webpack-shaped program runs before and after, and prints the same. The shape (a module table whose
// values are parenthesised functions, `__nccwpck_require__`, concatenated modules with unused exports left in) is
// what ncc 0.45 emits: compare any dist/*/index.js.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parenthesiseModules, slimBundle } from '../slim-bundle.mjs';

const BUNDLE = `import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 101:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, { o: () => (/* binding */ describe) });
/* unused harmony export UNUSED_SCHEMA */
;// CONCATENATED MODULE: ./schemas.js
const _A = "Arn";
const _UNUSED_NAME = "NeverRead";
var UsedShape$ = [3, "n0", _A];
var UNUSED_SCHEMA = [3, "n0", _UNUSED_NAME, () => UNUSED_SCHEMA];
class ValidationError extends Error {
  constructor(message) { super(message); this.kind = "validation"; }
}
function describe() {
  const e = new ValidationError("bad");
  return [UsedShape$.join("/"), e.constructor.name, describe.name, e.kind].join(" ");
}

/***/ }),

/***/ 202:
/***/ ((module) => {

module.exports = { side: (globalThis.__sideEffects = (globalThis.__sideEffects ?? 0) + 1) };

/***/ })

/******/ });
/******/ var __webpack_module_cache__ = {};
/******/ function __nccwpck_require__(moduleId) {
/******/   var cached = __webpack_module_cache__[moduleId];
/******/   if (cached !== undefined) return cached.exports;
/******/   var module = __webpack_module_cache__[moduleId] = { exports: {} };
/******/   __webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/   return module.exports;
/******/ }
/******/ __nccwpck_require__.d = (exports, definition) => {
/******/   for (var key in definition) Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ };
var __webpack_exports__ = {};
const m = __nccwpck_require__(101);
const s = __nccwpck_require__(202);
console.log(m.o(), s.side, typeof __WEBPACK_EXTERNAL_createRequire);
`;

function run(code: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-slim-'));
  const file = path.join(dir, 'index.mjs');
  writeFileSync(file, code);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('slimBundle', () => {
  it('runs the same program: names, classes and side effects kept', async () => {
    const slim = await slimBundle(BUNDLE);
    expect(run(BUNDLE)).toBe('3/n0/Arn ValidationError describe validation 1 function\n');
    expect(run(slim)).toBe(run(BUNDLE));
  });

  it('drops the declarations nothing reads, and only those', async () => {
    const slim = await slimBundle(BUNDLE);
    expect(slim).not.toContain('UNUSED_SCHEMA');
    expect(slim).not.toContain('NeverRead');
    expect(slim).toContain('var UsedShape$=[3,"n0",_A]');
    expect(slim).toContain('class ValidationError extends Error');
    expect(slim).toContain('function describe(){');
  });

  it('keeps every webpack module function in parentheses (V8 compiles those eagerly)', async () => {
    const slim = await slimBundle(BUNDLE);
    expect(slim).toContain('101:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{');
    expect(slim).toContain('202:(module=>{');
    expect(parenthesiseModules(slim)).toEqual({ code: slim, modules: 2 });
  });
});

describe('parenthesiseModules', () => {
  it('wraps the module functions of an entry and of a lazy chunk, and nothing else', () => {
    const entry = 'var __webpack_modules__={1:()=>{},2:function(m){m.x=()=>1}};var other={3:()=>{}};';
    expect(parenthesiseModules(entry)).toEqual({
      code: 'var __webpack_modules__={1:(()=>{}),2:(function(m){m.x=()=>1})};var other={3:()=>{}};',
      modules: 2,
    });
    const chunk = 'export const id=7;export const ids=[7];export const modules={7:(e,t,r)=>{r(1)}};';
    expect(parenthesiseModules(chunk).code).toBe(
      'export const id=7;export const ids=[7];export const modules={7:((e,t,r)=>{r(1)})};',
    );
  });
});

describe('the committed bundles (dist/)', () => {
  const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
  const files = readdirSync(dist).flatMap((a) =>
    readdirSync(path.join(dist, a))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `${a}/${f}`),
  );

  it.each(files)('%s: every webpack module function is in parentheses', (file) => {
    const code = readFileSync(path.join(dist, file), 'utf8');
    const r = parenthesiseModules(code);
    // found some (a new ncc that renamed the module table would find none and lose the hint silently)
    expect(r.modules).toBeGreaterThan(0);
    expect(r.code === code).toBe(true);
  });
});
