/**
 * The fake GitHub API (see ./types.ts): a loopback HTTP server that validates every request against
 * GitHub's OpenAPI description, keeps comments, labels, check runs and SARIF uploads in memory, pages like
 * GitHub, answers the GraphQL `minimizeComment` mutation, and injects faults on request.
 *
 *   const gh = await startFakeGitHub();
 *   gh.fault(secondaryRateLimit({ method: 'POST', path: /\/comments$/ }));
 *   const r = await runBundle('terraform-plan', { githubApiUrl: gh.url, inputs });   // or fakeClient(gh)
 *   expect(gh.rejected).toEqual([]);                       // every request matched GitHub's description
 *   expect(gh.issueComments(42).map((c) => c.body)).toEqual([...]);
 *   await gh.close();
 *
 * Implemented operations are in ./rest.ts; a valid operation not implemented there answers 404 and lands in
 * `rejected` with a hint. The OpenAPI index is built once from @octokit/openapi and cached (./openapi.ts).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGitHubClient, type GitHubClient } from '@pipewright/shared/github';
import type { Logger } from '@pipewright/shared/log';
import { FULL_NAME } from '../events.ts';
import { executeGraphql } from './minimize.ts';
import { matchRoute, validateBody, validateParams, validateResponse } from './openapi.ts';
import { handlers, type RestReply } from './rest.ts';
import { FakeState } from './state.ts';
import type { FakeGitHub, FakePullRequest, Fault, Hold, RecordedRequest, StoredComment } from './types.ts';
import { describeThrown } from '@pipewright/shared/action';

export type * from './types.ts';

const DOCS = 'https://docs.github.com/rest';
const WRITE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

interface Reply extends RestReply {
  /** Why the request does not match GitHub's API (or the fake's); the request goes to `rejected`. */
  problem?: string;
}

const error = (status: number, message: string, problem?: string, extra: object = {}): Reply => ({
  status,
  body: { message, documentation_url: DOCS, status: String(status), ...extra },
  ...(problem ? { problem } : {}),
});

function defaultFaultBody(status: number): unknown {
  if (status === 429)
    return { message: 'API rate limit exceeded for installation.', documentation_url: DOCS };
  if (status >= 500) return { message: 'Server Error' };
  return { message: `fault ${status}`, documentation_url: DOCS };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A 5xx for the next `times` matching requests. */
export function serverError(match: Pick<Fault, 'method' | 'path'>, times = 1, status = 502): Fault {
  return { ...match, status, times };
}

/**
 * 429 with Retry-After (seconds) as GitHub sends it when the primary rate limit is spent:
 * x-ratelimit-remaining 0 and x-ratelimit-reset `retryAfterS` seconds from when the fault is queued.
 * (GitHub's other 429 is the secondary rate limit: `secondaryRateLimit(match, times, s, 429)`.)
 */
export function tooManyRequests(match: Pick<Fault, 'method' | 'path'>, times = 1, retryAfterS = 1): Fault {
  const reset = String(Math.floor(Date.now() / 1000) + retryAfterS);
  return {
    ...match,
    status: 429,
    times,
    headers: {
      'retry-after': String(retryAfterS),
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': reset,
    },
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url: DOCS,
      status: '429',
    },
  };
}

/** GitHub's secondary rate limit: 403 (or 429), its message, Retry-After (seconds). */
export function secondaryRateLimit(
  match: Pick<Fault, 'method' | 'path'>,
  times = 1,
  retryAfterS = 60,
  status: 403 | 429 = 403,
): Fault {
  return {
    ...match,
    status,
    times,
    headers: { 'retry-after': String(retryAfterS), 'x-ratelimit-remaining': '4000' },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: String(status),
    },
  };
}

/** Serves matching requests normally, after `delayMs`. */
export function slow(match: Pick<Fault, 'method' | 'path'>, delayMs: number, times = 1): Fault {
  return { ...match, status: 200, times, delayMs };
}

interface PendingHold {
  method?: string;
  path?: RegExp;
  reached: (r: RecordedRequest) => void;
  released: Promise<void>;
  taken: boolean;
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const rejected: RecordedRequest[] = [];
  const faults: Fault[] = [];
  const holds: PendingHold[] = [];
  let readOnly = false;
  const state = new FakeState();

  const matches = (m: { method?: string; path?: RegExp }, method: string, pathname: string) =>
    (!m.method || m.method.toUpperCase() === method) && (!m.path || m.path.test(pathname));

  const takeFault = (method: string, pathname: string): Fault | undefined => {
    const f = faults.find((x) => x.times > 0 && matches(x, method, pathname));
    if (f) f.times--;
    return f;
  };

  const faultReply = (f: Fault): Reply => ({
    status: f.status,
    body: f.body ?? defaultFaultBody(f.status),
    headers: f.headers ?? {},
  });

  async function dispatch(
    req: http.IncomingMessage,
    method: string,
    url: URL,
    raw: string,
    rec: RecordedRequest,
  ): Promise<Reply> {
    const s = state;
    let body: unknown;
    let parsed = true;
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        parsed = false;
      }
    }
    rec.body = parsed ? body : raw;
    const authorized = typeof req.headers.authorization === 'string' && req.headers.authorization !== '';

    if (url.pathname === '/graphql') {
      if (method !== 'POST') return error(404, 'Not Found', `${method} /graphql: GraphQL takes only POST`);
      const q = body as { query?: unknown; variables?: unknown } | undefined;
      if (!parsed || !q || typeof q !== 'object' || typeof q.query !== 'string')
        return error(
          400,
          'Problems parsing JSON',
          'a GraphQL request body is {"query": "...", "variables": {...}}',
        );
      if (!authorized) return error(401, 'This endpoint requires you to be authenticated.');
      const fault = takeFault(method, url.pathname);
      if (fault?.delayMs) await sleep(fault.delayMs);
      if (fault && fault.status >= 400 && !fault.afterWrite) return faultReply(fault);
      const result = executeGraphql(s, q as { query: string; variables?: Record<string, unknown> }, readOnly);
      if (fault && fault.status >= 400) return faultReply(fault);
      return { status: 200, body: result.body, ...(result.problem ? { problem: result.problem } : {}) };
    }

    const m = matchRoute(url.pathname);
    if (!m) return error(404, 'Not Found', `no path of GitHub's REST API matches ${url.pathname}`);
    const op = m.route.methods.get(method);
    if (!op)
      return error(
        404,
        'Not Found',
        `${method} is not an operation of ${m.route.template} (it has ${[...m.route.methods.keys()].join(', ')})`,
      );
    const key = `${m.route.template} ${method}`;
    rec.operation = key;
    const query: Record<string, string | string[]> = {};
    for (const [k, v] of url.searchParams) {
      const prev = query[k];
      query[k] = prev === undefined ? v : [...(Array.isArray(prev) ? prev : [prev]), v];
    }
    const pp = validateParams(key, op, m.params, query);
    if (pp?.where === 'path') return error(404, 'Not Found', `${op.operationId}: ${pp.message}`);
    if (pp) return error(400, `Invalid request.\n\n${pp.message}`, `${op.operationId}: ${pp.message}`);
    if (!parsed) return error(400, 'Problems parsing JSON', `${op.operationId}: the body is not JSON`);
    const bp = validateBody(key, op, body, raw.trim() !== '');
    if (bp) return error(422, `Invalid request.\n\n${bp}`, `${op.operationId}: ${bp}`);

    const write = WRITE.has(method);
    if (write && !authorized) return error(401, 'Requires authentication');
    const fault = takeFault(method, url.pathname);
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault && fault.status >= 400 && !fault.afterWrite) return faultReply(fault);
    if (readOnly && write) return error(403, 'Resource not accessible by integration');
    if (
      m.params.owner !== undefined &&
      `${m.params.owner}/${m.params.repo}`.toLowerCase() !== FULL_NAME.toLowerCase()
    )
      return error(404, 'Not Found');
    const handler = handlers[key];
    if (!handler)
      return error(
        404,
        `Not Found (the fake GitHub does not implement ${op.operationId})`,
        `${op.operationId} (${key}) is valid but not implemented by the fake; add it to packages/testkit/src/github-fake/rest.ts`,
      );
    const reply = handler(s, {
      params: m.params,
      query,
      body: (body ?? {}) as Record<string, unknown>,
      selfUrl: `${s.api}${url.pathname}`,
    });
    if (fault && fault.status >= 400) return faultReply(fault);
    return reply;
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const method = (req.method ?? 'GET').toUpperCase();
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const rec: RecordedRequest = {
          method,
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          body: undefined,
          status: 0,
        };
        requests.push(rec);
        let reply: Reply;
        try {
          reply = await dispatch(req, method, url, Buffer.concat(chunks).toString('utf8'), rec);
        } catch (e) {
          reply = error(
            500,
            `fake GitHub bug: ${(e as Error).stack}`,
            `fake GitHub bug: ${describeThrown(e)}`,
          );
        }
        rec.status = reply.status;
        rec.response = reply.body;
        if (reply.problem) {
          rec.problem = reply.problem;
          rejected.push(rec);
        }
        const hold = holds.find((h) => !h.taken && matches(h, method, url.pathname));
        if (hold) {
          hold.taken = true;
          hold.reached(rec);
          await hold.released;
        }
        const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
        res.writeHead(reply.status, {
          ...(payload ? { 'content-type': 'application/json; charset=utf-8' } : {}),
          'x-github-media-type': 'github.v3; format=json',
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '4999',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
          'x-github-request-id': `FAKE:${requests.length}`,
          ...reply.headers,
        });
        res.end(payload);
      })();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.api = api;
  const s = state;

  const clone = <T>(x: T): T => structuredClone(x);
  return {
    url: api,
    async close() {
      for (const h of holds) h.taken = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
    issueComments: (n: number): StoredComment[] => clone(s.comments.get(n) ?? []),
    labels: (n: number): string[] => [...(s.labels.get(n) ?? [])],
    get sarifUploads() {
      return s.sarifUploads.map(({ commit_sha, ref, sarif }) => ({ commit_sha, ref, sarif }));
    },
    get checkRuns() {
      return clone(s.checkRuns);
    },
    get statuses() {
      return clone(s.statuses);
    },
    requests,
    rejected,
    seedComments(n: number, bodies: string[], login = 'octocat'): StoredComment[] {
      const user = { login, id: 1000 + login.length, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
      return bodies.map((b) => clone(s.addComment(n, b, user)));
    },
    seedLabels(n: number, names: string[]) {
      s.addLabels(n, names);
    },
    fault(f: Fault) {
      faults.push({ ...f });
    },
    setReadOnly(on: boolean) {
      readOnly = on;
    },
    setPullsForCommit(sha: string, prNumbers: number[]) {
      s.pullsForCommit.set(sha, [...prNumbers]);
    },
    addPullRequest(pr: Partial<FakePullRequest> & { number: number }): FakePullRequest {
      return clone(s.addPullRequest(pr));
    },
    hold(match: { method?: string; path?: RegExp }): Hold {
      let reached!: (r: RecordedRequest) => void;
      let release!: () => void;
      const reachedP = new Promise<RecordedRequest>((r) => (reached = r));
      const released = new Promise<void>((r) => (release = r));
      holds.push({ ...match, reached, released, taken: false });
      return { reached: reachedP, release };
    },
  };
}

/**
 * An Octokit client (createGitHubClient, exactly as the actions build it) pointed at the fake, with retry
 * and Retry-After delays in milliseconds instead of seconds and without the throttling plugin's 1–3 s
 * spacing between writes, so unit tests stay fast.
 */
export function fakeClient(
  gh: Pick<FakeGitHub, 'url'>,
  o: { logger?: Logger; retries?: number; token?: string } = {},
): GitHubClient {
  return createGitHubClient({
    token: o.token ?? 'ghs_fakeTokenForTests0123456789',
    baseUrl: gh.url,
    retryAfterBaseMs: 1,
    spaceWrites: false,
    ...(o.logger ? { logger: o.logger } : {}),
    ...(o.retries !== undefined ? { retries: o.retries } : {}),
  });
}

/**
 * Where the fake's own 2xx answers differ from GitHub's description of them (the fake's self-check, for
 * its tests): one line per recorded request whose response does not match.
 */
export function responseProblems(gh: Pick<FakeGitHub, 'requests'>): string[] {
  const keys = Object.keys(handlers);
  return gh.requests.flatMap((r) => {
    if (!r.operation || r.status < 200 || r.status >= 300) return [];
    const problem = validateResponse(keys, r.operation, r.status, r.response);
    return problem ? [`${r.operation} ${r.status}: ${problem}`] : [];
  });
}
