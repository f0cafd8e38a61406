/** Realistic webhook payloads (trimmed to the fields actions read), as GitHub sends them. */
export const REPO = { owner: 'octo-org', repo: 'octo-repo' };
export const FULL_NAME = `${REPO.owner}/${REPO.repo}`;
export const HEAD_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
export const MERGE_SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4';
export const BASE_SHA = '9049f1265b7d61be4a8904a9a27120d2064dab3b';

const repository = {
  id: 1296269,
  node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
  name: REPO.repo,
  full_name: FULL_NAME,
  private: false,
  owner: { login: REPO.owner, id: 1, type: 'Organization' },
  html_url: `https://github.com/${FULL_NAME}`,
  default_branch: 'main',
  license: { spdx_id: 'MIT' },
  description: 'An example repository',
};

export interface EventOptions {
  prNumber?: number;
  fork?: boolean;
  headRef?: string;
  headSha?: string;
  commitTime?: string;
}

export interface EventSpec {
  name: string;
  payload: Record<string, unknown>;
  sha: string;
  ref: string;
}

export function pullRequestEvent(o: EventOptions = {}): EventSpec {
  const number = o.prNumber ?? 42;
  const headRepo = o.fork
    ? {
        ...repository,
        full_name: `contributor/${REPO.repo}`,
        owner: { login: 'contributor', id: 2, type: 'User' },
      }
    : repository;
  return {
    name: 'pull_request',
    sha: MERGE_SHA,
    ref: `refs/pull/${number}/merge`,
    payload: {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        state: 'open',
        title: 'Add feature',
        html_url: `https://github.com/${FULL_NAME}/pull/${number}`,
        head: { ref: o.headRef ?? 'feature/x', sha: o.headSha ?? HEAD_SHA, repo: headRepo },
        base: { ref: 'main', sha: BASE_SHA, repo: repository },
      },
      repository,
      sender: { login: 'octocat', id: 3 },
    },
  };
}

export function pushEvent(o: { ref?: string; sha?: string; commitTime?: string } = {}): EventSpec {
  const sha = o.sha ?? HEAD_SHA;
  return {
    name: 'push',
    sha,
    ref: o.ref ?? 'refs/heads/main',
    payload: {
      ref: o.ref ?? 'refs/heads/main',
      before: BASE_SHA,
      after: sha,
      head_commit: { id: sha, timestamp: o.commitTime ?? '2026-11-20T10:00:00Z', message: 'Merge' },
      repository,
      pusher: { name: 'octocat' },
      sender: { login: 'octocat', id: 3 },
    },
  };
}

export function workflowDispatchEvent(inputs: Record<string, string> = {}): EventSpec {
  return {
    name: 'workflow_dispatch',
    sha: HEAD_SHA,
    ref: 'refs/heads/main',
    payload: { inputs, ref: 'refs/heads/main', repository, sender: { login: 'octocat', id: 3 } },
  };
}

export function eventByName(name: string, o: EventOptions = {}): EventSpec {
  switch (name) {
    case 'pull_request':
      return pullRequestEvent(o);
    case 'push':
      return pushEvent();
    case 'workflow_dispatch':
      return workflowDispatchEvent();
    default:
      throw new Error(`no built-in payload for event ${name}; use pull_request, push or workflow_dispatch`);
  }
}
