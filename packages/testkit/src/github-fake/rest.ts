/** REST operations the fake GitHub implements, keyed "<OpenAPI path template> <METHOD>". */
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { ACTIONS_BOT, type FakeState } from './state.ts';
import type { StoredCheckRun } from './types.ts';
import { describeThrown } from '@pipewright/shared/action';

export interface RestRequest {
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body: Record<string, unknown>;
  /** Base URL of the fake plus the request path, for Link headers. */
  selfUrl: string;
}

export interface RestReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (s: FakeState, r: RestRequest) => RestReply;

const DOCS = 'https://docs.github.com/rest';
const notFound = (message = 'Not Found'): RestReply => ({
  status: 404,
  body: { message, documentation_url: DOCS, status: '404' },
});
const validationFailed = (resource: string, field: string, message: string): RestReply => ({
  status: 422,
  body: {
    message: 'Validation Failed',
    errors: [{ resource, code: 'custom', field, message }],
    documentation_url: DOCS,
    status: '422',
  },
});

/** A page of `items` the way GitHub pages: per_page (default 30, at most 100), page, and a Link header. */
export function paginate<T>(r: RestRequest, items: T[]): RestReply {
  const q = (name: string) => {
    const v = r.query[name];
    return Array.isArray(v) ? v[v.length - 1] : v;
  };
  const perPage = Math.min(100, Math.max(1, Number(q('per_page') ?? 30)));
  const page = Math.max(1, Number(q('page') ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const body = items.slice((page - 1) * perPage, page * perPage);
  const link = (p: number, rel: string) => {
    const u = new URL(r.selfUrl);
    for (const [k, v] of Object.entries(r.query))
      u.searchParams.set(k, Array.isArray(v) ? String(v.at(-1)) : v);
    u.searchParams.set('per_page', String(perPage));
    u.searchParams.set('page', String(p));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { status: 200, body, headers: links.length ? { link: links.join(', ') } : {} };
}

const COMMENT_LIMIT = 65536;
const LABEL_LIMIT = 50;

function labelNames(body: Record<string, unknown>): string[] {
  const raw = (body.labels as unknown[] | undefined) ?? [];
  return raw.map((l) => (typeof l === 'string' ? l : String((l as { name: string }).name)));
}

function checkLabels(names: string[]): RestReply | undefined {
  const bad = names.find((n) => n.length > LABEL_LIMIT || n.trim() === '');
  return bad === undefined
    ? undefined
    : validationFailed('Label', 'name', `name is too long (maximum is ${LABEL_LIMIT} characters)`);
}

function applyCheckRun(run: StoredCheckRun, body: Record<string, unknown>): void {
  run.bodies.push(body);
  if (typeof body.name === 'string') run.name = body.name;
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (typeof body.status === 'string') run.status = body.status;
  const out = body.output as StoredCheckRun['output'] | undefined;
  if (out) {
    // GitHub appends annotations across updates and keeps the latest title/summary/text.
    const annotations = [...(run.output?.annotations ?? []), ...(out.annotations ?? [])];
    run.output = { ...run.output, ...out, annotations };
  }
}

const R = '/repos/{owner}/{repo}';

export const handlers: Record<string, Handler> = {
  [`${R} GET`]: (s) => ({ status: 200, body: s.repoJson(false) }),

  [`${R}/issues/{issue_number}/comments GET`]: (s, r) => {
    const issue = Number(r.params.issue_number);
    const since = r.query.since ? Date.parse(String(r.query.since)) : undefined;
    const list = (s.comments.get(issue) ?? []).filter(
      (c) => since === undefined || Date.parse(c.updated_at) >= since,
    );
    return paginate(
      r,
      list.map((c) => s.commentJson(issue, c)),
    );
  },

  [`${R}/issues/{issue_number}/comments POST`]: (s, r) => {
    const body = String(r.body.body);
    if (body.length > COMMENT_LIMIT)
      return validationFailed(
        'IssueComment',
        'body',
        `Body is too long (maximum is ${COMMENT_LIMIT} characters)`,
      );
    const issue = Number(r.params.issue_number);
    const c = s.addComment(issue, body, ACTIONS_BOT);
    return {
      status: 201,
      body: s.commentJson(issue, c),
      headers: { location: `${s.api}/repos/octo-org/octo-repo/issues/comments/${c.id}` },
    };
  },

  [`${R}/issues/comments/{comment_id} GET`]: (s, r) => {
    const found = s.findComment(Number(r.params.comment_id));
    return found ? { status: 200, body: s.commentJson(found.issue, found.comment) } : notFound();
  },

  [`${R}/issues/comments/{comment_id} PATCH`]: (s, r) => {
    const found = s.findComment(Number(r.params.comment_id));
    if (!found) return notFound();
    const body = String(r.body.body);
    if (body.length > COMMENT_LIMIT)
      return validationFailed(
        'IssueComment',
        'body',
        `Body is too long (maximum is ${COMMENT_LIMIT} characters)`,
      );
    found.comment.body = body;
    found.comment.updated_at = s.now();
    return { status: 200, body: s.commentJson(found.issue, found.comment) };
  },

  [`${R}/issues/comments/{comment_id} DELETE`]: (s, r) =>
    s.deleteComment(Number(r.params.comment_id)) ? { status: 204 } : notFound(),

  [`${R}/issues/{issue_number} GET`]: (s, r) => ({
    status: 200,
    body: s.issueJson(Number(r.params.issue_number)),
  }),

  [`${R}/issues/{issue_number}/labels GET`]: (s, r) =>
    paginate(
      r,
      (s.labels.get(Number(r.params.issue_number)) ?? []).map((n) => s.labelJson(n)),
    ),

  [`${R}/issues/{issue_number}/labels POST`]: (s, r) => {
    const names = labelNames(r.body);
    const bad = checkLabels(names);
    if (bad) return bad;
    const n = Number(r.params.issue_number);
    s.addLabels(n, names);
    return { status: 200, body: (s.labels.get(n) ?? []).map((l) => s.labelJson(l)) };
  },

  [`${R}/issues/{issue_number}/labels PUT`]: (s, r) => {
    const names = labelNames(r.body);
    const bad = checkLabels(names);
    if (bad) return bad;
    const n = Number(r.params.issue_number);
    s.labels.set(n, []);
    s.addLabels(n, names);
    return { status: 200, body: (s.labels.get(n) ?? []).map((l) => s.labelJson(l)) };
  },

  [`${R}/issues/{issue_number}/labels/{name} DELETE`]: (s, r) => {
    const n = Number(r.params.issue_number);
    const current = s.labels.get(n) ?? [];
    const i = current.findIndex((l) => l.toLowerCase() === String(r.params.name).toLowerCase());
    if (i < 0) return notFound('Label does not exist');
    current.splice(i, 1);
    return { status: 200, body: current.map((l) => s.labelJson(l)) };
  },

  [`${R}/commits/{commit_sha}/pulls GET`]: (s, r) => {
    const sha = String(r.params.commit_sha);
    const numbers =
      s.pullsForCommit.get(sha) ??
      [...s.pulls.values()].filter((p) => p.headSha === sha).map((p) => p.number);
    const prs = numbers.map((n) => s.pulls.get(n) ?? s.addPullRequest({ number: n, headSha: sha }));
    return paginate(
      r,
      prs.map((p) => s.pullJson(p, false)),
    );
  },

  [`${R}/pulls/{pull_number} GET`]: (s, r) => {
    const pr = s.pulls.get(Number(r.params.pull_number));
    return pr ? { status: 200, body: s.pullJson(pr, true) } : notFound();
  },

  [`${R}/code-scanning/sarifs POST`]: (s, r) => {
    let sarif: string;
    try {
      sarif = gunzipSync(Buffer.from(String(r.body.sarif), 'base64')).toString('utf8');
      const doc = JSON.parse(sarif) as { version?: string; runs?: unknown };
      if (doc.version !== '2.1.0' || !Array.isArray(doc.runs)) throw new Error('not SARIF 2.1.0');
    } catch (error) {
      return {
        status: 400,
        body: {
          message: `Invalid SARIF: the sarif field must be a gzip-compressed, base64-encoded SARIF 2.1.0 log (${describeThrown(error)})`,
          documentation_url: DOCS,
          status: '400',
        },
      };
    }
    const id = randomUUID();
    s.sarifUploads.push({ id, commit_sha: String(r.body.commit_sha), ref: String(r.body.ref), sarif });
    return {
      status: 202,
      body: { id, url: `${s.api}/repos/octo-org/octo-repo/code-scanning/sarifs/${id}` },
    };
  },

  [`${R}/code-scanning/sarifs/{sarif_id} GET`]: (s, r) =>
    s.sarifUploads.some((u) => u.id === r.params.sarif_id)
      ? {
          status: 200,
          body: {
            processing_status: 'complete',
            analyses_url: `${s.api}/repos/octo-org/octo-repo/code-scanning/analyses?sarif_id=${r.params.sarif_id}`,
            errors: null,
          },
        }
      : notFound(),

  [`${R}/check-runs POST`]: (s, r) => {
    const run: StoredCheckRun = {
      id: s.id(),
      name: String(r.body.name),
      head_sha: String(r.body.head_sha),
      status: 'queued',
      conclusion: null,
      bodies: [],
    };
    applyCheckRun(run, r.body);
    s.checkRuns.push(run);
    return { status: 201, body: s.checkRunJson(run) };
  },

  [`${R}/check-runs/{check_run_id} PATCH`]: (s, r) => {
    const run = s.checkRuns.find((c) => c.id === Number(r.params.check_run_id));
    if (!run) return notFound();
    applyCheckRun(run, r.body);
    return { status: 200, body: s.checkRunJson(run) };
  },

  [`${R}/check-runs/{check_run_id} GET`]: (s, r) => {
    const run = s.checkRuns.find((c) => c.id === Number(r.params.check_run_id));
    return run ? { status: 200, body: s.checkRunJson(run) } : notFound();
  },

  [`${R}/statuses/{sha} POST`]: (s, r) => {
    const st = {
      sha: String(r.params.sha),
      state: String(r.body.state),
      context: (r.body.context as string | undefined) ?? 'default',
      ...(r.body.description !== undefined ? { description: String(r.body.description) } : {}),
      ...(r.body.target_url ? { target_url: String(r.body.target_url) } : {}),
    };
    s.statuses.push(st);
    const id = s.id();
    return {
      status: 201,
      body: {
        id,
        node_id: `SC_kwDOABPHjc${Buffer.from(`StatusContext:${id}`).toString('base64url')}`,
        avatar_url: null,
        url: `${s.api}/repos/octo-org/octo-repo/statuses/${st.sha}`,
        state: st.state,
        description: st.description ?? null,
        target_url: st.target_url ?? null,
        context: st.context,
        created_at: s.now(),
        updated_at: s.now(),
        creator: s.userJson(ACTIONS_BOT),
      },
    };
  },
};
