/**
 * The bundle against the real Docker engine and a real registry (htpasswd auth) on loopback, with a
 * fault-injecting proxy in front of it for the retry cases: the registry cache between runs, push retries
 * and failures, credentials checked before the build. Set-up in bundle-env.ts.
 */
import { describe, expect, it } from '@jest/globals';
import net from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBundle } from '@pipewright/testkit';
import type { Fault } from '@pipewright/testkit/build-image/fault-proxy';
import { docker, removeImages, workspaceWith } from './helpers.ts';
import {
  created,
  DOCKERFILE,
  PASSWORD,
  proxy,
  registry,
  tagsOf,
  unmasked,
  USER,
  useServices,
} from './bundle-env.ts';

useServices({ registry: true, proxy: true });

describe('registry cache between runs (cache-to / cache-from)', () => {
  it('a second run of an unchanged Dockerfile on an engine without its layers reuses every step', async () => {
    const marker = `${Date.now()}-${Math.random()}`;
    const { workspace } = workspaceWith({
      Dockerfile: [
        'FROM scratch',
        // The marker first: no earlier build on this engine has this step (a first run caches nothing).
        'COPY marker /marker',
        'COPY busybox /bin/busybox',
        'RUN ["/bin/busybox", "sh", "-c", "echo one > /one"]',
        'RUN ["/bin/busybox", "sh", "-c", "echo two > /two"]',
        '',
      ].join('\n'),
      marker,
    });
    const cacheRef = `${registry.host}/pipewright/cache:buildcache`;
    const run = () =>
      runBundle('build-image', {
        workspace,
        event: 'push',
        inputs: {
          context: 'ctx',
          tags: 'pipewright-test/cached:1',
          'cache-from': cacheRef,
          'cache-to': cacheRef,
          username: USER,
          password: PASSWORD,
          registry: registry.host,
        },
        timeoutMs: 120_000,
      });
    const first = await run();
    created.push('pipewright-test/cached:1', cacheRef);
    expect(first.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(first.exitCode).toBe(0);
    const m1 = JSON.parse(first.outputs.metadata as string) as { steps: number; cachedSteps: number };
    expect(m1.cachedSteps).toBe(0);
    expect(await registry.manifestDigest('pipewright/cache', 'buildcache')).toMatch(/^sha256:/);
    const layers = (ref: string) =>
      docker(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', ref]).trim();
    const firstLayers = layers('pipewright-test/cached:1');
    // A fresh runner: the image, its cache tag and (with them) its intermediate layers leave the engine.
    removeImages(['pipewright-test/cached:1', cacheRef]);
    expect(() => docker(['image', 'inspect', 'pipewright-test/cached:1'])).toThrow(/No such image/);

    const second = await run();
    expect(second.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(second.exitCode).toBe(0);
    const m2 = JSON.parse(second.outputs.metadata as string) as { steps: number; cachedSteps: number };
    expect(second.log).toContain(`Cache image ${cacheRef} pulled.`);
    // Every step after FROM (which never reports "Using cache") came from the registry cache, the
    // labels' LABEL steps too (same commit, same tag, same labels).
    expect([m2.steps, m2.cachedSteps]).toEqual([m1.steps, m1.steps - 1]);
    expect(layers('pipewright-test/cached:1')).toBe(firstLayers);
  }, 240_000);
});

describe('push retries and failures', () => {
  const run = (repo: string, extra: Record<string, string> = {}) => {
    const { workspace } = workspaceWith({ Dockerfile: DOCKERFILE });
    return runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: {
        context: 'ctx',
        tags: `${proxy.host}/${repo}:1`,
        push: 'true',
        username: USER,
        password: PASSWORD,
        'push-retry-delay': '100ms',
        ...extra,
      },
      timeoutMs: 120_000,
    });
  };

  it('retries 503, a dropped connection and 429 on the manifest upload, then succeeds', async () => {
    proxy.setFaults([
      { method: 'PUT', path: /\/manifests\//, times: 1, action: { status: 503 } },
      { method: 'PUT', path: /\/manifests\//, times: 1, action: 'drop' },
      { method: 'PUT', path: /\/manifests\//, times: 1, action: { status: 429 } },
    ]);
    proxy.requests.length = 0;
    const r = await run('pipewright/retry');
    tagsOf(r.outputs);
    expect(r.exitCode).toBe(0);
    const warnings = r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/attempt 1\/4\): received unexpected HTTP status: 503 Service Unavailable/);
    expect(warnings[1]).toMatch(/attempt 2\/4\): Put "http:\/\/.*\/manifests\/1": EOF/);
    expect(warnings[2]).toMatch(/attempt 3\/4\): toomanyrequests/);
    const puts = proxy.requests.filter((q) => q.method === 'PUT' && q.path.includes('/manifests/'));
    expect(puts.map((q) => q.outcome)).toEqual([503, 'dropped', 429, 201]);
    expect(r.outputs.digest).toBe(await registry.manifestDigest('pipewright/retry', '1'));
  }, 180_000);

  const refusals: [string, Record<string, string>, Fault[], RegExp, RegExp][] = [
    [
      'denied (403)',
      {},
      [{ method: 'PUT', path: /\/manifests\//, times: 5, action: { status: 403, code: 'DENIED' } }],
      /denied: injected 403/,
      /may not push to this repository/,
    ],
    [
      'name unknown (404)',
      {},
      [{ method: 'PUT', path: /\/manifests\//, times: 5, action: { status: 404, code: 'NAME_UNKNOWN' } }],
      /name unknown/,
      /does not know this repository name/,
    ],
  ];
  it.each(refusals)(
    'does not retry %s and explains it',
    async (_what, extra, faults, error, hint) => {
      proxy.setFaults(faults.map((f) => ({ ...f })));
      proxy.requests.length = 0;
      const r = await run('pipewright/refused', extra);
      created.push(`${proxy.host}/pipewright/refused:1`);
      expect(r.exitCode).toBe(1);
      const errors = r.annotations.filter((a) => a.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]?.message).toMatch(error);
      expect(errors[0]?.message).toMatch(hint);
      expect(r.annotations.filter((a) => a.level === 'warning')).toEqual([]);
      expect(r.outputs).toEqual({});
      expect(unmasked(r.log)).not.toContain('wrong-password');
    },
    120_000,
  );
});

/**
 * A recording proxy in front of the engine's socket (DOCKER_HOST=tcp://…): the request lines the bundle
 * sent, to prove what it did not send.
 */
async function startEngineRecorder(): Promise<{
  host: string;
  requests: string[];
  stop: () => Promise<void>;
}> {
  const upstream = (process.env.DOCKER_HOST ?? '').startsWith('unix://')
    ? (process.env.DOCKER_HOST as string).slice('unix://'.length)
    : '/var/run/docker.sock';
  const requests: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const up = net.connect(upstream);
    sockets.add(client).add(up);
    client.on('data', (chunk: Buffer) => {
      for (const m of chunk
        .toString('latin1')
        .matchAll(/(?:^|\r\n)(GET|POST|PUT|DELETE|HEAD) (\S+) HTTP\/1\.[01]\r\n/g))
        requests.push(`${m[1]} ${(m[2] as string).replace(/^\/v[\d.]+/, '').replace(/\?.*$/, '')}`);
      up.write(chunk);
    });
    up.pipe(client);
    client.on('end', () => up.end());
    client.on('error', () => up.destroy());
    up.on('error', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as net.AddressInfo).port;
  return {
    host: `tcp://127.0.0.1:${port}`,
    requests,
    stop: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

describe('credentials before the build', () => {
  it('a wrong password: one error naming the registry, no build request, no retry', async () => {
    const engine = await startEngineRecorder();
    try {
      proxy.setFaults([]);
      proxy.requests.length = 0;
      const { workspace } = workspaceWith({ Dockerfile: DOCKERFILE });
      const r = await runBundle('build-image', {
        workspace,
        event: 'push',
        env: { DOCKER_HOST: engine.host },
        inputs: {
          context: 'ctx',
          tags: `${proxy.host}/pipewright/badpw:1`,
          push: 'true',
          username: USER,
          password: 'wrong-password',
        },
        timeoutMs: 60_000,
      });
      expect(r.exitCode).toBe(1);
      const errors = r.annotations.filter((a) => a.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]?.message).toContain(
        `The registry ${proxy.host} refused the credentials of user "${USER}": login attempt to http://${proxy.host}/v2/ failed with status: 401 Unauthorized. Nothing was built or pushed.`,
      );
      expect(r.outputs).toEqual({});
      expect(unmasked(r.log)).not.toContain('wrong-password');
      // The engine got the version probe and one login; no build, no push, no second try.
      expect(engine.requests).toEqual(['GET /version', 'POST /auth']);
      // The registry saw only the login's /v2/ requests (challenge, then the refused Basic auth).
      expect(proxy.requests.map((q) => `${q.method} ${q.path} ${q.outcome}`)).toEqual([
        'GET /v2/ 401',
        'GET /v2/ 401',
      ]);
    } finally {
      await engine.stop();
    }
  }, 90_000);

  it('takes the credentials from a docker-credential-* helper named in credHelpers', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-helper-'));
    const bin = path.join(dir, 'bin');
    const config = path.join(dir, 'config');
    const asked = path.join(dir, 'asked');
    mkdirSync(bin);
    mkdirSync(config);
    // The helper protocol (docker/docker-credential-helpers): `get`, the server address on stdin,
    // {"ServerURL","Username","Secret"} on stdout; unknown servers exit 1.
    writeFileSync(
      path.join(bin, 'docker-credential-pwtest'),
      `#!/bin/sh\nread -r server\necho "$1 $server" >> ${asked}\nif [ "$server" = "${registry.host}" ]; then\n  printf '{"ServerURL":"%s","Username":"${USER}","Secret":"${PASSWORD}"}' "$server"\nelse\n  echo "credentials not found in native keychain"; exit 1\nfi\n`,
      { mode: 0o755 },
    );
    writeFileSync(
      path.join(config, 'config.json'),
      JSON.stringify({ credHelpers: { [registry.host]: 'pwtest' } }),
    );
    const { workspace } = workspaceWith({ Dockerfile: DOCKERFILE });
    const repo = `${registry.host}/pipewright/helper`;
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      env: { DOCKER_CONFIG: config, PATH: `${bin}:${process.env.PATH ?? ''}` },
      inputs: { context: 'ctx', tags: `${repo}:1`, push: 'true' },
      timeoutMs: 120_000,
    });
    tagsOf(r.outputs);
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.digest).toBe(await registry.manifestDigest('pipewright/helper', '1'));
    expect(readFileSync(asked, 'utf8')).toBe(`get ${registry.host}\n`);
    expect(r.masks).toContain(PASSWORD);
    expect(unmasked(r.log)).not.toContain(PASSWORD);
  }, 150_000);
});
