import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { MemoryLogger } from '@pipewright/shared/log';
import type { Engine } from '../src/engine.ts';
import { EngineHttpError } from '../src/engine.ts';
import { checkRepoDigests, classifyPushError, pushTag } from '../src/push.ts';
import { parseImageRef } from '../src/reference.ts';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const ok = [
  '{"status":"The push refers to repository [reg.example/app]"}',
  '{"status":"Preparing","progressDetail":{},"id":"f35508644a96"}',
  '{"status":"Pushing","progressDetail":{"current":512,"total":1024},"progress":"[=>  ]","id":"f35508644a96"}',
  '{"status":"Pushed","progressDetail":{},"id":"f35508644a96"}',
  '{"status":"Layer already exists","progressDetail":{},"id":"73c7841a998b"}',
  `{"status":"1: digest: ${DIGEST} size: 735"}`,
  `{"progressDetail":{},"aux":{"Tag":"1","Digest":"${DIGEST}","Size":735}}`,
];
const failing = (msg: string) => [
  '{"status":"The push refers to repository [reg.example/app]"}',
  `{"errorDetail":{"message":"${msg}"},"error":"${msg}"}`,
];

/** An engine whose push answers with the given streams in turn (or throws an HTTP-level error). */
function fakeEngine(answers: (string[] | Error)[]): Engine & { pushes: number } {
  let i = 0;
  const e = {
    endpoint: 'fake',
    pushes: 0,
    version: async () => ({ Version: '20.10', ApiVersion: '1.41', Os: 'linux', Arch: 'amd64' }),
    build: async () => Readable.from([]),
    tag: async () => undefined,
    checkAuth: async () => undefined,
    exportImage: async () => Readable.from([]),
    pull: async () => Readable.from([]),
    removeImage: async () => undefined,
    inspect: async () => ({ Id: 'x', RepoTags: [], RepoDigests: [], Size: 0 }),
    startSession: async () => {
      throw new Error('no sessions in this fake');
    },
    push: async () => {
      e.pushes++;
      const a = answers[i++];
      if (a instanceof Error) throw a;
      // Cut the stream mid-line to prove lines are reassembled.
      const text = `${(a ?? []).join('\r\n')}\r\n`;
      return Readable.from([Buffer.from(text.slice(0, 37)), Buffer.from(text.slice(37))]);
    },
  };
  return e;
}

const ref = parseImageRef('reg.example/app:1');

describe('pushTag', () => {
  it('reads the digest from the aux line and counts layers', async () => {
    const engine = fakeEngine([ok]);
    const out = await pushTag(ref, undefined, { engine, logger: new MemoryLogger(), attempts: 3 });
    expect(out).toEqual({ ref, digest: DIGEST, size: 735, attempts: 1, layersPushed: 1, layersExisting: 1 });
  });

  it('retries transient failures with exponential backoff and jitter, then succeeds', async () => {
    const engine = fakeEngine([
      failing('received unexpected HTTP status: 503 Service Unavailable'),
      failing('Put \\"http://reg.example/v2/app/manifests/1\\": EOF'),
      failing('toomanyrequests: slow down'),
      ok,
    ]);
    const slept: number[] = [];
    const logger = new MemoryLogger();
    const out = await pushTag(ref, undefined, {
      engine,
      logger,
      attempts: 4,
      baseDelayMs: 1000,
      maxDelayMs: 30_000,
      sleep: async (ms) => {
        slept.push(ms);
      },
      random: () => 0.5,
    });
    expect(out.attempts).toBe(4);
    // cap/2 + cap/2 * 0.5 with cap = 1000, 2000, 4000
    expect(slept).toEqual([750, 1500, 3000]);
    expect(logger.messages('warning')).toEqual([
      'Push of reg.example/app:1 failed (attempt 1/4): received unexpected HTTP status: 503 Service Unavailable — The registry answered with a server error (5xx). Retrying in 0.8s.',
      'Push of reg.example/app:1 failed (attempt 2/4): Put "http://reg.example/v2/app/manifests/1": EOF — The connection to the registry failed (reset, refused, timed out or cut short). Retrying in 1.5s.',
      'Push of reg.example/app:1 failed (attempt 3/4): toomanyrequests: slow down — The registry is rate-limiting (429). Retrying in 3.0s.',
    ]);
  });

  it('gives up after the last attempt with the explanation', async () => {
    const engine = fakeEngine([failing('blob upload unknown'), failing('blob upload unknown')]);
    await expect(
      pushTag(ref, undefined, {
        engine,
        logger: new MemoryLogger(),
        attempts: 2,
        sleep: async () => undefined,
      }),
    ).rejects.toMatchObject({
      message: 'Push of reg.example/app:1 failed after 2 attempts: blob upload unknown',
      hint: 'The registry lost a blob upload (blob upload unknown).',
    });
    expect(engine.pushes).toBe(2);
  });

  it.each([
    ['unauthorized: authentication required', '401 Unauthorized'],
    ['denied: requested access to the resource is denied', 'denied the push'],
    ['name unknown: repository name not known to registry', 'name unknown'],
    ['invalid reference format: repository name must be lowercase', 'must be lowercase'],
  ])('never retries "%s"', async (message, hint) => {
    const engine = fakeEngine([failing(message), ok]);
    const err = await pushTag(ref, undefined, {
      engine,
      logger: new MemoryLogger(),
      attempts: 4,
      sleep: async () => undefined,
    }).catch((e: unknown) => e);
    expect(engine.pushes).toBe(1);
    expect((err as Error).message).toBe(`Push of reg.example/app:1 failed: ${message}`);
    expect((err as { hint: string }).hint).toContain(hint);
  });

  it('retries a stream that ends without a digest', async () => {
    const engine = fakeEngine([ok.slice(0, 4), ok]);
    const out = await pushTag(ref, undefined, {
      engine,
      logger: new MemoryLogger(),
      attempts: 2,
      sleep: async () => undefined,
    });
    expect(out.attempts).toBe(2);
  });

  it('retries an engine-level 500, not a 404', async () => {
    const e500 = fakeEngine([new EngineHttpError('pushing: server error', 500), ok]);
    expect(
      (
        await pushTag(ref, undefined, {
          engine: e500,
          logger: new MemoryLogger(),
          attempts: 2,
          sleep: async () => undefined,
        })
      ).attempts,
    ).toBe(2);
    const e404 = fakeEngine([new EngineHttpError('pushing: no such image', 404), ok]);
    await expect(
      pushTag(ref, undefined, {
        engine: e404,
        logger: new MemoryLogger(),
        attempts: 2,
        sleep: async () => undefined,
      }),
    ).rejects.toThrow('no such image');
    expect(e404.pushes).toBe(1);
  });
});

describe('classifyPushError', () => {
  it.each([
    ['received unexpected HTTP status: 502 Bad Gateway', true],
    ['received unexpected HTTP status: 500 Internal Server Error', true],
    ['toomanyrequests: You have reached your pull rate limit', true],
    ['read tcp 127.0.0.1:1->127.0.0.1:2: read: connection reset by peer', true],
    ['dial tcp 127.0.0.1:5000: connect: connection refused', true],
    ['net/http: TLS handshake timeout', true],
    ['unexpected EOF', true],
    ['blob upload unknown to registry', true],
    ['unauthorized: incorrect username or password', false],
    ['denied: permission_denied: write_package', false],
    ['name unknown: repository name not known to registry', false],
    ['repository name must be lowercase', false],
    ['invalid reference format', false],
    ['An image does not exist locally with the tag: x/y', false],
    ['something nobody has seen', false],
  ])('%s -> retry %j', (message, retryable) => {
    expect(classifyPushError(message).retryable).toBe(retryable);
  });
});

describe('checkRepoDigests', () => {
  const pushed = [{ ref, digest: DIGEST, size: 1, attempts: 1, layersPushed: 0, layersExisting: 0 }];
  it('accepts a digest the engine recorded', () => {
    expect(checkRepoDigests(pushed, [`reg.example/app@${DIGEST}`])).toEqual([]);
  });
  it('reports a digest the engine did not record', () => {
    expect(checkRepoDigests(pushed, [`reg.example/app@sha256:${'b'.repeat(64)}`])).toEqual([
      `reg.example/app:1: the push reported ${DIGEST}, but the engine's RepoDigests list reg.example/app@sha256:${'b'.repeat(64)} for this repository`,
    ]);
  });
});
