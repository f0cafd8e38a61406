import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import {
  fakeClient,
  responseProblems,
  secondaryRateLimit,
  serverError,
  slow,
  startFakeGitHub,
  tooManyRequests,
  type FakeGitHub,
} from '@pipewright/testkit/github-fake/server';
import { HEAD_SHA, REPO } from '@pipewright/testkit';
import { handlers } from '@pipewright/testkit/github-fake/rest';

const R = `/repos/${REPO.owner}/${REPO.repo}`;
const MINIMIZE =
  'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized minimizedReason } } }';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
  expect(responseProblems(gh)).toEqual([]); // every 2xx answer matches GitHub's description of it
});

/** A raw request, so the test controls exactly what goes on the wire. */
async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const r = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: 'token ghs_test', 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await r.text();
  return {
    status: r.status,
    headers: r.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}

describe('validation against the OpenAPI description', () => {
  it.each([
    [
      'a misspelt body property',
      'POST',
      `${R}/issues/42/comments`,
      { bodyy: 'x' },
      422,
      /"body" wasn't supplied.*"bodyy" is not a known property/,
    ],
    [
      'an unknown body property next to a valid one',
      'POST',
      `${R}/issues/42/comments`,
      { body: 'x', sticky: true },
      422,
      /"sticky" is not a known property/,
    ],
    [
      'a body property of the wrong type',
      'POST',
      `${R}/issues/42/comments`,
      { body: 5 },
      422,
      /body\/body must be string/,
    ],
    ['malformed JSON', 'POST', `${R}/issues/42/comments`, '{"body": ', 400, /not JSON/],
    [
      'a non-integer per_page',
      'GET',
      `${R}/issues/42/comments?per_page=abc`,
      undefined,
      400,
      /query parameter "per_page" must be integer/,
    ],
    [
      'an unknown query parameter',
      'GET',
      `${R}/issues/42/comments?pagee=2`,
      undefined,
      400,
      /unknown query parameter "pagee"/,
    ],
    [
      'a path that does not exist',
      'GET',
      `${R}/issuez/42/comments`,
      undefined,
      404,
      /no path of GitHub's REST API matches/,
    ],
    [
      'a wrong method',
      'PUT',
      `${R}/issues/42/comments`,
      { body: 'x' },
      404,
      /PUT is not an operation of \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments \(it has GET, POST\)/,
    ],
    [
      'a path parameter of the wrong type',
      'GET',
      `${R}/issues/forty-two/comments`,
      undefined,
      404,
      /path parameter "issue_number" must be integer/,
    ],
    [
      'an empty label list',
      'POST',
      `${R}/issues/42/labels`,
      { labels: [] },
      422,
      /must NOT have fewer than 1 items/,
    ],
    [
      'a SARIF upload with a short commit sha',
      'POST',
      `${R}/code-scanning/sarifs`,
      { commit_sha: 'abc', ref: 'refs/heads/main', sarif: 'x' },
      422,
      /commit_sha must NOT have fewer than 40 characters/,
    ],
    [
      'a check run with a misspelt nested property',
      'POST',
      `${R}/check-runs`,
      { name: 'x', head_sha: HEAD_SHA, output: { title: 't', summry: 's' } },
      422,
      /body\/output: "summry" is not a known property/,
    ],
    [
      'a body on an operation that takes none',
      'DELETE',
      `${R}/issues/42/labels/bug`,
      { force: true },
      422,
      /takes no request body/,
    ],
  ])('rejects %s', async (_name, method, path, body, status, problem) => {
    const r = await send(method, path, body);
    expect(r.status).toBe(status);
    expect(gh.rejected).toHaveLength(1);
    expect(gh.rejected[0]?.status).toBe(status);
    expect(gh.rejected[0]?.problem).toMatch(problem);
    expect(gh.issueComments(42)).toEqual([]);
    expect(gh.checkRuns).toEqual([]);
  });

  it.each([
    ['a comment', 'POST', `${R}/issues/42/comments`, { body: 'x' }, 201],
    ['a page of comments', 'GET', `${R}/issues/42/comments?per_page=100&page=2`, undefined, 200],
    ['labels', 'POST', `${R}/issues/42/labels`, { labels: ['a', { name: 'b' }] }, 200],
    [
      'a label name with a slash and a space',
      'DELETE',
      `${R}/issues/42/labels/${encodeURIComponent('size/x l')}`,
      undefined,
      404,
    ],
    [
      'a check run',
      'POST',
      `${R}/check-runs`,
      {
        name: 'x',
        head_sha: HEAD_SHA,
        status: 'completed',
        conclusion: 'success',
        output: { title: 't', summary: 's' },
      },
      201,
    ],
  ])('accepts %s', async (_name, method, path, body, status) => {
    const r = await send(method, path, body);
    expect(r.status).toBe(status);
    expect(gh.rejected).toEqual([]);
  });

  it('rejects through the real Octokit client too, as a RequestError GitHub-style', async () => {
    const client = fakeClient(gh);
    await expect(
      // the typo the type checker would catch, made the way untyped code (or a cast) makes it
      client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...REPO,
        issue_number: 42,
        bodyy: 'x',
      } as unknown as { owner: string; repo: string; issue_number: number; body: string }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('"bodyy" is not a known property'),
    });
    await expect(
      client.rest.issues.listComments({ ...REPO, issue_number: 42, per_page: 'abc' as unknown as number }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      client.request('GET /repos/{owner}/{repo}/no-such-thing', { ...REPO }),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect(gh.rejected.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `POST ${R}/issues/42/comments 422`,
      `GET ${R}/issues/42/comments 400`,
      `GET ${R}/no-such-thing 404`,
    ]);
  });

  it('accepts what Octokit sends for every operation the shared layer uses', async () => {
    const c = fakeClient(gh);
    const { data: created } = await c.rest.issues.createComment({ ...REPO, issue_number: 42, body: 'one' });
    await c.rest.issues.updateComment({ ...REPO, comment_id: created.id, body: 'two' });
    const list = await c.paginate(c.rest.issues.listComments, { ...REPO, issue_number: 42, per_page: 100 });
    await c.graphql(MINIMIZE, { id: created.node_id });
    await c.rest.issues.addLabels({ ...REPO, issue_number: 42, labels: ['plan: changes'] });
    await c.rest.issues.listLabelsOnIssue({ ...REPO, issue_number: 42 });
    await c.rest.issues.removeLabel({ ...REPO, issue_number: 42, name: 'plan: changes' });
    const { data: prs } = await c.rest.repos.listPullRequestsAssociatedWithCommit({
      ...REPO,
      commit_sha: HEAD_SHA,
    });
    const { data: pr } = await c.rest.pulls.get({ ...REPO, pull_number: 42 });
    const sarif = gzipSync('{"version":"2.1.0","runs":[]}').toString('base64');
    await c.rest.codeScanning.uploadSarif({ ...REPO, commit_sha: HEAD_SHA, ref: 'refs/pull/42/head', sarif });
    const { data: run } = await c.rest.checks.create({
      ...REPO,
      name: 'scan',
      head_sha: HEAD_SHA,
      status: 'in_progress',
    });
    await c.rest.checks.update({
      ...REPO,
      check_run_id: run.id,
      conclusion: 'success',
      output: { title: 't', summary: 's' },
    });
    await c.rest.issues.deleteComment({ ...REPO, comment_id: created.id });

    expect(gh.rejected).toEqual([]);
    expect(list.map((x) => x.body)).toEqual(['two']);
    expect(prs.map((p) => [p.number, p.head.sha, p.state])).toEqual([[42, HEAD_SHA, 'open']]);
    expect([pr.number, pr.head.ref, pr.base.ref, pr.head.repo?.full_name]).toEqual([
      42,
      'feature/x',
      'main',
      'octo-org/octo-repo',
    ]);
    expect(gh.labels(42)).toEqual([]);
    expect(gh.sarifUploads).toEqual([
      { commit_sha: HEAD_SHA, ref: 'refs/pull/42/head', sarif: '{"version":"2.1.0","runs":[]}' },
    ]);
    expect(gh.checkRuns.map((r) => [r.name, r.status, r.conclusion, r.output?.summary])).toEqual([
      ['scan', 'completed', 'success', 's'],
    ]);
    expect(gh.issueComments(42)).toEqual([]);
    expect(gh.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 201',
      'PATCH 200',
      'GET 200',
      'POST 200',
      'POST 200',
      'GET 200',
      'DELETE 200',
      'GET 200',
      'GET 200',
      'POST 202',
      'POST 201',
      'PATCH 200',
      'DELETE 204',
    ]);
  });

  it.each([
    [
      'null where the description says nullable',
      { title: null, body: null, milestone: null, state_reason: null },
      /is valid but not implemented/,
    ],
    ['null where it does not', { state: null }, /body\/state must be string/],
  ])('honours OpenAPI 3.0 nullable: %s', async (_n, body, problem) => {
    await send('PATCH', `${R}/issues/42`, body);
    expect(gh.rejected.map((r) => r.problem)).toEqual([expect.stringMatching(problem)]);
  });

  it('implements every operation in rest.ts with answers shaped as GitHub describes them', async () => {
    const c = fakeClient(gh);
    const [seeded] = gh.seedComments(42, ['x']);
    const id = seeded?.id as number;
    const sarif = gzipSync('{"version":"2.1.0","runs":[]}').toString('base64');
    await c.rest.repos.get({ ...REPO });
    await c.rest.issues.get({ ...REPO, issue_number: 42 });
    await c.rest.issues.get({ ...REPO, issue_number: 7 });
    await c.rest.issues.listComments({ ...REPO, issue_number: 42 });
    await c.rest.issues.createComment({ ...REPO, issue_number: 42, body: 'y' });
    await c.rest.issues.getComment({ ...REPO, comment_id: id });
    await c.rest.issues.updateComment({ ...REPO, comment_id: id, body: 'z' });
    await c.rest.issues.deleteComment({ ...REPO, comment_id: id });
    await c.rest.issues.addLabels({ ...REPO, issue_number: 42, labels: ['a', 'b'] });
    await c.rest.issues.setLabels({ ...REPO, issue_number: 42, labels: ['b', 'c'] });
    await c.rest.issues.listLabelsOnIssue({ ...REPO, issue_number: 42 });
    await c.rest.issues.removeLabel({ ...REPO, issue_number: 42, name: 'c' });
    await c.rest.repos.listPullRequestsAssociatedWithCommit({ ...REPO, commit_sha: HEAD_SHA });
    await c.rest.pulls.get({ ...REPO, pull_number: 42 });
    const { data: up } = await c.rest.codeScanning.uploadSarif({
      ...REPO,
      commit_sha: HEAD_SHA,
      ref: 'refs/heads/main',
      sarif,
    });
    await c.rest.codeScanning.getSarif({ ...REPO, sarif_id: up.id as string });
    const { data: run } = await c.rest.checks.create({ ...REPO, name: 'scan', head_sha: HEAD_SHA });
    await c.rest.checks.update({
      ...REPO,
      check_run_id: run.id,
      conclusion: 'failure',
      output: {
        title: 't',
        summary: 's',
        annotations: [
          { path: 'a.tf', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm' },
        ],
      },
    });
    await c.rest.checks.get({ ...REPO, check_run_id: run.id });
    await c.rest.repos.createCommitStatus({ ...REPO, sha: HEAD_SHA, state: 'success', context: 'canary' });

    expect(gh.rejected).toEqual([]);
    expect(new Set(gh.requests.map((r) => r.operation))).toEqual(new Set(Object.keys(handlers)));
    expect(gh.labels(42)).toEqual(['b']);
    expect(gh.checkRuns.map((r) => [r.status, r.conclusion, r.output?.annotations?.length])).toEqual([
      ['completed', 'failure', 1],
    ]);
    expect(gh.statuses).toEqual([{ sha: HEAD_SHA, state: 'success', context: 'canary' }]);
  });

  it('answers another repository with 404 Not Found', async () => {
    const r = await send('GET', '/repos/someone/else/issues/42/comments');
    expect(r.status).toBe(404);
    expect(gh.rejected).toEqual([]);
  });

  it('refuses writes without a token', async () => {
    const r = await send('POST', `${R}/issues/42/comments`, { body: 'x' }, { authorization: '' });
    expect(r.status).toBe(401);
    expect(gh.issueComments(42)).toEqual([]);
  });

  it('records a valid operation it does not implement as rejected, with a hint', async () => {
    const r = await send('GET', `${R}/releases/latest`);
    expect(r.status).toBe(404);
    expect(gh.rejected[0]?.problem).toMatch(
      /repos\/get-latest-release .* is valid but not implemented by the fake/,
    );
  });
});

describe('state', () => {
  it('keeps comments with GitHub-shaped ids, node ids, urls and authors', async () => {
    const [seeded] = gh.seedComments(7, ['by someone']);
    const r = await send('POST', `${R}/issues/42/comments`, { body: 'ours' });
    expect(r.body).toMatchObject({
      body: 'ours',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: `https://github.com/octo-org/octo-repo/pull/42#issuecomment-${r.body?.id}`,
    });
    expect(r.body?.id).toBeGreaterThan(2 ** 31);
    expect(r.body?.node_id).not.toBe(seeded?.node_id);
    expect(seeded).toMatchObject({ body: 'by someone', user: { login: 'octocat', type: 'User' } });
    expect(seeded?.html_url).toMatch(/\/issues\/7#issuecomment-\d+$/);
    expect(gh.issueComments(42).map((c) => c.body)).toEqual(['ours']);
  });

  it('refuses a comment over 65,536 characters and a label over 50, as GitHub does', async () => {
    expect((await send('POST', `${R}/issues/42/comments`, { body: 'x'.repeat(65537) })).status).toBe(422);
    expect((await send('POST', `${R}/issues/42/comments`, { body: 'x'.repeat(65536) })).status).toBe(201);
    expect((await send('POST', `${R}/issues/42/labels`, { labels: ['l'.repeat(51)] })).status).toBe(422);
    expect(gh.labels(42)).toEqual([]);
  });

  it('rejects a SARIF upload that is not gzip + base64', async () => {
    const r = await send('POST', `${R}/code-scanning/sarifs`, {
      commit_sha: HEAD_SHA,
      ref: 'refs/heads/main',
      sarif: Buffer.from('{"version":"2.1.0","runs":[]}').toString('base64'),
    });
    expect(r.status).toBe(400);
    expect(gh.sarifUploads).toEqual([]);
  });
});

describe('pagination like GitHub', () => {
  beforeEach(() => {
    gh.seedComments(
      42,
      Array.from({ length: 250 }, (_, i) => `c${i}`),
    );
  });

  it('pages with per_page and page and links next/last, then prev/first', async () => {
    const first = await send('GET', `${R}/issues/42/comments?per_page=100`);
    expect((first.body as unknown as unknown[]).length).toBe(100);
    expect(first.headers.get('link')).toBe(
      `<${gh.url}${R}/issues/42/comments?per_page=100&page=2>; rel="next", <${gh.url}${R}/issues/42/comments?per_page=100&page=3>; rel="last"`,
    );
    const last = await send('GET', `${R}/issues/42/comments?per_page=100&page=3`);
    expect((last.body as unknown as { body: string }[]).map((c) => c.body)).toEqual(
      Array.from({ length: 50 }, (_, i) => `c${200 + i}`),
    );
    expect(last.headers.get('link')).toBe(
      `<${gh.url}${R}/issues/42/comments?per_page=100&page=2>; rel="prev", <${gh.url}${R}/issues/42/comments?per_page=100&page=1>; rel="first"`,
    );
  });

  it.each([
    ['no per_page (30)', '', 30],
    ['per_page over 100 (clamped to 100)', '?per_page=500', 100],
    ['a page past the end', '?per_page=100&page=9', 0],
  ])('%s', async (_n, q, count) => {
    const r = await send('GET', `${R}/issues/42/comments${q}`);
    expect((r.body as unknown as unknown[]).length).toBe(count);
  });

  it("is followed by Octokit's paginate, in order, in three requests", async () => {
    const c = fakeClient(gh);
    const all = await c.paginate(c.rest.issues.listComments, { ...REPO, issue_number: 42, per_page: 100 });
    expect(all.map((x) => x.body)).toEqual(Array.from({ length: 250 }, (_, i) => `c${i}`));
    expect(gh.requests.map((r) => r.query)).toEqual([
      { per_page: '100' },
      { per_page: '100', page: '2' },
      { per_page: '100', page: '3' },
    ]);
    expect(gh.rejected).toEqual([]);
  });
});

describe('GraphQL minimizeComment', () => {
  it.each([
    ['a variable', MINIMIZE, 'OUTDATED', 'outdated'],
    [
      'an inline enum',
      'mutation { minimizeComment(input: {subjectId: "$NODE", classifier: OFF_TOPIC}) { minimizedComment { isMinimized minimizedReason } } }',
      undefined,
      'off-topic',
    ],
    [
      'a variable for the classifier',
      'mutation($id: ID!, $c: ReportedContentClassifiers!) { minimizeComment(input: {subjectId: $id, classifier: $c}) { minimizedComment { isMinimized minimizedReason } } }',
      'RESOLVED',
      'resolved',
    ],
  ])('minimizes by node id with %s', async (_n, query, classifier, reason) => {
    const [c] = gh.seedComments(42, ['old']);
    const r = await send('POST', '/graphql', {
      query: query.replace('$NODE', c?.node_id ?? ''),
      variables: { id: c?.node_id, ...(classifier ? { c: classifier } : {}) },
    });
    expect(r.body).toEqual({
      data: { minimizeComment: { minimizedComment: { isMinimized: true, minimizedReason: reason } } },
    });
    expect(gh.issueComments(42)[0]).toMatchObject({ minimized: true, minimizedReason: reason });
    expect(gh.rejected).toEqual([]);
  });

  it.each([
    [
      'a classifier GitHub does not have',
      'mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: STALE}) { clientMutationId } }',
      /invalid value \("STALE"\)/,
    ],
    [
      'a quoted enum',
      'mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: "OUTDATED"}) { clientMutationId } }',
      /invalid value \("OUTDATED"\)/,
    ],
    [
      'an unknown input field',
      'mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED, reason: "x"}) { clientMutationId } }',
      /doesn't accept argument 'reason'/,
    ],
    [
      'an unknown mutation',
      'mutation($id: ID!) { hideComment(input: {subjectId: $id}) { clientMutationId } }',
      /Field 'hideComment' doesn't exist on type 'Mutation'/,
    ],
    [
      'an unknown result field',
      'mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED}) { minimizedComment { hidden } } }',
      /Field 'hidden' doesn't exist/,
    ],
    [
      'a syntax error',
      'mutation($id: ID!) { minimizeComment(input: {subjectId: $id classifier: OUTDATED}) { clientMutationId }',
      /Parse error/,
    ],
  ])('rejects %s', async (_n, query, message) => {
    const [c] = gh.seedComments(42, ['old']);
    const r = await send('POST', '/graphql', { query, variables: { id: c?.node_id } });
    expect(r.status).toBe(200);
    expect((r.body?.errors as { message: string }[])[0]?.message).toMatch(message);
    expect(gh.rejected).toHaveLength(1);
    expect(gh.issueComments(42)[0]?.minimized).toBe(false);
  });

  it('answers NOT_FOUND for an unknown node id', async () => {
    const c = fakeClient(gh);
    await expect(c.graphql(MINIMIZE, { id: 'IC_nope' })).rejects.toMatchObject({
      errors: [{ type: 'NOT_FOUND', message: "Could not resolve to a node with the global id of 'IC_nope'" }],
    });
  });
});

describe('faults', () => {
  const post = () => send('POST', `${R}/issues/42/comments`, { body: 'x' });

  it.each([
    ['a 5xx', serverError({ method: 'POST' }), 502, undefined, 'Server Error'],
    [
      '429 with Retry-After',
      tooManyRequests({ method: 'POST' }, 1, 7),
      429,
      '7',
      'API rate limit exceeded for installation ID 1.',
    ],
    [
      'a secondary rate limit',
      secondaryRateLimit({ method: 'POST' }, 1, 60),
      403,
      '60',
      /^You have exceeded a secondary rate limit/,
    ],
  ])(
    'answers %s to the matching requests, `times` times, without writing',
    async (_n, fault, status, retryAfter, message) => {
      gh.fault(fault);
      const first = await post();
      expect(first.status).toBe(status);
      expect(first.headers.get('retry-after') ?? undefined).toBe(retryAfter);
      expect(first.body?.message).toEqual(
        typeof message === 'string' ? message : expect.stringMatching(message),
      );
      expect(gh.issueComments(42)).toEqual([]);
      expect((await post()).status).toBe(201);
      expect(gh.issueComments(42)).toHaveLength(1);
    },
  );

  it('matches faults by method and path', async () => {
    gh.fault(serverError({ method: 'PATCH' }, 1, 503));
    gh.fault(serverError({ path: /\/labels$/ }, 1, 500));
    expect((await post()).status).toBe(201);
    expect((await send('GET', `${R}/issues/42/labels`)).status).toBe(500);
  });

  it('can fail after the write (a retry would duplicate)', async () => {
    gh.fault({ method: 'POST', status: 504, times: 1, afterWrite: true });
    expect((await post()).status).toBe(504);
    expect(gh.issueComments(42)).toHaveLength(1);
  });

  it('serves slow responses normally', async () => {
    gh.fault(slow({ method: 'GET' }, 30));
    expect((await send('GET', `${R}/issues/42/comments`)).status).toBe(200);
  });

  it('read-only: every write is 403 "Resource not accessible by integration", reads work', async () => {
    const [c] = gh.seedComments(42, ['old']);
    gh.setReadOnly(true);
    for (const [method, path, body] of [
      ['POST', `${R}/issues/42/comments`, { body: 'x' }],
      ['PATCH', `${R}/issues/comments/${c?.id}`, { body: 'x' }],
      ['DELETE', `${R}/issues/comments/${c?.id}`, undefined],
      ['POST', `${R}/issues/42/labels`, { labels: ['a'] }],
    ] as const) {
      const r = await send(method, path, body);
      expect([r.status, r.body?.message]).toEqual([403, 'Resource not accessible by integration']);
    }
    expect((await send('GET', `${R}/issues/42/comments`)).status).toBe(200);
    const g = await send('POST', '/graphql', { query: MINIMIZE, variables: { id: c?.node_id } });
    expect(g.body?.errors).toEqual([
      { type: 'FORBIDDEN', path: ['minimizeComment'], message: 'Resource not accessible by integration' },
    ]);
    expect(gh.issueComments(42)).toMatchObject([{ body: 'old', minimized: false }]);
    gh.setReadOnly(false);
    expect((await send('POST', `${R}/issues/42/comments`, { body: 'x' })).status).toBe(201);
  });

  it('holds an answer until released', async () => {
    const hold = gh.hold({ method: 'GET' });
    const pending = send('GET', `${R}/issues/42/comments`);
    const rec = await hold.reached;
    expect(rec.status).toBe(200);
    expect((await post()).status).toBe(201); // served while the GET is held
    hold.release();
    expect((await pending).body).toEqual([]); // the snapshot from before the POST
  });
});

describe('pull requests', () => {
  it('finds PRs for a commit, by default those whose head it is, or as set', async () => {
    const c = fakeClient(gh);
    const list = async (sha: string) =>
      (await c.rest.repos.listPullRequestsAssociatedWithCommit({ ...REPO, commit_sha: sha })).data.map(
        (p) => p.number,
      );
    expect(await list(HEAD_SHA)).toEqual([42]);
    expect(await list('a'.repeat(40))).toEqual([]);
    gh.setPullsForCommit('a'.repeat(40), [7, 42]);
    expect(await list('a'.repeat(40))).toEqual([7, 42]);
  });

  it('describes a fork PR with the contributor as head repository', async () => {
    gh.addPullRequest({ number: 9, fork: true, headRef: 'patch-1' });
    const { data } = await fakeClient(gh).rest.pulls.get({ ...REPO, pull_number: 9 });
    expect([data.head.repo?.full_name, data.base.repo.full_name, data.head.label]).toEqual([
      'contributor/octo-repo',
      'octo-org/octo-repo',
      'contributor:patch-1',
    ]);
    await expect(fakeClient(gh).rest.pulls.get({ ...REPO, pull_number: 8 })).rejects.toMatchObject({
      status: 404,
    });
  });
});
