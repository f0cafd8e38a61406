import { describe, expect, it } from '@jest/globals';
import { podFailures, readiness, rolloutStatus } from '../src/readiness.ts';
import type { Deployment, Pod } from '../src/k8s-types.ts';

const dep = (o: {
  gen?: number;
  observed?: number;
  spec?: number;
  replicas?: number;
  updated?: number;
  available?: number;
  deadline?: boolean;
}): Deployment => ({
  metadata: { name: 'web', generation: o.gen ?? 2 },
  spec: {
    ...(o.spec !== undefined ? { replicas: o.spec } : {}),
    selector: { matchLabels: { app: 'web' } },
    template: { spec: { containers: [{ name: 'app', image: 'x' }] } },
  },
  status: {
    observedGeneration: o.observed ?? 2,
    replicas: o.replicas ?? 3,
    updatedReplicas: o.updated ?? 3,
    availableReplicas: o.available ?? 3,
    conditions: o.deadline
      ? [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }]
      : [],
  },
});

describe('rolloutStatus (kubectl rollout_status.go, in order)', () => {
  it.each([
    [
      { gen: 3, observed: 2, spec: 3, deadline: true },
      'waiting',
      'Waiting for deployment spec update to be observed...',
    ],
    [{ spec: 3, updated: 1, deadline: true }, 'failed', 'deployment "web" exceeded its progress deadline'],
    [
      { spec: 3, updated: 1 },
      'waiting',
      'Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...',
    ],
    [
      { spec: 3, replicas: 4, updated: 3 },
      'waiting',
      'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...',
    ],
    [
      { spec: 3, available: 2 },
      'waiting',
      'Waiting for deployment "web" rollout to finish: 2 of 3 updated replicas are available...',
    ],
    [{ spec: 3 }, 'done', 'deployment "web" successfully rolled out'],
    [{ replicas: 0, updated: 0, available: 0 }, 'done', 'deployment "web" successfully rolled out'],
  ])('%j -> %s', (o, state, message) => {
    expect(rolloutStatus(dep(o))).toEqual({ state, message });
  });
});

const pod = (name: string, status: Pod['status']): Pod => ({ metadata: { name }, status });

describe('podFailures', () => {
  it.each([
    ['CrashLoopBackOff'],
    ['ImagePullBackOff'],
    ['ErrImagePull'],
    ['InvalidImageName'],
    ['CreateContainerConfigError'],
    ['CreateContainerError'],
    ['RunContainerError'],
  ])('waiting reason %s fails fast', (reason) => {
    expect(
      podFailures([
        pod('p1', {
          phase: 'Pending',
          containerStatuses: [{ name: 'app', state: { waiting: { reason, message: 'm' } } }],
        }),
      ]),
    ).toEqual([{ pod: 'p1', container: 'app', reason, message: 'm' }]);
  });

  it.each([
    ['ContainerCreating', []],
    ['PodInitializing', []],
  ])('waiting reason %s is not a failure', (reason, expected) => {
    expect(
      podFailures([pod('p1', { containerStatuses: [{ name: 'app', state: { waiting: { reason } } }] })]),
    ).toEqual(expected);
  });

  it('init containers, OOMKilled with restarts, Failed phase and eviction', () => {
    expect(
      podFailures([
        pod('a', {
          initContainerStatuses: [{ name: 'init', state: { waiting: { reason: 'CrashLoopBackOff' } } }],
        }),
        pod('b', {
          containerStatuses: [
            {
              name: 'app',
              restartCount: 2,
              lastState: { terminated: { reason: 'OOMKilled' } },
              state: { running: {} },
            },
          ],
        }),
        pod('c', {
          containerStatuses: [
            { name: 'app', restartCount: 0, lastState: { terminated: { reason: 'OOMKilled' } } },
          ],
        }),
        pod('d', { phase: 'Failed', reason: 'Evicted' }),
        pod('e', { phase: 'Running' }),
      ]),
    ).toEqual([
      { pod: 'a', container: 'init', reason: 'CrashLoopBackOff' },
      { pod: 'b', container: 'app', reason: 'OOMKilled' },
      { pod: 'd', reason: 'Evicted' },
    ]);
  });

  it('readiness: a crash-looping pod fails a Deployment that rollout status still calls waiting', () => {
    const d = dep({ spec: 2, updated: 2, available: 0, replicas: 2 });
    expect(rolloutStatus(d).state).toBe('waiting');
    expect(
      readiness(d, [
        pod('web-1', {
          containerStatuses: [{ name: 'app', state: { waiting: { reason: 'CrashLoopBackOff' } } }],
        }),
        pod('web-2', {
          containerStatuses: [{ name: 'app', state: { waiting: { reason: 'CrashLoopBackOff' } } }],
        }),
      ]),
    ).toEqual({
      state: 'failed',
      message: 'pod web-1 container app is CrashLoopBackOff (and 1 more pods)',
      failures: [
        { pod: 'web-1', container: 'app', reason: 'CrashLoopBackOff' },
        { pod: 'web-2', container: 'app', reason: 'CrashLoopBackOff' },
      ],
    });
  });
});
