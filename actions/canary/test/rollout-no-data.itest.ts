/**
 * The canary against a real Prometheus when the canary has no series yet: the no-data policies, and the
 * default analysis measured from the traffic shift, as on a real cluster.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { runBundle } from '@pipewright/testkit';
import type { FakeKube } from '@pipewright/testkit/k8s-fake/server';
import { FAST, NS, seededKube } from './helpers.ts';
import { canarySeriesGone, exporter, prom, SUCCESS_ONLY, useRealPrometheus } from './prometheus-fixture.ts';

useRealPrometheus();
let kube: FakeKube | undefined;
afterEach(async () => {
  await kube?.stop();
  kube = undefined;
});

describe('canary with the replicas router and real Prometheus', () => {
  it.each([
    [
      'fail',
      1,
      'rolled-back',
      'analysis failed: success-rate: 1 failed measurement > failure-limit 0',
      'failure',
    ],
    ['pass', 0, 'promoted', 'registry.local/web:2 promoted after 1 step', 'success'],
    [
      'inconclusive',
      0,
      'paused',
      'analysis inconclusive: success-rate: 1 inconclusive measurement > inconclusive-limit 0; paused at step 1 (50 %) for a decision',
      'inconclusive',
    ],
    [
      'inconclusive',
      1,
      'rolled-back',
      'analysis inconclusive: success-rate: 1 inconclusive measurement > inconclusive-limit 0',
      'inconclusive',
      'rollback',
    ],
  ])(
    'no data under policy %s: %s (on-inconclusive %s)',
    async (policy, exitCode, status, reason, outcome, onInconclusive = 'pause') => {
      kube = await seededKube();
      await canarySeriesGone();
      const r = await runBundle('canary', {
        inputs: {
          ...FAST,
          kubeconfig: kube.kubeconfig(NS),
          image: 'registry.local/web:2',
          steps: '50',
          'prometheus-url': prom.url,
          checks: SUCCESS_ONLY,
          'no-data': policy,
          'on-inconclusive': onInconclusive,
        },
      });
      expect(r.exitCode).toBe(exitCode);
      expect(r.outputs.status).toBe(status);
      expect(r.outputs.reason).toBe(reason);
      const state = kube.get('deployments', NS, 'web')?.metadata.annotations?.['pipewright.dev/canary'];
      if (status === 'paused') {
        // Paused, not rolled back: state kept, canary kept at the step's share, a notice and no error.
        expect(JSON.parse(state as string)).toMatchObject({
          phase: 'paused',
          step: 0,
          image: 'registry.local/web:2',
        });
        expect(kube.get('deployments', NS, 'web-canary')?.spec.replicas).toBe(2);
        expect(r.outputs.weight).toBe('33.3');
        expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
        expect(r.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
          `Canary of web is paused: ${reason}. Traffic stays at 33.3 %; run this action again with \`decision: promote\` or \`decision: rollback\`.`,
        ]);
        // A human decides: promote continues after the paused (last) step, i.e. promotes.
        const go = await runBundle('canary', {
          inputs: { ...FAST, kubeconfig: kube.kubeconfig(NS), decision: 'promote', steps: '50' },
          env: { GITHUB_RUN_ID: '7000000010' },
        });
        expect(go.exitCode).toBe(0);
        expect(go.outputs.status).toBe('promoted');
        expect(go.outputs.reason).toBe('registry.local/web:2 promoted after 1 step');
        expect(kube.get('deployments', NS, 'web')?.spec.template.spec.containers[0].image).toBe(
          'registry.local/web:2',
        );
        expect(kube.get('deployments', NS, 'web-canary')).toBeUndefined();
      } else {
        expect(state).toBeUndefined();
        expect(kube.get('deployments', NS, 'web-canary')).toBeUndefined();
      }
      const report = JSON.parse(r.outputs.report as string) as {
        steps: { measurements: { outcome: string; detail?: string }[] }[];
      };
      // Within the initial delay (3 × the 1 s scrape interval Prometheus reports) no data means "wait";
      // then the policy applies.
      const ms = report.steps[0]?.measurements ?? [];
      expect(ms[0]).toEqual(
        expect.objectContaining({
          outcome: 'wait',
          detail: 'no data: the query returned no series (within the initial delay of 3.0s)',
        }),
      );
      const first = ms.find((m) => m.outcome !== 'wait');
      expect(first?.outcome).toBe(outcome);
      expect(first?.detail).toBe('no data: the query returned no series');
      expect(r.log).toContain(
        'no data in the first 3.0s after the shift means "wait" (3 × scrape interval; set initial-delay to change it)',
      );
    },
    60_000,
  );

  it('no data under policy wait: measures again until data arrives, then judges it', async () => {
    kube = await seededKube();
    const k = kube;
    await canarySeriesGone();
    const timer = setInterval(() => {
      if (k.get('deployments', NS, 'web-canary')?.status?.availableReplicas === 2) {
        clearInterval(timer);
        setTimeout(() => exporter.set('web-canary', { rps: 20, errorRate: 0, latencyMs: 20 }), 1500);
      }
    }, 50);
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: k.kubeconfig(NS),
        image: 'registry.local/web:2',
        steps: '50',
        'prometheus-url': prom.url,
        checks: SUCCESS_ONLY,
        'no-data': 'wait',
      },
    });
    clearInterval(timer);
    expect(r.outputs.status).toBe('promoted');
    const outcomes =
      (
        JSON.parse(r.outputs.report as string) as { steps: { measurements: { outcome: string }[] }[] }
      ).steps[0]?.measurements.map((m) => m.outcome) ?? [];
    expect(outcomes[0]).toBe('wait');
    expect(outcomes[outcomes.length - 1]).toBe('success');
    expect(outcomes.filter((o) => o !== 'wait' && o !== 'success')).toEqual([]);
  }, 60_000);
});

/**
 * As on a real cluster: the canary's pods have no series before they serve, Prometheus needs two scrapes of
 * them for a rate, and the first measurement is taken right after the shift. Analysis inputs are the
 * defaults (built-in success-rate and latency-p99 checks, no-data fail, failure-limit 0, initial delay from
 * the scrape interval Prometheus reports); only the timings are short.
 */
describe('default analysis, measured from the shift', () => {
  const startServingWhenReady = (k: FakeKube, traffic: { errorRate: number }) => {
    const timer = setInterval(() => {
      if ((k.get('deployments', NS, 'web-canary')?.status?.availableReplicas ?? 0) > 0) {
        clearInterval(timer);
        exporter.set('web-canary', { rps: 20, latencyMs: 20, ...traffic });
      }
    }, 20);
    return () => clearInterval(timer);
  };

  it('a healthy canary is promoted on the first try', async () => {
    kube = await seededKube();
    await canarySeriesGone();
    const stop = startServingWhenReady(kube, { errorRate: 0 });
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: kube.kubeconfig(NS),
        image: 'registry.local/web:2',
        steps: '25,50',
        'prometheus-url': prom.url,
      },
    });
    stop();
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('promoted');
    const steps = (
      JSON.parse(r.outputs.report as string) as {
        steps: { result: string; measurements: { check: string; outcome: string }[] }[];
      }
    ).steps;
    expect(steps.map((s) => s.result)).toEqual(['passed', 'passed']);
    // the canary had no data when it was first measured: that waited, it did not fail
    expect(steps[0]?.measurements[0]?.outcome).toBe('wait');
    for (const s of steps)
      for (const check of ['success-rate', 'latency-p99'])
        expect(
          s.measurements.filter((m) => m.check === check && m.outcome === 'success').length,
        ).toBeGreaterThan(0);
    expect(
      steps
        .flatMap((s) => s.measurements.map((m) => m.outcome))
        .filter((o) => o !== 'wait' && o !== 'success'),
    ).toEqual([]);
  }, 60_000);

  it('a canary answering half its requests with 5xx is rolled back on the first try', async () => {
    kube = await seededKube();
    await canarySeriesGone();
    const stop = startServingWhenReady(kube, { errorRate: 0.5 });
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: kube.kubeconfig(NS),
        image: 'registry.local/web:2',
        steps: '25,50',
        'prometheus-url': prom.url,
      },
    });
    stop();
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('rolled-back');
    expect(r.outputs.reason).toBe('analysis failed: success-rate: 1 failed measurement > failure-limit 0');
    const ms =
      (
        JSON.parse(r.outputs.report as string) as {
          steps: { measurements: { check: string; outcome: string; value?: number }[] }[];
        }
      ).steps[0]?.measurements ?? [];
    const failed = ms.find((m) => m.outcome === 'failure');
    expect(failed?.check).toBe('success-rate');
    expect(failed?.value).toBeLessThan(99);
    expect(kube.get('deployments', NS, 'web-canary')).toBeUndefined();
  }, 60_000);
});
