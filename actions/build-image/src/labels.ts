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
  baseRef: string | undefined;
  defaultBranch: string | undefined;
  commitTime: string | undefined;
  repository: RepoPayload;
}

export function sourceInfo(ctx: RunContext): SourceInfo {
  const p = ctx.payload as {
    repository?: RepoPayload;
    pull_request?: PrPayload;
    head_commit?: { id?: string; timestamp?: string } | null;
    release?: { created_at?: string };
  };
  const pr = p.pull_request;
  const isPr =
    (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') && pr !== undefined;
  const sha = (isPr ? pr.head?.sha : undefined) ?? ctx.sha;
  const commitTime =
    p.head_commit?.id === sha || (p.head_commit && !p.head_commit.id) ? p.head_commit?.timestamp : undefined;
  return {
    sha,
    ref: ctx.ref,
    eventName: ctx.eventName,
    prNumber: isPr ? pr.number : undefined,
    headRef: isPr ? pr.head?.ref : undefined,
    baseRef: isPr ? pr.base?.ref : undefined,
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
