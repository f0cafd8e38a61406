/**
 * The deploy state machine and change-set lifecycle against aws-sdk-client-mock, with an injected clock
 * and sleep: no test waits.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CancelUpdateStackCommand,
  CloudFormationClient,
  CloudFormationServiceException,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeEventsCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateSummaryCommand,
  ListChangeSetsCommand,
  UpdateTerminationProtectionCommand,
  type ResourceStatus,
  type StackEvent,
  type StackStatus,
} from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { MemoryLogger } from '@pipewright/shared/log';
import { deploy } from '../src/deploy.ts';
import type { DeployResult } from '../src/result.ts';
import type { DeployConfig } from '../src/config.ts';
import { Pacer } from '../src/pacer.ts';
import { deployConfig, NAME } from './config-fixture.ts';

const cfMock = mockClient(CloudFormationClient);
const STACK_ID = 'arn:aws:cloudformation:us-east-1:123456789012:stack/app/1';
const CS_ID = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/cs/1';

function time() {
  let t = 1_000_000;
  const sleeps: number[] = [];
  return {
    clock: { now: () => t },
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
  };
}

const cfg = deployConfig;

function validation(message: string, name = 'ValidationError') {
  return new CloudFormationServiceException({
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
    message,
  });
}

const stack = (status: string, extra: object = {}) => ({
  StackId: STACK_ID,
  StackName: 'app',
  StackStatus: status as StackStatus,
  CreationTime: new Date(0),
  Parameters: [
    { ParameterKey: 'Env', ParameterValue: 'dev' },
    { ParameterKey: 'Size', ParameterValue: 'large' },
    { ParameterKey: 'Removed', ParameterValue: 'x' },
  ],
  ...extra,
});

let event = 0;
const ev = (status: string, logicalId = 'app', extra: Partial<StackEvent> = {}): StackEvent => ({
  StackId: STACK_ID,
  StackName: 'app',
  EventId: `e${++event}`,
  LogicalResourceId: logicalId,
  PhysicalResourceId: logicalId === 'app' ? STACK_ID : `${logicalId}-phys`,
  ResourceType: logicalId === 'app' ? 'AWS::CloudFormation::Stack' : 'AWS::SNS::Topic',
  ResourceStatus: status as ResourceStatus,
  Timestamp: new Date(event * 1000),
  ClientRequestToken: `${NAME}-exec`,
  ...extra,
});

async function run(
  c: DeployConfig = cfg(),
): Promise<{ r: DeployResult; log: MemoryLogger; pacer: Pacer; sleeps: number[] }> {
  const t = time();
  const log = new MemoryLogger();
  const pacer = new Pacer({ clock: t.clock, sleep: t.sleep });
  const r = await deploy(c, { cf: new CloudFormationClient({ region: 'us-east-1' }), pacer, logger: log });
  return { r, log, pacer, sleeps: t.sleeps };
}

const inputs = <T extends object>(cmd: new (...a: never[]) => T) =>
  cfMock.commandCalls(cmd as never).map((c) => (c.args[0] as { input: unknown }).input);

function happyUpdate(final = 'UPDATE_COMPLETE') {
  cfMock
    .on(DescribeStacksCommand)
    .resolvesOnce({ Stacks: [stack('UPDATE_COMPLETE')] })
    .resolves({ Stacks: [stack(final, { Outputs: [{ OutputKey: 'Url', OutputValue: 'https://x' }] })] });
  cfMock.on(CreateChangeSetCommand).resolves({ Id: CS_ID, StackId: STACK_ID });
  cfMock.on(DescribeChangeSetCommand).resolves({
    ChangeSetId: CS_ID,
    StackId: STACK_ID,
    Status: 'CREATE_COMPLETE',
    ExecutionStatus: 'AVAILABLE',
    Changes: [
      {
        Type: 'Resource',
        ResourceChange: {
          Action: 'Modify',
          LogicalResourceId: 'T',
          ResourceType: 'AWS::SNS::Topic',
          Replacement: 'True',
        },
      },
    ],
  });
  cfMock
    .on(DescribeStackEventsCommand)
    .resolvesOnce({ StackEvents: [ev('UPDATE_COMPLETE', 'app', { ClientRequestToken: 'older' })] })
    .resolves({ StackEvents: [ev(final), ev('UPDATE_COMPLETE', 'T'), ev('UPDATE_IN_PROGRESS')] });
}

beforeEach(() => {
  cfMock.reset();
  event = 0;
});

describe('starting states', () => {
  it('absent stack: CREATE change set with OnStackFailure=DELETE, no UsePreviousValue, no DisableRollback on execute', async () => {
    cfMock
      .on(DescribeStacksCommand)
      .rejectsOnce(validation('Stack with id app does not exist'))
      .resolves({ Stacks: [stack('CREATE_COMPLETE')] });
    cfMock.on(CreateChangeSetCommand).resolves({ Id: CS_ID, StackId: STACK_ID });
    cfMock.on(DescribeChangeSetCommand).resolves({
      ChangeSetId: CS_ID,
      StackId: STACK_ID,
      Status: 'CREATE_COMPLETE',
      ExecutionStatus: 'AVAILABLE',
    });
    cfMock.on(DescribeStackEventsCommand).resolves({ StackEvents: [ev('CREATE_COMPLETE')] });
    const { r } = await run();
    expect(r.outcome).toBe('deployed');
    expect(inputs(CreateChangeSetCommand)).toEqual([
      {
        StackName: 'app',
        ChangeSetName: NAME,
        ChangeSetType: 'CREATE',
        ClientToken: NAME,
        TemplateBody: 'Resources: {}',
        Description: 'pipewright deploy-stack (deploy)',
        Parameters: [{ ParameterKey: 'Env', ParameterValue: 'prod' }],
        OnStackFailure: 'DELETE',
        IncludeNestedStacks: true,
      },
    ]);
    expect(inputs(ExecuteChangeSetCommand)).toEqual([
      { ChangeSetName: CS_ID, StackName: STACK_ID, ClientRequestToken: `${NAME}-exec` },
    ]);
  });

  it('REVIEW_IN_PROGRESS: change sets listed page by page; a denied listing is a warning and the deploy goes on', async () => {
    cfMock
      .on(DescribeStacksCommand)
      .resolvesOnce({ Stacks: [stack('REVIEW_IN_PROGRESS')] })
      .resolves({ Stacks: [stack('CREATE_COMPLETE')] });
    cfMock
      .on(ListChangeSetsCommand)
      .resolvesOnce({
        Summaries: [{ ChangeSetId: 'arn:cs/a', ChangeSetName: 'a', Status: 'FAILED' }],
        NextToken: 'p2',
      })
      .resolvesOnce({
        Summaries: [
          {
            ChangeSetId: 'arn:cs/b',
            ChangeSetName: 'b',
            Status: 'CREATE_COMPLETE',
            ExecutionStatus: 'OBSOLETE',
          },
          {
            ChangeSetId: 'arn:cs/c',
            ChangeSetName: 'c',
            Status: 'CREATE_PENDING',
            ExecutionStatus: 'UNAVAILABLE',
          },
        ],
      });
    cfMock.on(CreateChangeSetCommand).resolves({ Id: CS_ID, StackId: STACK_ID });
    cfMock.on(DescribeChangeSetCommand).resolves({
      ChangeSetId: CS_ID,
      StackId: STACK_ID,
      Status: 'CREATE_COMPLETE',
      ExecutionStatus: 'AVAILABLE',
    });
    cfMock.on(DescribeStackEventsCommand).resolves({ StackEvents: [ev('CREATE_COMPLETE')] });
    const { r, log } = await run();
    expect(r.outcome).toBe('deployed');
    expect(inputs(ListChangeSetsCommand)).toEqual([
      { StackName: STACK_ID },
      { StackName: STACK_ID, NextToken: 'p2' },
    ]);
    expect(inputs(DeleteChangeSetCommand)).toEqual([
      { ChangeSetName: 'arn:cs/a' },
      { ChangeSetName: 'arn:cs/b' },
    ]);
    expect(log.messages('info')).toContain(
      'Kept 1 other change set(s) of the stack (c): executable, or still being created.',
    );

    cfMock.reset();
    cfMock
      .on(DescribeStacksCommand)
      .resolvesOnce({ Stacks: [stack('REVIEW_IN_PROGRESS')] })
      .resolves({ Stacks: [stack('CREATE_COMPLETE')] });
    cfMock
      .on(ListChangeSetsCommand)
      .rejects(validation('not authorized to perform: cloudformation:ListChangeSets', 'AccessDenied'));
    cfMock.on(CreateChangeSetCommand).resolves({ Id: CS_ID, StackId: STACK_ID });
    cfMock.on(DescribeChangeSetCommand).resolves({
      ChangeSetId: CS_ID,
      StackId: STACK_ID,
      Status: 'CREATE_COMPLETE',
      ExecutionStatus: 'AVAILABLE',
    });
    cfMock.on(DescribeStackEventsCommand).resolves({ StackEvents: [ev('CREATE_COMPLETE')] });
    const denied = await run();
    expect(denied.r.outcome).toBe('deployed');
    expect(denied.log.messages('warning')).toEqual([
      "Could not list the stack's change sets (AccessDenied: not authorized to perform: cloudformation:ListChangeSets); none deleted.",
    ]);
    expect(inputs(DeleteChangeSetCommand)).toEqual([]);
  });

  it('update: parameters not given keep their value (only those the template still declares)', async () => {
    happyUpdate();
    const { r } = await run(cfg({ disableRollback: true }));
    expect(r.outcome).toBe('deployed');
    expect(r.outputs).toEqual({ Url: 'https://x' });
    const [input] = inputs(CreateChangeSetCommand) as { Parameters: unknown; ChangeSetType: string }[];
    expect(input?.ChangeSetType).toBe('UPDATE');
    expect(input?.Parameters).toEqual([
      { ParameterKey: 'Env', ParameterValue: 'prod' },
      { ParameterKey: 'Size', UsePreviousValue: true },
    ]);
    expect(inputs(ExecuteChangeSetCommand)[0]).toMatchObject({ DisableRollback: true });
    expect(r.changes.map((c) => [c.action, c.logicalId, c.replacement])).toEqual([['Modify', 'T', 'True']]);
  });

  it.each([
    ['ROLLBACK_COMPLETE', 'recreate-failed-stack'],
    ['ROLLBACK_FAILED', 'FORCE_DELETE_STACK'],
    ['UPDATE_ROLLBACK_FAILED', 'continue-update-rollback'],
    ['DELETE_FAILED', 'delete the stack again'],
  ])('%s is explained with guidance, before any change', async (status, hint) => {
    cfMock.on(DescribeStacksCommand).resolves({ Stacks: [stack(status)] });
    const { r } = await run();
    expect(r.outcome).toBe('failed');
    expect(r.failure?.kind).toBe('stack-state');
    expect(r.failure?.message).toBe(`Stack app is ${status}; it cannot be deployed to in this state.`);
    expect(r.failure?.hint).toContain(hint);
    // The state was just read: reported as is, without another DescribeStacks.
    expect(r.status).toBe(status);
    expect(cfMock.commandCalls(DescribeStacksCommand)).toHaveLength(1);
    expect(cfMock.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
  });

  it('ROLLBACK_COMPLETE with termination protection is never deleted', async () => {
    cfMock
      .on(DescribeStacksCommand)
      .resolves({ Stacks: [stack('ROLLBACK_COMPLETE', { EnableTerminationProtection: true })] });
    const { r } = await run(cfg({ recreateFailedStack: true }));
    expect(r.failure?.message).toContain('has termination protection');
    expect(cfMock.commandCalls(DeleteStackCommand)).toHaveLength(0);
  });

  it('a busy stack is waited for, within wait-timeout', async () => {
    cfMock.on(DescribeStacksCommand).resolves({ Stacks: [stack('UPDATE_IN_PROGRESS')] });
    const { r } = await run(cfg({ waitTimeoutMs: 60_000 }));
    expect(r.failure).toMatchObject({
      kind: 'concurrency',
      message: 'Stack app is still busy with another operation after 1m.',
    });
    expect(cfMock.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
  });
});

describe('change sets', () => {
  it.each([
    "The submitted information didn't contain changes. Submit different information to create a change set.",
    'No updates are to be performed.',
  ])('"%s" is no changes: green, change set deleted, protection still reconciled', async (reason) => {
    cfMock
      .on(DescribeStacksCommand)
      .resolves({ Stacks: [stack('UPDATE_COMPLETE', { EnableTerminationProtection: false })] });
    cfMock.on(CreateChangeSetCommand).resolves({ Id: CS_ID, StackId: STACK_ID });
    cfMock.on(DescribeChangeSetCommand).resolves({
      ChangeSetId: CS_ID,
      Status: 'FAILED',
      ExecutionStatus: 'UNAVAILABLE',
      StatusReason: reason,
    });
    const { r } = await run(cfg({ terminationProtection: true }));
    expect(r).toMatchObject({ outcome: 'no-changes', hasChanges: false, status: 'UPDATE_COMPLETE' });
    expect(inputs(DeleteChangeSetCommand)).toEqual([{ ChangeSetName: CS_ID }]);
    expect(inputs(UpdateTerminationProtectionCommand)).toEqual([
      { StackName: STACK_ID, EnableTerminationProtection: true },
    ]);
    expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
  });

  it.each([
    ['denied', undefined],
    ['a hook failure', 'Topic (AWS::SNS::Topic) HOOK_INVOCATION_ERROR: Topics must be encrypted'],
  ])('a failed change set: DescribeEvents %s', async (kind, cause) => {
    cfMock.on(DescribeStacksCommand).resolves({ Stacks: [stack('UPDATE_COMPLETE')] });
    cfMock.on(CreateChangeSetCommand).resolves({ Id: CS_ID, StackId: STACK_ID });
    cfMock.on(DescribeChangeSetCommand).resolves({
      ChangeSetId: CS_ID,
      Status: 'FAILED',
      ExecutionStatus: 'UNAVAILABLE',
      StatusReason: 'The following hook(s)/validation failed: [Org::Security::Encryption]',
    });
    if (kind === 'denied')
      cfMock
        .on(DescribeEventsCommand)
        .rejects(validation('not authorized to perform: cloudformation:DescribeEvents', 'AccessDenied'));
    else
      cfMock.on(DescribeEventsCommand).resolves({
        OperationEvents: [
          { EventType: 'PROGRESS_EVENT', LogicalResourceId: 'app', Timestamp: new Date(1) },
          {
            EventType: 'HOOK_INVOCATION_ERROR',
            LogicalResourceId: 'Topic',
            ResourceType: 'AWS::SNS::Topic',
            HookStatusReason: 'Topics must be encrypted',
            Timestamp: new Date(2),
          },
        ],
      });
    const { r, log } = await run();
    expect(r.outcome).toBe('failed');
    expect(r.message).toBe(
      'The change set failed: The following hook(s)/validation failed: [Org::Security::Encryption]',
    );
    expect(inputs(DescribeEventsCommand)).toEqual([
      { ChangeSetName: CS_ID, Filters: { FailedEvents: true } },
    ]);
    expect(
      r.rootCause &&
        `${r.rootCause.logicalId} (${r.rootCause.resourceType}) ${r.rootCause.status}: ${r.rootCause.reason}`,
    ).toBe(cause);
    expect(log.messages('warning')).toEqual([]);
    expect(inputs(DeleteChangeSetCommand)).toEqual([{ ChangeSetName: CS_ID }]);
  });

  it('an empty change set refused outright (ValidationError) is no changes too', async () => {
    cfMock.on(DescribeStacksCommand).resolves({ Stacks: [stack('UPDATE_COMPLETE')] });
    cfMock.on(CreateChangeSetCommand).rejects(validation('No updates are to be performed.'));
    const { r } = await run();
    expect(r.outcome).toBe('no-changes');
  });

  it('deletes the change set it created when anything after creating it fails', async () => {
    happyUpdate();
    cfMock.on(ExecuteChangeSetCommand).rejects(validation('boom', 'InvalidChangeSetStatus'));
    const { r } = await run();
    expect(r.failure).toMatchObject({ kind: 'concurrency', code: 'InvalidChangeSetStatus' });
    expect(r.failure?.message).toContain('(boom)');
    expect(r.notDone).toEqual(['execute the change set (failed)', 'wait for the stack to finish']);
    expect(inputs(DeleteChangeSetCommand)).toEqual([{ ChangeSetName: CS_ID }]);
  });

  it('a change set briefly unknown right after creation is asked again', async () => {
    happyUpdate();
    cfMock
      .on(DescribeChangeSetCommand)
      .rejectsOnce(validation('ChangeSet [cs] does not exist', 'ChangeSetNotFoundException'))
      .resolves({
        ChangeSetId: CS_ID,
        StackId: STACK_ID,
        Status: 'CREATE_COMPLETE',
        ExecutionStatus: 'AVAILABLE',
      });
    const { r } = await run();
    expect(r.outcome).toBe('deployed');
    expect(cfMock.commandCalls(DescribeChangeSetCommand)).toHaveLength(2);
  });

  it('preview keeps the change set and executes nothing', async () => {
    happyUpdate();
    const { r } = await run(cfg({ mode: 'preview' }));
    expect(r.outcome).toBe('previewed');
    expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    expect(cfMock.commandCalls(DeleteChangeSetCommand)).toHaveLength(0);
  });

  it('execute mode refuses a change set that is not AVAILABLE', async () => {
    cfMock.on(DescribeStacksCommand).resolves({ Stacks: [stack('UPDATE_COMPLETE')] });
    cfMock
      .on(DescribeChangeSetCommand)
      .resolves({ ChangeSetId: CS_ID, Status: 'CREATE_COMPLETE', ExecutionStatus: 'OBSOLETE' });
    const { r } = await run(cfg({ mode: 'execute' }));
    expect(r.failure).toMatchObject({
      kind: 'obsolete-change-set',
      message: 'Change set pipewright-deploy-7-1 cannot be executed: it is CREATE_COMPLETE/OBSOLETE.',
    });
    expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    // Not ours to delete: a preview run created it.
    expect(cfMock.commandCalls(DeleteChangeSetCommand)).toHaveLength(0);
  });

  it('capabilities auto: adds what CloudFormation asks for, once, with a new token', async () => {
    happyUpdate();
    cfMock
      .on(CreateChangeSetCommand)
      .rejectsOnce(
        validation('Requires capabilities : [CAPABILITY_AUTO_EXPAND]', 'InsufficientCapabilitiesException'),
      )
      .resolves({ Id: CS_ID, StackId: STACK_ID });
    await run();
    const calls = inputs(CreateChangeSetCommand) as { Capabilities?: string[]; ClientToken: string }[];
    expect(calls.map((c) => [c.Capabilities, c.ClientToken])).toEqual([
      [undefined, NAME],
      [['CAPABILITY_AUTO_EXPAND'], `${NAME}-caps`],
    ]);
  });

  it('explicit capabilities: explains which one to add', async () => {
    happyUpdate();
    cfMock
      .on(CreateChangeSetCommand)
      .rejects(
        validation('Requires capabilities : [CAPABILITY_NAMED_IAM]', 'InsufficientCapabilitiesException'),
      );
    const { r } = await run(cfg({ capabilities: ['CAPABILITY_IAM'] }));
    expect(r.failure).toMatchObject({
      kind: 'capabilities',
      hint: 'Add CAPABILITY_NAMED_IAM to `capabilities`, or set `capabilities: auto`.',
    });
  });

  it('a URL template is checked through GetTemplateSummary before the change set', async () => {
    cfMock.on(DescribeStacksCommand).resolves({ Stacks: [stack('UPDATE_COMPLETE')] });
    cfMock.on(GetTemplateSummaryCommand).resolves({ Parameters: [{ ParameterKey: 'Other' }] });
    const { r } = await run(cfg({ template: { display: 'https://b/t', url: 'https://b/t' } }));
    expect(r.failure?.message).toContain('declares no parameter "Env"');
    expect(cfMock.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
  });
});

describe('preview', () => {
  it("expands nested stacks' change sets into the tree", async () => {
    happyUpdate();
    const NESTED_CS = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/nested/2';
    cfMock.on(DescribeChangeSetCommand, { ChangeSetName: CS_ID }).resolves({
      ChangeSetId: CS_ID,
      StackId: STACK_ID,
      Status: 'CREATE_COMPLETE',
      ExecutionStatus: 'AVAILABLE',
      Changes: [
        {
          Type: 'Resource',
          ResourceChange: {
            Action: 'Modify',
            LogicalResourceId: 'Network',
            ResourceType: 'AWS::CloudFormation::Stack',
            ChangeSetId: NESTED_CS,
          },
        },
      ],
    });
    cfMock.on(DescribeChangeSetCommand, { ChangeSetName: NESTED_CS }).resolves({
      ChangeSetId: NESTED_CS,
      Status: 'CREATE_COMPLETE',
      Changes: [
        {
          Type: 'Resource',
          ResourceChange: {
            Action: 'Remove',
            LogicalResourceId: 'Nat',
            ResourceType: 'AWS::EC2::NatGateway',
          },
        },
      ],
    });
    const { r } = await run(cfg({ mode: 'preview' }));
    expect(r.changes.map((c) => [c.logicalId, c.children?.map((x) => [x.action, x.logicalId])])).toEqual([
      ['Network', [['Remove', 'Nat']]],
    ]);
    expect(inputs(DescribeChangeSetCommand)).toContainEqual({
      ChangeSetName: NESTED_CS,
      IncludePropertyValues: true,
    });
  });
});

describe('watching', () => {
  it('a rollback is a failure with the earliest non-cancelled failure as root cause', async () => {
    happyUpdate('UPDATE_ROLLBACK_COMPLETE');
    cfMock
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [] })
      .resolves({
        StackEvents: [
          ev('UPDATE_ROLLBACK_COMPLETE'),
          ev('UPDATE_FAILED', 'Later', {
            ResourceStatusReason: 'rollback noise',
            Timestamp: new Date(90_000),
          }),
          ev('UPDATE_FAILED', 'Other', {
            ResourceStatusReason: 'Resource update cancelled',
            Timestamp: new Date(10),
          }),
          ev('UPDATE_FAILED', 'T', { ResourceStatusReason: 'Access denied', Timestamp: new Date(20) }),
          ev('UPDATE_FAILED', 'Foreign', { ClientRequestToken: 'someone-else', Timestamp: new Date(1) }),
        ],
      });
    const { r } = await run();
    expect(r.outcome).toBe('failed');
    expect(r.rootCause).toMatchObject({ logicalId: 'T', status: 'UPDATE_FAILED', reason: 'Access denied' });
  });

  it('the client wait running out is a failure, and says the stack is still in progress', async () => {
    happyUpdate('UPDATE_IN_PROGRESS');
    cfMock.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
    const { r, sleeps } = await run(cfg({ waitTimeoutMs: 120_000 }));
    expect(r.outcome).toBe('timed-out');
    expect(r.message).toContain('still UPDATE_IN_PROGRESS after wait-timeout (2m)');
    // Never faster than one call a second.
    expect(Math.min(...sleeps)).toBeGreaterThan(0);
  });

  it('timeout-in-minutes cancels an update once', async () => {
    happyUpdate('UPDATE_IN_PROGRESS');
    cfMock.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
    await run(cfg({ timeoutInMinutes: 1, waitTimeoutMs: 180_000 }));
    expect(inputs(CancelUpdateStackCommand)).toEqual([
      { StackName: STACK_ID, ClientRequestToken: `${NAME}-cancel` },
    ]);
  });

  it('rides out throttling: backs off, repeats, and still succeeds', async () => {
    happyUpdate();
    cfMock
      .on(DescribeChangeSetCommand)
      .rejectsOnce(validation('Rate exceeded', 'Throttling'))
      .rejectsOnce(validation('Rate exceeded', 'Throttling'))
      .resolves({
        ChangeSetId: CS_ID,
        StackId: STACK_ID,
        Status: 'CREATE_COMPLETE',
        ExecutionStatus: 'AVAILABLE',
      });
    const { r, pacer, sleeps } = await run();
    expect(r.outcome).toBe('deployed');
    expect(pacer.throttled).toBe(2);
    expect(sleeps).toEqual(expect.arrayContaining([2000, 4000]));
  });
});
