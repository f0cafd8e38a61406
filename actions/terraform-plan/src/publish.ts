/**
 * The GitHub side: one sticky comment per (path, workspace, label) key, optional owned labels. A fork PR or a
 * read-only token is not a failure: the report stays in the job summary and one warning says why.
 */
import type { ActionRuntime } from '@pipewright/shared/action';
import {
  publishToPullRequest,
  syncOwnedLabels,
  type GitHubClient,
  type PullRequestRef,
} from '@pipewright/shared/github';
import type { TerraformPlanInputs } from './config.ts';

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
  const { logger } = rt;
  if (inputs.comment === 'never' && !inputs.labels) return {};
  // The shared publishing path: a fork's read-only token or a GitHub outage is one warning, never a failure.
  const r = await publishToPullRequest({
    context: rt.context,
    logger,
    token: inputs.githubToken,
    action: ACTION,
    key: p.key,
    body: inputs.comment === 'never' ? undefined : p.comment,
    mode: inputs.minimize ? 'recreate' : 'update',
    ...(inputs.prNumber !== undefined ? { prNumber: inputs.prNumber } : {}),
    // comment: on-change: no new comment when nothing changes, but an existing one is brought up to date.
    create: !(inputs.comment === 'on-change' && !p.hasChanges && !p.failed),
    ...(inputs.labels && !p.failed
      ? {
          also: async (client: GitHubClient, pr: PullRequestRef) => {
            const l = await syncOwnedLabels(client, pr, Object.values(LABELS), wantedLabels(p));
            logger.info(`labels: added [${l.added.join(', ')}], removed [${l.removed.join(', ')}]`);
          },
        }
      : {}),
  });
  return r.url ? { url: r.url } : {};
}
