import { describe, expect, it } from '@jest/globals';
import {
  evaluate,
  type NoDataPolicy,
  newCounters,
  parseCondition,
  record,
  renderQuery,
  verdictOf,
  type Check,
  type Outcome,
} from '../src/analysis.ts';
import { parseChecks } from '../src/config.ts';
import { parsePromDuration } from '../src/prometheus.ts';

const check = (o: Partial<Check>): Check => ({
  name: 'c',
  query: 'q',
  noData: 'fail',
  direction: 'higher-is-bad',
  ...o,
});

describe('conditions', () => {
  it.each([
    ['result >= 99', 99, true],
    ['>= 99', 98.9, false],
    ['result < 0.5', 0.49, true],
    ['>= 1 && <= 2', 1.5, true],
    ['>= 1 && <= 2', 2.5, false],
    ['< 1 || > 10', 11, true],
    ['== 0', 0, true],
    ['!= 0', 0, false],
  ])('%s at %d -> %s', (text, x, expected) => {
    const c = parseCondition(text);
    expect(c.any.flat().length).toBeGreaterThan(0);
    expect(evaluate(check({ success: c }), { kind: 'value', value: x })).toBe(
      expected ? 'success' : 'failure',
    );
  });

  it('rejects anything else', () => {
    expect(() => parseCondition('result > foo')).toThrow('"result > foo" is not a condition');
  });
});

describe('evaluate', () => {
  const s = parseCondition('>= 99');
  const f = parseCondition('< 95');
  it.each([
    [{ success: s, failure: f }, 99.5, 'success'],
    [{ success: s, failure: f }, 90, 'failure'],
    [{ success: s, failure: f }, 97, 'inconclusive'],
    [{ failure: f }, 97, 'success'],
    [{ failure: f }, 90, 'failure'],
    [{ success: s }, 97, 'failure'],
  ])('%j at %d', (conds, value, outcome) => {
    expect(evaluate(check(conds), { kind: 'value', value })).toBe(outcome);
  });

  it.each([
    ['fail', 'failure'],
    ['pass', 'success'],
    ['inconclusive', 'inconclusive'],
    ['wait', 'wait'],
  ] as [NoDataPolicy, Outcome][])(
    'no data under policy %s -> %s (empty result and NaN alike)',
    (noData, outcome) => {
      expect(evaluate(check({ success: s, noData }), { kind: 'nodata', why: 'empty' })).toBe(outcome);
      expect(evaluate(check({ success: s, noData }), { kind: 'value', value: NaN })).toBe(outcome);
    },
  );

  it('a query error is an error, never a failure', () => {
    expect(evaluate(check({ success: s }), { kind: 'error', message: '503' })).toBe('error');
  });
});

describe('limits', () => {
  const limits = { failureLimit: 1, inconclusiveLimit: 0, consecutiveErrorLimit: 2 };
  const run = (outcomes: Outcome[]) => {
    let c = newCounters();
    const states: string[] = [];
    for (const o of outcomes) {
      c = record(c, o);
      states.push(verdictOf('rate', c, limits).state);
    }
    return states;
  };
  it.each([
    [
      ['failure', 'success', 'failure'],
      ['running', 'running', 'failed'],
    ],
    [
      ['error', 'error', 'success', 'error', 'error', 'error'],
      ['running', 'running', 'running', 'running', 'running', 'error'],
    ],
    [['inconclusive'], ['inconclusive']],
    [
      ['wait', 'wait', 'success'],
      ['running', 'running', 'running'],
    ],
  ] as [Outcome[], string[]][])('%j', (outcomes, states) => {
    expect(run(outcomes)).toEqual(states);
  });

  it('explains the verdict', () => {
    let c = newCounters();
    c = record(record(c, 'failure'), 'failure');
    expect(verdictOf('rate', c, limits)).toEqual({
      state: 'failed',
      check: 'rate',
      why: '2 failed measurements > failure-limit 1',
    });
  });
});

describe('checks input', () => {
  it('built-ins with min/max, custom queries, per-check no-data', () => {
    const { checks, problems } = parseChecks(
      [
        '- name: success-rate',
        '  min: 99.5',
        '- name: latency-p99',
        '  max: 300',
        '- name: errors',
        '  query: sum(rate(errors{pod=~"{{target}}-.*"}[{{window}}]))',
        '  failure: ">= 5"',
        '  no-data: pass',
      ].join('\n'),
      'fail',
    );
    expect(problems).toEqual([]);
    expect(checks.map((c) => [c.name, c.success?.text, c.failure?.text, c.noData, c.direction])).toEqual([
      ['success-rate', '>= 99.5', undefined, 'fail', 'lower-is-bad'],
      ['latency-p99', '<= 300', undefined, 'fail', 'higher-is-bad'],
      ['errors', undefined, '>= 5', 'pass', 'higher-is-bad'],
    ]);
    expect(renderQuery(checks[2]!.query, { target: 'web-canary', window: '1m' })).toBe(
      'sum(rate(errors{pod=~"web-canary-.*"}[1m]))',
    );
  });

  it('reports every problem', () => {
    expect(
      parseChecks('- name: x\n- name: success-rate\n  success: "> nope"\n  no-data: maybe', 'fail').problems,
    ).toEqual([
      '`checks` item 1 (x): `query` is required for a check that is not built in (built in: success-rate, latency-p99).',
      '`checks` item 2 (success-rate) `success`: "> nope" is not a condition; write e.g. "result >= 99" or ">= 99 && <= 100".',
      '`checks` item 2 (success-rate) `no-data`: use one of fail, pass, inconclusive, wait.',
    ]);
  });
});

describe('Prometheus durations (scrape_interval in /api/v1/status/config)', () => {
  // Prometheus docs, configuration "<duration>": ((([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?
  // (([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?|0), e.g. 1d, 1h30m, 5m, 10s
  it.each([
    ['15s', 15_000],
    ['1m', 60_000],
    ['1h30m', 5_400_000],
    ['1m30s500ms', 90_500],
    ['1d', 86_400_000],
    ['0', 0],
    ['abc', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s -> %s ms', (text, ms) => {
    expect(parsePromDuration(text)).toBe(ms);
  });
});
