/** The poller, incremental event reading, token filtering, nested stacks and root cause (the pacer: pacer.test.ts). */
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudFormationClient,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  type ResourceStatus,
  type StackEvent,
} from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { MemoryLogger } from '@pipewright/shared/log';
import { formatEvent, readNewEvents, rootCause } from '../src/events.ts';
import { Pacer } from '../src/pacer.ts';
import { watchStack } from '../src/watch.ts';
import { fakeTime } from './fake-time.ts';

const cfMock = mockClient(CloudFormationClient);
const ROOT = 'arn:aws:cloudformation:us-east-1:123456789012:stack/app/1';
const NESTED = 'arn:aws:cloudformation:us-east-1:123456789012:stack/app-Net-X/2';
const TOKEN = 'tok-exec';

let n = 0;
const ev = (
  stackId: string,
  logicalId: string,
  status: string,
  extra: Partial<StackEvent> = {},
): StackEvent => ({
  StackId: stackId,
  StackName: stackId === ROOT ? 'app' : 'app-Net-X',
  EventId: `e${++n}`,
  LogicalResourceId: logicalId,
  PhysicalResourceId: `${logicalId}-phys`,
  ResourceType: 'AWS::SNS::Topic',
  ResourceStatus: status as ResourceStatus,
  Timestamp: new Date(n * 1000),
  ClientRequestToken: TOKEN,
  ...extra,
});
const stackEv = (status: string) =>
  ev(ROOT, 'app', status, { ResourceType: 'AWS::CloudFormation::Stack', PhysicalResourceId: ROOT });

beforeEach(() => {
  cfMock.reset();
  n = 0;
});

describe('events', () => {
  it('reads only up to the first event already seen, paging when needed', async () => {
    const t = fakeTime();
    const pacer = new Pacer({ clock: t.clock, sleep: t.sleep });
    const old = ev(ROOT, 'A', 'CREATE_COMPLETE');
    const [e1, e2, e3] = [
      ev(ROOT, 'B', 'CREATE_IN_PROGRESS'),
      ev(ROOT, 'B', 'CREATE_COMPLETE'),
      ev(ROOT, 'C', 'CREATE_IN_PROGRESS'),
    ];
    cfMock
      .on(DescribeStackEventsCommand, { StackName: ROOT, NextToken: undefined })
      .resolves({ StackEvents: [e3!, e2!], NextToken: 'p2' })
      .on(DescribeStackEventsCommand, { StackName: ROOT, NextToken: 'p2' })
      .resolves({ StackEvents: [e1!, old, ev(ROOT, 'Ancient', 'X')], NextToken: 'p3' });
    const followed = { id: ROOT, lastSeen: old.EventId, since: undefined };
    const fresh = await readNewEvents(new CloudFormationClient({ region: 'us-east-1' }), pacer, followed);
    expect(fresh.map((e) => e.EventId)).toEqual([e1!.EventId, e2!.EventId, e3!.EventId]);
    expect(followed.lastSeen).toBe(e3!.EventId);
    expect(cfMock.commandCalls(DescribeStackEventsCommand)).toHaveLength(2);
  });

  it.each([
    [
      'the earliest failure wins over a later rollback failure',
      [
        ev(ROOT, 'Db', 'CREATE_FAILED', { ResourceStatusReason: 'quota', Timestamp: new Date(5) }),
        ev(ROOT, 'Bucket', 'DELETE_FAILED', { ResourceStatusReason: 'not empty', Timestamp: new Date(9) }),
      ],
      'Db',
    ],
    [
      'cancellations are noise',
      [
        ev(ROOT, 'Q', 'CREATE_FAILED', {
          ResourceStatusReason: 'Resource creation cancelled',
          Timestamp: new Date(1),
        }),
        ev(ROOT, 'Db', 'CREATE_FAILED', { ResourceStatusReason: 'quota', Timestamp: new Date(2) }),
      ],
      'Db',
    ],
    [
      'a nested stack is walked to the resource that failed inside it',
      [
        ev(ROOT, 'Net', 'CREATE_FAILED', {
          ResourceType: 'AWS::CloudFormation::Stack',
          PhysicalResourceId: NESTED,
          ResourceStatusReason: 'Embedded stack was not successfully created',
          Timestamp: new Date(1),
        }),
        ev(NESTED, 'Subnet', 'CREATE_FAILED', {
          ResourceStatusReason: 'CIDR conflicts',
          Timestamp: new Date(2),
        }),
      ],
      'Subnet',
    ],
  ])('root cause: %s', (_what, events, logicalId) => {
    expect(rootCause(events)?.logicalId).toBe(logicalId);
  });

  it('formats one plain line per event, nested stacks named', () => {
    const e = ev(NESTED, 'Subnet', 'CREATE_FAILED', {
      ResourceStatusReason: 'CIDR',
      Timestamp: new Date('2026-01-01T10:11:12Z'),
    });
    expect(formatEvent(e, 'app')).toBe('10:11:12 CREATE_FAILED app-Net-X/Subnet (AWS::SNS::Topic) – CIDR');
  });
});

describe('watchStack', () => {
  it('streams our events (nested stacks followed), decides from DescribeStacks at once, polls paced', async () => {
    const t = fakeTime();
    const pacer = new Pacer({ clock: t.clock, sleep: t.sleep });
    const log = new MemoryLogger();
    const rootEvents: StackEvent[] = [];
    const nestedEvents: StackEvent[] = [];
    let tick = 0;
    // The stack's story, one step per root read.
    const story: (() => void)[] = [
      () =>
        rootEvents.unshift(
          stackEv('CREATE_IN_PROGRESS'),
          ev(ROOT, 'Foreign', 'CREATE_IN_PROGRESS', { ClientRequestToken: 'other' }),
        ),
      () =>
        rootEvents.unshift(
          ev(ROOT, 'Net', 'CREATE_IN_PROGRESS', {
            ResourceType: 'AWS::CloudFormation::Stack',
            PhysicalResourceId: NESTED,
          }),
        ),
      () => nestedEvents.unshift(ev(NESTED, 'Subnet', 'CREATE_COMPLETE')),
      () =>
        rootEvents.unshift(
          ev(ROOT, 'Net', 'CREATE_COMPLETE', {
            ResourceType: 'AWS::CloudFormation::Stack',
            PhysicalResourceId: NESTED,
          }),
        ),
      () => rootEvents.unshift(stackEv('CREATE_COMPLETE')),
    ];
    const calls: string[] = [];
    cfMock.on(DescribeStackEventsCommand).callsFake((input: { StackName: string }) => {
      calls.push(`${t.at()} events ${input.StackName === ROOT ? 'root' : 'nested'}`);
      if (input.StackName === ROOT) story[tick++]?.();
      return { StackEvents: input.StackName === ROOT ? [...rootEvents] : [...nestedEvents] };
    });
    cfMock.on(DescribeStacksCommand).callsFake(() => {
      calls.push(`${t.at()} stacks`);
      return {
        Stacks: [
          {
            StackId: ROOT,
            StackName: 'app',
            CreationTime: new Date(0),
            StackStatus: tick >= 5 ? 'CREATE_COMPLETE' : 'CREATE_IN_PROGRESS',
          },
        ],
      };
    });
    const r = await watchStack({
      cf: new CloudFormationClient({ region: 'us-east-1' }),
      pacer,
      logger: log,
      rootStackName: 'app',
      stackId: ROOT,
      tokens: new Set([TOKEN]),
      baselineEventId: undefined,
      deadline: 600_000,
    });
    expect(r).toMatchObject({ status: 'CREATE_COMPLETE', timedOut: false, monitorErrors: 0 });
    expect(log.messages('info').map((m) => m.slice(9))).toEqual([
      'CREATE_IN_PROGRESS app (AWS::CloudFormation::Stack)',
      'CREATE_IN_PROGRESS Net (AWS::CloudFormation::Stack)',
      'CREATE_COMPLETE app-Net-X/Subnet (AWS::SNS::Topic)',
      'CREATE_COMPLETE Net (AWS::CloudFormation::Stack)',
      'CREATE_COMPLETE app (AWS::CloudFormation::Stack)',
    ]);
    // Polls 1.5 s apart (a nested read ≥ 1 s after the root read); the root stack's terminal event is
    // confirmed by DescribeStacks at once; the last sweep reads the nested stack only (nothing follows the
    // root stack's terminal event on the root stack).
    expect(calls).toEqual([
      '0 events root',
      '1500 events root',
      '2500 events nested',
      '4000 events root',
      '5000 events nested',
      '6500 events root',
      '7500 events nested',
      '9000 events root',
      '9000 stacks',
      '10000 events nested',
    ]);
  });

  it('a failing monitoring call is a warning and the watch goes on', async () => {
    const t = fakeTime();
    const pacer = new Pacer({ clock: t.clock, sleep: t.sleep });
    const log = new MemoryLogger();
    cfMock
      .on(DescribeStackEventsCommand)
      .rejectsOnce(Object.assign(new Error('User is not authorized'), { name: 'AccessDenied' }))
      .resolves({ StackEvents: [stackEv('UPDATE_COMPLETE')] });
    cfMock.on(DescribeStacksCommand).resolves({
      Stacks: [
        { StackId: ROOT, StackName: 'app', CreationTime: new Date(0), StackStatus: 'UPDATE_COMPLETE' },
      ],
    });
    const r = await watchStack({
      cf: new CloudFormationClient({ region: 'us-east-1' }),
      pacer,
      logger: log,
      rootStackName: 'app',
      stackId: ROOT,
      tokens: new Set([TOKEN]),
      baselineEventId: undefined,
      deadline: 600_000,
    });
    expect(r.status).toBe('UPDATE_COMPLETE');
    expect(r.monitorErrors).toBe(1);
    expect(log.messages('warning')).toEqual([
      'DescribeStackEvents failed (AccessDenied: User is not authorized); monitoring goes on.',
    ]);
  });

  /** The progress lines of a watch whose stack is UPDATE_IN_PROGRESS until 70 s, events as `events(at)` gives them. */
  async function progressLines(events: (at: number) => StackEvent[]): Promise<string[]> {
    const t = fakeTime();
    const log = new MemoryLogger();
    cfMock.on(DescribeStackEventsCommand).callsFake(() => ({ StackEvents: events(t.at()) }));
    cfMock.on(DescribeStacksCommand).callsFake(() => ({
      Stacks: [
        {
          StackId: ROOT,
          StackName: 'app',
          CreationTime: new Date(0),
          StackStatus: t.at() > 70_000 ? 'UPDATE_COMPLETE' : 'UPDATE_IN_PROGRESS',
        },
      ],
    }));
    await watchStack({
      cf: new CloudFormationClient({ region: 'us-east-1' }),
      pacer: new Pacer({ clock: t.clock, sleep: t.sleep }),
      logger: log,
      rootStackName: 'app',
      stackId: ROOT,
      tokens: new Set([TOKEN]),
      baselineEventId: undefined,
      deadline: 600_000,
    });
    return log.messages('info').filter((m) => m.startsWith('…'));
  }

  it('logs a progress line while the stack is quiet', async () => {
    const done = stackEv('UPDATE_COMPLETE');
    expect(await progressLines((at) => (at > 70_000 ? [done] : []))).toEqual([
      expect.stringMatching(/^… app: UPDATE_IN_PROGRESS after 3\ds \(0 events\)$/),
      expect.stringMatching(/^… app: UPDATE_IN_PROGRESS after 1m\ds \(0 events\)$/),
    ]);
  });

  it('the progress line counts the events read so far: one event, then several', async () => {
    const [started, topic, done] = [
      stackEv('UPDATE_IN_PROGRESS'),
      ev(ROOT, 'T', 'UPDATE_IN_PROGRESS'),
      stackEv('UPDATE_COMPLETE'),
    ];
    const events = (at: number) =>
      at > 70_000 ? [done, topic, started] : at > 40_000 ? [topic, started] : [started];
    expect(await progressLines(events)).toEqual([
      expect.stringMatching(/^… app: UPDATE_IN_PROGRESS after 3\ds \(1 event\)$/),
      expect.stringMatching(/^… app: UPDATE_IN_PROGRESS after 1m\ds \(2 events\)$/),
    ]);
  });

  /**
   * A scripted stack on the fake clock: the root's CREATE_IN_PROGRESS at 0, then `resources` resources each
   * IN_PROGRESS and COMPLETE one step apart, then the root's terminal event; DescribeStacks answers the status
   * of the moment (or `lagMs` later). ExecuteChangeSet is the pacer's first call, at 0.
   */
  async function scripted(o: {
    resources: number;
    stepMs: number;
    offsetMs?: number;
    lagMs?: number;
    final?: string[];
  }) {
    const t = fakeTime();
    const pacer = new Pacer({ clock: t.clock, sleep: t.sleep });
    const start = o.offsetMs ?? 0;
    const timeline: { at: number; e: StackEvent }[] = [{ at: start, e: stackEv('CREATE_IN_PROGRESS') }];
    for (let i = 0; i < o.resources; i++) {
      timeline.push({ at: start + (2 * i + 1) * o.stepMs, e: ev(ROOT, `Q${i}`, 'CREATE_IN_PROGRESS') });
      timeline.push({ at: start + (2 * i + 2) * o.stepMs, e: ev(ROOT, `Q${i}`, 'CREATE_COMPLETE') });
    }
    let at = start + (2 * o.resources + 1) * o.stepMs;
    const terminalAt = at;
    for (const status of o.final ?? ['CREATE_COMPLETE']) {
      timeline.push({ at, e: stackEv(status) });
      at += o.stepMs;
    }
    const last = (timeline.at(-1) as { at: number }).at;
    const calls: { at: number; op: string }[] = [];
    await pacer.call(async () => {
      calls.push({ at: t.at(), op: 'ExecuteChangeSet' });
    });
    cfMock.on(DescribeStackEventsCommand).callsFake(() => {
      calls.push({ at: t.at(), op: 'DescribeStackEvents' });
      const visible = timeline.filter((x) => x.at <= t.at()).map((x) => x.e);
      return { StackEvents: visible.reverse() };
    });
    let confirmedAt: number | undefined;
    cfMock.on(DescribeStacksCommand).callsFake(() => {
      calls.push({ at: t.at(), op: 'DescribeStacks' });
      const status =
        t.at() >= last + (o.lagMs ?? 0)
          ? (timeline.at(-1) as { e: StackEvent }).e.ResourceStatus
          : 'CREATE_IN_PROGRESS';
      if (status !== 'CREATE_IN_PROGRESS') confirmedAt ??= t.at();
      return {
        Stacks: [{ StackId: ROOT, StackName: 'app', CreationTime: new Date(0), StackStatus: status }],
      };
    });
    const log = new MemoryLogger();
    const r = await watchStack({
      cf: new CloudFormationClient({ region: 'us-east-1' }),
      pacer,
      logger: log,
      rootStackName: 'app',
      stackId: ROOT,
      tokens: new Set([TOKEN]),
      baselineEventId: undefined,
      deadline: 3_600_000,
    });
    return { r, calls, terminalAt, last, confirmedAt: confirmedAt as number, log };
  }

  // The bench's 20-resource deploy (steps of 250, 750, 1500 ms) and longer ones, at several phases of the
  // poll rhythm relative to the stack.
  it.each([
    [250, 0],
    [250, 400],
    [250, 1100],
    [750, 0],
    [750, 700],
    [1500, 0],
    [1500, 1400],
    [6000, 300],
  ])(
    '20 resources, %i ms per event, stack starting %i ms after execute: ≤ 1 call per second, done ≤ 2 s after',
    async (stepMs, offsetMs) => {
      const { r, calls, terminalAt, confirmedAt, log } = await scripted({ resources: 20, stepMs, offsetMs });
      expect(r).toMatchObject({ status: 'CREATE_COMPLETE', timedOut: false, monitorErrors: 0 });
      expect(r.events).toHaveLength(42);
      expect(log.messages('info').filter((m) => !m.startsWith('…'))).toHaveLength(42);
      // Stack time runs from ExecuteChangeSet to the terminal status; every call up to the confirmation counts.
      const during = calls.filter((c) => c.at <= confirmedAt);
      expect(during.length).toBeLessThanOrEqual(terminalAt / 1000);
      expect(confirmedAt - terminalAt).toBeLessThanOrEqual(2000);
      // After the confirmation at most one last event read (none when the terminal event came first; one when
      // the 30 s safety-net DescribeStacks saw the status before the events did).
      expect(calls.filter((c) => c.at > confirmedAt).length).toBeLessThanOrEqual(1);
    },
  );

  it('DescribeStacks lagging behind the terminal event is asked again on the next poll, not 30 s later', async () => {
    const { r, calls, last, confirmedAt } = await scripted({ resources: 2, stepMs: 500, lagMs: 2500 });
    expect(r.status).toBe('CREATE_COMPLETE');
    const stacks = calls.filter((c) => c.op === 'DescribeStacks').map((c) => c.at);
    expect(stacks.length).toBeGreaterThanOrEqual(2);
    expect(confirmedAt - (last + 2500)).toBeLessThanOrEqual(1750);
  });

  it('a failed first create deleted by CloudFormation: the watch goes on past ROLLBACK_COMPLETE', async () => {
    const { r, log } = await scripted({
      resources: 1,
      stepMs: 1000,
      final: ['ROLLBACK_IN_PROGRESS', 'ROLLBACK_COMPLETE', 'DELETE_IN_PROGRESS', 'DELETE_COMPLETE'],
    });
    expect(r.status).toBe('DELETE_COMPLETE');
    expect(log.messages('info').map((m) => m.slice(9))).toEqual([
      'CREATE_IN_PROGRESS app (AWS::CloudFormation::Stack)',
      'CREATE_IN_PROGRESS Q0 (AWS::SNS::Topic)',
      'CREATE_COMPLETE Q0 (AWS::SNS::Topic)',
      'ROLLBACK_IN_PROGRESS app (AWS::CloudFormation::Stack)',
      'ROLLBACK_COMPLETE app (AWS::CloudFormation::Stack)',
      'DELETE_IN_PROGRESS app (AWS::CloudFormation::Stack)',
      'DELETE_COMPLETE app (AWS::CloudFormation::Stack)',
    ]);
  });
});
