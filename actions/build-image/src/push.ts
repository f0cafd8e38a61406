/**
 * Pushing tags: one push per tag (idempotent, so a whole push is what gets retried), the digest taken
 * from the push stream's aux line and checked against RepoDigests, transient registry failures retried
 * with backoff and jitter, permanent ones explained and never retried.
 */
import { UserError, describeThrown } from '@pipewright/shared/action';
import type { Logger } from '@pipewright/shared/log';
import { retry, type Sleep } from '@pipewright/shared/util';
import type { RegistryCredential } from './auth.ts';
import { EngineHttpError, type Engine } from './engine.ts';
import type { ImageRef } from './reference.ts';
import { jsonLines, PushStreamReader, type PushOutcome } from './stream.ts';

export interface PushFailureKind {
  retryable: boolean;
  /** A short title and what to do about it. */
  explanation: string;
}

const PERMANENT: [RegExp, string][] = [
  [
    /repository name must be lowercase|must be lowercase/i,
    'The registry rejected the repository name: it must be lowercase. Use lowercase image names (e.g. `${{ github.repository }}` lower-cased).',
  ],
  [
    /invalid reference format|invalid tag|invalid reference/i,
    'The reference is not valid for the engine or registry. Check the tag: letters, digits, `_`, `.` and `-`, at most 128 characters, not starting with `.` or `-`.',
  ],
  [
    /\bunauthorized\b|authentication required|\b401\b|incorrect username or password|no basic auth credentials/i,
    'The registry answered 401 Unauthorized: no credentials were sent or they were refused. Set `username` and `password` (or log in before this step) for this registry.',
  ],
  [
    /\bdenied\b|\b403\b|forbidden|insufficient_scope/i,
    'The registry denied the push: the credentials are valid but may not push to this repository. Check the token scopes (e.g. `packages: write` for ghcr.io) and the repository name.',
  ],
  [
    /name unknown|repository name not known|NAME_UNKNOWN/i,
    'The registry does not know this repository name (name unknown). Create the repository first (e.g. ECR, Artifactory) or check its spelling.',
  ],
  [
    /An image does not exist locally with the tag|no such image/i,
    'The engine has no image with this tag: the build did not tag it. This is a bug if the build succeeded.',
  ],
];

const TRANSIENT: [RegExp, string][] = [
  [/\b429\b|toomanyrequests|too many requests/i, 'The registry is rate-limiting (429).'],
  [
    /\b5\d\d\b|internal server error|service unavailable|bad gateway|gateway time-?out/i,
    'The registry answered with a server error (5xx).',
  ],
  [/blob upload unknown|BLOB_UPLOAD_UNKNOWN/i, 'The registry lost a blob upload (blob upload unknown).'],
  [
    /timeout|timed out|deadline exceeded|ECONNRESET|connection reset|connection refused|ECONNREFUSED|unexpected EOF|\bEOF\b|broken pipe|EPIPE|socket hang up|i\/o timeout|TLS handshake/i,
    'The connection to the registry failed (reset, refused, timed out or cut short).',
  ],
];

export function classifyPushError(message: string, statusCode?: number): PushFailureKind {
  for (const [re, explanation] of PERMANENT) if (re.test(message)) return { retryable: false, explanation };
  for (const [re, explanation] of TRANSIENT) if (re.test(message)) return { retryable: true, explanation };
  if (statusCode !== undefined && statusCode >= 500)
    return { retryable: true, explanation: 'The engine answered with a server error.' };
  return {
    retryable: false,
    explanation: 'The push failed for a reason this action does not know to be transient.',
  };
}

/** The step was cancelled (the runner sent SIGINT/SIGTERM): said as such, not as a push failure. */
export function cancelled(signal: AbortSignal): UserError {
  const why = signal.reason instanceof Error ? signal.reason.message : 'cancelled';
  return new UserError(`Stopped: the workflow was cancelled (${why}).`);
}

export class PushError extends Error {
  readonly kind: PushFailureKind;
  readonly lastLines: string[];
  constructor(message: string, kind: PushFailureKind, lastLines: string[] = []) {
    super(message);
    this.kind = kind;
    this.lastLines = lastLines;
  }
}

export interface PushOptions {
  engine: Engine;
  logger: Logger;
  sleep?: Sleep;
  random?: () => number;
  attempts: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  signal?: AbortSignal;
}

export interface PushedTag {
  ref: ImageRef;
  digest: string;
  size: number | undefined;
  attempts: number;
  layersPushed: number;
  layersExisting: number;
}

/** Pushes one tag, retrying transient failures; returns the digest the registry reported. */
export async function pushTag(
  ref: ImageRef,
  auth: RegistryCredential | undefined,
  o: PushOptions,
): Promise<PushedTag> {
  let attempts = 0;
  const outcome = await retry(
    async (attempt): Promise<PushOutcome> => {
      attempts = attempt;
      const reader = new PushStreamReader((line) => o.logger.info(line));
      let stream;
      try {
        stream = await o.engine.push(ref.repository, ref.tag, auth, o.signal);
        for await (const m of jsonLines(stream)) reader.push(m);
      } catch (e) {
        if (o.signal?.aborted) throw cancelled(o.signal);
        const msg = e instanceof Error ? e.message : String(e);
        throw new PushError(
          msg,
          classifyPushError(msg, e instanceof EngineHttpError ? e.statusCode : undefined),
        );
      }
      const out = reader.outcome();
      if (out.error !== undefined)
        throw new PushError(out.error, classifyPushError(out.error), out.lastLines);
      if (!out.digest)
        throw new PushError(
          'the push stream ended without a digest (no aux line): the connection to the engine was cut short',
          { retryable: true, explanation: 'The push stream ended early.' },
          out.lastLines,
        );
      return out;
    },
    {
      attempts: o.attempts,
      baseDelayMs: o.baseDelayMs ?? 2000,
      maxDelayMs: o.maxDelayMs ?? 30_000,
      ...(o.sleep ? { sleep: (ms: number) => (o.sleep as Sleep)(ms, o.signal) } : {}),
      ...(o.random ? { random: o.random } : {}),
      retryable: (e) => !o.signal?.aborted && e instanceof PushError && e.kind.retryable,
      onRetry: (e, attempt, delay) =>
        o.logger.warning(
          `Push of ${ref.repository}:${ref.tag} failed (attempt ${attempt}/${o.attempts}): ${describeThrown(e)} — ${(e as PushError).kind.explanation} Retrying in ${(delay / 1000).toFixed(1)}s.`,
        ),
    },
  ).catch((e: unknown) => {
    if (e instanceof PushError) {
      const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
      throw new UserError(`Push of ${ref.repository}:${ref.tag} failed${tries}: ${e.message}`, {
        hint: e.kind.explanation,
      });
    }
    throw e;
  });
  return {
    ref,
    digest: outcome.digest as string,
    size: outcome.size,
    attempts,
    layersPushed: outcome.layersPushed,
    layersExisting: outcome.layersExisting,
  };
}

/** Every pushed digest must be among the image's RepoDigests; otherwise the registry holds something else. */
export function checkRepoDigests(pushed: readonly PushedTag[], repoDigests: readonly string[]): string[] {
  const have = new Set(repoDigests);
  return pushed
    .filter((p) => !have.has(`${p.ref.repository}@${p.digest}`))
    .map(
      (p) =>
        `${p.ref.repository}:${p.ref.tag}: the push reported ${p.digest}, but the engine's RepoDigests list ${repoDigests.filter((d) => d.startsWith(`${p.ref.repository}@`)).join(', ') || 'nothing'} for this repository`,
    );
}
