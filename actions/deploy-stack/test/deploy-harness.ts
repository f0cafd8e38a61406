/**
 * The harness of the deployer's unit tests (deploy.test.ts, deploy-change-set.test.ts): CloudFormation mocked with
 * aws-sdk-client-mock, an injected clock and sleep (no test waits), and builders of stacks and events.
 */
import {
  CloudFormationClient,
  CloudFormationServiceException,
  CreateChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  type Change,
  type ResourceStatus,
  type StackEvent,
  type StackStatus,
} from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { MemoryLogger } from '@pipewright/shared/log';
import type { DeployConfig } from '../src/config.ts';
import { deploy } from '../src/deploy.ts';
import { Pacer } from '../src/pacer.ts';
import type { DeployResult } from '../src/result.ts';
import { deployConfig, NAME } from './config-fixture.ts';

export const cfMock = mockClient(CloudFormationClient);
export const STACK_ID = 'arn:aws:cloudformation:us-east-1:123456789012:stack/app/1';
export const CS_ID = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/cs/1';

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

export const cfg = deployConfig;

export function validation(message: string, name = 'ValidationError') {
  return new CloudFormationServiceException({
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
    message,
  });
}

export const stack = (status: string, extra: object = {}) => ({
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
export const ev = (status: string, logicalId = 'app', extra: Partial<StackEvent> = {}): StackEvent => ({
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

export async function run(
  c: DeployConfig = cfg(),
): Promise<{ r: DeployResult; log: MemoryLogger; pacer: Pacer; sleeps: number[] }> {
  const t = time();
  const log = new MemoryLogger();
  const pacer = new Pacer({ clock: t.clock, sleep: t.sleep });
  const r = await deploy(c, { cf: new CloudFormationClient({ region: 'us-east-1' }), pacer, logger: log });
  return { r, log, pacer, sleeps: t.sleeps };
}

export const inputs = <T extends object>(cmd: new (...a: never[]) => T) =>
  cfMock.commandCalls(cmd as never).map((c) => (c.args[0] as { input: unknown }).input);

/** CreateChangeSet answers with CS_ID, and the change set is ready to execute, listing `changes` if given. */
export function changeSetReady(changes?: Change[]) {
  cfMock.on(CreateChangeSetCommand).resolves({ Id: CS_ID, StackId: STACK_ID });
  cfMock.on(DescribeChangeSetCommand).resolves({
    ChangeSetId: CS_ID,
    StackId: STACK_ID,
    Status: 'CREATE_COMPLETE',
    ExecutionStatus: 'AVAILABLE',
    ...(changes ? { Changes: changes } : {}),
  });
}

export function happyUpdate(final = 'UPDATE_COMPLETE') {
  cfMock
    .on(DescribeStacksCommand)
    .resolvesOnce({ Stacks: [stack('UPDATE_COMPLETE')] })
    .resolves({ Stacks: [stack(final, { Outputs: [{ OutputKey: 'Url', OutputValue: 'https://x' }] })] });
  changeSetReady([
    {
      Type: 'Resource',
      ResourceChange: {
        Action: 'Modify',
        LogicalResourceId: 'T',
        ResourceType: 'AWS::SNS::Topic',
        Replacement: 'True',
      },
    },
  ]);
  cfMock
    .on(DescribeStackEventsCommand)
    .resolvesOnce({ StackEvents: [ev('UPDATE_COMPLETE', 'app', { ClientRequestToken: 'older' })] })
    .resolves({ StackEvents: [ev(final), ev('UPDATE_COMPLETE', 'T'), ev('UPDATE_IN_PROGRESS')] });
}

/** Before each test: no mocked answers, event numbering from 1. */
export function resetHarness(): void {
  cfMock.reset();
  event = 0;
}
