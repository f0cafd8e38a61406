/**
 * The demo of every action (`npx pipewright demo`, README "Try it on a fresh clone"), run as the runner runs it
 * against the fake GitHub, and its job summary and PR comment checked on what GitHub shows: cmark-gfm with
 * GitHub's extensions, then GitHub's sanitizer (testkit/render-like-github). Clean means: nothing live but the
 * run and file links, <details> balanced, no stray backslash or character reference in the visible text.
 */
import { describe, expect, it } from '@jest/globals';
import { HEAD_SHA, REPO_ROOT, pullRequestEvent, eventByName, runBundle } from '@pipewright/testkit';
import { DEMOS } from '@pipewright/testkit/demo';
import { startFakeGitHub } from '@pipewright/testkit/github-fake/server';
import { renderedProblems } from '@pipewright/testkit/render-like-github';

const LINKS = [
  'https://github.com/octo-org/octo-repo/actions/runs/7000000001',
  new RegExp(`^https://github\\.com/octo-org/octo-repo/blob/(${HEAD_SHA}|[0-9a-f]{40})/`),
];

describe('demo reports as GitHub shows them', () => {
  it.each(DEMOS.map((d) => [d.action, d] as const))(
    '%s: job summary and PR comment render clean',
    async (_, demo) => {
      const gh = await startFakeGitHub();
      const extra = demo.setup ? await demo.setup() : undefined;
      try {
        const event = demo.event ?? 'pull_request';
        const r = await runBundle(demo.action, {
          inputs: { ...demo.inputs, ...extra?.inputs },
          event: event === 'pull_request' ? pullRequestEvent() : eventByName(event),
          env: { ...demo.env?.(), ...extra?.env },
          workspace: REPO_ROOT,
          githubApiUrl: gh.url,
        });
        expect(r.exitCode).toBe(demo.expectExit ?? 0);
        expect(r.summary.trim()).not.toBe('');
        expect(renderedProblems(r.summary, { untrusted: [], links: LINKS })).toEqual([]);
        // build-image writes a job summary only; the others comment on the pull request
        expect(gh.issueComments(42)).toHaveLength(demo.action === 'build-image' ? 0 : 1);
        for (const c of gh.issueComments(42))
          expect(renderedProblems(c.body, { untrusted: [], links: LINKS })).toEqual([]);
        // at most 10 annotations per level (GitHub's per-step cap)
        for (const level of ['error', 'warning', 'notice'])
          expect(r.annotations.filter((a) => a.level === level).length).toBeLessThanOrEqual(10);
      } finally {
        await extra?.stop();
        await gh.close();
      }
    },
    180_000,
  );
});
