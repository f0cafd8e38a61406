import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { runBundle } from '@pipewright/testkit';
import type { FakeKube } from '@pipewright/testkit/k8s-fake/server';
import { startMetricsExporter, type MetricsExporter } from '@pipewright/testkit/k8s-fake/metrics-exporter';
import { startPrometheus, type PrometheusServer } from '@pipewright/testkit/services/prometheus';
import { FAST, NS, seededKube, stableSnapshot } from './helpers.ts';

let prom: PrometheusServer;
let exporter: MetricsExporter;
let kube: FakeKube | undefined;

beforeAll(async () => {
  exporter = await startMetricsExporter(NS);
  exporter.set('web', { rps: 50, errorRate: 0.001, latencyMs: 20 });
  exporter.set('web-canary', { rps: 20, errorRate: 0, latencyMs: 20 });
  prom = await startPrometheus({ targets: [exporter.target], scrapeIntervalSeconds: 1 });
  await prom.waitFor('rate(http_request_duration_seconds_count{pod=~"web-canary-.*"}[5s]) > 0');
}, 60_000);
afterAll(async () => {
  await prom?.stop();
  await exporter?.stop();
});
afterEach(async () => {
  await kube?.stop();
  kube = undefined;
  exporter.set('web-canary', { rps: 20, errorRate: 0, latencyMs: 20 });
});

/** Removes the canary's series and waits until a rate over the analysis window sees none of them. */
async function canarySeriesGone(): Promise<void> {
  exporter.remove('web-canary');
  const end = Date.now() + 20_000;
  while (
    (await prom.query('sum(rate(http_request_duration_seconds_count{pod=~"web-canary-.*"}[5s]))')).length
  ) {
    if (Date.now() > end) throw new Error('canary series still visible after 20 s');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * A pass-through proxy in front of the real Prometheus that can be cut (connections then close without an
 * answer), as when the network to Prometheus goes away mid-rollout.
 */
async function startCutProxy(
  target: string,
  o: { token?: string } = {},
): Promise<{ url: string; cut(): void; close(): Promise<void> }> {
  let cut = false;
  const server = http.createServer((req, res) => {
    if (cut) {
      req.socket.destroy();
      return;
    }
    // as an authenticating proxy in front of Prometheus answers a missing or wrong bearer token
    if (o.token && req.headers.authorization !== `Bearer ${o.token}`) {
      res.writeHead(401, { 'Content-Type': 'text/plain' });
      res.end('Unauthorized\n');
      return;
    }
    const up = http.request(target + (req.url ?? '/'), { method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cut: () => {
      cut = true;
    },
    close: async () => {
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections();
      await closed;
    },
  };
}

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

  const SUCCESS_ONLY = '- name: success-rate\n  min: 99\n';

  it.each([
    [
      'fail',
      1,
      'rolled-back',
      'analysis failed: success-rate: 1 failed measurement > failure-limit 0',
      'failure',
    ],
    ['pass', 0, 'promoted', 'registry.local/web:2 promoted after 1 steps', 'success'],
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
        expect(go.outputs.reason).toBe('registry.local/web:2 promoted after 1 steps');
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

  it('Prometheus unreachable: fails before any cluster request, naming the cause', async () => {
    kube = await seededKube();
    kube.requests.length = 0;
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: kube.kubeconfig(NS),
        image: 'registry.local/web:2',
        steps: '50,100',
        'prometheus-url': 'http://127.0.0.1:9',
      },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'Prometheus at http://127.0.0.1:9 cannot be reached (connect ECONNREFUSED 127.0.0.1:9); nothing was changed in the cluster.\nCheck `prometheus-url` and that the runner can reach it (network, firewall, VPN).',
    ]);
    expect(r.outputs).toEqual({});
    expect(kube.requests).toEqual([]);
  }, 60_000);

  it('Prometheus refusing the token: fails before any cluster request; the token is masked', async () => {
    kube = await seededKube();
    kube.requests.length = 0;
    const proxy = await startCutProxy(prom.url, { token: 'prom-right-token-123' });
    try {
      const inputs = {
        ...FAST,
        kubeconfig: kube.kubeconfig(NS),
        image: 'registry.local/web:2',
        steps: '50',
        'prometheus-url': proxy.url,
        checks: SUCCESS_ONLY,
      };
      const r = await runBundle('canary', {
        inputs: { ...inputs, 'prometheus-token': 'prom-wrong-token-456' },
      });
      expect(r.exitCode).toBe(1);
      expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
        `Prometheus at ${proxy.url} refused the credentials (Prometheus 401: Unauthorized); nothing was changed in the cluster.\nCheck \`prometheus-token\` (a bearer token Prometheus or its proxy accepts).`,
      ]);
      expect(r.masks).toContain('prom-wrong-token-456');
      expect(kube.requests).toEqual([]);
      // with the right token the same rollout runs
      const ok = await runBundle('canary', {
        inputs: { ...inputs, 'prometheus-token': 'prom-right-token-123' },
      });
      expect(ok.outputs.status).toBe('promoted');
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it('a query giving several series or not parsing fails before any cluster request, naming the label sets', async () => {
    kube = await seededKube();
    kube.requests.length = 0;
    const perSeries =
      'rate(http_request_duration_seconds_count{namespace="{{namespace}}",pod=~"{{target}}-[0-9a-zA-Z]+(-[0-9a-zA-Z]+)"}[{{window}}])';
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: kube.kubeconfig(NS),
        image: 'registry.local/web:2',
        steps: '50',
        'prometheus-url': prom.url,
        checks: `- name: rps\n  query: '${perSeries}'\n  min: 0\n- name: broken\n  query: 'sum(rate(x[{{window}}])'\n  max: 1\n`,
      },
    });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toHaveLength(1);
    // The exporter's web pod has a status="200" and a status="500" series; Prometheus drops __name__ from
    // rate() results (Prometheus docs: functions on counters return series without the metric name).
    expect(errors[0]?.split('\n')).toEqual([
      'The analysis cannot run; nothing was changed in the cluster.',
      '- check rps: for the stable Deployment web the query returns 2 series: {instance="' +
        exporter.target +
        '", job="app", namespace="shop", pod="web-5d8f7c9b6d-x2x4z", status="200"}, {instance="' +
        exporter.target +
        '", job="app", namespace="shop", pod="web-5d8f7c9b6d-x2x4z", status="500"}; a check needs one value: aggregate in PromQL (e.g. sum(...) or max(...)) or set `aggregate` (min, max, avg or sum) on the check.',
      // Prometheus answers 400 bad_data for a query that does not parse (Prometheus HTTP API docs, https://prometheus.io/docs/prometheus/latest/querying/api/)
      '- check broken: Prometheus refused the query (Prometheus 400: bad_data invalid parameter "query": 1:16: parse error: unclosed left parenthesis). Query: sum(rate(x[5s])',
      'Fix the `checks` input; each query must give one number for the canary.',
    ]);
    expect(kube.requests).toEqual([]);
  }, 60_000);

  it('aggregate: sum makes a per-series query one value, and the rollout runs', async () => {
    kube = await seededKube();
    const perSeries =
      'rate(http_request_duration_seconds_count{namespace="{{namespace}}",pod=~"{{target}}-[0-9a-zA-Z]+(-[0-9a-zA-Z]+)"}[{{window}}])';
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: kube.kubeconfig(NS),
        image: 'registry.local/web:2',
        steps: '50',
        'prometheus-url': prom.url,
        checks: `- name: rps\n  query: '${perSeries}'\n  aggregate: sum\n  min: 1\n`,
      },
    });
    expect(r.outputs.status).toBe('promoted');
    const ms =
      (JSON.parse(r.outputs.report as string) as { steps: { measurements: { value?: number }[] }[] }).steps[0]
        ?.measurements ?? [];
    // one value per measurement (the sum of the status="200" and status="500" rates), each >= min 1
    expect(ms.length).toBeGreaterThanOrEqual(2);
    for (const m of ms) expect(m.value).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('a query giving one series for the stable pods but several for the canary stops the rollout, naming them', async () => {
    kube = await seededKube();
    // stable: 50 rps with 0.1 % errors, so only its status="200" rate is above 1/s; the canary: 20 rps with
    // 50 % errors, both its status rates are.
    exporter.set('web-canary', { rps: 20, errorRate: 0.5 });
    await prom.waitFor(
      'rate(http_request_duration_seconds_count{pod=~"web-canary-.*",status="500"}[5s]) > 1',
    );
    const q =
      'sum by (status) (rate(http_request_duration_seconds_count{namespace="{{namespace}}",pod=~"{{target}}-[0-9a-zA-Z]+(-[0-9a-zA-Z]+)"}[{{window}}])) > 1';
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: kube.kubeconfig(NS),
        image: 'registry.local/web:2',
        steps: '50',
        'prometheus-url': prom.url,
        checks: `- name: rps\n  query: '${q}'\n  min: 1\n`,
      },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('rolled-back');
    expect(r.outputs.reason).toBe(
      'analysis cannot run: rps: the query returned 2 series: {status="200"}, {status="500"}; a check needs one value: aggregate in PromQL (e.g. sum(...) or max(...)) or set `aggregate: max` (min, avg, sum) on the check',
    );
    expect(kube.get('deployments', NS, 'web-canary')).toBeUndefined();
  }, 60_000);

  it('Prometheus lost after the shift: errors never pass a step; the consecutive-error limit names the cause', async () => {
    kube = await seededKube();
    const k = kube;
    const proxy = await startCutProxy(prom.url);
    const timer = setInterval(() => {
      if (k.get('deployments', NS, 'web-canary')) proxy.cut();
    }, 20);
    try {
      const r = await runBundle('canary', {
        inputs: {
          ...FAST,
          kubeconfig: k.kubeconfig(NS),
          image: 'registry.local/web:2',
          steps: '50,100',
          'prometheus-url': proxy.url,
          checks: SUCCESS_ONLY,
          'consecutive-error-limit': '2',
        },
      });
      expect(r.exitCode).toBe(1);
      expect(r.outputs.status).toBe('rolled-back');
      expect(r.outputs.reason).toBe(
        `analysis errored: success-rate: 3 consecutive query errors > consecutive-error-limit 2 (last: Prometheus unreachable at ${proxy.url}: socket hang up)`,
      );
      const ms =
        (
          JSON.parse(r.outputs.report as string) as {
            steps: { measurements: { outcome: string }[] }[];
          }
        ).steps[0]?.measurements ?? [];
      expect(ms.map((m) => m.outcome)).toEqual(['error', 'error', 'error']);
      expect(k.get('deployments', NS, 'web-canary')).toBeUndefined();
      expect(k.get('deployments', NS, 'web')?.spec.template.spec.containers[0].image).toBe(
        'registry.local/web:1',
      );
    } finally {
      clearInterval(timer);
      await proxy.close();
    }
  }, 60_000);

  it('every measurement of a step errored (high error limit): the step never passes, nothing is promoted', async () => {
    kube = await seededKube();
    const k = kube;
    const proxy = await startCutProxy(prom.url);
    const timer = setInterval(() => {
      if (k.get('deployments', NS, 'web-canary')) proxy.cut();
    }, 20);
    try {
      const r = await runBundle('canary', {
        inputs: {
          ...FAST,
          kubeconfig: k.kubeconfig(NS),
          image: 'registry.local/web:2',
          steps: '50,100',
          'prometheus-url': proxy.url,
          checks: SUCCESS_ONLY,
          'consecutive-error-limit': '100',
        },
      });
      expect(r.exitCode).toBe(1);
      expect(r.outputs.status).toBe('rolled-back');
      expect(r.outputs.reason).toMatch(
        new RegExp(
          `^analysis had no successful measurement of success-rate in \\d+(\\.\\d+)?s \\((\\d+) measurements: \\2 errors, 0 waiting for data, 0 inconclusive; last error: Prometheus unreachable at ${proxy.url.replace(/[.]/g, '\\.')}: socket hang up\\); a step passes only on data$`,
        ),
      );
      expect(r.outputs.step).toBe('0');
      expect(k.get('deployments', NS, 'web')?.spec.template.spec.containers[0].image).toBe(
        'registry.local/web:1',
      );
    } finally {
      clearInterval(timer);
      await proxy.close();
    }
  }, 60_000);

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
