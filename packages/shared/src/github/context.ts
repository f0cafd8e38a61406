import { readFileSync } from 'node:fs';
import { UserError } from '../action/errors.ts';
// Type-only: run-action.ts imports this module, so a value import of client.ts would load Octokit into every
// bundle at start (cold start of every action; measured +~100 ms on the canary bundle).
import type { GitHubClient } from './client.ts';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface RunContext extends RepoRef {
  eventName: string;
  payload: Record<string, unknown>;
  sha: string;
  ref: string;
  runId: string;
  runAttempt: string;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  actor: string;
}

/** Everything the runner tells a step about its run, read from the environment and the event file. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    runId: env.GITHUB_RUN_ID ?? '0',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    actor: env.GITHUB_ACTOR ?? '',
  };
}

export interface PullRequestRef extends RepoRef {
  number: number;
  /** The PR head commit (for pull_request events GITHUB_SHA is the merge commit, not this). */
  headSha: string | undefined;
  headRef: string | undefined;
  baseRef: string | undefined;
  /** Head repository differs from the base: the token is read-only and secrets are absent. */
  isFork: boolean;
}

interface PrPayload {
  number?: number;
  head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
  base?: { ref?: string; repo?: { full_name?: string } };
}

function fromPayload(ctx: RunContext, pr: PrPayload): PullRequestRef {
  const full = `${ctx.owner}/${ctx.repo}`;
  const headRepo = pr.head?.repo?.full_name;
  return {
    owner: ctx.owner,
    repo: ctx.repo,
    number: pr.number as number,
    headSha: pr.head?.sha,
    headRef: pr.head?.ref,
    baseRef: pr.base?.ref,
    isFork: headRepo !== undefined && headRepo !== full,
  };
}

/**
 * Finds the pull request a run is about:
 * - pull_request / pull_request_target: from the payload, no API call;
 * - push: the open PR whose head is this commit, through GET /repos/{o}/{r}/commits/{sha}/pulls;
 * - issue_comment: the commented issue when it is a PR;
 * - workflow_dispatch and anything else: only the explicit `pr-number` input.
 * Returns undefined when the run is not about a PR.
 */
export async function resolvePullRequest(
  ctx: RunContext,
  explicitNumber: number | undefined,
  client: GitHubClient | undefined,
): Promise<PullRequestRef | undefined> {
  const p = ctx.payload as { pull_request?: PrPayload; issue?: { number?: number; pull_request?: unknown } };
  if (explicitNumber !== undefined) {
    if (p.pull_request?.number === explicitNumber) return fromPayload(ctx, p.pull_request);
    return fetchPullRequest(ctx, explicitNumber, client);
  }
  if (
    (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') &&
    p.pull_request?.number
  ) {
    return fromPayload(ctx, p.pull_request);
  }
  if (ctx.eventName === 'issue_comment') {
    return p.issue?.pull_request && p.issue.number
      ? fetchPullRequest(ctx, p.issue.number, client)
      : undefined;
  }
  if (ctx.eventName === 'push' && client && ctx.sha) {
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: ctx.owner,
      repo: ctx.repo,
      commit_sha: ctx.sha,
    });
    const open = data.filter((pr) => pr.state === 'open');
    const pr = open.find((x) => x.head.sha === ctx.sha) ?? open[0];
    return pr ? fromPayload(ctx, pr as PrPayload) : undefined;
  }
  return undefined;
}

/**
 * A PR known only by number (issue_comment, workflow_dispatch with `pr-number`): GET /pulls/{n} gives its head
 * commit and whether it comes from a fork. Without a client, only the number is known.
 */
async function fetchPullRequest(
  ctx: RunContext,
  number: number,
  client: GitHubClient | undefined,
): Promise<PullRequestRef> {
  if (!client) {
    return {
      owner: ctx.owner,
      repo: ctx.repo,
      number,
      headSha: undefined,
      headRef: undefined,
      baseRef: undefined,
      isFork: false,
    };
  }
  try {
    const { data } = await client.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: number });
    return fromPayload(ctx, data as PrPayload);
  } catch (error) {
    if ((error as { status?: unknown } | null)?.status === 404) {
      throw new UserError(`Pull request #${number} was not found in ${ctx.owner}/${ctx.repo}.`, {
        hint: 'Check the `pr-number` input (it must be a pull request of this repository, not an issue).',
      });
    }
    throw error;
  }
}

/** The commit a PR build should describe: the PR head, not the merge commit. */
export function headCommit(ctx: RunContext, pr: PullRequestRef | undefined): string {
  return pr?.headSha ?? ctx.sha;
}

export function requireRepository(ctx: RunContext): void {
  if (!ctx.owner || !ctx.repo) {
    throw new UserError('GITHUB_REPOSITORY is not set, so the repository is unknown.', {
      hint: 'Run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/repo.',
    });
  }
}
