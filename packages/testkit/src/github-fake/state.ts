/** What the fake GitHub keeps in memory, and the JSON shapes GitHub answers with. */
import { BASE_SHA, FULL_NAME, HEAD_SHA, REPO } from '../events.ts';
import type { FakePullRequest, StoredCheckRun, StoredComment } from './types.ts';

export const WEB = 'https://github.com';
/** Who writes with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface StoredLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

/** Deterministic clock: every write is one second after the previous one. */
function* timestamps(): Generator<string> {
  let t = Date.parse('2026-11-21T10:00:00Z');
  for (;;) {
    yield new Date(t).toISOString().replace('.000Z', 'Z');
    t += 1000;
  }
}

export class FakeState {
  /** Base URL of the API, known once the server listens. */
  api = '';
  readonly comments = new Map<number, StoredComment[]>();
  readonly labels = new Map<number, string[]>();
  readonly repoLabels = new Map<string, StoredLabel>();
  readonly pulls = new Map<number, FakePullRequest>();
  readonly pullsForCommit = new Map<string, number[]>();
  readonly sarifUploads: { id: string; commit_sha: string; ref: string; sarif: string }[] = [];
  readonly checkRuns: StoredCheckRun[] = [];
  readonly statuses: {
    sha: string;
    state: string;
    context: string;
    description?: string;
    target_url?: string;
  }[] = [];
  private nextId = 2_600_000_001; // above 2^31, as GitHub's comment ids are: int64 handling gets exercised
  private readonly clock = timestamps();

  constructor() {
    this.addPullRequest({ number: 42 });
  }

  id(): number {
    return this.nextId++;
  }

  now(): string {
    return this.clock.next().value as string;
  }

  addPullRequest(pr: Partial<FakePullRequest> & { number: number }): FakePullRequest {
    const full: FakePullRequest = {
      state: 'open',
      title: 'Add feature',
      headSha: HEAD_SHA,
      headRef: 'feature/x',
      baseRef: 'main',
      baseSha: BASE_SHA,
      fork: false,
      ...pr,
    };
    this.pulls.set(pr.number, full);
    return full;
  }

  addComment(issue: number, body: string, user: { login: string; id: number; type: string }): StoredComment {
    const id = this.id();
    const at = this.now();
    const kind = this.pulls.has(issue) ? 'pull' : 'issues';
    const c: StoredComment = {
      id,
      node_id: `IC_kwDOABPHjc${Buffer.from(`IssueComment:${id}`).toString('base64url')}`,
      body,
      user,
      created_at: at,
      updated_at: at,
      html_url: `${WEB}/${FULL_NAME}/${kind}/${issue}#issuecomment-${id}`,
      minimized: false,
    };
    const list = this.comments.get(issue) ?? [];
    list.push(c);
    this.comments.set(issue, list);
    return c;
  }

  findComment(id: number): { issue: number; comment: StoredComment } | undefined {
    for (const [issue, list] of this.comments) {
      const comment = list.find((c) => c.id === id);
      if (comment) return { issue, comment };
    }
    return undefined;
  }

  findCommentByNodeId(nodeId: string): StoredComment | undefined {
    for (const list of this.comments.values()) {
      const c = list.find((x) => x.node_id === nodeId);
      if (c) return c;
    }
    return undefined;
  }

  deleteComment(id: number): boolean {
    const found = this.findComment(id);
    if (!found) return false;
    const list = this.comments.get(found.issue) as StoredComment[];
    list.splice(list.indexOf(found.comment), 1);
    return true;
  }

  repoLabel(name: string): StoredLabel {
    const key = name.toLowerCase();
    let l = this.repoLabels.get(key);
    if (!l) {
      l = { id: this.id(), name, color: 'ededed', description: null };
      this.repoLabels.set(key, l);
    }
    return l;
  }

  /** Adds labels (GitHub creates unknown ones; names compare case-insensitively). */
  addLabels(issue: number, names: string[]): void {
    const current = this.labels.get(issue) ?? [];
    for (const n of names) {
      const label = this.repoLabel(n);
      if (!current.some((c) => c.toLowerCase() === label.name.toLowerCase())) current.push(label.name);
    }
    this.labels.set(issue, current);
  }

  // ------------------------------------------------------------------------------------------------------
  // JSON shapes (the fields GitHub sends that Octokit users and our code read)

  userJson(u: { login: string; id: number; type: string }) {
    const url = `${this.api}/users/${encodeURIComponent(u.login)}`;
    const bot = u.type === 'Bot';
    return {
      login: u.login,
      id: u.id,
      node_id: `${bot ? 'BOT_' : 'MDQ6VXNlcj'}${u.id}`,
      avatar_url: `https://avatars.githubusercontent.com/${bot ? 'in/15368' : `u/${u.id}`}?v=4`,
      gravatar_id: '',
      url,
      html_url: bot ? `${WEB}/apps/${u.login.replace(/\[bot\]$/, '')}` : `${WEB}/${u.login}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: u.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  repoJson(fork = false) {
    const owner = fork
      ? { login: 'contributor', id: 2, type: 'User' }
      : { login: REPO.owner, id: 1, type: 'Organization' };
    const full = `${owner.login}/${REPO.repo}`;
    const url = `${this.api}/repos/${full}`;
    const templated = Object.fromEntries(
      (
        [
          ['archive_url', '/{archive_format}{/ref}'],
          ['assignees_url', '/assignees{/user}'],
          ['blobs_url', '/git/blobs{/sha}'],
          ['branches_url', '/branches{/branch}'],
          ['collaborators_url', '/collaborators{/collaborator}'],
          ['comments_url', '/comments{/number}'],
          ['commits_url', '/commits{/sha}'],
          ['compare_url', '/compare/{base}...{head}'],
          ['contents_url', '/contents/{+path}'],
          ['contributors_url', '/contributors'],
          ['deployments_url', '/deployments'],
          ['downloads_url', '/downloads'],
          ['events_url', '/events'],
          ['forks_url', '/forks'],
          ['git_commits_url', '/git/commits{/sha}'],
          ['git_refs_url', '/git/refs{/sha}'],
          ['git_tags_url', '/git/tags{/sha}'],
          ['hooks_url', '/hooks'],
          ['issue_comment_url', '/issues/comments{/number}'],
          ['issue_events_url', '/issues/events{/number}'],
          ['issues_url', '/issues{/number}'],
          ['keys_url', '/keys{/key_id}'],
          ['labels_url', '/labels{/name}'],
          ['languages_url', '/languages'],
          ['merges_url', '/merges'],
          ['milestones_url', '/milestones{/number}'],
          ['notifications_url', '/notifications{?since,all,participating}'],
          ['pulls_url', '/pulls{/number}'],
          ['releases_url', '/releases{/id}'],
          ['stargazers_url', '/stargazers'],
          ['statuses_url', '/statuses/{sha}'],
          ['subscribers_url', '/subscribers'],
          ['subscription_url', '/subscription'],
          ['tags_url', '/tags'],
          ['teams_url', '/teams'],
          ['trees_url', '/git/trees{/sha}'],
        ] as const
      ).map(([k, suffix]) => [k, `${url}${suffix}`]),
    );
    return {
      id: fork ? 1296270 : 1296269,
      node_id: fork ? 'MDEwOlJlcG9zaXRvcnkxMjk2Mjcw' : 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
      name: REPO.repo,
      full_name: full,
      private: false,
      fork,
      owner: this.userJson(owner),
      html_url: `${WEB}/${full}`,
      url,
      description: 'An example repository',
      ...templated,
      git_url: `git://github.com/${full}.git`,
      ssh_url: `git@github.com:${full}.git`,
      clone_url: `${WEB}/${full}.git`,
      svn_url: `${WEB}/${full}`,
      mirror_url: null,
      homepage: null,
      language: 'HCL',
      size: 108,
      forks: 1,
      forks_count: 1,
      stargazers_count: 3,
      watchers: 3,
      watchers_count: 3,
      open_issues: 1,
      open_issues_count: 1,
      default_branch: 'main',
      visibility: 'public',
      has_issues: true,
      has_projects: false,
      has_downloads: true,
      has_wiki: false,
      has_pages: false,
      has_discussions: false,
      archived: false,
      disabled: false,
      license: {
        key: 'mit',
        name: 'MIT License',
        spdx_id: 'MIT',
        url: `${this.api}/licenses/mit`,
        node_id: 'MDc6TGljZW5zZTEz',
      },
      topics: [],
      network_count: 1,
      subscribers_count: 2,
      created_at: '2026-01-05T09:00:00Z',
      updated_at: '2026-11-20T10:00:00Z',
      pushed_at: '2026-11-20T10:00:00Z',
    };
  }

  commentJson(issue: number, c: StoredComment) {
    return {
      id: c.id,
      node_id: c.node_id,
      url: `${this.api}/repos/${FULL_NAME}/issues/comments/${c.id}`,
      html_url: c.html_url,
      issue_url: `${this.api}/repos/${FULL_NAME}/issues/${issue}`,
      body: c.body,
      user: this.userJson(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app: null,
    };
  }

  labelJson(name: string) {
    const l = this.repoLabel(name);
    return {
      id: l.id,
      node_id: `LA_kwDOABPHjc${Buffer.from(`Label:${l.id}`).toString('base64url')}`,
      url: `${this.api}/repos/${FULL_NAME}/labels/${encodeURIComponent(l.name)}`,
      name: l.name,
      color: l.color,
      default: false,
      description: l.description,
    };
  }

  pullJson(pr: FakePullRequest, full: boolean) {
    const author = this.userJson({ login: 'octocat', id: 3, type: 'User' });
    const head = pr.fork ? 'contributor' : REPO.owner;
    const prUrl = `${this.api}/repos/${FULL_NAME}/pulls/${pr.number}`;
    const issueUrl = `${this.api}/repos/${FULL_NAME}/issues/${pr.number}`;
    const html = `${WEB}/${FULL_NAME}/pull/${pr.number}`;
    const statuses = `${this.api}/repos/${FULL_NAME}/statuses/${pr.headSha}`;
    const simple = {
      url: prUrl,
      id: 1000 + pr.number,
      node_id: `PR_kwDOABPHjc${Buffer.from(`PullRequest:${pr.number}`).toString('base64url')}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issueUrl,
      commits_url: `${prUrl}/commits`,
      review_comments_url: `${prUrl}/comments`,
      review_comment_url: `${this.api}/repos/${FULL_NAME}/pulls/comments{/number}`,
      comments_url: `${issueUrl}/comments`,
      statuses_url: statuses,
      _links: {
        self: { href: prUrl },
        html: { href: html },
        issue: { href: issueUrl },
        comments: { href: `${issueUrl}/comments` },
        review_comments: { href: `${prUrl}/comments` },
        review_comment: { href: `${this.api}/repos/${FULL_NAME}/pulls/comments{/number}` },
        commits: { href: `${prUrl}/commits` },
        statuses: { href: statuses },
      },
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      milestone: null,
      auto_merge: null,
      active_lock_reason: null,
      number: pr.number,
      state: pr.state,
      locked: false,
      title: pr.title,
      user: author,
      body: null,
      // (in a PR, GitHub's description has a label's description as a string, not null)
      labels: (this.labels.get(pr.number) ?? []).map((n) => ({ ...this.labelJson(n), description: '' })),
      created_at: '2026-11-20T09:00:00Z',
      updated_at: '2026-11-20T10:00:00Z',
      closed_at: pr.state === 'closed' ? '2026-11-20T11:00:00Z' : null,
      merged_at: null,
      merge_commit_sha: null,
      draft: false,
      head: {
        label: `${head}:${pr.headRef}`,
        ref: pr.headRef,
        sha: pr.headSha,
        user: this.userJson(pr.fork ? { login: 'contributor', id: 2, type: 'User' } : author),
        repo: this.repoJson(pr.fork),
      },
      base: {
        label: `${REPO.owner}:${pr.baseRef}`,
        ref: pr.baseRef,
        sha: pr.baseSha,
        user: this.userJson({ login: REPO.owner, id: 1, type: 'Organization' }),
        repo: this.repoJson(false),
      },
      author_association: pr.fork ? 'CONTRIBUTOR' : 'MEMBER',
    };
    if (!full) return simple;
    return {
      ...simple,
      merged: false,
      merged_by: null,
      mergeable: true,
      rebaseable: true,
      mergeable_state: 'clean',
      comments: (this.comments.get(pr.number) ?? []).length,
      review_comments: 0,
      commits: 1,
      additions: 10,
      deletions: 2,
      changed_files: 1,
      maintainer_can_modify: pr.fork,
    };
  }

  issueJson(n: number) {
    const pr = this.pulls.get(n);
    const url = `${this.api}/repos/${FULL_NAME}/issues/${n}`;
    const html = `${WEB}/${FULL_NAME}/${pr ? 'pull' : 'issues'}/${n}`;
    return {
      id: 5000 + n,
      node_id: `I_kwDOABPHjc${Buffer.from(`Issue:${n}`).toString('base64url')}`,
      url,
      repository_url: `${this.api}/repos/${FULL_NAME}`,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: html,
      number: n,
      state: pr?.state ?? 'open',
      title: pr?.title ?? `Issue ${n}`,
      body: null,
      user: this.userJson({ login: 'octocat', id: 3, type: 'User' }),
      labels: (this.labels.get(n) ?? []).map((l) => this.labelJson(l)),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: (this.comments.get(n) ?? []).length,
      closed_at: pr?.state === 'closed' ? '2026-11-20T11:00:00Z' : null,
      created_at: '2026-11-20T09:00:00Z',
      updated_at: '2026-11-20T10:00:00Z',
      author_association: 'MEMBER',
      ...(pr
        ? {
            pull_request: {
              url: `${this.api}/repos/${FULL_NAME}/pulls/${n}`,
              html_url: html,
              diff_url: `${html}.diff`,
              patch_url: `${html}.patch`,
              merged_at: null,
            },
          }
        : {}),
    };
  }

  checkRunJson(run: StoredCheckRun) {
    const body = Object.assign({}, ...run.bodies) as Record<string, unknown>;
    return {
      id: run.id,
      node_id: `CR_kwDOABPHjc${Buffer.from(`CheckRun:${run.id}`).toString('base64url')}`,
      head_sha: run.head_sha,
      external_id: (body.external_id as string | undefined) ?? '',
      url: `${this.api}/repos/${FULL_NAME}/check-runs/${run.id}`,
      html_url: `${WEB}/${FULL_NAME}/runs/${run.id}`,
      details_url: (body.details_url as string | undefined) ?? null,
      status: run.status,
      conclusion: run.conclusion,
      started_at: (body.started_at as string | undefined) ?? '2026-11-21T10:00:00Z',
      completed_at:
        run.status === 'completed' ? ((body.completed_at as string | undefined) ?? this.now()) : null,
      output: {
        title: run.output?.title ?? null,
        summary: run.output?.summary ?? null,
        text: run.output?.text ?? null,
        annotations_count: run.output?.annotations?.length ?? 0,
        annotations_url: `${this.api}/repos/${FULL_NAME}/check-runs/${run.id}/annotations`,
      },
      name: run.name,
      check_suite: { id: 5 },
      app: {
        id: 15368,
        slug: 'github-actions',
        node_id: 'MDM6QXBwMTUzNjg=',
        name: 'GitHub Actions',
        description: 'Automate your workflow from idea to production',
        owner: this.userJson({ login: 'github', id: 9919, type: 'Organization' }),
        external_url: 'https://help.github.com/en/actions',
        html_url: `${WEB}/apps/github-actions`,
        created_at: '2018-07-30T09:30:17Z',
        updated_at: '2024-04-10T20:33:16Z',
        permissions: { checks: 'write', issues: 'write', pull_requests: 'write', security_events: 'write' },
        events: ['check_run', 'pull_request', 'push'],
      },
      pull_requests: [],
    };
  }
}
