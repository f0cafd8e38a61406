/**
 * The bundle against the real Docker engine and a real registry (htpasswd auth) on loopback:
 * multi-platform builds and the opt-in BuildKit builder. Set-up in bundle-env.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBundle } from '@pipewright/testkit';
import { docker, imageFiles, removeImages, workspaceWith } from './helpers.ts';
import { created, execLogin, PASSWORD, registry, unmasked, USER, useServices } from './bundle-env.ts';

useServices({ registry: true, proxy: false });

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
