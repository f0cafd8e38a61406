/**
 * How an execution ended (execute.ts `executionEnd`), from what the watch saw. Which statuses are a success comes
 * from CloudFormation's "Stack status codes" (AWS CloudFormation User Guide,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/view-stack-events.html): CREATE_COMPLETE,
 * UPDATE_COMPLETE and IMPORT_COMPLETE are the successful ends of a create, update and import;
 * UPDATE_ROLLBACK_COMPLETE and ROLLBACK_COMPLETE are the ends of a rollback after a failure; DELETE_COMPLETE after a
 * create is the stack deleted by OnStackFailure=DELETE ("Deletes the change set if the stack creation fails",
 * CreateChangeSet); *_FAILED are failures.
 */
import { describe, expect, it } from '@jest/globals';
import type { Stack, StackEvent } from '../src/cloudformation.ts';
import { executionEnd } from '../src/execute.ts';

const opts = { waitTimeoutMs: 600_000, onCreateFailure: 'DELETE' as const };
const stack = (status: string, reason?: string): Stack => ({
  StackName: 'app',
  StackStatus: status as Stack['StackStatus'],
  CreationTime: new Date(0),
  ...(reason ? { StackStatusReason: reason } : {}),
});
const failedBucket: StackEvent = {
  StackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/app/1',
  StackName: 'app',
  EventId: 'e1',
  LogicalResourceId: 'Bucket',
  ResourceType: 'AWS::S3::Bucket',
  ResourceStatus: 'CREATE_FAILED',
  ResourceStatusReason: 'Bucket already exists',
  Timestamp: new Date(1000),
};

describe('executionEnd', () => {
  it.each([
    ['CREATE_COMPLETE', 'deployed'],
    ['UPDATE_COMPLETE', 'deployed'],
    ['IMPORT_COMPLETE', 'deployed'],
    ['UPDATE_ROLLBACK_COMPLETE', 'failed'],
    ['ROLLBACK_COMPLETE', 'failed'],
    ['IMPORT_ROLLBACK_COMPLETE', 'failed'],
    ['DELETE_COMPLETE', 'failed'],
    ['CREATE_FAILED', 'failed'],
    ['UPDATE_FAILED', 'failed'],
    ['ROLLBACK_FAILED', 'failed'],
    ['UPDATE_ROLLBACK_FAILED', 'failed'],
  ])('%s → %s', (status, outcome) => {
    const end = executionEnd({ status, stack: stack(status), timedOut: false, events: [] }, opts);
    expect(end.outcome).toBe(outcome);
    expect(end.failure?.kind).toBe(outcome === 'deployed' ? undefined : 'stack-failed');
  });

  it('a success status without the stack read back is not called a success', () => {
    const end = executionEnd(
      { status: 'UPDATE_COMPLETE', stack: undefined, timedOut: false, events: [] },
      opts,
    );
    expect(end.outcome).toBe('failed');
  });

  it('names the earliest failed event as the root cause, and then not the stack’s own reason', () => {
    const end = executionEnd(
      {
        status: 'UPDATE_ROLLBACK_COMPLETE',
        stack: stack('UPDATE_ROLLBACK_COMPLETE', 'The following resource(s) failed to create: [Bucket].'),
        timedOut: false,
        events: [failedBucket],
      },
      opts,
    );
    expect(end.rootCause).toMatchObject({
      logicalId: 'Bucket',
      status: 'CREATE_FAILED',
      reason: 'Bucket already exists',
    });
    expect(end.failure?.message).toBe('The stack ended in UPDATE_ROLLBACK_COMPLETE.');
  });

  it('without a failed event, gives the stack’s own status reason', () => {
    const end = executionEnd(
      {
        status: 'UPDATE_ROLLBACK_COMPLETE',
        stack: stack('UPDATE_ROLLBACK_COMPLETE', 'Rollback requested by user.'),
        timedOut: false,
        events: [],
      },
      opts,
    );
    expect(end.rootCause).toBeUndefined();
    expect(end.failure?.message).toBe(
      'The stack ended in UPDATE_ROLLBACK_COMPLETE: Rollback requested by user.',
    );
  });

  it('says a DELETE_COMPLETE after a create is the failed first deploy deleted by on-create-failure', () => {
    const end = executionEnd(
      { status: 'DELETE_COMPLETE', stack: undefined, timedOut: false, events: [failedBucket] },
      opts,
    );
    expect(end.failure?.message).toBe(
      'The stack ended in DELETE_COMPLETE (the failed first deploy was deleted: on-create-failure DELETE).',
    );
  });

  it('a watch that ran out of time is timed-out, not failed, and never a success', () => {
    const end = executionEnd(
      { status: 'UPDATE_IN_PROGRESS', stack: stack('UPDATE_IN_PROGRESS'), timedOut: true, events: [] },
      opts,
    );
    expect(end.outcome).toBe('timed-out');
    expect(end.failure?.kind).toBe('timeout');
    expect(end.failure?.message).toBe(
      'The stack is still UPDATE_IN_PROGRESS after wait-timeout (10m). CloudFormation goes on without us; this deploy is not known to have succeeded.',
    );
  });
});
