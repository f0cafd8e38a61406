import { describe, expect, it } from '@jest/globals';
import { execFile } from '../src/exec/exec.ts';
import { UserError } from '../src/action/errors.ts';
import { MemoryLogger } from '../src/log/logger.ts';

describe('execFile', () => {
  it('passes arguments as an array, never through a shell', async () => {
    const r = await execFile('printf', ['%s|', '$(id)', 'a b', '; echo no']);
    expect(r).toMatchObject({ exitCode: 0, stdout: '$(id)|a b|; echo no|', stderr: '', timedOut: false });
  });

  it('returns the exit code and both streams', async () => {
    const r = await execFile('sh', ['-c', 'echo out; echo err >&2; exit 3']);
    expect(r).toMatchObject({ exitCode: 3, stdout: 'out\n', stderr: 'err\n', timedOut: false });
  });

  it('kills a process that outlives its time-out', async () => {
    const r = await execFile('sleep', ['30'], { timeoutMs: 200 });
    expect(r.timedOut).toBe(true);
    expect(r.signal).toBe('SIGTERM');
  });

  it('feeds stdin', async () => {
    expect((await execFile('cat', [], { input: 'hello' })).stdout).toBe('hello');
  });

  it('explains a missing program as a user error', async () => {
    await expect(execFile('no-such-tool-pw', [])).rejects.toThrow(
      new UserError('`no-such-tool-pw` was not found on PATH.'),
    );
  });

  it('echoes the command line with secrets masked', async () => {
    const logger = new MemoryLogger();
    await execFile('echo', ['-n', 'token=abc123secret'], { logger, secrets: ['abc123secret'] });
    expect(logger.messages('info')).toEqual(["[command]echo -n 'token=***'"]);
  });
});
