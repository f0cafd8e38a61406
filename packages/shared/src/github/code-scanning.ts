import { gzipSync } from 'node:zlib';
import type { GitHubClient } from './client.ts';
import type { RepoRef } from './context.ts';

/** Uploads a SARIF log through the code-scanning API (gzip + base64, as the API requires). */
export async function uploadSarif(
  client: GitHubClient,
  repo: RepoRef,
  sarif: string,
  commitSha: string,
  ref: string,
): Promise<{ id: string | undefined }> {
  const encoded = gzipSync(Buffer.from(sarif, 'utf8')).toString('base64');
  const { data } = await client.rest.codeScanning.uploadSarif({
    owner: repo.owner,
    repo: repo.repo,
    commit_sha: commitSha,
    ref,
    sarif: encoded,
  });
  return { id: data.id };
}
