import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry as retryPlugin } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../log/logger.ts';
import { secretRegistry } from '../log/secrets.ts';
import { apiBaseUrl, checkApiUrl } from './api-url.ts';

export { httpStatus, isReadOnlyRefusal } from './api-errors.ts';

/** Request options that are not a request's content: left as they are by the redaction hook. */
const NOT_CONTENT = new Set(['method', 'url', 'baseUrl', 'headers', 'request', 'mediaType']);

/**
 * The redaction boundary of the GitHub API: every parameter of every request (REST body fields such as
 * `body` and `title`, GraphQL `query` and `variables`) has every secret in the registry replaced by ***
 * before it is sent, whichever helper built it (sticky comments, labels, checks, ...).
 */
export function redactRequest(options: Record<string, unknown>): void {
  if (secretRegistry.size === 0) return;
  for (const key of Object.keys(options))
    if (!NOT_CONTENT.has(key)) options[key] = secretRegistry.redactDeep(options[key]);
}

/**
 * The Octokit that @actions/github's getOctokit builds (core + REST methods + pagination), plus retry and
 * throttling. Built from the same @octokit packages directly because @actions/github's entry loads
 * @actions/http-client and undici eagerly for proxy support (+~50 ms per step, docs/performance.md);
 * with a proxy configured, @actions/github's proxy-aware fetch is loaded on first use instead.
 */
const PipewrightOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retryPlugin, throttling);
export type GitHubClient = InstanceType<typeof PipewrightOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL (GHES: https://host/api/v3); Octokit's default reads the same variable. */
  baseUrl?: string;
  logger?: Logger;
  /** Retries after 5xx, 429, rate limits and secondary rate limits. */
  retries?: number;
  /** Unit of Retry-After and of the retry plugin's backoff; tests shrink it. */
  retryAfterBaseMs?: number;
  /**
   * The throttling plugin spaces writes 1 s apart (3 s for writes that notify, such as comments), across the
   * whole process, as GitHub asks of integrations. Default true; tests against the fake GitHub turn it off.
   */
  spaceWrites?: boolean;
}

/** A stand-in for a Bottleneck group that runs every job at once (for `spaceWrites: false`). */
const unspacedGroup = {
  key: () => ({
    schedule: (...args: unknown[]) => {
      const [first, ...rest] = args;
      const [fn, ...fnArgs] = (typeof first === 'function' ? args : rest) as [
        (...a: unknown[]) => unknown,
        ...unknown[],
      ];
      return Promise.resolve().then(() => fn(...fnArgs));
    },
  }),
};

/**
 * The Octokit of @actions/github (see above) with the retry plugin (5xx, network errors) and the throttling plugin
 * (429, primary and secondary rate limits, honouring Retry-After), both bounded by `retries`.
 */
export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
  const retries = opts.retries ?? 3;
  const base = opts.retryAfterBaseMs ?? 1000;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
      opts.logger?.info(
        `GitHub ${kind} on ${options.method} ${options.url}; retry ${retryCount + 1}/${retries} in ${retryAfter}s`,
      );
      return retryCount < retries;
    };
  const baseUrl = apiBaseUrl(opts.baseUrl);
  // A port fetch refuses ("bad port") can never answer: say so now instead of retrying for ~14 s.
  checkApiUrl(baseUrl);
  const proxied = proxyFetch();
  const octokit = new PipewrightOctokit({
    auth: opts.token,
    baseUrl,
    userAgent: 'pipewright',
    ...(proxied ? { request: { fetch: proxied } } : {}),
    // 429 is the throttling plugin's: GitHub's 429s are rate limits (secondary: its message + Retry-After;
    // primary: x-ratelimit-remaining 0 + reset). Retried here too, they went out after 1, 4, 9 × base,
    // ignoring Retry-After, and the throttling plugin never saw them.
    retry: { retries, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      retryAfterBaseValue: base,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      ...(opts.spaceWrites === false
        ? { write: unspacedGroup as never, notifications: unspacedGroup as never }
        : {}),
    },
    log: {
      debug: (m: string) => opts.logger?.debug(m),
      info: (m: string) => opts.logger?.debug(m),
      warn: (m: string) => opts.logger?.debug(m),
      error: (m: string) => opts.logger?.debug(m),
    },
  });
  octokit.hook.before('request', (options) => redactRequest(options as unknown as Record<string, unknown>));
  return octokit;
}

/**
 * With a proxy configured (HTTPS_PROXY/HTTP_PROXY; NO_PROXY honoured), @actions/github's proxy-aware fetch,
 * loaded on the first request so steps without a proxy never load undici. Undefined when there is no proxy.
 */
function proxyFetch(): typeof fetch | undefined {
  const env = process.env;
  if (!(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy)) return undefined;
  let loaded: Promise<typeof fetch> | undefined;
  return async (input, init) => {
    loaded ??= import('@actions/github/lib/utils').then(
      (u) => (u.defaults.request?.fetch ?? fetch) as typeof fetch,
    );
    return (await loaded)(input, init);
  };
}
