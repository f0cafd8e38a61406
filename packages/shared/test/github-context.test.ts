/** resolvePullRequest for every event kind, against the fake GitHub API. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BASE_SHA,
  HEAD_SHA,
  REPO,
  pullRequestEvent,
  pushEvent,
  workflowDispatchEvent,
  type EventSpec,
} from '@pipewright/testkit';
import { fakeClient, startFakeGitHub, type FakeGitHub } from '@pipewright/testkit/github-fake/server';
import { readRunContext, resolvePullRequest, type RunContext } from '../src/github/index.ts';

const R = `/repos/${REPO.owner}/${REPO.repo}`;
const OTHER_SHA = 'b'.repeat(40);

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  expect(gh.rejected).toEqual([]);
  await gh.close();
});

function ctxOf(ev: EventSpec): RunContext {
  return {
    ...REPO,
    eventName: ev.name,
    payload: ev.payload,
    sha: ev.sha,
    ref: ev.ref,
    runId: '7',
    runAttempt: '1',
    serverUrl: 'https://github.com',
    apiUrl: gh.url,
    workspace: os.tmpdir(),
    actor: 'octocat',
  };
}

/** An issue_comment payload as GitHub sends it: `issue.pull_request` is present only on PRs. */
function issueCommentEvent(number: number, onPullRequest: boolean): EventSpec {
  return {
    name: 'issue_comment',
    sha: 'c'.repeat(40),
    ref: 'refs/heads/main',
    payload: {
      action: 'created',
      issue: {
        number,
        title: 'A thing',
        ...(onPullRequest
          ? { pull_request: { url: `https://api.github.com${R}/pulls/${number}`, merged_at: null } }
          : {}),
      },
      comment: { id: 1, body: '/plan', user: { login: 'octocat' } },
      repository: { full_name: `${REPO.owner}/${REPO.repo}` },
      sender: { login: 'octocat' },
    },
  };
}

const ours = (number: number, extra: object = {}) => ({
  ...REPO,
  number,
  headSha: undefined,
  headRef: undefined,
  baseRef: undefined,
  isFork: false,
  ...extra,
});

describe('resolvePullRequest', () => {
  it.each([
    ['pull_request', pullRequestEvent(), false],
    ['pull_request from a fork', pullRequestEvent({ fork: true }), true],
    [
      'pull_request_target from a fork',
      { ...pullRequestEvent({ fork: true }), name: 'pull_request_target' },
      true,
    ],
  ])('%s: from the payload, no API call', async (_n, ev, isFork) => {
    const pr = await resolvePullRequest(ctxOf(ev), undefined, fakeClient(gh));
    expect(pr).toEqual(ours(42, { headSha: HEAD_SHA, headRef: 'feature/x', baseRef: 'main', isFork }));
    expect(gh.requests).toEqual([]);
  });

  it('pull_request: the head commit, not the merge commit GITHUB_SHA names', async () => {
    const ev = pullRequestEvent({ prNumber: 43, headSha: OTHER_SHA });
    const pr = await resolvePullRequest(ctxOf(ev), undefined, fakeClient(gh));
    expect([pr?.number, pr?.headSha]).toEqual([43, OTHER_SHA]);
    expect(ev.sha).not.toBe(OTHER_SHA);
  });

  it('push: finds the open PR through GET commits/{sha}/pulls', async () => {
    const pr = await resolvePullRequest(ctxOf(pushEvent()), undefined, fakeClient(gh));
    expect(pr).toEqual(ours(42, { headSha: HEAD_SHA, headRef: 'feature/x', baseRef: 'main' }));
    expect(gh.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `GET ${R}/commits/${HEAD_SHA}/pulls 200`,
    ]);
  });

  it('push: prefers the open PR whose head is the commit, skips closed ones', async () => {
    gh.addPullRequest({ number: 5, state: 'closed', headSha: OTHER_SHA });
    gh.addPullRequest({ number: 6, headSha: BASE_SHA, headRef: 'release' });
    gh.addPullRequest({ number: 7, headSha: OTHER_SHA, headRef: 'topic' });
    gh.setPullsForCommit(OTHER_SHA, [5, 6, 7]);
    const pr = await resolvePullRequest(ctxOf(pushEvent({ sha: OTHER_SHA })), undefined, fakeClient(gh));
    expect([pr?.number, pr?.headRef]).toEqual([7, 'topic']);
  });

  it.each([
    ['no PR at all', []],
    ['only a closed PR', [5]],
  ])('push: undefined when the commit has %s', async (_n, numbers) => {
    gh.addPullRequest({ number: 5, state: 'closed', headSha: OTHER_SHA });
    gh.setPullsForCommit(OTHER_SHA, numbers);
    expect(await resolvePullRequest(ctxOf(pushEvent({ sha: OTHER_SHA })), undefined, fakeClient(gh))).toBe(
      undefined,
    );
    expect(gh.requests).toHaveLength(1);
  });

  it('push: a fork PR found through the API is a fork', async () => {
    gh.addPullRequest({ number: 9, headSha: OTHER_SHA, fork: true });
    const pr = await resolvePullRequest(ctxOf(pushEvent({ sha: OTHER_SHA })), undefined, fakeClient(gh));
    expect([pr?.number, pr?.isFork]).toEqual([9, true]);
  });

  it.each([
    ['issue_comment on a plain issue', issueCommentEvent(12, false), undefined, undefined],
    ['workflow_dispatch without a number', workflowDispatchEvent(), undefined, undefined],
    ['schedule', { ...workflowDispatchEvent(), name: 'schedule' }, undefined, undefined],
    [
      'an explicit number matching the pull_request payload',
      pullRequestEvent({ fork: true }),
      42,
      ours(42, { headSha: HEAD_SHA, headRef: 'feature/x', baseRef: 'main', isFork: true }),
    ],
  ])('%s: no API call', async (_n, ev, explicit, expected) => {
    expect(await resolvePullRequest(ctxOf(ev), explicit, fakeClient(gh))).toEqual(expected);
    expect(gh.requests).toEqual([]);
  });

  it.each([
    ['issue_comment on a PR', issueCommentEvent(42, true), undefined],
    ['workflow_dispatch with pr-number', workflowDispatchEvent({ 'pr-number': '42' }), 42],
    ['an explicit number on a push', pushEvent(), 42],
  ])('%s: the head commit and fork status come from GET pulls/{n}', async (_n, ev, explicit) => {
    expect(await resolvePullRequest(ctxOf(ev), explicit, fakeClient(gh))).toEqual(
      ours(42, { headSha: HEAD_SHA, headRef: 'feature/x', baseRef: 'main' }),
    );
    expect(gh.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([`GET ${R}/pulls/42 200`]);
  });

  it('an explicit number from a fork PR is a fork', async () => {
    gh.addPullRequest({ number: 9, headSha: OTHER_SHA, fork: true });
    const pr = await resolvePullRequest(ctxOf(workflowDispatchEvent()), 9, fakeClient(gh));
    expect([pr?.number, pr?.headSha, pr?.isFork]).toEqual([9, OTHER_SHA, true]);
  });

  it('an explicit number that is not a PR is a user error', async () => {
    await expect(resolvePullRequest(ctxOf(workflowDispatchEvent()), 404, fakeClient(gh))).rejects.toThrow(
      'Pull request #404 was not found in octo-org/octo-repo.',
    );
  });

  it('without a client an explicit number is taken as it is', async () => {
    expect(await resolvePullRequest(ctxOf(pushEvent()), 17, undefined)).toEqual(ours(17));
  });
});

describe('readRunContext', () => {
  it('reads the runner environment and the event file', () => {
    const ev = pullRequestEvent({ fork: true });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-ctx-'));
    const file = path.join(dir, 'event.json');
    writeFileSync(file, JSON.stringify(ev.payload));
    const ctx = readRunContext({
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: file,
      GITHUB_SHA: ev.sha,
      GITHUB_REF: ev.ref,
      GITHUB_API_URL: gh.url,
    });
    expect(ctx).toMatchObject({
      owner: 'octo-org',
      repo: 'octo-repo',
      eventName: 'pull_request',
      sha: ev.sha,
      ref: 'refs/pull/42/merge',
      apiUrl: gh.url,
      payload: ev.payload,
    });
  });
});
