/**
 * Shared setup of the canary integration tests that analyse metrics: a metrics exporter (stable and canary
 * pods of the seeded app) scraped by a real Prometheus. A test file calls `useRealPrometheus()` once at its
 * top; `prom` and `exporter` are then set for its tests (live ES module bindings, one instance per file).
 */
import { afterAll, afterEach, beforeAll } from '@jest/globals';
import { startMetricsExporter, type MetricsExporter } from '@pipewright/testkit/k8s-fake/metrics-exporter';
import { startPrometheus, type PrometheusServer } from '@pipewright/testkit/services/prometheus';
import { NS } from './helpers.ts';

export let prom: PrometheusServer;
export let exporter: MetricsExporter;

/** Starts the exporter and Prometheus before the file's tests; resets the canary's traffic after each test. */
export function useRealPrometheus(): void {
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
  afterEach(() => {
    exporter.set('web-canary', { rps: 20, errorRate: 0, latencyMs: 20 });
  });
}

/** Only the built-in success-rate check. */
export const SUCCESS_ONLY = '- name: success-rate\n  min: 99\n';

/** Removes the canary's series and waits until a rate over the analysis window sees none of them. */
export async function canarySeriesGone(): Promise<void> {
  exporter.remove('web-canary');
  const end = Date.now() + 20_000;
  while (
    (await prom.query('sum(rate(http_request_duration_seconds_count{pod=~"web-canary-.*"}[5s]))')).length
  ) {
    if (Date.now() > end) throw new Error('canary series still visible after 20 s');
    await new Promise((r) => setTimeout(r, 250));
  }
}
