/**
 * The bundle against the real Docker engine and a real registry (htpasswd auth) on loopback, with a
 * fault-injecting proxy in front of it for the retry cases. Images are FROM scratch + static busybox.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

describe('context fidelity (docker CLI as the oracle)', () => {
  it('a Dockerfile from outside the context never lands in the image (classic builder)', async () => {
    const { workspace, context } = workspaceWith(
      { 'app.txt': 'a', '.dockerignore': '.dockerignore\n*.log\n', 'x.log': 'l' },
      false,
    );
    writeFileSync(path.join(workspace, 'Dockerfile.ext'), 'FROM scratch\nCOPY . /ctx/\n');
    const ours = 'pipewright-test/ext-ours:1';
    const cli = 'pipewright-test/ext-cli:1';
    created.push(ours, cli);
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: { context: 'ctx', dockerfile: 'Dockerfile.ext', tags: ours },
    });
    expect(r.exitCode).toBe(0);
    docker(['build', '-q', '-f', path.join(workspace, 'Dockerfile.ext'), '-t', cli, context], {
      DOCKER_BUILDKIT: '0',
    });
    const [a, b] = [await imageFiles(ours, 'ctx'), await imageFiles(cli, 'ctx')];
    expect(a).toEqual(b);
    expect(a).toEqual(['app.txt file 1']);
  }, 120_000);

  it('…and without a .dockerignore of its own, none is left in the image either', async () => {
    const { workspace } = workspaceWith({ 'app.txt': 'a' }, false);
    writeFileSync(path.join(workspace, 'Dockerfile.ext'), 'FROM scratch\nCOPY . /ctx/\n');
    const ours = 'pipewright-test/ext-ours:2';
    created.push(ours);
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: { context: 'ctx', dockerfile: 'Dockerfile.ext', tags: ours },
    });
    expect(r.exitCode).toBe(0);
    expect(await imageFiles(ours, 'ctx')).toEqual(['app.txt file 1']);
  }, 120_000);

  it('hard links arrive as hard links, as with docker build', async () => {
    const { workspace, context } = workspaceWith(
      { Dockerfile: 'FROM scratch\nCOPY . /ctx/\n', 'a/one': '1111' },
      false,
    );
    linkSync(path.join(context, 'a/one'), path.join(context, 'two'));
    const ours = 'pipewright-test/hl-ours:1';
    const cli = 'pipewright-test/hl-cli:1';
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
    expect(a.filter((l) => l.startsWith('a/') || l.startsWith('two'))).toEqual([
      'a/one file 4',
      'two link -> ctx/a/one',
    ]);
  }, 120_000);

  // No buildx here, so no CLI oracle for BuildKit: the expectation is Docker's documentation (Dockerfile
  // reference, ".dockerignore file": a .dockerignore that excludes itself is still used by the builder but
  // not copied by ADD/COPY).
  it('BuildKit: a .dockerignore that excludes itself is not in the context (Docker docs)', async () => {
    const { workspace } = workspaceWith(
      {
        Dockerfile: 'FROM scratch\nCOPY . /ctx/\n',
        '.dockerignore': '.dockerignore\n*.log\n',
        'x.log': 'l',
        'app.txt': 'a',
      },
      false,
    );
    const ours = 'pipewright-test/bk-ign-ours:1';
    created.push(ours);
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: { context: 'ctx', tags: ours, buildkit: 'true' },
    });
    expect(r.exitCode).toBe(0);
    expect(await imageFiles(ours, 'ctx')).toEqual(['Dockerfile file 26', 'app.txt file 1']);
  }, 120_000);
});

describe('BuildKit context through the session', () => {
  // Docker docs (Dockerfile reference, ".dockerignore file"): a Dockerfile and .dockerignore may exclude
  // themselves; the builder still reads them, ADD/COPY do not see them. With the context served through
  // the session (not a tar upload), BuildKit reads the Dockerfile from a source of its own.
  it('a Dockerfile and .dockerignore that exclude themselves are read, not copied', async () => {
    const { workspace } = workspaceWith(
      {
        Dockerfile: 'FROM scratch\nCOPY . /ctx/\n',
        '.dockerignore': 'Dockerfile\n.dockerignore\n*.log\n',
        'x.log': 'l',
        'app.txt': 'a',
        'sub/b.txt': 'bb',
      },
      false,
    );
    const ours = 'pipewright-test/bk-self:1';
    created.push(ours);
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: { context: 'ctx', tags: ours, buildkit: 'true' },
    });
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(await imageFiles(ours, 'ctx')).toEqual(['app.txt file 1', 'sub directory', 'sub/b.txt file 2']);
  }, 120_000);

  it('sends a large file whole (the session stream keeps its backpressure)', async () => {
    const { workspace, context } = workspaceWith({ Dockerfile: 'FROM scratch\nCOPY big.bin /ctx/\n' }, false);
    writeFileSync(path.join(context, 'big.bin'), Buffer.alloc(24 * 1024 * 1024 + 7, 7));
    const ours = 'pipewright-test/bk-big:1';
    created.push(ours);
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: { context: 'ctx', tags: ours, buildkit: 'true' },
    });
    expect(r.exitCode).toBe(0);
    expect(await imageFiles(ours, 'ctx')).toEqual([`big.bin file ${24 * 1024 * 1024 + 7}`]);
  }, 120_000);

  it('hard links arrive as hard links', async () => {
    const { workspace, context } = workspaceWith(
      { Dockerfile: 'FROM scratch\nCOPY . /ctx/\n', 'a/one': '1111' },
      false,
    );
    linkSync(path.join(context, 'a/one'), path.join(context, 'two'));
    const ours = 'pipewright-test/bk-hl:1';
    created.push(ours);
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: { context: 'ctx', tags: ours, buildkit: 'true' },
    });
    expect(r.exitCode).toBe(0);
    expect((await imageFiles(ours, 'ctx')).filter((l) => !l.startsWith('Dockerfile'))).toEqual([
      'a directory',
      'a/one file 4',
      'two link -> ctx/a/one',
    ]);
  }, 120_000);

  it('a Dockerfile from outside the context never lands in the image', async () => {
    const { workspace } = workspaceWith({ 'app.txt': 'a' }, false);
    writeFileSync(path.join(workspace, 'Dockerfile.ext'), 'FROM scratch\nCOPY . /ctx/\n');
    const ours = 'pipewright-test/bk-ext:1';
    created.push(ours);
    const r = await runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: { context: 'ctx', dockerfile: 'Dockerfile.ext', tags: ours, buildkit: 'true' },
    });
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(await imageFiles(ours, 'ctx')).toEqual(['app.txt file 1']);
  }, 120_000);
});

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

describe('multi-platform', () => {
  it('two multi-platform builds then a normal build of the same Dockerfile: right platforms, only the requested tags', async () => {
    const DF = 'FROM scratch\nCOPY busybox /bin/busybox\n';
    const { workspace } = workspaceWith({ Dockerfile: DF });
    const repo = `${registry.host}/pipewright/multi`;
    const multi = (tags: string[]) =>
      runBundle('build-image', {
        workspace,
        event: 'push',
        inputs: {
          context: 'ctx',
          tags: tags.map((t) => `${repo}:${t}`).join('\n'),
          platforms: 'linux/amd64,linux/arm64',
          push: 'true',
          username: USER,
          password: PASSWORD,
        },
        timeoutMs: 180_000,
      });
    const r = await multi(['1.0', 'stable']);
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
    // Each platform manifest is in the registry by digest, with a config of its own architecture.
    for (const m of body.manifests) {
      const pm = await registry.manifest('pipewright/multi', m.digest);
      expect(pm.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
      const cfg = JSON.parse(pm.body) as { config: { digest: string } };
      const blob = await fetch(`${registry.url}/v2/pipewright/multi/blobs/${cfg.config.digest}`, {
        headers: { authorization: `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}` },
      });
      expect(((await blob.json()) as { architecture: string }).architecture).toBe(m.platform.architecture);
    }
    expect(JSON.parse(r.outputs.digests as string)).toEqual({
      [`${repo}:1.0`]: r.outputs.digest,
      [`${repo}:stable`]: r.outputs.digest,
    });
    // The platform images were ours and are gone from the engine; no per-platform tags anywhere.
    const platforms = JSON.parse(r.outputs.metadata as string).platforms as { imageId: string }[];
    expect(platforms).toHaveLength(2);
    for (const p of platforms) expect(() => docker(['image', 'inspect', p.imageId])).toThrow(/No such image/);
    expect(docker(['images', '--format', '{{.Repository}}:{{.Tag}}', repo]).trim()).toBe('');

    // A second multi-platform build of the same Dockerfile, under another tag.
    const r2 = await multi(['2.0']);
    expect(r2.exitCode).toBe(0);
    expect(
      JSON.parse(r2.outputs.metadata as string).platforms.map((p: { platform: string }) => p.platform),
    ).toEqual(['linux/amd64', 'linux/arm64']);

    // Then a normal build (the bundle, classic builder) and a plain `docker build`: both the engine's own
    // platform, although the same Dockerfile was just built for arm64 twice on this engine.
    const normal = await runBundle('build-image', {
      workspace,
      event: 'push',
      inputs: { context: 'ctx', tags: 'pipewright-test/multi-then-normal:1' },
      timeoutMs: 120_000,
    });
    created.push('pipewright-test/multi-then-normal:1', 'pipewright-test/multi-then-cli:1');
    expect(normal.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(normal.exitCode).toBe(0);
    const arch = (ref: string) => docker(['image', 'inspect', '--format', '{{.Architecture}}', ref]).trim();
    expect(arch('pipewright-test/multi-then-normal:1')).toBe('amd64');
    docker(['build', '-q', '-t', 'pipewright-test/multi-then-cli:1', path.join(workspace, 'ctx')], {
      DOCKER_BUILDKIT: '0',
    });
    expect(arch('pipewright-test/multi-then-cli:1')).toBe('amd64');

    // The registry holds exactly the requested tags.
    const tagsRes = await fetch(`${registry.url}/v2/pipewright/multi/tags/list`, {
      headers: { authorization: `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}` },
    });
    expect(((await tagsRes.json()) as { tags: string[] }).tags.sort()).toEqual(['1.0', '2.0', 'stable']);

    // The docker CLI resolves the list to the arm64 image.
    const config = mkdtempSync(path.join(os.tmpdir(), 'pw-docker-config-'));
    execLogin(config);
    docker(['--config', config, 'pull', '--platform', 'linux/arm64', `${repo}@${r.outputs.digest}`]);
    created.push(`${repo}@${r.outputs.digest}`);
    expect(arch(`${repo}@${r.outputs.digest}`)).toBe('arm64');
  }, 400_000);

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
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    // BuildKit resolves FROM per platform: the amd64-only local image has no linux/s390x variant.
    expect(errors[0]?.message).toContain(
      'The engine could not build linux/s390x: Build failed at [internal] load metadata for docker.io/pipewright-test/base-amd64:1',
    );
    expect(errors[0]?.message).toContain('every FROM image must exist for linux/s390x in a registry');
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
