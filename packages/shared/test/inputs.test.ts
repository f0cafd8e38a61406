import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../src/action/errors.ts';
import { getInputs, inputEnvName, parseList, type InputSpec } from '../src/action/inputs.ts';
import { parseYaml } from '../src/yaml/index.ts';

const ws = mkdtempSync(path.join(os.tmpdir(), 'pw-inputs-'));
mkdirSync(path.join(ws, 'infra'));
writeFileSync(path.join(ws, 'infra', 'main.tf'), '');
symlinkSync('/etc', path.join(ws, 'escape'));

const spec = {
  name: { type: 'string', required: true },
  'fail-on': { type: 'enum', values: ['high', 'medium', 'low', 'none'], default: 'high' },
  retries: { type: 'integer', min: 0, max: 10, default: 3 },
  timeout: { type: 'duration', default: '5m' },
  push: { type: 'boolean', default: false },
  tags: { type: 'list' },
  labels: { type: 'map', yaml: parseYaml },
  dir: { type: 'path', mustExist: 'dir' },
  token: { type: 'string', secret: true },
} as const satisfies InputSpec;

const env = (vars: Record<string, string>) =>
  Object.fromEntries(Object.entries(vars).map(([k, v]) => [inputEnvName(k), v]));
const read = (vars: Record<string, string>, onSecret?: (v: string) => void) =>
  getInputs(spec, { env: env(vars), workspace: ws, ...(onSecret ? { onSecret } : {}) });

describe('getInputs', () => {
  it('names variables the way the runner does: hyphens kept, spaces to _, upper-cased', () => {
    expect(inputEnvName('fail-on')).toBe('INPUT_FAIL-ON');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });

  it('applies defaults and leaves optional inputs undefined, never empty strings', () => {
    const i = read({ name: 'x' });
    expect(i).toEqual({
      name: 'x',
      failOn: 'high',
      retries: 3,
      timeout: 300_000,
      push: false,
      tags: undefined,
      labels: undefined,
      dir: undefined,
      token: undefined,
    });
  });

  it('parses every type', () => {
    const i = read({
      name: ' app ',
      'fail-on': 'low',
      retries: '7',
      timeout: '1m30s',
      push: 'TRUE',
      tags: 'a, b\nc\n# comment\n\n',
      labels: 'team: core\ntier: 1',
      dir: 'infra',
    });
    expect(i).toEqual({
      name: 'app',
      failOn: 'low',
      retries: 7,
      timeout: 90_000,
      push: true,
      tags: ['a', 'b', 'c'],
      labels: { team: 'core', tier: '1' },
      dir: path.join(ws, 'infra'),
      token: undefined,
    });
  });

  it('accepts K=V lines for maps', () => {
    expect(read({ name: 'x', labels: 'A=1\nB=x=y' }).labels).toEqual({ A: '1', B: 'x=y' });
  });

  it('reports every problem at once', () => {
    let err: unknown;
    try {
      read({
        'fail-on': 'critical',
        retries: '11',
        timeout: 'soon',
        push: 'yes',
        labels: '- a\n- b',
        dir: '../outside',
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems).toEqual([
      '`name` is required but was empty or not given.',
      '`fail-on`: "critical" is not one of: high, medium, low, none.',
      '`retries`: 11 is above the maximum of 10.',
      '`timeout`: "soon" is not a duration; write e.g. 90s, 5m, 1h30m or a number of seconds.',
      '`push`: "yes" is not a boolean; use true or false.',
      '`labels`: expected a YAML map (`key: value`) or K=V lines.',
      // outside first: whether a path outside the workspace exists is not reported
      `\`dir\`: "../outside" is outside the workspace (${realpathSync(ws)}); give a path inside the workspace (relative to it) or under RUNNER_TEMP.`,
    ]);
  });

  it.each([
    ['/etc', 'outside the workspace'],
    ['escape', 'outside the workspace'],
    ['infra/main.tf', 'is not a directory'],
  ])('confines path %s to the workspace (%s)', (value, why) => {
    expect(() => read({ name: 'x', dir: value })).toThrow(why);
  });

  it('hands secret inputs to the masker before parsing goes on', () => {
    const seen: string[] = [];
    read({ name: 'x', token: ' s3cr3t-token ' }, (v) => seen.push(v));
    expect(seen).toEqual(['s3cr3t-token']);
  });

  it('runs the cross-check only on individually valid inputs', () => {
    const check = (i: { push: boolean; tags: string[] | undefined }) =>
      i.push && !i.tags ? ['`push: true` needs `tags`.'] : [];
    expect(() => getInputs(spec, { env: env({ name: 'x', push: 'true' }), workspace: ws }, check)).toThrow(
      'Invalid input: `push: true` needs `tags`.',
    );
  });
});

describe('parseList', () => {
  it.each([
    ['a,b', true, ['a', 'b']],
    ['a,b', false, ['a,b']],
    [' x \n\n y ', true, ['x', 'y']],
  ])('%j (commas %s)', (text, commas, expected) => {
    expect(parseList(text, commas)).toEqual(expected);
  });
});
