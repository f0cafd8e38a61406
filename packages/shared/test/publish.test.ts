/** The one PR-publishing path of all five actions, against the fake GitHub (validated against GitHub's OpenAPI). */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { REPO, eventByName, pullRequestEvent, type EventSpec } from '@pipewright/testkit';
import {
  fakeClient,
  serverError,
  startFakeGitHub,
  type FakeGitHub,
} from '@pipewright/testkit/github-fake/server';
import { UserError } from '../src/action/errors.ts';
import {
  publishToPullRequest,
  stickyMarker,
  type PublishOptions,
  type RunContext,
} from '../src/github/index.ts';
import { MemoryLogger } from '../src/log/index.ts';

let gh: FakeGitHub;
let logger: MemoryLogger;
beforeEach(async () => {
  gh = await startFakeGitHub();
  logger = new MemoryLogger();
});
afterEach(async () => {
  expect(gh.rejected).toEqual([]);
  await gh.close();
});

function context(ev: EventSpec): RunContext {
  return {
    ...REPO,
    eventName: ev.name,
    payload: ev.payload,
    sha: ev.sha,
    ref: ev.ref,
    runId: '1',
    runAttempt: '1',
    serverUrl: 'https://github.com',
    apiUrl: gh.url,
    workspace: '/w',
    actor: 'octocat',
  };
}

function publish(ev: EventSpec, o: Partial<PublishOptions> = {}) {
  return publishToPullRequest({
    context: context(ev),
    logger,
    token: 'ghs_x',
    action: 'deploy-stack',
    key: 'us-east-1/app',
    body: 'report',
    client: fakeClient(gh, { logger, retries: 2 }),
    ...o,
  });
}

const warnings = () => logger.records.filter((r) => r.level === 'warning');
const BODY = `${stickyMarker('deploy-stack', 'us-east-1/app')}\nreport`;

describe('publishToPullRequest', () => {
  it.each(['pull_request', 'pull_request_target'])(
    '%s: one sticky comment, updated in place',
    async (name) => {
      const ev = { ...pullRequestEvent(), name };
      const first = await publish(ev);
      const second = await publish(ev, { body: 'report v2' });
      expect([first.status, second.status]).toEqual(['created', 'updated']);
      expect(gh.issueComments(42).map((c) => c.body)).toEqual([
        `${stickyMarker('deploy-stack', 'us-east-1/app')}\nreport v2`,
      ]);
      expect(warnings()).toEqual([]);
    },
  );

  it('push: finds the open PR of the commit', async () => {
    expect((await publish(eventByName('push'))).status).toBe('created');
    expect(gh.issueComments(42).map((c) => c.body)).toEqual([BODY]);
  });

  it('issue_comment on a pull request: comments on it; workflow_dispatch with pr-number too', async () => {
    const comment: EventSpec = {
      name: 'issue_comment',
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      payload: { issue: { number: 42, pull_request: { url: 'x' } }, comment: { body: '/plan' } },
    };
    expect((await publish(comment)).status).toBe('created');
    expect((await publish(eventByName('workflow_dispatch'), { prNumber: 42, body: 'v2' })).status).toBe(
      'updated',
    );
    expect(gh.issueComments(42).map((c) => c.body)).toEqual([
      `${stickyMarker('deploy-stack', 'us-east-1/app')}\nv2`,
    ]);
  });

  it('a run not about a PR writes nothing and warns nothing', async () => {
    expect(await publish(eventByName('workflow_dispatch'))).toEqual({ status: 'not-a-pr' });
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(warnings()).toEqual([]);
  });

  it('a read-only token: one warning, nothing thrown', async () => {
    gh.setReadOnly(true);
    expect(await publish(pullRequestEvent())).toEqual({ status: 'read-only' });
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]?.message).toMatch(/read-only .* The report is in the job summary instead\.$/);
    expect(warnings()[0]?.props?.title).toBe('deploy-stack: comment not written');
  });

  it("a fork's pull_request run: one warning, no refused write", async () => {
    expect(await publish(pullRequestEvent({ fork: true }))).toEqual({ status: 'read-only' });
    expect(gh.requests).toEqual([]);
    expect(warnings()).toHaveLength(1);
  });

  it("a fork's pull_request_target run has a write token: it comments", async () => {
    const ev = { ...pullRequestEvent({ fork: true }), name: 'pull_request_target' };
    expect((await publish(ev)).status).toBe('created');
  });

  it('a GitHub outage, after retries: one warning naming the HTTP status, never an error', async () => {
    gh.fault(serverError({ method: 'POST', path: /\/issues\/42\/comments$/ }, 3, 503));
    const r = await publish(pullRequestEvent());
    expect(r).toEqual({ status: 'failed', httpStatus: 503 });
    expect(gh.requests.filter((q) => q.method === 'POST').map((q) => q.status)).toEqual([503, 503, 503]);
    expect(warnings().map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^GitHub answered HTTP 503 while writing the pull request comment \(after retries\): /,
      ),
    ]);
    expect(warnings()[0]?.message).not.toMatch(/bug/i);
    expect(warnings()[0]?.message).toMatch(/The report is in the job summary; re-run the job to retry\.$/);
  });

  it('a transient failure is retried and the comment written', async () => {
    gh.fault(serverError({ method: 'POST', path: /\/issues\/42\/comments$/ }, 1, 502));
    expect((await publish(pullRequestEvent())).status).toBe('created');
    expect(warnings()).toEqual([]);
  });

  it('GitHub unreachable: a warning, not an error', async () => {
    const down = await startFakeGitHub();
    const url = down.url;
    await down.close();
    const r = await publishToPullRequest({
      context: context(pullRequestEvent()),
      logger,
      token: 'ghs_x',
      action: 'canary',
      key: 'k',
      body: 'b',
      client: fakeClient({ url }, { retries: 0 }),
    });
    expect(r).toEqual({ status: 'failed' });
    expect(warnings()[0]?.message).toMatch(
      /^GitHub could not be reached while writing the pull request comment/,
    );
  });

  it('no token: one warning, no request', async () => {
    const r = await publishToPullRequest({
      context: context(pullRequestEvent()),
      logger,
      token: '',
      action: 'terraform-plan',
      key: 'k',
      body: 'b',
    });
    expect(r).toEqual({ status: 'no-token' });
    expect(warnings().map((w) => w.message)).toEqual([
      'No `github-token`: the report is in the job summary only.',
    ]);
  });

  it('create: false only brings an existing comment up to date', async () => {
    expect(await publish(pullRequestEvent(), { create: false })).toEqual({ status: 'skipped' });
    expect(gh.issueComments(42)).toEqual([]);
    await publish(pullRequestEvent());
    expect((await publish(pullRequestEvent(), { create: false, body: 'v2' })).status).toBe('updated');
  });

  it('an explicit pr-number that is not a pull request stays a user error', async () => {
    await expect(publish(eventByName('workflow_dispatch'), { prNumber: 999 })).rejects.toBeInstanceOf(
      UserError,
    );
  });

  it('more writes (labels) after the comment; their outage is a warning too', async () => {
    gh.fault(serverError({ method: 'POST', path: /\/labels$/ }, 3, 500));
    const r = await publish(pullRequestEvent(), {
      also: async (client, pr) => {
        await client.rest.issues.addLabels({
          owner: pr.owner,
          repo: pr.repo,
          issue_number: pr.number,
          labels: ['x'],
        });
      },
    });
    expect(r).toMatchObject({ status: 'created', httpStatus: 500 });
    expect(warnings().map((w) => w.props?.title)).toEqual(['deploy-stack: pull request not updated']);
  });
});

describe('publishToPullRequest with an API URL fetch never reaches', () => {
  it('warns, naming the problem, and returns failed', async () => {
    const ctx = { ...context(pullRequestEvent()), apiUrl: 'http://127.0.0.1:9' };
    const r = await publishToPullRequest({
      context: ctx,
      logger,
      token: 'ghs_x',
      action: 'canary',
      key: 'k',
      body: 'b',
    });
    expect(r).toEqual({ status: 'failed' });
    expect(warnings().map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^GitHub could not be reached while connecting to the GitHub API \(after retries\): Cannot reach the GitHub API at http:\/\/127\.0\.0\.1:9: port 9/,
      ),
    ]);
  });
});
