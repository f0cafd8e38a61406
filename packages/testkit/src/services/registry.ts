/**
 * A real OCI registry (Debian `docker-registry`, distribution 2.8) on loopback with htpasswd (bcrypt)
 * auth and filesystem storage in a temporary directory: start on a free port, wait until /v2/ answers,
 * stop. The Docker engine treats 127.0.0.0/8 registries as insecure (plain HTTP) without configuration.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './moto.ts';

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
  if (!existsSync(REGISTRY_BIN))
    throw new Error(
      `docker-registry not found at ${REGISTRY_BIN}: install the Debian package docker-registry (scripts/provision.sh does).`,
    );
  const users = o.users ?? { pipewright: 'registry-test-password-1' };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  let auth = '';
  if (Object.keys(users).length) {
    if (!existsSync(HTPASSWD_BIN))
      throw new Error(
        `htpasswd not found at ${HTPASSWD_BIN}: install the Debian package apache2-utils (scripts/provision.sh does).`,
      );
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
  const child: ChildProcess = spawn(REGISTRY_BIN, ['serve', path.join(dir, 'config.yml')], {
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
  const timeoutMs = o.timeoutMs ?? 20_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`docker-registry exited while starting:\n${stderr}`);
    try {
      const r = await fetch(`http://${host}/v2/`);
      // 401 means it is up and asking for credentials.
      if (r.status === 200 || r.status === 401) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`docker-registry did not answer on ${host} within ${timeoutMs} ms:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
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
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (exited) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
