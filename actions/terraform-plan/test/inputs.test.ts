import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getInputs, InputError } from '@pipewright/shared/action';
import { crossCheck, spec } from '../src/config.ts';
import { LABELS, wantedLabels } from '../src/publish.ts';
import { MAX_LABEL_LENGTH } from '@pipewright/shared/github';

const ws = mkdtempSync(path.join(os.tmpdir(), 'pw-tfplan-inputs-'));
writeFileSync(path.join(ws, 'plan.json'), '{}');
writeFileSync(path.join(ws, 'plan.tfplan'), '');

function read(inputs: Record<string, string>) {
  const env = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  return getInputs(spec, { env, workspace: ws }, crossCheck);
}

function problems(inputs: Record<string, string>): readonly string[] {
  try {
    read(inputs);
    return [];
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
}

describe('inputs', () => {
  it('has working defaults', () => {
    expect(read({})).toMatchObject({
      path: '.',
      init: true,
      comment: 'always',
      mode: 'normal',
      terraformBinary: 'terraform',
      minimize: false,
      labels: false,
      showValues: true,
      timeout: 30 * 60_000,
    });
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ 'plan-file': 'plan.tfplan', 'plan-json': 'plan.json' }, /give `plan-file` or `plan-json`, not both/],
    [{ 'mask-patterns': 'ok\n(unclosed' }, /`mask-patterns`: "\(unclosed" is not a valid regular expression/],
    [{ 'mask-env': 'GOOD, not-a-name' }, /`mask-env`: "not-a-name" is not an environment variable name/],
    [{ variables: 'bad name: 1' }, /`variables`: "bad name" is not a Terraform variable name/],
    [
      { 'plan-json': 'plan.json', mode: 'destroy' },
      /`plan-json` reads an existing plan: `mode`, `var-files` and `variables` do not apply/,
    ],
    [{ comment: 'sometimes' }, /`comment`: "sometimes" is not one of: always, on-change, never/],
    [{ workspace: 'a b' }, /`workspace`: a workspace name/],
    [{ 'pr-number': '0' }, /`pr-number`: 0 is below the minimum of 1/],
  ])('rejects %j', (inputs, message) => {
    expect(problems(inputs).join('\n')).toMatch(message);
  });
});

describe('plan-file / plan-json paths', () => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'pw-tfplan-paths-'));
  const work = path.join(base, 'work');
  const temp = path.join(base, 'runner-temp');
  const outside = path.join(base, 'outside');
  for (const d of [work, temp, outside]) mkdirSync(d);
  writeFileSync(path.join(work, 'plan.json'), '{}');
  mkdirSync(path.join(temp, 'pipewright-terraform-plan'));
  writeFileSync(path.join(temp, 'pipewright-terraform-plan', 'plan.json'), '{}');
  writeFileSync(path.join(outside, 'secret.json'), '{}');
  symlinkSync(path.join(outside, 'secret.json'), path.join(work, 'link-out.json'));
  symlinkSync(path.join(outside, 'secret.json'), path.join(temp, 'link-out.json'));
  symlinkSync(path.join(work, 'plan.json'), path.join(temp, 'link-in.json'));
  const env = { RUNNER_TEMP: temp };
  // Through the shared `path` input type, as main() reads them: the workspace or RUNNER_TEMP, after symlinks.
  const check = (text: string, e: NodeJS.ProcessEnv = env) => {
    try {
      return getInputs(spec, { env: { ...e, 'INPUT_PLAN-JSON': text }, workspace: work }, crossCheck)
        .planJson;
    } catch (err) {
      if (err instanceof InputError) return err.problems.join('\n');
      throw err;
    }
  };

  it('accepts the workspace (relative paths) and RUNNER_TEMP (absolute, e.g. our own json-plan-file output)', () => {
    expect(check('plan.json')).toBe(path.join(work, 'plan.json'));
    const own = path.join(temp, 'pipewright-terraform-plan', 'plan.json');
    expect(check(own)).toBe(own);
    expect(check(path.join(temp, 'link-in.json'))).toBe(path.join(temp, 'link-in.json'));
  });

  it.each<[string, NodeJS.ProcessEnv, RegExp]>([
    [
      'link-out.json',
      env,
      /^`plan-json`: "link-out\.json" leads through a symbolic link to .*secret\.json, outside the workspace \(.*\) or RUNNER_TEMP \(.*\)\.$/,
    ],
    [
      path.join(temp, 'link-out.json'),
      env,
      /leads through a symbolic link to .*secret\.json, outside the workspace/,
    ],
    [
      path.join(outside, 'secret.json'),
      env,
      /is outside the workspace \(.*\) or RUNNER_TEMP \(.*\); give a path/,
    ],
    [
      path.join(temp, 'pipewright-terraform-plan', 'plan.json'),
      {},
      /is outside the workspace \([^)]*\); give a path inside the workspace/,
    ],
    ['missing.json', env, /^`plan-json`: "missing\.json" does not exist \(looked for .*missing\.json\)\.$/],
    ['.', env, /^`plan-json`: "\." is not a file\.$/],
  ])('refuses %s', (text, e, message) => {
    expect(check(text, e)).toMatch(message);
  });
});

describe('labels', () => {
  it.each([
    [{ hasChanges: true, hasDestroy: true }, [LABELS.changes, LABELS.destroy]],
    [{ hasChanges: true, hasDestroy: false }, [LABELS.changes]],
    [{ hasChanges: false, hasDestroy: false }, [LABELS.none]],
  ])('%j -> %j', (p, labels) => {
    expect(wantedLabels(p)).toEqual(labels);
  });
  it('owns only names GitHub accepts', () => {
    for (const l of Object.values(LABELS)) expect(l.length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
  });
});
