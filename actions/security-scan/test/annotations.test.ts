import { describe, expect, it } from '@jest/globals';
import { MemoryLogger } from '@pipewright/shared/log';
import { annotate, pickSpread } from '../src/annotations.ts';
import type { Finding } from '../src/findings.ts';

const f = (ruleId: string, i: number, o: Partial<Finding> = {}): Finding => ({
  kind: 'sast',
  tool: 'Bandit',
  ruleId,
  rule: { id: ruleId, name: ruleId, shortDescription: 's' },
  severity: 'high',
  confidence: 'high',
  message: `${ruleId}-${i}`,
  path: `app/${ruleId}.py`,
  line: i + 1,
  fingerprint: `${ruleId}:${i}`,
  ...o,
});

// GitHub shows at most 10 annotations per level per step (actions/toolkit docs/problem-matchers.md); one error
// is kept back for the gate's own failure message.
describe('annotate within GitHub limits', () => {
  const many = [
    ...Array.from({ length: 20 }, (_, i) => f('B602', i)),
    ...Array.from({ length: 5 }, (_, i) => f('B105', i, { severity: 'medium' })),
    ...Array.from({ length: 5 }, (_, i) => f('B301', i)),
  ];

  it('fills the 9 error slots with the most severe failing findings, spread across rules', () => {
    const logger = new MemoryLogger();
    expect(annotate(logger, many, new Set(many), 100)).toBe(9);
    expect(logger.records.filter((r) => r.level === 'error').map((r) => r.message)).toEqual([
      'B602-0',
      'B301-0',
      'B602-1',
      'B301-1',
      'B602-2',
      'B301-2',
      'B602-3',
      'B301-3',
      'B602-4',
    ]);
    // the 10th error is the gate's own (runAction's failStep; see shared run-action.itest)
    expect(logger.overflow().error).toBe(0);
  });

  it('never more than 10 warnings; lower severities as notices', () => {
    const logger = new MemoryLogger();
    const low = Array.from({ length: 12 }, (_, i) => f('B101', i, { severity: 'low' }));
    expect(annotate(logger, [...many, ...low], new Set(), 100)).toBe(20);
    expect(logger.messages('warning')).toHaveLength(10);
    expect(logger.messages('notice')).toHaveLength(10);
    expect(logger.overflow()).toEqual({ error: 0, warning: 0, notice: 0 });
  });

  it('respects max-annotations in total and what the step already used', () => {
    const logger = new MemoryLogger();
    for (let i = 0; i < 7; i++) logger.error(`scanner problem ${i}`);
    expect(annotate(logger, many, new Set(many), 100)).toBe(2);
    expect(annotate(new MemoryLogger(), many, new Set(), 3)).toBe(3);
  });

  it('pickSpread: high before medium, one per rule in turn, file findings first', () => {
    const url = f('10036', 0, { kind: 'dast', path: undefined, url: 'http://h/' });
    const picked = pickSpread([f('B105', 0, { severity: 'medium' }), url, f('B602', 0), f('B602', 1)], 3);
    expect(picked.map((x) => x.message)).toEqual(['B602-0', '10036-0', 'B602-1']);
  });
});
