/** The pacer: ≥ 1 s between calls, backoff on throttling, repeats, urgent calls. */
import { describe, expect, it } from '@jest/globals';
import { CloudFormationServiceException } from '@aws-sdk/client-cloudformation';
import { Pacer } from '../src/pacer.ts';
import { fakeTime } from './fake-time.ts';

describe('Pacer', () => {
  it('never makes two calls less than a second apart, and backs off on Throttling', async () => {
    const t = fakeTime();
    const pacer = new Pacer({ clock: t.clock, sleep: t.sleep });
    const times: number[] = [];
    let i = 0;
    const throttle = new CloudFormationServiceException({
      name: 'Throttling',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
      message: 'Rate exceeded',
    });
    for (let k = 0; k < 4; k++)
      await pacer.call(async () => {
        times.push(t.at());
        if (i++ % 2 === 0) throw throttle;
        return 1;
      });
    const gaps = times.slice(1).map((x, j) => x - (times[j] as number));
    expect(gaps).toEqual([2000, 1000, 2000, 1000, 2000, 1000, 2000]);
    expect(pacer.calls).toBe(8);
    expect(pacer.throttled).toBe(4);
  });

  it.each([
    [Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 2],
    [Object.assign(new Error('internal'), { $fault: 'server', $metadata: { httpStatusCode: 500 } }), 2],
    [Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }), 1],
    [Object.assign(new Error('bad'), { name: 'ValidationError', $metadata: { httpStatusCode: 400 } }), 1],
  ])('%s: %i attempt(s)', async (error, expected) => {
    const t = fakeTime();
    const pacer = new Pacer({ clock: t.clock, sleep: t.sleep });
    let calls = 0;
    const r = await pacer
      .call(async () => {
        if (calls++ === 0) throw error;
        return 'ok';
      })
      .catch((e: unknown) => e);
    expect(calls).toBe(expected);
    expect(r).toBe(expected === 2 ? 'ok' : error);
  });

  it('an urgent call skips the polling rhythm but not a throttling backoff', async () => {
    const t = fakeTime();
    const pacer = new Pacer({ clock: t.clock, sleep: t.sleep });
    const times: number[] = [];
    const stamp = async () => {
      times.push(t.at());
    };
    await pacer.call(stamp);
    pacer.spaceNext(1500);
    await pacer.call(stamp, 5, { urgent: true });
    await pacer.call(stamp);
    // One attempt only, answered Throttling: the backoff is now 2 s.
    await expect(
      pacer.call(async () => {
        times.push(t.at());
        throw Object.assign(new Error('Rate exceeded'), { name: 'Throttling' });
      }, 1),
    ).rejects.toThrow('Rate exceeded');
    await pacer.call(stamp, 5, { urgent: true });
    // The urgent call goes at once after the poll; the next poll keeps the poller's rhythm (1.5 s after the
    // poll, ≥ 1 s after the urgent call); under throttling even an urgent call waits the backoff.
    expect(times).toEqual([0, 0, 1500, 2500, 4500]);
  });

  it('gives up after the attempts and passes other errors straight through', async () => {
    const t = fakeTime();
    const pacer = new Pacer({ clock: t.clock, sleep: t.sleep });
    let calls = 0;
    await expect(
      pacer.call(async () => {
        calls++;
        throw Object.assign(new Error('denied'), { name: 'AccessDenied' });
      }),
    ).rejects.toThrow('denied');
    expect(calls).toBe(1);
  });
});
