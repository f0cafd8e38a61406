/**
 * A real Prometheus (Debian `prometheus`) on loopback, scraping the given targets at a short interval,
 * with its TSDB in a temporary directory: start on a free port, wait until ready (and, if asked, until
 * every target has been scraped), stop.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, httpGet, requireProgram, startServiceProcess } from './process.ts';

export const PROMETHEUS_BIN = process.env.PIPEWRIGHT_PROMETHEUS_BIN ?? '/usr/bin/prometheus';

export interface PrometheusServer {
  url: string;
  port: number;
  /** Runs an instant query (for test setup and assertions). */
  query(expr: string): Promise<{ metric: Record<string, string>; value: [number, string] }[]>;
  /** Waits until the query returns at least one series. */
  waitFor(expr: string, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface PrometheusOptions {
  /** host:port targets of one job named `app`. */
  targets: string[];
  scrapeIntervalSeconds?: number;
  timeoutMs?: number;
}

export async function startPrometheus(o: PrometheusOptions): Promise<PrometheusServer> {
  requireProgram(PROMETHEUS_BIN, 'the Debian package prometheus');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-prometheus-'));
  const port = await freePort();
  const interval = `${o.scrapeIntervalSeconds ?? 1}s`;
  writeFileSync(
    path.join(dir, 'prometheus.yml'),
    `global:\n  scrape_interval: ${interval}\n  evaluation_interval: ${interval}\nscrape_configs:\n  - job_name: app\n    scrape_interval: ${interval}\n    scrape_timeout: ${interval}\n    honor_labels: true\n    static_configs:\n      - targets: [${o.targets.map((t) => `'${t}'`).join(', ')}]\n`,
  );
  const url = `http://127.0.0.1:${port}`;
  let proc;
  try {
    proc = await startServiceProcess({
      name: 'prometheus',
      command: PROMETHEUS_BIN,
      args: [
        `--config.file=${dir}/prometheus.yml`,
        `--storage.tsdb.path=${dir}/data`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=warn',
      ],
      ready: async () => (await httpGet(`${url}/-/ready`))?.status === 200,
      timeoutMs: o.timeoutMs ?? 30_000,
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const running = proc;
  const stop = async () => {
    await running.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  const query = async (expr: string) => {
    const r = await httpGet(`${url}/api/v1/query?${new URLSearchParams({ query: expr })}`);
    if (!r) throw new Error(`prometheus at ${url} did not answer`);
    const body = JSON.parse(r.body) as {
      status: string;
      data: { result: { metric: Record<string, string>; value: [number, string] }[] };
      error?: string;
    };
    if (body.status !== 'success') throw new Error(`prometheus query failed: ${body.error}`);
    return body.data.result;
  };
  return {
    url,
    port,
    query,
    waitFor: async (expr, timeoutMs = 20_000) => {
      const end = Date.now() + timeoutMs;
      for (;;) {
        if ((await query(expr)).length) return;
        if (Date.now() > end) throw new Error(`prometheus: no series for ${expr} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    stop,
  };
}
