import { describe, expect, it } from '@jest/globals';
import { linkSync, mkdirSync, mkdtempSync, symlinkSync, utimesSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { extract } from 'tar-stream';
import { contextTar, planContext, walkContext, CONTEXT_MTIME } from '../src/context.ts';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-ctx-'));
  for (const [name, content] of Object.entries(files)) {
    const abs = path.join(dir, name);
    mkdirSync(path.dirname(abs), { recursive: true });
    if (content.startsWith('->')) symlinkSync(content.slice(2), abs);
    else writeFileSync(abs, content);
  }
  return dir;
}

async function names(dir: string, dockerfile = 'Dockerfile'): Promise<string[]> {
  const out: string[] = [];
  const plan = planContext(dir, path.join(dir, dockerfile));
  for await (const e of walkContext(plan)) out.push(e.type === 'directory' ? `${e.name}/` : e.name);
  return out;
}

async function readTar(dir: string, dockerfile = 'Dockerfile') {
  const { stream, done } = await contextTar(planContext(dir, path.join(dir, dockerfile)));
  const ex = extract();
  const entries: {
    name: string;
    type: string;
    mtime: number;
    uid: number;
    gid: number;
    linkname?: string;
    body: string;
  }[] = [];
  const raw = createHash('sha256');
  stream.on('data', (c: unknown) => {
    raw.update(c as Buffer);
  });
  ex.on('entry', (h, s, next) => {
    let body = '';
    s.on('data', (c: unknown) => {
      body += String(c);
    });
    s.on('end', () => {
      entries.push({
        name: h.name,
        type: h.type as string,
        mtime: (h.mtime as Date).getTime(),
        uid: h.uid as number,
        gid: h.gid as number,
        ...(h.linkname ? { linkname: h.linkname } : {}),
        body,
      });
      next();
    });
  });
  stream.pipe(ex);
  await new Promise<void>((r) => ex.on('finish', () => r()));
  return { entries, stats: await done, sha: raw.digest('hex') };
}

describe('walkContext', () => {
  it('walks depth first in sorted order and applies the ignore file', async () => {
    const dir = tree({
      Dockerfile: 'FROM scratch',
      '.dockerignore': 'node_modules\n**/*.log\n*.md\n!README.md\n',
      'b/z.txt': 'z',
      'b/a.log': 'x',
      'a.txt': 'a',
      'node_modules/x/index.js': 'x',
      'README.md': 'r',
      'NOTES.md': 'n',
      'B.txt': 'B',
    });
    expect(await names(dir)).toEqual([
      '.dockerignore',
      'B.txt',
      'Dockerfile',
      'README.md',
      'a.txt',
      'b/',
      'b/z.txt',
    ]);
  });

  it('always sends the Dockerfile and .dockerignore, even when excluded', async () => {
    const dir = tree({
      'docker/Dockerfile': 'FROM scratch',
      'docker/other': 'o',
      '.dockerignore': '.dockerignore\ndocker\n',
      src: 's',
    });
    expect(await names(dir, 'docker/Dockerfile')).toEqual(['.dockerignore', 'docker/Dockerfile', 'src']);
  });

  it('walks into an excluded directory only for an exception under it (classic walker rule)', async () => {
    const dir = tree({
      Dockerfile: 'FROM scratch',
      '.dockerignore': 'dir\n!dir/keep\nother\n!**/*.go\n',
      'dir/keep': 'k',
      'dir/drop': 'd',
      'other/a.go': 'go',
      'top.go': 'go',
    });
    expect(await names(dir)).toEqual(['.dockerignore', 'Dockerfile', 'dir/keep', 'top.go']);
  });

  it('with BuildKit, a wildcard exception re-includes files inside an excluded directory', async () => {
    const dir = tree({
      Dockerfile: 'FROM scratch',
      '.dockerignore': 'other\n!**/*.go\n',
      'other/a.go': 'go',
      'other/b.txt': 't',
    });
    const out: string[] = [];
    for await (const e of walkContext(planContext(dir, path.join(dir, 'Dockerfile'), 'buildkit')))
      out.push(e.name);
    expect(out).toEqual(['.dockerignore', 'Dockerfile', 'other/a.go']);
  });

  it('prefers <Dockerfile>.dockerignore next to the Dockerfile over the root file', async () => {
    const dir = tree({
      'app/Dockerfile': 'FROM scratch',
      'app/Dockerfile.dockerignore': 'secret\n',
      '.dockerignore': 'public\n',
      secret: 's',
      public: 'p',
    });
    const plan = planContext(dir, path.join(dir, 'app', 'Dockerfile'));
    expect(plan.ignoreFile).toBe('app/Dockerfile.dockerignore');
    expect(await names(dir, 'app/Dockerfile')).toEqual([
      '.dockerignore',
      'app/',
      'app/Dockerfile',
      'app/Dockerfile.dockerignore',
      'public',
    ]);
  });

  it('sends a Dockerfile from outside the context under a name of its own', async () => {
    const outer = tree({ 'ctx/a': 'a', 'Dockerfile.prod': 'FROM scratch' });
    const plan = planContext(path.join(outer, 'ctx'), path.join(outer, 'Dockerfile.prod'));
    expect(plan.dockerfile).toBe('.pipewright-dockerfile-Dockerfile.prod');
    const out: string[] = [];
    for await (const e of walkContext(plan))
      out.push(`${e.name}${e.content ? ` ${JSON.stringify(e.content.toString())}` : ''}`);
    // As docker/cli's AddDockerfileToBuildContext: the name is appended to the tar's .dockerignore, so the
    // classic daemon removes the Dockerfile before COPY; the .dockerignore we add names itself too.
    expect(out).toEqual([
      'a',
      '.dockerignore ".dockerignore\\n\\n.pipewright-dockerfile-Dockerfile.prod\\n"',
      '.pipewright-dockerfile-Dockerfile.prod',
    ]);
  });

  it('BuildKit mode: an excluded .dockerignore is not sent (BuildKit reads none from a tar)', async () => {
    const dir = tree({ Dockerfile: 'FROM scratch', '.dockerignore': '.dockerignore\nx', x: 'x', y: 'y' });
    const names = async (walker: 'classic' | 'buildkit') => {
      const out: string[] = [];
      for await (const e of walkContext(planContext(dir, path.join(dir, 'Dockerfile'), walker)))
        out.push(e.name);
      return out;
    };
    expect(await names('classic')).toEqual(['.dockerignore', 'Dockerfile', 'y']);
    expect(await names('buildkit')).toEqual(['Dockerfile', 'y']);
  });

  it('sends a file with several names once, the later names as hard links to the first', async () => {
    const dir = tree({ Dockerfile: 'FROM scratch', 'a/one': '1111' });
    linkSync(path.join(dir, 'a/one'), path.join(dir, 'b-two'));
    const { entries } = await readTar(dir);
    expect(
      entries
        .filter((e) => e.name !== 'Dockerfile')
        .map((e) => [e.name, e.type, e.body.length, e.linkname ?? null]),
    ).toEqual([
      ['a/', 'directory', 0, null],
      ['a/one', 'file', 4, null],
      ['b-two', 'link', 0, 'a/one'],
    ]);
  });

  it('rejects an invalid pattern like Docker does', () => {
    const dir = tree({ Dockerfile: 'FROM scratch', '.dockerignore': 'ok\nbad[\n' });
    expect(() => planContext(dir, path.join(dir, 'Dockerfile'))).toThrow(
      '.dockerignore: syntax error: malformed character class in pattern "bad["',
    );
  });
});

describe('contextTar', () => {
  it('is deterministic: same bytes after mtime changes, uid/gid 0, fixed mtime', async () => {
    const dir = tree({ Dockerfile: 'FROM scratch', 'src/a': 'aaa', 'src/b': 'bbb' });
    const first = await readTar(dir);
    utimesSync(path.join(dir, 'src/a'), new Date(), new Date('2020-01-01'));
    const second = await readTar(dir);
    expect(second.sha).toBe(first.sha);
    expect(first.entries.map((e) => [e.name, e.type, e.mtime, e.uid, e.gid])).toEqual([
      ['Dockerfile', 'file', CONTEXT_MTIME.getTime(), 0, 0],
      ['src/', 'directory', CONTEXT_MTIME.getTime(), 0, 0],
      ['src/a', 'file', CONTEXT_MTIME.getTime(), 0, 0],
      ['src/b', 'file', CONTEXT_MTIME.getTime(), 0, 0],
    ]);
    expect(first.stats).toEqual({ files: 3, directories: 1, symlinks: 0, bytes: 18, skippedSpecial: [] });
  });

  it('keeps symlinks as links and never reads what they point to', async () => {
    const dir = tree({ Dockerfile: 'FROM scratch', 'etc-passwd': '->/etc/passwd', up: '->../../..' });
    const { entries } = await readTar(dir);
    expect(entries.map((e) => [e.name, e.type, e.linkname, e.body])).toEqual([
      ['Dockerfile', 'file', undefined, 'FROM scratch'],
      ['etc-passwd', 'symlink', '/etc/passwd', ''],
      ['up', 'symlink', '../../..', ''],
    ]);
  });

  it('keeps the executable bit', async () => {
    const dir = tree({ Dockerfile: 'FROM scratch', 'run.sh': 'echo' });
    chmodSync(path.join(dir, 'run.sh'), 0o755);
    const { stream, done } = await contextTar(planContext(dir, path.join(dir, 'Dockerfile')));
    const ex = extract();
    const modes: Record<string, number> = {};
    ex.on('entry', (h, s, next) => {
      modes[h.name] = h.mode as number;
      s.resume();
      s.on('end', next);
    });
    stream.pipe(ex);
    await new Promise<void>((r) => ex.on('finish', () => r()));
    await done;
    expect(modes['run.sh']).toBe(0o755);
  });
});
