/**
 * Previews worth reviewing, through the bundled action against the CloudFormation fake: the parameter diff
 * (NoEcho masked), the resources that use the changed parameters, a parameter-only edit explained rather than
 * "Has changes: yes" over an empty tree, the ⚠️ data-loss block, and `mode: execute` refusing a change set that
 * was not previewed at this commit from this template. Summaries are read as GitHub shows them (cmark-gfm).
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBundle, type RunBundleResult } from '@pipewright/testkit';
import {
  startFakeCloudFormation,
  type FakeCloudFormation,
  type FakeCloudFormationOptions,
} from '@pipewright/testkit/cloudformation-fake/server';

let workspace: string;
let fake: FakeCloudFormation | undefined;
let run = 1100;

const TEMPLATE = JSON.stringify({
  Parameters: {
    Env: { Type: 'String', Default: 'dev' },
    Retention: { Type: 'Number', Default: 7 },
    DbPassword: { Type: 'String', NoEcho: true },
  },
  Resources: {
    Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { 'Fn::Sub': 'app-${Env}' } } },
    Table: { Type: 'AWS::DynamoDB::Table', Properties: { TableName: 'orders' } },
    Queue: { Type: 'AWS::SQS::Queue' },
  },
  Outputs: { Retention: { Value: { Ref: 'Retention' } } },
});
/** Table renamed (a replacement), Queue removed: both stateful. */
const RISKY = JSON.stringify({
  Parameters: {
    Env: { Type: 'String', Default: 'dev' },
    Retention: { Type: 'Number', Default: 7 },
    DbPassword: { Type: 'String', NoEcho: true },
  },
  Resources: {
    Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { 'Fn::Sub': 'app-${Env}' } } },
    Table: {
      Type: 'AWS::DynamoDB::Table',
      UpdateReplacePolicy: 'Retain',
      Properties: { TableName: 'orders-v2' },
    },
  },
});
const deployed = {
  name: 'app',
  status: 'UPDATE_COMPLETE',
  template: TEMPLATE,
  parameters: { Env: 'dev', Retention: '7', DbPassword: 'old-secret-value' },
};

beforeAll(() => {
  workspace = mkdtempSync(path.join(os.tmpdir(), 'deploy-stack-preview-'));
  writeFileSync(path.join(workspace, 'app.json'), TEMPLATE);
  writeFileSync(path.join(workspace, 'risky.json'), RISKY);
});

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(o: FakeCloudFormationOptions = {}): Promise<FakeCloudFormation> {
  fake = await startFakeCloudFormation({ stacks: [deployed], ...o });
  return fake;
}

function deploy(
  cfn: FakeCloudFormation,
  inputs: Record<string, string>,
  sha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
): Promise<RunBundleResult> {
  run++;
  return runBundle('deploy-stack', {
    inputs: {
      'stack-name': 'app',
      template: 'app.json',
      region: 'us-east-1',
      endpoint: cfn.url,
      comment: 'false',
      lint: 'false',
      mode: 'preview',
      ...inputs,
    },
    env: { GITHUB_RUN_ID: String(run), GITHUB_SHA: sha },
    workspace,
  });
}

const errors = (r: RunBundleResult) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);

/** What a reader sees: rendered by cmark-gfm (GitHub's renderer), tags stripped, whitespace collapsed. */
function visible(markdown: string): string {
  return execFileSync(
    'cmark-gfm',
    ['--extension', 'table', '--extension', 'autolink', '--extension', 'tagfilter'],
    {
      input: markdown,
      encoding: 'utf8',
    },
  )
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('preview', () => {
  it('a parameter-only edit: the diff, and no "Has changes: yes" over an empty tree', async () => {
    const cfn = await start();
    const r = await deploy(cfn, { parameters: 'Retention: 14\nDbPassword: new-secret-value' });
    expect(errors(r)).toEqual([]);
    expect(r.outputs['has-changes']).toBe('true');
    const text = visible(r.summary);
    expect(text).toContain('Has changes yes — parameters only, no resource changes');
    // NoEcho: masked on both sides, counted as changed because this run gave a value.
    expect(text).toContain(
      'Parameters: 2 changed, 1 unchanged Parameter Before After Retention 7 14 DbPassword (NoEcho) **** ****',
    );
    expect(text).toContain(
      'No resource changes CloudFormation lists no resource change: only parameters change (Retention, DbPassword). ' +
        'No resource of the template uses them: executing stores the new values (and updates outputs that use them).',
    );
    expect(text).not.toContain('Changes:');
    expect(r.summary).not.toContain('new-secret-value');
    expect(r.summary).not.toContain('old-secret-value');
  }, 60_000);

  it('a parameter a resource uses: the diff and the resources that depend on it', async () => {
    const cfn = await start();
    const r = await deploy(cfn, { parameters: 'Env: prod' });
    expect(errors(r)).toEqual([]);
    const text = visible(r.summary);
    expect(text).toContain('Parameters: 1 changed, 2 unchanged Parameter Before After Env dev prod');
    expect(text).toContain('Resources that use the changed parameters Env → Bucket');
    expect(text).toContain('Changes: 0 to add, 1 to modify, 0 to remove');
    expect(text).not.toContain('Data loss');
  }, 60_000);

  it('⚠️ data loss: a stateful resource replaced (kept by its policy) and one deleted', async () => {
    const cfn = await start({ scripts: { app: { replacements: { Table: 'True' } } } });
    const r = await deploy(cfn, { template: 'risky.json' });
    expect(errors(r)).toEqual([]);
    expect(r.summary).toContain('> [!WARNING]\n> ⚠️ **Data loss:**');
    const text = visible(r.summary);
    expect(text).toContain(
      '[!WARNING] ⚠️ Data loss: executing this change set deletes or replaces 2 stateful resources: ' +
        'Table (AWS::DynamoDB::Table) replaced — kept by UpdateReplacePolicy: Retain ' +
        'Queue (AWS::SQS::Queue) deleted — its data is lost unless it is backed up',
    );
    // The block comes before the change tree.
    expect(text.indexOf('Data loss')).toBeLessThan(text.indexOf('Changes:'));
  }, 60_000);
});

describe('mode: execute runs only what was reviewed', () => {
  const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

  it('refuses a change set previewed at another commit, or from another template; runs the matching one', async () => {
    const cfn = await start();
    const preview = await deploy(cfn, { parameters: 'Env: prod' }, SHA);
    expect(errors(preview)).toEqual([]);
    const name = preview.outputs['change-set-name'] as string;
    const execute = (sha: string, template = 'app.json') =>
      deploy(cfn, { mode: 'execute', 'change-set-name': name, template }, sha);

    const otherCommit = await execute('ffffffffffffffffffffffffffffffffffffffff');
    expect(otherCommit.exitCode).toBe(1);
    expect(errors(otherCommit)[0]).toContain(
      `Change set ${name} is not what this run would deploy: it was previewed at commit a1b2c3d4e5f6, this run is at ffffffffffff.`,
    );
    expect(otherCommit.outputs['failure']).toBe('review-mismatch');

    const otherTemplate = await execute(SHA, 'risky.json');
    expect(otherTemplate.exitCode).toBe(1);
    expect(errors(otherTemplate)[0]).toMatch(
      /is not what this run would deploy: it was previewed with template sha256:[0-9a-f]{12}…, the template here is sha256:[0-9a-f]{12}…\./,
    );
    expect(cfn.calls('ExecuteChangeSet')).toEqual([]);
    // Refused, not deleted: the reviewed change set is still there for the right run.
    expect(cfn.changeSets().map((c) => c.name)).toEqual([name]);

    const same = await execute(SHA);
    expect(errors(same)).toEqual([]);
    expect(same.log).toContain(`Change set ${name} was previewed at this commit, from this template`);
    expect(same.outputs['status']).toBe('UPDATE_COMPLETE');
    expect(cfn.calls('ExecuteChangeSet')).toHaveLength(1);
  }, 120_000);
});
