/**
 * Field ownership and server-side apply for the fake API server, after
 * https://kubernetes.io/docs/reference/using-api/server-side-apply/ and apimachinery's
 * util/managedfields (conflict.go for the conflict message):
 * - every write records who set which fields in metadata.managedFields (FieldsV1: `f:<field>`,
 *   `k:{"name":"app"}` for an item of a keyed list, `.` for the item itself);
 * - an apply (PATCH application/apply-patch+yaml) owns exactly the fields its configuration names; setting a
 *   field another manager owns to a different value is a conflict (409) unless `force=true`, which takes
 *   the field over; fields the manager applied before and no longer names are removed unless another
 *   manager still owns them;
 * - an update (POST/PUT/PATCH of any other type) takes the fields whose value it changed, never conflicts.
 * Keyed lists are those with a patch merge key (patch.ts mergeKeyOf); other lists are atomic.
 */
import { mergeKeyOf, sortKeys } from './patch.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- objects are schemaless JSON here */
type Seg = { f: string } | { k: Record<string, unknown> };
type Path = Seg[];

export interface ManagedEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time: string;
  fieldsType: 'FieldsV1';
  fieldsV1: Record<string, unknown>;
  subresource?: string;
}

export class ApplyConflict extends Error {
  readonly causes: { type: string; message: string; field: string }[];
  constructor(message: string, causes: { type: string; message: string; field: string }[]) {
    super(message);
    this.causes = causes;
  }
}

const isObj = (v: unknown): v is Record<string, any> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
const pathKey = (p: Path) => JSON.stringify(p);
const fromKey = (k: string) => JSON.parse(k) as Path;

/** `.spec.template.spec.containers[name="app"].image`, as fieldpath.Path.String() prints it. */
export function printPath(p: Path): string {
  return p
    .map((s) =>
      'f' in s
        ? `.${s.f}`
        : `[${Object.entries(s.k)
            .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
            .join(',')}]`,
    )
    .join('');
}

const SKIP_TOP = new Set(['apiVersion', 'kind', 'status']);
const SKIP_META = new Set([
  'name',
  'namespace',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'managedFields',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
]);

/** The leaf fields (and keyed-list items) a value sets, as paths. */
export function fieldsOf(obj: Record<string, any>): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, path: Path, names: string[]) => {
    if (isObj(v)) {
      const entries = Object.entries(v).filter(([k]) => {
        if (path.length === 0) return !SKIP_TOP.has(k);
        if (path.length === 1 && 'f' in (path[0] as Seg) && (path[0] as { f: string }).f === 'metadata')
          return !SKIP_META.has(k);
        return true;
      });
      if (!Object.keys(v).length && path.length) out.add(pathKey(path));
      for (const [k, x] of entries) walk(x, [...path, { f: k }], [...names, k]);
      return;
    }
    const field = names[names.length - 1] ?? '';
    const key = Array.isArray(v) ? mergeKeyOf(field, names.slice(0, -1)) : undefined;
    if (Array.isArray(v) && key && v.every((x) => isObj(x) && x[key] !== undefined)) {
      for (const item of v as Record<string, any>[]) {
        const p: Path = [...path, { k: { [key]: item[key] } }];
        out.add(pathKey(p));
        walk(item, p, names);
      }
      return;
    }
    out.add(pathKey(path));
  };
  walk(obj, [], []);
  return out;
}

function valueAt(obj: unknown, p: Path): unknown {
  let cur: unknown = obj;
  for (const s of p) {
    if ('f' in s) cur = isObj(cur) ? cur[s.f] : undefined;
    else
      cur = Array.isArray(cur)
        ? cur.find((x) => isObj(x) && Object.entries(s.k).every(([k, v]) => same(x[k], v)))
        : undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

function removeAt(obj: Record<string, any>, p: Path): void {
  const parent = valueAt(obj, p.slice(0, -1));
  const last = p[p.length - 1] as Seg;
  if ('f' in last) {
    if (isObj(parent)) delete parent[last.f];
  } else if (Array.isArray(parent)) {
    const i = parent.findIndex((x) => isObj(x) && Object.entries(last.k).every(([k, v]) => same(x[k], v)));
    if (i >= 0) parent.splice(i, 1);
  }
}

/** Merges an applied configuration into the live object: maps by key, keyed lists by key, the rest replaced. */
function mergeApplied(live: unknown, config: unknown, names: string[]): unknown {
  if (isObj(config)) {
    const out: Record<string, any> = isObj(live) ? structuredClone(live) : {};
    for (const [k, v] of Object.entries(config)) out[k] = mergeApplied(out[k], v, [...names, k]);
    return out;
  }
  const field = names[names.length - 1] ?? '';
  const key = Array.isArray(config) ? mergeKeyOf(field, names.slice(0, -1)) : undefined;
  if (Array.isArray(config) && key && Array.isArray(live)) {
    const out = structuredClone(live) as Record<string, any>[];
    for (const item of config as Record<string, any>[]) {
      const i = out.findIndex((x) => isObj(x) && same(x[key], item[key]));
      if (i >= 0) out[i] = mergeApplied(out[i], item, names) as Record<string, any>;
      else out.push(structuredClone(item));
    }
    return out;
  }
  return structuredClone(config);
}

// ---- managedFields encoding (FieldsV1) ----
function segKey(s: Seg): string {
  return 'f' in s ? `f:${s.f}` : `k:${JSON.stringify(s.k)}`;
}
function encode(paths: Set<string>): Record<string, unknown> {
  const root: Record<string, any> = {};
  for (const k of [...paths].sort()) {
    const p = fromKey(k);
    let node = root;
    for (const s of p) node = node[segKey(s)] ??= {};
    if (p.length && !('f' in (p[p.length - 1] as Seg))) node['.'] = {};
  }
  return root;
}
function decode(tree: Record<string, unknown>, prefix: Path = [], out = new Set<string>()): Set<string> {
  const entries = Object.entries(tree);
  if (!entries.length && prefix.length) out.add(pathKey(prefix));
  for (const [k, v] of entries) {
    if (k === '.') {
      out.add(pathKey(prefix));
      continue;
    }
    const seg: Seg = k.startsWith('f:') ? { f: k.slice(2) } : { k: JSON.parse(k.slice(2)) };
    decode((v ?? {}) as Record<string, unknown>, [...prefix, seg], out);
  }
  return out;
}

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

function setEntry(
  entries: ManagedEntry[],
  manager: string,
  operation: 'Apply' | 'Update',
  apiVersion: string,
  fields: Set<string>,
): ManagedEntry[] {
  const rest = entries.filter((e) => !(e.manager === manager && e.operation === operation));
  if (!fields.size) return rest;
  return [
    ...rest,
    { manager, operation, apiVersion, time: now(), fieldsType: 'FieldsV1', fieldsV1: encode(fields) },
  ];
}
function without(entries: ManagedEntry[], drop: Set<string>, except?: ManagedEntry): ManagedEntry[] {
  return entries.flatMap((e) => {
    if (e === except) return [e];
    const left = new Set([...decode(e.fieldsV1)].filter((p) => !drop.has(p)));
    return left.size ? [{ ...e, fieldsV1: encode(left) }] : [];
  });
}

/** Records an update by `manager`: the fields whose value changed become its own. */
export function recordUpdate(
  prev: Record<string, any> | undefined,
  next: Record<string, any>,
  manager: string,
  apiVersion: string,
): void {
  const entries = (prev?.metadata?.managedFields ?? []) as ManagedEntry[];
  const after = fieldsOf(next);
  const before = prev ? fieldsOf(prev) : new Set<string>();
  const changed = new Set(
    [...after].filter((p) => !before.has(p) || !same(valueAt(prev, fromKey(p)), valueAt(next, fromKey(p)))),
  );
  const removed = new Set([...before].filter((p) => !after.has(p)));
  let out = without(entries, new Set([...changed, ...removed]));
  const mine = out.find((e) => e.manager === manager && e.operation === 'Update');
  const owned = new Set([...(mine ? decode(mine.fieldsV1) : []), ...changed]);
  out = changed.size ? setEntry(out, manager, 'Update', apiVersion, owned) : out;
  next.metadata.managedFields = out;
}

/** Applies `config` as `manager` onto `live` (undefined: the apply creates it); returns the new object. */
export function serverSideApply(
  live: Record<string, any> | undefined,
  config: Record<string, any>,
  manager: string,
  force: boolean,
  apiVersion: string,
): Record<string, any> {
  const entries = (live?.metadata?.managedFields ?? []) as ManagedEntry[];
  const applied = fieldsOf(config);
  const mine = entries.find((e) => e.manager === manager && e.operation === 'Apply');
  const others = entries.filter((e) => e !== mine);
  // a conflict: a field another manager owns, set by this configuration to a different value
  const conflicts: { manager: ManagedEntry; path: Path }[] = [];
  for (const e of live ? others : []) {
    for (const p of decode(e.fieldsV1)) {
      if (!applied.has(p)) continue;
      const path = fromKey(p);
      const isItem = !('f' in (path[path.length - 1] as Seg));
      if (!isItem && !same(valueAt(live, path), valueAt(config, path))) conflicts.push({ manager: e, path });
    }
  }
  if (!force) {
    if (conflicts.length) {
      // conflict.go printManager: an Update manager is `"name" using <apiVersion>`, an Apply one `"name"`.
      const who = (e: ManagedEntry) =>
        e.operation === 'Update' ? `"${e.manager}" using ${e.apiVersion}` : `"${e.manager}"`;
      const causes = conflicts.map((c) => ({
        type: 'FieldManagerConflict',
        message: `conflict with ${who(c.manager)}`,
        field: printPath(c.path),
      }));
      let message: string;
      if (conflicts.length === 1) {
        const c = conflicts[0] as { manager: ManagedEntry; path: Path };
        message = `Apply failed with 1 conflict: conflict with ${who(c.manager)}: ${printPath(c.path)}`;
      } else {
        const by = new Map<string, string[]>();
        for (const c of conflicts)
          by.set(who(c.manager), [...(by.get(who(c.manager)) ?? []), printPath(c.path)]);
        const lines = [...by.keys()]
          .sort()
          .flatMap((m) => [`conflicts with ${m}:`, ...(by.get(m) ?? []).map((p) => `- ${p}`)]);
        message = `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
      }
      throw new ApplyConflict(message, causes);
    }
  }
  let next = (live ? mergeApplied(live, config, []) : structuredClone(config)) as Record<string, any>;
  // fields this manager applied before and no longer names: removed, unless someone else owns them
  const ownedByOthers = new Set(others.flatMap((e) => [...decode(e.fieldsV1)]));
  const dropped = [...(mine ? decode(mine.fieldsV1) : [])]
    .filter((p) => !applied.has(p) && !ownedByOthers.has(p))
    .map(fromKey)
    .sort((a, b) => b.length - a.length);
  for (const p of dropped) removeAt(next, p);
  // force: the conflicting fields leave their other managers; fields applied with the same value stay shared
  let out = force ? without(entries, new Set(conflicts.map((c) => pathKey(c.path))), mine) : entries;
  out = setEntry(out, manager, 'Apply', apiVersion, applied);
  next = { ...next, metadata: { ...next.metadata, managedFields: out } };
  return next;
}
/* eslint-enable @typescript-eslint/no-explicit-any */
