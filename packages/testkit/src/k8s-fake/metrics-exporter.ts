/**
 * A test exporter: app-instrumented HTTP metrics (http_request_duration_seconds histogram with namespace,
 * pod and status labels) for workloads whose traffic, error rate and latency the test sets at any time.
 * Counters grow by rps × elapsed time at each scrape, so Prometheus sees real rates.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WorkloadTraffic {
  rps: number;
  /** 0..1 */
  errorRate: number;
  latencyMs: number;
}

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  traffic: WorkloadTraffic;
  pod: string;
  ok: number;
  errors: number;
  sumOk: number;
  sumErr: number;
  /** cumulative count per bucket (same latency for every request of a scrape period) */
  bucketsOk: number[];
  bucketsErr: number[];
  last: number;
}

export interface MetricsExporter {
  /** host:port for Prometheus. */
  target: string;
  /** Sets (or starts) a workload's traffic; its pods are named <workload>-5d8f7c9b6d-x2x4z. */
  set(workload: string, traffic: Partial<WorkloadTraffic>): void;
  /** Stops reporting a workload (its series disappear). */
  remove(workload: string): void;
  stop(): Promise<void>;
}

export async function startMetricsExporter(namespace = 'default'): Promise<MetricsExporter> {
  const series = new Map<string, Series>();
  const advance = (s: Series, now: number) => {
    const dt = (now - s.last) / 1000;
    s.last = now;
    const n = s.traffic.rps * dt;
    const err = n * s.traffic.errorRate;
    const ok = n - err;
    const lat = s.traffic.latencyMs / 1000;
    s.ok += ok;
    s.errors += err;
    s.sumOk += ok * lat;
    s.sumErr += err * lat;
    BUCKETS.forEach((le, i) => {
      if (lat <= le) {
        s.bucketsOk[i] = (s.bucketsOk[i] ?? 0) + ok;
        s.bucketsErr[i] = (s.bucketsErr[i] ?? 0) + err;
      }
    });
  };
  const render = () => {
    const now = Date.now();
    const lines = ['# TYPE http_request_duration_seconds histogram'];
    for (const s of series.values()) {
      advance(s, now);
      for (const [status, count, sum, buckets] of [
        ['200', s.ok, s.sumOk, s.bucketsOk],
        ['500', s.errors, s.sumErr, s.bucketsErr],
      ] as const) {
        const l = `namespace="${namespace}",pod="${s.pod}",status="${status}"`;
        BUCKETS.forEach((le, i) =>
          lines.push(`http_request_duration_seconds_bucket{${l},le="${le}"} ${buckets[i] ?? 0}`),
        );
        lines.push(`http_request_duration_seconds_bucket{${l},le="+Inf"} ${count}`);
        lines.push(`http_request_duration_seconds_count{${l}} ${count}`);
        lines.push(`http_request_duration_seconds_sum{${l}} ${sum}`);
      }
    }
    return lines.join('\n') + '\n';
  };
  const server = http.createServer((req, res) => {
    if (req.url === '/metrics') {
      res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' });
      res.end(render());
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    target: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    set: (workload, t) => {
      const now = Date.now();
      const s = series.get(workload);
      if (s) {
        advance(s, now);
        s.traffic = { ...s.traffic, ...t };
        return;
      }
      series.set(workload, {
        traffic: { rps: 100, errorRate: 0, latencyMs: 20, ...t },
        pod: `${workload}-5d8f7c9b6d-x2x4z`,
        ok: 0,
        errors: 0,
        sumOk: 0,
        sumErr: 0,
        bucketsOk: BUCKETS.map(() => 0),
        bucketsErr: BUCKETS.map(() => 0),
        last: now,
      });
    },
    remove: (workload) => {
      series.delete(workload);
    },
    stop: async () => {
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections();
      await closed;
    },
  };
}
