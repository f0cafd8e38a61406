// runBundle holds every bundle run to GitHub's cap: 10 annotations per level per step
// (shared reference github-actions.md, "Annotations", from actions/toolkit docs/problem-matchers.md).
import { describe, expect, it } from '@jest/globals';
import { assertWithinAnnotationCap, type Annotation } from '../src/index.ts';

const many = (level: Annotation['level'], n: number): Annotation[] =>
  Array.from({ length: n }, (_, i) => ({ level, message: `m${i}` }));

describe('assertWithinAnnotationCap', () => {
  it('accepts 10 of each level', () => {
    expect(() =>
      assertWithinAnnotationCap('x', [...many('error', 10), ...many('warning', 10), ...many('notice', 10)]),
    ).not.toThrow();
  });

  it.each(['error', 'warning', 'notice'] as const)(
    'refuses an 11th %s annotation, naming the action',
    (level) => {
      expect(() => assertWithinAnnotationCap('canary', many(level, 11))).toThrow(
        `runBundle: canary wrote 11 ${level} annotations; GitHub shows at most 10 per level per step`,
      );
    },
  );
});
