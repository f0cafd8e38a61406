/**
 * End to end through the bundled action against moto's CloudFormation (loopback, AWS_ENDPOINT_URL_CLOUDFORMATION):
 * create, update, empty update, parameters, tags, outputs (of a stack moto created), preview then execute.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CloudFormationClient,
  CreateStackCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  ListChangeSetsCommand,
} from '@aws-sdk/client-cloudformation';
import { CreateBucketCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { REPO_ROOT, runBundle, type RunBundleResult } from '@pipewright/testkit';
import { startMoto, type MotoServer } from '@pipewright/testkit/services/moto';
import { shownLines } from '@pipewright/testkit/render-like-github';

let moto: MotoServer;
let cf: CloudFormationClient;
let workspace: string;
let run = 100;

beforeAll(async () => {
  moto = await startMoto();
  cf = new CloudFormationClient({
    region: 'us-east-1',
    endpoint: moto.url,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
  workspace = mkdtempSync(path.join(os.tmpdir(), 'deploy-stack-moto-'));
  copyFileSync(
    path.join(REPO_ROOT, 'examples/deploy-stack/template.yml'),
    path.join(workspace, 'template.yml'),
  );
  writeFileSync(
    path.join(workspace, 'params.json'),
    JSON.stringify({ Parameters: { Environment: 'prod' }, Tags: { team: 'payments', env: 'prod' } }),
  );
}, 60_000);

afterAll(async () => {
  cf?.destroy();
  await moto?.stop();
});

/** Each run is a new workflow run (its own change set name), as on GitHub. */
function deploy(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunBundleResult> {
  run++;
  return runBundle('deploy-stack', {
    inputs: { template: 'template.yml', lint: 'false', ...inputs },
    env: { ...moto.env, GITHUB_RUN_ID: String(run), ...env },
    workspace,
  });
}

const physicalIds = async (stack: string) =>
  Object.fromEntries(
    ((await cf.send(new DescribeStackResourcesCommand({ StackName: stack }))).StackResources ?? []).map(
      (r) => [r.LogicalResourceId, r.PhysicalResourceId],
    ),
  );

describe('deploy-stack against moto', () => {
  it('creates, updates, finds nothing to do, and reports', async () => {
    const created = await deploy({
      'stack-name': 'orders',
      parameters: 'Environment: staging\nRetentionSeconds: 600',
      tags: 'team=payments\ncost-center=42',
    });
    expect(created.stderr).toBe('');
    expect(created.exitCode).toBe(0);
    expect(created.outputs['status']).toBe('CREATE_COMPLETE');
    expect(created.outputs['has-changes']).toBe('true');
    expect(created.outputs['change-set-name']).toBe('pipewright-deploy-101-1');
    expect(created.outputs['stack-id']).toMatch(
      /^arn:aws:cloudformation:us-east-1:123456789012:stack\/orders\//,
    );
    // moto 5.2.5 computes no Outputs for a stack created through a change set (its DescribeStacks has none);
    // outputs are reported end to end by the next test, on a stack moto created with CreateStack.
    const stack = (await cf.send(new DescribeStacksCommand({ StackName: 'orders' }))).Stacks?.[0];
    expect(stack?.Outputs).toBeUndefined();
    expect(JSON.parse(created.outputs['outputs'] as string)).toEqual({});
    expect(stack?.Tags).toEqual([
      { Key: 'team', Value: 'payments' },
      { Key: 'cost-center', Value: '42' },
    ]);
    expect(stack?.Parameters).toEqual(
      expect.arrayContaining([
        { ParameterKey: 'Environment', ParameterValue: 'staging' },
        { ParameterKey: 'RetentionSeconds', ParameterValue: '600' },
      ]),
    );
    expect((await physicalIds('orders'))['Topic']).toBe(
      'arn:aws:sns:us-east-1:123456789012:pipewright-demo-staging',
    );
    expect(shownLines(created.summary)).toContain('➕ Add Queue (AWS::SQS::Queue)');
    expect(created.summary).toContain('✅ deployed');
    expect(created.log).toMatch(/CREATE_COMPLETE orders \(AWS::CloudFormation::Stack\)/);

    // Update through a CodePipeline-style parameters file (parameters and tags).
    const updated = await deploy({ 'stack-name': 'orders', parameters: 'file://params.json' });
    expect(updated.exitCode).toBe(0);
    expect(updated.outputs['status']).toBe('UPDATE_COMPLETE');
    expect(updated.outputs['has-changes']).toBe('true');
    const after = (await cf.send(new DescribeStacksCommand({ StackName: 'orders' }))).Stacks?.[0];
    expect(after?.Parameters).toEqual(
      expect.arrayContaining([
        { ParameterKey: 'Environment', ParameterValue: 'prod' },
        // not given: UsePreviousValue kept 600 rather than the template default
        { ParameterKey: 'RetentionSeconds', ParameterValue: '600' },
      ]),
    );
    // (moto 5.2.5 neither applies tags from an UPDATE change set nor renames the topic; the fake's tests
    // assert what is sent.)

    // Same template and parameters: no changes, green, nothing left behind.
    const same = await deploy({ 'stack-name': 'orders', parameters: 'file://params.json' });
    expect(same.exitCode).toBe(0);
    expect(same.outputs['has-changes']).toBe('false');
    expect(same.outputs['status']).toBe('UPDATE_COMPLETE');
    expect(same.summary).toContain('✅ no changes');
    expect(same.annotations.filter((a) => a.level === 'error')).toEqual([]);
    const left = await cf.send(new ListChangeSetsCommand({ StackName: 'orders' }));
    expect((left.Summaries ?? []).map((s) => s.ChangeSetName)).toEqual([
      'pipewright-deploy-101-1',
      'pipewright-deploy-102-1',
    ]);
  }, 120_000);

  it('reports the outputs moto computed, for an existing stack it updates', async () => {
    // A stack made before this workflow existed (CreateStack, so moto computes its outputs), then deployed.
    // (The example template, its resources renamed so they do not collide with the other tests' stacks.)
    const template = readFileSync(path.join(workspace, 'template.yml'), 'utf8').replaceAll(
      'pipewright-demo-',
      'inventory-',
    );
    writeFileSync(path.join(workspace, 'inventory.yml'), template);
    await cf.send(
      new CreateStackCommand({
        StackName: 'inventory',
        TemplateBody: template,
        Parameters: [{ ParameterKey: 'Environment', ParameterValue: 'staging' }],
      }),
    );
    const r = await deploy({
      'stack-name': 'inventory',
      template: 'inventory.yml',
      parameters: 'RetentionSeconds: 900',
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['status']).toBe('UPDATE_COMPLETE');
    expect(r.outputs['has-changes']).toBe('true');
    const expected = {
      QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/inventory-staging',
      QueueArn: 'arn:aws:sqs:us-east-1:123456789012:inventory-staging',
      TopicArn: 'arn:aws:sns:us-east-1:123456789012:inventory-staging',
    };
    expect(JSON.parse(r.outputs['outputs'] as string)).toEqual(expected);
    expect(r.outputs['QueueUrl']).toBe(expected.QueueUrl);
    expect(r.outputs['QueueArn']).toBe(expected.QueueArn);
    expect(r.outputs['TopicArn']).toBe(expected.TopicArn);
    // …the same values DescribeStacks gives, in the summary, and the account-ID hint in the log.
    const stack = (await cf.send(new DescribeStacksCommand({ StackName: 'inventory' }))).Stacks?.[0];
    expect(Object.fromEntries((stack?.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]))).toEqual(
      expected,
    );
    // an output value is shown and copied exactly (code: no invisible character, no autolink)
    expect(shownLines(r.summary)).toContain(
      'QueueUrl: https://sqs.us-east-1.amazonaws.com/123456789012/inventory-staging',
    );
    expect(r.log).toContain('Outputs QueueUrl, QueueArn, TopicArn contain the AWS account ID.');
    expect(stack?.Parameters).toEqual(
      expect.arrayContaining([
        { ParameterKey: 'Environment', ParameterValue: 'staging' },
        { ParameterKey: 'RetentionSeconds', ParameterValue: '900' },
      ]),
    );
  }, 120_000);

  it('previews a change set, keeps it, and executes it in a later run', async () => {
    const preview = await deploy({ 'stack-name': 'billing', mode: 'preview', comment: 'false' });
    expect(preview.exitCode).toBe(0);
    expect(preview.outputs['status']).toBe('REVIEW_IN_PROGRESS');
    expect(preview.outputs['has-changes']).toBe('true');
    const name = preview.outputs['change-set-name'] as string;
    expect(name).toBe(`pipewright-preview-${run}-1`);
    expect(preview.summary).toContain('📝 change set ready for review');
    expect(shownLines(preview.summary)).toContain('➕ Add Topic (AWS::SNS::Topic)');
    // (moto lists the change sets of every stack: keep this stack's.)
    const kept = await cf.send(new ListChangeSetsCommand({ StackName: 'billing' }));
    expect(
      (kept.Summaries ?? [])
        .filter((s) => s.StackId === preview.outputs['stack-id'])
        .map((s) => [s.ChangeSetName, s.ExecutionStatus]),
    ).toEqual([[name, 'AVAILABLE']]);

    const executed = await deploy({ 'stack-name': 'billing', mode: 'execute', 'change-set-name': name });
    expect(executed.exitCode).toBe(0);
    expect(executed.outputs['status']).toBe('CREATE_COMPLETE');
    expect(executed.outputs['change-set-id']).toBe(preview.outputs['change-set-id']);
    expect((await physicalIds('billing'))['Topic']).toBe(
      'arn:aws:sns:us-east-1:123456789012:pipewright-demo-dev',
    );
  }, 120_000);

  it('uploads a template over 51,200 bytes to S3 by content hash, with a nested stack', async () => {
    // moto resolves template URLs on "localhost" path-style, so S3 is addressed by that name here.
    const s3Url = moto.url.replace('127.0.0.1', 'localhost');
    const s3 = new S3Client({
      region: 'us-east-1',
      endpoint: s3Url,
      forcePathStyle: true,
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    });
    await s3.send(new CreateBucketCommand({ Bucket: 'templates' }));
    const nested =
      'Resources:\n  Inner:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: nested-inner\n';
    await s3.send(new PutObjectCommand({ Bucket: 'templates', Key: 'nested.yml', Body: nested }));
    const parent = JSON.stringify({
      Resources: {
        Child: {
          Type: 'AWS::CloudFormation::Stack',
          Properties: { TemplateURL: `${s3Url}/templates/nested.yml` },
        },
      },
      Metadata: { padding: 'x'.repeat(52_000) },
    });
    writeFileSync(path.join(workspace, 'big.json'), parent);
    const r = await deploy(
      { 'stack-name': 'platform', template: 'big.json', 's3-bucket': 'templates', 's3-prefix': 'cfn/' },
      { AWS_ENDPOINT_URL_S3: s3Url },
    );
    expect(r.exitCode).toBe(0);
    expect(r.outputs['status']).toBe('CREATE_COMPLETE');
    const key = `cfn/${createHash('sha256').update(parent).digest('hex')}.template`;
    expect(r.log).toContain(
      `Template uploaded to s3://templates/${key} (${Buffer.byteLength(parent)} bytes).`,
    );
    expect((await s3.send(new HeadObjectCommand({ Bucket: 'templates', Key: key }))).ContentLength).toBe(
      Buffer.byteLength(parent),
    );
    const resources = (await cf.send(new DescribeStackResourcesCommand({ StackName: 'platform' })))
      .StackResources;
    expect(resources?.map((x) => [x.LogicalResourceId, x.ResourceType])).toEqual([
      ['Child', 'AWS::CloudFormation::Stack'],
    ]);
    s3.destroy();
  }, 120_000);
});
