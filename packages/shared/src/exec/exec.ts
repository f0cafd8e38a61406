import { spawn } from 'node:child_process';
import type { Logger } from '../log/logger.ts';
import { UserError } from '../action/errors.ts';

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kills the process (SIGTERM, then SIGKILL 5 s later) when it runs longer. */
  timeoutMs?: number;
  input?: string | Buffer;
  /** Values replaced by *** in the echoed command line. */
  secrets?: readonly string[];
  logger?: Logger;
  /** Streams each output line to the logger as it arrives. */
  echoOutput?: boolean;
  signal?: AbortSignal;
}

export interface ExecResult {
  exitCode: number;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

/** Quotes for display only: commands are always run from an argument array, never through a shell. */
export function displayCommand(
  cmd: string,
  args: readonly string[],
  secrets: readonly string[] = [],
): string {
  const mask = (s: string) => secrets.reduce((acc, sec) => (sec ? acc.split(sec).join('***') : acc), s);
  const quote = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  return [cmd, ...args].map((a) => quote(mask(a))).join(' ');
}

/**
 * Runs a program with an argument array. @actions/exec has no time-out or abort, which long-running tools
 * (terraform, bandit) need, so this is built on child_process directly.
 */
export function execFile(cmd: string, args: readonly string[], opts: ExecOptions = {}): Promise<ExecResult> {
  const started = Date.now();
  opts.logger?.info(`[command]${displayCommand(cmd, args, opts.secrets)}`);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      signal: opts.signal,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    const timer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            killTimer = setTimeout(() => child.kill('SIGKILL'), 5000);
          }, opts.timeoutMs);
    const echo = (chunk: Buffer) => {
      if (opts.echoOutput && opts.logger)
        for (const line of chunk.toString('utf8').split('\n')) if (line) opts.logger.info(line);
    };
    child.stdout.on('data', (c: Buffer) => {
      out.push(c);
      echo(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      err.push(c);
      echo(c);
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      if (e.code === 'ENOENT')
        reject(
          new UserError(`\`${cmd}\` was not found on PATH.`, {
            hint: `Install ${cmd} in an earlier step, or point the action at it.`,
          }),
        );
      else reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      resolve({
        exitCode: code ?? -1,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut,
        durationMs: Date.now() - started,
      });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
  });
}
