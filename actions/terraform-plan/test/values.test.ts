import { describe, expect, it } from '@jest/globals';
import type { RawChange } from '../src/plan-json.ts';
import {
  changedNames,
  changedTopLevel,
  diffAttributes,
  diffLines,
  diffText,
  filterRelevant,
  NO_MASKING,
  SENSITIVE,
  UNKNOWN,
} from '../src/values.ts';
import { fixture, realFixtures } from './helpers.ts';

describe('diffAttributes', () => {
  it.each<[string, RawChange, string[]]>([
    ['update hides unchanged', { before: { a: 1, b: 2 }, after: { a: 1, b: 3 } }, ['~ b = 2 -> 3']],
    [
      'create shows planned and unknown',
      { before: null, after: { a: 'x', n: null }, after_unknown: { id: true } },
      ['+ a = "x"', `+ id = ${UNKNOWN}`],
    ],
    [
      'whole-value sensitivity',
      { before: null, after: { a: 's' }, after_sensitive: true },
      [`+ (value) = ${SENSITIVE}`],
    ],
    [
      'nested sensitivity',
      {
        before: { o: { p: 'old' } },
        after: { o: { p: 'new' } },
        before_sensitive: { o: { p: true } },
        after_sensitive: { o: { p: true } },
      },
      [`~ o.p = ${SENSITIVE} -> ${SENSITIVE}`],
    ],
    [
      'a sensitive subtree is one leaf',
      { before: null, after: { o: { p: 1, q: 2 } }, after_sensitive: { o: true } },
      [`+ o = ${SENSITIVE}`],
    ],
    ['lists by index', { before: { l: [1, 2] }, after: { l: [1, 3, 4] } }, ['~ l[1] = 2 -> 3', '+ l[2] = 4']],
    ['removed attribute', { before: { a: 1, b: 'x' }, after: { a: 1 } }, ['- b = "x"']],
    ['odd keys are quoted', { before: null, after: { m: { 'a b': 1 } } }, ['+ m["a b"] = 1']],
  ])('%s', (_, change, lines) => {
    expect(diffLines(diffAttributes(change, NO_MASKING))).toEqual(lines);
    expect(diffText(change, NO_MASKING)).toEqual(lines);
  });

  it('filters drift to relevant paths (either way round)', () => {
    const diffs = diffAttributes(
      { before: { a: { b: 1, c: 1 }, d: 1 }, after: { a: { b: 2, c: 2 }, d: 2 } },
      NO_MASKING,
    );
    expect(diffLines(filterRelevant(diffs, [['a', 'b']]))).toEqual(['~ a.b = 1 -> 2']);
    expect(diffLines(filterRelevant(diffs, [['a']]))).toEqual(['~ a.b = 1 -> 2', '~ a.c = 1 -> 2']);
  });
});

describe('changedTopLevel', () => {
  // The cheap names list must agree with the names of the full diff, on every change of every real plan.
  const cases = realFixtures().flatMap((name) =>
    (fixture(name).resource_changes ?? []).map(
      (rc) => [`${name}: ${rc.address} ${rc.change?.actions?.join(',')}`, rc.change ?? {}] as const,
    ),
  );
  it.each(cases)('%s', (_, change) => {
    expect(changedTopLevel(change)).toEqual(changedNames(diffAttributes(change, NO_MASKING)));
  });
});

describe('diffText', () => {
  // The report renders diffText; it must give the lines of diffAttributes + diffLines, and register the same
  // hidden values in the same order, on every change of every real plan.
  const cases = realFixtures().flatMap((name) =>
    (fixture(name).resource_changes ?? []).map(
      (rc) => [`${name}: ${rc.address} ${rc.change?.actions?.join(',')}`, rc.change ?? {}] as const,
    ),
  );
  it.each(cases)('%s', (_, change) => {
    const viaDiffs: string[] = [];
    const direct: string[] = [];
    const lines = diffLines(diffAttributes(change, { ...NO_MASKING, onSecret: (s) => viaDiffs.push(s) }));
    expect(diffText(change, { ...NO_MASKING, onSecret: (s) => direct.push(s) })).toEqual(lines);
    expect(direct).toEqual(viaDiffs);
  });
});
