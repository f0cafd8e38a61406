import { UserError } from '@pipewright/shared/action';
import type { Clock, Sleep } from '@pipewright/shared/util';
import type { Logger } from '@pipewright/shared/log';
import { KubeError, paths, type KubeClient } from './kube.ts';
import type { ObjectMeta } from './k8s-types.ts';

interface Lease {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: {
    holderIdentity?: string;
    leaseDurationSeconds?: number;
    acquireTime?: string;
    renewTime?: string;
    leaseTransitions?: number;
  };
}

/** Kubernetes MicroTime: RFC 3339 with microseconds. */
export function microTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** The run a holder identity belongs to: `<repository>/<run id>/<attempt>`. */
export function sameRun(a: string, b: string): boolean {
  return a.split('/').slice(0, -1).join('/') === b.split('/').slice(0, -1).join('/');
}

export function leaseExpired(spec: Lease['spec'], now: number): boolean {
  if (!spec.holderIdentity) return true;
  const renewed = Date.parse(spec.renewTime ?? spec.acquireTime ?? '');
  if (Number.isNaN(renewed)) return true;
  return renewed + (spec.leaseDurationSeconds ?? 0) * 1000 < now;
}

export interface LockOptions {
  kube: KubeClient;
  namespace: string;
  app: string;
  holder: string;
  durationSeconds: number;
  onConflict: 'fail' | 'wait';
  waitTimeoutMs: number;
  clock: Clock;
  sleep: Sleep;
  logger: Logger;
  signal?: AbortSignal;
}

/**
 * One rollout per app at a time: a Lease `<app>-canary`. Create it; on 409 take it over only
 * when it expired or belongs to an earlier attempt of this same workflow run (a re-run after a crash).
 */
export class RolloutLock {
  private readonly o: LockOptions;
  private lease: Lease | undefined;
  private lastRenew = 0;
  readonly name: string;
  constructor(o: LockOptions) {
    this.o = o;
    this.name = `${o.app}-canary`;
  }

  async acquire(): Promise<void> {
    const { kube, namespace, clock } = this.o;
    const deadline = clock.now() + this.o.waitTimeoutMs;
    for (;;) {
      const now = clock.now();
      const spec = {
        holderIdentity: this.o.holder,
        leaseDurationSeconds: this.o.durationSeconds,
        acquireTime: microTime(now),
        renewTime: microTime(now),
      };
      try {
        this.lease = await kube.create<Lease>(paths.leases(namespace), {
          apiVersion: 'coordination.k8s.io/v1',
          kind: 'Lease',
          metadata: {
            name: this.name,
            namespace,
            labels: { 'app.kubernetes.io/managed-by': 'pipewright-canary' },
          },
          spec,
        });
        this.lastRenew = now;
        return;
      } catch (e) {
        if (!(e instanceof KubeError && e.code === 409)) throw e;
      }
      const current = await kube.find<Lease>(paths.lease(namespace, this.name));
      if (!current) continue;
      const holder = current.spec.holderIdentity ?? '';
      if (holder === this.o.holder || sameRun(holder, this.o.holder) || leaseExpired(current.spec, now)) {
        try {
          this.lease = await kube.replace<Lease>(paths.lease(namespace, this.name), {
            ...current,
            spec: { ...current.spec, ...spec, leaseTransitions: (current.spec.leaseTransitions ?? 0) + 1 },
          });
          this.lastRenew = now;
          if (holder && holder !== this.o.holder)
            this.o.logger.info(`Took over the lock ${this.name} from ${holder}.`);
          return;
        } catch (e) {
          if (e instanceof KubeError && e.code === 409) continue;
          throw e;
        }
      }
      const msg = `Another canary rollout of ${this.o.app} holds the lock (Lease ${namespace}/${this.name}, holder ${holder}, renewed ${current.spec.renewTime ?? '?'}).`;
      if (this.o.onConflict === 'fail' || clock.now() >= deadline)
        throw new UserError(msg, {
          hint:
            this.o.onConflict === 'fail'
              ? 'Wait for it to finish, or set `concurrency-policy: wait`. A crashed holder is taken over once its lease expires.'
              : `Gave up waiting after ${Math.round(this.o.waitTimeoutMs / 1000)} s.`,
        });
      this.o.logger.info(`${msg} Waiting.`);
      await this.o.sleep(2000, this.o.signal);
    }
  }

  /** Renews when a third of the lease duration has passed (PUT with resourceVersion). */
  async renewIfDue(): Promise<void> {
    const now = this.o.clock.now();
    if (!this.lease || now - this.lastRenew < (this.o.durationSeconds * 1000) / 3) return;
    try {
      this.lease = await this.o.kube.replace<Lease>(paths.lease(this.o.namespace, this.name), {
        ...this.lease,
        spec: { ...this.lease.spec, renewTime: microTime(now) },
      });
      this.lastRenew = now;
    } catch (e) {
      if (e instanceof KubeError && e.code === 409) {
        const current = await this.o.kube.get<Lease>(paths.lease(this.o.namespace, this.name));
        if (current.spec.holderIdentity !== this.o.holder)
          throw new UserError(`Lost the lock ${this.name} to ${current.spec.holderIdentity}.`);
        this.lease = current;
        return this.renewIfDue();
      }
      throw e;
    }
  }

  async release(): Promise<void> {
    if (!this.lease) return;
    const current = await this.o.kube.find<Lease>(paths.lease(this.o.namespace, this.name));
    if (current?.spec.holderIdentity === this.o.holder)
      await this.o.kube.remove(paths.lease(this.o.namespace, this.name));
    this.lease = undefined;
  }
}

/**
 * The one way a rollout's lock is made: the Lease of `cfg.deployment` in its namespace, held by `cfg.holder`
 * for 60 s at a time (renewed during the rollout). `wait` says what a lock held by another run does.
 */
export function rolloutLock(
  cfg: { namespace: string; deployment: string; holder: string },
  deps: { kube: KubeClient; clock: Clock; sleep: Sleep; logger: Logger },
  wait: { onConflict: 'fail' | 'wait'; waitTimeoutMs: number; signal?: AbortSignal },
): RolloutLock {
  return new RolloutLock({
    kube: deps.kube,
    namespace: cfg.namespace,
    app: cfg.deployment,
    holder: cfg.holder,
    durationSeconds: 60,
    ...wait,
    clock: deps.clock,
    sleep: deps.sleep,
    logger: deps.logger,
  });
}
