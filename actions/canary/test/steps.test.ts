import { describe, expect, it } from '@jest/globals';
import { parseSteps } from '../src/steps.ts';
import { planReplicas, type RouterKind } from '../src/traffic-math.ts';

describe('parseSteps', () => {
  it.each([
    [
      ['10', '25', '50', '100'],
      [
        { weight: 10, manual: false },
        { weight: 25, manual: false },
        { weight: 50, manual: false },
        { weight: 100, manual: false },
      ],
    ],
    [
      ['5%', '25:2m', '50:manual', '100'],
      [
        { weight: 5, manual: false },
        { weight: 25, manual: false, holdMs: 120_000 },
        { weight: 50, manual: true },
        { weight: 100, manual: false },
      ],
    ],
    [['20 : 90s'], [{ weight: 20, manual: false, holdMs: 90_000 }]],
  ])('%j', (items, steps) => {
    expect(parseSteps(items)).toEqual({ steps, problems: [] });
  });

  it.each([
    [['0'], '`steps`: 0 is not a percentage between 1 and 100.'],
    [['101'], '`steps`: 101 is not a percentage between 1 and 100.'],
    [['25', '10'], '`steps`: weights must rise; 10 follows 25.'],
    [['abc'], '`steps`: "abc" is not a step; write a percentage such as 25, 25:2m or 25:manual.'],
    [['25:soon'], '`steps`: "soon" in "25:soon" is neither a duration (e.g. 2m) nor "manual".'],
    [[], '`steps`: give at least one step, e.g. 10,25,50,100.'],
  ])('rejects %j', (items, problem) => {
    expect(parseSteps(items).problems).toEqual([problem]);
  });
});

describe('planReplicas', () => {
  it.each([
    // router, stable, weight, baseline -> canary, baseline, effective
    ['replicas', 4, 25, true, 1, 1, 16.7],
    ['replicas', 4, 25, false, 1, 0, 20],
    ['replicas', 10, 10, false, 1, 0, 9.1],
    ['replicas', 10, 50, false, 5, 0, 33.3],
    ['replicas', 3, 100, false, 3, 0, 50],
    ['replicas', 1, 1, false, 1, 0, 50],
    ['gateway-api', 4, 25, true, 1, 1, 25],
    ['nginx', 10, 33, false, 4, 0, 33],
  ] as [RouterKind, number, number, boolean, number, number, number][])(
    '%s, %i stable at %i %% (baseline %s)',
    (router, stable, weight, baseline, canary, base, effective) => {
      expect(planReplicas(router, stable, weight, baseline)).toEqual({ canary, baseline: base, effective });
    },
  );
});
