import { describe, expect, it } from '@jest/globals';
import { backoffDelay, retry } from '../src/util/retry.ts';
import { formatDuration, parseDuration } from '../src/util/time.ts';
import { redact, secretForms } from '../src/log/secrets.ts';
import { displayCommand } from '../src/exec/exec.ts';

describe('parseDuration', () => {
  it.each([
    ['90', 90_000],
    ['90s', 90_000],
    ['1m30s', 90_000],
    ['500ms', 500],
    ['2h', 7_200_000],
    ['1.5s', 1500],
    ['', undefined],
    ['5 minutes', undefined],
    ['1m30', undefined],
    ['-5s', undefined],
  ])('%j -> %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });
  it.each([
    [250, '250ms'],
    [1500, '1.5s'],
    [42_000, '42s'],
    [90_000, '1m30s'],
    [120_000, '2m'],
  ])('formats %d as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('retry', () => {
  it('backs off exponentially with jitter inside [cap/2, cap], capped', () => {
    const o = { baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, { ...o, random: () => 0 }))).toEqual([
      50, 100, 200, 400, 500,
    ]);
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, { ...o, random: () => 1 }))).toEqual([
      100, 200, 400, 800, 1000,
    ]);
  });

  it('retries retryable failures, honours a server delay, and stops at the attempt limit', async () => {
    const slept: number[] = [];
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw Object.assign(new Error('503'), { retryAfterMs: calls === 1 ? 7000 : undefined });
        },
        {
          attempts: 3,
          baseDelayMs: 100,
          maxDelayMs: 1000,
          random: () => 1,
          sleep: async (ms) => void slept.push(ms),
          retryable: (e) =>
            (e as { retryAfterMs?: number }).retryAfterMs
              ? { afterMs: (e as { retryAfterMs: number }).retryAfterMs }
              : true,
        },
      ),
    ).rejects.toThrow('503');
    expect(calls).toBe(3);
    expect(slept).toEqual([7000, 200]);
  });

  it('never retries what is not retryable', async () => {
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new Error('denied');
        },
        { attempts: 5, baseDelayMs: 1, maxDelayMs: 1, retryable: () => false, sleep: async () => {} },
      ),
    ).rejects.toThrow('denied');
    expect(calls).toBe(1);
  });
});

describe('secrets', () => {
  it('derives the forms a secret is printed in', () => {
    expect(secretForms('p@ss"w\nrd')).toEqual([
      'p@ss"w\nrd',
      'p@ss"w',
      'cEBzcyJ3CnJk',
      'p%40ss%22w%0Ard',
      'p@ss\\"w\\nrd',
    ]);
  });
  it('redacts every form from text we write ourselves', () => {
    const secret = 'tok_ABC123xyz';
    const text = `a ${secret} b ${Buffer.from(secret).toString('base64')} c ${encodeURIComponent(secret)}`;
    expect(redact(text, [secret])).toBe('a *** b *** c ***');
  });
});

describe('displayCommand', () => {
  it('quotes for display and masks secrets', () => {
    expect(displayCommand('terraform', ['plan', '-var', 'password=hunter22', "it's"], ['hunter22'])).toBe(
      `terraform plan -var 'password=***' 'it'\\''s'`,
    );
  });
});
