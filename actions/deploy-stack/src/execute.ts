/**
 * Execution: ExecuteChangeSet on a change set checked to be executable, the watch until the stack settles
 * (cancelling an update past `timeout-in-minutes`), and the result — built by the pure `executionEnd` from
 * what the watch saw — then termination protection on a deployed stack.
 */
import { plural } from '@pipewright/shared/report';
import { formatDuration } from '@pipewright/shared/util';
import {
  CancelUpdateStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  ExecuteChangeSetCommand,
  UpdateTerminationProtectionCommand,
  type DescribeChangeSetCommandOutput,
  type Stack,
} from './cloudformation.ts';
import { clientToken, executeInput, executionRefusal } from './change-set-input.ts';
import type { DeployConfig } from './config.ts';
import { rootCause, type RootCause } from './events.ts';
import { classify, errName, type Failure } from './failures.ts';
import { outputsOf, type DeployResult } from './result.ts';
import type { DeployRun } from './run.ts';
import { SUCCESS_AFTER_EXECUTE } from './stack-status.ts';
import type { WatchResult } from './watch.ts';

export interface ExecutionEnd {
  outcome: 'deployed' | 'failed' | 'timed-out';
  /** The earliest failure among our operation's events (failed and timed-out executions only). */
  rootCause: RootCause | undefined;
  failure: Failure | undefined;
}

/** How an execution ended, from what the watch saw: success only in a *_COMPLETE status of a create/update/import. */
export function executionEnd(
  w: Pick<WatchResult, 'status' | 'stack' | 'timedOut' | 'events'>,
  cfg: Pick<DeployConfig, 'waitTimeoutMs' | 'onCreateFailure'>,
): ExecutionEnd {
  if (w.timedOut)
    return {
      outcome: 'timed-out',
      rootCause: rootCause(w.events),
      failure: {
        kind: 'timeout',
        operation: undefined,
        code: undefined,
        message:
          `The stack is still ${w.status ?? 'in progress'} after wait-timeout (${formatDuration(cfg.waitTimeoutMs)}). ` +
          'CloudFormation goes on without us; this deploy is not known to have succeeded.',
        hint: 'Raise `wait-timeout`, and look at the stack in the CloudFormation console: it may still succeed or fail.',
      },
    };
  if (w.status !== undefined && SUCCESS_AFTER_EXECUTE.has(w.status) && w.stack)
    return { outcome: 'deployed', rootCause: undefined, failure: undefined };
  const cause = rootCause(w.events);
  return {
    outcome: 'failed',
    rootCause: cause,
    failure: {
      kind: 'stack-failed',
      operation: undefined,
      code: undefined,
      message:
        `The stack ended in ${w.status ?? 'an unknown status'}` +
        (w.status === 'DELETE_COMPLETE'
          ? ` (the failed first deploy was deleted: on-create-failure ${cfg.onCreateFailure})`
          : '') +
        (w.stack?.StackStatusReason && !cause ? `: ${w.stack.StackStatusReason}` : '.'),
      hint: 'The root cause names the resource that failed; the stack events above show the whole operation.',
    },
  };
}

/** Executes a change set (described as executable just before, or described here) and watches the stack. */
export async function execute(
  run: DeployRun,
  id: string,
  type: 'CREATE' | 'UPDATE',
  checked?: DescribeChangeSetCommandOutput,
): Promise<DeployResult> {
  const { cfg, d, result } = run;
  const { cf, logger } = d;
  // Execute only a CREATE_COMPLETE + AVAILABLE change set.
  const cs =
    checked ??
    (await run.call(() =>
      cf.send(new DescribeChangeSetCommand({ ChangeSetName: id, IncludePropertyValues: false })),
    ));
  // Not deleted in `mode: execute`: a preview run created it (this run's own are deleted on exit).
  const refusal = executionRefusal(cs, cfg.changeSetName);
  if (refusal) throw refusal;
  const stackId = (cs.StackId ?? result.stackId) as string;
  result.stackId = stackId;
  run.phase = 'execute';
  const baseline = await newestEventId(run, stackId);
  const input = executeInput(id, stackId, type, cfg);
  const token = input.ClientRequestToken;
  const started = d.pacer.clock.now();
  run.stateKnown = false;
  await run.call(() => cf.send(new ExecuteChangeSetCommand(input)));
  run.pending.delete(id);
  run.createdReviewStack = undefined;
  run.did(`Executed change set ${cfg.changeSetName}.`);
  run.phase = 'watch';
  logger.info(`Executing change set ${cfg.changeSetName} (token ${token}).`);
  const tokens = new Set([token]);
  const overdue =
    cfg.timeoutInMinutes !== undefined
      ? { at: started + cfg.timeoutInMinutes * 60_000, run: () => cancelOverdue(run, stackId, type, tokens) }
      : undefined;
  const w = await run.watch(stackId, tokens, baseline, overdue);
  result.eventCount = w.events.length;
  result.events = w.events;
  result.status = w.status;
  run.stateKnown = w.stack !== undefined;
  const end = executionEnd(w, cfg);
  if (end.outcome !== 'timed-out')
    run.did(`The stack reached ${w.status ?? 'an unknown status'} (${plural(w.events.length, 'event')}).`);
  result.outcome = end.outcome;
  if (end.failure) {
    result.message = end.failure.message;
    result.rootCause = end.rootCause;
    run.fail(end.failure);
    return result;
  }
  if (w.stack) {
    result.outputs = outputsOf(w.stack);
    await reconcileProtection(run, w.stack);
  }
  return result;
}

/** Past `timeout-in-minutes`: an update is cancelled (its token joins ours); a create cannot be. */
async function cancelOverdue(
  run: DeployRun,
  stackId: string,
  type: 'CREATE' | 'UPDATE',
  tokens: Set<string>,
): Promise<void> {
  const { cfg, d } = run;
  if (type !== 'UPDATE') {
    d.logger.warning(
      `The stack creation is past timeout-in-minutes (${cfg.timeoutInMinutes}); CloudFormation cannot cancel a create made through a change set.`,
    );
    return;
  }
  d.logger.warning(`The update is past timeout-in-minutes (${cfg.timeoutInMinutes}): cancelling it.`);
  const cancelToken = clientToken(cfg.changeSetName, 'cancel');
  tokens.add(cancelToken);
  await run.call(() =>
    d.cf.send(new CancelUpdateStackCommand({ StackName: stackId, ClientRequestToken: cancelToken })),
  );
}

async function newestEventId(run: DeployRun, stackId: string): Promise<string | undefined> {
  try {
    const r = await run.call(() => run.d.cf.send(new DescribeStackEventsCommand({ StackName: stackId })));
    return r.StackEvents?.[0]?.EventId;
  } catch (e) {
    run.d.logger.warning(`DescribeStackEvents failed (${errName(e)}); events are filtered by token only.`);
    return undefined;
  }
}

/** Termination protection is not part of a change set: reconciled on every run, empty change sets included. */
export async function reconcileProtection(run: DeployRun, stack: Stack): Promise<void> {
  const { d } = run;
  const want = run.cfg.terminationProtection;
  if (want === undefined || Boolean(stack.EnableTerminationProtection) === want) return;
  run.phase = 'protect';
  try {
    await run.call(() =>
      d.cf.send(
        new UpdateTerminationProtectionCommand({
          StackName: stack.StackId,
          EnableTerminationProtection: want,
        }),
      ),
    );
  } catch (e) {
    // The stack is deployed whatever this call answers: the failure is reported beside that result.
    const f = classify(e, run.failureContext());
    if (!f || d.pacer.signal?.aborted) throw e;
    run.fail(f);
    return;
  }
  run.did(`Termination protection ${want ? 'enabled' : 'disabled'}.`);
  d.logger.info(`Termination protection ${want ? 'enabled' : 'disabled'}.`);
}
