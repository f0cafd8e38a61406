/**
 * The change set's requests (change-set-input.ts), built without a client. Expected values from CloudFormation's
 * API reference:
 * - ClientRequestToken / ClientToken: "Length Constraints: Minimum length of 1. Maximum length of 128. Pattern:
 *   [a-zA-Z0-9][-a-zA-Z0-9]*" (ExecuteChangeSet, DeleteStack, ContinueUpdateRollback, CancelUpdateStack);
 *   a change-set name is at most 128 characters and starts with a letter (CreateChangeSet).
 * - Parameter.UsePreviousValue: "During a stack update, use the existing parameter value that the stack is using
 *   for a given parameter key" (API_Parameter.html).
 * - CreateChangeSet OnStackFailure: "DELETE … is only valid when the ChangeSetType parameter is set to CREATE";
 *   ExecuteChangeSet DisableRollback: "can't be specified when the OnStackFailure parameter to the CreateChangeSet
 *   API operation was specified".
 * - ExecuteChangeSet needs a change set whose Status is CREATE_COMPLETE and ExecutionStatus AVAILABLE; an OBSOLETE
 *   one can no longer be executed because the stack changed since (DescribeChangeSet, ExecutionStatus); anything
 *   else is InvalidChangeSetStatus ("the change set status might be CREATE_IN_PROGRESS, or the stack status might be
 *   UPDATE_IN_PROGRESS").
 */
import { describe, expect, it } from '@jest/globals';
import {
  changeSetDescription,
  changeSetFailure,
  changeSetInput,
  changeSetParameters,
  clientToken,
  executeInput,
  executionRefusal,
  type Prepared,
} from '../src/change-set-input.ts';
import type { DescribeChangeSetCommandOutput } from '../src/cloudformation.ts';
import type { DeployConfig } from '../src/config.ts';
import { deployConfig, NAME } from './config-fixture.ts';

type ChangeSetStatus = NonNullable<DescribeChangeSetCommandOutput['Status']>;
type ExecutionStatus = NonNullable<DescribeChangeSetCommandOutput['ExecutionStatus']>;

const TOKEN = /^[a-zA-Z0-9][-a-zA-Z0-9]*$/;

const cfg = deployConfig;

const update = (keys: string[]): Prepared => ({
  type: 'UPDATE',
  stack: {
    StackName: 'app',
    StackStatus: 'UPDATE_COMPLETE',
    CreationTime: new Date(0),
    Parameters: keys.map((k) => ({ ParameterKey: k, ParameterValue: 'old' })),
  },
});

describe('clientToken', () => {
  const longest = `a${'b'.repeat(127)}`; // the longest change-set name CloudFormation accepts
  it.each(['delete', 'continue', 'caps', 'exec', 'cancel'] as const)(
    '%s: a valid token, also for a 128-character change-set name',
    (purpose) => {
      expect(clientToken(NAME, purpose)).toBe(`${NAME}-${purpose}`);
      const long = clientToken(longest, purpose);
      expect(long.length).toBeLessThanOrEqual(128);
      expect(long).toMatch(TOKEN);
      expect(long.endsWith(`-${purpose}`)).toBe(true);
    },
  );
  it('gives each purpose its own token', () => {
    const all = (['delete', 'continue', 'caps', 'exec', 'cancel'] as const).map((p) => clientToken(NAME, p));
    expect(new Set(all).size).toBe(5);
  });
});

describe('changeSetParameters', () => {
  it.each([
    [
      'CREATE: the given parameters only',
      { Env: 'prod' },
      { type: 'CREATE', stack: undefined } as Prepared,
      undefined,
      [{ ParameterKey: 'Env', ParameterValue: 'prod' }],
    ],
    [
      'UPDATE: a stack parameter not given keeps its value',
      { Env: 'prod' },
      update(['Env', 'Size']),
      ['Env', 'Size'],
      [
        { ParameterKey: 'Env', ParameterValue: 'prod' },
        { ParameterKey: 'Size', UsePreviousValue: true },
      ],
    ],
    [
      'UPDATE: a parameter the new template no longer declares is dropped',
      { Env: 'prod' },
      update(['Env', 'Gone']),
      ['Env'],
      [{ ParameterKey: 'Env', ParameterValue: 'prod' }],
    ],
    [
      'UPDATE: declared parameters unknown (template by URL not yet summarised): all kept',
      {},
      update(['Env']),
      undefined,
      [{ ParameterKey: 'Env', UsePreviousValue: true }],
    ],
  ])('%s', (_name, given, prep, declared, expected) => {
    expect(changeSetParameters(given, prep, declared)).toEqual(expected);
  });
});

describe('changeSetInput', () => {
  const tpl = { body: 'Resources: {}' };
  it('CREATE carries OnStackFailure; UPDATE does not', () => {
    const create = changeSetInput(cfg(), { type: 'CREATE', stack: undefined }, tpl, [], [], NAME);
    const upd = changeSetInput(cfg(), update([]), tpl, [], [], NAME);
    expect(create.OnStackFailure).toBe('DELETE');
    expect('OnStackFailure' in upd).toBe(false);
  });

  it('sends a template URL instead of a body when there is one', () => {
    const i = changeSetInput(cfg(), update([]), { url: 'https://b.s3.amazonaws.com/k' }, [], [], NAME);
    expect(i.TemplateURL).toBe('https://b.s3.amazonaws.com/k');
    expect('TemplateBody' in i).toBe(false);
  });

  it('leaves out empty lists and unset options', () => {
    expect(changeSetInput(cfg(), update([]), tpl, [], [], NAME)).toEqual({
      StackName: 'app',
      ChangeSetName: NAME,
      ChangeSetType: 'UPDATE',
      ClientToken: NAME,
      TemplateBody: 'Resources: {}',
      Description: 'pipewright deploy-stack (deploy)',
      IncludeNestedStacks: true,
    });
  });

  it('passes every option that is set', () => {
    const c = cfg({
      tags: [{ Key: 'team', Value: 'a' }],
      roleArn: 'arn:aws:iam::123456789012:role/cfn',
      notificationArns: ['arn:aws:sns:us-east-1:123456789012:t'],
      rollbackTriggers: [
        { Arn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:a', Type: 'AWS::CloudWatch::Alarm' },
      ],
      rollbackMonitoringMinutes: 5,
      importExistingResources: true,
    });
    const i = changeSetInput(
      c,
      update([]),
      tpl,
      [{ ParameterKey: 'Env', ParameterValue: 'prod' }],
      ['CAPABILITY_IAM'],
      NAME,
    );
    expect(i).toMatchObject({
      Parameters: [{ ParameterKey: 'Env', ParameterValue: 'prod' }],
      Capabilities: ['CAPABILITY_IAM'],
      Tags: [{ Key: 'team', Value: 'a' }],
      RoleARN: 'arn:aws:iam::123456789012:role/cfn',
      NotificationARNs: ['arn:aws:sns:us-east-1:123456789012:t'],
      RollbackConfiguration: {
        RollbackTriggers: [
          { Arn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:a', Type: 'AWS::CloudWatch::Alarm' },
        ],
        MonitoringTimeInMinutes: 5,
      },
      ImportExistingResources: true,
    });
  });
});

describe('changeSetDescription', () => {
  it.each<[DeployConfig['mode'], string, string]>([
    ['deploy', 'abc123', 'pipewright deploy-stack (deploy)'],
    ['preview', '', 'pipewright deploy-stack (preview)'],
  ])('mode %s, commit %j → %s', (mode, commit, expected) => {
    expect(changeSetDescription(cfg({ mode, commit }))).toBe(expected);
  });
  it('binds a preview to its commit', () => {
    expect(changeSetDescription(cfg({ mode: 'preview', commit: 'abc123' }))).toMatch(
      /^pipewright deploy-stack \(preview\) .*abc123/,
    );
  });
});

describe('executeInput', () => {
  it.each<['CREATE' | 'UPDATE', boolean, { DisableRollback?: boolean }]>([
    ['UPDATE', false, { DisableRollback: false }],
    ['UPDATE', true, { DisableRollback: true }],
    ['CREATE', true, {}],
  ])('%s with disable-rollback %s', (type, disableRollback, extra) => {
    expect(executeInput('cs-arn', 'stack-arn', type, { changeSetName: NAME, disableRollback })).toEqual({
      ChangeSetName: 'cs-arn',
      StackName: 'stack-arn',
      ClientRequestToken: `${NAME}-exec`,
      ...extra,
    });
  });
});

describe('executionRefusal', () => {
  it.each<[ChangeSetStatus, ExecutionStatus, string | undefined]>([
    ['CREATE_COMPLETE', 'AVAILABLE', undefined],
    ['CREATE_COMPLETE', 'OBSOLETE', 'obsolete-change-set'],
    ['CREATE_COMPLETE', 'UNAVAILABLE', 'concurrency'],
    ['CREATE_COMPLETE', 'EXECUTE_IN_PROGRESS', 'concurrency'],
    ['CREATE_IN_PROGRESS', 'UNAVAILABLE', 'concurrency'],
    ['DELETE_PENDING', 'UNAVAILABLE', 'concurrency'],
  ])('%s / %s → %s', (Status, ExecutionStatus, kind) => {
    expect(executionRefusal({ Status, ExecutionStatus }, NAME)?.kind).toBe(kind);
  });
  it('names the change set, its statuses and CloudFormation’s reason', () => {
    const f = executionRefusal(
      { Status: 'CREATE_COMPLETE', ExecutionStatus: 'OBSOLETE', StatusReason: 'stack changed' },
      NAME,
    );
    expect(f?.message).toBe(
      `Change set ${NAME} cannot be executed: it is CREATE_COMPLETE/OBSOLETE (stack changed).`,
    );
    expect(f?.operation).toBe('DescribeChangeSet');
  });
});

describe('changeSetFailure', () => {
  it.each([
    [undefined, 0, 'The change set failed: (no reason given)'],
    ['Template format error', 1, 'The change set failed: Template format error'],
    [
      'Template format error',
      3,
      'The change set failed: Template format error (3 problems; the first is the root cause below, all are in the log.)',
    ],
  ])('reason %j, %i problem(s)', (reason, problems, message) => {
    const f = changeSetFailure(reason, problems);
    expect(f.kind).toBe('change-set-failed');
    expect(f.message).toBe(message);
  });
});
