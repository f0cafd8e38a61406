import { describe, expect, it } from '@jest/globals';
import { MAX_RESULTS_PER_RUN, SarifRunBuilder, sarifLog } from '../src/sarif/sarif.ts';

describe('SarifRunBuilder', () => {
  it('de-duplicates rules and points results at them by index', () => {
    const b = new SarifRunBuilder({ name: 'Bandit', version: '1.9.4' }, 'security-scan/sast/');
    b.addRule({ id: 'B101', name: 'assert_used' });
    b.addRule({ id: 'B602', name: 'subprocess_popen_with_shell_equals_true' });
    expect(b.addRule({ id: 'B101', name: 'other' })).toBe(0);
    b.addResult({ ruleId: 'B602', level: 'error', message: { text: 'shell=True' } });
    const run = b.build();
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['B101', 'B602']);
    expect(run.results).toEqual([
      { ruleId: 'B602', ruleIndex: 1, level: 'error', message: { text: 'shell=True' } },
    ]);
    expect(run.automationDetails).toEqual({ id: 'security-scan/sast/' });
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
    expect(sarifLog([run]).version).toBe('2.1.0');
  });

  it('refuses a result for a rule it does not know', () => {
    const b = new SarifRunBuilder({ name: 'x' });
    expect(() => b.addResult({ ruleId: 'R1', message: { text: 'm' } })).toThrow('unknown rule R1');
  });

  it("trims to GitHub's 25,000 results per run, keeping the most severe, and says so", () => {
    const b = new SarifRunBuilder({ name: 'x' });
    b.addRule({ id: 'R' });
    for (let i = 0; i < MAX_RESULTS_PER_RUN + 10; i++)
      b.addResult({ ruleId: 'R', level: i < 5 ? 'error' : 'note', message: { text: `${i}` } });
    const run = b.build();
    expect(run.results).toHaveLength(MAX_RESULTS_PER_RUN);
    expect(run.results.filter((r) => r.level === 'error')).toHaveLength(5);
    expect(run.properties).toEqual({ trimmedResults: 10 });
    expect(run.invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text).toBe(
      '10 results left out: GitHub accepts at most 25000 per run.',
    );
  });

  it('says one result left out in the singular', () => {
    const b = new SarifRunBuilder({ name: 'x' });
    b.addRule({ id: 'R' });
    for (let i = 0; i <= MAX_RESULTS_PER_RUN; i++) b.addResult({ ruleId: 'R', message: { text: `${i}` } });
    expect(b.build().invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text).toBe(
      '1 result left out: GitHub accepts at most 25000 per run.',
    );
  });
});
