/**
 * The diff tree of one value: each node knows its action (create, delete, update, no-op) and renders itself on
 * demand, so hidden unchanged values are never printed. Objects and lists render as Terraform's generic
 * renderer does; lists are paired by diff-match.ts, strings printed by diff-strings.ts.
 */
import type { Json } from './plan-json.ts';
import { SENSITIVE, UNKNOWN, containsTrue, scalars } from './values.ts';
import { processSlice } from './diff-match.ts';
import {
  IMPORTANT,
  MASKED_VALUE,
  allKeys,
  asCreate,
  asDelete,
  attrName,
  compareActions,
  equal,
  forces,
  ind,
  isNull,
  isObj,
  jtype,
  mapChild,
  nullSuffix,
  opts,
  renderValue,
  sliceChild,
  sym,
  unchanged,
  userMasked,
  withNullSuffixOff,
  withUnchanged,
  type Action,
  type Change,
  type Ctx,
  type Diff,
  type JType,
  type Opts,
} from './diff-model.ts';
import { primitive, renderString, typeChange } from './diff-strings.ts';

/** Transform of one value. `typed` = outside a dynamic value: replacement is marked on matching paths. */
export function transform(c: Change, ctx: Ctx, typed: boolean): Diff {
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
  const inner = transform({ ...c, bs: false, as: false }, ctx, typed);
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

export function attributeLevel(c: Change, ctx: Ctx): Diff {
  const replace = c.replace.matches();
  return (checkSensitive(c, ctx, false, replace) ?? checkUnknown(c, ctx, false, replace)) as Diff;
}
