import { plural } from '@pipewright/shared/report';
import { formatDuration } from '@pipewright/shared/util';
import type { Condition, Deployment, Pod } from './k8s-types.ts';

export type RolloutState = 'waiting' | 'done' | 'failed';
export interface RolloutVerdict {
  state: RolloutState;
  /** kubectl's own wording, so a log line reads like `kubectl rollout status`. */
  message: string;
}

/**
 * `kubectl rollout status` for a Deployment (kubectl pkg/polymorphichelpers/rollout_status.go),
 * check for check and in the same order.
 */
export function rolloutStatus(d: Deployment): RolloutVerdict {
  const name = d.metadata.name;
  const st = d.status ?? {};
  if ((d.metadata.generation ?? 0) > (st.observedGeneration ?? 0))
    return { state: 'waiting', message: 'Waiting for deployment spec update to be observed...' };
  const progressing = st.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded')
    return { state: 'failed', message: `deployment "${name}" exceeded its progress deadline` };
  const updated = st.updatedReplicas ?? 0;
  const replicas = st.replicas ?? 0;
  const available = st.availableReplicas ?? 0;
  if (d.spec.replicas !== undefined && updated < d.spec.replicas)
    return {
      state: 'waiting',
      message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${d.spec.replicas} new replicas have been updated...`,
    };
  if (replicas > updated)
    return {
      state: 'waiting',
      message: `Waiting for deployment "${name}" rollout to finish: ${replicas - updated} old replicas are pending termination...`,
    };
  if (available < updated)
    return {
      state: 'waiting',
      message: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...`,
    };
  return { state: 'done', message: `deployment "${name}" successfully rolled out` };
}

/** Waiting reasons that never heal on their own: fail within seconds instead of the 600 s deadline. */
export const FATAL_WAITING_REASONS = [
  'CrashLoopBackOff',
  'ImagePullBackOff',
  'ErrImagePull',
  'InvalidImageName',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
] as const;

export interface PodFailure {
  pod: string;
  container?: string;
  reason: string;
  message?: string;
}

/**
 * The time-based fail-fast rules (checked on top of what `kubectl rollout status` decides) need the current time: a pod Unschedulable for longer than
 * `unschedulableMs`, and a Deployment whose Available=False/MinimumReplicasUnavailable condition is older
 * than its progress deadline (Flagger's rule). Without it only the instantaneous rules apply.
 */
export interface FailFast {
  now: number;
  unschedulableMs: number;
}

/** Milliseconds since a condition last changed (lastUpdateTime, else lastTransitionTime), if known. */
function conditionAge(c: Condition, now: number): number | undefined {
  const t = Date.parse(c.lastUpdateTime ?? c.lastTransitionTime ?? '');
  return Number.isNaN(t) ? undefined : now - t;
}

/** The first reason per pod that makes the new revision hopeless (a container waiting in CrashLoopBackOff,
 * ImagePullBackOff and the like, or a pod Unschedulable for too long). */
export function podFailures(pods: readonly Pod[], ff?: FailFast): PodFailure[] {
  const out: PodFailure[] = [];
  for (const pod of pods) {
    const name = pod.metadata.name;
    const st = pod.status ?? {};
    if (st.phase === 'Failed' || st.reason === 'Evicted') {
      out.push({ pod: name, reason: st.reason ?? 'Failed' });
      continue;
    }
    const scheduled = st.conditions?.find((c) => c.type === 'PodScheduled');
    if (ff && scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
      const age = conditionAge(scheduled, ff.now);
      if (age !== undefined && age >= ff.unschedulableMs) {
        out.push({
          pod: name,
          reason: 'Unschedulable',
          ...(scheduled.message ? { message: scheduled.message } : {}),
        });
        continue;
      }
    }
    const statuses = [...(st.initContainerStatuses ?? []), ...(st.containerStatuses ?? [])];
    const bad = statuses.find(
      (c) =>
        (FATAL_WAITING_REASONS as readonly string[]).includes(c.state?.waiting?.reason ?? '') ||
        (['OOMKilled', 'Error'].includes(c.lastState?.terminated?.reason ?? '') && (c.restartCount ?? 0) > 0),
    );
    if (bad) {
      const waiting = bad.state?.waiting;
      const reason = (FATAL_WAITING_REASONS as readonly string[]).includes(waiting?.reason ?? '')
        ? (waiting?.reason as string)
        : (bad.lastState?.terminated?.reason as string);
      out.push({
        pod: name,
        container: bad.name,
        reason,
        ...(waiting?.message ? { message: waiting.message } : {}),
      });
    }
  }
  return out;
}

export type Readiness =
  | { state: 'waiting'; message: string }
  | { state: 'done'; message: string }
  | { state: 'failed'; message: string; failures: PodFailure[] };

/**
 * rollout status first (a deadline failure wins), then the fail-fast pod rules, then (with `ff`) a
 * Deployment stuck at MinimumReplicasUnavailable for longer than its progress deadline.
 */
export function readiness(d: Deployment, pods: readonly Pod[], ff?: FailFast): Readiness {
  const v = rolloutStatus(d);
  if (v.state === 'failed') return { state: 'failed', message: v.message, failures: [] };
  const failures = podFailures(pods, ff);
  if (failures.length) {
    const f = failures[0] as PodFailure;
    const detail =
      f.reason === 'Unschedulable'
        ? ` for ${formatDuration(ff?.unschedulableMs ?? 0)} or more${f.message ? ` (${f.message})` : ''}`
        : '';
    return {
      state: 'failed',
      message: `pod ${f.pod}${f.container ? ` container ${f.container}` : ''} is ${f.reason}${detail}${failures.length > 1 ? ` (and ${plural(failures.length - 1, 'more pod')})` : ''}`,
      failures,
    };
  }
  if (ff && v.state === 'waiting') {
    const available = d.status?.conditions?.find((c) => c.type === 'Available');
    const deadlineS = d.spec.progressDeadlineSeconds ?? 600;
    const age = available && conditionAge(available, ff.now);
    if (
      available?.status === 'False' &&
      available.reason === 'MinimumReplicasUnavailable' &&
      age !== undefined &&
      age > deadlineS * 1000
    )
      return {
        state: 'failed',
        message: `deployment "${d.metadata.name}" has had minimum replicas unavailable for longer than its progress deadline (${deadlineS}s)`,
        failures: [],
      };
  }
  return v as Readiness;
}
