/**
 * The three patch formats as the Kubernetes API server applies them: JSON Patch (RFC 6902, with `test`),
 * JSON merge patch (RFC 7386: null deletes, lists replaced whole) and strategic merge patch (lists with a
 * patchMergeKey merged by key, `$patch: replace|delete|merge` directives, `$setElementOrder` ignored).
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

export class PatchError extends Error {
  readonly status: number;
  constructor(message: string, status = 422) {
    super(message);
    this.status = status;
  }
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => structuredClone(v);

// ---- JSON Patch (RFC 6902) ----
export interface JsonPatchOp {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  from?: string;
  value?: Json;
}

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new PatchError(`invalid JSON pointer "${path}"`);
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: Json, tokens: string[], path: string): { parent: Obj | Json[]; key: string } {
  let cur: Json = doc;
  for (const t of tokens.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[Number(t)] as Json;
    else if (isObj(cur)) cur = cur[t] as Json;
    else cur = undefined as unknown as Json;
    if (cur === undefined || cur === null) throw new PatchError(`the path "${path}" does not exist`);
  }
  if (!isObj(cur) && !Array.isArray(cur)) throw new PatchError(`the path "${path}" does not exist`);
  return { parent: cur, key: tokens[tokens.length - 1] as string };
}

function getAt(doc: Json, path: string): Json | undefined {
  let cur: Json | undefined = doc;
  for (const t of pointer(path)) {
    if (Array.isArray(cur)) cur = cur[Number(t)];
    else if (isObj(cur)) cur = cur[t];
    else return undefined;
  }
  return cur;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}
export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isObj(v))
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys(v[k])]),
    );
  return v;
}

export function applyJsonPatch(doc: Json, ops: unknown): Json {
  if (!Array.isArray(ops)) throw new PatchError('a JSON patch must be an array of operations', 400);
  let out = clone(doc);
  for (const raw of ops as JsonPatchOp[]) {
    const { op, path } = raw;
    if (typeof path !== 'string') throw new PatchError('operation without a path', 400);
    const tokens = pointer(path);
    const set = (value: Json, insert: boolean) => {
      if (tokens.length === 0) {
        out = value;
        return;
      }
      const { parent, key } = parentOf(out, tokens, path);
      if (Array.isArray(parent)) {
        const idx = key === '-' ? parent.length : Number(key);
        if (!Number.isInteger(idx) || idx < 0 || idx > parent.length || (!insert && idx >= parent.length))
          throw new PatchError(`the index in "${path}" is out of range`);
        if (insert) parent.splice(idx, 0, value);
        else parent[idx] = value;
      } else {
        if (!insert && !(key in parent)) throw new PatchError(`the path "${path}" does not exist`);
        parent[key] = value;
      }
    };
    const remove = (p: string): Json => {
      const t = pointer(p);
      const { parent, key } = parentOf(out, t, p);
      if (Array.isArray(parent)) {
        const idx = Number(key);
        if (!(idx >= 0 && idx < parent.length)) throw new PatchError(`the index in "${p}" is out of range`);
        return parent.splice(idx, 1)[0] as Json;
      }
      if (!(key in parent)) throw new PatchError(`the path "${p}" does not exist`);
      const v = parent[key] as Json;
      delete parent[key];
      return v;
    };
    switch (op) {
      case 'add':
        set(clone(raw.value as Json), true);
        break;
      case 'replace':
        set(clone(raw.value as Json), false);
        break;
      case 'remove':
        remove(path);
        break;
      case 'move': {
        const v = remove(raw.from as string);
        set(v, true);
        break;
      }
      case 'copy': {
        const v = getAt(out, raw.from as string);
        if (v === undefined) throw new PatchError(`the path "${raw.from}" does not exist`);
        set(clone(v), true);
        break;
      }
      case 'test': {
        const v = getAt(out, path);
        if (!deepEqual(v, raw.value)) throw new PatchError(`testing value ${path} failed`);
        break;
      }
      default:
        throw new PatchError(`unknown JSON patch operation "${String(op)}"`, 400);
    }
  }
  return out;
}

// ---- JSON merge patch (RFC 7386) ----
export function applyMergePatch(target: Json, patch: Json): Json {
  if (!isObj(patch)) return clone(patch);
  const out: Obj = isObj(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = applyMergePatch(out[k] as Json, v);
  }
  return out;
}

// ---- strategic merge patch ----
/**
 * patchMergeKey by field name, as in the Kubernetes Go types this fake serves (k8s.io/api). `ports` is
 * keyed by containerPort in a container and by port in a ServiceSpec. Fields not listed are replaced.
 */
export function mergeKeyOf(field: string, parentPath: string[]): string | undefined {
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'env':
    case 'volumes':
    case 'imagePullSecrets':
    case 'resourceClaims':
      return 'name';
    case 'volumeMounts':
      return 'mountPath';
    case 'volumeDevices':
      return 'devicePath';
    case 'conditions':
      return 'type';
    case 'ownerReferences':
      return 'uid';
    case 'hostAliases':
      return 'ip';
    case 'topologySpreadConstraints':
      return 'topologyKey';
    case 'ports': {
      // ServiceSpec.ports: port; Container.ports: containerPort
      const inContainer = parentPath.some((p) => p === 'containers' || p === 'initContainers');
      return inContainer ? 'containerPort' : 'port';
    }
    default:
      return undefined;
  }
}
const PRIMITIVE_MERGE_LISTS = new Set(['finalizers']);

export function applyStrategicMergePatch(target: Json, patch: Json, path: string[] = []): Json {
  if (!isObj(patch)) return clone(patch);
  const directive = patch.$patch;
  if (directive === 'replace') {
    const rest = { ...patch };
    delete rest.$patch;
    return stripDirectives(rest);
  }
  if (directive === 'delete') return null;
  const out: Obj = isObj(target) ? clone(target) : {};
  const before: Obj = clone(out);
  for (const [k, v] of Object.entries(patch)) {
    if (k === '$patch' || k.startsWith('$setElementOrder/') || k === '$retainKeys') continue;
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const field = k.slice('$deleteFromPrimitiveList/'.length);
      const cur = out[field];
      if (Array.isArray(cur) && Array.isArray(v))
        out[field] = cur.filter((x) => !v.some((d) => deepEqual(d, x)));
      continue;
    }
    if (v === null) {
      delete out[k];
      continue;
    }
    if (Array.isArray(v)) {
      out[k] = mergeList(out[k], v, k, [...path, k]);
      continue;
    }
    if (isObj(v)) {
      const merged = applyStrategicMergePatch(out[k] as Json, v, [...path, k]);
      if (merged === null) delete out[k];
      else out[k] = merged;
      continue;
    }
    out[k] = v;
  }
  // $setElementOrder/<list>: the order the client wants, above the patch's and the live order
  // (strategicpatch/patch.go mergePatchIntoOriginal).
  for (const [k, v] of Object.entries(patch)) {
    if (!k.startsWith('$setElementOrder/') || !Array.isArray(v)) continue;
    const field = k.slice('$setElementOrder/'.length);
    const list = out[field];
    if (!Array.isArray(list)) continue;
    const key = PRIMITIVE_MERGE_LISTS.has(field) ? undefined : mergeKeyOf(field, path);
    if (!key && !PRIMITIVE_MERGE_LISTS.has(field)) continue;
    const live = before[field];
    out[field] = enforceOrder(list, v, Array.isArray(live) ? live : [], key);
  }
  if (Array.isArray(patch.$retainKeys)) {
    const keep = new Set(patch.$retainKeys as string[]);
    for (const k of Object.keys(out)) if (!keep.has(k)) delete out[k];
  }
  return out;
}

function mergeList(current: Json | undefined, patch: Json[], field: string, path: string[]): Json[] {
  const key = mergeKeyOf(field, path.slice(0, -1));
  if (PRIMITIVE_MERGE_LISTS.has(field)) {
    const cur = Array.isArray(current) ? [...current] : [];
    for (const x of patch) if (!cur.some((c) => deepEqual(c, x))) cur.push(x);
    return enforceOrder(cur, patch, Array.isArray(current) ? current : [], undefined);
  }
  if (!key) {
    const replace = patch.filter((x) => !(isObj(x) && x.$patch));
    return stripDirectives(replace) as Json[];
  }
  if (patch.some((x) => isObj(x) && x.$patch === 'replace')) {
    return stripDirectives(patch.filter((x) => !(isObj(x) && x.$patch === 'replace'))) as Json[];
  }
  const original: Json[] = Array.isArray(current) ? clone(current) : [];
  const out: Json[] = clone(original);
  const patchItems: Json[] = [];
  for (const item of patch) {
    if (!isObj(item)) continue;
    const id = item[key];
    if (id === undefined)
      throw new PatchError(`map: ${JSON.stringify(item)} does not contain declared merge key: ${key}`);
    const idx = out.findIndex((x) => isObj(x) && deepEqual(x[key], id));
    if (item.$patch === 'delete') {
      if (idx >= 0) out.splice(idx, 1);
      continue;
    }
    patchItems.push(item);
    if (idx >= 0) out[idx] = applyStrategicMergePatch(out[idx] as Json, item, path);
    else out.push(stripDirectives(item));
  }
  return enforceOrder(out, patchItems, original, key);
}

/**
 * The order of a merged list, as apimachinery strategicpatch/patch.go does it (mergeSlice →
 * normalizeElementOrder → mergeSortedSlice): the items named in the patch (or in its $setElementOrder list)
 * in that order, the server-only items in their live order, and the two interleaved by their live
 * positions — an item the live list does not have comes before the server-only items still to place. So a
 * container added by a patch lands FIRST, not last.
 */
function enforceOrder(merged: Json[], order: Json[], original: Json[], key: string | undefined): Json[] {
  const id = (x: Json) => (key ? (isObj(x) ? x[key] : undefined) : x);
  const indexIn = (list: Json[], x: Json) => list.findIndex((y) => deepEqual(id(y), id(x)));
  const inOrder = merged.filter((x) => indexIn(order, x) >= 0);
  const serverOnly = merged.filter((x) => indexIn(order, x) < 0);
  inOrder.sort((a, b) => indexIn(order, a) - indexIn(order, b));
  serverOnly.sort((a, b) => indexIn(original, a) - indexIn(original, b));
  const out: Json[] = [];
  let i = 0;
  let j = 0;
  while (i < serverOnly.length || j < inOrder.length) {
    if (j >= inOrder.length) out.push(serverOnly[i++] as Json);
    else if (i >= serverOnly.length) out.push(inOrder[j++] as Json);
    else {
      const li = indexIn(original, serverOnly[i] as Json);
      const ri = indexIn(original, inOrder[j] as Json);
      if (li >= 0 && ri >= 0 && li < ri) out.push(serverOnly[i++] as Json);
      else out.push(inOrder[j++] as Json);
    }
  }
  return out;
}

function stripDirectives(v: Json): Json {
  if (Array.isArray(v)) return v.map(stripDirectives);
  if (!isObj(v)) return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) if (!k.startsWith('$')) out[k] = stripDirectives(x);
  return out;
}
