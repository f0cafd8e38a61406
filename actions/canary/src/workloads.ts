import type { Logger } from '@pipewright/shared/log';
import { plural } from '@pipewright/shared/report';
import type { Clock, Sleep } from '@pipewright/shared/util';
import { formatDuration } from '@pipewright/shared/util';
import { KubeError, paths, selectorString, type KubeClient } from './kube.ts';
import type { Deployment, List, Pod, ReplicaSet } from './k8s-types.ts';
import { readiness, type FailFast, type Readiness } from './readiness.ts';

export const TRACK_LABEL = 'pipewright.dev/track';
export const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'pipewright-canary' };

/** The container that gets the new image: the named one, else the first. */
export function targetContainer(d: Deployment, name?: string): { name: string; image: string } {
  const cs = d.spec.template.spec.containers;
  const c = name ? cs.find((x) => x.name === name) : cs[0];
  if (!c) throw new Error(`container ${name ?? '(first)'} not found`);
  return { name: c.name, image: c.image ?? '' };
}

/**
 * A canary (or baseline) Deployment beside the stable one: the stable pod template with one image changed
 * and one label added, so the stable Service still selects its pods while our selector singles them out.
 * The stable Deployment, its labels and its selector are left alone.
 */
export function sideDeployment(
  stable: Deployment,
  o: { name: string; track: 'canary' | 'baseline'; image: string; container: string; replicas: number },
): Deployment {
  const template = structuredClone(stable.spec.template);
  template.metadata = {
    ...(template.metadata ?? {}),
    labels: { ...(template.metadata?.labels ?? {}), [TRACK_LABEL]: o.track },
  };
  template.spec.containers = template.spec.containers.map((c) =>
    c.name === o.container ? { ...c, image: o.image } : c,
  );
  const selector: Deployment['spec']['selector'] = {
    matchLabels: { ...(stable.spec.selector.matchLabels ?? {}), [TRACK_LABEL]: o.track },
    ...(stable.spec.selector.matchExpressions
      ? { matchExpressions: stable.spec.selector.matchExpressions }
      : {}),
  };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: o.name,
      namespace: stable.metadata.namespace as string,
      labels: { ...(stable.metadata.labels ?? {}), ...MANAGED_BY, [TRACK_LABEL]: o.track },
      annotations: { 'pipewright.dev/stable': stable.metadata.name },
    },
    spec: {
      replicas: o.replicas,
      selector,
      template,
      ...(stable.spec.progressDeadlineSeconds !== undefined
        ? { progressDeadlineSeconds: stable.spec.progressDeadlineSeconds }
        : {}),
      ...(stable.spec.strategy !== undefined ? { strategy: stable.spec.strategy } : {}),
      ...(stable.spec.minReadySeconds !== undefined ? { minReadySeconds: stable.spec.minReadySeconds } : {}),
    },
  };
}

/** Pods of the Deployment's newest ReplicaSet (highest deployment.kubernetes.io/revision). */
export async function newestPods(kube: KubeClient, d: Deployment): Promise<Pod[]> {
  const ns = d.metadata.namespace as string;
  const sel = selectorString(d.spec.selector.matchLabels ?? {});
  const rss = await kube.get<List<ReplicaSet>>(paths.replicaSets(ns, sel));
  const owned = rss.items.filter((rs) =>
    rs.metadata.ownerReferences?.some((o) => o.kind === 'Deployment' && o.name === d.metadata.name),
  );
  const rev = (rs: ReplicaSet) => Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
  const newest = owned.sort((a, b) => rev(b) - rev(a))[0];
  const hash = newest?.metadata.labels?.['pod-template-hash'];
  if (!hash) return [];
  const pods = await kube.get<List<Pod>>(paths.pods(ns, `${sel},pod-template-hash=${hash}`));
  return pods.items;
}

export async function currentReadiness(
  kube: KubeClient,
  ns: string,
  name: string,
  ff?: FailFast,
): Promise<Readiness> {
  const d = await kube.get<Deployment>(paths.deployment(ns, name));
  return readiness(d, await newestPods(kube, d), ff);
}

/**
 * Polls until `kubectl rollout status` would say done, a pod shows a hopeless waiting reason, or the
 * timeout passes. Logs each new status line once.
 */
export async function waitReady(
  o: {
    kube: KubeClient;
    logger: Logger;
    clock: Clock;
    sleep: Sleep;
    signal?: AbortSignal;
    pollMs: number;
    timeoutMs: number;
    /** Unschedulable pods fail after this long; omitted: only the instantaneous rules. */
    unschedulableMs?: number;
  },
  ns: string,
  name: string,
): Promise<Readiness> {
  const deadline = o.clock.now() + o.timeoutMs;
  let last = '';
  for (;;) {
    const r = await currentReadiness(
      o.kube,
      ns,
      name,
      o.unschedulableMs !== undefined
        ? { now: o.clock.now(), unschedulableMs: o.unschedulableMs }
        : undefined,
    );
    if (r.message !== last) o.logger.info(r.message);
    last = r.message;
    if (r.state !== 'waiting') return r;
    if (o.clock.now() >= deadline)
      return {
        state: 'failed',
        message: `deployment "${name}" was not ready within ${formatDuration(o.timeoutMs)}: ${r.message}`,
        failures: [],
      };
    await o.sleep(o.pollMs, o.signal);
  }
}

interface HorizontalPodAutoscaler {
  metadata: { name: string };
  spec: {
    scaleTargetRef: { apiVersion?: string; kind: string; name: string };
    minReplicas?: number;
    maxReplicas: number;
  };
  status?: { currentReplicas?: number; desiredReplicas?: number };
}

export interface StableSize {
  /** The stable pods the canary is sized against. */
  replicas: number;
  /** The HorizontalPodAutoscaler (autoscaling/v2) that scales the stable Deployment, if any. */
  hpa?: { name: string; min: number; max: number; current: number };
}

/**
 * How many stable pods there are to size the canary against. With an HPA (autoscaling/v2) whose
 * scaleTargetRef is the Deployment, its spec.replicas is the HPA's to change at any time: the HPA's
 * status.currentReplicas (never below its minReplicas, default 1) is the size. The HPA and the stable
 * replicas are never written: the HPA keeps scaling the stable Deployment within its bounds during the
 * rollout and after the promotion. Without read access to HPAs (403) or the API (404) the Deployment's
 * spec.replicas is used.
 */
export async function stableSize(kube: KubeClient, d: Deployment, logger: Logger): Promise<StableSize> {
  const ns = d.metadata.namespace as string;
  const own = d.spec.replicas ?? 1;
  let hpas: List<HorizontalPodAutoscaler>;
  try {
    hpas = await kube.get<List<HorizontalPodAutoscaler>>(paths.hpas(ns));
  } catch (e) {
    if (e instanceof KubeError && (e.code === 403 || e.code === 404)) {
      logger.info(
        `Could not list HorizontalPodAutoscalers (${e.code}); sizing the canary from spec.replicas.`,
      );
      return { replicas: own };
    }
    throw e;
  }
  const hpa = hpas.items.find(
    (h) =>
      h.spec.scaleTargetRef.kind === 'Deployment' &&
      h.spec.scaleTargetRef.name === d.metadata.name &&
      (h.spec.scaleTargetRef.apiVersion ?? 'apps/v1').startsWith('apps/'),
  );
  if (!hpa) return { replicas: own };
  const min = hpa.spec.minReplicas ?? 1;
  const current = Math.max(hpa.status?.currentReplicas ?? own, min);
  return { replicas: current, hpa: { name: hpa.metadata.name, min, max: hpa.spec.maxReplicas, current } };
}

/** Sets the image of one container of a Deployment (strategic merge on the container name). */
export async function setImage(
  kube: KubeClient,
  ns: string,
  name: string,
  container: string,
  image: string,
): Promise<void> {
  await kube.patch(paths.deployment(ns, name), 'strategic', {
    spec: { template: { spec: { containers: [{ name: container, image }] } } },
  });
}

/**
 * The writes to the side Deployments (`<app>-canary`, `<app>-baseline`): create, image patch, scale and
 * delete. Remembers the replica count this run last wrote for each, so a repeat is skipped (one write per
 * change) and a side this run touched is known to exist.
 */
export class SideDeployments {
  private readonly kube: KubeClient;
  private readonly ns: string;
  private readonly logger: Logger;
  private readonly scaled = new Map<string, number>();

  constructor(kube: KubeClient, ns: string, logger: Logger) {
    this.kube = kube;
    this.ns = ns;
    this.logger = logger;
  }

  /** True when this run wrote the side, or it is in the cluster. */
  async exists(name: string): Promise<boolean> {
    return this.scaled.has(name) || !!(await this.kube.find(paths.deployment(this.ns, name)));
  }

  /** Creates the side from the stable Deployment, or sets its image and scales it. */
  async ensure(
    stable: Deployment,
    o: { name: string; track: 'canary' | 'baseline'; image: string; container: string; replicas: number },
  ): Promise<void> {
    const { name, track, image, container, replicas } = o;
    const existing = await this.kube.find<Deployment>(paths.deployment(this.ns, name));
    if (!existing) {
      await this.kube.create(paths.deployments(this.ns), sideDeployment(stable, o));
      this.scaled.set(name, replicas);
      this.logger.info(`Created ${track} Deployment ${name} (${image}, ${plural(replicas, 'replica')}).`);
      return;
    }
    const current = existing.spec.template.spec.containers.find((c) => c.name === container)?.image;
    if (current !== image) {
      await setImage(this.kube, this.ns, name, container, image);
      this.logger.info(`Updated ${track} ${name} to ${image}.`);
    }
    this.scaled.set(name, existing.spec.replicas ?? 1);
    await this.scale(name, replicas);
  }

  /** Scales through /scale; a repeat of the count this run last wrote is skipped. */
  async scale(name: string, replicas: number): Promise<void> {
    if (this.scaled.get(name) === replicas) return;
    await this.kube.patch(paths.scale(this.ns, name), 'merge', { spec: { replicas } });
    this.scaled.set(name, replicas);
  }

  /** Scales each side that exists to zero, then deletes it; one already gone is skipped. */
  async remove(names: string[]): Promise<void> {
    for (const name of names) {
      if (!(await this.exists(name))) continue;
      try {
        await this.scale(name, 0);
      } catch (e) {
        if (e instanceof KubeError && e.code === 404) continue;
        throw e;
      }
      await this.kube.remove(paths.deployment(this.ns, name));
    }
  }
}
