/** Sticky PR comments against the fake GitHub API (validated against GitHub's OpenAPI description). */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { REPO } from '@pipewright/testkit';
import {
  fakeClient,
  secondaryRateLimit,
  serverError,
  startFakeGitHub,
  tooManyRequests,
  type FakeGitHub,
} from '@pipewright/testkit/github-fake/server';
import { stickyMarker, upsertStickyComment, type StickyCommentOptions } from '../src/github/index.ts';
import { MemoryLogger } from '../src/log/index.ts';

const R = `/repos/${REPO.owner}/${REPO.repo}`;
const PR = { ...REPO, number: 42 };
const MARKER = stickyMarker('terraform-plan', 'prod');

let gh: FakeGitHub;
let logger: MemoryLogger;
beforeEach(async () => {
  gh = await startFakeGitHub();
  logger = new MemoryLogger();
});
afterEach(async () => {
  expect(gh.rejected).toEqual([]); // every request the shared layer made is valid per GitHub's description
  await gh.close();
});

function upsert(o: Partial<StickyCommentOptions> = {}) {
  return upsertStickyComment({
    client: fakeClient(gh, { logger }),
    pr: PR,
    action: 'terraform-plan',
    key: 'prod',
    body: 'Plan: 1 to add',
    logger,
    ...o,
  });
}

/** The requests since `from`, as "METHOD path status" with the repository prefix cut. */
function calls(from = 0): string[] {
  return gh.requests.slice(from).map((r) => {
    const page = r.query.page ? `?page=${r.query.page}` : '';
    return `${r.method} ${r.path.replace(R, '')}${page} ${r.status}`;
  });
}

const marked = (n = 42) => gh.issueComments(n).filter((c) => c.body.startsWith(MARKER));

describe('upsertStickyComment', () => {
  it('creates one comment carrying the hidden marker', async () => {
    const r = await upsert();
    expect(MARKER).toBe('<!-- pipewright:terraform-plan:prod -->');
    const all = gh.issueComments(42);
    expect(all.map((c) => c.body)).toEqual([`${MARKER}\nPlan: 1 to add`]);
    expect(r).toEqual({ status: 'created', commentId: all[0]?.id, url: all[0]?.html_url });
    expect(calls()).toEqual([
      'GET /issues/42/comments 200',
      'POST /issues/42/comments 201',
      'GET /issues/42/comments 200',
    ]);
    expect(gh.requests[1]?.body).toEqual({ body: `${MARKER}\nPlan: 1 to add` });
  });

  it('updates in place: same id, no new comment', async () => {
    const first = await upsert();
    const n = gh.requests.length;
    const second = await upsert({ body: 'Plan: 2 to add' });
    expect(second).toEqual({ status: 'updated', commentId: first.commentId, url: first.url });
    expect(gh.issueComments(42).map((c) => [c.id, c.body])).toEqual([
      [first.commentId, `${MARKER}\nPlan: 2 to add`],
    ]);
    expect(calls(n)).toEqual([
      'GET /issues/42/comments 200',
      `PATCH /issues/comments/${first.commentId} 200`,
    ]);
  });

  it('sends nothing when the body is unchanged', async () => {
    const first = await upsert();
    const n = gh.requests.length;
    expect(await upsert()).toEqual({ status: 'unchanged', commentId: first.commentId, url: first.url });
    expect(calls(n)).toEqual(['GET /issues/42/comments 200']);
  });

  it('finds its comment past the first 100 (page 2)', async () => {
    gh.seedComments(
      42,
      Array.from({ length: 150 }, (_, i) => `comment ${i}`),
    );
    const first = await upsert();
    const n = gh.requests.length;
    const second = await upsert({ body: 'Plan: 3 to add' });
    expect(second).toMatchObject({ status: 'updated', commentId: first.commentId });
    expect(calls(n)).toEqual([
      'GET /issues/42/comments 200',
      'GET /issues/42/comments?page=2 200',
      `PATCH /issues/comments/${first.commentId} 200`,
    ]);
    expect(gh.issueComments(42)).toHaveLength(151);
    expect(marked().map((c) => c.body)).toEqual([`${MARKER}\nPlan: 3 to add`]);
  });

  it('keeps one comment per key: two keys on one PR give two comments', async () => {
    const prod = await upsert({ key: 'prod', body: 'prod plan' });
    const staging = await upsert({ key: 'staging', body: 'staging plan' });
    await upsert({ key: 'prod', body: 'prod plan v2' });
    expect(gh.issueComments(42).map((c) => [c.id, c.body])).toEqual([
      [prod.commentId, `${MARKER}\nprod plan v2`],
      [staging.commentId, `<!-- pipewright:terraform-plan:staging -->\nstaging plan`],
    ]);
  });

  it('never touches comments without the exact marker, found by marker and not by author', async () => {
    const lookAlikes = gh.seedComments(42, [
      '<!-- pipewright:terraform-plan:prod-eu -->\nanother key',
      '<!-- pipewright:terraform-plan:prod-->\nno space before -->',
      '<!-- pipewright:build-image:prod -->\nanother action',
      'pipewright:terraform-plan:prod (not a marker)',
      `> ${MARKER}\n> Plan: 0 to add\n\nWhy did this plan change?`, // a reply quoting our comment
    ]);
    const bot = gh.seedComments(42, ['a comment by the same bot without a marker'], 'github-actions[bot]');
    const first = await upsert();
    await upsert({ body: 'Plan: 5 to add' });
    expect(gh.issueComments(42).map((c) => c.body)).toEqual([
      ...lookAlikes.map((c) => c.body),
      ...bot.map((c) => c.body),
      `${MARKER}\nPlan: 5 to add`,
    ]);
    const touched = gh.requests.filter((r) => r.method !== 'GET' && r.path.includes('/issues/comments/'));
    expect(touched.map((r) => r.path)).toEqual([`${R}/issues/comments/${first.commentId}`]);
  });

  it('cuts a body over 65,536 characters so GitHub accepts it', async () => {
    const r = await upsert({ body: 'x'.repeat(100_000) });
    expect(r.status).toBe('created');
    const [c] = gh.issueComments(42);
    expect(c?.body.startsWith(`${MARKER}\nxxx`)).toBe(true);
    expect(c?.body.length).toBeLessThanOrEqual(65536);
  });
});

describe('two runs racing', () => {
  it.each([2, 3])('%i concurrent upserts of one key end with exactly one comment', async (runs) => {
    const results = await Promise.all(Array.from({ length: runs }, (_, i) => upsert({ body: `run ${i}` })));
    const left = marked();
    expect(left).toHaveLength(1);
    expect(gh.issueComments(42)).toHaveLength(1);
    expect(results.map((r) => r.commentId)).toEqual(Array.from({ length: runs }, () => left[0]?.id));
    expect(results.map((_, i) => `${MARKER}\nrun ${i}`)).toContain(left[0]?.body);
  });

  it('a run whose list predates the other run’s create writes to the older comment and deletes its own', async () => {
    const hold = gh.hold({ method: 'GET' }); // run A lists (no comment yet); its answer arrives late
    const a = upsert({ body: 'run A' });
    await hold.reached;
    const b = await upsert({ body: 'run B' }); // run B lists, creates, re-lists
    const before = gh.requests.length;
    hold.release();
    const ra = await a;
    expect(b.status).toBe('created');
    expect(ra).toEqual({ status: 'updated', commentId: b.commentId, url: b.url });
    expect(gh.issueComments(42).map((c) => [c.id, c.body])).toEqual([[b.commentId, `${MARKER}\nrun A`]]);
    const ownId = gh.requests
      .find((r) => r.method === 'DELETE')
      ?.path.split('/')
      .pop();
    expect(calls(before)).toEqual([
      'POST /issues/42/comments 201',
      'GET /issues/42/comments 200',
      `DELETE /issues/comments/${ownId} 204`,
      `PATCH /issues/comments/${b.commentId} 200`,
    ]);
  });

  it('a run that updates the other run’s fresh comment leaves one comment', async () => {
    const hold = gh.hold({ method: 'POST' }); // run A's create is done but not yet answered
    const a = upsert({ body: 'run A' });
    await hold.reached;
    const b = await upsert({ body: 'run B' }); // run B finds A's comment and updates it
    hold.release();
    const ra = await a;
    expect([ra.status, b.status]).toEqual(['created', 'updated']);
    expect(ra.commentId).toBe(b.commentId);
    expect(gh.issueComments(42).map((c) => [c.id, c.body])).toEqual([[ra.commentId, `${MARKER}\nrun B`]]);
  });
});

describe('recreate mode and minimizing', () => {
  it('posts a new comment and minimizes only the superseded ones of the same key, through GraphQL', async () => {
    const old = gh.seedComments(42, [`${MARKER}\nrun 1`, `${MARKER}\nrun 2`], 'github-actions[bot]');
    const other = gh.seedComments(
      42,
      ['<!-- pipewright:terraform-plan:staging -->\nstaging'],
      'github-actions[bot]',
    );
    const r = await upsert({ mode: 'recreate', body: 'run 3' });
    expect(r.status).toBe('created');
    expect(gh.issueComments(42).map((c) => [c.body, c.minimized, c.minimizedReason ?? null])).toEqual([
      [`${MARKER}\nrun 1`, true, 'outdated'],
      [`${MARKER}\nrun 2`, true, 'outdated'],
      ['<!-- pipewright:terraform-plan:staging -->\nstaging', false, null],
      [`${MARKER}\nrun 3`, false, null],
    ]);
    const graphql = gh.requests.filter((q) => q.path === '/graphql');
    expect(graphql.map((q) => (q.body as { variables: { id: string } }).variables.id)).toEqual(
      old.map((c) => c.node_id),
    );
    expect(graphql.map((q) => q.body)).not.toContainEqual(
      expect.objectContaining({ variables: { id: other[0]?.node_id } }),
    );
    expect(calls()).toEqual([
      'GET /issues/42/comments 200',
      'POST /issues/42/comments 201',
      'POST /graphql 200',
      'POST /graphql 200',
    ]);
  });

  it.each([
    ['a secondary rate limit', secondaryRateLimit({ path: /^\/graphql$/ }, 1, 5)],
    ['a 5xx', serverError({ path: /^\/graphql$/ }, 1, 502)],
  ])('retries the GraphQL minimize after %s', async (_n, fault) => {
    gh.seedComments(42, [`${MARKER}\nrun 1`], 'github-actions[bot]');
    gh.fault(fault);
    await upsert({ mode: 'recreate', body: 'run 2' });
    expect(gh.issueComments(42).map((c) => c.minimized)).toEqual([true, false]);
    expect(calls().filter((c) => c.includes('graphql'))).toEqual([
      `POST /graphql ${fault.status}`,
      'POST /graphql 200',
    ]);
  });

  it('update mode with minimizeOutdated keeps the oldest and minimizes leftover duplicates', async () => {
    const [keep, dup] = gh.seedComments(
      42,
      [`${MARKER}\nold`, `${MARKER}\nduplicate`],
      'github-actions[bot]',
    );
    const r = await upsert({ minimizeOutdated: true, body: 'new' });
    expect(r).toMatchObject({ status: 'updated', commentId: keep?.id });
    expect(gh.issueComments(42).map((c) => [c.id, c.minimized])).toEqual([
      [keep?.id, false],
      [dup?.id, true],
    ]);
  });
});

describe('read-only token (fork PR)', () => {
  it.each([
    ['creating', false, ['GET /issues/42/comments 200', 'POST /issues/42/comments 403']],
    ['updating', true, ['GET /issues/42/comments 200', 'PATCH /issues/comments/ID 403']],
  ])('%s: status read-only, one warning, no throw', async (_n, existing, expected) => {
    const seeded = existing ? gh.seedComments(42, [`${MARKER}\nold`], 'github-actions[bot]') : [];
    gh.setReadOnly(true);
    expect(await upsert()).toEqual({ status: 'read-only' });
    expect(calls()).toEqual(expected.map((c) => c.replace('ID', String(seeded[0]?.id))));
    const warnings = logger.records.filter((r) => r.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/token is read-only .* job summary/);
    expect(gh.issueComments(42).map((c) => c.body)).toEqual(seeded.map((c) => c.body));
  });
});

describe('retries never produce a duplicate comment', () => {
  it.each([
    [
      '5xx on create',
      () => gh.fault(serverError({ method: 'POST', path: /\/comments$/ }, 2, 502)),
      [
        'GET /issues/42/comments 200',
        'POST /issues/42/comments 502',
        'POST /issues/42/comments 502',
        'POST /issues/42/comments 201',
        'GET /issues/42/comments 200',
      ],
    ],
    [
      '5xx on list',
      () => gh.fault(serverError({ method: 'GET' }, 1, 503)),
      [
        'GET /issues/42/comments 503',
        'GET /issues/42/comments 200',
        'POST /issues/42/comments 201',
        'GET /issues/42/comments 200',
      ],
    ],
    [
      '429 with Retry-After on create',
      () => gh.fault(tooManyRequests({ method: 'POST' }, 1, 2)),
      [
        'GET /issues/42/comments 200',
        'POST /issues/42/comments 429',
        'POST /issues/42/comments 201',
        'GET /issues/42/comments 200',
      ],
    ],
    [
      'secondary rate limit 403 on create',
      () => gh.fault(secondaryRateLimit({ method: 'POST' }, 1, 60)),
      [
        'GET /issues/42/comments 200',
        'POST /issues/42/comments 403',
        'POST /issues/42/comments 201',
        'GET /issues/42/comments 200',
      ],
    ],
  ])('%s', async (_n, inject, expected) => {
    inject();
    const r = await upsert();
    expect(r.status).toBe('created');
    expect(gh.issueComments(42).map((c) => c.body)).toEqual([`${MARKER}\nPlan: 1 to add`]);
    expect(calls()).toEqual(expected);
  });

  it.each([
    ['429 with Retry-After', () => gh.fault(tooManyRequests({ method: 'PATCH' }, 1, 2)), 429],
    ['secondary rate limit 403', () => gh.fault(secondaryRateLimit({ method: 'PATCH' }, 1, 60)), 403],
    ['5xx', () => gh.fault(serverError({ method: 'PATCH' }, 1, 500)), 500],
  ])('%s on update', async (_n, inject, status) => {
    const [c] = gh.seedComments(42, [`${MARKER}\nold`], 'github-actions[bot]');
    inject();
    expect(await upsert()).toMatchObject({ status: 'updated', commentId: c?.id });
    expect(calls()).toEqual([
      'GET /issues/42/comments 200',
      `PATCH /issues/comments/${c?.id} ${status}`,
      `PATCH /issues/comments/${c?.id} 200`,
    ]);
    expect(gh.issueComments(42).map((x) => x.body)).toEqual([`${MARKER}\nPlan: 1 to add`]);
  });

  const POST_COMMENTS = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
  it.each([
    [
      'a secondary rate limit (403)',
      secondaryRateLimit({ method: 'POST' }, 1, 60),
      `GitHub secondary rate limit on ${POST_COMMENTS}; retry 1/3 in 60s`,
    ],
    [
      'a secondary rate limit (429)',
      secondaryRateLimit({ method: 'POST' }, 1, 30, 429),
      `GitHub secondary rate limit on ${POST_COMMENTS}; retry 1/3 in 30s`,
    ],
    [
      'a spent primary rate limit (429, x-ratelimit-remaining 0)',
      tooManyRequests({ method: 'POST' }, 1, 0),
      expect.stringMatching(/^GitHub rate limit on POST \S+; retry 1\/3 in [01]s$/),
    ],
  ])('waits for %s as GitHub says and logs it', async (_n, fault, message) => {
    gh.fault(fault);
    expect((await upsert()).status).toBe('created');
    expect(logger.records.filter((r) => r.level === 'info').map((r) => r.message)).toEqual([message]);
    expect(gh.issueComments(42)).toHaveLength(1);
  });

  it('a create that GitHub committed but answered 504 is retried, and the duplicate removed', async () => {
    gh.fault({ method: 'POST', path: /\/comments$/, status: 504, times: 1, afterWrite: true });
    const r = await upsert();
    const left = gh.issueComments(42);
    expect(left.map((c) => c.body)).toEqual([`${MARKER}\nPlan: 1 to add`]);
    expect(r).toEqual({ status: 'updated', commentId: left[0]?.id, url: left[0]?.html_url });
    const dup = gh.requests
      .find((q) => q.method === 'DELETE')
      ?.path.split('/')
      .pop();
    expect(Number(dup)).toBeGreaterThan(left[0]?.id ?? Infinity);
    expect(calls()).toEqual([
      'GET /issues/42/comments 200',
      'POST /issues/42/comments 504',
      'POST /issues/42/comments 201',
      'GET /issues/42/comments 200',
      `DELETE /issues/comments/${dup} 204`,
      `PATCH /issues/comments/${left[0]?.id} 200`,
    ]);
  });

  it('gives up after the configured retries and throws, leaving no comment', async () => {
    gh.fault(serverError({ method: 'POST' }, 10, 502));
    await expect(upsert()).rejects.toMatchObject({ status: 502 });
    expect(gh.issueComments(42)).toEqual([]);
    expect(calls().filter((c) => c.startsWith('POST'))).toEqual(
      Array(4).fill('POST /issues/42/comments 502'),
    );
  });
});
