/**
 * A real OCI registry (Debian `docker-registry`, distribution 2.8) on loopback with htpasswd (bcrypt)
 * auth and filesystem storage in a temporary directory: start on a free port, wait until /v2/ answers,
 * stop. The Docker engine treats 127.0.0.0/8 registries as insecure (plain HTTP) without configuration.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, httpGet, requireProgram, startServiceProcess } from './process.ts';

export const REGISTRY_BIN = process.env.PIPEWRIGHT_REGISTRY_BIN ?? '/usr/bin/docker-registry';
export const HTPASSWD_BIN = process.env.PIPEWRIGHT_HTPASSWD_BIN ?? '/usr/bin/htpasswd';

export interface RegistryServer {
  /** host:port, e.g. 127.0.0.1:41234: the registry part of image references. */
  host: string;
  url: string;
  users: Record<string, string>;
  /** Reads a manifest digest the way a client would (HEAD with the manifest media types). */
  manifestDigest(repository: string, reference: string): Promise<string | undefined>;
  /** GETs a manifest (or list): its media type, digest and body. */
  manifest(
    repository: string,
    reference: string,
  ): Promise<{ mediaType: string; digest: string; body: string }>;
  stop(): Promise<void>;
}

export interface RegistryOptions {
  /** user -> password; empty for a registry without auth. Default: one user `pipewright`. */
  users?: Record<string, string>;
  timeoutMs?: number;
}

export async function startRegistry(o: RegistryOptions = {}): Promise<RegistryServer> {
  requireProgram(REGISTRY_BIN, 'the Debian package docker-registry');
  const users = o.users ?? { pipewright: 'registry-test-password-1' };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  let auth = '';
  if (Object.keys(users).length) {
    requireProgram(HTPASSWD_BIN, 'the Debian package apache2-utils');
    const lines = Object.entries(users).map(([u, p]) =>
      execFileSync(HTPASSWD_BIN, ['-nbB', u, p], { encoding: 'utf8' }).trim(),
    );
    writeFileSync(path.join(dir, 'htpasswd'), `${lines.join('\n')}\n`);
    auth = `auth:\n  htpasswd:\n    realm: pipewright-test\n    path: ${path.join(dir, 'htpasswd')}\n`;
  }
  const config = `version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: ${path.join(dir, 'data')}
  delete:
    enabled: true
http:
  addr: ${host}
  secret: pipewright-test-secret
${auth}`;
  writeFileSync(path.join(dir, 'config.yml'), config);
  let proc;
  try {
    proc = await startServiceProcess({
      name: 'docker-registry',
      command: REGISTRY_BIN,
      args: ['serve', path.join(dir, 'config.yml')],
      // 401 means it is up and asking for credentials.
      ready: async () => [200, 401].includes((await httpGet(`http://${host}/v2/`))?.status ?? 0),
      timeoutMs: o.timeoutMs ?? 20_000,
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const running = proc;
  const [firstUser, firstPassword] = Object.entries(users)[0] ?? [];
  const headers = (): Record<string, string> => ({
    accept: [
      'application/vnd.docker.distribution.manifest.v2+json',
      'application/vnd.docker.distribution.manifest.list.v2+json',
      'application/vnd.oci.image.manifest.v1+json',
      'application/vnd.oci.image.index.v1+json',
    ].join(', '),
    ...(firstUser
      ? { authorization: `Basic ${Buffer.from(`${firstUser}:${firstPassword}`).toString('base64')}` }
      : {}),
  });
  return {
    host,
    url: `http://${host}`,
    users,
    async manifest(repository, reference) {
      const r = await fetch(`http://${host}/v2/${repository}/manifests/${reference}`, { headers: headers() });
      if (!r.ok) throw new Error(`GET manifest ${repository}:${reference}: ${r.status}`);
      return {
        mediaType: (r.headers.get('content-type') ?? '').split(';')[0] as string,
        digest: r.headers.get('docker-content-digest') ?? '',
        body: await r.text(),
      };
    },
    async manifestDigest(repository, reference) {
      const r = await fetch(`http://${host}/v2/${repository}/manifests/${reference}`, {
        method: 'HEAD',
        headers: headers(),
      });
      return r.ok ? (r.headers.get('docker-content-digest') ?? undefined) : undefined;
    },
    stop: async () => {
      await running.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
