/**
 * The coordinator of one deployment (deploy / preview / execute): prepare the stack (prepare.ts), create and
 * read the change set (change-set.ts), execute it and watch (execute.ts), and on every exit path clean up
 * the change sets this run created and read the stack's actual state after a failure. Every way a deployment
 * can end comes back as a result (failures.ts names each failure); only a cancellation, or a fault in this
 * program itself, is thrown.
 */
import { describeThrown } from '@pipewright/shared/action';
import { plural } from '@pipewright/shared/report';
import {
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  type DescribeChangeSetCommandOutput,
  type Stack,
} from './cloudformation.ts';
import { changeSetFailure } from './change-set-input.ts';
import { changeSetFailures, createChangeSet, review, waitForChangeSet } from './change-set.ts';
import type { DeployConfig } from './config.ts';
import { execute, reconcileProtection } from './execute.ts';
import { classify, DeployFailure, errName, operationUnderWay } from './failures.ts';
import { prepare } from './prepare.ts';
import { checkReviewBinding } from './preview.ts';
import { outputsOf, type DeployResult } from './result.ts';
import { DeployRun, type DeployDeps } from './run.ts';
import { isNoChanges } from './stack-status.ts';

/** Runs one deployment (deploy / preview / execute) and returns what happened, failures included (failures.ts). */
export async function deploy(cfg: DeployConfig, deps: DeployDeps): Promise<DeployResult> {
  const run = new DeployRun(cfg, deps);
  try {
    if (cfg.mode === 'execute') await executeGiven(run);
    else await createAndMaybeExecute(run);
  } catch (e) {
    if (deps.pacer.signal?.aborted) throw e;
    const f = classify(e, run.failureContext());
    if (!f) throw e;
    run.fail(f);
  } finally {
    await cleanUp(run);
  }
  if (run.result.failure) await settle(run);
  return run.result;
}

async function createAndMaybeExecute(run: DeployRun): Promise<DeployResult> {
  const { cfg, result } = run;
  const prep = await prepare(run);
  result.changeSetType = prep.type;
  const id = await createChangeSet(run, prep);
  if (id === undefined) return noChanges(run, prep.stack);
  run.phase = 'review';
  const cs = await waitForChangeSet(run, id);
  result.status = prep.stack?.StackStatus;
  if (cs.Status === 'FAILED') return failedChangeSet(run, id, cs, prep.stack);
  await review(run, prep.stack, cs);
  run.did(`Read the change set: ${plural(result.changes.length, 'resource change')}.`);
  if (cfg.mode === 'preview') {
    run.pending.set(id, { keep: true });
    result.outcome = 'previewed';
    result.status = prep.stack?.StackStatus ?? 'REVIEW_IN_PROGRESS';
    return result;
  }
  // Just described as CREATE_COMPLETE/AVAILABLE: no second look needed.
  return execute(run, id, prep.type, cs);
}

/** `mode: execute`: the change set a preview created, checked against the reviewed commit and template. */
async function executeGiven(run: DeployRun): Promise<DeployResult> {
  const { cfg, d, result } = run;
  const stack = await run.describeStack(cfg.stackName);
  run.did(`Read the stack: ${stack?.StackStatus ?? 'it does not exist'}.`);
  if (!stack)
    throw new DeployFailure(
      'not-found',
      `Stack ${cfg.stackName} does not exist, so it has no change set to execute.`,
      'Run this action with `mode: preview` first; it creates the change set (and the stack).',
    );
  result.stackId = stack.StackId;
  result.status = stack.StackStatus;
  run.phase = 'review';
  let cs: DescribeChangeSetCommandOutput;
  try {
    cs = await run.call(() =>
      d.cf.send(
        new DescribeChangeSetCommand({
          ChangeSetName: cfg.changeSetName,
          StackName: stack.StackId,
          IncludePropertyValues: true,
        }),
      ),
    );
  } catch (e) {
    if (errName(e) === 'ChangeSetNotFoundException')
      throw new DeployFailure(
        'not-found',
        `Change set ${cfg.changeSetName} does not exist on stack ${cfg.stackName}.`,
        'It was executed, deleted, or made obsolete by another deployment: run a new preview.',
        'DescribeChangeSet',
      );
    throw e;
  }
  const id = cs.ChangeSetId as string;
  result.changeSetId = id;
  const type = stack.StackStatus === 'REVIEW_IN_PROGRESS' ? 'CREATE' : 'UPDATE';
  result.changeSetType = type;
  if (cs.Status === 'FAILED') {
    const r = await failedChangeSet(run, id, cs, stack);
    run.pending.delete(id);
    await run.deleteChangeSet(id);
    return r;
  }
  checkReviewBinding(cs.Description, {
    changeSetName: cfg.changeSetName,
    commit: cfg.commit,
    body: cfg.template.body,
    logger: d.logger,
  });
  await review(run, stack, cs);
  return execute(run, id, type, cs);
}

async function failedChangeSet(
  run: DeployRun,
  id: string,
  cs: DescribeChangeSetCommandOutput,
  stack: Stack | undefined,
): Promise<DeployResult> {
  // Failed or empty: of no use to anyone, so it goes even in preview mode.
  run.pending.set(id, { keep: false });
  if (isNoChanges(cs.StatusReason)) {
    run.d.logger.info(`No changes: ${cs.StatusReason}`);
    return noChanges(run, stack);
  }
  const causes = await changeSetFailures(run, id);
  const f = changeSetFailure(cs.StatusReason, causes.length);
  run.result.outcome = 'failed';
  run.result.message = f.message;
  run.result.rootCause = causes[0];
  run.fail(f);
  return run.result;
}

async function noChanges(run: DeployRun, stack: Stack | undefined): Promise<DeployResult> {
  const { result } = run;
  result.outcome = 'no-changes';
  result.hasChanges = false;
  if (stack) {
    await reconcileProtection(run, stack);
    result.outputs = outputsOf(stack);
    result.status = stack.StackStatus;
  }
  return result;
}

/**
 * After a failure: the stack's actual state for the report and outputs (one DescribeStacks, unless the last
 * one still holds, or it cannot help: the state is unreadable when DescribeStacks itself or the
 * credentials or network failed).
 */
async function settle(run: DeployRun): Promise<void> {
  const { cfg, d, result } = run;
  const f = result.failure;
  if (!f) return;
  if (f.operation === 'DescribeStacks' || f.kind === 'credentials' || f.kind === 'network') return;
  if (!run.stateKnown) {
    try {
      const stack = await run.describeStack(result.stackId ?? cfg.stackName, true);
      result.status = stack?.StackStatus;
      if (stack?.StackId) result.stackId = stack.StackId;
    } catch (e) {
      d.logger.warning(
        `Could not read the stack's state after the failure (${errName(e)}: ${describeThrown(e)}).`,
      );
    }
  }
  // Another operation under way: which one (its start event names it), so the user knows whom to wait for.
  if (f.kind === 'concurrency' && result.stackId) {
    try {
      const id = result.stackId;
      const r = await run.cleanupCall(() => d.cf.send(new DescribeStackEventsCommand({ StackName: id })));
      const which = operationUnderWay(r.StackEvents ?? [], cfg.stackName);
      if (which) {
        f.message += ` ${which}`;
        if (result.outcome === 'failed') result.message = f.message;
      }
    } catch (e) {
      d.logger.debug(`Could not read the stack's events (${errName(e)}: ${describeThrown(e)}).`);
    }
  }
}

/** Every exit path: change sets we created and did not execute go (kept in preview). */
async function cleanUp(run: DeployRun): Promise<void> {
  const { cfg, d } = run;
  for (const [id, { keep }] of run.pending) if (!keep) await run.deleteChangeSet(id);
  run.pending.clear();
  const created = run.createdReviewStack;
  if (!created || cfg.mode === 'preview') return;
  try {
    const s = await run.describeStack(created, true);
    if (s?.StackStatus === 'REVIEW_IN_PROGRESS') {
      await run.cleanupCall(() => d.cf.send(new DeleteStackCommand({ StackName: created })));
      run.stateKnown = false;
      run.did(`Deleted the empty stack this run had created for its change set.`);
      d.logger.info(`Deleted the empty stack ${cfg.stackName} this run had created for its change set.`);
    }
  } catch (e) {
    d.logger.warning(`Could not delete the empty stack ${created}: ${describeThrown(e)}`);
  }
}
