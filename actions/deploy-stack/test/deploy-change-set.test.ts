/**
 * The change-set lifecycle against aws-sdk-client-mock (deploy-harness.ts): creating, waiting for, reviewing,
 * keeping (preview), executing and deleting change sets. The starting states and the watch are in deploy.test.ts.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateSummaryCommand,
  UpdateTerminationProtectionCommand,
} from '@aws-sdk/client-cloudformation';
import { NAME } from './config-fixture.ts';
import {
  cfg,
  cfMock,
  CS_ID,
  happyUpdate,
  inputs,
  resetHarness,
  run,
  stack,
  STACK_ID,
  validation,
} from './deploy-harness.ts';

beforeEach(resetHarness);

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
