import { gzipSync } from 'node:zlib';
import { redactKnown } from '../log/secrets.ts';
import type { GitHubClient } from './client.ts';
import type { RepoRef } from './context.ts';

/**
 * Uploads a SARIF log through the code-scanning API (gzip + base64, as the API requires). Known secrets are
 * redacted before compression, where the request hook of client.ts can no longer see them.
 */
export async function uploadSarif(
  client: GitHubClient,
  repo: RepoRef,
  sarif: string,
  commitSha: string,
  ref: string,
): Promise<{ id: string | undefined }> {
  const encoded = gzipSync(Buffer.from(redactKnown(sarif), 'utf8')).toString('base64');
  const { data } = await client.rest.codeScanning.uploadSarif({
    owner: repo.owner,
    repo: repo.repo,
    commit_sha: commitSha,
    ref,
    sarif: encoded,
  });
  return { id: data.id };
}
