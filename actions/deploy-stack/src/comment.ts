import type { ActionRuntime } from '@pipewright/shared/action';
import { createGitHubClient, resolvePullRequest, upsertStickyComment } from '@pipewright/shared/github';
import type { DeployConfig } from './config.ts';

/**
 * The sticky PR comment: one per stack and region, updated in place on every run. Loaded only when a
 * comment is due, so a plain deploy never loads Octokit. A comment that cannot be written is a warning.
 */
export async function commentOnPullRequest(
  rt: ActionRuntime,
  token: string,
  cfg: DeployConfig,
  body: string,
): Promise<void> {
  const client = createGitHubClient({ token, baseUrl: rt.context.apiUrl, logger: rt.logger });
  try {
    const pr = await resolvePullRequest(rt.context, undefined, client);
    if (!pr) {
      rt.logger.debug('Not a pull request run: no comment.');
      return;
    }
    const r = await upsertStickyComment({
      client,
      pr,
      action: 'deploy-stack',
      key: `${cfg.region}/${cfg.stackName}`,
      body,
      logger: rt.logger,
    });
    if (r.url) rt.logger.info(`Pull request comment ${r.status}: ${r.url}`);
  } catch (error) {
    rt.logger.warning(`Could not write the pull request comment: ${(error as Error).message}`, {
      title: 'deploy-stack: comment not written',
    });
  }
}
