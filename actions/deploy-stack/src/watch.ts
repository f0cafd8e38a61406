import {
  DescribeStacksCommand,
  type CloudFormationClient,
  type Stack,
  type StackEvent,
} from './cloudformation.ts';
import type { Logger } from '@pipewright/shared/log';
import { formatDuration } from '@pipewright/shared/util';
import { formatEvent, isOurs, readNewEvents, type FollowedStack } from './events.ts';
import type { Pacer } from './pacer.ts';
import { isTerminal } from './stack-status.ts';

export interface WatchOptions {
  cf: CloudFormationClient;
  pacer: Pacer;
  logger: Logger;
  rootStackName: string;
  /** The root stack's ARN (a stack deleted by OnStackFailure=DELETE is found by ID only). */
  stackId: string;
  /** Our operation's tokens: only events carrying one of them are ours. */
  tokens: ReadonlySet<string>;
  /** The newest root event before our operation started (events up to it are history). */
  baselineEventId: string | undefined;
  /** Clock time by which the watch gives up (the client-side `wait-timeout`). */
  deadline: number;
  /** A progress line at this interval. */
  progressEveryMs?: number;
  /** DescribeStacks at least this often (a safety net), besides when the root stack's own event says it is done. */
  statusEveryMs?: number;
  /** Called once, when the clock passes `overdueAt` (CloudFormation-side timeout emulation). */
  overdue?: { at: number; run: () => Promise<void> };
  /** Test and bench hook: called with each DescribeStacks answer. */
  onStatus?: (status: string | undefined) => void;
}

export interface WatchResult {
  status: string | undefined;
  stack: Stack | undefined;
  timedOut: boolean;
  /** Our operation's events, oldest first, nested stacks included. */
  events: StackEvent[];
  /** Monitoring calls that failed (logged as warnings, never failing the deploy). */
  monitorErrors: number;
}

/**
 * The one adaptive poller of a deployment. Reads the root stack's events every tick (and one followed
 * nested stack in rotation), streams ours as log lines, and decides from DescribeStacks only — asked when
 * the root stack's own event reports a terminal status, and every few ticks as a safety net. A failing
 * monitoring call is a warning; only the deadline ends the watch without a terminal status.
 */
export async function watchStack(o: WatchOptions): Promise<WatchResult> {
  const { pacer, logger } = o;
  const clock = pacer.clock;
  const started = clock.now();
  const statusEvery = o.statusEveryMs ?? 30_000;
  let lastDescribe = started;
  const progressEvery = o.progressEveryMs ?? 30_000;
  const root: FollowedStack = {
    id: o.stackId,
    lastSeen: o.baselineEventId,
    // With a baseline, everything newer on the root stack belongs to this operation.
    since: o.baselineEventId ? new Date(0) : undefined,
  };
  const followed: FollowedStack[] = [root];
  const events: StackEvent[] = [];
  let stack: Stack | undefined;
  let monitorErrors = 0;
  let lastProgress = started;
  let idleTicks = 0;
  let errorsSeen = 0;
  let overdueDone = false;

  const warn = (what: string, error: unknown) => {
    monitorErrors++;
    const text = `${what} failed (${(error as Error).name}: ${(error as Error).message}); monitoring goes on.`;
    if (monitorErrors <= 3) logger.warning(text, { title: 'deploy-stack: monitoring call failed' });
    else logger.debug(text);
  };

  const readEvents = async (target: FollowedStack): Promise<boolean> => {
    let fresh: StackEvent[];
    try {
      fresh = await readNewEvents(o.cf, pacer, target);
    } catch (error) {
      warn('DescribeStackEvents', error);
      return false;
    }
    let rootDone = false;
    for (const e of fresh) {
      if (!isOurs(e, o.tokens, target.since)) continue;
      events.push(e);
      logger.info(formatEvent(e, o.rootStackName));
      if (
        e.ResourceType === 'AWS::CloudFormation::Stack' &&
        e.PhysicalResourceId &&
        e.PhysicalResourceId !== o.stackId &&
        e.PhysicalResourceId.startsWith('arn:') &&
        !followed.some((f) => f.id === e.PhysicalResourceId)
      ) {
        followed.push({ id: e.PhysicalResourceId, lastSeen: undefined, since: e.Timestamp });
      }
      if (e.StackId === o.stackId && e.LogicalResourceId === o.rootStackName && isTerminal(e.ResourceStatus))
        rootDone = true;
    }
    if (fresh.length) idleTicks = 0;
    return rootDone;
  };

  const describe = async (): Promise<boolean> => {
    try {
      const r = await pacer.call(() => o.cf.send(new DescribeStacksCommand({ StackName: o.stackId })));
      stack = r.Stacks?.[0];
      o.onStatus?.(stack?.StackStatus);
      return isTerminal(stack?.StackStatus);
    } catch (error) {
      warn('DescribeStacks', error);
      return false;
    }
  };

  for (let tick = 0; ; tick++) {
    if (clock.now() >= o.deadline) {
      // One last look, so the report says where the stack stands.
      if (await describe())
        return { status: stack?.StackStatus, stack, timedOut: false, events, monitorErrors };
      return { status: stack?.StackStatus, stack, timedOut: true, events, monitorErrors };
    }
    if (o.overdue && !overdueDone && clock.now() >= o.overdue.at) {
      overdueDone = true;
      try {
        await o.overdue.run();
      } catch (error) {
        warn('CancelUpdateStack', error);
      }
    }
    idleTicks++;
    let rootDone = await readEvents(root);
    if (followed.length > 1 && !rootDone) {
      const nested = followed[1 + (tick % (followed.length - 1))] as FollowedStack;
      rootDone = await readEvents(nested);
    }
    // Events unreadable this tick: ask DescribeStacks instead, so a denied or throttled event read never
    // leaves the watch blind.
    const blind = monitorErrors > errorsSeen;
    errorsSeen = monitorErrors;
    if (rootDone || blind || clock.now() - lastDescribe >= statusEvery) {
      lastDescribe = clock.now();
      if (await describe()) {
        // A last read, so the log and the root cause have every event of the operation.
        for (const f of followed) await readEvents(f);
        return { status: stack?.StackStatus, stack, timedOut: false, events, monitorErrors };
      }
    }
    if (clock.now() - lastProgress >= progressEvery) {
      lastProgress = clock.now();
      logger.info(
        `… ${o.rootStackName}: ${stack?.StackStatus ?? 'in progress'} after ${formatDuration(clock.now() - started)} (${events.length} events)`,
      );
    }
    // Adaptive: 1.25 s between polls while events flow, up to 2.25 s while the stack is quiet, so even a
    // short deploy stays under one call per second of stack time (the pacer's floor is 1 s).
    pacer.spaceNext(1250 + Math.min(1000, Math.max(0, idleTicks - 2) * 250));
  }
}
