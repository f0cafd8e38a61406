/**
 * What the diff printer walks and writes with (diff.ts explains the printer as a whole): the change of one
 * value with its unknown/sensitive masks and replace paths, the actions and their marker characters, the
 * render options, and the text of plain values (Go's quoting, numbers without exponents, HCL attribute names).
 */
import type { Json } from './plan-json.ts';
import type { Masking } from './values.ts';

export type Action = 'create' | 'delete' | 'update' | 'noop';
export type Obj = { [k: string]: Json };
export type Path = readonly (string | number)[];

export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Symbols are written as private marker characters in the symbol column, so the caller can place them
 * (Terraform's indented column, or column 0 for a ```diff block) without guessing from user text.
 */
export const MARK: Record<Action, string> = {
  create: '\u0001',
  delete: '\u0002',
  update: '\u0003',
  noop: '\u0004',
};
// eslint-disable-next-line no-control-regex -- the markers are control characters on purpose (never in output)
export const MARK_CHARS = /[\u0001-\u0004]/g;
export const SYMBOL_OF: Record<string, string> = {
  '\u0001': '+',
  '\u0002': '-',
  '\u0003': '~',
  '\u0004': ' ',
};

/** Terraform's DiffActionSymbol: three columns, then a space. */
export const sym = (a: Action) => `  ${MARK[a]} `;
export const ind = (n: number) => '    '.repeat(n);

export interface Opts {
  overrideNullSuffix: boolean;
  overrideForcesReplacement: boolean;
  forbidForcesReplacement: boolean;
  showUnchanged: boolean;
}
/** The 16 option sets, made once: rendering derives options per node, and fresh objects were much of its garbage. */
const OPTS: Opts[] = [];
for (let i = 0; i < 16; i++)
  OPTS.push({
    overrideNullSuffix: (i & 1) !== 0,
    overrideForcesReplacement: (i & 2) !== 0,
    forbidForcesReplacement: (i & 4) !== 0,
    showUnchanged: (i & 8) !== 0,
  });
const bits = (o: Opts) =>
  (o.overrideNullSuffix ? 1 : 0) |
  (o.overrideForcesReplacement ? 2 : 0) |
  (o.forbidForcesReplacement ? 4 : 0) |
  (o.showUnchanged ? 8 : 0);
export function opts(o: Opts, change: Partial<Opts>): Opts {
  return OPTS[bits({ ...o, ...change })] as Opts;
}
export const withNullSuffixOff = (o: Opts): Opts => (o.overrideNullSuffix ? o : (OPTS[bits(o) | 1] as Opts));
export const withUnchanged = (o: Opts): Opts => (o.showUnchanged ? o : (OPTS[bits(o) | 8] as Opts));
export const BASE = OPTS[0] as Opts;

export interface Diff {
  action: Action;
  replace: boolean;
  render(indent: number, o: Opts): string;
  warnings?(indent: number): string[];
}

export const nullSuffix = (a: Action, o: Opts) => (!o.overrideNullSuffix && a === 'delete' ? ' -> null' : '');
export const forces = (replace: boolean, o: Opts) =>
  (replace || o.overrideForcesReplacement) && !o.forbidForcesReplacement ? ' # forces replacement' : '';
export const unchanged = (what: string, n: number) =>
  `# (${n} unchanged ${what}${n === 1 ? '' : 's'} hidden)`;
/** Go's %q for the strings Terraform quotes. */
const PLAIN_TEXT = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

export function goQuote(s: string): string {
  if (PLAIN_TEXT.test(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (c === 7) out += '\\a';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c === 11) out += '\\v';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if ((c >= 0x80 && c <= 0x9f) || c === 0xad || c === 0x2028 || c === 0x2029 || c === 0xfeff)
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd';
    else out += ch;
  }
  return `${out}"`;
}

/** A number as Terraform prints it: plain decimal, never an exponent (1e-05 → 0.00001). */
export function plainNumber(x: number): string {
  const s = String(x);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, d0, rest = '', e] = m;
  const digits = `${d0}${rest}`;
  const exp = Number(e);
  if (exp >= 0) return `${sign}${digits.padEnd(exp + 1, '0')}`;
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}

/** HCL's identifier rule (hclsyntax.ValidIdentifier): other keys are quoted. */
const IDENT = /^[\p{ID_Start}_][\p{ID_Continue}-]*$/u;
const attrNames = new Map<string, string>();
export function attrName(k: string): string {
  let n = attrNames.get(k);
  if (n === undefined) {
    n = IDENT.test(k) ? k : goQuote(k);
    if (attrNames.size < 10_000) attrNames.set(k, n);
  }
  return n;
}

export const IMPORTANT = new Set(['id', 'name', 'tags']);

export function equal(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!Object.hasOwn(b, k) || !equal(a[k], (b as Obj)[k])) return false;
  return true;
}

export function compareActions(current: Action, next: Action): Action {
  if (next === 'noop') return current;
  return current !== next ? 'update' : current;
}
// ---------------------------------------------------------------------------------------------------------
// Replace paths

export class Matcher {
  readonly paths: readonly Path[];
  constructor(paths: readonly Path[]) {
    this.paths = paths;
  }
  static EMPTY = new Matcher([]);
  child(step: string | number): Matcher {
    if (this.paths.length === 0) return this;
    const next: Path[] = [];
    for (const p of this.paths) if (p.length > 0 && p[0] === step) next.push(p.slice(1));
    return next.length ? new Matcher(next) : Matcher.EMPTY;
  }
  matches(): boolean {
    return this.paths.some((p) => p.length === 0);
  }
}

// ---------------------------------------------------------------------------------------------------------
// The change being walked: one value's before/after with its masks

export interface Change {
  before: Json | undefined;
  after: Json | undefined;
  beforeExplicit: boolean;
  afterExplicit: boolean;
  unknown: Json | undefined;
  bs: Json | undefined;
  as: Json | undefined;
  replace: Matcher;
}

export const isNull = (v: Json | undefined) => v === null || v === undefined;

export function mapChild(c: Change, key: string): Change {
  const b = c.before;
  const a = c.after;
  const beforeExplicit = isObj(b) && Object.hasOwn(b, key);
  const afterExplicit = isObj(a) && Object.hasOwn(a, key);
  return {
    before: beforeExplicit ? (b as Obj)[key] : undefined,
    after: afterExplicit ? (a as Obj)[key] : undefined,
    beforeExplicit,
    afterExplicit,
    unknown: isObj(c.unknown) ? c.unknown[key] : undefined,
    bs: isObj(c.bs) ? c.bs[key] : undefined,
    as: isObj(c.as) ? c.as[key] : undefined,
    replace: c.replace.child(key),
  };
}

export function sliceChild(c: Change, b: Json[] | null, a: Json[] | null, bi: number, ai: number): Change {
  const at = (v: Json | undefined, i: number): [Json | undefined, boolean] =>
    Array.isArray(v) && i >= 0 && i < v.length ? [v[i], true] : [undefined, false];
  const [before, beforeExplicit] = at(b ?? undefined, bi);
  const [after, afterExplicit] = at(a ?? undefined, ai);
  const relevant = b && bi >= 0 && bi < b.length ? bi : ai;
  return {
    before,
    after,
    beforeExplicit,
    afterExplicit,
    unknown: at(c.unknown, ai)[0],
    bs: at(c.bs, bi)[0],
    as: at(c.as, ai)[0],
    replace: c.replace.child(relevant),
  };
}

export function asDelete(c: Change): Change {
  return { ...c, afterExplicit: false, after: undefined, unknown: undefined, as: undefined };
}
export function asCreate(c: Change): Change {
  return { ...c, beforeExplicit: false, before: undefined, bs: undefined };
}

// ---------------------------------------------------------------------------------------------------------
// What the builders carry

/**
 * `transform` is the tree builder (diff-tree.ts), handed down so the string printers can diff the values of
 * JSON strings without importing it back.
 */
export interface Ctx {
  masking: Masking;
  transform: (c: Change, ctx: Ctx, typed: boolean) => Diff;
}

export type JType = 'null' | 'bool' | 'number' | 'string' | 'object' | 'array';
export function jtype(v: Json | undefined): JType {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  return t === 'object' ? 'object' : (t as JType);
}

export function userMasked(s: string, m: Masking): boolean {
  if (m.patterns.length === 0 && m.literals.length === 0) return false;
  return m.literals.some((l) => l !== '' && s.includes(l)) || m.patterns.some((p) => p.test(s));
}

export const MASKED_VALUE = Symbol('masked');

export function renderValue(v: Json): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return plainNumber(v);
  return goQuote(String(v));
}

const byteOrder = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The keys of several maps, each once, sorted; Terraform writes keys sorted, so usually no sort is needed. */
export function allKeys(maps: readonly (Json | undefined)[]): string[] {
  let keys: string[] | undefined;
  let seen: Set<string> | undefined;
  for (const m of maps) {
    if (!isObj(m)) continue;
    const ks = Object.keys(m);
    if (keys === undefined) {
      keys = ks;
      continue;
    }
    if (ks.length === 0) continue;
    if (seen === undefined) {
      const k0 = keys;
      // the common case: the same keys again (before and after of one object)
      if (sameKeys(ks, k0)) continue;
      seen = new Set(k0);
      keys = k0.slice();
    }
    for (const k of ks)
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
  }
  if (keys === undefined) return [];
  for (let i = 1; i < keys.length; i++)
    if ((keys[i - 1] as string) > (keys[i] as string)) return keys.slice().sort(byteOrder);
  return keys;
}
