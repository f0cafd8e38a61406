import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ActionRuntime } from '@pipewright/shared/action';
import { secretForms } from '@pipewright/shared/log';
import { readSecrets } from '../src/secrets.ts';

function runtime(env: Record<string, string> = {}) {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'pw-secrets-'));
  const masked: string[] = [];
  const rt = {
    env,
    context: { workspace },
    secret: (v: string) => masked.push(...secretForms(v)),
  } as unknown as ActionRuntime;
  return { rt, workspace, masked };
}

describe('readSecrets', () => {
  it('reads values, files in the workspace and environment variables, and masks each with its base64', () => {
    const { rt, workspace, masked } = runtime({ TOKEN: 'env-value-1' });
    writeFileSync(path.join(workspace, 'npmrc'), 'file-value-2');
    const s = readSecrets(
      { secrets: { a: 'inline-value-3' }, secretFiles: { b: 'npmrc' }, secretEnvs: { c: 'TOKEN' } },
      rt,
    );
    expect(Object.fromEntries([...s].map(([k, v]) => [k, v.toString()]))).toEqual({
      a: 'inline-value-3',
      b: 'file-value-2',
      c: 'env-value-1',
    });
    for (const v of ['inline-value-3', 'file-value-2', 'env-value-1'])
      expect(masked).toEqual(expect.arrayContaining([v, Buffer.from(v).toString('base64')]));
  });

  it('refuses a file outside the workspace and an unset variable, all at once', () => {
    const { rt } = runtime();
    expect(() =>
      readSecrets({ secretFiles: { b: '../../etc/passwd' }, secretEnvs: { c: 'NOPE' } }, rt),
    ).toThrow(
      /2 invalid inputs:[\s\S]*`secret-files`: b: "\.\.\/\.\.\/etc\/passwd" (is outside the workspace|does not exist)[\s\S]*`secret-envs`: c: the environment variable NOPE is not set/,
    );
  });
});
