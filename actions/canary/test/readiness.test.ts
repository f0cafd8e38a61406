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
      message: 'pod web-1 container app is CrashLoopBackOff (and 1 more pod)',
      failures: [
        { pod: 'web-1', container: 'app', reason: 'CrashLoopBackOff' },
        { pod: 'web-2', container: 'app', reason: 'CrashLoopBackOff' },
      ],
    });
  });

  it('readiness: the other failing pods are counted (several)', () => {
    const crashing = (name: string) =>
      pod(name, { containerStatuses: [{ name: 'app', state: { waiting: { reason: 'CrashLoopBackOff' } } }] });
    const d = dep({ spec: 3, updated: 3, available: 0, replicas: 3 });
    expect(readiness(d, [crashing('web-1'), crashing('web-2'), crashing('web-3')]).message).toBe(
      'pod web-1 container app is CrashLoopBackOff (and 2 more pods)',
    );
  });
});

describe('time-based fail-fast rules', () => {
  const NOW = Date.parse('2026-05-01T12:00:00Z');
  const ago = (s: number) => new Date(NOW - s * 1000).toISOString();
  const unschedulable = (since: number, message?: string) =>
    pod('web-1', {
      phase: 'Pending',
      conditions: [
        {
          type: 'PodScheduled',
          status: 'False',
          reason: 'Unschedulable',
          lastTransitionTime: ago(since),
          ...(message ? { message } : {}),
        },
      ],
    });

  it.each([
    ['shorter than the limit', unschedulable(29), { now: NOW, unschedulableMs: 30_000 }, []],
    [
      'as long as the limit',
      unschedulable(30, '0/3 nodes are available'),
      { now: NOW, unschedulableMs: 30_000 },
      [{ pod: 'web-1', reason: 'Unschedulable', message: '0/3 nodes are available' }],
    ],
    ['without the current time (no time rules)', unschedulable(3600), undefined, []],
    [
      'PodScheduled=False for another reason',
      pod('web-1', {
        conditions: [
          { type: 'PodScheduled', status: 'False', reason: 'SchedulingGated', lastTransitionTime: ago(999) },
        ],
      }),
      { now: NOW, unschedulableMs: 0 },
      [],
    ],
    [
      'no transition time',
      pod('web-1', { conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }] }),
      { now: NOW, unschedulableMs: 0 },
      [],
    ],
  ])('Unschedulable %s', (_what, p, ff, expected) => {
    expect(podFailures([p], ff)).toEqual(expected);
  });

  it('readiness explains an Unschedulable pod with the scheduler message', () => {
    const d = dep({ spec: 1, replicas: 1, updated: 1, available: 0 });
    expect(
      readiness(d, [unschedulable(90, '0/3 nodes are available: 3 Insufficient cpu.')], {
        now: NOW,
        unschedulableMs: 60_000,
      }),
    ).toEqual({
      state: 'failed',
      message: 'pod web-1 is Unschedulable for 1m or more (0/3 nodes are available: 3 Insufficient cpu.)',
      failures: [
        { pod: 'web-1', reason: 'Unschedulable', message: '0/3 nodes are available: 3 Insufficient cpu.' },
      ],
    });
  });

  const stuck = (o: {
    deadline?: number;
    since: number;
    status?: string;
    reason?: string;
    field?: 'update' | 'transition';
  }) => {
    const d = dep({ spec: 2, replicas: 2, updated: 2, available: 1 });
    if (o.deadline !== undefined) d.spec.progressDeadlineSeconds = o.deadline;
    (d.status as NonNullable<Deployment['status']>).conditions = [
      {
        type: 'Available',
        status: o.status ?? 'False',
        reason: o.reason ?? 'MinimumReplicasUnavailable',
        ...((o.field ?? 'update') === 'update'
          ? { lastUpdateTime: ago(o.since) }
          : { lastTransitionTime: ago(o.since) }),
      },
    ];
    return d;
  };
  const STUCK = (s: number) => ({
    state: 'failed',
    message: `deployment "web" has had minimum replicas unavailable for longer than its progress deadline (${s}s)`,
    failures: [],
  });
  const WAITING = {
    state: 'waiting',
    message: 'Waiting for deployment "web" rollout to finish: 1 of 2 updated replicas are available...',
  };

  it.each([
    ['default deadline 600 s, 601 s unavailable', { since: 601 }, STUCK(600)],
    ['default deadline 600 s, 600 s unavailable', { since: 600 }, WAITING],
    ['progressDeadlineSeconds 30, 31 s unavailable', { deadline: 30, since: 31 }, STUCK(30)],
    [
      'lastTransitionTime when lastUpdateTime is missing',
      { deadline: 30, since: 31, field: 'transition' as const },
      STUCK(30),
    ],
    [
      'Available=True',
      { deadline: 30, since: 999, status: 'True', reason: 'MinimumReplicasAvailable' },
      WAITING,
    ],
    ['another reason', { deadline: 30, since: 999, reason: 'Other' }, WAITING],
  ])('MinimumReplicasUnavailable: %s', (_what, o, expected) => {
    expect(readiness(stuck(o), [], { now: NOW, unschedulableMs: 60_000 })).toEqual(expected);
  });

  it('MinimumReplicasUnavailable needs the current time and never overrides a done rollout', () => {
    expect(readiness(stuck({ deadline: 30, since: 999 }), [])).toEqual(WAITING);
    const done = stuck({ deadline: 30, since: 999 });
    (done.status as NonNullable<Deployment['status']>).availableReplicas = 2;
    expect(readiness(done, [], { now: NOW, unschedulableMs: 0 }).state).toBe('done');
  });

  it('ProgressDeadlineExceeded wins over the pod rules', () => {
    const d = dep({ spec: 1, replicas: 1, updated: 1, available: 0, deadline: true });
    expect(readiness(d, [unschedulable(999)], { now: NOW, unschedulableMs: 0 })).toEqual({
      state: 'failed',
      message: 'deployment "web" exceeded its progress deadline',
      failures: [],
    });
  });
});
