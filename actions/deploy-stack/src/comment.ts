import type { ActionRuntime } from '@pipewright/shared/action';
import { publishToPullRequest } from '@pipewright/shared/github';
import type { DeployConfig } from './config.ts';

/**
 * The sticky PR comment: one per stack and region, updated in place on every run, through the shared publishing
 * path (a read-only token or a GitHub outage is one warning; the report is in the job summary). Loaded only when
 * a comment is due, so a plain deploy never loads Octokit.
 */
export async function commentOnPullRequest(
  rt: ActionRuntime,
  token: string,
  cfg: DeployConfig,
  body: string,
): Promise<void> {
  await publishToPullRequest({
    context: rt.context,
    logger: rt.logger,
    token,
    action: 'deploy-stack',
    key: `${cfg.region}/${cfg.stackName}`,
    body,
  });
}
