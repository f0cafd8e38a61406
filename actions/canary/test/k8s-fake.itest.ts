/**
 * The fake API server: HTTP semantics (409, 415, 422, selectors, scale), and `kubectl rollout status`
 * (the real /usr/bin/kubectl) as the oracle for the action's readiness verdicts on the same timelines.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeKube, type FakeKube } from '@pipewright/testkit/k8s-fake/server';
import { deployment, httpRoute } from '@pipewright/testkit/k8s-fake/fixtures';
import { readiness, rolloutStatus } from '../src/readiness.ts';
import { KubeClient, KubeError, paths } from '../src/kube.ts';
import { parseKubeconfig } from '../src/kubeconfig.ts';
import { newestPods } from '../src/workloads.ts';
import type { Deployment } from '../src/k8s-types.ts';
import { waitUntil } from './helpers.ts';

const KUBECTL = process.env.PIPEWRIGHT_KUBECTL_BIN ?? '/usr/bin/kubectl';
let kube: FakeKube | undefined;
afterEach(async () => {
  await kube?.stop();
  kube = undefined;
});

function kubectl(k: FakeKube, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  if (!existsSync(KUBECTL))
    throw new Error(
      `kubectl not found at ${KUBECTL}: install the Debian package kubectl (scripts/provision.sh does).`,
    );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-kubectl-'));
  writeFileSync(path.join(dir, 'config'), k.kubeconfig('default'));
  return new Promise((resolve) =>
    execFile(
      KUBECTL,
      ['--kubeconfig', path.join(dir, 'config'), ...args],
      { env: { PATH: process.env.PATH ?? '', HOME: dir } },
      (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

const client = (k: FakeKube) =>
  new KubeClient(parseKubeconfig(k.kubeconfig('default')), { attempts: 3, sleep: async () => {} });

describe('kubectl rollout status agrees with readiness verdicts', () => {
  type Status = Deployment['status'];
  const timeline: [
    string,
    { generation?: number; replicas?: number },
    Status,
    'waiting' | 'done' | 'failed',
  ][] = [
    [
      'spec not yet observed',
      { generation: 2 },
      { observedGeneration: 1, replicas: 3, updatedReplicas: 3, availableReplicas: 3 },
      'waiting',
    ],
    [
      '1 of 3 updated',
      {},
      { observedGeneration: 2, replicas: 3, updatedReplicas: 1, availableReplicas: 1 },
      'waiting',
    ],
    [
      'old replicas terminating',
      {},
      { observedGeneration: 2, replicas: 4, updatedReplicas: 3, availableReplicas: 3 },
      'waiting',
    ],
    [
      '2 of 3 available',
      {},
      { observedGeneration: 2, replicas: 3, updatedReplicas: 3, availableReplicas: 2 },
      'waiting',
    ],
    [
      'progress deadline exceeded',
      {},
      {
        observedGeneration: 2,
        replicas: 3,
        updatedReplicas: 1,
        availableReplicas: 1,
        conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }],
      },
      'failed',
    ],
    [
      'rolled out',
      {},
      { observedGeneration: 2, replicas: 3, updatedReplicas: 3, availableReplicas: 3, readyReplicas: 3 },
      'done',
    ],
    ['scaled to zero', { replicas: 0 }, { observedGeneration: 3 }, 'done'],
  ];

  it.each(timeline)('%s', async (_name, meta, status, verdict) => {
    kube = await startFakeKube({ controller: false });
    await kube.create(deployment('web', { namespace: 'default', replicas: 3 }));
    if (meta.generation === 2)
      kube.mutate(
        'deployments',
        'default',
        'web',
        (d) => (d.spec.template.metadata.annotations = { restartedAt: 'now' }),
      );
    else {
      kube.mutate(
        'deployments',
        'default',
        'web',
        (d) => (d.spec.template.metadata.annotations = { restartedAt: 'now' }),
      );
      if (meta.replicas !== undefined)
        kube.mutate('deployments', 'default', 'web', (d) => (d.spec.replicas = meta.replicas));
    }
    const stored = kube.setStatus('deployments', 'default', 'web', status) as unknown as Deployment;
    const ours = rolloutStatus(stored);
    const k = await kubectl(kube, ['rollout', 'status', 'deployment/web', '--watch=false']);
    expect(ours.state).toBe(verdict);
    if (verdict === 'failed') {
      expect(k.code).toBe(1);
      expect(k.stderr.trim()).toBe(`error: ${ours.message}`);
    } else {
      expect(k.code).toBe(0);
      expect(k.stdout.trim()).toBe(ours.message);
    }
  });

  it('with the scripted controller: a good image ends done for both; a bad one is failed for us within seconds while kubectl still waits', async () => {
    kube = await startFakeKube({ readyDelayMs: 200, crashDelayMs: 200 });
    const k = kube;
    await k.create(deployment('good', { namespace: 'default', replicas: 2 }));
    await k.create(
      deployment('broken', { namespace: 'default', replicas: 2, image: 'registry.local/web:bad' }),
    );
    const kc = client(k);
    await waitUntil(() => k.get('deployments', 'default', 'good')?.status?.availableReplicas === 2);
    await waitUntil(
      () =>
        k
          .list('pods', 'default')
          .filter((p) => p.status?.containerStatuses?.[0]?.state?.waiting?.reason === 'CrashLoopBackOff')
          .length === 2,
    );
    const verdict = async (name: string) => {
      const d = await kc.get<Deployment>(paths.deployment('default', name));
      return readiness(d, await newestPods(kc, d));
    };
    expect((await verdict('good')).state).toBe('done');
    expect((await kubectl(k, ['rollout', 'status', 'deployment/good', '--watch=false'])).stdout.trim()).toBe(
      'deployment "good" successfully rolled out',
    );
    const broken = await verdict('broken');
    expect(broken.state).toBe('failed');
    expect(broken.message).toMatch(
      /^pod broken-[a-z0-9]+-[a-z0-9]{5} container app is CrashLoopBackOff \(and 1 more pod\)$/,
    );
    const kb = await kubectl(k, ['rollout', 'status', 'deployment/broken', '--watch=false']);
    expect(kb.stdout.trim()).toBe(
      'Waiting for deployment "broken" rollout to finish: 0 of 2 updated replicas are available...',
    );
    const events = await kubectl(k, ['get', 'events', '-o', 'name']);
    expect(events.code).toBe(0);
    kc.close();
  });
});

describe('fake API server semantics', () => {
  it('409 on a stale resourceVersion, 415 for strategic merge on a CRD, 422 on schema violations, 404 Status bodies', async () => {
    kube = await startFakeKube({ controller: false });
    const kc = client(kube);
    await kube.create(deployment('web', { namespace: 'default', replicas: 2 }));
    await kube.create(httpRoute('web', 'web', 'default'));
    const d = await kc.get<Deployment>(paths.deployment('default', 'web'));
    expect(d.metadata.generation).toBe(1);
    // Labels leave generation alone; annotations bump it on a Deployment (kubernetes
    // pkg/registry/apps/deployment/strategy.go PrepareForUpdate: spec or annotations changed).
    await kc.patch(paths.deployment('default', 'web'), 'merge', { metadata: { labels: { a: 'b' } } });
    expect((await kc.get<Deployment>(paths.deployment('default', 'web'))).metadata.generation).toBe(1);
    await kc.patch(paths.deployment('default', 'web'), 'merge', { metadata: { annotations: { a: 'b' } } });
    const afterMeta = await kc.get<Deployment>(paths.deployment('default', 'web'));
    expect(afterMeta.metadata.generation).toBe(2);
    expect(Number(afterMeta.metadata.resourceVersion)).toBeGreaterThan(Number(d.metadata.resourceVersion));
    const stale = kc.replace(paths.deployment('default', 'web'), d);
    await expect(stale).rejects.toMatchObject({ code: 409, reason: 'Conflict' });
    await kc.patch(paths.deployment('default', 'web'), 'strategic', {
      spec: { template: { spec: { containers: [{ name: 'app', image: 'web:2' }] } } },
    });
    const afterSpec = await kc.get<Deployment>(paths.deployment('default', 'web'));
    expect(afterSpec.metadata.generation).toBe(3);
    expect(afterSpec.spec.template.spec.containers.map((c) => c.image)).toEqual([
      'web:2',
      'registry.local/proxy:1',
    ]);
    const route = paths.httpRoute('default', 'web');
    await expect(kc.patch(route, 'strategic', { spec: {} })).rejects.toMatchObject({
      code: 415,
      reason: 'UnsupportedMediaType',
    });
    await expect(
      kc.patch(route, 'json', [{ op: 'test', path: '/metadata/resourceVersion', value: '1' }]),
    ).rejects.toMatchObject({ code: 422 });
    await expect(
      kc.patch(paths.deployment('default', 'web'), 'merge', { spec: { replicas: 'three' } }),
    ).rejects.toMatchObject({ code: 422, reason: 'Invalid' });
    await expect(kc.get(paths.deployment('default', 'nope'))).rejects.toMatchObject({
      code: 404,
      message: expect.stringContaining('deployments.apps "nope" not found'),
    });
    await expect(kc.create(paths.deployments('default'), deployment('web'))).rejects.toMatchObject({
      code: 409,
      reason: 'AlreadyExists',
    });
    const scale = await kc.patch<{ spec: { replicas: number } }>(paths.scale('default', 'web'), 'merge', {
      spec: { replicas: 5 },
    });
    expect(scale.spec.replicas).toBe(5);
    expect(kube.get('deployments', 'default', 'web')?.spec.replicas).toBe(5);
    kc.close();
  });

  it('injected 5xx and 409 on a PATCH are retried by the client (5xx) or surfaced (409)', async () => {
    kube = await startFakeKube({ controller: false });
    const kc = client(kube);
    await kube.create(deployment('web', { namespace: 'default' }));
    kube.inject({ method: 'GET', path: /deployments\/web$/, status: 503, times: 2 });
    const d = await kc.get<Deployment>(paths.deployment('default', 'web'));
    expect(d.metadata.name).toBe('web');
    expect(kube.requests.filter((r) => r.path.endsWith('/deployments/web')).map((r) => r.status)).toEqual([
      503, 503, 200,
    ]);
    kube.inject({ method: 'PATCH', path: /deployments\/web$/, status: 409 });
    await expect(kc.patch(paths.deployment('default', 'web'), 'merge', {})).rejects.toBeInstanceOf(KubeError);
    kc.close();
  });
});
