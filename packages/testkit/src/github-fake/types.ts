/**
 * The fake GitHub API used by every action's end-to-end tests (implemented in ./server.ts).
 * Repository octo-org/octo-repo exists, with open PR #42 whose head is HEAD_SHA (see ../events.ts).
 * Every request is validated against GitHub's OpenAPI description (@octokit/openapi); one that does not
 * match is answered as GitHub answers it — 404 for an unknown path or method (and a path parameter of the
 * wrong type), 400 for a bad query parameter or malformed JSON, 422 for a body that does not match the
 * schema — and recorded in `rejected`, as is a valid operation the fake does not implement (404).
 * Stricter than GitHub on purpose: unknown query parameters and unknown body properties are rejected, so
 * a typo cannot pass silently.
 */
export interface StoredComment {
  id: number;
  node_id: string;
  body: string;
  user: { login: string; id: number; type: string };
  created_at: string;
  updated_at: string;
  html_url: string;
  minimized: boolean;
  minimizedReason?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  /** Why validation rejected it, when it did. */
  problem?: string;
  /** The OpenAPI operation it matched: "<path template> <METHOD>" (REST only). */
  operation?: string;
  /** The JSON body the fake answered with. */
  response?: unknown;
}

export interface Fault {
  method?: string;
  /** Matched against the request path (without query). */
  path?: RegExp;
  status: number;
  /** How many matching requests get the fault; then it is spent. */
  times: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Answer after this delay (slow responses). With a status below 400 the request is served normally, late. */
  delayMs?: number;
  /**
   * The write happens, then the fault is answered (a gateway timeout after GitHub committed the change):
   * a client that retries blindly creates a duplicate.
   */
  afterWrite?: boolean;
}

export interface StoredCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output?: { title?: string; summary?: string; text?: string; annotations?: unknown[] };
  /** Every request body that created or updated the check run, in order. */
  bodies: Record<string, unknown>[];
}

export interface FakePullRequest {
  number: number;
  state: 'open' | 'closed';
  title: string;
  headSha: string;
  headRef: string;
  baseRef: string;
  baseSha: string;
  /** The head branch lives in another repository (contributor/octo-repo). */
  fork: boolean;
}

/** Holds the response to a matching request until released (forced interleavings in race tests). */
export interface Hold {
  /** Resolves when a matching request has been handled (its answer computed) and is being held. */
  reached: Promise<RecordedRequest>;
  release(): void;
}

export interface FakeGitHub {
  /** Base API URL: pass as runBundle({ githubApiUrl }) or createGitHubClient({ baseUrl }). GraphQL at `${url}/graphql`. */
  url: string;
  close(): Promise<void>;
  issueComments(issueNumber: number): StoredComment[];
  labels(issueNumber: number): string[];
  /** Decoded (gunzipped) SARIF uploads. */
  sarifUploads: { commit_sha: string; ref: string; sarif: string }[];
  requests: RecordedRequest[];
  rejected: RecordedRequest[];
  /** Adds comments written by someone else (or by us, when the body carries our marker). */
  seedComments(issueNumber: number, bodies: string[], login?: string): StoredComment[];
  /** Queues a fault for matching requests (5xx, 429 + Retry-After, 403 secondary rate limit, slow). */
  fault(f: Fault): void;
  /** Every write answers 403 "Resource not accessible by integration" (a fork PR's token). */
  setReadOnly(on: boolean): void;
  /** PRs returned by GET /repos/{o}/{r}/commits/{sha}/pulls for a sha (default: the PRs whose head it is). */
  setPullsForCommit(sha: string, prNumbers: number[]): void;
  /** Check runs created (and updated) through POST/PATCH /repos/{o}/{r}/check-runs. */
  checkRuns: StoredCheckRun[];
  /** Commit statuses posted through POST /repos/{o}/{r}/statuses/{sha}. */
  statuses: { sha: string; state: string; context: string; description?: string; target_url?: string }[];
  /** Puts labels on an issue or PR directly (someone else's labels). */
  seedLabels(issueNumber: number, names: string[]): void;
  /** Adds or replaces a pull request (PR #42, open, head HEAD_SHA, exists from the start). */
  addPullRequest(pr: Partial<FakePullRequest> & { number: number }): FakePullRequest;
  /** Holds the answer to the next matching request until `release()`. */
  hold(match: { method?: string; path?: RegExp }): Hold;
}
