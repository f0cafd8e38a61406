/**
 * A BuildKit session without buildx: POST /session upgrades the connection to h2c, and on it *we* are
 * the gRPC server the daemon calls. Served: health (without it the daemon drops the session after ~1 s),
 * registry credentials per host, and secrets for `RUN --mount=type=secret`. Anything else answers
 * UNIMPLEMENTED, which BuildKit treats as "not offered".
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import http2 from 'node:http2';
import type { Socket } from 'node:net';
import { API_VERSION, type EngineAddress } from './engine-address.ts';
import { encode, stringField } from './protobuf.ts';
import { sendEntries, type SyncEntry } from './filesync.ts';
import { describeThrown } from '@pipewright/shared/action';

export interface SessionServices {
  /** Credentials for a registry host (as BuildKit asks: `docker.io` → registry-1.docker.io, etc.). */
  credentials(host: string): { username: string; secret: string } | undefined;
  /** A secret by ID, or undefined when there is none of that name. */
  secret(id: string): Buffer | undefined;
  /** Called for every gRPC call (method name only; never values). */
  onCall?: (method: string, detail: string) => void;
  /** The build context served through FileSync/DiffCopy (filesync.ts), per source name. */
  files?: (dir: 'context' | 'dockerfile', followPaths: readonly string[]) => Promise<SyncEntry[]>;
}

const DIFF_COPY = '/moby.filesync.v1.FileSync/DiffCopy';

export const SESSION_METHODS = [
  '/grpc.health.v1.Health/Check',
  '/moby.filesync.v1.Auth/Credentials',
  '/moby.buildkit.secrets.v1.Secrets/GetSecret',
];

const GRPC = { OK: 0, NOT_FOUND: 5, UNIMPLEMENTED: 12 } as const;

export interface Session {
  id: string;
  close(): void;
}

function frame(message: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt32BE(message.length, 1);
  return Buffer.concat([head, message]);
}

/** Handles one unary gRPC call; returns the reply message or a status. */
export function handleCall(
  method: string,
  request: Buffer,
  s: SessionServices,
): { status: number; reply?: Buffer; message?: string } {
  switch (method) {
    case '/grpc.health.v1.Health/Check':
      // HealthCheckResponse { status: SERVING (1) }
      return { status: GRPC.OK, reply: encode([{ no: 1, int: 1 }]) };
    case '/moby.filesync.v1.Auth/Credentials': {
      const host = stringField(request, 1) ?? '';
      s.onCall?.(method, host);
      const c = s.credentials(host);
      // CredentialsResponse { Username = 1; Secret = 2 } — empty means anonymous.
      return {
        status: GRPC.OK,
        reply: c
          ? encode([
              { no: 1, bytes: c.username },
              { no: 2, bytes: c.secret },
            ])
          : Buffer.alloc(0),
      };
    }
    case '/moby.buildkit.secrets.v1.Secrets/GetSecret': {
      const id = stringField(request, 1) ?? '';
      s.onCall?.(method, id);
      const data = s.secret(id);
      if (!data) return { status: GRPC.NOT_FOUND, message: `secret ${id} not found` };
      return { status: GRPC.OK, reply: encode([{ no: 1, bytes: data }]) };
    }
    default:
      return { status: GRPC.UNIMPLEMENTED, message: `${method} is not offered by this session` };
  }
}

export async function startSession(a: EngineAddress, services: SessionServices): Promise<Session> {
  const id = randomBytes(16).toString('hex');
  const transport = a.protocol === 'https' ? await import('node:https') : http;
  const socket = await new Promise<Socket>((resolve, reject) => {
    const req = transport.request({
      method: 'POST',
      path: `/${API_VERSION}/session`,
      ...(a.socketPath ? { socketPath: a.socketPath } : { host: a.host, port: a.port }),
      ...(a.ca ? { ca: a.ca, cert: a.cert, key: a.key } : {}),
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'h2c',
        'X-Docker-Expose-Session-Uuid': id,
        'X-Docker-Expose-Session-Name': 'pipewright',
        'X-Docker-Expose-Session-Sharedkey': id,
        'X-Docker-Expose-Session-Grpc-Method': services.files
          ? [...SESSION_METHODS, DIFF_COPY]
          : SESSION_METHODS,
      },
    });
    req.on('upgrade', (_res, sock, head) => {
      if (head.length) sock.unshift(head);
      resolve(sock);
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () =>
        reject(new Error(`the engine refused the BuildKit session (${res.statusCode}): ${body.trim()}`)),
      );
    });
    req.on('error', reject);
    req.end();
  });
  const server = http2.createServer();
  server.on('stream', (stream, headers) => {
    const method = String(headers[':path'] ?? '');
    if (method === DIFF_COPY && services.files) {
      serveDiffCopy(stream, headers, services);
      return;
    }
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      const body = Buffer.concat(chunks);
      const request = body.length >= 5 ? body.subarray(5, 5 + body.readUInt32BE(1)) : Buffer.alloc(0);
      let out: ReturnType<typeof handleCall>;
      try {
        out = handleCall(method, request, services);
      } catch (e) {
        out = { status: 13, message: describeThrown(e) };
      }
      stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
      stream.on('wantTrailers', () =>
        stream.sendTrailers({
          'grpc-status': String(out.status),
          ...(out.message ? { 'grpc-message': encodeURIComponent(out.message) } : {}),
        }),
      );
      if (out.reply) stream.end(frame(out.reply));
      else stream.end();
    });
    stream.on('error', () => undefined);
  });
  server.on('sessionError', () => undefined);
  server.emit('connection', socket);
  return {
    id,
    close: () => {
      socket.destroy();
      server.close();
    },
  };
}

/** gRPC metadata values (repeated keys arrive as arrays or comma-joined). */
function metadata(headers: http2.IncomingHttpHeaders, key: string): string[] {
  const v = headers[key];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list
    .flatMap((x) => String(x).split(','))
    .map((x) => x.trim())
    .filter(Boolean);
}

/** A bidirectional DiffCopy stream: frames in as they come, packets out as the protocol goes. */
function serveDiffCopy(
  stream: http2.ServerHttp2Stream,
  headers: http2.IncomingHttpHeaders,
  services: SessionServices,
): void {
  const dir = metadata(headers, 'dir-name')[0] === 'dockerfile' ? 'dockerfile' : 'context';
  const followPaths = metadata(headers, 'followpaths');
  services.onCall?.(DIFF_COPY, `${dir}${followPaths.length ? ` ${followPaths.join(',')}` : ''}`);
  stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
  let pending = Buffer.alloc(0);
  const queue: Buffer[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  stream.on('data', (c: Buffer) => {
    pending = Buffer.concat([pending, c]);
    while (pending.length >= 5 && pending.length >= 5 + pending.readUInt32BE(1)) {
      const len = pending.readUInt32BE(1);
      queue.push(pending.subarray(5, 5 + len));
      pending = pending.subarray(5 + len);
    }
    wake?.();
  });
  stream.on('end', () => {
    ended = true;
    wake?.();
  });
  stream.on('error', () => {
    ended = true;
    wake?.();
  });
  const receive = async (): Promise<Buffer | undefined> => {
    for (;;) {
      const next = queue.shift();
      if (next) return next;
      if (ended) return undefined;
      await new Promise<void>((r) => (wake = r));
      wake = undefined;
    }
  };
  let status = 0;
  let message = '';
  stream.on('wantTrailers', () =>
    stream.sendTrailers({
      'grpc-status': String(status),
      ...(message ? { 'grpc-message': encodeURIComponent(message) } : {}),
    }),
  );
  void (async () => {
    try {
      const entries = await (services.files as NonNullable<SessionServices['files']>)(dir, followPaths);
      await sendEntries(
        entries,
        async (p) => {
          if (!stream.write(frame(p)) && !stream.destroyed)
            await new Promise<void>((r) => {
              stream.once('drain', r);
              stream.once('close', r);
            });
        },
        receive,
      );
    } catch (e) {
      status = 13;
      message = describeThrown(e);
    }
    if (!stream.destroyed) stream.end();
  })();
}
