/**
 * OCI image labels (org.opencontainers.image.*) from the event payload, without API calls. `created` is
 * the commit time, not "now", so rebuilding the same commit gives the same labels (and cache hits).
 */
import type { RunContext } from '@pipewright/shared/github';

interface RepoPayload {
  name?: string;
  description?: string | null;
  html_url?: string;
  default_branch?: string;
  license?: { spdx_id?: string | null } | null;
}

interface PrPayload {
  number?: number;
  head?: { sha?: string; ref?: string };
  base?: { ref?: string };
}

/** What the event tells about the commit being built; PRs use the head commit, not the merge commit. */
export interface SourceInfo {
  sha: string;
  ref: string;
  eventName: string;
  prNumber: number | undefined;
  headRef: string | undefined;
  /** The PR base branch, or the push payload's base_ref on a tag push (`{{base_ref}}`). */
  baseRef: string | undefined;
  defaultBranch: string | undefined;
  commitTime: string | undefined;
  repository: RepoPayload;
}

export function sourceInfo(ctx: RunContext): SourceInfo {
  const p = ctx.payload as {
    number?: number;
    base_ref?: string | null;
    repository?: RepoPayload;
    pull_request?: PrPayload;
    head_commit?: { id?: string; timestamp?: string } | null;
    commits?: { id?: string; timestamp?: string }[];
  };
  const pr = p.pull_request;
  const isPr =
    (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') && pr !== undefined;
  const sha = (isPr ? pr.head?.sha : undefined) ?? ctx.sha;
  // pull_request_target runs with the base branch's ref (refs/heads/master): as in metadata-action, the
  // ref is the PR's, so no rule can tag (and overwrite) the base branch with a fork's code.
  const prNumber = isPr ? (pr.number ?? p.number) : undefined;
  const ref =
    ctx.eventName === 'pull_request_target' && prNumber !== undefined
      ? `refs/pull/${prNumber}/merge`
      : ctx.ref;
  // The commit time from the payload, as metadata-action reads it (the push's commits, then head_commit).
  const commitTime =
    p.commits?.find((c) => c.id === sha)?.timestamp ??
    (p.head_commit?.id === sha || (p.head_commit && !p.head_commit.id)
      ? p.head_commit?.timestamp
      : undefined);
  const baseRef = isPr
    ? pr.base?.ref
    : ref.startsWith('refs/tags/') && p.base_ref
      ? p.base_ref.replace(/^refs\/heads\//, '')
      : undefined;
  return {
    sha,
    ref,
    eventName: ctx.eventName,
    prNumber,
    headRef: isPr ? pr.head?.ref : undefined,
    baseRef,
    defaultBranch: p.repository?.default_branch,
    commitTime,
    repository: p.repository ?? {},
  };
}

/** The standard labels, sorted by name; user labels override them. Empty values are left out. */
export function ociLabels(
  src: SourceInfo,
  version: string | undefined,
  created: string | undefined,
  user: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const r = src.repository;
  const base: Record<string, string | undefined> = {
    'org.opencontainers.image.created': created,
    'org.opencontainers.image.description': r.description ?? undefined,
    'org.opencontainers.image.licenses':
      r.license?.spdx_id && r.license.spdx_id !== 'NOASSERTION' ? r.license.spdx_id : undefined,
    'org.opencontainers.image.revision': src.sha || undefined,
    'org.opencontainers.image.source': r.html_url,
    'org.opencontainers.image.title': r.name,
    'org.opencontainers.image.url': r.html_url,
    'org.opencontainers.image.version': version,
  };
  const merged: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...base, ...user })) if (v !== undefined && v !== '') merged[k] = v;
  return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** ISO 8601 in UTC with second precision (what the label spec asks for), or undefined if unparsable. */
export function isoSeconds(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
