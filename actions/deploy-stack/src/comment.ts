import { describeThrown, type ActionRuntime } from '@pipewright/shared/action';
import { publishToPullRequest } from '@pipewright/shared/github';
import type { DeployConfig } from './config.ts';

/**
 * The sticky PR comment: one per stack and region, updated in place on every run, through the shared publishing
 * path (a read-only token or a GitHub outage is one warning; the report is in the job summary). Loaded only when
 * a comment is due, so a plain deploy never loads Octokit. It never fails the step: the deployment's own
 * outcome (and error) must not be replaced by the comment's.
 */
export async function commentOnPullRequest(
  rt: ActionRuntime,
  token: string,
  cfg: DeployConfig,
  body: string,
): Promise<void> {
  try {
    await publishToPullRequest({
      context: rt.context,
      logger: rt.logger,
      token,
      action: 'deploy-stack',
      key: `${cfg.region}/${cfg.stackName}`,
      body,
    });
  } catch (error) {
    rt.logger.warning(`Could not write the pull request comment: ${describeThrown(error)}`, {
      title: 'deploy-stack: comment not written',
    });
  }
}
