import { realSleep, type Sleep } from './time.ts';

export interface RetryOptions {
  /** Attempts in all, including the first. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Decides whether a failure is worth another attempt; may return a delay the server asked for. */
  retryable: (error: unknown, attempt: number) => boolean | { afterMs: number };
  sleep?: Sleep;
  /** 0..1, injectable so tests are exact. */
  random?: () => number;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/** Exponential backoff with full jitter; a server's Retry-After wins over the computed delay. */
export function backoffDelay(
  attempt: number,
  opts: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>,
): number {
  const cap = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** (attempt - 1));
  const r = (opts.random ?? Math.random)();
  return Math.round(cap / 2 + (cap / 2) * r);
}

export async function retry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  const sleep = opts.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= opts.attempts) throw error;
      const verdict = opts.retryable(error, attempt);
      if (verdict === false) throw error;
      const delay = verdict === true ? backoffDelay(attempt, opts) : verdict.afterMs;
      opts.onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}
