/** The remote part, loaded only when a comment or an upload is asked for (keeps Octokit off the cold path). */
import type { ActionRuntime } from '@pipewright/shared/action';
import {
  createGitHubClient,
  isReadOnlyRefusal,
  resolvePullRequest,
  upsertStickyComment,
  uploadSarif,
} from '@pipewright/shared/github';

export async function publish(o: {
  rt: ActionRuntime;
  token: string;
  comment: string | undefined;
  commentKey: string;
  sarif: string | undefined;
}): Promise<void> {
  const { rt } = o;
  const client = createGitHubClient({ token: o.token, baseUrl: rt.context.apiUrl, logger: rt.logger });
  const pr = await resolvePullRequest(rt.context, undefined, client);
  if (o.comment !== undefined && pr) {
    const r = await upsertStickyComment({
      client,
      pr,
      action: 'security-scan',
      key: o.commentKey,
      body: o.comment,
      logger: rt.logger,
    });
    if (r.url) rt.outputs.set('comment-url', r.url);
    rt.logger.info(`PR comment: ${r.status}${r.url ? ` (${r.url})` : ''}`);
  }
  if (o.sarif !== undefined) {
    const sha = pr?.headSha ?? rt.context.sha;
    const ref = pr ? `refs/pull/${pr.number}/head` : rt.context.ref;
    try {
      const { id } = await uploadSarif(client, rt.context, o.sarif, sha, ref);
      if (id) rt.outputs.set('sarif-id', id);
      rt.logger.info(`SARIF uploaded to code scanning${id ? ` (id ${id})` : ''}.`);
    } catch (e) {
      if (isReadOnlyRefusal(e)) {
        rt.logger.warning(
          'Could not upload SARIF: the token cannot write security events (a fork PR, or missing `security-events: write`). Upload the sarif-file output with github/codeql-action/upload-sarif in a trusted workflow instead.',
          { title: 'security-scan: SARIF not uploaded' },
        );
        return;
      }
      throw e;
    }
  }
}
