/** The last line `npx pipewright demo` prints, for one demo and for several (issue #11: no "demo(s)"). */
import { describe, expect, it } from '@jest/globals';
import { demoVerdict } from '../src/demo.ts';

describe('demoVerdict', () => {
  it.each([
    [0, 1, 'The demo ran.'],
    [0, 5, 'All 5 demos ran.'],
    [1, 1, '1 demo did not end as expected.'],
    [1, 5, '1 demo did not end as expected.'],
    [2, 5, '2 demos did not end as expected.'],
  ])('%i failed of %i: %s', (failed, ran, line) => expect(demoVerdict(failed, ran)).toBe(line));
});
