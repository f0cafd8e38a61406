/**
 * moto's server (PyPI moto[server], pinned in scripts/provision.sh) on loopback, for end-to-end tests of
 * AWS-facing actions: start on a free port, wait until it answers, stop.
 */
import { freePort, httpGet, requireProgram, startServiceProcess } from './process.ts';

export { freePort };

export const MOTO_SERVER = process.env.PIPEWRIGHT_MOTO_SERVER ?? '/var/lib/pipewright/venv/bin/moto_server';

export interface MotoServer {
  url: string;
  /** Environment for a step talking to it: endpoint, dummy credentials, region. */
  env: Record<string, string>;
  /** Forgets every resource (POST /moto-api/reset). */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export async function startMoto(timeoutMs = 30_000): Promise<MotoServer> {
  requireProgram(MOTO_SERVER, 'moto[server]==5.2.5 into the venv /var/lib/pipewright/venv');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = await startServiceProcess({
    name: 'moto_server',
    command: MOTO_SERVER,
    args: ['-H', '127.0.0.1', '-p', String(port)],
    ready: async () => (await httpGet(`${url}/moto-api/data.json`))?.status === 200,
    timeoutMs,
  });
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
    stop: () => proc.stop(),
  };
}
