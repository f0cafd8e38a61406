/**
 * The GitHub side: one sticky comment per (path, workspace, label) key, optional owned labels. A fork PR or a
 * read-only token is not a failure: the report stays in the job summary and one warning says why.
 */
import { UserError, type ActionRuntime } from '@pipewright/shared/action';
import {
  createGitHubClient,
  isReadOnlyRefusal,
  resolvePullRequest,
  stickyMarker,
  syncOwnedLabels,
  upsertStickyComment,
  type GitHubClient,
  type PullRequestRef,
} from '@pipewright/shared/github';
import type { TerraformPlanInputs } from './main.ts';

export const ACTION = 'terraform-plan';
export const LABELS = {
  changes: 'terraform:changes',
  destroy: 'terraform:destroy',
  none: 'terraform:no-changes',
} as const;

export interface PublishInput {
  inputs: TerraformPlanInputs;
  key: string;
  comment: string;
  hasChanges: boolean;
  hasDestroy: boolean;
  failed: boolean;
}

export function wantedLabels(p: Pick<PublishInput, 'hasChanges' | 'hasDestroy'>): string[] {
  if (p.hasDestroy) return [LABELS.changes, LABELS.destroy];
  if (p.hasChanges) return [LABELS.changes];
  return [LABELS.none];
}

export async function publish(rt: ActionRuntime, p: PublishInput): Promise<{ url?: string }> {
  const { inputs } = p;
  const { logger, context: ctx } = rt;
  if (inputs.comment === 'never' && !inputs.labels) return {};
  if (!inputs.githubToken) {
    logger.warning('No `github-token`: the plan is in the job summary only.', {
      title: 'terraform-plan: no comment',
    });
    return {};
  }
  checkApiUrl(ctx.apiUrl);
  const client = createGitHubClient({ token: inputs.githubToken, baseUrl: ctx.apiUrl, logger });
  try {
    return await publishWith(rt, client, p);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const status = (e as { status?: unknown }).status;
    throw new UserError(
      `Writing to the GitHub API at ${ctx.apiUrl} failed${typeof status === 'number' ? ` (HTTP ${status})` : ''}: ${(e as Error).message}`,
      {
        hint: 'The plan itself succeeded and is in the job summary; re-run the job, or check the token permissions (`pull-requests: write`).',
        cause: e,
      },
    );
  }
}

/** Ports fetch refuses outright (WHATWG fetch "bad port"): a request there can never succeed, so no retry loop. */
const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
  109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
  526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

export function checkApiUrl(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UserError(`GITHUB_API_URL "${url}" is not a URL.`);
  }
  if (u.port && BAD_PORTS.has(Number(u.port)))
    throw new UserError(
      `Cannot reach the GitHub API at ${url}: port ${u.port} is one that fetch always refuses ("bad port").`,
      {
        hint: 'Point GITHUB_API_URL at the API of your GitHub (Enterprise) server.',
      },
    );
}

async function publishWith(
  rt: ActionRuntime,
  client: GitHubClient,
  p: PublishInput,
): Promise<{ url?: string }> {
  const { inputs } = p;
  const { logger, context: ctx } = rt;
  const pr = await resolvePullRequest(ctx, inputs.prNumber, client);
  if (!pr) {
    logger.info(
      `This ${ctx.eventName || 'run'} is not about a pull request: the plan is in the job summary only.`,
    );
    return {};
  }
  if (pr.isFork) {
    logger.warning(
      `Pull request #${pr.number} comes from a fork, so the token is read-only: the plan is in the job summary instead of a comment. ` +
        'See the README for the two-stage (workflow_run) pattern.',
      { title: 'terraform-plan: comment not written' },
    );
    return {};
  }
  let url: string | undefined;
  if (inputs.comment !== 'never') url = await comment(rt, client, pr, p);
  if (inputs.labels && !p.failed) {
    try {
      const r = await syncOwnedLabels(client, pr, Object.values(LABELS), wantedLabels(p));
      logger.info(`labels: added [${r.added.join(', ')}], removed [${r.removed.join(', ')}]`);
    } catch (e) {
      if (!isReadOnlyRefusal(e)) throw e;
      logger.warning('Could not set labels: the token is read-only.', {
        title: 'terraform-plan: labels not set',
      });
    }
  }
  return url ? { url } : {};
}

async function comment(
  rt: ActionRuntime,
  client: GitHubClient,
  pr: PullRequestRef,
  p: PublishInput,
): Promise<string | undefined> {
  const { logger } = rt;
  if (p.inputs.comment === 'on-change' && !p.hasChanges && !p.failed) {
    // No new comment when nothing changes, but an existing one is brought up to date.
    const marker = stickyMarker(ACTION, p.key);
    const existing = (await client.paginate(client.rest.issues.listComments, {
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      per_page: 100,
    })) as { body?: string | null }[];
    if (!existing.some((c) => (c.body ?? '').includes(marker))) {
      logger.info('No changes and no earlier comment: no comment written (comment: on-change).');
      return undefined;
    }
  }
  const r = await upsertStickyComment({
    client,
    pr,
    action: ACTION,
    key: p.key,
    body: p.comment,
    mode: p.inputs.minimize ? 'recreate' : 'update',
    logger,
  });
  logger.info(`comment ${r.status}${r.url ? `: ${r.url}` : ''}`);
  return r.url;
}
