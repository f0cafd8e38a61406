/**
 * The build context the bundle sends, against the real Docker engine, with the docker CLI (classic
 * builder) as the oracle where it can be one. Set-up in bundle-env.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { linkSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBundle } from '@pipewright/testkit';
import { docker, imageFiles, workspaceWith } from './helpers.ts';
import { created, useServices } from './bundle-env.ts';

useServices({ registry: false, proxy: false });

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
