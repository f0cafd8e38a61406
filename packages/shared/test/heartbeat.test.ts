import { describe, expect, it } from '@jest/globals';
import { MemoryLogger, elapsed, startHeartbeat, withHeartbeat } from '../src/log/index.ts';

/** A hand-driven interval timer and clock: the test decides when time passes (no waiting, no timing asserts). */
function fakeTimers() {
  let t = 0;
  let tick: (() => void) | undefined;
  let every = 0;
  return {
    now: () => t,
    setInterval: (fn: () => void, ms: number) => {
      tick = fn;
      every = ms;
      return 1;
    },
    clearInterval: () => {
      tick = undefined;
    },
    advance(ms: number) {
      for (let passed = every; passed <= ms; passed += every) {
        t += every;
        tick?.();
      }
    },
    get every() {
      return every;
    },
    get running() {
      return tick !== undefined;
    },
  };
}

describe('withHeartbeat', () => {
  it('prints a progress line every 10 s while the phase runs, and stops when it ends', async () => {
    const logger = new MemoryLogger();
    const timers = fakeTimers();
    let finish: (v: string) => void = () => undefined;
    const phase = withHeartbeat(
      logger,
      (ms) => `DAST: still crawling (${elapsed(ms)})`,
      () => new Promise<string>((r) => (finish = r)),
      timers,
    );
    expect(timers.every).toBe(10_000);
    timers.advance(30_000);
    finish('done');
    expect(await phase).toBe('done');
    expect(timers.running).toBe(false);
    expect(logger.messages('info')).toEqual([
      'DAST: still crawling (10 s)',
      'DAST: still crawling (20 s)',
      'DAST: still crawling (30 s)',
    ]);
  });

  it('stops when the phase fails', async () => {
    const timers = fakeTimers();
    await expect(
      withHeartbeat(
        new MemoryLogger(),
        () => 'x',
        () => Promise.reject(new Error('boom')),
        timers,
      ),
    ).rejects.toThrow('boom');
    expect(timers.running).toBe(false);
  });

  it('startHeartbeat: the same, stopped by the caller', async () => {
    const logger = new MemoryLogger();
    const timers = fakeTimers();
    const beat = startHeartbeat(logger, (ms) => `Bandit: still scanning (${elapsed(ms)})`, timers);
    timers.advance(20_000);
    beat.stop();
    await Promise.resolve();
    await Promise.resolve();
    expect(timers.running).toBe(false);
    expect(logger.messages('info')).toEqual([
      'Bandit: still scanning (10 s)',
      'Bandit: still scanning (20 s)',
    ]);
  });

  it.each([
    [9_600, '10 s'],
    [65_000, '1 min 5 s'],
    [120_000, '2 min'],
  ])('elapsed(%i) is %s', (ms, s) => expect(elapsed(ms)).toBe(s));
});
