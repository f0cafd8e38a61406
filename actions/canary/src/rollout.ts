import { UserError, describeThrown } from '@pipewright/shared/action';
import { plural } from '@pipewright/shared/report';
import type { CheckCounters } from './analysis.ts';
import { pauseUndecided, promote, rollback } from './finish.ts';
import { holdStep, PASS, rollbackFor, type StepVerdict } from './hold.ts';
import { paths } from './kube.ts';
import type { Deployment, List } from './k8s-types.ts';
import { rolloutLock, type RolloutLock } from './lock.ts';
import { preflightAnalysis, type Preflight } from './preflight.ts';
import type { Readiness } from './readiness.ts';
import type { RolloutConfig, RolloutDeps, RolloutResult, StepReport } from './rollout-types.ts';
import { decide, openSession, readyOptions, saveState, type Session } from './session.ts';
import { parseState, planStart, type StartPlan } from './start.ts';
import { planReplicas } from './traffic-math.ts';
import { currentReadiness, stableSize, targetContainer, waitReady, type StableSize } from './workloads.ts';

export type { RolloutDeps };

interface KubeEvent {
  type?: string;
  reason?: string;
  message?: string;
}

type RunPlan = Extract<StartPlan, { kind: 'run' }>;

/** How the steps ended: all passed, paused by a manual step, or stopped by a step's verdict. */
type StepsEnd = { kind: 'passed' } | { kind: 'manual' } | Exclude<StepVerdict, { kind: 'pass' }>;

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
  const lock = rolloutLock(cfg, deps, {
    onConflict: cfg.concurrencyPolicy,
    waitTimeoutMs: cfg.lockTimeoutMs,
    signal: deps.signal,
  });
  await lock.acquire();
  deps.onLocked?.();
  try {
    return await new Rollout(openSession(cfg, deps), lock, pre?.initialDelayMs ?? 0).run();
  } finally {
    await lock
      .release()
      .catch((e: unknown) =>
        deps.logger.warning(`Could not release the lock ${lock.name}: ${describeThrown(e)}`),
      );
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
  const lock = rolloutLock(cfg, deps, { onConflict: 'fail', waitTimeoutMs: 0 });
  await lock.acquire();
  try {
    return await rollback(
      openSession({ ...cfg, router: state.router }, deps),
      'the main step did not finish (post-step cleanup)',
    );
  } finally {
    await lock.release().catch(() => undefined);
  }
}

class Rollout {
  private readonly s: Session;
  private readonly cfg: RolloutConfig;
  private readonly d: RolloutDeps;
  private readonly lock: RolloutLock;
  private readonly initialDelayMs: number;
  private readonly counters = new Map<string, CheckCounters>();
  private stable!: Deployment;
  private size!: StableSize;
  private container!: string;
  /** When this run first shifted traffic to the canary (no data before its first scrapes means "wait"). */
  private trafficSince: number | undefined;

  constructor(s: Session, lock: RolloutLock, initialDelayMs: number) {
    this.s = s;
    this.cfg = s.cfg;
    this.d = s.d;
    this.lock = lock;
    this.initialDelayMs = initialDelayMs;
  }

  async run(): Promise<RolloutResult> {
    const { cfg, s } = this;
    const { result } = s;
    const plan = await this.begin();
    if (!plan) return result;

    this.size = await stableSize(this.d.kube, this.stable, this.d.logger);
    if (this.size.hpa)
      decide(
        s,
        `${cfg.deployment} is scaled by HorizontalPodAutoscaler ${this.size.hpa.name} (min ${this.size.hpa.min}, max ${this.size.hpa.max}, now ${this.size.hpa.current}): the canary is sized from its current replicas; the HPA and the stable replicas are left to it.`,
      );
    this.checkWeights(plan.from);
    let end: StepsEnd;
    try {
      await s.router.prepare();
      end = await this.steps(plan.from, plan.image, plan.previousImage);
      if (end.kind === 'passed')
        return await promote(s, {
          image: plan.image,
          previousImage: plan.previousImage,
          container: this.container,
        });
    } catch (e) {
      return this.failed(e);
    }
    if (end.kind === 'manual') return result;
    const last = result.steps[result.steps.length - 1];
    if (end.kind === 'pause' && last && !this.d.signal.aborted) return pauseUndecided(s, end.reason, last);
    this.markLast();
    return rollback(s, this.d.signal.aborted ? 'the run was cancelled' : end.reason);
  }

  /**
   * Reads the stable Deployment and its state annotation and acts on the start plan: a refusal is thrown,
   * a rollback, a kept pause or nothing to do ends the run here (undefined); a leftover to replace is
   * rolled back first. Returns the steps to run.
   */
  private async begin(): Promise<RunPlan | undefined> {
    const { cfg, s } = this;
    const { result } = s;
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
    const plan = planStart({ ...cfg, running: container.image, ...(state ? { state } : {}) });
    if (plan.kind === 'refuse') throw new UserError(plan.message, plan.hint ? { hint: plan.hint } : {});
    if (plan.kind === 'run' && plan.leftover) {
      result.image = plan.leftover.image;
      result.previousImage = plan.leftover.previousImage;
      await rollback(s, plan.leftover.reason);
      result.decisions.push('starting the new rollout from step 1 with counters reset.');
      this.stable = (await this.d.kube.get<Deployment>(
        paths.deployment(cfg.namespace, cfg.deployment),
      )) as Deployment;
    }
    result.image = plan.image;
    result.previousImage = plan.previousImage;
    if (plan.kind === 'rollback') {
      await rollback(s, plan.reason);
      return undefined;
    }
    if (plan.kind === 'unchanged' || plan.kind === 'paused') {
      result.status = plan.kind;
      result.reason = plan.reason;
      if (plan.kind === 'paused') {
        const weight = cfg.steps[plan.step]?.weight ?? 0;
        const { replicas } = await stableSize(this.d.kube, stable, this.d.logger);
        result.weight = planReplicas(cfg.router, replicas, weight, !!cfg.analysis?.baseline).effective;
      }
      decide(s, plan.decision);
      return undefined;
    }
    if (plan.resumedFrom !== undefined) result.resumedFrom = plan.resumedFrom;
    if (plan.decision) decide(s, plan.decision);
    return plan;
  }

  /** The step that was running when the rollout stopped failed, or was cancelled. */
  private markLast(): void {
    const last = this.s.result.steps[this.s.result.steps.length - 1];
    if (last && last.result === 'running') last.result = this.d.signal.aborted ? 'cancelled' : 'failed';
  }

  /** Something was thrown (a cancelled wait, an API error): roll back, then rethrow all but a cancellation. */
  private async failed(e: unknown): Promise<RolloutResult> {
    this.markLast();
    if (this.d.signal.aborted) return rollback(this.s, 'the run was cancelled');
    const why =
      e instanceof UserError ? `stopped by an error: ${e.message}` : `unexpected error: ${describeThrown(e)}`;
    await rollback(this.s, why).catch(() => undefined);
    throw e;
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

  private async steps(from: number, image: string, previousImage: string): Promise<StepsEnd> {
    for (let i = from; i < this.cfg.steps.length; i++) {
      const end = await this.step(i, image, previousImage);
      if (end.kind !== 'passed') return end;
    }
    return { kind: 'passed' };
  }

  private async step(i: number, image: string, previousImage: string): Promise<StepsEnd> {
    const { cfg, s } = this;
    const step = cfg.steps[i] as (typeof cfg.steps)[number];
    // The HPA may have scaled the stable Deployment since the last step.
    if (this.size.hpa && s.result.steps.length > 0)
      this.size = await stableSize(this.d.kube, this.stable, this.d.logger);
    const stableReplicas = this.size.replicas;
    const plan = planReplicas(cfg.router, stableReplicas, step.weight, !!cfg.analysis?.baseline);
    // The stable size can change mid-rollout (an HPA): a step that would now overshoot fails instead of carrying on.
    if (cfg.router === 'replicas' && step.weight < 100 && plan.effective - step.weight > cfg.weightTolerance)
      return rollbackFor(
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
    s.result.steps.push(report);
    const verdict = await this.d.logger.group(
      `Step ${i + 1}/${cfg.steps.length}: ${step.weight} % (effective ${plan.effective} %)`,
      async (): Promise<StepVerdict> => {
        await saveState(s, { image, previousImage, step: i, phase: 'progressing' });
        // With the replicas router, scaling the canary is the traffic shift; other routers get ready pods first.
        const { container } = this;
        await s.sides.ensure(this.stable, {
          name: s.canaryName,
          track: 'canary',
          image,
          container,
          replicas: plan.canary,
        });
        if (plan.baseline)
          await s.sides.ensure(this.stable, {
            name: s.baselineName,
            track: 'baseline',
            image: previousImage,
            container,
            replicas: plan.baseline,
          });
        const ready = await this.ready(s.canaryName, 'canary');
        if (ready.kind !== 'pass') return ready;
        if (plan.baseline) {
          const baseReady = await this.ready(s.baselineName, 'baseline');
          if (baseReady.kind !== 'pass') return baseReady;
        }
        await s.router.setWeight(step.weight, plan);
        this.trafficSince ??= this.d.clock.now();
        s.result.weight = plan.effective;
        this.d.logger.info(
          `Traffic: ${step.weight} % requested, ${plan.effective} % effective (${plan.canary} canary${plan.baseline ? ` + ${plan.baseline} baseline` : ''} beside ${plural(stableReplicas, 'stable pod')}, router ${cfg.router}).`,
        );
        const held = await holdStep(
          this.holdContext(this.trafficSince),
          report,
          step.holdMs ?? cfg.stepDurationMs,
        );
        if (held.kind !== 'pass') return held;
        report.result = 'passed';
        decide(s, `step ${i + 1} (${step.weight} %) passed${cfg.analysis ? ' analysis' : ''}.`);
        return PASS;
      },
    );
    if (verdict.kind !== 'pass') return verdict;
    if (step.manual && i < cfg.steps.length - 1) {
      report.result = 'paused';
      await saveState(s, { image, previousImage, step: i, phase: 'paused' });
      s.result.status = 'paused';
      s.result.reason = `paused after step ${i + 1} (${step.weight} %) for a decision`;
      decide(
        s,
        `${s.result.reason}: run this action again with \`decision: promote\` or \`decision: rollback\`.`,
      );
      return { kind: 'manual' };
    }
    return { kind: 'passed' };
  }

  private holdContext(trafficSince: number) {
    const { s, d } = this;
    return {
      cfg: this.cfg,
      ...(d.prom ? { prom: d.prom } : {}),
      logger: d.logger,
      clock: d.clock,
      sleep: d.sleep,
      signal: d.signal,
      canaryName: s.canaryName,
      baselineName: s.baselineName,
      initialDelayMs: this.initialDelayMs,
      counters: this.counters,
      trafficSince,
      watch: async (): Promise<StepVerdict> => {
        await this.lock.renewIfDue();
        const r = await currentReadiness(d.kube, this.cfg.namespace, s.canaryName, {
          now: d.clock.now(),
          unschedulableMs: this.cfg.unschedulableMs,
        });
        return r.state === 'failed' ? this.failPods('canary', r) : PASS;
      },
    };
  }

  private async ready(name: string, what: string): Promise<StepVerdict> {
    const r = await waitReady(readyOptions(this.s, this.d.signal), this.cfg.namespace, name);
    return r.state === 'failed' ? this.failPods(what, r) : PASS;
  }

  /** Rolls back for failing pods, after putting the failing pod's warning events in the decisions. */
  private async failPods(what: string, r: Extract<Readiness, { state: 'failed' }>): Promise<StepVerdict> {
    const pod = r.failures[0]?.pod;
    if (pod) {
      try {
        const events = await this.d.kube.get<List<KubeEvent>>(paths.events(this.cfg.namespace, pod));
        const warnings = events.items.filter((e) => e.type === 'Warning').slice(-3);
        for (const e of warnings)
          decide(this.s, `event of pod ${pod}: ${e.reason ?? ''}: ${e.message ?? ''}`);
      } catch (e) {
        this.d.logger.info(`Could not read the events of pod ${pod}: ${describeThrown(e)}`);
      }
    }
    return rollbackFor(`${what} is failing: ${r.message}`);
  }
}
