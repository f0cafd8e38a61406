/**
 * The canary against a real Prometheus that is unreachable, refuses the token, is lost mid-rollout, or
 * answers a query with several series or a parse error.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import { runBundle, type RunBundleResult } from '@pipewright/testkit';
import type { FakeKube } from '@pipewright/testkit/k8s-fake/server';
import { FAST, NS, seededKube } from './helpers.ts';
import { exporter, prom, SUCCESS_ONLY, useRealPrometheus } from './prometheus-fixture.ts';

useRealPrometheus();
let kube: FakeKube | undefined;
afterEach(async () => {
  await kube?.stop();
  kube = undefined;
});

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

/**
 * Runs a rollout (steps 50,100, the success-rate check only) whose Prometheus is cut as soon as the canary
 * Deployment exists, and hands the result and the proxy to `check` while the proxy is still open.
 */
async function runWithPrometheusCutAtShift(
  k: FakeKube,
  consecutiveErrorLimit: string,
  check: (r: RunBundleResult, proxy: { url: string }) => void,
): Promise<void> {
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
        'consecutive-error-limit': consecutiveErrorLimit,
      },
    });
    check(r, proxy);
  } finally {
    clearInterval(timer);
    await proxy.close();
  }
}

describe('canary with the replicas router and real Prometheus', () => {
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
    await runWithPrometheusCutAtShift(k, '2', (r, proxy) => {
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
    });
  }, 60_000);

  it('every measurement of a step errored (high error limit): the step never passes, nothing is promoted', async () => {
    kube = await seededKube();
    const k = kube;
    await runWithPrometheusCutAtShift(k, '100', (r, proxy) => {
      expect(r.exitCode).toBe(1);
      expect(r.outputs.status).toBe('rolled-back');
      expect(r.outputs.reason).toMatch(
        new RegExp(
          `^analysis had no successful measurement of success-rate in \\d+(\\.\\d+)?s \\((?:1 measurement: 1 error|([02-9]|\\d{2,}) measurements: \\2 errors), 0 waiting for data, 0 inconclusive; last error: Prometheus unreachable at ${proxy.url.replace(/[.]/g, '\\.')}: socket hang up\\); a step passes only on data$`,
        ),
      );
      expect(r.outputs.step).toBe('0');
      expect(k.get('deployments', NS, 'web')?.spec.template.spec.containers[0].image).toBe(
        'registry.local/web:1',
      );
    });
  }, 60_000);
});
