/**
 * End to end through the bundled action against the project's fault-injecting CloudFormation fake: every
 * input reaches the API (recorded request bodies), failures are explained, throttling storms are ridden
 * out, and a wait timeout is a failure.
 */
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RunBundleResult } from '@pipewright/testkit';
import { startFakeGitHub } from '@pipewright/testkit/github-fake/server';
import { shownLines } from '@pipewright/testkit/render-like-github';
import { errors, fakeHarness } from './fake-harness.ts';

export const APP_TEMPLATE = JSON.stringify({
  Parameters: {
    Environment: { Type: 'String', Default: 'dev' },
    DbPassword: { Type: 'String', NoEcho: true },
  },
  Resources: {
    Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } },
    Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { 'Fn::Sub': 'app-${Environment}' } } },
    Db: { Type: 'AWS::RDS::DBInstance', Properties: { MasterUserPassword: { Ref: 'DbPassword' } } },
    Queue: { Type: 'AWS::SQS::Queue' },
  },
  Outputs: {
    BucketName: { Value: { Ref: 'Bucket' } },
    Environment: { Value: { Ref: 'Environment' } },
    Endpoint: { Value: 'db.example.internal' },
  },
});

const h = fakeHarness({
  prefix: 'deploy-stack-fake-',
  files: { 'app.json': APP_TEMPLATE },
  run: 200,
  inputs: { template: 'app.json' },
});
const { start, deploy } = h;

describe('deploy-stack against the CloudFormation fake', () => {
  it('sends every input, on create, update and an empty change set', async () => {
    const cfn = await start();
    const created = await deploy(cfn, {
      'stack-name': 'app',
      parameters: 'Environment=prod\nDbPassword=hunter2-secret',
      tags: 'team: payments',
      'role-arn': 'arn:aws:iam::123456789012:role/cfn-deployer',
      'notification-arns': 'arn:aws:sns:us-east-1:123456789012:a,arn:aws:sns:us-east-1:123456789012:b',
      'termination-protection': 'true',
      'rollback-triggers': 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:errors',
      'rollback-monitoring-minutes': '5',
      'import-existing-resources': 'true',
    });
    expect(errors(created)).toEqual([]);
    expect(created.exitCode).toBe(0);
    const [cs] = cfn.calls('CreateChangeSet');
    expect(cs).toMatchObject({
      StackName: 'app',
      ChangeSetName: 'pipewright-deploy-201-1',
      ChangeSetType: 'CREATE',
      ClientToken: 'pipewright-deploy-201-1',
      'Parameters.member.1.ParameterKey': 'Environment',
      'Parameters.member.1.ParameterValue': 'prod',
      'Parameters.member.2.ParameterKey': 'DbPassword',
      'Parameters.member.2.ParameterValue': 'hunter2-secret',
      'Capabilities.member.1': 'CAPABILITY_IAM',
      'Tags.member.1.Key': 'team',
      'Tags.member.1.Value': 'payments',
      RoleARN: 'arn:aws:iam::123456789012:role/cfn-deployer',
      'NotificationARNs.member.1': 'arn:aws:sns:us-east-1:123456789012:a',
      'NotificationARNs.member.2': 'arn:aws:sns:us-east-1:123456789012:b',
      'RollbackConfiguration.RollbackTriggers.member.1.Arn':
        'arn:aws:cloudwatch:us-east-1:123456789012:alarm:errors',
      'RollbackConfiguration.RollbackTriggers.member.1.Type': 'AWS::CloudWatch::Alarm',
      'RollbackConfiguration.MonitoringTimeInMinutes': '5',
      OnStackFailure: 'DELETE',
      IncludeNestedStacks: 'true',
      ImportExistingResources: 'true',
      TemplateBody: APP_TEMPLATE,
    });
    expect(cfn.calls('ExecuteChangeSet')).toEqual([
      {
        Action: 'ExecuteChangeSet',
        Version: '2010-05-15',
        ChangeSetName: created.outputs['change-set-id'],
        StackName: created.outputs['stack-id'],
        ClientRequestToken: 'pipewright-deploy-201-1-exec',
      },
    ]);
    expect(cfn.calls('UpdateTerminationProtection')).toEqual([
      expect.objectContaining({
        StackName: created.outputs['stack-id'],
        EnableTerminationProtection: 'true',
      }),
    ]);
    // Outputs: each as a step output, all as JSON.
    expect(created.outputs['status']).toBe('CREATE_COMPLETE');
    expect(created.outputs['Environment']).toBe('prod');
    expect(created.outputs['Endpoint']).toBe('db.example.internal');
    expect(JSON.parse(created.outputs['outputs'] as string)).toEqual({
      BucketName: expect.stringMatching(/^app-Bucket-/),
      Environment: 'prod',
      Endpoint: 'db.example.internal',
    });
    // NoEcho values are masked and never printed.
    expect(created.masks).toContain('hunter2-secret');
    expect(created.stdout.replace(/::add-mask::.*\n/g, '')).not.toContain('hunter2-secret');
    expect(created.log).toMatch(/CREATE_COMPLETE Db \(AWS::RDS::DBInstance\)/);

    // Update: disable-rollback reaches ExecuteChangeSet, protection turned off, missing parameter kept.
    const updated = await deploy(cfn, {
      'stack-name': 'app',
      parameters: 'Environment: staging',
      'disable-rollback': 'true',
      'termination-protection': 'false',
      capabilities: 'CAPABILITY_NAMED_IAM',
    });
    expect(errors(updated)).toEqual([]);
    const upd = cfn.calls('CreateChangeSet')[1];
    expect(upd).toMatchObject({
      ChangeSetType: 'UPDATE',
      'Parameters.member.1.ParameterKey': 'Environment',
      'Parameters.member.1.ParameterValue': 'staging',
      'Parameters.member.2.ParameterKey': 'DbPassword',
      'Parameters.member.2.UsePreviousValue': 'true',
      'Capabilities.member.1': 'CAPABILITY_NAMED_IAM',
    });
    expect(upd).not.toHaveProperty('OnStackFailure');
    expect(upd).not.toHaveProperty('Parameters.member.2.ParameterValue');
    expect(cfn.calls('ExecuteChangeSet')[1]).toMatchObject({
      ClientRequestToken: 'pipewright-deploy-202-1-exec',
      DisableRollback: 'true',
    });
    expect(cfn.calls('UpdateTerminationProtection')[1]).toMatchObject({
      EnableTerminationProtection: 'false',
    });
    expect(updated.outputs['status']).toBe('UPDATE_COMPLETE');
    expect(updated.outputs['Environment']).toBe('staging');

    // Empty change set: green, has-changes=false, deleted, and protection still reconciled.
    const same = await deploy(cfn, {
      'stack-name': 'app',
      parameters: 'Environment: staging',
      'termination-protection': 'true',
    });
    expect(errors(same)).toEqual([]);
    expect(same.exitCode).toBe(0);
    expect(same.outputs['has-changes']).toBe('false');
    expect(same.outputs['Environment']).toBe('staging');
    expect(cfn.calls('ExecuteChangeSet')).toHaveLength(2);
    expect(cfn.calls('DeleteChangeSet')).toEqual([
      expect.objectContaining({ ChangeSetName: same.outputs['change-set-id'] }),
    ]);
    expect(cfn.calls('UpdateTerminationProtection')[2]).toMatchObject({
      EnableTerminationProtection: 'true',
    });
    expect(cfn.stack('app')?.protection).toBe(true);
  }, 120_000);

  it('explains a failed first create: earliest failure, cancellations dropped, stack deleted', async () => {
    const reason =
      'Resource handler returned message: "DB instance class db.t1.nano is not supported" (HandlerErrorCode: InvalidRequest)';
    const cfn = await start({ scripts: { app: { failResource: 'Db', failReason: reason } } });
    const gh = await startFakeGitHub();
    let r: RunBundleResult;
    try {
      r = await deploy(
        cfn,
        { 'stack-name': 'app', parameters: 'DbPassword=x', comment: 'true' },
        { githubApiUrl: gh.url },
      );
      // The pull request hears about it too.
      const comments = gh.issueComments(42);
      expect(comments).toHaveLength(1);
      expect(
        shownLines(comments[0]?.body ?? '').some((l) =>
          l.startsWith('Root cause (earliest failure of this deployment): Db '),
        ),
      ).toBe(true);
      expect(gh.rejected).toEqual([]);
    } finally {
      await gh.close();
    }
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toContain(`Root cause: Db (AWS::RDS::DBInstance) CREATE_FAILED: ${reason}`);
    expect(errors(r)[0]).toContain('DELETE_COMPLETE');
    expect(errors(r)[0]).not.toContain('cancelled');
    expect(r.summary).toContain('❌ failed');
    expect(r.summary).toContain('**Root cause**');
    expect(r.log).toMatch(/CREATE_FAILED Queue \(AWS::SQS::Queue\) – Resource creation cancelled/);
    expect(r.outputs['status']).toBe('DELETE_COMPLETE');
    expect(cfn.stack(r.outputs['stack-id'] as string)?.deleted).toBe(true);
    // A failed operation is not a reason to touch termination protection.
    expect(cfn.calls('UpdateTerminationProtection')).toEqual([]);
  }, 60_000);

  it('an output echoing a NoEcho parameter is withheld (template file or URL); account-ID outputs are flagged', async () => {
    const url = 'https://templates.s3.us-east-1.amazonaws.com/token.json';
    const template = JSON.stringify({
      Parameters: { ApiToken: { Type: 'String', NoEcho: true } },
      Resources: { Queue: { Type: 'AWS::SQS::Queue' } },
      Outputs: {
        TokenEcho: { Value: { Ref: 'ApiToken' } },
        QueueArn: { Value: 'arn:aws:sqs:us-east-1:123456789012:orders' },
        Plain: { Value: 'ok' },
      },
    });
    writeFileSync(path.join(h.workspace, 'token.json'), template);
    for (const source of ['token.json', url]) {
      const cfn = await start({ templatesByUrl: { [url]: template } });
      const r = await deploy(cfn, {
        'stack-name': 'app',
        template: source,
        parameters: 'ApiToken=tok-7f3a9c-very-secret',
      });
      expect(errors(r)).toEqual([]);
      expect(r.outputs['status']).toBe('CREATE_COMPLETE');
      // A template file is read, so the output is known to derive from the parameter; a URL template is
      // not, and the value given in this run is recognised instead.
      const how = source === url ? 'contains the value of' : 'is derived from';
      expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
        `Stack output TokenEcho ${how} a NoEcho parameter: it is not reported or set as an output (nor in \`outputs\`).`,
      ]);
      expect(r.outputs).not.toHaveProperty('TokenEcho');
      expect(JSON.parse(r.outputs['outputs'] as string)).toEqual({
        QueueArn: 'arn:aws:sqs:us-east-1:123456789012:orders',
        Plain: 'ok',
      });
      // Masked when it was known (a file at once; a URL template once GetTemplateSummary said NoEcho),
      // and never written anywhere by the action.
      expect(r.masks).toContain('tok-7f3a9c-very-secret');
      expect(r.stdout.replace(/::add-mask::.*\n/g, '')).not.toContain('tok-7f3a9c');
      expect(r.summary).not.toContain('tok-7f3a9c');
      expect(r.log).toContain(
        'Outputs QueueArn contain the AWS account ID. If an earlier step masks it (configure-aws-credentials `mask-aws-account-id: true`)',
      );
      await cfn.close();
      h.fake = undefined;
    }
  }, 60_000);

  it('an output derived from a NoEcho parameter that keeps its previous value is withheld too', async () => {
    const template = (queues: number) =>
      JSON.stringify({
        Parameters: { DbPassword: { Type: 'String', NoEcho: true }, Env: { Type: 'String' } },
        Resources: Object.fromEntries(
          Array.from({ length: queues }, (_, i) => [`Q${i}`, { Type: 'AWS::SQS::Queue' }]),
        ),
        Outputs: {
          Url: { Value: { 'Fn::Sub': 'postgres://app:${DbPassword}@db/${Env}' } },
          Joined: { Value: { 'Fn::Join': [':', ['app', { Ref: 'DbPassword' }]] } },
          Plain: { Value: { 'Fn::Sub': 'env-${Env}' } },
        },
      });
    const cfn = await start();
    writeFileSync(path.join(h.workspace, 'prev.json'), template(1));
    const first = await deploy(cfn, {
      'stack-name': 'prev',
      template: 'prev.json',
      parameters: 'DbPassword=pw-PREVIOUS-5e1d\nEnv=dev',
    });
    expect(errors(first)).toEqual([]);
    // The update gives Env only: DbPassword keeps its previous value (UsePreviousValue), never sent to us.
    writeFileSync(path.join(h.workspace, 'prev.json'), template(2));
    const r = await deploy(cfn, { 'stack-name': 'prev', template: 'prev.json', parameters: 'Env=dev' });
    expect(errors(r)).toEqual([]);
    expect(r.outputs['status']).toBe('UPDATE_COMPLETE');
    expect(JSON.parse(r.outputs['outputs'] as string)).toEqual({ Plain: 'env-dev' });
    expect(r.outputs).not.toHaveProperty('Url');
    expect(r.outputs).not.toHaveProperty('Joined');
    for (const text of [r.log, r.summary, JSON.stringify(r.outputs), JSON.stringify(r.annotations)])
      expect(text).not.toContain('pw-PREVIOUS-5e1d');
    // The update asked CloudFormation to keep the previous value; the runner never had it.
    expect(cfn.calls('CreateChangeSet').at(-1)).toMatchObject({
      'Parameters.member.1.ParameterKey': 'Env',
      'Parameters.member.2.ParameterKey': 'DbPassword',
      'Parameters.member.2.UsePreviousValue': 'true',
    });
    await cfn.close();
    h.fake = undefined;
  }, 60_000);

  it('follows a nested stack and walks into it for the root cause', async () => {
    const url = 'https://templates.s3.us-east-1.amazonaws.com/network.json';
    writeFileSync(
      path.join(h.workspace, 'parent.json'),
      JSON.stringify({
        Resources: {
          Queue: { Type: 'AWS::SQS::Queue' },
          Network: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: url } },
        },
      }),
    );
    const cfn = await start({
      templatesByUrl: {
        [url]: JSON.stringify({
          Resources: { Vpc: { Type: 'AWS::EC2::VPC' }, Subnet: { Type: 'AWS::EC2::Subnet' } },
        }),
      },
      scripts: {
        app: {
          nestedFail: { stack: 'Network', resource: 'Subnet', reason: 'The CIDR 10.0.0.0/8 conflicts' },
        },
      },
    });
    const r = await deploy(cfn, { 'stack-name': 'app', template: 'parent.json' });
    expect(r.exitCode).toBe(1);
    const child = cfn.stacks().find((s) => s.name.startsWith('app-Network-'));
    expect(errors(r)).toEqual([
      expect.stringContaining(
        `Root cause: Subnet (AWS::EC2::Subnet) CREATE_FAILED: The CIDR 10.0.0.0/8 conflicts [nested stack ${child?.name}]`,
      ),
    ]);
    // The nested stack's own events were read (by its ARN) and streamed.
    expect(cfn.calls('DescribeStackEvents').some((q) => q.StackName === child?.id)).toBe(true);
    expect(r.log).toContain(`CREATE_COMPLETE ${child?.name}/Vpc (AWS::EC2::VPC)`);
    expect(cfn.calls('CreateChangeSet')[0]).toMatchObject({
      'Capabilities.member.1': 'CAPABILITY_AUTO_EXPAND',
      IncludeNestedStacks: 'true',
    });
  }, 60_000);

  it('explains a failed update that rolled back', async () => {
    const cfn = await start({
      stacks: [
        {
          name: 'app',
          status: 'UPDATE_COMPLETE',
          template: APP_TEMPLATE,
          parameters: { Environment: 'dev', DbPassword: 'x' },
        },
      ],
      scripts: { app: { failResource: 'Bucket', failReason: 'app-prod already exists' } },
    });
    const r = await deploy(cfn, { 'stack-name': 'app', parameters: 'Environment=prod' });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([
      expect.stringContaining('Root cause: Bucket (AWS::S3::Bucket) UPDATE_FAILED: app-prod already exists'),
    ]);
    expect(errors(r)[0]).toContain('UPDATE_ROLLBACK_COMPLETE');
    expect(cfn.calls('ExecuteChangeSet')[0]).toMatchObject({ DisableRollback: 'false' });
  }, 60_000);

  it('rides out a throttling storm (every second call throttled) and still deploys', async () => {
    const cfn = await start({ throttle: { every: 2, limit: 10 } });
    const r = await deploy(cfn, { 'stack-name': 'app', parameters: 'DbPassword=x' });
    expect(errors(r)).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.outputs['status']).toBe('CREATE_COMPLETE');
    // Every second call answered Throttling (up to the storm's 10), each repeated after a backoff.
    const throttled = cfn.requests.filter((q) => q.error === 'Throttling').length;
    expect(throttled).toBe(Math.min(10, Math.floor(cfn.requests.length / 2)));
    expect(throttled).toBeGreaterThanOrEqual(5);
    expect(r.log).toContain(`(${throttled} throttled)`);
    // Exactly one change set created and executed despite the repeats.
    expect(cfn.calls('CreateChangeSet')).toHaveLength(1);
    expect(cfn.calls('ExecuteChangeSet')).toHaveLength(1);
  }, 120_000);

  it('treats monitoring failures as warnings, never as the outcome', async () => {
    const cfn = await start({
      faults: [{ action: 'DescribeStackEvents', times: 6, code: 'AccessDenied', status: 403 }],
    });
    const r = await deploy(cfn, { 'stack-name': 'app', parameters: 'DbPassword=x' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['status']).toBe('CREATE_COMPLETE');
    expect(r.annotations.filter((a) => a.level === 'warning').length).toBeGreaterThanOrEqual(1);
    expect(r.annotations.filter((a) => a.level === 'warning')[0]?.message).toContain(
      'DescribeStackEvents failed (AccessDenied',
    );
  }, 60_000);

  it('fails when the wait times out while the stack is still in progress', async () => {
    const cfn = await start({ scripts: { app: { stepMs: 60_000 } } });
    const r = await deploy(cfn, { 'stack-name': 'app', parameters: 'DbPassword=x', 'wait-timeout': '6s' });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([
      expect.stringContaining('still CREATE_IN_PROGRESS after wait-timeout (6.0s)'),
    ]);
    expect(r.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    expect(r.outputs['status']).toBe('CREATE_IN_PROGRESS');
    expect(r.summary).toContain('still in progress (wait timed out): failed');
  }, 60_000);
});
