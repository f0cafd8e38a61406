/**
 * Matching list and set elements the way Terraform's renderer does (internal/command/jsonformat/collections),
 * for attribute values and for the lines of multi-line strings alike.
 */
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
