/**
 * Resource diffs in the shape Terraform's own `plan`/`show` prints them (internal/command/jsonformat), built
 * from the JSON plan alone:
 * - lists are matched the way Terraform matches them: equal length and not a reordering → element by element;
 *   otherwise a longest common subsequence, so one removed element is one `-` line, with objects that fall
 *   between common elements paired up as in-place changes;
 * - multi-line strings as `<<-EOT` heredocs with a line diff, JSON strings as `jsonencode(…)` with a structured
 *   diff, unknown values as `(known after apply)`, sensitive ones as `(sensitive value)`;
 * - unchanged attributes and list elements are hidden behind `# (N unchanged … hidden)`, except `id`, `name`
 *   and `tags`, which Terraform always shows;
 * - `# forces replacement` on the attributes listed in `replace_paths`.
 *
 * The JSON plan carries no provider schema, so every attribute is rendered the way Terraform renders a value
 * of dynamic type (blocks appear as lists of objects, maps as objects, sets as lists); for `terraform_data`
 * that is exactly what Terraform prints, which the tests check against `terraform show` itself. Terraform
 * prints no `# forces replacement` inside dynamic values, so `terraform_data`'s own attributes get none either.
 *
 * Values become text only here and through the same masking rules as values.ts: sensitive values are
 * registered with the runner's masker and never printed; user masks print `(masked)`.
 */
import type { Json, RawChange } from './plan-json.ts';
import { MASKED, SENSITIVE, UNKNOWN, containsTrue, scalars, type Masking } from './values.ts';

type Action = 'create' | 'delete' | 'update' | 'noop';
type Obj = { [k: string]: Json };
type Path = readonly (string | number)[];

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Symbols are written as private marker characters in the symbol column, so the caller can place them
 * (Terraform's indented column, or column 0 for a ```diff block) without guessing from user text.
 */
const MARK: Record<Action, string> = { create: '\u0001', delete: '\u0002', update: '\u0003', noop: '\u0004' };
// eslint-disable-next-line no-control-regex -- the markers are control characters on purpose (never in output)
const MARK_CHARS = /[\u0001-\u0004]/g;
const SYMBOL_OF: Record<string, string> = { '\u0001': '+', '\u0002': '-', '\u0003': '~', '\u0004': ' ' };

/** Terraform's DiffActionSymbol: three columns, then a space. */
const sym = (a: Action) => `  ${MARK[a]} `;
const ind = (n: number) => '    '.repeat(n);

interface Opts {
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
function opts(o: Opts, change: Partial<Opts>): Opts {
  return OPTS[bits({ ...o, ...change })] as Opts;
}
const withNullSuffixOff = (o: Opts): Opts => (o.overrideNullSuffix ? o : (OPTS[bits(o) | 1] as Opts));
const withUnchanged = (o: Opts): Opts => (o.showUnchanged ? o : (OPTS[bits(o) | 8] as Opts));
const BASE = OPTS[0] as Opts;

interface Diff {
  action: Action;
  replace: boolean;
  render(indent: number, o: Opts): string;
  warnings?(indent: number): string[];
}

const nullSuffix = (a: Action, o: Opts) => (!o.overrideNullSuffix && a === 'delete' ? ' -> null' : '');
const forces = (replace: boolean, o: Opts) =>
  (replace || o.overrideForcesReplacement) && !o.forbidForcesReplacement ? ' # forces replacement' : '';
const unchanged = (what: string, n: number) => `# (${n} unchanged ${what}${n === 1 ? '' : 's'} hidden)`;

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
function attrName(k: string): string {
  let n = attrNames.get(k);
  if (n === undefined) {
    n = IDENT.test(k) ? k : goQuote(k);
    if (attrNames.size < 10_000) attrNames.set(k, n);
  }
  return n;
}

const IMPORTANT = new Set(['id', 'name', 'tags']);

function equal(a: Json | undefined, b: Json | undefined): boolean {
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

function compareActions(current: Action, next: Action): Action {
  if (next === 'noop') return current;
  return current !== next ? 'update' : current;
}

// ---------------------------------------------------------------------------------------------------------
// Replace paths

class Matcher {
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

interface Change {
  before: Json | undefined;
  after: Json | undefined;
  beforeExplicit: boolean;
  afterExplicit: boolean;
  unknown: Json | undefined;
  bs: Json | undefined;
  as: Json | undefined;
  replace: Matcher;
}

const isNull = (v: Json | undefined) => v === null || v === undefined;

function mapChild(c: Change, key: string): Change {
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

function sliceChild(c: Change, b: Json[] | null, a: Json[] | null, bi: number, ai: number): Change {
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

function asDelete(c: Change): Change {
  return { ...c, afterExplicit: false, after: undefined, unknown: undefined, as: undefined };
}
function asCreate(c: Change): Change {
  return { ...c, beforeExplicit: false, before: undefined, bs: undefined };
}

// ---------------------------------------------------------------------------------------------------------
// Building the diff tree

interface Ctx {
  masking: Masking;
}

type JType = 'null' | 'bool' | 'number' | 'string' | 'object' | 'array';
function jtype(v: Json | undefined): JType {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  return t === 'object' ? 'object' : (t as JType);
}

/** Transform of one value. `typed` = outside a dynamic value: replacement is marked on matching paths. */
function transform(c: Change, ctx: Ctx, typed: boolean): Diff {
  const here = typed && c.replace.matches();
  const noReplace = !typed || c.replace.paths.length === 0;
  if (
    noReplace &&
    isNull(c.before) &&
    !c.beforeExplicit &&
    !isNull(c.after) &&
    plain(c.unknown) &&
    plain(c.as)
  )
    return wholeValue(c.after as Json, 'create', ctx);
  if (
    noReplace &&
    isNull(c.after) &&
    !c.afterExplicit &&
    !isNull(c.before) &&
    plain(c.bs) &&
    plain(c.unknown)
  )
    return wholeValue(c.before as Json, 'delete', ctx);
  if (unchangedValue(c)) {
    // Equal on both sides, nothing unknown or sensitive: a no-op whose text is only built if it is shown
    // (`id`, `name`, `tags`, context around a list change) — most unchanged values are hidden.
    let d: Diff | undefined;
    return {
      action: 'noop',
      replace: here,
      render: (i, o) => (d ??= transformFull(c, ctx, typed, here)).render(i, o),
    };
  }
  return transformFull(c, ctx, typed, here);
}

const plain = (mask: Json | undefined) => mask === undefined || mask === false || !containsTrue(mask);

/**
 * A value created or deleted as a whole, with nothing unknown, sensitive or replacement-marked inside: printed
 * straight from the value, exactly as the generic tree would render it (every element and attribute carries
 * the same action), without building that tree — most of a large plan is creates.
 */
function wholeValue(v: Json, action: 'create' | 'delete', ctx: Ctx): Diff {
  return { action, replace: false, render: (indent, o) => printWhole(v, action, indent, o, ctx) };
}

function printWhole(v: Json, action: 'create' | 'delete', indent: number, o: Opts, ctx: Ctx): string {
  if (Array.isArray(v)) {
    if (v.length === 0) return `[]${nullSuffix(action, o)}${forces(false, o)}`;
    const eo = withNullSuffixOff(o);
    const pre = `${ind(indent + 1)}${sym(action)}`;
    let out = `[${forces(false, o)}\n`;
    for (const el of v) out += `${pre}${printWhole(el, action, indent + 1, eo, ctx)},\n`;
    return `${out}${ind(indent)}${sym('noop')}]${nullSuffix(action, o)}`;
  }
  if (isObj(v)) {
    const keys = allKeys([v]);
    if (keys.length === 0) return `{}${nullSuffix(action, o)}${forces(false, o)}`;
    let width = 0;
    for (const k of keys) {
      const len = attrName(k).length;
      if (len > width) width = len;
    }
    const ao = withNullSuffixOff(o);
    const pre = `${ind(indent + 1)}${sym(action)}`;
    let out = `{${forces(false, o)}\n`;
    for (const k of keys)
      out += `${pre}${attrName(k).padEnd(width)} = ${printWhole(v[k] as Json, action, indent + 1, IMPORTANT.has(k) ? withUnchanged(ao) : ao, ctx)}\n`;
    return `${out}${ind(indent)}${sym('noop')}}${nullSuffix(action, o)}`;
  }
  let val: Json | typeof MASKED_VALUE = v;
  if (v !== null && userMasked(String(v), ctx.masking)) {
    ctx.masking.onSecret(String(v));
    val = MASKED_VALUE;
  }
  if (typeof v === 'string' || val === MASKED_VALUE)
    return action === 'create'
      ? renderString(null, val, action, false, indent, o, ctx)
      : renderString(val, null, action, false, indent, o, ctx);
  const text = renderValue(v);
  return action === 'create'
    ? `${text}${forces(false, o)}`
    : `${text}${nullSuffix(action, o)}${forces(false, o)}`;
}

/** No change at all: same value and presence on both sides, no unknown and no sensitive marks inside. */
function unchangedValue(c: Change): boolean {
  if (c.beforeExplicit !== c.afterExplicit) return false;
  if (c.unknown !== undefined && c.unknown !== false && containsTrue(c.unknown)) return false;
  if (c.bs !== undefined && c.bs !== false && containsTrue(c.bs)) return false;
  if (c.as !== undefined && c.as !== false && containsTrue(c.as)) return false;
  return equal(c.before, c.after);
}

function transformFull(c: Change, ctx: Ctx, typed: boolean, here: boolean): Diff {
  const sensitive = checkSensitive(c, ctx, typed, here);
  if (sensitive) return sensitive;
  const unknown = checkUnknown(c, ctx, typed, here);
  if (unknown) return unknown;
  const bt = jtype(c.before);
  const at = jtype(c.after);
  const deleted = at === 'null' && !c.afterExplicit;
  const created = bt === 'null' && !c.beforeExplicit;
  if (bt === at || created || deleted) return update(c, bt === 'null' ? at : bt, ctx, typed);
  const b = update(asDelete(c), bt, ctx, typed);
  const a = update(asCreate(c), at, ctx, typed);
  return typeChange(b, a, 'update', typed && c.replace.matches());
}

function update(c: Change, t: JType, ctx: Ctx, typed: boolean): Diff {
  const replace = typed && c.replace.matches();
  if (t === 'object') return object(c, ctx, typed, replace);
  if (t === 'array') return array(c, ctx, typed, replace);
  const beforeMissing = isNull(c.before) && !c.beforeExplicit;
  const afterMissing = isNull(c.after) && !c.afterExplicit;
  const action: Action =
    beforeMissing && !afterMissing
      ? 'create'
      : !beforeMissing && afterMissing
        ? 'delete'
        : equal(c.before ?? null, c.after ?? null)
          ? 'noop'
          : 'update';
  return primitive(c.before ?? null, c.after ?? null, t, action, replace, ctx);
}

function checkSensitive(c: Change, ctx: Ctx, typed: boolean, replace: boolean): Diff | undefined {
  const bs = c.bs === true;
  const as = c.as === true;
  if (!bs && !as) return undefined;
  for (const v of [c.before, c.after]) for (const s of scalars(v ?? null)) ctx.masking.onSecret(s);
  const inner = transform({ ...c, bs: false, as: false }, { masking: ctx.masking }, typed);
  let action = inner.action;
  const nullNoOp = isNull(c.before) && !c.beforeExplicit && isNull(c.after) && !c.afterExplicit;
  if (action === 'noop' && bs !== as && !nullNoOp) action = 'update';
  return {
    action,
    replace,
    render(_indent, o) {
      return `${SENSITIVE}${nullSuffix(this.action, o)}${forces(this.replace, o)}`;
    },
    warnings(indent) {
      if (bs === as || inner.action === 'create' || inner.action === 'delete') return [];
      const w = bs
        ? `  # Warning: this attribute value will no longer be marked as sensitive\n${ind(indent)}  # after applying this change.`
        : `  # Warning: this attribute value will be marked as sensitive and will not\n${ind(indent)}  # display in UI output after applying this change.`;
      return [inner.action === 'noop' ? `${w} The value is unchanged.` : w];
    },
  };
}

function checkUnknown(c: Change, ctx: Ctx, typed: boolean, replace: boolean): Diff | undefined {
  if (c.unknown !== true) return undefined;
  const known = { ...c, afterExplicit: true };
  if (isNull(known.before)) {
    return { action: 'create', replace, render: (_i, o) => `${UNKNOWN}${forces(replace, o)}` };
  }
  const before = transform({ ...asDelete(known), unknown: false }, ctx, typed);
  return {
    action: 'update',
    replace,
    render(indent, o) {
      const bo = opts(o, { overrideNullSuffix: true, forbidForcesReplacement: replace });
      return `${before.render(indent, bo)} -> ${UNKNOWN}${forces(replace, o)}`;
    },
  };
}

function typeChange(before: Diff, after: Diff, action: Action, replace: boolean): Diff {
  return {
    action,
    replace,
    render(indent, o) {
      const co = withNullSuffixOff(o);
      return `${before.render(indent, co)} -> ${after.render(indent, co)}`;
    },
  };
}

function userMasked(s: string, m: Masking): boolean {
  if (m.patterns.length === 0 && m.literals.length === 0) return false;
  return m.literals.some((l) => l !== '' && s.includes(l)) || m.patterns.some((p) => p.test(s));
}

function primitive(
  before: Json | typeof MASKED_VALUE,
  after: Json | typeof MASKED_VALUE,
  t: JType,
  action: Action,
  replace: boolean,
  ctx: Ctx,
): Diff {
  // User masks: a matching value is replaced before anything renders it.
  const mask = (v: Json | typeof MASKED_VALUE): Json | typeof MASKED_VALUE => {
    if (v === null || v === MASKED_VALUE) return v;
    const s = String(v);
    if (!userMasked(s, ctx.masking)) return v;
    ctx.masking.onSecret(s);
    return MASKED_VALUE;
  };
  const b = mask(before);
  const a = mask(after);
  return {
    action,
    replace,
    render(indent, o) {
      if (t === 'string' || b === MASKED_VALUE || a === MASKED_VALUE)
        return renderString(b, a, this.action, this.replace, indent, o, ctx);
      const bv = renderValue(b as Json);
      const av = renderValue(a as Json);
      const fr = forces(this.replace, o);
      switch (this.action) {
        case 'create':
          return `${av}${fr}`;
        case 'delete':
          return `${bv}${nullSuffix(this.action, o)}${fr}`;
        case 'noop':
          return `${bv}${fr}`;
        default:
          return `${bv} -> ${av}${fr}`;
      }
    },
  };
}

const MASKED_VALUE = Symbol('masked');

function renderValue(v: Json): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return plainNumber(v);
  return goQuote(String(v));
}

interface Evaluated {
  text: string;
  json?: Json;
  multiline?: boolean;
  masked?: boolean;
}

function evaluate(v: Json | typeof MASKED_VALUE): Evaluated {
  if (v === MASKED_VALUE) return { text: MASKED, masked: true };
  if (v === null) return { text: 'null' };
  const s = String(v);
  if (s.startsWith('{') || s.startsWith('[')) {
    try {
      return { text: s, json: JSON.parse(s) as Json };
    } catch {
      // not JSON
    }
  }
  if (s.includes('\n')) return { text: s.trim(), multiline: true };
  return { text: s };
}

const simple = (e: Evaluated) => (e.masked || e.text === 'null' ? e.text : goQuote(e.text));
/** Heredoc lines are user text: keep the marker characters out of them. */
const safe = (s: string) => s.replace(MARK_CHARS, '\ufffd');

function renderString(
  before: Json | typeof MASKED_VALUE,
  after: Json | typeof MASKED_VALUE,
  action: Action,
  replace: boolean,
  indent: number,
  o: Opts,
  ctx: Ctx,
): string {
  const fr = forces(replace, o);
  let lines: string[] = [];
  const heredoc = (text: string) => text.split('\n').map((l) => `${ind(indent + 1)}${sym('noop')}${safe(l)}`);
  if (action === 'create' || action === 'noop') {
    const s = evaluate(after);
    if (s.json !== undefined)
      return renderJsonString(action, replace, indent, o, ctx, action === 'noop' ? s : undefined, s);
    if (!s.multiline) return `${simple(s)}${fr}`;
    lines = heredoc(s.text);
  } else if (action === 'delete') {
    const s = evaluate(before);
    if (s.json !== undefined) return renderJsonString(action, replace, indent, o, ctx, s, undefined);
    if (!s.multiline) return `${simple(s)}${nullSuffix(action, o)}${fr}`;
    lines = heredoc(s.text);
  } else {
    const b = evaluate(before);
    const a = evaluate(after);
    if (b.json !== undefined && a.json !== undefined)
      return renderJsonString(action, replace, indent, o, ctx, b, a);
    if (b.json !== undefined || a.json !== undefined || b.masked || a.masked) {
      // One side JSON and the other not (as Terraform does), or one side masked: each side on its own.
      const bd = primitive(before, null, 'string', 'delete', false, ctx);
      const ad = primitive(null, after, 'string', 'create', false, ctx);
      return typeChange(bd, ad, action, replace).render(indent, o);
    }
    if (!b.multiline && !a.multiline) return `${simple(b)} -> ${simple(a)}${fr}`;
    const bl = b.text.split('\n');
    const al = a.text.split('\n');
    processSlice(
      bl,
      al,
      (bi, ai) => {
        if (bi < 0 || bi >= bl.length)
          lines.push(`${ind(indent + 1)}${sym('create')}${safe(al[ai] as string)}`);
        else if (ai < 0 || ai >= al.length)
          lines.push(`${ind(indent + 1)}${sym('delete')}${safe(bl[bi] as string)}`);
        else if (bl[bi] !== al[ai]) {
          lines.push(`${ind(indent + 1)}${sym('delete')}${safe(bl[bi] as string)}`);
          lines.push(`${ind(indent + 1)}${sym('create')}${safe(al[ai] as string)}`);
        } else lines.push(`${ind(indent + 1)}${sym('noop')}${safe(bl[bi] as string)}`);
      },
      () => false,
      (x, y) => x === y,
    );
  }
  return `<<-EOT${fr}\n${lines.join('\n')}\n${ind(indent)}${sym('noop')}EOT${nullSuffix(action, o)}`;
}

function renderJsonString(
  action: Action,
  replace: boolean,
  indent: number,
  o: Opts,
  ctx: Ctx,
  before: Evaluated | undefined,
  after: Evaluated | undefined,
): string {
  const c: Change = {
    before: before?.json,
    after: after?.json,
    beforeExplicit: false,
    afterExplicit: false,
    unknown: undefined,
    bs: undefined,
    as: undefined,
    replace: Matcher.EMPTY,
  };
  const diff = transform(c, ctx, false);
  let shown: Action = action;
  let whitespace = '';
  let fr = '';
  let jo: Opts = o;
  if (diff.action === 'noop' && action === 'update') {
    whitespace = replace ? ' # whitespace changes force replacement' : ' # whitespace changes';
    jo = withUnchanged(jo);
    shown = 'noop';
  } else fr = forces(replace, o);
  const rendered = diff.render(indent + 1, jo);
  if (action === 'create' || action === 'delete') shown = 'noop';
  if (rendered.includes('\n'))
    return `jsonencode(${whitespace}\n${ind(indent + 1)}${sym(shown)}${rendered}${fr}\n${ind(indent + 1)})`;
  return `jsonencode(${rendered})${whitespace}${fr}`;
}

function object(c: Change, ctx: Ctx, typed: boolean, replace: boolean): Diff {
  const b = isObj(c.before) ? c.before : undefined;
  const a = isObj(c.after) ? c.after : undefined;
  let action: Action = b && !a ? 'delete' : !b && a ? 'create' : 'noop';
  const attrs = new Map<string, Diff>();
  for (const k of allKeys([b, a, c.unknown, c.as, c.bs])) {
    const d = transform(mapChild(c, k), ctx, typed);
    attrs.set(k, d);
    action = compareActions(action, d.action);
  }
  return { action, replace, render: (indent, o) => renderObject(attrs, action, replace, indent, o, true) };
}

function renderObject(
  attrs: Map<string, Diff>,
  action: Action,
  replace: boolean,
  indent: number,
  o: Opts,
  overrideNullSuffix: boolean,
): string {
  if (attrs.size === 0) return `{}${nullSuffix(action, o)}${forces(replace, o)}`;
  const ao: Opts = overrideNullSuffix ? withNullSuffixOff(o) : opts(o, { overrideNullSuffix: false });
  let width = 0;
  const names = new Map<string, string>();
  for (const k of attrs.keys()) {
    const n = attrName(k);
    names.set(k, n);
    if (n.length > width) width = n.length;
  }
  let hidden = 0;
  let out = `{${forces(replace, o)}\n`;
  for (const [k, d] of attrs) {
    const important = IMPORTANT.has(k);
    if (!important && d.action === 'noop' && !o.showUnchanged) {
      hidden++;
      continue;
    }
    for (const w of d.warnings?.(indent + 1) ?? []) out += `${ind(indent + 1)}${w}\n`;
    const co = important ? withUnchanged(ao) : ao;
    out += `${ind(indent + 1)}${sym(d.action)}${(names.get(k) as string).padEnd(width)} = ${d.render(indent + 1, co)}\n`;
  }
  if (hidden) out += `${ind(indent + 1)}${sym('noop')}${unchanged('attribute', hidden)}\n`;
  return `${out}${ind(indent)}${sym('noop')}}${nullSuffix(action, o)}`;
}

function array(c: Change, ctx: Ctx, typed: boolean, replace: boolean): Diff {
  const b = Array.isArray(c.before) ? c.before : null;
  const a = Array.isArray(c.after) ? c.after : null;
  let action: Action = b && !a ? 'delete' : !b && a ? 'create' : 'noop';
  const elements: Diff[] = [];
  processSlice(
    b ?? [],
    a ?? [],
    (bi, ai) => {
      const d = transform(sliceChild(c, b, a, bi, ai), ctx, typed);
      elements.push(d);
      action = compareActions(action, d.action);
    },
    (v) => isObj(v),
    equal,
  );
  return { action, replace, render: (indent, o) => renderList(elements, action, replace, indent, o) };
}

function renderList(
  elements: readonly Diff[],
  action: Action,
  replace: boolean,
  indent: number,
  o: Opts,
): string {
  if (elements.length === 0) return `[]${nullSuffix(action, o)}${forces(replace, o)}`;
  const eo: Opts = withNullSuffixOff(o);
  const uo: Opts = withUnchanged(o);
  let pending: Diff[] = [];
  let renderNext = false;
  let out = `[${forces(replace, o)}\n`;
  for (const e of elements) {
    if (e.action === 'noop' && !renderNext && !o.showUnchanged) {
      pending.push(e);
      continue;
    }
    renderNext = false;
    let opts = eo;
    // Context: the unchanged element just before a change, and the one just after it.
    if (pending.length > 1)
      out += `${ind(indent + 1)}${sym('noop')}${unchanged('element', pending.length - 1)}\n`;
    if (pending.length > 0) {
      const last = pending[pending.length - 1] as Diff;
      out += `${ind(indent + 1)}${sym(last.action)}${last.render(indent + 1, uo)},\n`;
    }
    pending = [];
    if (e.action === 'noop') opts = uo;
    else renderNext = true;
    for (const w of e.warnings?.(indent + 1) ?? []) out += `${ind(indent + 1)}${w}\n`;
    out += `${ind(indent + 1)}${sym(e.action)}${e.render(indent + 1, opts)},\n`;
  }
  if (pending.length) out += `${ind(indent + 1)}${sym('noop')}${unchanged('element', pending.length)}\n`;
  return `${out}${ind(indent)}${sym('noop')}]${nullSuffix(action, o)}`;
}

const byteOrder = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The keys of several maps, each once, sorted; Terraform writes keys sorted, so usually no sort is needed. */
function allKeys(maps: readonly (Json | undefined)[]): string[] {
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

/**
 * Terraform's pairing of list elements (jsonformat/collections): lists of equal length that are not a
 * reordering are compared element by element; otherwise along a longest common subsequence, with objects
 * that fall between common elements paired up as in-place changes. `process(b, a)` gets -1/out-of-range for
 * the side an element is missing from.
 */
export function processSlice<T>(
  before: readonly T[],
  after: readonly T[],
  process: (bi: number, ai: number) => void,
  isObject: (v: T) => boolean,
  eq: (x: T, y: T) => boolean,
): void {
  if (before.length === after.length && !isReorder(before, after, eq)) {
    for (let i = 0; i < before.length; i++) process(i, i);
    return;
  }
  const lcs = longestCommonSubsequence(before, after, eq);
  let bi = 0;
  let ai = 0;
  let li = 0;
  while (bi < before.length || ai < after.length || li < lcs.length) {
    while (bi < before.length && (li >= lcs.length || !eq(before[bi] as T, lcs[li] as T))) {
      const pair =
        isObject(before[bi] as T) &&
        ai < after.length &&
        isObject(after[ai] as T) &&
        (li >= lcs.length || !eq(after[ai] as T, lcs[li] as T));
      if (pair) {
        process(bi++, ai++);
        continue;
      }
      process(bi++, after.length);
    }
    while (ai < after.length && (li >= lcs.length || !eq(after[ai] as T, lcs[li] as T)))
      process(before.length, ai++);
    if (li < lcs.length) {
      process(bi++, ai++);
      li++;
    }
  }
}

function isReorder<T>(before: readonly T[], after: readonly T[], eq: (x: T, y: T) => boolean): boolean {
  if (before.length !== after.length) return false;
  return before.every((b) => after.some((a) => eq(b, a)));
}

/** The longest common subsequence, with Terraform's tie-breaking (objchange.LongestCommonSubsequence). */
export function longestCommonSubsequence<T>(
  xs: readonly T[],
  ys: readonly T[],
  eq: (x: T, y: T) => boolean,
): T[] {
  if (xs.length === 0 || ys.length === 0) return [];
  const w = xs.length;
  const c = new Int32Array(xs.length * ys.length);
  const eqs = new Uint8Array(xs.length * ys.length);
  for (let y = 0; y < ys.length; y++) {
    for (let x = 0; x < w; x++) {
      const i = w * y + x;
      if (eq(xs[x] as T, ys[y] as T)) {
        eqs[i] = 1;
        c[i] = x === 0 || y === 0 ? 1 : (c[w * (y - 1) + (x - 1)] as number) + 1;
      } else {
        const l = x > 0 ? (c[i - 1] as number) : 0;
        const u = y > 0 ? (c[i - w] as number) : 0;
        c[i] = l > u ? l : u;
      }
    }
  }
  const seq: T[] = new Array<T>(c[c.length - 1] as number);
  let x = xs.length - 1;
  let y = ys.length - 1;
  let k = seq.length - 1;
  while (x > -1 && y > -1) {
    const i = w * y + x;
    if (eqs[i]) {
      seq[k--] = xs[x] as T;
      x--;
      y--;
    } else {
      const l = x > 0 ? (c[i - 1] as number) : 0;
      const u = y > 0 ? (c[i - w] as number) : 0;
      if (l > u) x--;
      else y--;
    }
  }
  return seq;
}

// ---------------------------------------------------------------------------------------------------------
// Resources

/** Attributes of dynamic type, which Terraform renders without replacement marks. */
const DYNAMIC: Record<string, ReadonlySet<string>> = {
  terraform_data: new Set(['input', 'output', 'triggers_replace']),
};

/**
 * The body of a resource's diff as Terraform prints it between `resource "type" "name" {` and `}`, one
 * entry per line, with Terraform's indentation (attributes at four spaces plus the symbol column). Empty when
 * there is nothing to show.
 */
export function resourceBody(type: string | undefined, change: RawChange, masking: Masking): string[] {
  const marked = markedBody(type, change, masking);
  return marked === '' ? [] : marked.replace(MARK_CHARS, (m) => SYMBOL_OF[m] as string).split('\n');
}

/**
 * The same body for a ```diff block: each line's symbol moved to the first column (where GitHub colours
 * `+` and `-` lines), the nesting kept after it.
 */
export function resourceDiffLines(type: string | undefined, change: RawChange, masking: Masking): string[] {
  const text = resourceDiffText(type, change, masking);
  return text === '' ? [] : text.split('\n');
}

/**
 * resourceDiffLines joined by newlines, made in one pass over the text. A line is indentation, then (the
 * renderer writes it so) its one symbol marker, or none at all.
 */
export function resourceDiffText(type: string | undefined, change: RawChange, masking: Masking): string {
  return markedBody(type, change, masking).replace(DISPLAY_LINE, toDisplay);
}

// eslint-disable-next-line no-control-regex -- the markers are control characters on purpose (never in output)
const DISPLAY_LINE = /^ {4}(?: ( *)([\u0001-\u0004]))?/gm;
const toDisplay = (_: string, spaces: string | undefined, mark: string | undefined) =>
  mark === undefined ? '' : `${SYMBOL_OF[mark] as string}${spaces as string} `;

function markedBody(type: string | undefined, change: RawChange, masking: Masking): string {
  const ctx: Ctx = { masking };
  const dynamic = DYNAMIC[type ?? ''];
  const top: Change = {
    before: change.before ?? undefined,
    after: change.after ?? undefined,
    beforeExplicit: false,
    afterExplicit: false,
    unknown: change.after_unknown,
    bs: change.before_sensitive,
    as: change.after_sensitive,
    replace: new Matcher((change.replace_paths ?? []) as Path[]),
  };
  if (top.bs === true || top.as === true) {
    for (const v of [top.before, top.after]) for (const s of scalars(v ?? null)) masking.onSecret(s);
    return `    ${sym('noop')}# (the whole object is sensitive)`;
  }
  const attrs = new Map<string, Diff>();
  for (const k of allKeys([top.before, top.after, top.unknown])) {
    const child = mapChild(top, k);
    child.beforeExplicit = false;
    child.afterExplicit = false;
    const typed = !dynamic?.has(k);
    let d: Diff;
    if (!typed && (child.bs === true || child.as === true || child.unknown === true)) {
      // Sensitive/unknown are decided at the attribute (with Terraform's legacy empty-string rule for the
      // value shown before "(known after apply)"); the value inside is a dynamic one.
      if (child.unknown === true && child.before === '' && child.bs !== true && child.as !== true) {
        const replace = child.replace.matches();
        d = { action: 'update', replace, render: (_i, o) => `null -> ${UNKNOWN}${forces(replace, o)}` };
      } else d = attributeLevel(child, ctx);
    } else d = transform(child, ctx, typed);
    if (d.action === 'noop' && isNull(child.before) && isNull(child.after)) continue;
    attrs.set(k, d);
  }
  if (attrs.size === 0) return '';
  return renderBlock(attrs, 0);
}

function attributeLevel(c: Change, ctx: Ctx): Diff {
  const replace = c.replace.matches();
  return (checkSensitive(c, ctx, false, replace) ?? checkUnknown(c, ctx, false, replace)) as Diff;
}

/** Terraform's block renderer, attributes only (the JSON plan has no schema to tell blocks apart). */
function renderBlock(attrs: Map<string, Diff>, indent: number): string {
  let width = 0;
  for (const k of attrs.keys()) width = Math.max(width, attrName(k).length);
  let hidden = 0;
  let out = '';
  for (const [k, d] of attrs) {
    const important = IMPORTANT.has(k);
    if (!important && d.action === 'noop') {
      hidden++;
      continue;
    }
    for (const w of d.warnings?.(indent + 1) ?? []) out += `${ind(indent + 1)}${w}\n`;
    const o = important ? withUnchanged(BASE) : BASE;
    const name = important ? k : attrName(k);
    out += `${ind(indent + 1)}${sym(d.action)}${name.padEnd(width)} = ${d.render(indent + 1, o)}\n`;
  }
  if (hidden) out += `${ind(indent + 1)}${sym('noop')}${unchanged('attribute', hidden)}\n`;
  return out.slice(0, -1);
}

// ---------------------------------------------------------------------------------------------------------
// Outputs

function outputDiff(change: RawChange, masking: Masking): Diff {
  const c: Change = {
    before: change.before ?? undefined,
    after: change.after ?? undefined,
    beforeExplicit: false,
    afterExplicit: false,
    unknown: change.after_unknown,
    bs: change.before_sensitive,
    as: change.after_sensitive,
    replace: Matcher.EMPTY,
  };
  return transform(c, { masking }, false);
}

/** An output's value as Terraform prints it after `name = ` under "Changes to Outputs:". */
export function outputValueText(change: RawChange, masking: Masking): string {
  return outputDiff(change, masking)
    .render(0, BASE)
    .replace(MARK_CHARS, (m) => SYMBOL_OF[m] as string);
}

/**
 * The same for the report: one line (for inline code) when Terraform prints one, else a ```diff block body
 * shaped like a resource's, `name = …` first.
 */
export function outputDisplay(
  name: string,
  change: RawChange,
  masking: Masking,
): { inline?: string; block?: string } {
  const d = outputDiff(change, masking);
  const text = d.render(1, BASE);
  if (!text.includes('\n')) return { inline: text };
  return { block: `${ind(1)}${sym(d.action)}${attrName(name)} = ${text}`.replace(DISPLAY_LINE, toDisplay) };
}
