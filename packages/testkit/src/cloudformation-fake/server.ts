/**
 * A fault-injecting CloudFormation fake for what moto cannot do: scripted resource failures with
 * rollbacks and their events, throttling storms, slow stacks, and the awkward starting states
 * (REVIEW_IN_PROGRESS, ROLLBACK_COMPLETE, UPDATE_ROLLBACK_FAILED, busy stacks). It speaks awsQuery on
 * loopback, like the real endpoint, and records every request body for assertions.
 *
 *   const cfn = await startFakeCloudFormation({ stacks: [...], scripts: { app: { failResource: 'Db' } } });
 *   runBundle('deploy-stack', { inputs: { endpoint: cfn.url, ... } });
 *   cfn.requests.filter((r) => r.action === 'CreateChangeSet')[0].params.OnStackFailure === 'DELETE'
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedStack, type ScriptedStack, type SimStack, type StackScript } from './model.ts';
import { findStack, OPERATIONS, type World } from './operations.ts';
import { ApiError, errorResponse, okResponse, parseForm, type Form } from './wire.ts';

export { NO_CHANGES_SAM, NO_CHANGES_USUAL, type ScriptedStack, type StackScript } from './model.ts';

export interface FakeCloudFormationOptions {
  stacks?: ScriptedStack[];
  /** Per stack name: how its operations go. */
  scripts?: Record<string, StackScript>;
  /** Time per resource step (default 40 ms). */
  stepMs?: number;
  /** How long a change set stays CREATE_IN_PROGRESS (default 100 ms). */
  changeSetDelayMs?: number;
  /** Throttling storm: every `every`-th call (of `actions`, default all) answers Throttling, `limit` times in all. */
  throttle?: { every: number; limit?: number; actions?: string[] };
  /**
   * Faults for given actions: the next `times` calls answer `status` with `code` — or, with `network`, get no
   * answer at all (the connection is dropped, as by a proxy or a reset).
   */
  faults?: FakeFault[];
  /** Templates served by TemplateURL (the fake fetches nothing). */
  templatesByUrl?: Record<string, string>;
  /** DescribeStackEvents page size (CloudFormation's is 100). */
  eventPageSize?: number;
}

export type FakeFault =
  | { action: string; times: number; code: string; status: number; message?: string; network?: never }
  | { action: string; times: number; network: true };

export interface RecordedCall {
  action: string;
  params: Form;
  /** The raw form body as the client sent it. */
  body: string;
  status: number;
  /** The error code answered, if any. */
  error?: string;
  at: number;
}

export interface FakeCloudFormation {
  url: string;
  requests: RecordedCall[];
  /** Calls of one action that succeeded, their parameters. */
  calls(action: string): Form[];
  stack(nameOrId: string): SimStack | undefined;
  /** Every stack ever created, deleted ones too. */
  stacks(): SimStack[];
  /** The change sets that exist now (name, stack, status), of every stack. */
  changeSets(): { name: string; stackId: string; status: string; executionStatus: string }[];
  script(stackName: string, s: StackScript): void;
  /** The stack changes out of band (e.g. a direct UpdateStack): its executable change sets become OBSOLETE. */
  obsolete(stackName: string): void;
  close(): Promise<void>;
}

export async function startFakeCloudFormation(
  o: FakeCloudFormationOptions = {},
): Promise<FakeCloudFormation> {
  const now = () => Date.now();
  const world: World = {
    stacks: (o.stacks ?? []).map((s) => seedStack(s, now())),
    changeSets: [],
    scripts: { ...(o.scripts ?? {}) },
    stepMs: o.stepMs ?? 40,
    changeSetDelayMs: o.changeSetDelayMs ?? 100,
    templatesByUrl: o.templatesByUrl ?? {},
    eventPageSize: o.eventPageSize ?? 100,
    now,
  };
  const requests: RecordedCall[] = [];
  const faults = (o.faults ?? []).map((f) => ({ ...f }));
  let counted = 0;
  let throttled = 0;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const form = parseForm(body);
      const action = form.Action ?? '';
      const requestId = randomUUID();
      const answer = (status: number, xml: string, error?: string) => {
        requests.push({ action, params: form, body, status, ...(error ? { error } : {}), at: now() });
        res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId });
        res.end(xml);
      };
      try {
        if (req.method !== 'POST' || form.Version !== '2010-05-15')
          throw new ApiError(
            'InvalidAction',
            `expected an awsQuery POST with Version=2010-05-15, got ${req.method} ${action}`,
          );
        const t = o.throttle;
        if (t && (!t.actions || t.actions.includes(action))) {
          counted++;
          if (counted % t.every === 0 && (t.limit === undefined || throttled < t.limit)) {
            throttled++;
            throw new ApiError('Throttling', 'Rate exceeded');
          }
        }
        const fault = faults.find((f) => f.action === action && f.times > 0);
        if (fault) {
          fault.times--;
          if (fault.network) {
            requests.push({ action, params: form, body, status: 0, error: 'network', at: now() });
            req.socket.destroy();
            return;
          }
          throw new ApiError(fault.code, fault.message ?? `injected ${fault.code}`, fault.status);
        }
        const op = OPERATIONS[action];
        if (!op) throw new ApiError('InvalidAction', `The fake does not implement ${action}`);
        answer(200, okResponse(action, op(world, form), requestId));
      } catch (e) {
        if (e instanceof ApiError) answer(e.status, errorResponse(e.code, e.message, requestId), e.code);
        else
          answer(
            500,
            errorResponse('InternalFailure', (e as Error).stack ?? String(e), requestId),
            'InternalFailure',
          );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    calls: (action) => requests.filter((r) => r.action === action && r.status === 200).map((r) => r.params),
    stack: (nameOrId) => findStack(world, nameOrId) ?? world.stacks.find((s) => s.name === nameOrId),
    stacks: () => world.stacks,
    changeSets: () =>
      world.changeSets.map((c) => ({
        name: c.name,
        stackId: c.stackId,
        status: c.status,
        executionStatus: c.executionStatus,
      })),
    script: (name, s) => {
      world.scripts[name] = s;
    },
    obsolete: (name) => {
      const id = findStack(world, name)?.id;
      for (const c of world.changeSets)
        if (c.stackId === id && c.executionStatus === 'AVAILABLE') c.executionStatus = 'OBSOLETE';
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
