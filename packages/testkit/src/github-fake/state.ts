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
    return {
      login: u.login,
      id: u.id,
      node_id: `MDQ6VXNlcj${u.id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: '',
      url: `${this.api}/users/${encodeURIComponent(u.login)}`,
      html_url: `${WEB}/${u.login}`,
      type: u.type,
      site_admin: false,
    };
  }

  repoJson(fork = false) {
    const owner = fork
      ? { login: 'contributor', id: 2, type: 'User' }
      : { login: REPO.owner, id: 1, type: 'Organization' };
    const full = `${owner.login}/${REPO.repo}`;
    return {
      id: fork ? 1296270 : 1296269,
      node_id: fork ? 'MDEwOlJlcG9zaXRvcnkxMjk2Mjcw' : 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
      name: REPO.repo,
      full_name: full,
      private: false,
      fork,
      owner: this.userJson(owner),
      html_url: `${WEB}/${full}`,
      url: `${this.api}/repos/${full}`,
      description: 'An example repository',
      default_branch: 'main',
      visibility: 'public',
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
    const simple = {
      url: `${this.api}/repos/${FULL_NAME}/pulls/${pr.number}`,
      id: 1000 + pr.number,
      node_id: `PR_kwDOABPHjc${Buffer.from(`PullRequest:${pr.number}`).toString('base64url')}`,
      html_url: `${WEB}/${FULL_NAME}/pull/${pr.number}`,
      issue_url: `${this.api}/repos/${FULL_NAME}/issues/${pr.number}`,
      number: pr.number,
      state: pr.state,
      locked: false,
      title: pr.title,
      user: author,
      body: null,
      labels: (this.labels.get(pr.number) ?? []).map((n) => this.labelJson(n)),
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
      mergeable: true,
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
      app: { id: 15368, slug: 'github-actions', name: 'GitHub Actions' },
      pull_requests: [],
    };
  }
}
