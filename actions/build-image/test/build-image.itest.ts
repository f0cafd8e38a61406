/**
 * The bundle against the real Docker engine and a real registry (htpasswd auth) on loopback: build, tag
 * and push; pulls through the classic builder; build failures. Set-up in bundle-env.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HEAD_SHA, MERGE_SHA, pullRequestEvent, pushEvent, runBundle } from '@pipewright/testkit';
import { docker, removeImages, workspaceWith } from './helpers.ts';
import {
  created,
  DOCKERFILE,
  execLogin,
  PASSWORD,
  registry,
  tagsOf,
  unmasked,
  USER,
  useServices,
} from './bundle-env.ts';

useServices({ registry: true, proxy: false });

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
