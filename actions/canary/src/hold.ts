import { describeThrown } from '@pipewright/shared/action';
import type { Logger } from '@pipewright/shared/log';
import { plural } from '@pipewright/shared/report';
import type { Clock, Sleep } from '@pipewright/shared/util';
import { formatDuration } from '@pipewright/shared/util';
import {
  evaluate,
  newCounters,
  record,
  renderQuery,
  verdictOf,
  type Check,
  type CheckCounters,
  type Outcome,
} from './analysis.ts';
import { classify, isBad } from './mann-whitney.ts';
import type { PrometheusClient } from './prometheus.ts';
import type { AnalysisConfig, RolloutConfig, StepReport } from './rollout-types.ts';

/** How a step's hold ends: it passed, or the rollout rolls back, or it pauses for a human decision. */
export type StepVerdict =
  { kind: 'pass' } | { kind: 'rollback'; reason: string } | { kind: 'pause'; reason: string };

export const PASS: StepVerdict = { kind: 'pass' };
export const rollbackFor = (reason: string): StepVerdict & { kind: 'rollback' } => ({
  kind: 'rollback',
  reason,
});

export interface HoldContext {
  cfg: RolloutConfig;
  prom?: PrometheusClient;
  logger: Logger;
  clock: Clock;
  sleep: Sleep;
  signal: AbortSignal;
  canaryName: string;
  baselineName: string;
  initialDelayMs: number;
  /** Each check's counters, kept across the steps of this run. */
  counters: Map<string, CheckCounters>;
  /** When this run first shifted traffic to the canary (no data before its first scrapes means "wait"). */
  trafficSince: number;
  /** Between measurements: renews the lock and watches the canary's pods; anything but pass ends the hold. */
  watch(): Promise<StepVerdict>;
}

/**
 * Holds at the step's weight, measuring each check every interval from right after the shift; the
 * canary's pods are watched too. The step passes once its hold time is over and every check has had at
 * least one successful measurement in it: a step whose measurements all errored or had no data never
 * passes. No data within the initial delay after the first shift is "wait", whatever the no-data policy.
 * Every measurement goes into `report`.
 */
export async function holdStep(ctx: HoldContext, report: StepReport, holdMs: number): Promise<StepVerdict> {
  const { cfg, clock } = ctx;
  const a = cfg.analysis;
  const interval = Math.min(a?.intervalMs ?? cfg.pollMs, holdMs);
  const startedAt = clock.now();
  const end = startedAt + holdMs;
  const hardEnd = startedAt + Math.max(holdMs * 3, holdMs + ctx.initialDelayMs);
  // Pods are watched every poll-interval (fail fast), metrics measured every analysis-interval.
  const tick = Math.min(cfg.pollMs, interval);
  let nextMeasure = startedAt;
  let waiting = false;
  const stepSuccesses = new Map<string, number>();
  const analysed = !!(a && ctx.prom);
  for (let first = true; ; first = false) {
    if (!first) {
      await ctx.sleep(Math.max(1, Math.min(tick, nextMeasure - clock.now())), ctx.signal);
      const watched = await ctx.watch();
      if (watched.kind !== 'pass') return watched;
    }
    if (clock.now() < nextMeasure) continue;
    nextMeasure += interval;
    waiting = false;
    if (a && ctx.prom) {
      for (const check of a.checks) {
        const m = await measure(ctx, a, check, report);
        if (m.outcome === 'success') stepSuccesses.set(check.name, (stepSuccesses.get(check.name) ?? 0) + 1);
        if (m.outcome === 'wait') waiting = true;
        if (m.verdict.kind !== 'pass') return m.verdict;
      }
    }
    const now = clock.now();
    const unproven = analysed ? (a?.checks ?? []).filter((c) => !stepSuccesses.get(c.name)) : [];
    if (now >= end && !waiting && unproven.length === 0) break;
    if (now >= hardEnd) {
      if (waiting && unproven.length === 0)
        return rollbackFor(`analysis had no data for ${formatDuration(now - startedAt)} (no-data: wait)`);
      const c = unproven[0] as (typeof unproven)[number];
      const n = ctx.counters.get(c.name) ?? newCounters();
      const ms = report.measurements.filter((x) => x.check === c.name);
      const count = (o: string) => ms.filter((x) => x.outcome === o).length;
      return rollbackFor(
        `analysis had no successful measurement of ${c.name} in ${formatDuration(now - startedAt)} (${plural(ms.length, 'measurement')}: ${plural(count('error'), 'error')}, ${count('wait')} waiting for data, ${count('inconclusive')} inconclusive${n.lastError ? `; last error: ${n.lastError}` : ''}); a step passes only on data`,
      );
    }
  }
  return a?.baseline && ctx.prom ? compareBaseline(ctx, a, report, startedAt) : PASS;
}

/** One measurement of one check: recorded in the report and the counters, and the verdict of the limits. */
async function measure(
  ctx: HoldContext,
  a: AnalysisConfig,
  check: Check,
  report: StepReport,
): Promise<{ outcome: Outcome; verdict: StepVerdict }> {
  const prom = ctx.prom as PrometheusClient;
  const query = renderQuery(check.query, {
    namespace: ctx.cfg.namespace,
    target: ctx.canaryName,
    window: a.window,
  });
  const m = await prom.measure(query, check.aggregate ? { aggregate: check.aggregate } : {});
  const since = ctx.clock.now() - ctx.trafficSince;
  const early = m.kind === 'nodata' && since < ctx.initialDelayMs;
  const outcome = early ? 'wait' : evaluate(check, m);
  const c = record(
    ctx.counters.get(check.name) ?? newCounters(),
    outcome,
    m.kind === 'error' ? m.message : undefined,
  );
  ctx.counters.set(check.name, c);
  const condition =
    [
      check.success ? `success: ${check.success.text}` : '',
      check.failure ? `failure: ${check.failure.text}` : '',
    ]
      .filter(Boolean)
      .join('; ') || 'none';
  const detail =
    m.kind === 'error'
      ? m.message
      : m.kind === 'nodata'
        ? `no data: ${m.why}${early ? ` (within the initial delay of ${formatDuration(ctx.initialDelayMs)})` : ''}`
        : undefined;
  report.measurements.push({
    check: check.name,
    target: ctx.canaryName,
    query,
    at: new Date(ctx.clock.now()).toISOString(),
    ...(m.kind === 'value' ? { value: m.value } : { detail: detail as string }),
    condition,
    outcome,
  });
  const shown =
    m.kind === 'value'
      ? String(Math.round(m.value * 1000) / 1000)
      : `${m.kind === 'error' ? 'error' : 'no data'} (${detail})`;
  ctx.logger.info(`${check.name} = ${shown} [${condition}] → ${outcome}  (${query})`);
  if (m.kind === 'error' && m.fatal)
    return { outcome, verdict: rollbackFor(`analysis cannot run: ${check.name}: ${m.message}`) };
  const v = verdictOf(check.name, c, a.limits);
  if (v.state === 'failed') return { outcome, verdict: rollbackFor(`analysis failed: ${v.check}: ${v.why}`) };
  if (v.state === 'error') return { outcome, verdict: rollbackFor(`analysis errored: ${v.check}: ${v.why}`) };
  if (v.state === 'inconclusive') {
    const why = `analysis inconclusive: ${v.check}: ${v.why}`;
    return {
      outcome,
      verdict: a.onInconclusive === 'rollback' ? rollbackFor(why) : { kind: 'pause', reason: why },
    };
  }
  return { outcome, verdict: PASS };
}

/** At the end of a step, canary against baseline per check on range samples (Mann-Whitney U). */
async function compareBaseline(
  ctx: HoldContext,
  a: AnalysisConfig,
  report: StepReport,
  startedAt: number,
): Promise<StepVerdict> {
  const b = a.baseline as NonNullable<typeof a.baseline>;
  const prom = ctx.prom as PrometheusClient;
  const start = new Date(startedAt);
  const end = new Date(ctx.clock.now());
  for (const check of a.checks) {
    const q = (target: string) =>
      renderQuery(check.query, { namespace: ctx.cfg.namespace, target, window: a.window });
    let canary: number[];
    let baseline: number[];
    try {
      [canary, baseline] = await Promise.all([
        prom.range(q(ctx.canaryName), start, end, b.stepSeconds),
        prom.range(q(ctx.baselineName), start, end, b.stepSeconds),
      ]);
    } catch (e) {
      report.measurements.push({
        check: check.name,
        target: 'canary vs baseline',
        query: q(ctx.canaryName),
        detail: describeThrown(e),
        condition: 'Mann-Whitney U',
        outcome: 'error',
      });
      ctx.logger.warning(`Baseline comparison of ${check.name} failed: ${describeThrown(e)}`);
      continue;
    }
    const cmp = classify(canary, baseline, { tolerance: b.tolerance, minSamples: b.minSamples });
    const detail = cmp.result
      ? `n=${canary.length}/${baseline.length}, shift ${cmp.result.shift.toFixed(3)} CI [${cmp.result.ci[0].toFixed(3)}, ${cmp.result.ci[1].toFixed(3)}], allowed ±${(cmp.allowed ?? 0).toFixed(3)}, p=${cmp.result.p.toFixed(3)}`
      : `fewer than ${b.minSamples} samples per side`;
    report.measurements.push({
      check: check.name,
      target: 'canary vs baseline',
      query: q(ctx.canaryName),
      detail,
      condition: `Mann-Whitney U, ${check.direction}`,
      outcome:
        cmp.classification === 'NoData'
          ? 'nodata'
          : (cmp.classification.toLowerCase() as 'high' | 'low' | 'pass'),
    });
    ctx.logger.info(`${check.name} canary vs baseline: ${cmp.classification} (${detail})`);
    if (isBad(cmp.classification, check.direction))
      return rollbackFor(
        `baseline comparison failed: ${check.name} is ${cmp.classification} against the baseline (${detail})`,
      );
    if (cmp.classification === 'NoData' && check.noData === 'fail')
      return rollbackFor(`baseline comparison of ${check.name} had too few samples (no-data: fail)`);
  }
  return PASS;
}
