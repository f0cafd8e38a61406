/**
 * The canary with the replicas router against a real Prometheus: a healthy rollout, an error-rate breach,
 * the latency check and the baseline comparison. No-data handling is in rollout-no-data.itest.ts, Prometheus
 * and query errors in rollout-prometheus-errors.itest.ts.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { runBundle } from '@pipewright/testkit';
import type { FakeKube } from '@pipewright/testkit/k8s-fake/server';
import { FAST, NS, seededKube, stableSnapshot } from './helpers.ts';
import { exporter, prom, useRealPrometheus } from './prometheus-fixture.ts';

useRealPrometheus();
let kube: FakeKube | undefined;
afterEach(async () => {
  await kube?.stop();
  kube = undefined;
});

const writes = (k: FakeKube) =>
  k.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

describe('canary with the replicas router and real Prometheus', () => {
  it('healthy rollout to 100 %: steps, analysis, promotion, cleanup', async () => {
    kube = await seededKube();
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: kube.kubeconfig(NS),
        image: 'registry.local/web:2',
        steps: '25,50,100',
        'prometheus-url': prom.url,
      },
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('promoted');
    expect(r.outputs.step).toBe('3');
    expect(r.outputs.weight).toBe('0');
    expect(r.outputs.reason).toBe('registry.local/web:2 promoted after 3 steps');
    expect(r.outputs['previous-image']).toBe('registry.local/web:1');
    const report = JSON.parse(r.outputs.report as string) as {
      steps: {
        weight: number;
        effective: number;
        canaryReplicas: number;
        result: string;
        measurements: { check: string; outcome: string }[];
      }[];
    };
    expect(report.steps.map((s) => [s.weight, s.effective, s.canaryReplicas, s.result])).toEqual([
      [25, 20, 1, 'passed'],
      [50, 33.3, 2, 'passed'],
      [100, 50, 4, 'passed'],
    ]);
    for (const s of report.steps) {
      expect(s.measurements.length).toBeGreaterThanOrEqual(2);
      expect(new Set(s.measurements.map((m) => m.outcome))).toEqual(new Set(['success']));
    }
    const stable = kube.get('deployments', NS, 'web');
    expect(stable?.spec.template.spec.containers.map((c: { image: string }) => c.image)).toEqual([
      'registry.local/web:2',
      'registry.local/proxy:1',
    ]);
    expect(stable?.metadata.labels).toEqual({ app: 'web' });
    expect(stable?.spec.selector).toEqual({ matchLabels: { app: 'web' } });
    expect(stable?.metadata.annotations?.['pipewright.dev/canary']).toBeUndefined();
    expect(kube.get('deployments', NS, 'web-canary')).toBeUndefined();
    expect(kube.get('leases', NS, 'web-canary')).toBeUndefined();
    // the stable spec is written exactly once: the strategic-merge promotion patch
    const stableSpecWrites = kube.requests.filter(
      (q) =>
        q.path === `/apis/apps/v1/namespaces/${NS}/deployments/web` &&
        q.method === 'PATCH' &&
        q.contentType === 'application/strategic-merge-patch+json',
    );
    expect(stableSpecWrites.map((q) => q.body)).toEqual([
      { spec: { template: { spec: { containers: [{ name: 'app', image: 'registry.local/web:2' }] } } } },
    ]);
    expect(r.summary).toContain('promoted');
    expect(r.summary).toContain('success\\-rate');
    expect(
      r.log
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(kube.token);
    expect(r.masks).toContain(kube.token);
  }, 90_000);

  it('error-rate breach at step 2 rolls back: traffic first, then the canary scaled to zero and deleted', async () => {
    kube = await seededKube();
    const k = kube;
    let breached = false;
    const timer = setInterval(() => {
      // breach once step 2 has started (canary scaled to 2 replicas)
      if (!breached && k.get('deployments', NS, 'web-canary')?.spec.replicas === 2) {
        breached = true;
        exporter.set('web-canary', { errorRate: 0.5 });
      }
    }, 50);
    const before = stableSnapshot(k);
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: k.kubeconfig(NS),
        image: 'registry.local/web:2',
        steps: '25,50,100',
        'step-duration': '4s',
        'prometheus-url': prom.url,
        'analysis-window': '2s',
      },
    });
    clearInterval(timer);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('rolled-back');
    expect(r.outputs.reason).toMatch(
      /^analysis failed: success-rate: 1 failed measurement > failure-limit 0$/,
    );
    expect(r.outputs.step).toBe('1');
    const failed = JSON.parse(r.outputs.report as string) as { steps: { weight: number; result: string }[] };
    expect(failed.steps.map((s) => [s.weight, s.result])).toEqual([
      [25, 'passed'],
      [50, 'failed'],
    ]);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('Canary of web rolled back: analysis failed: success-rate');
    expect(stableSnapshot(k)).toEqual(before);
    expect(k.get('deployments', NS, 'web-canary')).toBeUndefined();
    const w = writes(k);
    const scaleToZero = w.lastIndexOf(`PATCH /apis/apps/v1/namespaces/${NS}/deployments/web-canary/scale`);
    const del = w.indexOf(`DELETE /apis/apps/v1/namespaces/${NS}/deployments/web-canary`);
    expect(scaleToZero).toBeGreaterThan(-1);
    expect(del).toBeGreaterThan(scaleToZero);
    const scaleBodies = k.requests.filter((q) => q.path.endsWith('/web-canary/scale')).map((q) => q.body);
    expect(scaleBodies).toEqual([{ spec: { replicas: 2 } }, { spec: { replicas: 0 } }]);
    expect(r.summary).toContain('rolled back');
  }, 90_000);

  it('latency p99 above its maximum fails the built-in check', async () => {
    kube = await seededKube();
    exporter.set('web-canary', { latencyMs: 800 });
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: kube.kubeconfig(NS),
        image: 'registry.local/web:2',
        steps: '50',
        'prometheus-url': prom.url,
        checks: '- name: latency-p99\n  max: 300\n',
      },
    });
    expect(r.outputs.status).toBe('rolled-back');
    expect(r.outputs.reason).toBe('analysis failed: latency-p99: 1 failed measurement > failure-limit 0');
    const m = (
      JSON.parse(r.outputs.report as string) as {
        steps: { measurements: { value: number; condition: string; outcome: string }[] }[];
      }
    ).steps[0]?.measurements.find((x) => x.outcome === 'failure');
    expect(m?.condition).toBe('success: <= 300');
    expect(m?.value).toBeGreaterThan(500);
    expect(m?.value).toBeLessThanOrEqual(1000);
  }, 60_000);

  it.each([
    [200, 'rolled-back', 'high'],
    [20, 'promoted', 'pass'],
  ])(
    'baseline comparison (Mann-Whitney U): canary latency %i ms against a 20 ms baseline -> %s',
    async (latencyMs, status, classification) => {
      kube = await seededKube();
      exporter.set('web-baseline', { rps: 20, errorRate: 0, latencyMs: 20 });
      exporter.set('web-canary', { latencyMs });
      await prom.waitFor('rate(http_request_duration_seconds_count{pod=~"web-baseline-.*"}[5s]) > 0');
      const r = await runBundle('canary', {
        inputs: {
          ...FAST,
          kubeconfig: kube.kubeconfig(NS),
          image: 'registry.local/web:2',
          steps: '50',
          'step-duration': '7s',
          'prometheus-url': prom.url,
          checks: '- name: latency-p99\n  max: 1000\n',
          baseline: 'true',
        },
      });
      exporter.remove('web-baseline');
      expect(r.outputs.status).toBe(status);
      const report = JSON.parse(r.outputs.report as string) as {
        steps: {
          effective: number;
          baselineReplicas: number;
          measurements: { target: string; outcome: string; detail?: string }[];
        }[];
      };
      expect(report.steps[0]?.effective).toBe(25);
      expect(report.steps[0]?.baselineReplicas).toBe(2);
      const cmp = report.steps[0]?.measurements.filter((m) => m.target === 'canary vs baseline') ?? [];
      expect(cmp.map((m) => m.outcome)).toEqual([classification]);
      expect(cmp[0]?.detail).toMatch(
        /^n=\d+\/\d+, shift -?[\d.]+ CI \[-?[\d.]+, -?[\d.]+\], allowed ±[\d.]+, p=[\d.]+$/,
      );
      if (status === 'rolled-back')
        expect(r.outputs.reason).toMatch(
          /^baseline comparison failed: latency-p99 is High against the baseline/,
        );
      // the baseline ran the stable image and is gone again
      const created = kube.requests
        .filter((q) => q.method === 'POST' && q.path.endsWith('/deployments'))
        .map(
          (q) =>
            q.body as {
              metadata: { name: string };
              spec: { template: { spec: { containers: { image: string }[] } } };
            },
        );
      expect(created.map((d) => [d.metadata.name, d.spec.template.spec.containers[0]?.image])).toEqual([
        ['web-canary', 'registry.local/web:2'],
        ['web-baseline', 'registry.local/web:1'],
      ]);
      expect(kube.get('deployments', NS, 'web-baseline')).toBeUndefined();
    },
    60_000,
  );
});
