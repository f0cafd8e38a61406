/**
 * `lint`: the real cfn-lint (pinned in scripts/requirements-services.txt, in the services venv) through the
 * bundled action. Rule IDs, messages, lines and columns are cfn-lint 1.58.0's own, as it reports them for these
 * templates (`cfn-lint --format json --regions us-east-1`).
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBundle, type RunBundleResult } from '@pipewright/testkit';
import {
  startFakeCloudFormation,
  type FakeCloudFormation,
} from '@pipewright/testkit/cloudformation-fake/server';

const VENV_BIN = '/var/lib/pipewright/venv/bin';
let workspace: string;
let fake: FakeCloudFormation | undefined;
let run = 900;

const BROKEN = `Parameters:
  Env: {Type: String, Default: dev}
Resources:
  Topic:
    Type: AWS::SNS::Topik
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      DelaySeconds: 9000
      Nope: 1
`;
const UNUSED_PARAMETER = `Parameters:
  Env: {Type: String, Default: dev}
Resources:
  Queue:
    Type: AWS::SQS::Queue
`;

beforeAll(() => {
  if (!existsSync(path.join(VENV_BIN, 'cfn-lint')))
    throw new Error(
      `${VENV_BIN}/cfn-lint not found: install cfn-lint==1.58.0 into the venv (scripts/provision.sh does).`,
    );
  workspace = mkdtempSync(path.join(os.tmpdir(), 'deploy-stack-lint-'));
  writeFileSync(path.join(workspace, 'broken.yml'), BROKEN);
  writeFileSync(path.join(workspace, 'unused.yml'), UNUSED_PARAMETER);
});

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function deploy(
  inputs: Record<string, string>,
  PATH: string,
): Promise<{ r: RunBundleResult; cfn: FakeCloudFormation }> {
  const cfn = await startFakeCloudFormation();
  fake = cfn;
  run++;
  const r = await runBundle('deploy-stack', {
    inputs: { 'stack-name': 'app', region: 'us-east-1', endpoint: cfn.url, comment: 'false', ...inputs },
    env: { GITHUB_RUN_ID: String(run), PATH },
    workspace,
  });
  return { r, cfn };
}

const WITH_LINT = `${VENV_BIN}:/usr/bin:/bin`;
const WITHOUT_LINT = '/usr/bin:/bin';

describe('lint', () => {
  it('errors become annotations on the template’s lines and block the deploy before any request', async () => {
    const { r, cfn } = await deploy({ template: 'broken.yml', lint: 'auto' }, WITH_LINT);
    expect(r.exitCode).toBe(1);
    const lint = r.annotations.filter((a) => a.title?.startsWith('cfn-lint'));
    expect(lint.map((a) => [a.level, a.title, a.file, a.line, a.col, a.message])).toEqual([
      ['warning', 'cfn-lint W2001', 'broken.yml', 2, 3, 'W2001 Parameter Env not used.'],
      [
        'error',
        'cfn-lint E3006',
        'broken.yml',
        5,
        5,
        "E3006 Resource type 'AWS::SNS::Topik' does not exist in 'us-east-1'",
      ],
      ['error', 'cfn-lint E3034', 'broken.yml', 9, 7, 'E3034 9000 is greater than the maximum of 900'],
      [
        'error',
        'cfn-lint E3002',
        'broken.yml',
        10,
        7,
        "E3002 Additional properties are not allowed ('Nope' was unexpected)",
      ],
    ]);
    const verdict = r.annotations.filter((a) => a.level === 'error' && !a.title?.startsWith('cfn-lint'));
    expect(verdict.map((a) => a.message)).toEqual([
      'cfn-lint found 3 errors in broken.yml: the deploy is blocked.\n' +
        "  - line 5: E3006 Resource type 'AWS::SNS::Topik' does not exist in 'us-east-1'\n" +
        '  - line 9: E3034 9000 is greater than the maximum of 900\n' +
        "  - line 10: E3002 Additional properties are not allowed ('Nope' was unexpected)\n" +
        'Fix them (the annotations point at the lines), or set `lint: false` to deploy without linting.',
    ]);
    expect(r.log).toContain('cfn-lint: 3 errors, 1 warning, 0 informational in broken.yml.');
    expect(cfn.requests).toEqual([]);
  }, 120_000);

  it('warnings are annotated and the deploy goes on', async () => {
    const { r, cfn } = await deploy({ template: 'unused.yml', lint: 'true' }, WITH_LINT);
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(
      r.annotations.filter((a) => a.level === 'warning').map((a) => [a.file, a.line, a.message]),
    ).toEqual([['unused.yml', 2, 'W2001 Parameter Env not used.']]);
    expect(r.log).toContain('cfn-lint: 0 errors, 1 warning, 0 informational in unused.yml.');
    expect(r.outputs['status']).toBe('CREATE_COMPLETE');
    expect(cfn.calls('CreateChangeSet')).toHaveLength(1);
  }, 120_000);

  it('`lint: true` without cfn-lint stops before any request; `auto` says so and deploys', async () => {
    const required = await deploy({ template: 'unused.yml', lint: 'true' }, WITHOUT_LINT);
    expect(required.r.exitCode).toBe(1);
    expect(required.r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      '`lint: true`, but cfn-lint is not on PATH.\n' +
        'Install it in an earlier step (`pip install cfn-lint`), or set `lint: auto` to lint only where it is installed.',
    ]);
    expect(required.cfn.requests).toEqual([]);
    await required.cfn.close();
    fake = undefined;

    const auto = await deploy({ template: 'unused.yml' }, WITHOUT_LINT);
    expect(auto.r.exitCode).toBe(0);
    expect(auto.r.log).toContain('cfn-lint is not installed: the template is not linted (`lint: auto`).');
  }, 120_000);
});
