import { createRouter, type Router } from './routers.ts';
import {
  STATE_ANNOTATION,
  type RolloutConfig,
  type RolloutDeps,
  type RolloutResult,
  type RolloutState,
} from './rollout-types.ts';
import { paths } from './kube.ts';
import { SideDeployments, TRACK_LABEL } from './workloads.ts';

/** What one rollout (or the post step's rollback) works with: its inputs, clients, router, sides and result. */
export interface Session {
  cfg: RolloutConfig;
  d: RolloutDeps;
  canaryName: string;
  baselineName: string;
  router: Router;
  sides: SideDeployments;
  /** Filled in as the rollout goes; the report and outputs render it. */
  result: RolloutResult;
}

export function openSession(cfg: RolloutConfig, d: RolloutDeps): Session {
  const canaryName = `${cfg.deployment}-canary`;
  const baselineName = `${cfg.deployment}-baseline`;
  const sides = new SideDeployments(d.kube, cfg.namespace, d.logger);
  const router = createRouter(cfg.router, {
    kube: d.kube,
    logger: d.logger,
    namespace: cfg.namespace,
    canaryName,
    baselineName,
    canaryPodLabels: { [TRACK_LABEL]: 'canary' },
    baselinePodLabels: { [TRACK_LABEL]: 'baseline' },
    ...(cfg.service ? { stableService: cfg.service } : {}),
    ...(cfg.route ? { route: cfg.route } : {}),
    ...(cfg.ingress ? { ingress: cfg.ingress } : {}),
    scale: (name, replicas) => sides.scale(name, replicas),
    clock: d.clock,
    sleep: d.sleep,
    pollMs: cfg.pollMs,
    acceptTimeoutMs: cfg.readyTimeoutMs,
  });
  const result: RolloutResult = {
    status: 'unchanged',
    reason: '',
    canary: canaryName,
    router: cfg.router,
    weight: 0,
    steps: [],
    decisions: [],
  };
  return { cfg, d, canaryName, baselineName, router, sides, result };
}

/** Records an explained decision in the result and the log. */
export function decide(s: Session, text: string): void {
  s.result.decisions.push(text);
  s.d.logger.info(`Decision: ${text}`);
}

/** Writes (or, with undefined, removes) the state annotation on the stable Deployment. */
export async function saveState(
  s: Session,
  state: Omit<RolloutState, 'holder' | 'router' | 'updatedAt'> | undefined,
): Promise<void> {
  const value = state
    ? JSON.stringify({
        ...state,
        holder: s.cfg.holder,
        router: s.cfg.router,
        updatedAt: new Date(s.d.clock.now()).toISOString(),
      })
    : null;
  await s.d.kube.patch(paths.deployment(s.cfg.namespace, s.cfg.deployment), 'merge', {
    metadata: { annotations: { [STATE_ANNOTATION]: value } },
  });
}

/** The options of waitReady for a Deployment of this rollout (the signal only where a wait may be cut). */
export function readyOptions(s: Session, signal?: AbortSignal) {
  const { cfg, d } = s;
  return {
    kube: d.kube,
    logger: d.logger,
    clock: d.clock,
    sleep: d.sleep,
    ...(signal ? { signal } : {}),
    pollMs: cfg.pollMs,
    timeoutMs: cfg.readyTimeoutMs,
    unschedulableMs: cfg.unschedulableMs,
  };
}
