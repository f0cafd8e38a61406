/**
 * The deploy state machine against aws-sdk-client-mock (deploy-harness.ts): the starting states of a stack, and
 * watching an execution to its end. The change-set lifecycle is in deploy-change-set.test.ts.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CancelUpdateStackCommand,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  ListChangeSetsCommand,
} from '@aws-sdk/client-cloudformation';
import { NAME } from './config-fixture.ts';
import {
  cfg,
  cfMock,
  changeSetReady,
  CS_ID,
  ev,
  happyUpdate,
  inputs,
  resetHarness,
  run,
  stack,
  STACK_ID,
  validation,
} from './deploy-harness.ts';

beforeEach(resetHarness);

describe('starting states', () => {
  it('absent stack: CREATE change set with OnStackFailure=DELETE, no UsePreviousValue, no DisableRollback on execute', async () => {
    cfMock
      .on(DescribeStacksCommand)
      .rejectsOnce(validation('Stack with id app does not exist'))
      .resolves({ Stacks: [stack('CREATE_COMPLETE')] });
    changeSetReady();
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
    changeSetReady();
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
      'Kept 1 other change set of the stack (c): executable, or still being created.',
    );

    cfMock.reset();
    cfMock
      .on(DescribeStacksCommand)
      .resolvesOnce({ Stacks: [stack('REVIEW_IN_PROGRESS')] })
      .resolves({ Stacks: [stack('CREATE_COMPLETE')] });
    cfMock
      .on(ListChangeSetsCommand)
      .rejects(validation('not authorized to perform: cloudformation:ListChangeSets', 'AccessDenied'));
    changeSetReady();
    cfMock.on(DescribeStackEventsCommand).resolves({ StackEvents: [ev('CREATE_COMPLETE')] });
    const denied = await run();
    expect(denied.r.outcome).toBe('deployed');
    expect(denied.log.messages('warning')).toEqual([
      "Could not list the stack's change sets (AccessDenied: not authorized to perform: cloudformation:ListChangeSets); none deleted.",
    ]);
    expect(inputs(DeleteChangeSetCommand)).toEqual([]);
  });

  it('REVIEW_IN_PROGRESS: several change sets kept are counted in the plural', async () => {
    cfMock
      .on(DescribeStacksCommand)
      .resolvesOnce({ Stacks: [stack('REVIEW_IN_PROGRESS')] })
      .resolves({ Stacks: [stack('CREATE_COMPLETE')] });
    const summary = (name: string) => ({
      ChangeSetId: `arn:cs/${name}`,
      ChangeSetName: name,
      Status: 'CREATE_COMPLETE' as const,
      ExecutionStatus: 'AVAILABLE' as const,
    });
    cfMock.on(ListChangeSetsCommand).resolves({ Summaries: [summary('p1'), summary('p2')] });
    changeSetReady();
    cfMock.on(DescribeStackEventsCommand).resolves({ StackEvents: [ev('CREATE_COMPLETE')] });
    const { log } = await run();
    expect(log.messages('info')).toContain(
      'Kept 2 other change sets of the stack (p1, p2): executable, or still being created.',
    );
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

  it('what was done counts one resource change and one event in the singular', async () => {
    happyUpdate();
    cfMock
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [ev('UPDATE_COMPLETE', 'app', { ClientRequestToken: 'older' })] })
      .resolves({ StackEvents: [ev('UPDATE_COMPLETE')] });
    const { r } = await run();
    expect(r.done).toEqual([
      'Read the stack: UPDATE_COMPLETE.',
      `Created UPDATE change set ${NAME}.`,
      'Read the change set: 1 resource change.',
      `Executed change set ${NAME}.`,
      'The stack reached UPDATE_COMPLETE (1 event).',
    ]);
  });

  it('what was done counts several resource changes and events in the plural', async () => {
    happyUpdate();
    const change = (id: string) => ({
      Type: 'Resource' as const,
      ResourceChange: { Action: 'Modify' as const, LogicalResourceId: id, ResourceType: 'AWS::SNS::Topic' },
    });
    changeSetReady([change('T'), change('U')]);
    const { r } = await run();
    expect(r.done).toEqual([
      'Read the stack: UPDATE_COMPLETE.',
      `Created UPDATE change set ${NAME}.`,
      'Read the change set: 2 resource changes.',
      `Executed change set ${NAME}.`,
      'The stack reached UPDATE_COMPLETE (3 events).',
    ]);
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
