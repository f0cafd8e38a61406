/**
 * Readiness failures through the bundle: a canary that never becomes ready within `ready-timeout`, and
 * a canary pod stuck Unschedulable (fail fast). Both roll back: traffic on stable first,
 * then the canary scaled to zero and deleted; the stable Deployment is never touched.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { runBundle } from '@pipewright/testkit';
import type { FakeKube } from '@pipewright/testkit/k8s-fake/server';
import { FAST, NS, seededKube, stableSnapshot } from './helpers.ts';

let kube: FakeKube | undefined;
afterEach(async () => {
  await kube?.stop();
  kube = undefined;
});

const short = (k: FakeKube, from: number) =>
  k.requests
    .slice(from)
    .filter((q) => q.method !== 'GET')
    .map((q) => `${q.method} ${q.path.replace(`/namespaces/${NS}`, '')}`);

describe('canary readiness failures', () => {
  it('ready-timeout at step 2: route back on stable first, canary scaled to 0 and deleted, stable untouched', async () => {
    // The first canary pod becomes ready; every later one stays ContainerCreating (no fail-fast reason).
    let first: string | undefined;
    kube = await seededKube({
      stuckImage: (image, pod) => {
        if (!image.endsWith(':slow')) return false;
        first ??= pod;
        return pod !== first;
      },
    });
    const k = kube;
    const before = stableSnapshot(k);
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: k.kubeconfig(NS),
        image: 'registry.local/web:slow',
        steps: '25,50,100',
        'ready-timeout': '2s',
        router: 'gateway-api',
        service: 'web',
        route: 'web',
      },
    });
    const reason =
      'canary is failing: deployment "web-canary" was not ready within 2.0s: Waiting for deployment "web-canary" rollout to finish: 1 of 2 updated replicas are available...';
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('rolled-back');
    expect(r.outputs.reason).toBe(reason);
    expect(r.outputs.weight).toBe('0');
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message.split('\n')[0])).toEqual([
      `Canary of web rolled back: ${reason}.`,
    ]);
    const report = JSON.parse(r.outputs.report as string) as {
      steps: { weight: number; result: string }[];
      decisions: string[];
    };
    expect(report.steps.map((s) => [s.weight, s.result])).toEqual([
      [25, 'passed'],
      [50, 'failed'],
    ]);
    expect(report.decisions.at(-1)).toBe(`rolling back: ${reason}.`);
    // Step 1 had shifted 25 % to the canary; step 2 scaled it to 2 pods, then waited in vain.
    const shifted = k.requests.findIndex(
      (q) => q.method === 'PUT' && JSON.stringify(q.body).includes('"weight":25'),
    );
    expect(shifted).toBeGreaterThan(-1);
    const scaledUp = k.requests.findIndex(
      (q) => q.path.endsWith('/web-canary/scale') && JSON.stringify(q.body) === '{"spec":{"replicas":2}}',
    );
    expect(scaledUp).toBeGreaterThan(shifted);
    expect(short(k, scaledUp + 1)).toEqual([
      'PUT /apis/gateway.networking.k8s.io/v1/httproutes/web',
      'PATCH /apis/apps/v1/deployments/web-canary/scale',
      'DELETE /apis/apps/v1/deployments/web-canary',
      'PUT /apis/gateway.networking.k8s.io/v1/httproutes/web',
      'DELETE /api/v1/services/web-canary',
      'DELETE /api/v1/services/web-baseline',
      'PATCH /apis/apps/v1/deployments/web',
      'DELETE /apis/coordination.k8s.io/v1/leases/web-canary',
    ]);
    const reset = k.requests[
      scaledUp + 1 + k.requests.slice(scaledUp + 1).findIndex((q) => q.method === 'PUT')
    ]?.body as { spec: { rules: { backendRefs: { name: string; weight?: number }[] }[] } };
    expect(reset.spec.rules[0]?.backendRefs.map((b) => `${b.name}=${b.weight}`)).toEqual([
      'web=100',
      'web-canary=0',
    ]);
    expect(k.requests.filter((q) => q.path.endsWith('/web-canary/scale')).map((q) => q.body)).toEqual([
      { spec: { replicas: 2 } },
      { spec: { replicas: 0 } },
    ]);
    expect(k.get('deployments', NS, 'web-canary')).toBeUndefined();
    expect(k.get('httproutes', NS, 'web')?.spec.rules[0].backendRefs).toEqual([{ name: 'web', port: 80 }]);
    expect(k.get('deployments', NS, 'web')?.metadata.annotations?.['pipewright.dev/canary']).toBeUndefined();
    expect(stableSnapshot(k)).toEqual(before);
  }, 60_000);

  it('an Unschedulable canary pod fails after unschedulable-timeout, long before ready-timeout', async () => {
    kube = await seededKube();
    const k = kube;
    const before = stableSnapshot(k);
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: k.kubeconfig(NS),
        image: 'registry.local/web:unschedulable',
        steps: '25,100',
        'ready-timeout': '10m',
        'unschedulable-timeout': '1s',
      },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('rolled-back');
    expect(r.outputs.reason).toMatch(
      /^canary is failing: pod web-canary-[a-z0-9]+-[a-z0-9]{5} is Unschedulable for 1.0s or more \(0\/3 nodes are available: 3 Insufficient cpu\.\)$/,
    );
    const canaryWrites = k.requests
      .filter((q) => q.method !== 'GET' && q.path.includes('web-canary'))
      .map((q) => `${q.method} ${q.path.replace(`/namespaces/${NS}`, '')}`);
    expect(canaryWrites).toEqual([
      'PATCH /apis/apps/v1/deployments/web-canary/scale',
      'DELETE /apis/apps/v1/deployments/web-canary',
      'DELETE /apis/coordination.k8s.io/v1/leases/web-canary',
    ]);
    expect(k.get('deployments', NS, 'web-canary')).toBeUndefined();
    expect(stableSnapshot(k)).toEqual(before);
  }, 60_000);

  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  it.each([
    [
      'ProgressDeadlineExceeded',
      (now: number) => [
        { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable', at: now },
        { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', at: now },
      ],
      'canary is failing: deployment "web-canary" exceeded its progress deadline',
    ],
    [
      'MinimumReplicasUnavailable for longer than the 600 s deadline',
      (now: number) => [
        { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable', at: now - 601_000 },
        { type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', at: now },
      ],
      'canary is failing: deployment "web-canary" has had minimum replicas unavailable for longer than its progress deadline (600s)',
    ],
  ])(
    'a canary whose Deployment reports %s is rolled back without waiting for ready-timeout',
    async (_what, conditions, reason) => {
      kube = await seededKube();
      const k = kube;
      const before = stableSnapshot(k);
      // Once the (never ready) canary is observed, freeze the controller and script its Deployment status.
      const timer = setInterval(() => {
        const c = k.get('deployments', NS, 'web-canary');
        if (!c?.status?.observedGeneration) return;
        clearInterval(timer);
        k.controller?.pause();
        const now = Date.now();
        k.setStatus('deployments', NS, 'web-canary', {
          ...c.status,
          conditions: conditions(now).map((x) => ({
            type: x.type,
            status: x.status,
            reason: x.reason,
            message: x.reason,
            lastUpdateTime: iso(x.at),
            lastTransitionTime: iso(x.at),
          })),
        });
      }, 20);
      const r = await runBundle('canary', {
        inputs: {
          ...FAST,
          kubeconfig: k.kubeconfig(NS),
          image: 'registry.local/web:stuck',
          steps: '25,100',
          'ready-timeout': '10m',
        },
      });
      clearInterval(timer);
      expect(r.exitCode).toBe(1);
      expect(r.outputs.status).toBe('rolled-back');
      expect(r.outputs.reason).toBe(reason);
      expect(
        k.requests
          .filter((q) => q.method !== 'GET' && q.path.includes('web-canary'))
          .map((q) => `${q.method} ${q.path.replace(`/namespaces/${NS}`, '')}`),
      ).toEqual([
        'PATCH /apis/apps/v1/deployments/web-canary/scale',
        'DELETE /apis/apps/v1/deployments/web-canary',
        'DELETE /apis/coordination.k8s.io/v1/leases/web-canary',
      ]);
      expect(k.get('deployments', NS, 'web-canary')).toBeUndefined();
      expect(stableSnapshot(k)).toEqual(before);
    },
    60_000,
  );
});
