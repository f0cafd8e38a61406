import type { Logger } from './logger.ts';

/** A phase that can run longer than this prints a progress line at least this often. */
export const PROGRESS_EVERY_MS = 10_000;

export interface HeartbeatOptions {
  everyMs?: number;
  now?: () => number;
  /** Injectable timers (tests); default the global ones, unref'd so a heartbeat never keeps the process alive. */
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

/**
 * Runs `fn`, printing `line(elapsedMs)` every `everyMs` (10 s) while it runs, so a long phase never looks hung
 * in the log; stops when `fn` settles, however it settles.
 */
export async function withHeartbeat<T>(
  logger: Logger,
  line: (elapsedMs: number) => string,
  fn: () => Promise<T>,
  o: HeartbeatOptions = {},
): Promise<T> {
  const now = o.now ?? Date.now;
  const start = now();
  const set =
    o.setInterval ??
    ((f: () => void, ms: number) => {
      const h = setInterval(f, ms);
      h.unref();
      return h;
    });
  const clear = o.clearInterval ?? ((h: unknown) => clearInterval(h as ReturnType<typeof setInterval>));
  const handle = set(() => logger.info(line(now() - start)), o.everyMs ?? PROGRESS_EVERY_MS);
  try {
    return await fn();
  } finally {
    clear(handle);
  }
}

/** "12 s", "2 min 5 s" */
export function elapsed(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
}

/** The same as withHeartbeat, for call sites that cannot wrap: call stop() when the phase ends (in a finally). */
export function startHeartbeat(
  logger: Logger,
  line: (elapsedMs: number) => string,
  o: HeartbeatOptions = {},
): { stop(): void } {
  let stop: () => void = () => undefined;
  void withHeartbeat(logger, line, () => new Promise<void>((resolve) => (stop = resolve)), o);
  return { stop: () => stop() };
}
