/**
 * The starting-state decision (prepare.ts), one row per StackStatus. What each status allows comes from
 * CloudFormation's documentation:
 * - the StackStatus values: https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Stack.html
 * - their meaning ("Stack status codes", AWS CloudFormation User Guide,
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/view-stack-events.html): REVIEW_IN_PROGRESS is a
 *   stack "with an expected StackId but without any templates or resources" (so a CREATE change set);
 *   ROLLBACK_COMPLETE: "When in this state, only a delete operation can be performed"; DELETE_FAILED: "you cannot
 *   work with or update the stack";
 * - the stable states an update can start from: RollbackStack's "last known stable state includes any status
 *   in a *_COMPLETE" (CREATE_COMPLETE, UPDATE_COMPLETE, UPDATE_ROLLBACK_COMPLETE, IMPORT_COMPLETE,
 *   IMPORT_ROLLBACK_COMPLETE), and CREATE_FAILED / UPDATE_FAILED, which RollbackStack and updates accept
 *   (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_RollbackStack.html);
 * - ContinueUpdateRollback applies to "a specified stack that's in the UPDATE_ROLLBACK_FAILED state"
 *   (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ContinueUpdateRollback.html).
 */
import { describe, expect, it } from '@jest/globals';
import type { Stack } from '../src/cloudformation.ts';
import { startStep, type StartStep } from '../src/prepare.ts';

type Status = NonNullable<Stack['StackStatus']>;
type Mode = 'deploy' | 'preview' | 'execute';
type Options = { recreateFailedStack?: boolean; continueUpdateRollback?: boolean };

const defaults = {
  stackName: 'app',
  mode: 'deploy' as const,
  recreateFailedStack: false,
  continueUpdateRollback: false,
};

describe('startStep: what a deployment does with the stack it finds', () => {
  it.each<[string, Status | undefined, StartStep['kind']]>([
    ['absent', undefined, 'create'],
    ['DELETE_COMPLETE', 'DELETE_COMPLETE', 'create'],
    ['REVIEW_IN_PROGRESS', 'REVIEW_IN_PROGRESS', 'create-on-review'],
    ['CREATE_COMPLETE', 'CREATE_COMPLETE', 'update'],
    ['UPDATE_COMPLETE', 'UPDATE_COMPLETE', 'update'],
    ['IMPORT_COMPLETE', 'IMPORT_COMPLETE', 'update'],
    ['UPDATE_ROLLBACK_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE', 'update'],
    ['IMPORT_ROLLBACK_COMPLETE', 'IMPORT_ROLLBACK_COMPLETE', 'update'],
    ['CREATE_FAILED', 'CREATE_FAILED', 'update'],
    ['UPDATE_FAILED', 'UPDATE_FAILED', 'update'],
    ['CREATE_IN_PROGRESS', 'CREATE_IN_PROGRESS', 'wait'],
    ['UPDATE_IN_PROGRESS', 'UPDATE_IN_PROGRESS', 'wait'],
    ['UPDATE_COMPLETE_CLEANUP_IN_PROGRESS', 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS', 'wait'],
    ['DELETE_IN_PROGRESS', 'DELETE_IN_PROGRESS', 'wait'],
    ['IMPORT_IN_PROGRESS', 'IMPORT_IN_PROGRESS', 'wait'],
    ['ROLLBACK_IN_PROGRESS', 'ROLLBACK_IN_PROGRESS', 'wait'],
    ['UPDATE_ROLLBACK_IN_PROGRESS', 'UPDATE_ROLLBACK_IN_PROGRESS', 'wait'],
    ['UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS', 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS', 'wait'],
    ['IMPORT_ROLLBACK_IN_PROGRESS', 'IMPORT_ROLLBACK_IN_PROGRESS', 'wait'],
    ['ROLLBACK_COMPLETE', 'ROLLBACK_COMPLETE', 'refuse'],
    ['ROLLBACK_FAILED', 'ROLLBACK_FAILED', 'refuse'],
    ['UPDATE_ROLLBACK_FAILED', 'UPDATE_ROLLBACK_FAILED', 'refuse'],
    ['DELETE_FAILED', 'DELETE_FAILED', 'refuse'],
    ['IMPORT_ROLLBACK_FAILED', 'IMPORT_ROLLBACK_FAILED', 'refuse'],
  ])('%s → %s', (_name, status, kind) => {
    const stack = status === undefined ? undefined : { StackStatus: status };
    expect(startStep(stack, defaults).kind).toBe(kind);
  });

  it('refuses a state that needs a human as a stack-state failure naming the state', () => {
    const step = startStep({ StackStatus: 'DELETE_FAILED' }, defaults);
    expect(step.kind).toBe('refuse');
    if (step.kind !== 'refuse') return;
    expect(step.failure.kind).toBe('stack-state');
    expect(step.failure.message).toBe('Stack app is DELETE_FAILED; it cannot be deployed to in this state.');
  });

  it.each<[Status, Options, Mode, StartStep['kind']]>([
    // [status, option set, mode, expected]: the opt-in repairs only in `mode: deploy`.
    ['ROLLBACK_COMPLETE', { recreateFailedStack: true }, 'deploy', 'recreate'],
    ['ROLLBACK_COMPLETE', { recreateFailedStack: true }, 'preview', 'refuse'],
    ['ROLLBACK_COMPLETE', { recreateFailedStack: true }, 'execute', 'refuse'],
    ['ROLLBACK_COMPLETE', { continueUpdateRollback: true }, 'deploy', 'refuse'],
    ['UPDATE_ROLLBACK_FAILED', { continueUpdateRollback: true }, 'deploy', 'continue-rollback'],
    ['UPDATE_ROLLBACK_FAILED', { continueUpdateRollback: true }, 'preview', 'refuse'],
    ['UPDATE_ROLLBACK_FAILED', { recreateFailedStack: true }, 'deploy', 'refuse'],
    ['ROLLBACK_FAILED', { recreateFailedStack: true, continueUpdateRollback: true }, 'deploy', 'refuse'],
  ])('%s with %j in mode %s → %s', (status, options, mode, kind) => {
    expect(startStep({ StackStatus: status }, { ...defaults, ...options, mode }).kind).toBe(kind);
  });

  it('does not re-create a ROLLBACK_COMPLETE stack that has termination protection (DeleteStack would be refused)', () => {
    const step = startStep(
      { StackStatus: 'ROLLBACK_COMPLETE', EnableTerminationProtection: true },
      { ...defaults, recreateFailedStack: true },
    );
    expect(step.kind).toBe('refuse');
    if (step.kind !== 'refuse') return;
    expect(step.failure.message).toBe(
      'Stack app is ROLLBACK_COMPLETE and has termination protection, so it cannot be re-created.',
    );
    expect(step.failure.hint).toBe('Turn termination protection off, or delete the stack by hand.');
  });
});
