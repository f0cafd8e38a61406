/** The remote part, loaded only when a comment or an upload is asked for (keeps Octokit off the cold path). */
import type { ActionRuntime } from '@pipewright/shared/action';
import {
  createGitHubClient,
  publishToPullRequest,
  resolvePullRequest,
  uploadSarif,
  warnGitHubFailure,
  type PullRequestRef,
} from '@pipewright/shared/github';

/**
 * The PR comment through the shared publishing path, then the SARIF upload. A read-only token or a GitHub outage
 * is one warning each; the report is in the job summary and the SARIF file in the `sarif-file` output.
 */
export async function publish(o: {
  rt: ActionRuntime;
  token: string;
  comment: string | undefined;
  commentKey: string;
  sarif: string | undefined;
}): Promise<void> {
  const { rt } = o;
  const client = createGitHubClient({ token: o.token, baseUrl: rt.context.apiUrl, logger: rt.logger });
  let pr: PullRequestRef | undefined;
  try {
    pr = await resolvePullRequest(rt.context, undefined, client);
  } catch (e) {
    warnGitHubFailure(rt.logger, e, 'finding the pull request of this run', {
      title: 'security-scan: not published',
      fallback: 'The report is in the job summary and the SARIF file in the `sarif-file` output',
    });
    return;
  }
  if (o.comment !== undefined) {
    const r = await publishToPullRequest({
      context: rt.context,
      logger: rt.logger,
      token: o.token,
      client,
      pullRequest: pr ?? null,
      action: 'security-scan',
      key: o.commentKey,
      body: o.comment,
    });
    if (r.url) rt.outputs.set('comment-url', r.url);
  }
  if (o.sarif !== undefined) {
    const sha = pr?.headSha ?? rt.context.sha;
    const ref = pr ? `refs/pull/${pr.number}/head` : rt.context.ref;
    try {
      const { id } = await uploadSarif(client, rt.context, o.sarif, sha, ref);
      if (id) rt.outputs.set('sarif-id', id);
      rt.logger.info(`SARIF uploaded to code scanning${id ? ` (id ${id})` : ''}.`);
    } catch (e) {
      warnGitHubFailure(rt.logger, e, 'uploading SARIF to code scanning', {
        title: 'security-scan: SARIF not uploaded',
        fallback:
          'The SARIF file is in the `sarif-file` output: upload it with github/codeql-action/upload-sarif from a trusted workflow (fork PRs), or grant `security-events: write`',
      });
    }
  }
}
