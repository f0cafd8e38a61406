import { UserError } from '../action/errors.ts';
import type { GitHubClient } from './client.ts';
import type { PullRequestRef } from './context.ts';

/** GitHub refuses label names longer than this. */
export const MAX_LABEL_LENGTH = 50;

export function checkLabelNames(names: readonly string[]): string[] {
  return names
    .filter((n) => n.length > MAX_LABEL_LENGTH || n.trim() === '')
    .map((n) => `label "${n}" is empty or longer than ${MAX_LABEL_LENGTH} characters`);
}

/**
 * Makes the PR carry exactly `wanted` out of the labels this action owns; labels it does not own are left alone.
 * Returns what changed.
 */
export async function syncOwnedLabels(
  client: GitHubClient,
  pr: Pick<PullRequestRef, 'owner' | 'repo' | 'number'>,
  owned: readonly string[],
  wanted: readonly string[],
): Promise<{ added: string[]; removed: string[] }> {
  const bad = checkLabelNames([...owned, ...wanted]);
  if (bad.length) throw new UserError(bad.join('; '));
  const { owner, repo, number } = pr;
  const current = (
    await client.paginate(client.rest.issues.listLabelsOnIssue, {
      owner,
      repo,
      issue_number: number,
      per_page: 100,
    })
  ).map((l) => l.name);
  // GitHub compares label names case-insensitively.
  const has = (list: readonly string[], l: string) => list.some((x) => x.toLowerCase() === l.toLowerCase());
  const removed = current.filter((l) => has(owned, l) && !has(wanted, l));
  const added = wanted.filter((l) => !has(current, l));
  for (const name of removed)
    await client.rest.issues.removeLabel({ owner, repo, issue_number: number, name });
  if (added.length) await client.rest.issues.addLabels({ owner, repo, issue_number: number, labels: added });
  return { added, removed };
}
