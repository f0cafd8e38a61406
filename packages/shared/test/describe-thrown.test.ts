import { describe, expect, it } from '@jest/globals';
import vm from 'node:vm';
import { describeThrown } from '../src/action/errors.ts';

describe('describeThrown', () => {
  it('reads the message of an Error, or its name when the message is empty', () => {
    expect(describeThrown(new Error('connect ECONNREFUSED 127.0.0.1:9'))).toBe(
      'connect ECONNREFUSED 127.0.0.1:9',
    );
    expect(describeThrown(new TypeError(''))).toBe('TypeError');
  });

  it('reads the message of an Error made in another realm (what jest and vm contexts hand over)', () => {
    const foreign = vm.runInNewContext('new RangeError("out of range")') as unknown;
    expect(foreign instanceof Error).toBe(false);
    expect(describeThrown(foreign)).toBe('out of range');
    const empty = vm.runInNewContext('new SyntaxError("")') as unknown;
    expect(describeThrown(empty)).toBe('SyntaxError');
  });

  it('keeps strings as they are and serialises other values', () => {
    expect(describeThrown('plain text')).toBe('plain text');
    expect(describeThrown({ code: 'E1' })).toBe('{"code":"E1"}');
    expect(describeThrown(undefined)).toBe('undefined');
  });
});
