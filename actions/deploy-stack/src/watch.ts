import {
  DescribeStacksCommand,
  type CloudFormationClient,
  type Stack,
  type StackEvent,
} from './cloudformation.ts';
import { describeThrown } from '@pipewright/shared/action';
import type { Logger } from '@pipewright/shared/log';
import { plural } from '@pipewright/shared/report';
import { formatDuration } from '@pipewright/shared/util';
import { errName } from './failures.ts';
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
 * Between two polls while events flow, and while the stack is quiet. A poll that reads the root stack's
 * terminal event is confirmed by DescribeStacks at once, so completion is known within one poll interval
 * (plus two round trips), and a deployment of 9 s or more stays under one call per second of stack time
 * (ExecuteChangeSet, the polls and the confirmation together). Throttling stretches both (the pacer).
 */
export const POLL_MS = 1500;
export const QUIET_POLL_MS = 1750;

/**
 * The one adaptive poller of a deployment. Reads the root stack's events every tick (and one followed
 * nested stack that is still busy, in rotation), streams ours as log lines, and decides from DescribeStacks
 * only — asked at once when the root stack's own event reports a terminal status, and every 30 s as a safety
 * net. A failing monitoring call is a warning; only the deadline ends the watch without a terminal status.
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
  /** The newest root stack status read from its events is terminal (nothing follows it unless it moves on). */
  let rootEventDone = false;

  const warn = (what: string, error: unknown) => {
    monitorErrors++;
    const text = `${what} failed (${errName(error)}: ${describeThrown(error)}); monitoring goes on.`;
    if (monitorErrors <= 3) logger.warning(text, { title: 'deploy-stack: monitoring call failed' });
    else logger.debug(text);
  };

  const readEvents = async (target: FollowedStack): Promise<void> => {
    let fresh: StackEvent[];
    try {
      fresh = await readNewEvents(o.cf, pacer, target);
    } catch (error) {
      warn('DescribeStackEvents', error);
      return;
    }
    for (const e of fresh) {
      if (!isOurs(e, o.tokens, target.since)) continue;
      events.push(e);
      logger.info(formatEvent(e, o.rootStackName));
      if (e.ResourceType === 'AWS::CloudFormation::Stack' && e.PhysicalResourceId?.startsWith('arn:')) {
        if (e.PhysicalResourceId === target.id) {
          // The stack's own status: a nested stack that reached a terminal one needs no more polling.
          if (target !== root) target.settled = isTerminal(e.ResourceStatus);
        } else if (e.PhysicalResourceId !== o.stackId) {
          // A nested stack resource of the stack just read: followed, and polled while its parent works on it.
          const child = followed.find((f) => f.id === e.PhysicalResourceId);
          if (!child) followed.push({ id: e.PhysicalResourceId, lastSeen: undefined, since: e.Timestamp });
          else if (!isTerminal(e.ResourceStatus)) child.settled = false;
        }
      }
      if (e.StackId === o.stackId && e.LogicalResourceId === o.rootStackName) {
        // e.g. ROLLBACK_COMPLETE, then DELETE_IN_PROGRESS when a failed first create is deleted.
        rootEventDone = isTerminal(e.ResourceStatus);
      }
    }
    if (fresh.length) idleTicks = 0;
  };

  const describe = async (urgent = false): Promise<boolean> => {
    try {
      const r = await pacer.call(
        () => o.cf.send(new DescribeStacksCommand({ StackName: o.stackId })),
        5,
        urgent ? { urgent } : {},
      );
      stack = r.Stacks?.[0];
      o.onStatus?.(stack?.StackStatus);
      return isTerminal(stack?.StackStatus);
    } catch (error) {
      warn('DescribeStacks', error);
      return false;
    }
  };

  const finish = async (): Promise<WatchResult> => {
    // A last read, so the log and the root cause have every event of the operation (the root stack's only
    // when its terminal event has not been read yet: nothing follows it).
    for (const f of followed) if (f !== root || !rootEventDone) await readEvents(f);
    return { status: stack?.StackStatus, stack, timedOut: false, events, monitorErrors };
  };

  // The first poll comes one interval after ExecuteChangeSet, like every other.
  pacer.spaceNext(POLL_MS);
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
    const doneBefore = rootEventDone;
    await readEvents(root);
    const rootDone = rootEventDone && !doneBefore;
    const busy = followed.filter((f) => f !== root && !f.settled);
    if (busy.length && !rootEventDone) await readEvents(busy[tick % busy.length] as FollowedStack);
    // Events unreadable this tick: ask DescribeStacks instead, so a denied or throttled event read never
    // leaves the watch blind.
    const blind = monitorErrors > errorsSeen;
    errorsSeen = monitorErrors;
    // Also asked on every tick after the terminal event while DescribeStacks lags behind it.
    if (rootEventDone || blind || clock.now() - lastDescribe >= statusEvery) {
      lastDescribe = clock.now();
      // The root stack's terminal event just read: confirmed at once, not one poll later.
      if (await describe(rootDone)) return finish();
    }
    if (clock.now() - lastProgress >= progressEvery) {
      lastProgress = clock.now();
      logger.info(
        `… ${o.rootStackName}: ${stack?.StackStatus ?? 'in progress'} after ${formatDuration(clock.now() - started)} (${plural(events.length, 'event')})`,
      );
    }
    pacer.spaceNext(idleTicks > 2 ? QUIET_POLL_MS : POLL_MS);
  }
}
