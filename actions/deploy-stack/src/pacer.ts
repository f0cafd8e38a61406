import type { Clock, Sleep } from '@pipewright/shared/util';

/** The error names CloudFormation (and the SDK) use for "slow down". */
const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
]);

export function isThrottling(error: unknown): boolean {
  return THROTTLING.has(String((error as { name?: unknown } | null)?.name));
}

export interface PacerOptions {
  clock: Clock;
  sleep: Sleep;
  signal?: AbortSignal;
  /** The smallest gap between two calls: CloudFormation's read bucket is shared per account and region. */
  minIntervalMs?: number;
  /** Upper bound of the throttling backoff (AWS advises 2/4/8/16/32 s). */
  maxBackoffMs?: number;
}

/**
 * One pacer per deployment: every CloudFormation call goes through it, so the whole action makes at most
 * one call per `minIntervalMs` (an `urgent` call excepted: the watcher's confirmation of a terminal status),
 * and backs off exponentially while the API answers Throttling.
 */
export class Pacer {
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly signal: AbortSignal | undefined;
  readonly minIntervalMs: number;
  private readonly maxBackoffMs: number;
  private last = Number.NEGATIVE_INFINITY;
  private backoffMs = 0;
  private notBefore = Number.NEGATIVE_INFINITY;
  calls = 0;
  throttled = 0;

  constructor(o: PacerOptions) {
    this.clock = o.clock;
    this.sleep = o.sleep;
    this.signal = o.signal;
    this.minIntervalMs = o.minIntervalMs ?? 1000;
    this.maxBackoffMs = o.maxBackoffMs ?? 32_000;
  }

  /**
   * The next call waits at least this long after the previous one (an adaptive poller's own rhythm).
   * `urgent` calls are exempt, so one confirmation may follow a poll at once: the *average* stays paced.
   */
  spaceNext(ms: number): void {
    this.notBefore = Math.max(this.notBefore, this.last + ms);
  }

  /** The gap currently enforced between calls (grows under throttling). */
  get intervalMs(): number {
    return Math.max(this.minIntervalMs, this.backoffMs);
  }

  /**
   * Makes one call in its turn. Throttling and server errors are tried again (up to `attempts` in all)
   * after the backoff; calls that change something carry client tokens, so a repeat is idempotent.
   */
  async call<T>(
    fn: () => Promise<T>,
    attempts = 5,
    o: { evenIfCancelled?: boolean; urgent?: boolean } = {},
  ): Promise<T> {
    // Clean-up after a cancellation still has to run: it waits its turn without the abort signal.
    const signal = o.evenIfCancelled ? undefined : this.signal;
    for (let attempt = 1; ; attempt++) {
      // An urgent first attempt (the confirmation of a terminal status just read) skips the polling rhythm;
      // it still waits out a throttling backoff, and its retries are paced like any call.
      const wait =
        o.urgent && attempt === 1
          ? this.last + this.backoffMs - this.clock.now()
          : Math.max(this.last + this.intervalMs, this.notBefore) - this.clock.now();
      if (wait > 0) await this.sleep(wait, signal);
      this.last = this.clock.now();
      this.calls++;
      try {
        const result = await fn();
        // Recover gradually: one good answer halves the penalty.
        this.backoffMs = this.backoffMs > this.minIntervalMs * 2 ? this.backoffMs / 2 : 0;
        return result;
      } catch (error) {
        const throttled = isThrottling(error);
        if (throttled) {
          this.throttled++;
          this.backoffMs = Math.min(this.maxBackoffMs, Math.max(2000, this.backoffMs * 2));
        }
        if (attempt >= attempts || !(throttled || isServerFault(error))) {
          // How many tries the failure took, for its explanation (failures.ts).
          if (error && typeof error === 'object' && attempt > 1)
            Object.defineProperty(error, '$attempts', {
              value: attempt,
              enumerable: false,
              configurable: true,
            });
          throw error;
        }
      } finally {
        this.last = this.clock.now();
      }
    }
  }
}

/** 5xx answers and connections dropped mid-call; a refused connection is a setup problem, not retried. */
function isServerFault(error: unknown): boolean {
  const e = error as { $fault?: unknown; $metadata?: { httpStatusCode?: number }; code?: unknown } | null;
  if (e?.$fault === 'server' || (e?.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  return ['ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(String(e?.code));
}
