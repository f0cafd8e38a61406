import {
  DescribeStackEventsCommand,
  type CloudFormationClient,
  type OperationEvent,
  type StackEvent,
} from './cloudformation.ts';
import type { Pacer } from './pacer.ts';

const CANCELLED = /resource (creation|update|deletion) cancelled/i;

export interface FollowedStack {
  /** Stack ARN: events of a deleted stack stay readable by ID only. */
  id: string;
  /** The newest EventId already read; paging stops there. */
  lastSeen: string | undefined;
  /** Token-less events (emulators) older than this are history, not ours. */
  since: Date | undefined;
  /** A nested stack whose own status is terminal: no longer polled until its parent touches it again. */
  settled?: boolean;
}

/**
 * Reads one stack's events incrementally: newest first, page by page, only until the first EventId already
 * seen (re-reading the whole history on every poll is quadratic). Returns the new events oldest first.
 */
export async function readNewEvents(
  cf: CloudFormationClient,
  pacer: Pacer,
  stack: FollowedStack,
  maxPages = 5,
): Promise<StackEvent[]> {
  const fresh: StackEvent[] = [];
  let token: string | undefined;
  let reachedSeen = false;
  for (let page = 0; page < maxPages; page++) {
    const r = await pacer.call(() =>
      cf.send(
        new DescribeStackEventsCommand({ StackName: stack.id, ...(token ? { NextToken: token } : {}) }),
      ),
    );
    for (const e of r.StackEvents ?? []) {
      if (stack.lastSeen !== undefined && e.EventId === stack.lastSeen) {
        reachedSeen = true;
        break;
      }
      fresh.push(e);
    }
    token = r.NextToken;
    if (reachedSeen || !token || stack.lastSeen === undefined) break;
  }
  if (fresh[0]?.EventId) stack.lastSeen = fresh[0].EventId;
  return fresh.reverse();
}

/**
 * Ours: carries our ClientRequestToken. Emulators that do not record tokens get the events that are newer
 * than the history read before we executed.
 */
export function isOurs(e: StackEvent, tokens: ReadonlySet<string>, since: Date | undefined): boolean {
  if (e.ClientRequestToken) return tokens.has(e.ClientRequestToken);
  return since !== undefined && e.Timestamp !== undefined && e.Timestamp.getTime() >= since.getTime();
}

export function isFailedEvent(e: StackEvent): boolean {
  return /_FAILED$/.test(e.ResourceStatus ?? '') && !CANCELLED.test(e.ResourceStatusReason ?? '');
}

/** One plain log line per event. */
export function formatEvent(e: StackEvent, rootStackName: string): string {
  const time = e.Timestamp ? e.Timestamp.toISOString().slice(11, 19) : '--:--:--';
  const where = e.StackName && e.StackName !== rootStackName ? `${e.StackName}/` : '';
  const reason = e.ResourceStatusReason ? ` – ${e.ResourceStatusReason}` : '';
  return `${time} ${e.ResourceStatus ?? '?'} ${where}${e.LogicalResourceId ?? '?'} (${e.ResourceType ?? '?'})${reason}`;
}

export interface RootCause {
  stackName: string;
  logicalId: string;
  resourceType: string;
  status: string;
  reason: string;
  timestamp: Date | undefined;
}

/**
 * The root cause of a failed operation: the earliest failed event of our operation, "cancelled" noise
 * dropped, and a nested stack's own failure set aside in favour of the failure inside it.
 */
export function rootCause(events: readonly StackEvent[]): RootCause | undefined {
  const failed = events
    .filter(isFailedEvent)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.Timestamp?.getTime() ?? 0) - (b.e.Timestamp?.getTime() ?? 0) || a.i - b.i)
    .map(({ e }) => e);
  const nestedIds = new Set(
    events.filter((e) => e.ResourceType === 'AWS::CloudFormation::Stack').map((e) => e.PhysicalResourceId),
  );
  // A resource failure inside a stack beats the stack's own "failed" wrapper events.
  const leaf = failed.find(
    (e) => e.ResourceType !== 'AWS::CloudFormation::Stack' && !nestedIds.has(e.PhysicalResourceId),
  );
  const pick = leaf ?? failed[0];
  if (!pick) return undefined;
  return {
    stackName: pick.StackName ?? '',
    logicalId: pick.LogicalResourceId ?? '',
    resourceType: pick.ResourceType ?? '',
    status: pick.ResourceStatus ?? '',
    reason: pick.ResourceStatusReason ?? '',
    timestamp: pick.Timestamp,
  };
}

/**
 * Why a change set failed, from DescribeEvents' failed operation events of its creation (early validation
 * errors with their property path, hook failures), oldest first.
 */
export function changeSetCauses(events: readonly OperationEvent[], stackName: string): RootCause[] {
  return events
    .filter((e) => e.EventType !== 'PROGRESS_EVENT' && e.EventType !== 'STACK_EVENT')
    .sort((a, b) => (a.Timestamp?.getTime() ?? 0) - (b.Timestamp?.getTime() ?? 0))
    .map((e) => ({
      stackName,
      logicalId: e.LogicalResourceId ?? '',
      resourceType: e.ResourceType ?? '',
      status: e.EventType ?? 'FAILED',
      reason:
        [
          e.ValidationStatusReason ?? e.HookStatusReason ?? e.ResourceStatusReason ?? '',
          e.ValidationPath ? `(at ${e.ValidationPath})` : '',
          e.ValidationName ? `[${e.ValidationName}]` : '',
        ]
          .filter(Boolean)
          .join(' ') || '(no reason given)',
      timestamp: e.Timestamp,
    }));
}
