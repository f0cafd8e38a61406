/**
 * The bundle against the real Docker engine and a real registry (htpasswd auth) on loopback, with a
 * fault-injecting proxy in front of it for the retry cases. Images are FROM scratch + static busybox.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HEAD_SHA, MERGE_SHA, pullRequestEvent, pushEvent, runBundle } from '@pipewright/testkit';
import { startRegistry, type RegistryServer } from '@pipewright/testkit/services/registry';
import { startFaultProxy, type Fault, type FaultProxy } from '@pipewright/testkit/build-image/fault-proxy';
import { DOCKER_CLI, docker, imageFiles, removeImages, requireTools, workspaceWith } from './helpers.ts';

const USER = 'pipewright';
const PASSWORD = 'registry-test-password-1';
const DOCKERFILE =
  'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "echo built > /built.txt"]\n';

let registry: RegistryServer;
let proxy: FaultProxy;
const created: string[] = [];

beforeAll(async () => {
  requireTools();
  registry = await startRegistry({ users: { [USER]: PASSWORD } });
  proxy = await startFaultProxy(registry.host);
}, 30_000);

afterAll(async () => {
  removeImages(created);
  await proxy?.stop();
  await registry?.stop();
});

/** The log without the ::add-mask:: commands (the only place a secret may appear). */
function unmasked(log: string): string {
  return log
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

function tagsOf(outputs: Record<string, string>): string[] {
  const tags = (outputs.tags ?? '').split('\n').filter(Boolean);
  created.push(...tags);
  return tags;
}

describe('build, tag and push (e2e)', () => {
  it('pushes every tag of a release to the registry; the digest pulls with docker pull repo@digest', async () => {
    const { workspace } = workspaceWith({
      Dockerfile: DOCKERFILE,
      'notes.log': 'x',
      '.dockerignore': '*.log\n',
    });
    const repo = `${registry.host}/pipewright/e2e`;
    const home = mkdtempSync(path.join(os.tmpdir(), 'pw-home-'));
    const r = await runBundle('build-image', {
      env: { HOME: home },
      workspace,
      event: pushEvent({ ref: 'refs/tags/v1.2.3', commitTime: '2026-11-20T10:00:00Z' }),
      inputs: {
        context: 'ctx',
        images: repo,
        tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=sha',
        push: 'true',
        username: USER,
        password: PASSWORD,
      },
      timeoutMs: 120_000,
    });
    const tags = tagsOf(r.outputs);
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(tags).toEqual([
      `${repo}:1.2.3`,
      `${repo}:1.2`,
      `${repo}:sha-${HEAD_SHA.slice(0, 7)}`,
      `${repo}:latest`,
    ]);

    // The digest each tag got is what the registry itself serves for it.
    const served = await registry.manifestDigest('pipewright/e2e', '1.2.3');
    expect(served).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs.digest).toBe(served);
    expect(JSON.parse(r.outputs.digests as string)).toEqual(Object.fromEntries(tags.map((t) => [t, served])));
    for (const t of ['1.2', `sha-${HEAD_SHA.slice(0, 7)}`, 'latest'])
      expect(await registry.manifestDigest('pipewright/e2e', t)).toBe(served);
    expect(r.outputs['image-ref']).toBe(`${repo}@${served}`);
    expect(r.outputs.version).toBe('1.2.3');

    // Labels: OCI from the payload, created = commit time (reproducible), revision = the commit.
    const labels = JSON.parse(
      docker(['image', 'inspect', '--format', '{{json .Config.Labels}}', r.outputs['image-id'] as string]),
    );
    expect(labels).toEqual({
      'org.opencontainers.image.created': '2026-11-20T10:00:00Z',
      'org.opencontainers.image.description': 'An example repository',
      'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.revision': HEAD_SHA,
      'org.opencontainers.image.source': 'https://github.com/octo-org/octo-repo',
      'org.opencontainers.image.title': 'octo-repo',
      'org.opencontainers.image.url': 'https://github.com/octo-org/octo-repo',
      'org.opencontainers.image.version': '1.2.3',
    });

    // The password never reaches the log; it and its base64 forms are masked.
    expect(unmasked(r.log)).not.toContain(PASSWORD);
    expect(r.masks).toEqual(
      expect.arrayContaining([PASSWORD, Buffer.from(`${USER}:${PASSWORD}`).toString('base64')]),
    );
    expect(r.summary).toContain(served);
    // Credentials went per request: no docker config was written.
    expect(readdirSync(home)).toEqual([]);

    // docker pull repo@digest resolves from the registry (local copies removed first).
    const config = mkdtempSync(path.join(os.tmpdir(), 'pw-docker-config-'));
    execLogin(config);
    removeImages([...tags, `${repo}@${served}`]);
    docker(['--config', config, 'pull', `${repo}@${served}`]);
    created.push(`${repo}@${served}`);
    expect(docker(['image', 'inspect', '--format', '{{.Id}}', `${repo}@${served}`]).trim()).toBe(
      r.outputs['image-id'],
    );
  }, 180_000);

  it('tags a pull request build with the PR head SHA, not the merge SHA', async () => {
    const { workspace } = workspaceWith({ Dockerfile: DOCKERFILE });
    const repo = 'pipewright-test/pr';
    const r = await runBundle('build-image', {
      workspace,
      event: pullRequestEvent({ prNumber: 7 }),
      inputs: { context: 'ctx', images: repo, tags: 'type=ref,event=pr\ntype=sha,format=long' },
    });
    const tags = tagsOf(r.outputs);
    expect(r.exitCode).toBe(0);
    expect(tags).toEqual([`${repo}:pr-7`, `${repo}:sha-${HEAD_SHA}`]);
    expect(tags.join()).not.toContain(MERGE_SHA);
    expect(r.outputs.digest).toBe('');
    const revision = docker([
      'image',
      'inspect',
      '--format',
      '{{index .Config.Labels "org.opencontainers.image.revision"}}',
      `${repo}:pr-7`,
    ]).trim();
    expect(revision).toBe(HEAD_SHA);
  }, 120_000);
});

function execLogin(config: string): void {
  execFileSync(DOCKER_CLI, ['--config', config, 'login', registry.host, '-u', USER, '--password-stdin'], {
    input: PASSWORD,
    stdio: ['pipe', 'ignore', 'pipe'],
  });
}

describe('classic builder pulls', () => {
  it('pulls a private FROM image with the credentials sent in X-Registry-Config', async () => {
    const base = workspaceWith({ Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\n' });
    const baseRef = `${registry.host}/pipewright/classic-base:1`;
    const pushed = await runBundle('build-image', {
      workspace: base.workspace,
      event: 'push',
      inputs: { context: 'ctx', tags: baseRef, push: 'true', username: USER, password: PASSWORD },
    });
    expect(pushed.exitCode).toBe(0);
    removeImages([baseRef]);
    const { workspace } = workspaceWith({ Dockerfile: `FROM ${baseRef}\nCOPY Dockerfile /\n` }, false);
    const tag = 'pipewright-test/classic-child:1';
    created.push(tag, baseRef);
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      // No push: the credentials are for the pull alone.
      inputs: { context: 'ctx', tags: tag, registry: registry.host, username: USER, password: PASSWORD },
    });
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.log).toMatch(/Step 1\/\d+ : FROM 127\.0\.0\.1:\d+\/pipewright\/classic-base:1/);
    expect(r.log).toContain('Pulling from pipewright/classic-base');
  }, 180_000);
});

describe('build failures', () => {
  it('fails with the failing instruction and the last log lines', async () => {
    const { workspace } = workspaceWith({
      Dockerfile:
        'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "echo about to fail; exit 3"]\nCOPY busybox /never\n',
    });
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: { context: 'ctx', tags: 'pipewright-test/fail:1' },
    });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    const msg = errors[0]?.message ?? '';
    expect(msg).toContain('Build failed at Step 3/');
    expect(msg).toContain(': RUN ["/bin/busybox", "sh", "-c", "echo about to fail; exit 3"]');
    expect(msg).toContain('returned a non-zero code: 3');
    expect(msg).toMatch(/Last log lines:[\s\S]*about to fail/);
    expect(r.outputs).toEqual({});
  }, 120_000);

  it('stops the build when the workflow is cancelled (SIGINT)', async () => {
    const { workspace } = workspaceWith({
      Dockerfile:
        'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "echo started; /bin/busybox sleep 100"]\n',
    });
    const tag = 'pipewright-test/cancelled:1';
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: { context: 'ctx', tags: tag, 'no-cache': 'true' },
      signalAfter: { signal: 'SIGINT', ms: 4000 },
      timeoutMs: 150_000,
    });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors.map((e) => e.message)).toEqual([
      'Stopped: the workflow was cancelled (cancelled (SIGINT)).',
    ]);
    expect(() => docker(['image', 'inspect', tag])).toThrow();
  }, 180_000);

  it('rejects an invalid tag before building anything', async () => {
    const { workspace } = workspaceWith({ Dockerfile: DOCKERFILE });
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: { context: 'ctx', tags: 'pipewright-test/Upper:1\npipewright-test/ok:-bad' },
      env: { DOCKER_HOST: 'tcp://127.0.0.1:9' },
    });
    expect(r.exitCode).toBe(1);
    const msg = r.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(msg).toContain('repository name must be lowercase ("Upper")');
    expect(msg).toContain('a tag cannot start with "-"');
    expect(r.log).not.toContain('cannot reach the Docker engine');
  });
});

describe('the context we send matches what the docker CLI sends', () => {
  it('gives COPY . the same files as `docker build` (classic builder) for the same context', async () => {
    const { workspace, context } = workspaceWith(
      {
        Dockerfile: 'FROM scratch\nCOPY . /ctx/\n',
        '.dockerignore': [
          '# comment',
          '**/*.log',
          '!keep.log',
          'node_modules',
          'docs/*.md',
          '!docs/README.md',
          'build',
          '!build/dist/app.js',
          '/secret*',
          'tmp?',
          '*/cache',
          'a+b',
          '',
        ].join('\n'),
        'src/main.js': 'm',
        'src/debug.log': 'l',
        'keep.log': 'k',
        'deep/er/x.log': 'x',
        'node_modules/m/index.js': 'i',
        'docs/README.md': 'r',
        'docs/guide.md': 'g',
        'docs/sub/x.md': 's',
        'build/dist/app.js': 'a',
        'build/dist/app.js.map': 'm',
        'build/other': 'o',
        'secret.txt': 's',
        'src/secret.txt': 's',
        tmp1: 't',
        tmp12: 't',
        'pkg/cache/c': 'c',
        'pkg/cachex': 'c',
        'a+b': 'p',
        aab: 'p',
        'link-out': '->/etc/passwd',
        'link-in': '->src/main.js',
        'c++': 'c',
        'file{1}': 'f',
      },
      false,
    );
    const ours = 'pipewright-test/ctx-ours:1';
    const cli = 'pipewright-test/ctx-cli:1';
    created.push(ours, cli);
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: { context: 'ctx', tags: ours },
    });
    expect(r.exitCode).toBe(0);
    docker(['build', '-q', '-t', cli, context], { DOCKER_BUILDKIT: '0' });
    const [a, b] = [await imageFiles(ours, 'ctx'), await imageFiles(cli, 'ctx')];
    expect(a).toEqual(b);
    // And not trivially: the expected set.
    expect(a).toEqual([
      `.dockerignore file ${readFileSync(path.join(context, '.dockerignore')).length}`,
      'Dockerfile file 26',
      'aab file 1',
      'build directory',
      'build/dist directory',
      'build/dist/app.js file 1',
      'c++ file 1',
      'deep directory',
      'deep/er directory',
      'docs directory',
      'docs/README.md file 1',
      'docs/sub directory',
      'docs/sub/x.md file 1',
      'file{1} file 1',
      'keep.log file 1',
      'link-in symlink -> src/main.js',
      'link-out symlink -> /etc/passwd',
      'pkg directory',
      'pkg/cachex file 1',
      'src directory',
      'src/main.js file 1',
      'src/secret.txt file 1',
      'tmp12 file 1',
    ]);
  }, 180_000);
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
    ['a wrong password (401)', { password: 'wrong-password' }, [], /unauthorized/, /401 Unauthorized/],
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

describe('multi-platform', () => {
  it('builds one image per platform and puts a manifest list under every tag', async () => {
    const { workspace } = workspaceWith({ Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\n' });
    const repo = `${registry.host}/pipewright/multi`;
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: {
        context: 'ctx',
        tags: `${repo}:1.0\n${repo}:stable`,
        platforms: 'linux/amd64,linux/arm64',
        push: 'true',
        username: USER,
        password: PASSWORD,
      },
      timeoutMs: 180_000,
    });
    created.push(`${repo}:1.0`, `${repo}:stable`, `${repo}:1.0-linux-amd64`, `${repo}:1.0-linux-arm64`);
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.exitCode).toBe(0);
    const list = await registry.manifest('pipewright/multi', '1.0');
    expect(list.mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json');
    expect(list.digest).toBe(r.outputs.digest);
    expect(await registry.manifestDigest('pipewright/multi', 'stable')).toBe(r.outputs.digest);
    const body = JSON.parse(list.body) as {
      manifests: { digest: string; platform: { os: string; architecture: string } }[];
    };
    expect(body.manifests.map((m) => m.platform)).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
    ]);
    expect(body.manifests.map((m) => m.digest)).toEqual([
      await registry.manifestDigest('pipewright/multi', '1.0-linux-amd64'),
      await registry.manifestDigest('pipewright/multi', '1.0-linux-arm64'),
    ]);
    expect(JSON.parse(r.outputs.digests as string)).toEqual({
      [`${repo}:1.0`]: r.outputs.digest,
      [`${repo}:stable`]: r.outputs.digest,
    });
    // The docker CLI resolves the list to the arm64 image.
    const config = mkdtempSync(path.join(os.tmpdir(), 'pw-docker-config-'));
    execLogin(config);
    docker(['--config', config, 'pull', '--platform', 'linux/arm64', `${repo}@${r.outputs.digest}`]);
    created.push(`${repo}@${r.outputs.digest}`);
    expect(
      docker(['image', 'inspect', '--format', '{{.Architecture}}', `${repo}@${r.outputs.digest}`]).trim(),
    ).toBe('arm64');
  }, 240_000);

  it('explains a platform the engine cannot build (a FROM image that exists only for amd64)', async () => {
    const base = workspaceWith({ Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\n' });
    docker(['build', '-q', '--no-cache', '-t', 'pipewright-test/base-amd64:1', base.context], {
      DOCKER_BUILDKIT: '0',
    });
    created.push('pipewright-test/base-amd64:1');
    const { workspace } = workspaceWith(
      { Dockerfile: 'FROM pipewright-test/base-amd64:1\nCOPY Dockerfile /\n' },
      false,
    );
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: {
        context: 'ctx',
        tags: `${registry.host}/pipewright/foreign:1`,
        platforms: 'linux/amd64,linux/s390x',
        push: 'true',
        username: USER,
        password: PASSWORD,
      },
      timeoutMs: 180_000,
    });
    created.push(
      `${registry.host}/pipewright/foreign:1-linux-amd64`,
      `${registry.host}/pipewright/foreign:1-linux-s390x`,
    );
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain(
      'The engine cannot build linux/s390x: it built a linux/amd64 image instead.',
    );
    expect(errors[0]?.message).toContain('Make every FROM image available for linux/s390x');
    // Nothing half-done: no manifest list under the tag.
    expect(await registry.manifestDigest('pipewright/foreign', '1')).toBeUndefined();
  }, 240_000);
});

describe('BuildKit (opt-in)', () => {
  it('serves secrets from inputs, files and env to RUN --mount=type=secret, masks them (base64 too), keeps them out of the image', async () => {
    const dockerfile = [
      'FROM scratch',
      'COPY busybox /bin/busybox',
      'RUN --mount=type=secret,id=tok --mount=type=secret,id=file --mount=type=secret,id=env ["/bin/busybox", "sh", "-c", "for s in tok file env; do /bin/busybox cat /run/secrets/$s; echo; done; /bin/busybox cat /run/secrets/tok | /bin/busybox base64; /bin/busybox mkdir -p /out && /bin/busybox ls /run/secrets > /out/seen"]',
      '',
    ].join('\n');
    const { workspace } = workspaceWith({ Dockerfile: dockerfile, 'secret.txt': 'from-a-file-77' });
    const tag = 'pipewright-test/bk-secrets:1';
    created.push(tag);
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: {
        context: 'ctx',
        tags: tag,
        buildkit: 'true',
        // BuildKit's cache outlives the image; without this a re-run would show the RUN as CACHED.
        'no-cache': 'true',
        secrets: 'tok=s3cr3t-value-42',
        'secret-files': 'file=ctx/secret.txt',
        'secret-envs': 'env=MY_TOKEN',
      },
      env: { MY_TOKEN: 'env-token-99' },
    });
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.outputs['image-id']).toMatch(/^sha256:[0-9a-f]{64}$/);
    // RUN output arrives decoded (dockerode would print it base64-encoded, escaping the masker), and the
    // shared log boundary redacts every registered secret form (plain and base64) before it is written.
    const log = unmasked(r.log);
    expect(log).toMatch(/#(\d+) \*\*\*\n#\1 \*\*\*\n#\1 \*\*\*\n#\1 \*\*\*\n#\1 DONE/);
    for (const v of ['s3cr3t-value-42', 'from-a-file-77', 'env-token-99', 'czNjcjN0LXZhbHVlLTQy'])
      expect(log).not.toContain(v);
    // …and every value and its base64 form is registered with the masker before the build starts.
    expect(r.masks).toEqual(
      expect.arrayContaining([
        's3cr3t-value-42',
        Buffer.from('s3cr3t-value-42').toString('base64'),
        'from-a-file-77',
        'env-token-99',
        Buffer.from('env-token-99').toString('base64'),
      ]),
    );
    expect(r.stdout.indexOf('::add-mask::s3cr3t-value-42')).toBeLessThan(r.stdout.indexOf('::group::Build'));
    // The secrets were mounted, not copied into the image.
    const files = await imageFiles(tag, 'out');
    expect(files).toEqual(['seen file 13']);
    expect((await imageFiles(tag, 'run')).filter((f) => f.includes('secrets/'))).toEqual([]);
  }, 180_000);

  it('pulls a private base image with the credentials the session serves', async () => {
    // A private base image in the htpasswd registry, pushed by the action itself (classic builder).
    const base = workspaceWith({ Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\n' });
    const baseRef = `${registry.host}/pipewright/bk-base:1`;
    const pushed = await runBundle('build-image', {
      workspace: base.workspace,
      event: 'push',
      inputs: { context: 'ctx', tags: baseRef, push: 'true', username: USER, password: PASSWORD },
    });
    expect(pushed.exitCode).toBe(0);
    removeImages([baseRef]);
    const { workspace } = workspaceWith(
      { Dockerfile: `FROM ${baseRef}\nRUN ["/bin/busybox", "touch", "/child"]\n` },
      false,
    );
    const tag = 'pipewright-test/bk-child:1';
    created.push(tag, baseRef);
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: {
        context: 'ctx',
        tags: tag,
        buildkit: 'true',
        'no-cache': 'true',
        registry: registry.host,
        username: USER,
        password: PASSWORD,
      },
      env: { RUNNER_DEBUG: '1' },
    });
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.log).toContain(`session: /moby.filesync.v1.Auth/Credentials ${registry.host}`);
    expect(await imageFiles(tag, 'bin')).toEqual([`busybox file ${readFileSync('/bin/busybox').length}`]);
  }, 180_000);

  it('fails with the failing BuildKit step and the last log lines', async () => {
    const { workspace } = workspaceWith({
      Dockerfile:
        'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "echo going down; exit 3"]\n',
    });
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: { context: 'ctx', tags: 'pipewright-test/bk-fail:1', buildkit: 'true' },
    });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain(
      'Build failed at [2/2] RUN ["/bin/busybox", "sh", "-c", "echo going down; exit 3"]',
    );
    expect(errors[0]?.message).toMatch(/exit code: 3/);
    expect(errors[0]?.message).toMatch(/Last log lines:[\s\S]*going down/);
  }, 120_000);
});
