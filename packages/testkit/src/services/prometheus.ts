/**
 * A real Prometheus (Debian `prometheus`) on loopback, scraping the given targets at a short interval,
 * with its TSDB in a temporary directory: start on a free port, wait until ready (and, if asked, until
 * every target has been scraped), stop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './moto.ts';

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

/** GET without keep-alive (fetch's pooled sockets would outlive the test). */
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, headers: { Connection: 'close' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
}

export async function startPrometheus(o: PrometheusOptions): Promise<PrometheusServer> {
  if (!existsSync(PROMETHEUS_BIN))
    throw new Error(
      `prometheus not found at ${PROMETHEUS_BIN}: install the Debian package prometheus (scripts/provision.sh does).`,
    );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-prometheus-'));
  const port = await freePort();
  const interval = `${o.scrapeIntervalSeconds ?? 1}s`;
  writeFileSync(
    path.join(dir, 'prometheus.yml'),
    `global:\n  scrape_interval: ${interval}\n  evaluation_interval: ${interval}\nscrape_configs:\n  - job_name: app\n    scrape_interval: ${interval}\n    scrape_timeout: ${interval}\n    honor_labels: true\n    static_configs:\n      - targets: [${o.targets.map((t) => `'${t}'`).join(', ')}]\n`,
  );
  const child: ChildProcess = spawn(
    PROMETHEUS_BIN,
    [
      `--config.file=${dir}/prometheus.yml`,
      `--storage.tsdb.path=${dir}/data`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString('utf8')).slice(-4000);
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (!exited) {
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([done, new Promise((r) => (timer = setTimeout(r, 5000)))]);
      clearTimeout(timer);
      if (!exited) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + (o.timeoutMs ?? 30_000);
  for (;;) {
    if (exited) throw new Error(`prometheus exited during start:\n${stderr}`);
    try {
      const r = await get(`${url}/-/ready`);
      if (r.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`prometheus did not become ready within ${o.timeoutMs ?? 30_000} ms:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const query = async (expr: string) => {
    const r = await get(`${url}/api/v1/query?${new URLSearchParams({ query: expr })}`);
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
