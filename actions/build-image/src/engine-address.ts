/**
 * Where the Docker Engine is (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH) and which API version we
 * speak. A module of its own so that engine.ts and buildkit-session.ts can both use it without importing
 * each other.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '@pipewright/shared/action';

export const API_VERSION = 'v1.41';

export interface EngineAddress {
  socketPath?: string;
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  endpoint: string;
}

/** DOCKER_HOST (unix:// or tcp://), DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, as the docker CLI reads them. */
export function engineAddress(env: NodeJS.ProcessEnv): EngineAddress {
  const host = env.DOCKER_HOST?.trim() || 'unix:///var/run/docker.sock';
  if (host.startsWith('unix://')) {
    const socketPath = host.slice('unix://'.length) || '/var/run/docker.sock';
    return { socketPath, endpoint: `unix://${socketPath}` };
  }
  const m = /^(?:tcp|https?):\/\/(\[[^\]]+\]|[^:/]+)(?::(\d+))?\/?$/.exec(host);
  if (!m) {
    throw new UserError(`DOCKER_HOST="${host}" is not an engine address this action can use.`, {
      hint: 'Use unix:///path/to/docker.sock or tcp://host:port (ssh:// is not supported).',
    });
  }
  const tls =
    env.DOCKER_TLS_VERIFY !== undefined && env.DOCKER_TLS_VERIFY !== '' && env.DOCKER_TLS_VERIFY !== '0';
  const out: EngineAddress = {
    host: (m[1] as string).replace(/^\[|\]$/g, ''),
    port: Number(m[2] ?? (tls ? 2376 : 2375)),
    protocol: tls ? 'https' : 'http',
    endpoint: host,
  };
  if (tls) {
    const dir = env.DOCKER_CERT_PATH ?? path.join(env.HOME ?? '', '.docker');
    out.ca = readFileSync(path.join(dir, 'ca.pem'));
    out.cert = readFileSync(path.join(dir, 'cert.pem'));
    out.key = readFileSync(path.join(dir, 'key.pem'));
  }
  return out;
}
