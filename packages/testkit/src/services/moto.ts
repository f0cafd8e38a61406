/**
 * moto's server (PyPI moto[server], pinned in scripts/provision.sh) on loopback, for end-to-end tests of
 * AWS-facing actions: start on a free port, wait until it answers, stop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

export const MOTO_SERVER = process.env.PIPEWRIGHT_MOTO_SERVER ?? '/var/lib/pipewright/venv/bin/moto_server';

export interface MotoServer {
  url: string;
  /** Environment for a step talking to it: endpoint, dummy credentials, region. */
  env: Record<string, string>;
  /** Forgets every resource (POST /moto-api/reset). */
  reset(): Promise<void>;
  stop(): Promise<void>;
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

export async function startMoto(timeoutMs = 30_000): Promise<MotoServer> {
  if (!existsSync(MOTO_SERVER))
    throw new Error(
      `moto_server not found at ${MOTO_SERVER}: install it with scripts/provision.sh (a venv at /var/lib/pipewright/venv with moto[server]==5.2.5).`,
    );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(MOTO_SERVER, ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString('utf8')).slice(-4000);
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`moto_server exited while starting:\n${stderr}`);
    try {
      const r = await fetch(`${url}/moto-api/data.json`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`moto_server did not answer on ${url} within ${timeoutMs} ms:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    env: {
      AWS_ENDPOINT_URL_CLOUDFORMATION: url,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: 'us-east-1',
    },
    reset: async () => {
      await fetch(`${url}/moto-api/reset`, { method: 'POST' });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
