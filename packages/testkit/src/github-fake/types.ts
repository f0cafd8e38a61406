/**
 * The fake GitHub API used by every action's end-to-end tests (implemented in ./server.ts).
 * Repository octo-org/octo-repo exists, with open PR #42 whose head is HEAD_SHA (see ../events.ts).
 * Every request is validated against GitHub's OpenAPI description (@octokit/openapi); one that does not
 * match (path, method, parameters, body) is answered 400 and recorded in `rejected`.
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
  /** Answer after this delay (slow responses). */
  delayMs?: number;
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
  /** PRs returned by GET /repos/{o}/{r}/commits/{sha}/pulls for a sha. */
  setPullsForCommit(sha: string, prNumbers: number[]): void;
}
