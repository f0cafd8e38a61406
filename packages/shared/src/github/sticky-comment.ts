import { describeThrown } from '../action/errors.ts';
import type { Logger } from '../log/logger.ts';
import { hiddenMarker } from '../report/escape.ts';
import { COMMENT_LIMIT, cutToLimit } from '../report/document.ts';
import { isReadOnlyRefusal } from './api-errors.ts';
import type { GitHubClient } from './client.ts';
import type { PullRequestRef } from './context.ts';

export type StickyMode = 'update' | 'recreate';

export interface StickyCommentOptions {
  client: GitHubClient;
  pr: Pick<PullRequestRef, 'owner' | 'repo' | 'number'>;
  /** Action name, e.g. "terraform-plan". */
  action: string;
  /** Identifies the comment among the action's comments: path + workspace, matrix cell, … */
  key: string;
  body: string;
  /** update: edit our comment in place. recreate: post a new one and minimize the superseded ones. */
  mode?: StickyMode;
  /** With `update`, also minimize leftover duplicates of the same key. */
  minimizeOutdated?: boolean;
  logger: Logger;
}

export type StickyStatus = 'created' | 'updated' | 'unchanged' | 'read-only';

export interface StickyResult {
  status: StickyStatus;
  commentId?: number;
  url?: string;
}

/** The hidden marker that identifies our comment. The key is normalised so it cannot break the HTML comment. */
export function stickyMarker(action: string, key: string): string {
  const safe = (s: string) => s.replace(/[^\w./:@=+-]/g, '_');
  return hiddenMarker(`pipewright:${safe(action)}:${safe(key)}`);
}

interface Comment {
  id: number;
  node_id: string;
  body?: string | null;
  html_url: string;
}

async function listMarked(o: StickyCommentOptions, marker: string): Promise<Comment[]> {
  const all = (await o.client.paginate(o.client.rest.issues.listComments, {
    owner: o.pr.owner,
    repo: o.pr.repo,
    issue_number: o.pr.number,
    per_page: 100,
  })) as Comment[];
  // Our comments start with the marker. A marker further down is someone quoting our comment in a reply
  // (GitHub's "Quote reply" keeps the hidden HTML comment): not ours, never to be edited.
  return all.filter((c) => (c.body ?? '').trimStart().startsWith(marker)).sort((a, b) => a.id - b.id);
}

/**
 * One comment per (action, key), found by a hidden marker — never by the author's login, which GitHub App
 * tokens do not have. Never touches a comment without our marker.
 *
 * Two runs racing may both create; after creating, the run re-reads, and every run whose comment is not the
 * oldest deletes its own and writes to the oldest instead, so exactly one remains.
 *
 * A read-only token (fork PRs) is not a failure: the caller gets `read-only` and a warning is logged.
 */
export async function upsertStickyComment(o: StickyCommentOptions): Promise<StickyResult> {
  const marker = stickyMarker(o.action, o.key);
  const body = withinLimit(`${marker}\n${o.body}`);
  const { owner, repo } = o.pr;
  try {
    const existing = await listMarked(o, marker);
    const mode = o.mode ?? 'update';
    if (mode === 'update' && existing.length > 0) {
      const keep = existing[0] as Comment;
      if (o.minimizeOutdated) await minimize(o, existing.slice(1));
      if (keep.body === body) return { status: 'unchanged', commentId: keep.id, url: keep.html_url };
      const { data } = await o.client.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body });
      return { status: 'updated', commentId: data.id, url: data.html_url };
    }
    const { data: created } = await o.client.rest.issues.createComment({
      owner,
      repo,
      issue_number: o.pr.number,
      body,
    });
    if (mode === 'recreate') {
      await minimize(o, existing);
      return { status: 'created', commentId: created.id, url: created.html_url };
    }
    // Race check: another run may have created one between our list and our create.
    const after = await listMarked(o, marker);
    const oldest = after[0];
    if (oldest && oldest.id !== created.id) {
      await o.client.rest.issues.deleteComment({ owner, repo, comment_id: created.id });
      const { data } = await o.client.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body });
      return { status: 'updated', commentId: data.id, url: data.html_url };
    }
    return { status: 'created', commentId: created.id, url: created.html_url };
  } catch (error) {
    if (isReadOnlyRefusal(error)) {
      o.logger.warning(
        'Could not write the pull request comment: the token is read-only (a pull request from a fork, or missing ' +
          '`pull-requests: write` permission). The report is in the job summary instead.',
        { title: `${o.action}: comment not written` },
      );
      return { status: 'read-only' };
    }
    throw error;
  }
}

async function minimize(o: StickyCommentOptions, comments: Comment[]): Promise<void> {
  for (const c of comments) {
    try {
      await o.client.graphql(
        'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }',
        { id: c.node_id },
      );
    } catch (error) {
      o.logger.debug(`minimizing comment ${c.id} failed: ${describeThrown(error)}`);
    }
  }
}

function withinLimit(body: string): string {
  return body.length <= COMMENT_LIMIT ? body : cutToLimit(body, COMMENT_LIMIT);
}
