/**
 * The printers of primitive values, strings above all: user masks applied first, multi-line strings as
 * `<<-EOT` heredocs with a line diff, JSON strings as `jsonencode(…)` with a structured diff (built by
 * `ctx.transform`), a change of type as `before -> after`.
 */
import type { Json } from './plan-json.ts';
import { MASKED } from './values.ts';
import { processSlice } from './diff-match.ts';
import {
  MARK_CHARS,
  MASKED_VALUE,
  Matcher,
  forces,
  goQuote,
  ind,
  nullSuffix,
  renderValue,
  sym,
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

export function typeChange(before: Diff, after: Diff, action: Action, replace: boolean): Diff {
  return {
    action,
    replace,
    render(indent, o) {
      const co = withNullSuffixOff(o);
      return `${before.render(indent, co)} -> ${after.render(indent, co)}`;
    },
  };
}

export function primitive(
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

export function renderString(
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
  const diff = ctx.transform(c, ctx, false);
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
