/**
 * The vocabulary of the metadata-action parity table (metadata-action-cases.ts, which cites the sources):
 * the case shape, the frozen instant and commits, the event payloads, and `c`, which spells out a case.
 */
export interface EventSpec {
  name: string;
  payload: Record<string, unknown>;
  sha: string;
  ref: string;
}

export interface Case {
  id: string;
  source: string;
  event: EventSpec;
  images: string[];
  tags?: string[];
  flavor?: string[];
  /** Full references, in order. */
  want: string[];
  version: string | undefined;
}

export const NOW = '2020-01-10T00:30:00Z';
export const DEV_SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
export const MASTER_SHA = '266574110acf203503badf966df2ea24b5d732d7';
export const PR_HEAD_SHA = '5e2d4b8f0c7a6e1d3b9f8a7c6d5e4f3a2b1c0d9e';
export const PR_MERGE_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

const repository = {
  name: 'Hello-World',
  full_name: 'octocat/Hello-World',
  html_url: 'https://github.com/octocat/Hello-World',
  description: 'This your first repo!',
  default_branch: 'master',
  license: { spdx_id: 'MIT' },
};

function push(ref: string, sha = DEV_SHA, extra: Record<string, unknown> = {}): EventSpec {
  return {
    name: 'push',
    sha,
    ref,
    payload: {
      ref,
      after: sha,
      head_commit: { id: sha, timestamp: NOW },
      commits: [{ id: sha, timestamp: NOW }],
      repository,
      ...extra,
    },
  };
}

function pr(name: 'pull_request' | 'pull_request_target', headRef = 'feature/new-ui'): EventSpec {
  return {
    name,
    // pull_request: the merge commit on refs/pull/N/merge; pull_request_target: the base branch's head.
    sha: name === 'pull_request' ? PR_MERGE_SHA : MASTER_SHA,
    ref: name === 'pull_request' ? 'refs/pull/15/merge' : 'refs/heads/master',
    payload: {
      action: 'synchronize',
      number: 15,
      pull_request: {
        number: 15,
        head: { ref: headRef, sha: PR_HEAD_SHA, repo: { full_name: 'contributor/Hello-World' } },
        base: { ref: 'master', sha: MASTER_SHA, repo: repository },
      },
      repository,
    },
  };
}

function other(name: string, ref: string, sha = MASTER_SHA, extra: Record<string, unknown> = {}): EventSpec {
  return { name, sha, ref, payload: { repository, ...extra } };
}

export const EV = {
  dev: push('refs/heads/dev'),
  master: push('refs/heads/master', MASTER_SHA),
  slash: push('refs/heads/feature/new-ui'),
  dependabot: push('refs/heads/dependabot/npm/x'),
  myBranch: push('refs/heads/my/branch'),
  tag: (t: string, extra: Record<string, unknown> = {}) => push(`refs/tags/${t}`, DEV_SHA, extra),
  pr: pr('pull_request'),
  prt: pr('pull_request_target'),
  schedule: other('schedule', 'refs/heads/master', MASTER_SHA, { schedule: '0 0 * * *' }),
  release: other('release', 'refs/tags/v1.1.1', DEV_SHA, {
    action: 'published',
    release: { tag_name: 'v1.1.1' },
  }),
  dispatchMaster: other('workflow_dispatch', 'refs/heads/master', MASTER_SHA, { inputs: {} }),
  dispatchDev: other('workflow_dispatch', 'refs/heads/dev', DEV_SHA, { inputs: {} }),
  createTag: other('create', 'refs/tags/v1.1.1', DEV_SHA, { ref_type: 'tag' }),
};

export const A = 'user/app';
export const TWO = ['org/app', 'ghcr.io/user/app'];
export const DEFAULT_RULES = undefined;
export const R = 'README';
export const on = (images: string[], tags: string[]) => images.flatMap((i) => tags.map((t) => `${i}:${t}`));

/** A case before metadata-action-cases.ts numbers it (`id`, in table order). */
export type CaseSpec = Omit<Case, 'id'>;

export function c(
  source: string,
  event: EventSpec,
  images: string[],
  tags: string[] | undefined,
  want: string[],
  version: string | undefined,
  flavor?: string[],
): CaseSpec {
  return {
    source,
    event,
    images,
    ...(tags ? { tags } : {}),
    ...(flavor ? { flavor } : {}),
    want: on(images.filter((i) => !i.includes('enable=false')).map(imageName), want),
    version,
  };
}
function imageName(line: string): string {
  const named = /(?:^|,)\s*name=([^,]+)/.exec(line);
  return (named ? (named[1] as string) : (line.split(',')[0] as string)).trim().toLowerCase();
}

export const SEMVER_STD = ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}'];
