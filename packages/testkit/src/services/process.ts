/**
 * What every real-service helper shares: refuse clearly when the program is missing, pick a free loopback
 * port, start the process, wait until it answers, and stop it (SIGTERM, then SIGKILL) — never leaving a
 * test green because a service was absent.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';

/** Throws a message naming the Debian package (or other source) that provides a missing program. */
export function requireProgram(file: string, providedBy: string): void {
  if (!existsSync(file))
    throw new Error(`${file} not found: install ${providedBy} (scripts/provision.sh does).`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** GET without keep-alive (pooled sockets would outlive the test); undefined when nothing answers. */
export function httpGet(url: string): Promise<{ status: number; body: string } | undefined> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, headers: { Connection: 'close' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', () => resolve(undefined));
  });
}

export interface ServiceProcess {
  child: ChildProcess;
  /** The last 4,000 characters the process wrote to stderr. */
  stderr(): string;
  stop(): Promise<void>;
}

export interface ServiceProcessOptions {
  name: string;
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** True once the service answers (polled every 100 ms). */
  ready: () => Promise<boolean>;
  timeoutMs?: number;
}

export async function startServiceProcess(o: ServiceProcessOptions): Promise<ServiceProcess> {
  const child = spawn(o.command, o.args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    cwd: o.cwd,
    env: o.env ?? process.env,
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString('utf8')).slice(-4000);
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const stop = async () => {
    if (exited) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const t = setTimeout(() => child.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(t);
  };
  const timeoutMs = o.timeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`${o.name} exited while starting:\n${stderr}`);
    if (await o.ready().catch(() => false)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${o.name} did not answer within ${timeoutMs} ms:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, stderr: () => stderr, stop };
}
