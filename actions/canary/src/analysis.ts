/**
 * Analysis semantics (those of Flagger and Argo Rollouts analysis): each check is measured every interval; a measurement is a success,
 * a failure, inconclusive, an error (the query itself failed), or no data, which the no-data policy maps.
 */
export type NoDataPolicy = 'fail' | 'pass' | 'inconclusive' | 'wait';
export const NO_DATA_POLICIES = ['fail', 'pass', 'inconclusive', 'wait'] as const;

/** How several series of one check become one value: an explicit choice, never the first series. */
export type Aggregate = 'min' | 'max' | 'avg' | 'sum';
export const AGGREGATES = ['min', 'max', 'avg', 'sum'] as const;

export interface Clause {
  op: '<' | '<=' | '>' | '>=' | '==' | '!=';
  value: number;
}
/** Clauses joined by `&&` inside a group, groups joined by `||`: `result >= 99 && result <= 100`. */
export interface Condition {
  text: string;
  any: Clause[][];
}

export function parseCondition(text: string): Condition {
  const groups = text.split('||').map((g) =>
    g.split('&&').map((c) => {
      const m = /^\s*(?:result\s*)?(<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*$/i.exec(c);
      if (!m)
        throw new Error(`"${c.trim()}" is not a condition; write e.g. "result >= 99" or ">= 99 && <= 100".`);
      return { op: m[1] as Clause['op'], value: Number(m[2]) };
    }),
  );
  return { text: text.trim(), any: groups };
}

export function holds(cond: Condition, x: number): boolean {
  return cond.any.some((all) =>
    all.every((c) => {
      switch (c.op) {
        case '<':
          return x < c.value;
        case '<=':
          return x <= c.value;
        case '>':
          return x > c.value;
        case '>=':
          return x >= c.value;
        case '==':
          return x === c.value;
        case '!=':
          return x !== c.value;
      }
    }),
  );
}

export interface Check {
  name: string;
  /** PromQL with {{namespace}}, {{target}} and {{window}} placeholders. */
  query: string;
  success?: Condition;
  failure?: Condition;
  noData: NoDataPolicy;
  /** For the baseline comparison: which direction of difference is bad. */
  direction: 'higher-is-bad' | 'lower-is-bad';
  /** How several series become one value; without it several series are an error. */
  aggregate?: Aggregate;
}

export type Measurement =
  | { kind: 'value'; value: number }
  | { kind: 'nodata'; why: string }
  /** fatal: the check itself is wrong (invalid query, several series): measuring again cannot help. */
  | { kind: 'error'; message: string; fatal?: boolean };

export type Outcome = 'success' | 'failure' | 'inconclusive' | 'error' | 'wait';

/** Explicit conditions: with only one of success/failure, the other is its negation. */
export function evaluate(check: Check, m: Measurement): Outcome {
  if (m.kind === 'error') return 'error';
  if (m.kind === 'nodata' || !Number.isFinite(m.value)) {
    switch (check.noData) {
      case 'fail':
        return 'failure';
      case 'pass':
        return 'success';
      case 'inconclusive':
        return 'inconclusive';
      case 'wait':
        return 'wait';
    }
  }
  const x = m.value;
  const ok = check.success ? holds(check.success, x) : undefined;
  const bad = check.failure ? holds(check.failure, x) : undefined;
  if (ok === undefined && bad === undefined) return 'success';
  if (bad === undefined) return ok ? 'success' : 'failure';
  if (ok === undefined) return bad ? 'failure' : 'success';
  if (bad) return 'failure';
  if (ok) return 'success';
  return 'inconclusive';
}

export interface Limits {
  /** Failed when failures > failureLimit (Argo Rollouts; default 0). */
  failureLimit: number;
  inconclusiveLimit: number;
  /** Errors are not failures; aborted when consecutive errors > this (default 4). */
  consecutiveErrorLimit: number;
}

export interface CheckCounters {
  measurements: number;
  successes: number;
  failures: number;
  inconclusives: number;
  errors: number;
  consecutiveErrors: number;
  waits: number;
  /** The message of the last query error, for the verdict. */
  lastError?: string;
}

export type AnalysisVerdict =
  | { state: 'running' }
  | { state: 'failed'; check: string; why: string }
  | { state: 'error'; check: string; why: string }
  | { state: 'inconclusive'; check: string; why: string };

export function newCounters(): CheckCounters {
  return {
    measurements: 0,
    successes: 0,
    failures: 0,
    inconclusives: 0,
    errors: 0,
    consecutiveErrors: 0,
    waits: 0,
  };
}

/** Counts one outcome; counters live for the whole rollout of one revision (never reset per step). */
export function record(c: CheckCounters, o: Outcome, error?: string): CheckCounters {
  const n = { ...c, measurements: c.measurements + 1 };
  if (o === 'error') {
    n.errors++;
    n.consecutiveErrors++;
    if (error) n.lastError = error;
    return n;
  }
  n.consecutiveErrors = 0;
  if (o === 'success') n.successes++;
  else if (o === 'failure') n.failures++;
  else if (o === 'inconclusive') n.inconclusives++;
  else n.waits++;
  return n;
}

export function verdictOf(name: string, c: CheckCounters, limits: Limits): AnalysisVerdict {
  if (c.failures > limits.failureLimit)
    return {
      state: 'failed',
      check: name,
      why: `${c.failures} failed measurement${c.failures === 1 ? '' : 's'} > failure-limit ${limits.failureLimit}`,
    };
  if (c.consecutiveErrors > limits.consecutiveErrorLimit)
    return {
      state: 'error',
      check: name,
      why: `${c.consecutiveErrors} consecutive query errors > consecutive-error-limit ${limits.consecutiveErrorLimit}${c.lastError ? ` (last: ${c.lastError})` : ''}`,
    };
  if (c.inconclusives > limits.inconclusiveLimit)
    return {
      state: 'inconclusive',
      check: name,
      why: `${c.inconclusives} inconclusive measurement${c.inconclusives === 1 ? '' : 's'} > inconclusive-limit ${limits.inconclusiveLimit}`,
    };
  return { state: 'running' };
}

/** Fills the placeholders of a check's query. */
export function renderQuery(query: string, vars: Record<string, string>): string {
  return query.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, k: string) => vars[k] ?? all);
}

/** App-instrumented metrics: pods of a workload are matched as TARGET-<hash>-<id>. */
const POD = 'pod=~"{{target}}-[0-9a-zA-Z]+(-[0-9a-zA-Z]+)"';
export const BUILTIN_CHECKS: Record<
  string,
  { query: string; success: string; direction: Check['direction'] }
> = {
  'success-rate': {
    query: `sum(rate(http_request_duration_seconds_count{namespace="{{namespace}}",${POD},status!~"5.."}[{{window}}])) / sum(rate(http_request_duration_seconds_count{namespace="{{namespace}}",${POD}}[{{window}}])) * 100`,
    success: '>= 99',
    direction: 'lower-is-bad',
  },
  'latency-p99': {
    query: `histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket{namespace="{{namespace}}",${POD}}[{{window}}])) by (le)) * 1000`,
    success: '<= 500',
    direction: 'higher-is-bad',
  },
};
