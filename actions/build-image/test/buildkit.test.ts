import { describe, expect, it } from '@jest/globals';
import { encode, fields } from '../src/protobuf.ts';
import { BuildKitStreamReader, decodeStatus } from '../src/buildkit-stream.ts';
import { handleCall } from '../src/buildkit-session.ts';

const ts = encode([{ no: 1, int: 1700000000 }]);
const vertex = (
  digest: string,
  name: string,
  extra: { cached?: boolean; done?: boolean; error?: string } = {},
) =>
  encode([
    { no: 1, bytes: digest },
    { no: 3, bytes: name },
    ...(extra.cached ? [{ no: 4, int: 1 }] : []),
    { no: 5, bytes: ts },
    ...(extra.done ? [{ no: 6, bytes: ts }] : []),
    ...(extra.error ? [{ no: 7, bytes: extra.error }] : []),
  ]);
const log = (digest: string, msg: string) =>
  encode([
    { no: 1, bytes: digest },
    { no: 3, int: 1 },
    { no: 4, bytes: msg },
  ]);
const trace = (parts: { vertexes?: Buffer[]; logs?: Buffer[] }) => ({
  id: 'moby.buildkit.trace',
  aux: encode([
    ...(parts.vertexes ?? []).map((b) => ({ no: 1, bytes: b })),
    ...(parts.logs ?? []).map((b) => ({ no: 3, bytes: b })),
  ]).toString('base64'),
});

describe('protobuf', () => {
  it('round-trips varints above 2^31 and nested messages', () => {
    const buf = encode([
      { no: 1, int: 2 ** 40 + 5 },
      { no: 2, bytes: encode([{ no: 1, bytes: 'x' }]) },
    ]);
    const got = [...fields(buf)];
    expect(got[0]).toMatchObject({ no: 1, int: 2 ** 40 + 5 });
    expect([...fields(got[1]?.bytes as Buffer)][0]?.bytes?.toString()).toBe('x');
  });
});

describe('BuildKit trace', () => {
  it('decodes vertexes and logs, and prints RUN output as text (not base64)', () => {
    const lines: string[] = [];
    const r = new BuildKitStreamReader((l) => lines.push(l));
    r.push(
      trace({
        vertexes: [vertex('sha256:a', '[1/2] COPY busybox /bin/busybox', { cached: true, done: true })],
      }),
    );
    r.push(trace({ vertexes: [vertex('sha256:b', '[2/2] RUN ["/bin/busybox","echo","hi"]')] }));
    r.push(trace({ logs: [log('sha256:b', 'hi th'), log('sha256:b', 'ere\nsecond line\n')] }));
    r.push(
      trace({ vertexes: [vertex('sha256:b', '[2/2] RUN ["/bin/busybox","echo","hi"]', { done: true })] }),
    );
    r.push({ id: 'moby.image.id', aux: { ID: 'sha256:img' } });
    expect(lines).toEqual([
      '#1 [1/2] COPY busybox /bin/busybox',
      '#1 CACHED',
      '#2 [2/2] RUN ["/bin/busybox","echo","hi"]',
      '#2 hi there',
      '#2 second line',
      '#2 DONE',
    ]);
    expect(r.outcome()).toMatchObject({ imageId: 'sha256:img', error: undefined, steps: 2, cachedSteps: 1 });
  });

  it('names the failing vertex', () => {
    const r = new BuildKitStreamReader();
    r.push(trace({ vertexes: [vertex('sha256:c', '[2/2] RUN false', { error: 'exit code: 1' })] }));
    r.push({ errorDetail: { message: 'executor failed running [false]: exit code: 1' } });
    expect(r.outcome()).toMatchObject({
      error: 'executor failed running [false]: exit code: 1',
      failedStep: '[2/2] RUN false',
    });
  });

  it('decodeStatus skips statuses and warnings', () => {
    const buf = encode([
      { no: 2, bytes: encode([{ no: 1, bytes: 'status' }]) },
      { no: 1, bytes: vertex('sha256:d', 'x') },
    ]);
    expect(decodeStatus(buf).vertexes.map((v) => v.name)).toEqual(['x']);
  });
});

describe('session calls', () => {
  const services = {
    credentials: (host: string) => (host === 'reg.example' ? { username: 'u', secret: 'p' } : undefined),
    secret: (id: string) => (id === 'tok' ? Buffer.from('s3cret') : undefined),
  };

  it.each([
    ['/grpc.health.v1.Health/Check', Buffer.alloc(0), 0, encode([{ no: 1, int: 1 }])],
    [
      '/moby.filesync.v1.Auth/Credentials',
      encode([{ no: 1, bytes: 'reg.example' }]),
      0,
      encode([
        { no: 1, bytes: 'u' },
        { no: 2, bytes: 'p' },
      ]),
    ],
    ['/moby.filesync.v1.Auth/Credentials', encode([{ no: 1, bytes: 'other.example' }]), 0, Buffer.alloc(0)],
    [
      '/moby.buildkit.secrets.v1.Secrets/GetSecret',
      encode([{ no: 1, bytes: 'tok' }]),
      0,
      encode([{ no: 1, bytes: 's3cret' }]),
    ],
    ['/moby.buildkit.secrets.v1.Secrets/GetSecret', encode([{ no: 1, bytes: 'nope' }]), 5, undefined],
    ['/moby.filesync.v1.FileSync/DiffCopy', Buffer.alloc(0), 12, undefined],
  ])('%s', (method, request, status, reply) => {
    const out = handleCall(method, request, services);
    expect(out.status).toBe(status);
    expect(out.reply).toEqual(reply);
  });
});
