import { getOctokit } from '@actions/github';
import { retry as retryPlugin } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../log/logger.ts';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL (GHES: https://host/api/v3); Octokit's default reads the same variable. */
  baseUrl?: string;
  logger?: Logger;
  /** Retries after 5xx, 429, rate limits and secondary rate limits. */
  retries?: number;
  /** Unit of Retry-After and of the retry plugin's backoff; tests shrink it. */
  retryAfterBaseMs?: number;
}

/**
 * Octokit from @actions/github with the retry plugin (5xx, network errors) and the throttling plugin
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
  return getOctokit(
    opts.token,
    {
      ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
      retry: { retries, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: {
        retryAfterBaseValue: base,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
      log: {
        debug: (m: string) => opts.logger?.debug(m),
        info: (m: string) => opts.logger?.debug(m),
        warn: (m: string) => opts.logger?.debug(m),
        error: (m: string) => opts.logger?.debug(m),
      },
    },
    retryPlugin,
    throttling,
  );
}

/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
export function httpStatus(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

/** A fork PR's or read-only token's refusal: 403 "Resource not accessible by integration". */
export function isReadOnlyRefusal(error: unknown): boolean {
  return (
    httpStatus(error) === 403 &&
    /not accessible by integration|read-only|forbidden/i.test(String((error as Error).message))
  );
}
