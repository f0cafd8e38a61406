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
import { API_VERSION, type EngineAddress } from './engine.ts';
import { encode, stringField } from './protobuf.ts';

export interface SessionServices {
  /** Credentials for a registry host (as BuildKit asks: `docker.io` → registry-1.docker.io, etc.). */
  credentials(host: string): { username: string; secret: string } | undefined;
  /** A secret by ID, or undefined when there is none of that name. */
  secret(id: string): Buffer | undefined;
  /** Called for every gRPC call (method name only; never values). */
  onCall?: (method: string, detail: string) => void;
}

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
        'X-Docker-Expose-Session-Grpc-Method': SESSION_METHODS,
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
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      const body = Buffer.concat(chunks);
      const request = body.length >= 5 ? body.subarray(5, 5 + body.readUInt32BE(1)) : Buffer.alloc(0);
      let out: ReturnType<typeof handleCall>;
      try {
        out = handleCall(method, request, services);
      } catch (e) {
        out = { status: 13, message: (e as Error).message };
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
