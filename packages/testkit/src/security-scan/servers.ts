/**
 * Real web servers nobody here wrote, on loopback, for security-scan's DAST tests: nginx serving its
 * Debian default site from a generated config, Prometheus's web UI, and the docker-registry API.
 * Each helper picks a free port, waits until the server answers, and stops it. A missing program
 * fails with a message naming what to install.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function requireProgram(file: string, pkg: string): void {
  if (!existsSync(file))
    throw new Error(`${file} not found: install the Debian package ${pkg} (scripts/provision.sh does).`);
}

async function startProcess(
  name: string,
  cmd: string,
  args: string[],
  readyUrl: string,
  dir: string,
  timeoutMs = 30_000,
): Promise<RunningServer> {
  const child: ChildProcess = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: dir });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString('utf8')).slice(-4000);
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const stop = async () => {
    if (!exited) {
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(t);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`${name} exited while starting:\n${stderr}`);
    }
    try {
      const r = await fetch(readyUrl, { redirect: 'manual' });
      await r.arrayBuffer();
      if (r.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} did not answer on ${readyUrl} within ${timeoutMs} ms:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: new URL(readyUrl).origin, stop };
}

/** nginx with its Debian default site (/var/www/html), configured in a temp dir: not the system config. */
export async function startNginx(): Promise<RunningServer> {
  const bin = '/usr/sbin/nginx';
  requireProgram(bin, 'nginx-light');
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

/** Prometheus with an empty scrape config; its web UI is the target. */
export async function startPrometheus(): Promise<RunningServer> {
  const bin = '/usr/bin/prometheus';
  requireProgram(bin, 'prometheus');
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-prom-'));
  writeFileSync(path.join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 1h\nscrape_configs: []\n');
  return startProcess(
    'prometheus',
    bin,
    [
      `--config.file=${dir}/prometheus.yml`,
      `--storage.tsdb.path=${dir}/data`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    `http://127.0.0.1:${port}/-/ready`,
    dir,
  );
}

/** The docker-registry (distribution 2.8) API with filesystem storage in a temp dir. */
export async function startRegistry(): Promise<RunningServer> {
  const bin = '/usr/bin/docker-registry';
  requireProgram(bin, 'docker-registry');
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-registry-'));
  writeFileSync(
    path.join(dir, 'config.yml'),
    `version: 0.1
log:
  level: error
storage:
  filesystem:
    rootdirectory: ${dir}/data
http:
  addr: 127.0.0.1:${port}
`,
  );
  return startProcess(
    'docker-registry',
    bin,
    ['serve', path.join(dir, 'config.yml')],
    `http://127.0.0.1:${port}/v2/`,
    dir,
  );
}
