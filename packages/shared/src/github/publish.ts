/**
 * The one way an action publishes its report to a pull request. One behaviour for every action:
 * - a sticky comment per (action, key), updated in place (or re-posted, `recreate`);
 * - not a pull request run: nothing to do (the report is in the job summary);
 * - a read-only token (a fork's `pull_request`, missing `pull-requests: write`): one warning, step stays green;
 * - any other GitHub API failure, after the client's retries: one warning naming the HTTP status, step stays
 *   green — a GitHub outage is never "a bug in pipewright", and never fails a step whose work succeeded;
 * - a user mistake (an explicit `pr-number` that is not a pull request) is a UserError, as before.
 * The caller writes the job summary first, so the report is there whatever happens here.
 */
import { UserError } from '../action/errors.ts';
import type { Logger } from '../log/logger.ts';
import { httpStatus, isReadOnlyRefusal } from './api-errors.ts';
import type { GitHubClient } from './client.ts';
import { loadGitHubClient } from './load-client.ts';
import { resolvePullRequest, type PullRequestRef, type RunContext } from './context.ts';
import { stickyMarker, upsertStickyComment, type StickyMode, type StickyStatus } from './sticky-comment.ts';

export interface PublishOptions {
  context: RunContext;
  logger: Logger;
  /** The `github-token` input; empty or undefined: no comment, one warning. */
  token: string | undefined;
  /** Action name, e.g. "terraform-plan": the comment's marker and the warnings' titles. */
  action: string;
  /** Identifies the comment among the action's comments (path + workspace, stack + region, …). */
  key: string;
  /** The comment; undefined: no comment, only the `also` writes (e.g. labels with comments turned off). */
  body: string | undefined;
  mode?: StickyMode;
  /** An explicit PR number (`pr-number` input) for runs that are not pull_request events. */
  prNumber?: number;
  /** false: only bring an existing comment up to date, never post a new one (e.g. "comment on change only"). */
  create?: boolean;
  /** More writes to the same PR (labels), run after the comment; their API failures are handled the same way. */
  also?: (client: GitHubClient, pr: PullRequestRef) => Promise<void>;
  /** A client to use instead of one built from `token` (reuse; tests: the fake GitHub's client). */
  client?: GitHubClient;
  /** The pull request, when the caller has resolved it already (null: the run is not about one). */
  pullRequest?: PullRequestRef | null;
}

export type PublishStatus = StickyStatus | 'no-token' | 'not-a-pr' | 'skipped' | 'failed';

export interface PublishResult {
  status: PublishStatus;
  url?: string;
  /** The HTTP status of the failure, when status is `failed`. */
  httpStatus?: number;
}

const READ_ONLY =
  'the token is read-only (a pull request from a fork, or a workflow without `permissions: pull-requests: write`)';

export async function publishToPullRequest(o: PublishOptions): Promise<PublishResult> {
  const { logger, context: ctx } = o;
  const title = `${o.action}: comment not written`;
  if (!o.client && !o.token) {
    logger.warning('No `github-token`: the report is in the job summary only.', { title });
    return { status: 'no-token' };
  }
  let client: GitHubClient;
  try {
    client = o.client ?? (await loadGitHubClient({ token: o.token as string, baseUrl: ctx.apiUrl, logger }));
  } catch (e) {
    // An API URL fetch can never reach (GITHUB_API_URL): the comment cannot be written, the step's work stands.
    return failed(o, e, 'connecting to the GitHub API');
  }
  let pr: PullRequestRef | undefined;
  if (o.pullRequest !== undefined) pr = o.pullRequest ?? undefined;
  else {
    try {
      pr = await resolvePullRequest(ctx, o.prNumber, client);
    } catch (e) {
      if (e instanceof UserError) throw e;
      return failed(o, e, 'finding the pull request of this run');
    }
  }
  if (!pr) {
    logger.info(
      `This ${ctx.eventName || 'run'} is not about a pull request: the report is in the job summary.`,
    );
    return { status: 'not-a-pr' };
  }
  // A fork's pull_request run gets a read-only token: say so without a refused write. (pull_request_target
  // runs get a write token even for forks, so they try.)
  if (pr.isFork && ctx.eventName === 'pull_request') {
    logger.warning(
      `Could not write the pull request comment: ${READ_ONLY}. The report is in the job summary instead.`,
      { title },
    );
    return { status: 'read-only' };
  }
  let result: PublishResult;
  try {
    if (o.body === undefined) {
      result = { status: 'skipped' };
    } else if (o.create === false && !(await hasComment(client, pr, stickyMarker(o.action, o.key)))) {
      logger.info('No earlier comment to bring up to date: no comment written.');
      result = { status: 'skipped' };
    } else {
      const r = await upsertStickyComment({
        client,
        pr,
        action: o.action,
        key: o.key,
        body: o.body,
        logger,
        ...(o.mode ? { mode: o.mode } : {}),
      });
      // upsertStickyComment has already warned about a read-only token.
      if (r.status === 'read-only') return { status: 'read-only' };
      logger.info(`Pull request comment ${r.status}${r.url ? `: ${r.url}` : ''}`);
      result = { status: r.status, ...(r.url ? { url: r.url } : {}) };
    }
  } catch (e) {
    return failed(o, e, 'writing the pull request comment');
  }
  if (o.also) {
    try {
      await o.also(client, pr);
    } catch (e) {
      if (e instanceof UserError) throw e;
      const f = warnGitHubFailure(logger, e, 'updating the pull request', {
        title: `${o.action}: pull request not updated`,
        fallback: 'The comment and the job summary have the report',
      });
      return { ...result, ...(f.httpStatus ? { httpStatus: f.httpStatus } : {}) };
    }
  }
  return result;
}

interface FailureWording {
  /** The annotation title, e.g. "terraform-plan: comment not written". */
  title: string;
  /** Where the result still is, e.g. "The report is in the job summary". */
  fallback: string;
}

/**
 * A GitHub API failure as one warning (a read-only refusal, or the HTTP status after retries); never thrown, so
 * the step's own result stands. For the other writes an action makes beside its comment (SARIF upload, labels).
 */
export function warnGitHubFailure(
  logger: Logger,
  e: unknown,
  doing: string,
  wording: FailureWording,
): PublishResult {
  // Octokit reports a request that got no answer (DNS, refused, reset) as status 500 without a response.
  const answered = (e as { response?: unknown } | null)?.response !== undefined;
  const status = answered ? httpStatus(e) : undefined;
  if (isReadOnlyRefusal(e)) {
    logger.warning(`GitHub refused ${doing}: ${READ_ONLY}. ${wording.fallback}.`, { title: wording.title });
    return { status: 'read-only' };
  }
  const answer = status !== undefined ? `GitHub answered HTTP ${status}` : 'GitHub could not be reached';
  const detail = (e as Error | undefined)?.message ?? String(e);
  logger.warning(
    `${answer} while ${doing} (after retries): ${detail}. ${wording.fallback}; re-run the job to retry.`,
    {
      title: wording.title,
    },
  );
  logger.debug(`GitHub API failure: ${(e as Error | undefined)?.stack ?? detail}`);
  return { status: 'failed', ...(status !== undefined ? { httpStatus: status } : {}) };
}

function failed(o: Pick<PublishOptions, 'logger' | 'action'>, e: unknown, doing: string): PublishResult {
  return warnGitHubFailure(o.logger, e, doing, {
    title: `${o.action}: comment not written`,
    fallback: 'The report is in the job summary',
  });
}

async function hasComment(client: GitHubClient, pr: PullRequestRef, marker: string): Promise<boolean> {
  const all = (await client.paginate(client.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  })) as { body?: string | null }[];
  return all.some((c) => (c.body ?? '').trimStart().startsWith(marker));
}
