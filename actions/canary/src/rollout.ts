import { UserError, describeThrown } from '@pipewright/shared/action';
import type { Logger } from '@pipewright/shared/log';
import type { Clock, Sleep } from '@pipewright/shared/util';
import { formatDuration } from '@pipewright/shared/util';
import {
  evaluate,
  newCounters,
  record,
  renderQuery,
  verdictOf,
  type AnalysisVerdict,
  type CheckCounters,
} from './analysis.ts';
import { classify, isBad } from './mann-whitney.ts';
import { KubeError, paths, type KubeClient } from './kube.ts';
import type { Deployment, List } from './k8s-types.ts';
import type { Readiness } from './readiness.ts';

interface KubeEvent {
  type?: string;
  reason?: string;
  message?: string;
}
import { RolloutLock } from './lock.ts';
import { preflightAnalysis, type Preflight } from './preflight.ts';
import type { PrometheusClient } from './prometheus.ts';
import { createRouter, type Router } from './routers.ts';
import { planReplicas } from './traffic-math.ts';
import {
  STATE_ANNOTATION,
  type RolloutConfig,
  type RolloutResult,
  type RolloutState,
  type StepReport,
} from './rollout-types.ts';
import {
  currentReadiness,
  sideDeployment,
  stableSize,
  targetContainer,
  TRACK_LABEL,
  waitReady,
  type StableSize,
} from './workloads.ts';

export interface RolloutDeps {
  kube: KubeClient;
  prom?: PrometheusClient;
  logger: Logger;
  clock: Clock;
  sleep: Sleep;
  signal: AbortSignal;
  /** Called once the lock is held (the main step records that cleanup may be needed). */
  onLocked?: () => void;
}

/** Thrown inside a step to end the rollout with a rollback; carries the explained reason. */
class Abort extends Error {}
/** Thrown inside a step to pause the rollout for a human decision (inconclusive analysis). */
class Pause extends Error {}

export function parseState(d: Deployment): RolloutState | undefined {
  const raw = d.metadata.annotations?.[STATE_ANNOTATION];
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as RolloutState;
  } catch {
    return undefined;
  }
}

/**
 * The rollout, start to end: lock, read the stable Deployment and any leftover state, then per step
 * scale the canary, shift traffic, hold and analyse; promote after the last step, or roll back (traffic
 * first) on failure or cancellation. The stable Deployment's spec is written only by the promotion.
 */
export async function runRollout(cfg: RolloutConfig, deps: RolloutDeps): Promise<RolloutResult> {
  // Analysis that cannot run is found before the first cluster request, not after the canary took traffic.
  let pre: Preflight | undefined;
  if (cfg.analysis && deps.prom && cfg.decision !== 'rollback')
    pre = await preflightAnalysis(
      cfg.analysis,
      deps.prom,
      { namespace: cfg.namespace, stable: cfg.deployment },
      deps.logger,
    );
  const lock = new RolloutLock({
    kube: deps.kube,
    namespace: cfg.namespace,
    app: cfg.deployment,
    holder: cfg.holder,
    durationSeconds: 60,
    onConflict: cfg.concurrencyPolicy,
    waitTimeoutMs: cfg.lockTimeoutMs,
    clock: deps.clock,
    sleep: deps.sleep,
    logger: deps.logger,
    signal: deps.signal,
  });
  await lock.acquire();
  deps.onLocked?.();
  try {
    return await new Rollout(cfg, deps, lock, pre?.initialDelayMs ?? 0).run();
  } finally {
    await lock
      .release()
      .catch((e: Error) => deps.logger.warning(`Could not release the lock ${lock.name}: ${e.message}`));
  }
}

class Rollout {
  private readonly cfg: RolloutConfig;
  private readonly d: RolloutDeps;
  private readonly lock: RolloutLock;
  private readonly canaryName: string;
  private readonly baselineName: string;
  private readonly router: Router;
  private readonly result: RolloutResult;
  private counters = new Map<string, CheckCounters>();
  private readonly scaled = new Map<string, number>();
  private stable!: Deployment;
  private size!: StableSize;
  private container!: string;
  private readonly initialDelayMs: number;
  /** When this run first shifted traffic to the canary (no data before its first scrapes means "wait"). */
  private trafficSince: number | undefined;

  constructor(cfg: RolloutConfig, d: RolloutDeps, lock: RolloutLock, initialDelayMs = 0) {
    this.cfg = cfg;
    this.d = d;
    this.lock = lock;
    this.initialDelayMs = initialDelayMs;
    this.canaryName = `${cfg.deployment}-canary`;
    this.baselineName = `${cfg.deployment}-baseline`;
    this.router = createRouter(cfg.router, {
      kube: d.kube,
      logger: d.logger,
      namespace: cfg.namespace,
      canaryName: this.canaryName,
      baselineName: this.baselineName,
      canaryPodLabels: { [TRACK_LABEL]: 'canary' },
      baselinePodLabels: { [TRACK_LABEL]: 'baseline' },
      ...(cfg.service ? { stableService: cfg.service } : {}),
      ...(cfg.route ? { route: cfg.route } : {}),
      ...(cfg.ingress ? { ingress: cfg.ingress } : {}),
      scale: (name, replicas) => this.scale(name, replicas),
      clock: d.clock,
      sleep: d.sleep,
      pollMs: cfg.pollMs,
      acceptTimeoutMs: cfg.readyTimeoutMs,
    });
    this.result = {
      status: 'unchanged',
      reason: '',
      canary: this.canaryName,
      router: cfg.router,
      weight: 0,
      steps: [],
      decisions: [],
    };
  }

  private decide(text: string): void {
    this.result.decisions.push(text);
    this.d.logger.info(`Decision: ${text}`);
  }

  async run(): Promise<RolloutResult> {
    const { cfg } = this;
    const stable = await this.d.kube.find<Deployment>(paths.deployment(cfg.namespace, cfg.deployment));
    if (!stable)
      throw new UserError(`Deployment "${cfg.deployment}" was not found in namespace "${cfg.namespace}".`, {
        hint: 'Check `deployment` and `namespace`; the stable Deployment must exist before a canary.',
      });
    this.stable = stable;
    let container: { name: string; image: string };
    try {
      container = targetContainer(stable, cfg.container);
    } catch {
      throw new UserError(`Deployment "${cfg.deployment}" has no container named "${cfg.container}".`, {
        hint: `Its containers: ${stable.spec.template.spec.containers.map((c) => c.name).join(', ')}.`,
      });
    }
    this.container = container.name;
    const state = parseState(stable);
    let start = 0;
    let image = cfg.image;
    let previousImage = container.image;

    if (cfg.decision) {
      if (!state)
        throw new UserError(`There is no paused canary of ${cfg.deployment} to ${cfg.decision}.`, {
          hint: 'Run without `decision` to start a rollout.',
        });
      image = state.image;
      previousImage = state.previousImage;
      this.result.image = image;
      this.result.previousImage = previousImage;
      if (cfg.decision === 'rollback')
        return this.rollback(`rollback requested (decision: rollback) at step ${state.step + 1}`);
      this.decide(`promote requested (decision: promote): continuing after step ${state.step + 1}.`);
      start = state.step + 1;
      this.result.resumedFrom = start;
    } else if (state) {
      this.result.image = state.image;
      this.result.previousImage = state.previousImage;
      if (state.image === image && cfg.leftover === 'resume' && state.phase === 'paused') {
        // A pause waits for a human: a re-run without `decision` (a workflow re-run, the same image pushed
        // again) must not pass the gate. Nothing is changed; traffic stays where the pause left it.
        const step = cfg.steps[state.step];
        const plan = planReplicas(
          cfg.router,
          (await stableSize(this.d.kube, stable, this.d.logger)).replicas,
          step?.weight ?? 0,
          !!cfg.analysis?.baseline,
        );
        this.result.status = 'paused';
        this.result.weight = plan.effective;
        this.result.reason = `still paused at step ${state.step + 1}${step ? ` (${step.weight} %)` : ''} for a decision; a run without \`decision\` does not pass it`;
        this.decide(`found the rollout of ${image} by ${state.holder} paused: ${this.result.reason}.`);
        return this.result;
      }
      if (state.image === image && cfg.leftover === 'resume') {
        start = state.step;
        previousImage = state.previousImage;
        this.result.resumedFrom = start;
        this.decide(
          `found a ${state.phase} rollout of ${image} by ${state.holder}: resuming at step ${start + 1} (analysis counters start afresh).`,
        );
      } else {
        const why =
          state.image !== image
            ? `a new revision (${image}) replaces the unfinished canary of ${state.image}`
            : 'on-leftover is rollback';
        await this.rollback(`leftover rollout of ${state.image} by ${state.holder} found; ${why}`);
        this.result.decisions.push('starting the new rollout from step 1 with counters reset.');
        this.stable = (await this.d.kube.get<Deployment>(
          paths.deployment(cfg.namespace, cfg.deployment),
        )) as Deployment;
      }
    }
    if (!image) throw new UserError('`image` is required to start a rollout.');
    this.result.image = image;
    this.result.previousImage = previousImage;
    if (!state && !cfg.decision && image === container.image) {
      this.result.status = 'unchanged';
      this.result.reason = `${cfg.deployment} already runs ${image}`;
      this.decide(`nothing to do: ${this.result.reason}.`);
      return this.result;
    }

    this.size = await stableSize(this.d.kube, this.stable, this.d.logger);
    if (this.size.hpa)
      this.decide(
        `${cfg.deployment} is scaled by HorizontalPodAutoscaler ${this.size.hpa.name} (min ${this.size.hpa.min}, max ${this.size.hpa.max}, now ${this.size.hpa.current}): the canary is sized from its current replicas; the HPA and the stable replicas are left to it.`,
      );
    this.checkWeights(start);
    try {
      await this.router.prepare();
      for (let i = start; i < cfg.steps.length; i++) {
        const outcome = await this.step(i, image, previousImage);
        if (outcome === 'paused') return this.result;
      }
      return await this.promote(image, previousImage);
    } catch (e) {
      const last = this.result.steps[this.result.steps.length - 1];
      if (e instanceof Pause && last && !this.d.signal.aborted) return this.pauseUndecided(e.message, last);
      if (last && last.result === 'running') last.result = this.d.signal.aborted ? 'cancelled' : 'failed';
      if (this.d.signal.aborted) return this.rollback('the run was cancelled');
      if (e instanceof Abort) return this.rollback(e.message);
      if (e instanceof UserError) {
        await this.rollback(`stopped by an error: ${e.message}`).catch(() => undefined);
        throw e;
      }
      await this.rollback(`unexpected error: ${describeThrown(e)}`).catch(() => undefined);
      throw e;
    }
  }

  /**
   * The replicas router can only give the canary k / (stable + k) of the traffic: with 1 stable replica a
   * 10 % step is 50 %. A step whose effective share exceeds the requested one by more than weight-tolerance
   * points fails before anything is created. A 100 % step is exempt: the replicas router cannot take the
   * stable pods' share before the promotion, and the report shows the effective share.
   */
  private checkWeights(start: number): void {
    const { cfg } = this;
    if (cfg.router !== 'replicas') return;
    const replicas = this.size.replicas;
    const off = cfg.steps.slice(start).flatMap((step) => {
      const plan = planReplicas(cfg.router, replicas, step.weight, !!cfg.analysis?.baseline);
      return step.weight < 100 && plan.effective - step.weight > cfg.weightTolerance
        ? [
            `${step.weight} % would be ${plan.effective} % (${plan.canary} canary pod${plan.canary === 1 ? '' : 's'} beside ${replicas} stable${plan.baseline ? ` and ${plan.baseline} baseline` : ''})`,
          ]
        : [];
    });
    if (off.length)
      throw new UserError(
        `With the replicas router and ${replicas} stable replica${replicas === 1 ? '' : 's'}, ${off.join('; ')}: more than weight-tolerance ${cfg.weightTolerance} points above the requested share. No step was started.`,
        {
          hint: 'Use fewer, larger steps (e.g. 50,100), more stable replicas, a real router (gateway-api or nginx), or raise weight-tolerance.',
        },
      );
  }

  private async step(i: number, image: string, previousImage: string): Promise<'passed' | 'paused'> {
    const { cfg } = this;
    const step = cfg.steps[i] as (typeof cfg.steps)[number];
    // The HPA may have scaled the stable Deployment since the last step.
    if (this.size.hpa && this.result.steps.length > 0)
      this.size = await stableSize(this.d.kube, this.stable, this.d.logger);
    const stableReplicas = this.size.replicas;
    const plan = planReplicas(cfg.router, stableReplicas, step.weight, !!cfg.analysis?.baseline);
    // The stable size can change mid-rollout (an HPA): a step that would now overshoot fails instead of carrying on.
    if (cfg.router === 'replicas' && step.weight < 100 && plan.effective - step.weight > cfg.weightTolerance)
      throw new Abort(
        `step ${i + 1} (${step.weight} %) would be ${plan.effective} % with ${stableReplicas} stable replica${stableReplicas === 1 ? '' : 's'}, more than weight-tolerance ${cfg.weightTolerance} points above the request`,
      );
    const report: StepReport = {
      index: i,
      weight: step.weight,
      effective: plan.effective,
      canaryReplicas: plan.canary,
      baselineReplicas: plan.baseline,
      result: 'running',
      measurements: [],
    };
    this.result.steps.push(report);
    await this.d.logger.group(
      `Step ${i + 1}/${cfg.steps.length}: ${step.weight} % (effective ${plan.effective} %)`,
      async () => {
        await this.saveState({ image, previousImage, step: i, phase: 'progressing' });
        // With the replicas router, scaling the canary is the traffic shift; other routers get ready pods first.
        await this.ensureSide(this.canaryName, 'canary', image, plan.canary);
        if (plan.baseline) await this.ensureSide(this.baselineName, 'baseline', previousImage, plan.baseline);
        await this.ready(this.canaryName, 'canary');
        if (plan.baseline) await this.ready(this.baselineName, 'baseline');
        await this.router.setWeight(step.weight, plan);
        this.trafficSince ??= this.d.clock.now();
        this.result.weight = plan.effective;
        this.d.logger.info(
          `Traffic: ${step.weight} % requested, ${plan.effective} % effective (${plan.canary} canary${plan.baseline ? ` + ${plan.baseline} baseline` : ''} beside ${stableReplicas} stable pods, router ${cfg.router}).`,
        );
        await this.analyse(report, step.holdMs ?? cfg.stepDurationMs);
        report.result = 'passed';
        this.decide(`step ${i + 1} (${step.weight} %) passed${cfg.analysis ? ' analysis' : ''}.`);
      },
    );
    if (step.manual && i < cfg.steps.length - 1) {
      report.result = 'paused';
      await this.saveState({ image, previousImage, step: i, phase: 'paused' });
      this.result.status = 'paused';
      this.result.reason = `paused after step ${i + 1} (${step.weight} %) for a decision`;
      this.decide(
        `${this.result.reason}: run this action again with \`decision: promote\` or \`decision: rollback\`.`,
      );
      return 'paused';
    }
    return 'passed';
  }

  /**
   * Inconclusive analysis (Argo Rollouts): traffic stays at the step's weight, the state records the step
   * as paused, and a later run with `decision: promote` (go on after this step) or `rollback` decides.
   */
  private async pauseUndecided(why: string, report: StepReport): Promise<RolloutResult> {
    report.result = 'paused';
    await this.saveState({
      image: this.result.image as string,
      previousImage: this.result.previousImage as string,
      step: report.index,
      phase: 'paused',
    });
    this.result.status = 'paused';
    this.result.reason = `${why}; paused at step ${report.index + 1} (${report.weight} %) for a decision`;
    this.decide(
      `${this.result.reason}: traffic stays at ${this.result.weight} %; run this action again with \`decision: promote\` (continue after this step) or \`decision: rollback\`.`,
    );
    return this.result;
  }

  private async ready(name: string, what: string): Promise<void> {
    const r = await waitReady(
      {
        kube: this.d.kube,
        logger: this.d.logger,
        clock: this.d.clock,
        sleep: this.d.sleep,
        signal: this.d.signal,
        pollMs: this.cfg.pollMs,
        timeoutMs: this.cfg.readyTimeoutMs,
        unschedulableMs: this.cfg.unschedulableMs,
      },
      this.cfg.namespace,
      name,
    );
    if (r.state === 'failed') await this.failPods(what, r);
  }

  /** Rolls back for failing pods, after putting the failing pod's warning events in the decisions. */
  private async failPods(what: string, r: Extract<Readiness, { state: 'failed' }>): Promise<never> {
    const pod = r.failures[0]?.pod;
    if (pod) {
      try {
        const events = await this.d.kube.get<List<KubeEvent>>(paths.events(this.cfg.namespace, pod));
        const warnings = events.items.filter((e) => e.type === 'Warning').slice(-3);
        for (const e of warnings) this.decide(`event of pod ${pod}: ${e.reason ?? ''}: ${e.message ?? ''}`);
      } catch (e) {
        this.d.logger.info(`Could not read the events of pod ${pod}: ${describeThrown(e)}`);
      }
    }
    throw new Abort(`${what} is failing: ${r.message}`);
  }

  /**
   * Holds at the step's weight, measuring each check every interval from right after the shift; the
   * canary's pods are watched too. The step passes once its hold time is over and every check has had at
   * least one successful measurement in it: a step whose measurements all errored or had no data never
   * passes. No data within the initial delay after the first shift is "wait", whatever the no-data policy.
   */
  private async analyse(report: StepReport, holdMs: number): Promise<void> {
    const a = this.cfg.analysis;
    const interval = Math.min(a?.intervalMs ?? this.cfg.pollMs, holdMs);
    const startedAt = this.d.clock.now();
    const end = startedAt + holdMs;
    const hardEnd = startedAt + Math.max(holdMs * 3, holdMs + this.initialDelayMs);
    // Pods are watched every poll-interval (fail fast), metrics measured every analysis-interval.
    const tick = Math.min(this.cfg.pollMs, interval);
    let nextMeasure = startedAt;
    let waiting = false;
    const stepSuccesses = new Map<string, number>();
    const analysed = !!(a && this.d.prom);
    for (let first = true; ; first = false) {
      if (!first) {
        await this.d.sleep(Math.max(1, Math.min(tick, nextMeasure - this.d.clock.now())), this.d.signal);
        await this.lock.renewIfDue();
        const r = await currentReadiness(this.d.kube, this.cfg.namespace, this.canaryName, {
          now: this.d.clock.now(),
          unschedulableMs: this.cfg.unschedulableMs,
        });
        if (r.state === 'failed') await this.failPods('canary', r);
      }
      if (this.d.clock.now() < nextMeasure) continue;
      nextMeasure += interval;
      waiting = false;
      if (a && this.d.prom) {
        for (const check of a.checks) {
          const query = renderQuery(check.query, {
            namespace: this.cfg.namespace,
            target: this.canaryName,
            window: a.window,
          });
          const m = await this.d.prom.measure(query, check.aggregate ? { aggregate: check.aggregate } : {});
          const since = this.d.clock.now() - (this.trafficSince ?? startedAt);
          const early = m.kind === 'nodata' && since < this.initialDelayMs;
          const outcome = early ? 'wait' : evaluate(check, m);
          if (outcome === 'success') stepSuccesses.set(check.name, (stepSuccesses.get(check.name) ?? 0) + 1);
          const c = record(
            this.counters.get(check.name) ?? newCounters(),
            outcome,
            m.kind === 'error' ? m.message : undefined,
          );
          this.counters.set(check.name, c);
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
                ? `no data: ${m.why}${early ? ` (within the initial delay of ${formatDuration(this.initialDelayMs)})` : ''}`
                : undefined;
          report.measurements.push({
            check: check.name,
            target: this.canaryName,
            query,
            at: new Date(this.d.clock.now()).toISOString(),
            ...(m.kind === 'value' ? { value: m.value } : { detail: detail as string }),
            condition,
            outcome,
          });
          const shown =
            m.kind === 'value'
              ? String(Math.round(m.value * 1000) / 1000)
              : `${m.kind === 'error' ? 'error' : 'no data'} (${detail})`;
          this.d.logger.info(`${check.name} = ${shown} [${condition}] → ${outcome}  (${query})`);
          if (outcome === 'wait') waiting = true;
          if (m.kind === 'error' && m.fatal)
            throw new Abort(`analysis cannot run: ${check.name}: ${m.message}`);
          const v: AnalysisVerdict = verdictOf(check.name, c, a.limits);
          if (v.state === 'failed') throw new Abort(`analysis failed: ${v.check}: ${v.why}`);
          if (v.state === 'error') throw new Abort(`analysis errored: ${v.check}: ${v.why}`);
          if (v.state === 'inconclusive') {
            const why = `analysis inconclusive: ${v.check}: ${v.why}`;
            throw a.onInconclusive === 'rollback' ? new Abort(why) : new Pause(why);
          }
        }
      }
      const now = this.d.clock.now();
      const unproven = analysed ? (a?.checks ?? []).filter((c) => !stepSuccesses.get(c.name)) : [];
      if (now >= end && !waiting && unproven.length === 0) break;
      if (now >= hardEnd) {
        if (waiting && unproven.length === 0)
          throw new Abort(`analysis had no data for ${formatDuration(now - startedAt)} (no-data: wait)`);
        const c = unproven[0] as (typeof unproven)[number];
        const n = this.counters.get(c.name) ?? newCounters();
        const ms = report.measurements.filter((x) => x.check === c.name);
        const count = (o: string) => ms.filter((x) => x.outcome === o).length;
        throw new Abort(
          `analysis had no successful measurement of ${c.name} in ${formatDuration(now - startedAt)} (${ms.length} measurements: ${count('error')} errors, ${count('wait')} waiting for data, ${count('inconclusive')} inconclusive${n.lastError ? `; last error: ${n.lastError}` : ''}); a step passes only on data`,
        );
      }
    }
    if (a?.baseline && this.d.prom) await this.compareBaseline(report, startedAt);
  }

  private async compareBaseline(report: StepReport, startedAt: number): Promise<void> {
    const a = this.cfg.analysis as NonNullable<RolloutConfig['analysis']>;
    const b = a.baseline as NonNullable<typeof a.baseline>;
    const start = new Date(startedAt);
    const end = new Date(this.d.clock.now());
    for (const check of a.checks) {
      const q = (target: string) =>
        renderQuery(check.query, { namespace: this.cfg.namespace, target, window: a.window });
      let canary: number[];
      let baseline: number[];
      try {
        [canary, baseline] = await Promise.all([
          (this.d.prom as PrometheusClient).range(q(this.canaryName), start, end, b.stepSeconds),
          (this.d.prom as PrometheusClient).range(q(this.baselineName), start, end, b.stepSeconds),
        ]);
      } catch (e) {
        report.measurements.push({
          check: check.name,
          target: 'canary vs baseline',
          query: q(this.canaryName),
          detail: describeThrown(e),
          condition: 'Mann-Whitney U',
          outcome: 'error',
        });
        this.d.logger.warning(`Baseline comparison of ${check.name} failed: ${describeThrown(e)}`);
        continue;
      }
      const cmp = classify(canary, baseline, { tolerance: b.tolerance, minSamples: b.minSamples });
      const detail = cmp.result
        ? `n=${canary.length}/${baseline.length}, shift ${cmp.result.shift.toFixed(3)} CI [${cmp.result.ci[0].toFixed(3)}, ${cmp.result.ci[1].toFixed(3)}], allowed ±${(cmp.allowed ?? 0).toFixed(3)}, p=${cmp.result.p.toFixed(3)}`
        : `fewer than ${b.minSamples} samples per side`;
      report.measurements.push({
        check: check.name,
        target: 'canary vs baseline',
        query: q(this.canaryName),
        detail,
        condition: `Mann-Whitney U, ${check.direction}`,
        outcome:
          cmp.classification === 'NoData'
            ? 'nodata'
            : (cmp.classification.toLowerCase() as 'high' | 'low' | 'pass'),
      });
      this.d.logger.info(`${check.name} canary vs baseline: ${cmp.classification} (${detail})`);
      if (isBad(cmp.classification, check.direction))
        throw new Abort(
          `baseline comparison failed: ${check.name} is ${cmp.classification} against the baseline (${detail})`,
        );
      if (cmp.classification === 'NoData' && check.noData === 'fail')
        throw new Abort(`baseline comparison of ${check.name} had too few samples (no-data: fail)`);
    }
  }

  private async promote(image: string, previousImage: string): Promise<RolloutResult> {
    const { cfg } = this;
    this.decide(`all ${cfg.steps.length} steps passed: promoting ${image} to ${cfg.deployment}.`);
    await this.d.kube.patch(paths.deployment(cfg.namespace, cfg.deployment), 'strategic', {
      spec: { template: { spec: { containers: [{ name: this.container, image }] } } },
    });
    const r = await waitReady(
      {
        kube: this.d.kube,
        logger: this.d.logger,
        clock: this.d.clock,
        sleep: this.d.sleep,
        pollMs: cfg.pollMs,
        timeoutMs: cfg.readyTimeoutMs,
        unschedulableMs: cfg.unschedulableMs,
      },
      cfg.namespace,
      cfg.deployment,
    );
    if (r.state === 'failed') {
      await this.d.kube.patch(paths.deployment(cfg.namespace, cfg.deployment), 'strategic', {
        spec: { template: { spec: { containers: [{ name: this.container, image: previousImage }] } } },
      });
      return this.rollback(
        `promotion failed: ${r.message}; ${cfg.deployment} was set back to ${previousImage}`,
      );
    }
    await this.router.reset();
    this.decide(`${cfg.deployment} runs ${image} and is ready; traffic is 100 % on it.`);
    await this.drain();
    await this.removeSides();
    await this.saveState(undefined);
    this.result.status = 'promoted';
    this.result.reason = `${image} promoted after ${cfg.steps.length} steps`;
    this.result.weight = 0;
    return this.result;
  }

  /** Traffic back to stable first (one write), then the canary and baseline scaled to zero and deleted. */
  async rollback(reason: string): Promise<RolloutResult> {
    this.decide(`rolling back: ${reason}.`);
    let reset = false;
    try {
      await this.router.reset();
      reset = true;
      this.d.logger.info('Traffic is back on stable.');
    } catch (e) {
      if (!(e instanceof KubeError && e.code === 404)) throw e;
    }
    if (reset) await this.drain();
    await this.removeSides();
    await this.saveState(undefined);
    this.result.status = 'rolled-back';
    this.result.reason = reason;
    this.result.weight = 0;
    return this.result;
  }

  /**
   * After the traffic reset of a gateway-api or nginx router, requests already routed to the canary finish
   * before its pods go (Argo Rollouts waits scaleDownDelaySeconds / abortScaleDownDelaySeconds, 30 s). With
   * the replicas router the scale-down is the reset. A cancelled run skips it: the runner kills the step
   * 10 s after cancelling, and a half-done cleanup is worse.
   */
  private async drain(): Promise<void> {
    if (this.router.kind === 'replicas' || this.cfg.drainDelayMs <= 0) return;
    const sides = [this.canaryName, this.baselineName];
    const exists = async (n: string) =>
      this.scaled.has(n) || !!(await this.d.kube.find(paths.deployment(this.cfg.namespace, n)));
    if (!(await exists(sides[0] as string)) && !(await exists(sides[1] as string))) return;
    if (this.d.signal.aborted) {
      this.d.logger.info('Drain delay skipped: the run was cancelled.');
      return;
    }
    this.d.logger.info(
      `Waiting ${formatDuration(this.cfg.drainDelayMs)} (drain-delay) before scaling the canary down.`,
    );
    try {
      await this.d.sleep(this.cfg.drainDelayMs, this.d.signal);
    } catch {
      this.d.logger.info('Drain delay cut short: the run was cancelled.');
    }
  }

  private async removeSides(): Promise<void> {
    for (const name of [this.canaryName, this.baselineName]) {
      if (!this.scaled.has(name) && !(await this.d.kube.find(paths.deployment(this.cfg.namespace, name))))
        continue;
      try {
        await this.scale(name, 0);
      } catch (e) {
        if (e instanceof KubeError && e.code === 404) continue;
        throw e;
      }
      await this.d.kube.remove(paths.deployment(this.cfg.namespace, name));
    }
    await this.router.cleanup();
  }

  private async ensureSide(
    name: string,
    track: 'canary' | 'baseline',
    image: string,
    replicas: number,
  ): Promise<void> {
    const ns = this.cfg.namespace;
    const existing = await this.d.kube.find<Deployment>(paths.deployment(ns, name));
    if (!existing) {
      await this.d.kube.create(
        paths.deployments(ns),
        sideDeployment(this.stable, { name, track, image, container: this.container, replicas }),
      );
      this.scaled.set(name, replicas);
      this.d.logger.info(`Created ${track} Deployment ${name} (${image}, ${replicas} replicas).`);
      return;
    }
    const current = existing.spec.template.spec.containers.find((c) => c.name === this.container)?.image;
    if (current !== image) {
      await this.d.kube.patch(paths.deployment(ns, name), 'strategic', {
        spec: { template: { spec: { containers: [{ name: this.container, image }] } } },
      });
      this.d.logger.info(`Updated ${track} ${name} to ${image}.`);
    }
    this.scaled.set(name, existing.spec.replicas ?? 1);
    await this.scale(name, replicas);
  }

  /** Scales through /scale; a repeat of the count this run last wrote is skipped (one write per change). */
  private async scale(name: string, replicas: number): Promise<void> {
    if (this.scaled.get(name) === replicas) return;
    await this.d.kube.patch(paths.scale(this.cfg.namespace, name), 'merge', { spec: { replicas } });
    this.scaled.set(name, replicas);
  }

  private async saveState(
    s: Omit<RolloutState, 'holder' | 'router' | 'updatedAt'> | undefined,
  ): Promise<void> {
    const value = s
      ? JSON.stringify({
          ...s,
          holder: this.cfg.holder,
          router: this.cfg.router,
          updatedAt: new Date(this.d.clock.now()).toISOString(),
        })
      : null;
    await this.d.kube.patch(paths.deployment(this.cfg.namespace, this.cfg.deployment), 'merge', {
      metadata: { annotations: { [STATE_ANNOTATION]: value } },
    });
  }
}

/**
 * Post-step cleanup: rolls back a canary whose state names this run as its holder (a re-run attempt of the
 * same run counts). Returns undefined when nothing of this run is left.
 */
export async function rollbackLeftover(
  cfg: RolloutConfig,
  deps: RolloutDeps,
): Promise<RolloutResult | undefined> {
  const stable = await deps.kube.find<Deployment>(paths.deployment(cfg.namespace, cfg.deployment));
  const state = stable && parseState(stable);
  if (!state || state.holder !== cfg.holder) return undefined;
  const lock = new RolloutLock({
    kube: deps.kube,
    namespace: cfg.namespace,
    app: cfg.deployment,
    holder: cfg.holder,
    durationSeconds: 60,
    onConflict: 'fail',
    waitTimeoutMs: 0,
    clock: deps.clock,
    sleep: deps.sleep,
    logger: deps.logger,
  });
  await lock.acquire();
  try {
    return await new Rollout({ ...cfg, router: state.router }, deps, lock).rollback(
      'the main step did not finish (post-step cleanup)',
    );
  } finally {
    await lock.release().catch(() => undefined);
  }
}
