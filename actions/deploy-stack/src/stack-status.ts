/** CloudFormation's stack statuses, grouped by what the deployer does with them (the StackStatus values in
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Stack.html). */

/** Stable and updatable: an UPDATE change set. */
export const UPDATABLE = new Set([
  'CREATE_COMPLETE',
  'UPDATE_COMPLETE',
  'IMPORT_COMPLETE',
  'UPDATE_ROLLBACK_COMPLETE',
  'IMPORT_ROLLBACK_COMPLETE',
  'CREATE_FAILED',
  'UPDATE_FAILED',
]);

/** What a finished execution of ours may end in, and whether that is success. */
export const SUCCESS_AFTER_EXECUTE = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE']);

export function isInProgress(status: string | undefined): boolean {
  return status !== undefined && status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS';
}

/** Terminal for a stack we are watching after ExecuteChangeSet. */
export function isTerminal(status: string | undefined): boolean {
  return status !== undefined && !status.endsWith('_IN_PROGRESS');
}

/** Busy statuses that lead to a failure of the operation under way (rollbacks). */
export function isRollingBack(status: string | undefined): boolean {
  return status !== undefined && /ROLLBACK_(COMPLETE_CLEANUP_)?IN_PROGRESS$/.test(status);
}

/** Guidance for the states a deploy cannot start from. */
export const STUCK_GUIDANCE: Record<string, string> = {
  ROLLBACK_COMPLETE:
    'A first deploy of this stack failed and rolled back; CloudFormation cannot update such a stack, only delete it. ' +
    'Delete it (`aws cloudformation delete-stack`), or set `recreate-failed-stack: true` to let this action delete and re-create it.',
  ROLLBACK_FAILED:
    'The stack is stuck after a failed rollback. Delete it with `aws cloudformation delete-stack --deletion-mode FORCE_DELETE_STACK`, or retain the resources that cannot be deleted.',
  UPDATE_ROLLBACK_FAILED:
    'An update rollback failed. Fix the resource that blocks it, then run `aws cloudformation continue-update-rollback` ' +
    '(optionally with --resources-to-skip), or set `continue-update-rollback: true` to let this action do it.',
  DELETE_FAILED:
    'A delete of this stack failed. Remove what blocks it and delete the stack again (or retain the failing resources).',
  IMPORT_ROLLBACK_FAILED:
    'An import rollback failed. Fix the resources concerned and delete or roll back the stack before deploying.',
};

/** The two texts CloudFormation uses for an empty change set ("The submitted information didn't contain
 * changes…" and "No updates are to be performed."), matched lower-cased. */
export function isNoChanges(reason: string | undefined): boolean {
  const r = (reason ?? '').toLowerCase();
  return r.includes("didn't contain changes") || r.includes('no updates are to be performed');
}
