/**
 * Baseline comparison (Kayenta's classifier): Mann-Whitney U on two sample sets, a
 * confidence interval for the shift canary − baseline from the sorted pairwise differences, and a
 * classification against a tolerance band.
 */
export interface MannWhitney {
  u: number;
  z: number;
  /** Two-sided p-value (normal approximation with tie correction). */
  p: number;
  /** Hodges-Lehmann estimate of the shift canary − baseline. */
  shift: number;
  ci: [number, number];
}

/** Abramowitz-Stegun 7.1.26; enough for p-values and z quantiles at the precision we report. */
function erf(x: number): number {
  const s = Math.sign(x);
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-a * a);
  return s * y;
}
export function normalCdf(z: number): number {
  return 0.5 * (1 + erf(z / Math.SQRT2));
}

function median(sorted: readonly number[]): number {
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  return n % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Average ranks (1-based) with ties sharing the mean rank; also returns Σ(t³ − t) over tie groups. */
export function ranks(values: readonly number[]): { ranks: number[]; tieTerm: number } {
  const idx = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  let tieTerm = 0;
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1]![0] === idx[i]![0]) j++;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) out[idx[k]![1]] = rank;
    const t = j - i + 1;
    tieTerm += t ** 3 - t;
    i = j + 1;
  }
  return { ranks: out, tieTerm };
}

export function mannWhitney(
  canary: readonly number[],
  baseline: readonly number[],
  confidence = 0.95,
): MannWhitney {
  const n1 = canary.length;
  const n2 = baseline.length;
  if (n1 === 0 || n2 === 0) throw new Error('mannWhitney needs samples on both sides');
  const { ranks: r, tieTerm } = ranks([...canary, ...baseline]);
  const r1 = r.slice(0, n1).reduce((a, b) => a + b, 0);
  const u = r1 - (n1 * (n1 + 1)) / 2;
  const n = n1 + n2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  const z = variance > 0 ? (u - mean) / Math.sqrt(variance) : 0;
  const p = variance > 0 ? Math.min(1, 2 * (1 - normalCdf(Math.abs(z)))) : 1;
  const diffs: number[] = [];
  for (const a of canary) for (const b of baseline) diffs.push(a - b);
  diffs.sort((a, b) => a - b);
  const zq = normalQuantile(1 - (1 - confidence) / 2);
  const k = Math.max(1, Math.floor(mean - zq * Math.sqrt((n1 * n2 * (n + 1)) / 12)));
  const lo = diffs[Math.min(diffs.length, k) - 1] as number;
  const hi = diffs[Math.max(1, diffs.length - k + 1) - 1] as number;
  return { u, z, p, shift: median(diffs), ci: [lo, hi] };
}

/** Inverse normal CDF by bisection (only called with a handful of confidence levels). */
export function normalQuantile(q: number): number {
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export type Classification = 'High' | 'Low' | 'Pass' | 'NoData';

export interface CompareOptions {
  /** Allowed shift as a fraction of the baseline median (Kayenta's tolerance), e.g. 0.25. */
  tolerance: number;
  minSamples: number;
  confidence?: number;
}

export interface Comparison {
  classification: Classification;
  result?: MannWhitney;
  allowed?: number;
  baselineMedian?: number;
}

/**
 * High when the whole interval lies above +allowed, Low when below −allowed, else Pass; NoData below the
 * minimum sample count per side. NaN samples (no traffic) are dropped first.
 */
export function classify(
  canary: readonly number[],
  baseline: readonly number[],
  o: CompareOptions,
): Comparison {
  const c = canary.filter(Number.isFinite);
  const b = baseline.filter(Number.isFinite);
  if (c.length < o.minSamples || b.length < o.minSamples) return { classification: 'NoData' };
  const result = mannWhitney(c, b, o.confidence ?? 0.95);
  const baselineMedian = median([...b].sort((x, y) => x - y));
  const allowed = Math.abs(baselineMedian) * o.tolerance;
  const classification: Classification =
    result.ci[0] > allowed ? 'High' : result.ci[1] < -allowed ? 'Low' : 'Pass';
  return { classification, result, allowed, baselineMedian };
}

/** A metric passes unless it moved in its bad direction. */
export function isBad(c: Classification, direction: 'higher-is-bad' | 'lower-is-bad'): boolean {
  return (c === 'High' && direction === 'higher-is-bad') || (c === 'Low' && direction === 'lower-is-bad');
}
