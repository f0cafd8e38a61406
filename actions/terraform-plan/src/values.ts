/**
 * Attribute diffs that are sensitive-safe by construction: a value is only ever turned into text by `leafText`,
 * which walks it together with its `*_sensitive` mask and `after_unknown` marks. A mask of `true` at any level
 * hides the whole subtree. User masks (regexes, literal values from environment variables) hide more.
 */
import type { Json, RawChange } from './plan-json.ts';

export const SENSITIVE = '(sensitive value)';
export const UNKNOWN = '(known after apply)';
export const MASKED = '(masked)';

export interface Masking {
  /** A value matching one of these is masked. */
  patterns: readonly RegExp[];
  /** Literal secret values (from `mask-env` variables): a value containing one is masked. */
  literals: readonly string[];
  /** Called with every value this module hides, so the runner masks it in logs too. */
  onSecret: (value: string) => void;
}

export const NO_MASKING: Masking = { patterns: [], literals: [], onSecret: () => {} };

export type Step = string | number;
export type Op = '+' | '-' | '~';

export interface AttrDiff {
  path: Step[];
  op: Op;
  before?: string;
  after?: string;
}

type Obj = { [k: string]: Json };
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The sub-mask at a key: `true` propagates to the whole subtree. */
function sub(mask: Json | undefined, key: Step): Json | undefined {
  if (mask === true) return true;
  if (mask === null || typeof mask !== 'object') return undefined;
  return (
    (mask as Record<string, Json>)[key as string] ?? (Array.isArray(mask) ? mask[key as number] : undefined)
  );
}

export function equal(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as Json[];
    return a.length === bb.length && a.every((x, i) => equal(x, bb[i]));
  }
  const ka = Object.keys(a);
  const bo = b as Obj;
  return ka.length === Object.keys(bo).length && ka.every((k) => equal((a as Obj)[k], bo[k]));
}

/** Every scalar inside a value, as text, for registering hidden values with the runner's masker. */
export function scalars(v: Json | undefined, out: string[] = []): string[] {
  if (v === null || v === undefined) return out;
  if (typeof v === 'object') {
    for (const x of Array.isArray(v) ? v : Object.values(v)) scalars(x, out);
  } else if (typeof v === 'string' ? v.length > 0 : true) out.push(String(v));
  return out;
}

const MAX_VALUE = 200;

/** The only place a value becomes text. `sensitive` is the mask at this value (true = hidden). */
export function leafText(v: Json | undefined, sensitive: Json | undefined, masking: Masking): string {
  if (sensitive === true || (sensitive !== undefined && sensitive !== false && containsTrue(sensitive))) {
    for (const s of scalars(v)) masking.onSecret(s);
    return SENSITIVE;
  }
  const text = JSON.stringify(v ?? null);
  if (userMasked(v, text, masking)) {
    for (const s of scalars(v)) masking.onSecret(s);
    return MASKED;
  }
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

export function containsTrue(mask: Json): boolean {
  if (mask === true) return true;
  if (mask === null || typeof mask !== 'object') return false;
  // Loops rather than Object.values(…).some(…): no array and no callback per node (the plan hash and the
  // diff ask this of every sensitive mask).
  if (Array.isArray(mask)) {
    for (let i = 0; i < mask.length; i++) if (containsTrue(mask[i] as Json)) return true;
    return false;
  }
  for (const k in mask) if (Object.hasOwn(mask, k) && containsTrue(mask[k] as Json)) return true;
  return false;
}

function userMasked(v: Json | undefined, text: string, m: Masking): boolean {
  if (m.patterns.length === 0 && m.literals.length === 0) return false;
  const leaves = scalars(v);
  return (
    m.literals.some((l) => l !== '' && text.includes(l)) ||
    m.patterns.some((p) => leaves.some((s) => p.test(s)) || p.test(text))
  );
}

/**
 * The changed leaves of a change, unchanged ones left out. Objects and lists are walked; a sensitive or
 * unknown subtree is one leaf. Create: every non-null planned value. Delete: nothing (the address says it).
 */
export function diffAttributes(change: RawChange, masking: Masking): AttrDiff[] {
  // One path stack for the whole walk, copied only when a leaf is pushed: most nodes produce no line, and
  // allocating a path per visited node was the bulk of the work (and of the GC) on large plans. The walk is
  // module-level (not a closure per call), so V8 gathers type feedback and optimises it early in a run.
  const out: AttrDiff[] = [];
  const st: WalkState = {
    path: [],
    masking,
    emit: (path, op, before, after) =>
      out.push(
        op === '+'
          ? { path: path.slice(), op, after: after as string }
          : op === '-'
            ? { path: path.slice(), op, before: before as string }
            : { path: path.slice(), op, before: before as string, after: after as string },
      ),
  };
  walk(
    st,
    change.before,
    change.after,
    change.before_sensitive,
    change.after_sensitive,
    change.after_unknown,
  );
  return out;
}

/**
 * The same as diffLines(diffAttributes(change, masking)), without the intermediate diff objects and path
 * copies: the job summary renders this for every resource that fits at full detail.
 */
export function diffText(change: RawChange, masking: Masking): string[] {
  const lines: string[] = [];
  const st: WalkState = {
    path: [],
    masking,
    emit: (path, op, before, after) => lines.push(diffLine(pathString(path), op, before, after)),
  };
  walk(
    st,
    change.before,
    change.after,
    change.before_sensitive,
    change.after_sensitive,
    change.after_unknown,
  );
  return lines;
}

interface WalkState {
  path: Step[];
  masking: Masking;
  /** One changed leaf at `path` (the live stack: copy it to keep it); texts already masked by leafText. */
  emit: (path: Step[], op: Op, before: string | undefined, after: string | undefined) => void;
}

function walk(
  st: WalkState,
  before: Json | undefined,
  after: Json | undefined,
  bs: Json | undefined,
  as: Json | undefined,
  unknown: Json | undefined,
): void {
  const hasBefore = before !== null && before !== undefined;
  if (unknown === true) {
    if (hasBefore) st.emit(st.path, '~', leafText(before, bs, st.masking), UNKNOWN);
    else st.emit(st.path, '+', undefined, UNKNOWN);
    return;
  }
  const hasAfter = after !== null && after !== undefined;
  if (bs === true || as === true) {
    const unknownInside = unknown !== undefined && unknown !== false && containsTrue(unknown);
    if (!unknownInside && equal(before, after)) {
      // unchanged secret: still register it, never show it
      leafText(before, true, st.masking);
      return;
    }
    push(st, before, after, bs, as);
    return;
  }
  const objBefore = isObj(before);
  const objAfter = isObj(after);
  if ((objBefore || !hasBefore) && (objAfter || !hasAfter) && (objBefore || objAfter)) {
    for (const k of unionKeys(before, after, unknown)) {
      st.path.push(k);
      walk(st, (before as Obj)?.[k], (after as Obj)?.[k], sub(bs, k), sub(as, k), sub(unknown, k));
      st.path.pop();
    }
    return;
  }
  const arrBefore = Array.isArray(before);
  const arrAfter = Array.isArray(after);
  if ((arrBefore || !hasBefore) && (arrAfter || !hasAfter) && (arrBefore || arrAfter)) {
    const b = (before as Json[] | null | undefined) ?? [];
    const a = (after as Json[] | null | undefined) ?? [];
    const u = Array.isArray(unknown) ? unknown : [];
    const n = Math.max(b.length, a.length, u.length);
    for (let i = 0; i < n; i++) {
      st.path.push(i);
      walk(st, b[i], a[i], sub(bs, i), sub(as, i), sub(unknown, i));
      st.path.pop();
    }
    return;
  }
  if (equal(before, after)) {
    if (bs !== undefined && bs !== false) leafText(before, bs, st.masking);
    return;
  }
  push(st, before, after, bs, as);
}

function push(
  st: WalkState,
  before: Json | undefined,
  after: Json | undefined,
  bs: Json | undefined,
  as: Json | undefined,
): void {
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  if (!hasBefore && !hasAfter) return;
  if (!hasAfter) {
    st.emit(st.path, '-', leafText(before, bs, st.masking), undefined);
  } else if (!hasBefore) {
    st.emit(st.path, '+', undefined, leafText(after, as, st.masking));
  } else {
    const b = leafText(before, bs, st.masking);
    st.emit(st.path, '~', b, leafText(after, as, st.masking));
  }
}

/** The keys of before, after and (when an object) unknown, each once, sorted. */
function unionKeys(before: Json | undefined, after: Json | undefined, unknown: Json | undefined): string[] {
  const b = isObj(before) ? before : undefined;
  const a = isObj(after) ? after : undefined;
  const keys = b ? Object.keys(b) : [];
  if (a) for (const k of Object.keys(a)) if (!(b && Object.hasOwn(b, k))) keys.push(k);
  if (isObj(unknown))
    for (const k of Object.keys(unknown))
      if (!(b && Object.hasOwn(b, k)) && !(a && Object.hasOwn(a, k))) keys.push(k);
  // Terraform writes attributes sorted, so this is usually already in order: check before sorting.
  for (let i = 1; i < keys.length; i++) if ((keys[i - 1] as string) > (keys[i] as string)) return keys.sort();
  return keys;
}

const PLAIN_STEP = /^[\w-]+$/;

export function pathString(path: readonly Step[]): string {
  let s = '';
  for (const step of path) {
    if (typeof step === 'number') s += `[${step}]`;
    else if (!PLAIN_STEP.test(step)) s += `[${JSON.stringify(step)}]`;
    else s += s ? `.${step}` : step;
  }
  return s || '(value)';
}

/** One line per changed leaf, for a ```diff block. */
export function diffLines(diffs: readonly AttrDiff[]): string[] {
  return diffs.map((d) => diffLine(pathString(d.path), d.op, d.before, d.after));
}

function diffLine(p: string, op: Op, before: string | undefined, after: string | undefined): string {
  if (op === '+') return `+ ${p} = ${after}`;
  if (op === '-') return `- ${p} = ${before}`;
  return `~ ${p} = ${before} -> ${after}`;
}

/** The names of the top-level attributes a diff touches. */
export function changedNames(diffs: readonly AttrDiff[]): string[] {
  return [...new Set(diffs.map((d) => (d.path.length ? String(d.path[0]) : '(value)')))];
}

/**
 * Drift is shown only on attribute paths listed in `relevant_attributes` for that resource, as the CLI does:
 * a diff leaf is kept when it lies under a relevant path or a relevant path lies under it.
 */
export function filterRelevant(diffs: readonly AttrDiff[], relevant: readonly Step[][]): AttrDiff[] {
  const under = (a: readonly Step[], b: readonly Step[]) =>
    b.length <= a.length && b.every((s, i) => a[i] === s);
  return diffs.filter((d) => relevant.some((r) => under(d.path, r) || under(r, d.path)));
}

/**
 * The top-level attributes a change touches, without building its diff (the condensed level lists only these
 * names, so it stays cheap on very large plans). Same answer as changedNames(diffAttributes(change)).
 */
export function changedTopLevel(change: RawChange): string[] {
  const before = change.before;
  const after = change.after;
  const unknown = change.after_unknown;
  if (!isObj(before) && !isObj(after)) {
    return unknown === true || (!equal(before, after) && (before != null || after != null))
      ? ['(value)']
      : [];
  }
  const b = isObj(before) ? before : {};
  const a = isObj(after) ? after : {};
  const u = isObj(unknown) ? unknown : {};
  const keys = new Set([...Object.keys(b), ...Object.keys(a), ...Object.keys(u)]);
  const out: string[] = [];
  for (const k of [...keys].sort()) {
    const uk = u[k];
    if (uk !== undefined && uk !== false && containsTrue(uk)) out.push(k);
    else if ((b[k] != null || a[k] != null) && !equal(b[k], a[k]) && !(isEmpty(b[k]) && isEmpty(a[k])))
      out.push(k);
  }
  return out;
}

/** null, or an object/list with nothing but nulls inside: the walk shows no line for these. */
function isEmpty(v: Json | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'object') return false;
  return (Array.isArray(v) ? v : Object.values(v)).every(isEmpty);
}
