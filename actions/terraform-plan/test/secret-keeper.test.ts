import { describe, expect, it } from '@jest/globals';
import { MemoryLogger } from '@pipewright/shared/log';
import { createSecretKeeper } from '../src/secret-keeper.ts';

describe('createSecretKeeper', () => {
  it('registers hidden values once, skips values that would mask ordinary text, and stops at the cap', () => {
    const seen: string[] = [];
    const logger = new MemoryLogger();
    const k = createSecretKeeper((v) => seen.push(v), logger, [], 3);
    for (const v of [
      's3cret-1',
      's3cret-1',
      'true',
      '443',
      '12.5',
      'ab',
      's3cret-2',
      's3cret-3',
      's3cret-4',
      's3cret-5',
    ])
      k.hide(v);
    expect(seen).toEqual(['s3cret-1', 's3cret-2', 's3cret-3']);
    expect(logger.messages('debug')).toEqual([
      'more than 3 hidden values: the rest are not registered with the log masker',
    ]);
  });

  it('redacts only known values (and their encodings) and mask-pattern matches from what the action writes', () => {
    const k = createSecretKeeper(() => {}, new MemoryLogger(), [/AKIA[0-9A-Z]{16}/]);
    k.hide('hidden-leaf-value'); // a sensitive plan value: never rendered, so not searched for
    k.hide('token-abc123', true);
    const b64 = Buffer.from('token-abc123').toString('base64');
    expect(k.clean(`a token-abc123 b ${b64} c AKIAABCDEFGHIJKLMNOP d hidden-leaf-value`)).toBe(
      'a *** b *** c *** d hidden-leaf-value',
    );
  });
});
