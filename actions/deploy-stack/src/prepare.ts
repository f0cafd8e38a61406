/**
 * Stack preparation: bring the stack into a state a change set can be created against. What to do in each
 * starting state is decided by the pure `startStep` (the StackStatus values of CloudFormation's API reference,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Stack.html); `prepare` carries it
 * out — wait for someone else's operation, re-create a failed first deploy, continue a failed rollback.
 */
import { describeThrown } from '@pipewright/shared/action';
import { plural } from '@pipewright/shared/report';
import { formatDuration } from '@pipewright/shared/util';
import {
  ContinueUpdateRollbackCommand,
  DeleteStackCommand,
  ListChangeSetsCommand,
  type ChangeSetSummary,
  type Stack,
} from './cloudformation.ts';
import { clientToken, type Prepared } from './change-set-input.ts';
import type { DeployConfig } from './config.ts';
import { DeployFailure, errName } from './failures.ts';
import type { DeployRun } from './run.ts';
import { isInProgress, STUCK_GUIDANCE, UPDATABLE } from './stack-status.ts';

export type StartStep =
  /** No stack (or a deleted one): a CREATE change set. */
  | { kind: 'create' }
  /** A stack made by a change set never executed: a CREATE change set, after deleting stale change sets. */
  | { kind: 'create-on-review' }
  | { kind: 'update' }
  /** Someone else's operation is under way: wait for it, then look again. */
  | { kind: 'wait' }
  /** ROLLBACK_COMPLETE with `recreate-failed-stack`: delete it, then look again. */
  | { kind: 'recreate' }
  /** UPDATE_ROLLBACK_FAILED with `continue-update-rollback`: continue the rollback, then look again. */
  | { kind: 'continue-rollback' }
  | { kind: 'refuse'; failure: DeployFailure };

type StartOptions = Pick<
  DeployConfig,
  'stackName' | 'mode' | 'recreateFailedStack' | 'continueUpdateRollback'
>;

/** What to do with the stack as DescribeStacks found it. */
export function startStep(
  stack: Pick<Stack, 'StackStatus' | 'EnableTerminationProtection'> | undefined,
  cfg: StartOptions,
): StartStep {
  const s = stack?.StackStatus;
  if (!stack || s === 'DELETE_COMPLETE') return { kind: 'create' };
  if (s === 'REVIEW_IN_PROGRESS') return { kind: 'create-on-review' };
  if (s !== undefined && UPDATABLE.has(s)) return { kind: 'update' };
  if (isInProgress(s)) return { kind: 'wait' };
  if (s === 'ROLLBACK_COMPLETE' && cfg.recreateFailedStack && cfg.mode === 'deploy') {
    if (!stack.EnableTerminationProtection) return { kind: 'recreate' };
    return refuse(
      `Stack ${cfg.stackName} is ROLLBACK_COMPLETE and has termination protection, so it cannot be re-created.`,
      'Turn termination protection off, or delete the stack by hand.',
    );
  }
  if (s === 'UPDATE_ROLLBACK_FAILED' && cfg.continueUpdateRollback && cfg.mode === 'deploy')
    return { kind: 'continue-rollback' };
  return refuse(
    `Stack ${cfg.stackName} is ${s}; it cannot be deployed to in this state.`,
    STUCK_GUIDANCE[s ?? ''] ?? 'Bring the stack into a stable state first.',
  );
}

function refuse(message: string, hint: string): StartStep {
  return { kind: 'refuse', failure: new DeployFailure('stack-state', message, hint) };
}

/** Brings the stack into a state a change set can be created against (see `startStep`). */
export async function prepare(run: DeployRun): Promise<Prepared> {
  const { cfg, d, result } = run;
  const { logger } = d;
  for (let round = 0; round < 5; round++) {
    run.phase = 'prepare';
    const stack = await run.describeStack(cfg.stackName);
    const s = stack?.StackStatus;
    if (round === 0) run.did(`Read the stack: ${s ?? 'it does not exist yet'}.`);
    const step = startStep(stack, cfg);
    if (step.kind === 'create' || !stack) return { type: 'CREATE', stack: undefined };
    result.stackId = stack.StackId;
    result.status = s;
    const stackId = stack.StackId as string;
    switch (step.kind) {
      case 'create-on-review':
        logger.info(
          `Stack ${cfg.stackName} is REVIEW_IN_PROGRESS (created by a change set that was never executed): creating a CREATE change set.`,
        );
        await deleteStaleChangeSets(run, stackId);
        return { type: 'CREATE', stack };
      case 'update':
        return { type: 'UPDATE', stack };
      case 'wait':
        logger.info(`Stack ${cfg.stackName} is ${s}: waiting for the operation under way to finish.`);
        await waitUntilSettled(run, stackId);
        continue;
      case 'recreate':
        await recreate(run, stackId);
        continue;
      case 'continue-rollback':
        await continueRollback(run, stackId);
        continue;
      case 'refuse':
        throw step.failure;
    }
  }
  throw new DeployFailure(
    'stack-state',
    `Stack ${cfg.stackName} did not settle into a deployable state.`,
    'Look at the stack’s events in the CloudFormation console.',
  );
}

async function recreate(run: DeployRun, stackId: string): Promise<void> {
  const { cfg, d } = run;
  d.logger.warning(
    `Stack ${cfg.stackName} is ROLLBACK_COMPLETE (a failed first deploy): deleting it to create it again (recreate-failed-stack).`,
  );
  const token = clientToken(cfg.changeSetName, 'delete');
  run.stateKnown = false;
  await run.call(() => d.cf.send(new DeleteStackCommand({ StackName: stackId, ClientRequestToken: token })));
  const w = await run.watch(stackId, new Set([token]), undefined);
  if (w.timedOut) throw stillInProgress(run, 'deleting the failed stack', w.status);
  if (w.status !== 'DELETE_COMPLETE')
    throw new DeployFailure(
      'stack-state',
      `Deleting the failed stack ${cfg.stackName} ended in ${w.status}.`,
      STUCK_GUIDANCE.DELETE_FAILED ?? '',
    );
  run.did('Deleted the ROLLBACK_COMPLETE stack (recreate-failed-stack).');
}

async function continueRollback(run: DeployRun, stackId: string): Promise<void> {
  const { cfg, d } = run;
  d.logger.warning(
    `Stack ${cfg.stackName} is UPDATE_ROLLBACK_FAILED: continuing the rollback (continue-update-rollback).`,
  );
  const token = clientToken(cfg.changeSetName, 'continue');
  run.stateKnown = false;
  await run.call(() =>
    d.cf.send(
      new ContinueUpdateRollbackCommand({
        StackName: stackId,
        ClientRequestToken: token,
        ...(cfg.roleArn ? { RoleARN: cfg.roleArn } : {}),
      }),
    ),
  );
  const w = await run.watch(stackId, new Set([token]), undefined);
  if (w.timedOut) throw stillInProgress(run, 'continuing the update rollback', w.status);
  run.did(`Continued the update rollback: ${w.status}.`);
}

function stillInProgress(run: DeployRun, what: string, status: string | undefined): DeployFailure {
  return new DeployFailure(
    'timeout',
    `Still ${status ?? 'in progress'} ${what} after wait-timeout (${formatDuration(run.cfg.waitTimeoutMs)}).`,
    'Raise `wait-timeout`, or look at the stack in the CloudFormation console.',
  );
}

/**
 * A REVIEW_IN_PROGRESS stack collects the change sets of runs that never executed one. Those that can never
 * be executed (FAILED, or OBSOLETE) are deleted; AVAILABLE ones are kept: each may be someone's reviewed
 * preview, and CloudFormation removes them itself once a change set of the stack is executed. Listing or
 * deleting failing is a warning: the deployment does not depend on it.
 */
async function deleteStaleChangeSets(run: DeployRun, stackId: string): Promise<void> {
  const { cf, logger } = run.d;
  const all: ChangeSetSummary[] = [];
  try {
    let next: string | undefined;
    do {
      const token = next;
      const r = await run.call(() =>
        cf.send(new ListChangeSetsCommand({ StackName: stackId, ...(token ? { NextToken: token } : {}) })),
      );
      all.push(...(r.Summaries ?? []));
      next = r.NextToken;
    } while (next && all.length < 1000);
  } catch (e) {
    logger.warning(
      `Could not list the stack's change sets (${errName(e)}: ${describeThrown(e)}); none deleted.`,
    );
    return;
  }
  const stale = all.filter((c) => c.Status === 'FAILED' || c.ExecutionStatus === 'OBSOLETE');
  for (const c of stale) if (c.ChangeSetId) await run.deleteChangeSet(c.ChangeSetId, 'stale change set');
  const kept = all.filter((c) => !stale.includes(c)).map((c) => c.ChangeSetName ?? '?');
  if (kept.length)
    logger.info(
      `Kept ${plural(kept.length, 'other change set')} of the stack (${kept.join(', ')}): executable, or still being created.`,
    );
}

/** Waits for someone else's operation: DescribeStacks only, bounded by wait-timeout. */
async function waitUntilSettled(run: DeployRun, stackId: string): Promise<void> {
  const { cfg, d } = run;
  const { pacer } = d;
  for (;;) {
    if (pacer.clock.now() >= run.deadline)
      throw new DeployFailure(
        'concurrency',
        `Stack ${cfg.stackName} is still busy with another operation after ${formatDuration(cfg.waitTimeoutMs)}.`,
        'Another deployment of this stack is running; serialise them with a workflow `concurrency` group.',
      );
    await pacer.sleep(4000, pacer.signal);
    let stack: Stack | undefined;
    try {
      stack = await run.describeStack(stackId);
    } catch (e) {
      d.logger.warning(`DescribeStacks failed (${errName(e)}); still waiting.`);
      continue;
    }
    if (stack?.StackStatus) run.result.status = stack.StackStatus;
    if (!isInProgress(stack?.StackStatus)) return;
  }
}
