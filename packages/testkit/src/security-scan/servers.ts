/**
 * Real web servers nobody here wrote, on loopback, for security-scan's DAST tests: nginx serving its
 * Debian default site from a generated config, Prometheus's web UI, and the docker-registry API.
 * Each helper picks a free port, waits until the server answers, and stops it. A missing program
 * fails with a message naming what to install.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, httpGet, requireProgram, startServiceProcess } from '../services/process.ts';
import { startPrometheus as startSharedPrometheus } from '../services/prometheus.ts';
import { startRegistry as startSharedRegistry } from '../services/registry.ts';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Runs the server in `dir` until it answers readyUrl below 500; stop() also removes `dir`. */
async function startProcess(
  name: string,
  cmd: string,
  args: string[],
  readyUrl: string,
  dir: string,
): Promise<RunningServer> {
  try {
    const proc = await startServiceProcess({
      name,
      command: cmd,
      args,
      cwd: dir,
      ready: async () => ((await httpGet(readyUrl))?.status ?? 500) < 500,
    });
    return {
      url: new URL(readyUrl).origin,
      stop: async () => {
        await proc.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** nginx with its Debian default site (/var/www/html), configured in a temp dir: not the system config. */
export async function startNginx(): Promise<RunningServer> {
  const bin = '/usr/sbin/nginx';
  requireProgram(bin, 'the Debian package nginx-light');
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-nginx-'));
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, d));
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root /var/www/html;
    index index.html index.htm index.nginx-debian.html;
    location / { try_files $uri $uri/ =404; }
  }
}
`,
  );
  return startProcess(
    'nginx',
    bin,
    ['-c', conf, '-p', dir, '-e', path.join(dir, 'error.log')],
    `http://127.0.0.1:${port}/`,
    dir,
  );
}

/** Prometheus scraping nothing; its web UI is the target. */
export async function startPrometheus(): Promise<RunningServer> {
  const prom = await startSharedPrometheus({ targets: [] });
  return { url: prom.url, stop: () => prom.stop() };
}

/** The docker-registry (distribution 2.8) API, without auth. */
export async function startRegistry(): Promise<RunningServer> {
  const registry = await startSharedRegistry({ users: {} });
  return { url: registry.url, stop: () => registry.stop() };
}
