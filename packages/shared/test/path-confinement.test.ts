/** Path inputs resolve inside the workspace or RUNNER_TEMP, after symlinks; escapes fail with the reason. */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getInputs, InputError, resolveConfined } from '../src/action/index.ts';

let ws: string;
let temp: string;
let outside: string;
beforeAll(() => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pw-confine-'));
  ws = path.join(root, 'workspace');
  temp = path.join(root, 'runner-temp');
  outside = path.join(root, 'elsewhere');
  for (const d of [ws, temp, outside, path.join(ws, 'sub')]) mkdirSync(d, { recursive: true });
  writeFileSync(path.join(ws, 'sub', 'ok.txt'), 'ok');
  writeFileSync(path.join(temp, 'plan.json'), '{}');
  writeFileSync(path.join(outside, 'secret.txt'), 'TOP-SECRET-CONTENTS');
  symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'link-file'));
  symlinkSync(outside, path.join(ws, 'link-dir'));
  symlinkSync(path.join(ws, 'sub', 'ok.txt'), path.join(ws, 'link-inside'));
});

describe('resolveConfined', () => {
  it.each([
    ['sub/ok.txt', 'file'],
    ['./sub/../sub/ok.txt', 'file'],
    ['link-inside', 'file'],
    ['sub', 'dir'],
    ['new/dir/out.sarif', undefined],
  ] as [string, 'file' | 'dir' | undefined][])('accepts %s in the workspace', (p, must) => {
    expect(resolveConfined(p, { workspace: ws, temp }, must)).toBe(path.resolve(ws, p));
  });

  it('accepts files under RUNNER_TEMP, given absolute', () => {
    const p = path.join(temp, 'plan.json');
    expect(resolveConfined(p, { workspace: ws, temp }, 'file')).toBe(p);
    expect(resolveConfined(path.join(temp, 'out', 'x.sarif'), { workspace: ws, temp })).toBe(
      path.join(temp, 'out', 'x.sarif'),
    );
  });

  it.each([
    ['../elsewhere/secret.txt', 'file', /is outside the workspace/],
    ['/etc/os-release', 'file', /is outside the workspace/],
    ['link-file', 'file', /leads through a symbolic link to .*elsewhere.secret\.txt, outside the workspace/],
    ['link-dir/secret.txt', 'file', /leads through a symbolic link/],
    ['link-dir/new-output.sarif', undefined, /leads through a symbolic link/],
  ] as [string, 'file' | undefined, RegExp][])('refuses %s', (p, must, why) => {
    expect(() => resolveConfined(p, { workspace: ws, temp }, must)).toThrow(why);
  });

  it('refuses RUNNER_TEMP paths when RUNNER_TEMP is not set', () => {
    expect(() => resolveConfined(path.join(temp, 'plan.json'), { workspace: ws }, 'file')).toThrow(
      /is outside the workspace/,
    );
  });

  it('resolves relative paths against `base` but confines them to the roots', () => {
    const base = path.join(ws, 'sub');
    expect(resolveConfined('ok.txt', { workspace: ws, temp, base }, 'file')).toBe(path.join(base, 'ok.txt'));
    expect(() =>
      resolveConfined('../../elsewhere/secret.txt', { workspace: ws, temp, base }, 'file'),
    ).toThrow(/outside/);
  });
});

describe('path inputs', () => {
  const spec = {
    one: { type: 'path', mustExist: 'file' },
    many: { type: 'paths', mustExist: 'file' },
  } as const;
  const read = (env: Record<string, string>) =>
    getInputs(spec, { env: { RUNNER_TEMP: temp, ...env }, workspace: ws });

  it('`path` and `paths` accept the workspace and RUNNER_TEMP', () => {
    expect(read({ INPUT_ONE: path.join(temp, 'plan.json'), INPUT_MANY: 'sub/ok.txt\nlink-inside' })).toEqual({
      one: path.join(temp, 'plan.json'),
      many: [path.join(ws, 'sub/ok.txt'), path.join(ws, 'link-inside')],
    });
  });

  it('reports every escape, naming the input and never a file’s contents', () => {
    let error: unknown;
    try {
      read({ INPUT_ONE: 'link-file', INPUT_MANY: 'sub/ok.txt, ../elsewhere/secret.txt' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const problems = (error as InputError).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^`one`: "link-file" leads through a symbolic link/);
    expect(problems[1]).toMatch(/^`many`: "..\/elsewhere\/secret.txt" is outside the workspace/);
    expect((error as Error).message).not.toContain('TOP-SECRET');
  });
});
