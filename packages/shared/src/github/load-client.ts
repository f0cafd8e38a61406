import { apiBaseUrl, checkApiUrl } from './api-url.ts';
import type { GitHubClient, GitHubClientOptions } from './client.ts';

/**
 * createGitHubClient with Octokit loaded on first use, for the paths that may never talk to GitHub (no token, not a
 * pull request, comments off): Octokit and its REST method table are ~170 kB that a bundle would otherwise compile
 * at every start (cold start, docs/performance.md). An API URL that can never answer is refused before anything
 * is loaded. Keep value imports of client.ts out of modules the actions import at start-up.
 */
export async function loadGitHubClient(opts: GitHubClientOptions): Promise<GitHubClient> {
  checkApiUrl(apiBaseUrl(opts.baseUrl));
  const { createGitHubClient } = await import('./client.ts');
  return createGitHubClient(opts);
}
