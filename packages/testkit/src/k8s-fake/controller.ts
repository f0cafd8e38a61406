/**
 * The scripted controller of the fake API server: what the Deployment, ReplicaSet and kubelet controllers
 * would do, on a timeline tests can rely on. A Deployment gets a ReplicaSet per pod template (named
 * <deployment>-<hash>, revision annotation, pod-template-hash label) and pods; pods become ready
 * `readyDelayMs` after creation, or crash-loop (CrashLoopBackOff, restarts, a BackOff event) when their
 * image matches `badImage`, stay ContainerCreating for `stuckImage`, or stay Pending and Unschedulable
 * (PodScheduled=False) for `unschedulableImage`. Deployment status follows (observedGeneration, replicas, updated/ready/available,
 * Available and Progressing conditions with ProgressDeadlineExceeded). HTTPRoutes get Accepted parents.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FakeKube, KObj } from './server.ts';
import { sortKeys } from './patch.ts';
import { FakeGateway, type GatewayOptions } from './gateway.ts';

export interface ControllerOptions {
  readyDelayMs?: number;
  crashDelayMs?: number;
  /** Images that crash-loop (or a predicate on image and pod name); default /bad/. */
  badImage?: RegExp | ((image: string, pod: string) => boolean);
  /** Images whose pods stay ContainerCreating forever (never ready, no failure reason); default /stuck/. */
  stuckImage?: RegExp | ((image: string, pod: string) => boolean);
  /** Images whose pods stay Pending with PodScheduled=False, reason Unschedulable; default /unschedulable/. */
  unschedulableImage?: RegExp | ((image: string, pod: string) => boolean);
  tickMs?: number;
  /** The fake Gateway controller's behaviour for HTTPRoutes (gateway.ts). */
  gateway?: GatewayOptions;
}

type Ops = FakeKube & { createSync(obj: KObj): KObj };

const HASH = 'pod-template-hash';
const REVISION = 'deployment.kubernetes.io/revision';

export function templateHash(template: unknown): string {
  // canonical JSON: the same template in another key order (e.g. written back by `kubectl rollout undo`) is
  // the same ReplicaSet
  const h = createHash('sha256')
    .update(JSON.stringify(sortKeys(template)))
    .digest('hex');
  // Kubernetes' SafeEncodeString alphabet: no vowels, no 0/1/3.
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let out = '';
  for (let i = 0; i < 10; i++) out += alphabet[parseInt(h.slice(i * 2, i * 2 + 2), 16) % alphabet.length];
  return out;
}

const rand = (n: number) => {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  return [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export class Controller {
  private readonly ops: Ops;
  private readonly o: Required<Omit<ControllerOptions, 'gateway'>>;
  /** Sets HTTPRoute status as a Gateway controller would (gateway.ts). */
  readonly gateway: FakeGateway;
  private readonly timer: NodeJS.Timeout;
  private scheduled = false;
  private paused = false;
  private running = false;
  private readonly podBorn = new Map<string, number>();
  private readonly progress = new Map<string, { generation: number; at: number; ready: number }>();
  constructor(ops: Ops, o: ControllerOptions) {
    this.ops = ops;
    this.o = {
      readyDelayMs: o.readyDelayMs ?? 300,
      crashDelayMs: o.crashDelayMs ?? 300,
      badImage: o.badImage ?? /bad/,
      stuckImage: o.stuckImage ?? /stuck/,
      unschedulableImage: o.unschedulableImage ?? /unschedulable/,
      tickMs: o.tickMs ?? 100,
    };
    this.gateway = new FakeGateway(o.gateway);
    this.timer = setInterval(() => this.reconcile(), this.o.tickMs);
    this.timer.unref();
  }

  /** Stops reconciling (status freezes) until resume(). */
  pause(): void {
    this.paused = true;
  }
  resume(): void {
    this.paused = false;
    this.kick();
  }
  stop(): void {
    clearInterval(this.timer);
    this.paused = true;
  }
  kick(): void {
    if (this.scheduled || this.paused) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.reconcile();
    });
  }

  reconcile(): void {
    if (this.paused || this.running) return;
    this.running = true;
    try {
      const now = Date.now();
      for (const d of this.ops.list('deployments')) this.deployment(d, now);
      // garbage collection: ReplicaSets whose Deployment is gone, pods whose ReplicaSet is gone
      for (const rs of this.ops.list('replicasets')) {
        const owner = rs.metadata.ownerReferences?.[0];
        if (owner && !this.ops.get('deployments', rs.metadata.namespace, owner.name))
          this.ops.delete('replicasets', rs.metadata.namespace, rs.metadata.name);
      }
      for (const pod of this.ops.list('pods')) {
        const owner = pod.metadata.ownerReferences?.[0];
        if (owner && !this.ops.get('replicasets', pod.metadata.namespace, owner.name)) {
          this.ops.delete('pods', pod.metadata.namespace, pod.metadata.name);
          continue;
        }
        this.pod(pod, now);
      }
      for (const r of this.ops.list('httproutes')) this.gateway.reconcile(this.ops, r, now);
    } finally {
      this.running = false;
    }
  }

  private deployment(d: KObj, now: number): void {
    const ns = d.metadata.namespace as string;
    const desired: number = d.spec.replicas ?? 1;
    const hash = templateHash(d.spec.template);
    const owned = this.ops
      .list('replicasets', ns)
      .filter((rs) => rs.metadata.ownerReferences?.some((o: { uid: string }) => o.uid === d.metadata.uid));
    let current = owned.find((rs) => rs.metadata.labels?.[HASH] === hash);
    const maxRevision = Math.max(0, ...owned.map((rs) => Number(rs.metadata.annotations?.[REVISION] ?? 0)));
    if (current && Number(current.metadata.annotations?.[REVISION] ?? 0) < maxRevision) {
      // an older ReplicaSet whose template is the Deployment's again (`kubectl rollout undo`): reused, with
      // the next revision (pkg/controller/deployment/sync.go getNewReplicaSet → SetNewReplicaSetAnnotations)
      const revision = String(maxRevision + 1);
      current = this.ops.mutate('replicasets', ns, current.metadata.name, (x) => {
        x.metadata.annotations = { ...(x.metadata.annotations ?? {}), [REVISION]: revision };
      });
      this.ops.updateStatus('deployments', ns, d.metadata.name, (x) => {
        x.metadata.annotations = { ...(x.metadata.annotations ?? {}), [REVISION]: revision };
      });
    }
    if (!current && d.spec.paused) {
      // paused: no new ReplicaSet (sync.go: a paused Deployment is only scaled, getNewReplicaSet with
      // createIfNotExisted=false); Progressing is Unknown/DeploymentPaused (checkPausedConditions)
      this.pausedStatus(d, owned, now);
      return;
    }
    if (!current) {
      const revision = maxRevision + 1;
      const template = structuredClone(d.spec.template);
      template.metadata = {
        ...(template.metadata ?? {}),
        labels: { ...(template.metadata?.labels ?? {}), [HASH]: hash },
      };
      current = this.ops.createSync({
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: `${d.metadata.name}-${hash}`,
          namespace: ns,
          labels: { ...(d.spec.template.metadata?.labels ?? {}), [HASH]: hash },
          annotations: {
            [REVISION]: String(revision),
            'deployment.kubernetes.io/desired-replicas': String(desired),
          },
          ownerReferences: [
            {
              apiVersion: 'apps/v1',
              kind: 'Deployment',
              name: d.metadata.name,
              uid: d.metadata.uid,
              controller: true,
              blockOwnerDeletion: true,
            },
          ],
        },
        spec: {
          replicas: desired,
          selector: { matchLabels: { ...(d.spec.selector.matchLabels ?? {}), [HASH]: hash } },
          template,
        },
      });
      owned.push(current);
      // The deployment controller writes the revision annotation with UpdateStatus (sync.go
      // getNewReplicaSet → SetDeploymentRevision → UpdateStatus), so it does not bump generation.
      this.ops.updateStatus('deployments', ns, d.metadata.name, (x) => {
        x.metadata.annotations = { ...(x.metadata.annotations ?? {}), [REVISION]: String(revision) };
      });
    } else if (current.spec.replicas !== desired) {
      current = this.ops.mutate('replicasets', ns, current.metadata.name, (x) => {
        x.spec.replicas = desired;
      });
    }
    const podsOf = (rs: KObj) =>
      this.ops
        .list('pods', ns)
        .filter((p) => p.metadata.ownerReferences?.some((o: { uid: string }) => o.uid === rs.metadata.uid));
    this.scalePods(current, podsOf(current));
    const newPods = podsOf(current);
    for (const rs of owned)
      this.replicaSetStatus(rs, rs.metadata.uid === current.metadata.uid ? newPods : podsOf(rs));
    const isReady = (p: KObj) =>
      p.status?.conditions?.some(
        (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
      );
    const newReady = newPods.filter(isReady).length;
    const old = owned.filter((rs) => rs.metadata.uid !== current.metadata.uid);
    if (newReady >= desired) {
      for (const rs of old) {
        if (rs.spec.replicas !== 0)
          this.ops.mutate('replicasets', ns, rs.metadata.name, (x) => (x.spec.replicas = 0));
        for (const p of podsOf(rs)) this.ops.delete('pods', ns, p.metadata.name);
      }
    }
    const allPods = owned.flatMap((rs) => (rs.metadata.uid === current.metadata.uid ? newPods : podsOf(rs)));
    const ready = allPods.filter(isReady).length;
    // progress deadline: time since the last change of generation or of the ready count
    const key = d.metadata.uid as string;
    const prog = this.progress.get(key);
    if (!prog || prog.generation !== d.metadata.generation || prog.ready !== newReady)
      this.progress.set(key, { generation: d.metadata.generation, at: now, ready: newReady });
    const since = this.progress.get(key)?.at ?? now;
    const complete = newPods.length === desired && newReady === desired && allPods.length === desired;
    const deadlineMs = (d.spec.progressDeadlineSeconds ?? 600) * 1000;
    const prevCond = (type: string) => d.status?.conditions?.find((c: { type: string }) => c.type === type);
    const cond = (type: string, status: string, reason: string, message: string) => {
      const prev = prevCond(type);
      const changed = !prev || prev.status !== status || prev.reason !== reason;
      return {
        type,
        status,
        reason,
        message,
        lastUpdateTime: changed ? iso(now) : prev.lastUpdateTime,
        lastTransitionTime: !prev || prev.status !== status ? iso(now) : prev.lastTransitionTime,
      };
    };
    const progressing = complete
      ? cond(
          'Progressing',
          'True',
          'NewReplicaSetAvailable',
          `ReplicaSet "${current.metadata.name}" has successfully progressed.`,
        )
      : now - since > deadlineMs
        ? cond(
            'Progressing',
            'False',
            'ProgressDeadlineExceeded',
            `ReplicaSet "${current.metadata.name}" has timed out progressing.`,
          )
        : cond(
            'Progressing',
            'True',
            'ReplicaSetUpdated',
            `ReplicaSet "${current.metadata.name}" is progressing.`,
          );
    const available =
      ready >= desired
        ? cond('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.')
        : cond(
            'Available',
            'False',
            'MinimumReplicasUnavailable',
            'Deployment does not have minimum availability.',
          );
    const status = {
      observedGeneration: d.metadata.generation,
      replicas: allPods.length,
      updatedReplicas: newPods.length,
      readyReplicas: ready,
      availableReplicas: ready,
      ...(allPods.length - ready > 0 ? { unavailableReplicas: allPods.length - ready } : {}),
      conditions: [available, progressing],
    };
    const latest = this.ops.get('deployments', ns, d.metadata.name) as KObj;
    const cmp = (s: { conditions?: { lastUpdateTime?: string; lastTransitionTime?: string }[] }) => ({
      ...s,
      conditions: s?.conditions?.map((c) => ({
        ...c,
        lastUpdateTime: undefined,
        lastTransitionTime: undefined,
      })),
    });
    if (!same(cmp(latest.status ?? {}), cmp(status)))
      this.ops.setStatus('deployments', ns, d.metadata.name, status);
  }

  /**
   * ReplicaSet status as the ReplicaSet controller reports it (pkg/controller/replicaset
   * calculateStatus): replicas, fullyLabeledReplicas, readyReplicas, availableReplicas (zero ones omitted,
   * as omitempty drops them), observedGeneration.
   */
  private replicaSetStatus(rs: KObj, pods: KObj[]): void {
    const ready = pods.filter((p) =>
      p.status?.conditions?.some(
        (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
      ),
    ).length;
    const sel = rs.spec.selector?.matchLabels ?? {};
    const fully = pods.filter((p) =>
      Object.entries(rs.spec.template?.metadata?.labels ?? sel).every(
        ([k, v]) => p.metadata.labels?.[k] === v,
      ),
    ).length;
    const status = {
      replicas: pods.length,
      ...(fully ? { fullyLabeledReplicas: fully } : {}),
      ...(ready ? { readyReplicas: ready, availableReplicas: ready } : {}),
      observedGeneration: rs.metadata.generation,
    };
    const latest = this.ops.get('replicasets', rs.metadata.namespace, rs.metadata.name);
    if (latest && !same(latest.status ?? {}, status))
      this.ops.setStatus('replicasets', rs.metadata.namespace, rs.metadata.name, status);
  }

  private pausedStatus(d: KObj, owned: KObj[], now: number): void {
    const ns = d.metadata.namespace as string;
    const pods = this.ops
      .list('pods', ns)
      .filter((p) =>
        owned.some((rs) =>
          p.metadata.ownerReferences?.some((o: { uid: string }) => o.uid === rs.metadata.uid),
        ),
      );
    const ready = pods.filter((p) =>
      p.status?.conditions?.some(
        (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
      ),
    ).length;
    const prev = (d.status?.conditions ?? []) as { type: string; reason?: string }[];
    const others = prev.filter((c) => c.type !== 'Progressing');
    const wasPaused = prev.some((c) => c.type === 'Progressing' && c.reason === 'DeploymentPaused');
    const status = {
      ...(d.status ?? {}),
      observedGeneration: d.metadata.generation,
      replicas: pods.length,
      updatedReplicas: 0,
      readyReplicas: ready,
      availableReplicas: ready,
      conditions: [
        ...others,
        wasPaused
          ? prev.find((c) => c.type === 'Progressing')
          : {
              type: 'Progressing',
              status: 'Unknown',
              reason: 'DeploymentPaused',
              message: 'Deployment is paused',
              lastUpdateTime: iso(now),
              lastTransitionTime: iso(now),
            },
      ],
    };
    if (!same(d.status ?? {}, status)) this.ops.setStatus('deployments', ns, d.metadata.name, status);
  }

  private scalePods(rs: KObj, pods: KObj[]): void {
    const ns = rs.metadata.namespace as string;
    const want: number = rs.spec.replicas ?? 0;
    for (let i = pods.length; i < want; i++) {
      const name = `${rs.metadata.name}-${rand(5)}`;
      const pod = this.ops.createSync({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name,
          namespace: ns,
          labels: { ...(rs.spec.template.metadata?.labels ?? {}) },
          ownerReferences: [
            {
              apiVersion: 'apps/v1',
              kind: 'ReplicaSet',
              name: rs.metadata.name,
              uid: rs.metadata.uid,
              controller: true,
              blockOwnerDeletion: true,
            },
          ],
        },
        spec: structuredClone(rs.spec.template.spec),
        status: {
          phase: 'Pending',
          containerStatuses: rs.spec.template.spec.containers.map((c: { name: string; image: string }) => ({
            name: c.name,
            image: c.image,
            imageID: '',
            ready: false,
            restartCount: 0,
            state: { waiting: { reason: 'ContainerCreating' } },
          })),
        },
      });
      this.podBorn.set(pod.metadata.uid, Date.now());
    }
    for (const p of pods.slice(want)) this.ops.delete('pods', ns, p.metadata.name);
  }

  private pod(p: KObj, now: number): void {
    const born = this.podBorn.get(p.metadata.uid) ?? now;
    if (!this.podBorn.has(p.metadata.uid)) this.podBorn.set(p.metadata.uid, now);
    const age = now - born;
    const containers = p.spec.containers as { name: string; image: string }[];
    const is = (rule: RegExp | ((image: string, pod: string) => boolean)) =>
      containers.some((c) =>
        typeof rule === 'function' ? rule(c.image, p.metadata.name) : rule.test(c.image),
      );
    const bad = is(this.o.badImage);
    let status: KObj['status'];
    if (!bad && is(this.o.unschedulableImage)) {
      if (p.status?.conditions?.[0]?.reason === 'Unschedulable') return;
      this.ops.setStatus('pods', p.metadata.namespace, p.metadata.name, {
        phase: 'Pending',
        conditions: [
          {
            type: 'PodScheduled',
            status: 'False',
            reason: 'Unschedulable',
            message: '0/3 nodes are available: 3 Insufficient cpu.',
            lastTransitionTime: iso(born),
          },
        ],
      });
      return;
    }
    if (!bad && is(this.o.stuckImage)) return;
    if (bad && age >= this.o.crashDelayMs) {
      const restarts = Math.max(1, Math.floor(age / this.o.crashDelayMs));
      status = {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady' }],
        containerStatuses: containers.map((c) => ({
          name: c.name,
          image: c.image,
          imageID: '',
          ready: false,
          restartCount: restarts,
          state: {
            waiting: {
              reason: 'CrashLoopBackOff',
              message: `back-off restarting failed container ${c.name} in pod ${p.metadata.name}`,
            },
          },
          lastState: { terminated: { reason: 'Error', exitCode: 1 } },
        })),
      };
      if (
        !p.status?.containerStatuses?.[0]?.state?.waiting ||
        p.status.containerStatuses[0].state.waiting.reason !== 'CrashLoopBackOff'
      ) {
        this.ops.createSync({
          apiVersion: 'v1',
          kind: 'Event',
          metadata: { name: `${p.metadata.name}.${rand(8)}`, namespace: p.metadata.namespace },
          involvedObject: {
            kind: 'Pod',
            name: p.metadata.name,
            namespace: p.metadata.namespace,
            uid: p.metadata.uid,
          },
          reason: 'BackOff',
          message: `Back-off restarting failed container ${containers[0]?.name} in pod ${p.metadata.name}`,
          type: 'Warning',
          count: 1,
        });
      }
    } else if (!bad && age >= this.o.readyDelayMs) {
      status = {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: 'True' }],
        containerStatuses: containers.map((c) => ({
          name: c.name,
          image: c.image,
          imageID: '',
          ready: true,
          restartCount: 0,
          state: { running: { startedAt: iso(born) } },
        })),
      };
    } else return;
    const cmp = (s: KObj['status']) =>
      JSON.stringify(
        s?.containerStatuses?.map((c: { state: unknown; restartCount: number }) => [c.state, c.restartCount]),
      );
    if (cmp(p.status) !== cmp(status) || p.status?.phase !== status.phase)
      this.ops.setStatus('pods', p.metadata.namespace, p.metadata.name, status);
  }
}
