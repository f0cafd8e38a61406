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
