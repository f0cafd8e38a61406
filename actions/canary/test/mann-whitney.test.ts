import { describe, expect, it } from '@jest/globals';
import { classify, type Classification, isBad, mannWhitney, ranks } from '../src/mann-whitney.ts';

describe('Mann-Whitney U', () => {
  it('ranks with ties', () => {
    expect(ranks([3, 1, 3, 2])).toEqual({ ranks: [3.5, 1, 3.5, 2], tieTerm: 6 });
  });

  it('matches a textbook example (U, z and p as scipy computes without continuity correction)', () => {
    // scipy.stats.mannwhitneyu([19,22,16,29,24],[20,11,17,12], use_continuity=False, method="asymptotic")
    // -> statistic 17.0, pvalue 0.0864
    const r = mannWhitney([19, 22, 16, 29, 24], [20, 11, 17, 12]);
    expect(r.u).toBe(17);
    expect(r.z).toBeCloseTo(1.7146, 3);
    expect(r.p).toBeCloseTo(0.0864, 3);
    expect(r.shift).toBe(7);
  });

  it.each([
    // canary, baseline, tolerance -> classification
    [[100, 101, 99, 100, 102, 98], [100, 99, 101, 100, 98, 102], 0.1, 'Pass'],
    [[200, 210, 205, 199, 202, 208], [100, 99, 101, 100, 98, 102], 0.1, 'High'],
    [[50, 52, 49, 51, 48, 50], [100, 99, 101, 100, 98, 102], 0.1, 'Low'],
    [[200, 210, 205, 199, 202, 208], [100, 99, 101, 100, 98, 102], 2, 'Pass'],
    [[1, 2], [1, 2, 3, 4, 5], 0.1, 'NoData'],
    [[NaN, NaN, NaN, NaN, NaN, 1], [1, 2, 3, 4, 5], 0.1, 'NoData'],
  ])('%j vs %j (tolerance %d) -> %s', (c, b, tolerance, expected) => {
    expect(classify(c, b, { tolerance, minSamples: 5 }).classification).toBe(expected);
  });

  it.each([
    ['High', 'higher-is-bad', true],
    ['High', 'lower-is-bad', false],
    ['Low', 'lower-is-bad', true],
    ['Pass', 'higher-is-bad', false],
    ['NoData', 'higher-is-bad', false],
  ] as [Classification, 'higher-is-bad' | 'lower-is-bad', boolean][])('%s is bad for %s: %s', (c, d, bad) => {
    expect(isBad(c, d)).toBe(bad);
  });
});
