/**
 * The Docker Engine API through dockerode, pinned to API 1.41 (Engine 20.10). dockerode is loaded on
 * first use only (it pulls in docker-modem, ssh2 and gRPC), and only its transport is used: the build
 * context is our own tar stream, never dockerode's context handling.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';
import type Dockerode from 'dockerode';
import { UserError } from '@pipewright/shared/action';
import type { RegistryCredential } from './auth.ts';
import type { Session, SessionServices } from './buildkit-session.ts';

import { API_VERSION, engineAddress, type EngineAddress } from './engine-address.ts';

export { API_VERSION, engineAddress, type EngineAddress } from './engine-address.ts';

export interface BuildParams {
  dockerfile: string;
  t?: string[];
  target?: string;
  buildargs?: Record<string, string>;
  labels?: Record<string, string>;
  cachefrom?: string[];
  pull?: boolean;
  nocache?: boolean;
  platform?: string;
  /** BuildKit (API version=2) with the ID of a session we serve; the classic builder otherwise. */
  session?: string;
  /** `client-session`: BuildKit reads the context through the session, not from the request body. */
  remote?: string;
  /** Aborts the request (the engine then stops the build). */
  signal?: AbortSignal;
}

export interface ImageInfo {
  Id: string;
  RepoTags: string[] | null;
  RepoDigests: string[] | null;
  Size: number;
  Architecture?: string;
  Os?: string;
  Variant?: string;
  Config?: { Labels?: Record<string, string> | null };
}

export interface Engine {
  /** Where the engine is, for messages. */
  readonly endpoint: string;
  version(): Promise<{ Version: string; ApiVersion: string; Os: string; Arch: string }>;
  build(
    context: Readable,
    params: BuildParams,
    registryConfig?: Record<string, RegistryCredential>,
  ): Promise<Readable>;
  tag(image: string, repository: string, tag: string): Promise<void>;
  push(
    repository: string,
    tag: string,
    auth: RegistryCredential | undefined,
    signal?: AbortSignal,
  ): Promise<Readable>;
  inspect(image: string): Promise<ImageInfo>;
  /** POST /images/create?fromImage=: pulls one reference (the progress stream, errors in-band). */
  pull(reference: string, auth: RegistryCredential | undefined): Promise<Readable>;
  /** GET /images/{id}/get: the image as a `docker save` tar. */
  exportImage(image: string): Promise<Readable>;
  /** DELETE /images/{id} (not forced: an image other tags still use stays). */
  removeImage(image: string): Promise<void>;
  /** POST /auth: the engine logs in to the registry with these credentials (nothing is stored). */
  checkAuth(auth: RegistryCredential): Promise<void>;
  /** Opens a BuildKit session (POST /session, h2c) that serves the given services. */
  startSession(services: SessionServices): Promise<Session>;
}

/** An HTTP-level failure from the engine (parameter errors, missing images); stream errors come in-band. */
export class EngineHttpError extends Error {
  readonly statusCode: number | undefined;
  constructor(message: string, statusCode: number | undefined, cause?: unknown) {
    super(message, { cause });
    this.statusCode = statusCode;
  }
}

function wrap(e: unknown, what: string): EngineHttpError {
  const err = e as { statusCode?: number; json?: { message?: string }; message?: string; code?: string };
  const detail = err.json?.message ?? err.message ?? String(e);
  return new EngineHttpError(`${what}: ${detail}`, err.statusCode, e);
}

/**
 * dockerode pulls in docker-modem -> ssh2, whose bundled poly1305 (emscripten) reads the CommonJS free
 * variable `__dirname`, which an ESM bundle does not have: without it the import dies with a
 * ReferenceError. A global `__dirname` (the bundle's folder) is what that code expects. ssh2's native
 * add-ons are optional (it falls back to JS when they do not load), and no SSH or gRPC path is used.
 */
async function loadDockerode(): Promise<typeof Dockerode> {
  const g = globalThis as { __dirname?: string };
  g.__dirname ??= path.dirname(fileURLToPath(import.meta.url));
  const mod = await import('dockerode');
  return mod.default;
}

export type EngineVersion = Awaited<ReturnType<Engine['version']>>;

/**
 * GET /version with node:http, before dockerode (a 2 MB chunk with ssh2 and gRPC) is loaded: an engine
 * that is absent or too old fails fast, and only a reachable engine costs the client's load time.
 */
export async function probeEngine(a: EngineAddress, timeoutMs = 15_000): Promise<EngineVersion> {
  const http = a.protocol === 'https' ? await import('node:https') : await import('node:http');
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        method: 'GET',
        path: `/${API_VERSION}/version`,
        ...(a.socketPath ? { socketPath: a.socketPath } : { host: a.host, port: a.port }),
        ...(a.ca ? { ca: a.ca, cert: a.cert, key: a.key } : {}),
        timeout: timeoutMs,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => {
          if (res.statusCode !== 200) {
            const msg = /"message"\s*:\s*"([^"]*)"/.exec(body)?.[1] ?? body.trim().slice(0, 200);
            return reject(
              new EngineHttpError(
                `the engine at ${a.endpoint} answered ${res.statusCode}: ${msg}`,
                res.statusCode,
              ),
            );
          }
          try {
            resolve(JSON.parse(body) as EngineVersion);
          } catch {
            reject(
              new EngineHttpError(`the engine at ${a.endpoint} sent an unreadable /version answer`, 200),
            );
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000}s`)));
    req.on('error', (e) =>
      reject(
        new EngineHttpError(`cannot reach the Docker engine at ${a.endpoint}: ${e.message}`, undefined, e),
      ),
    );
    req.end();
  });
}

/** Engine API 1.41 (Engine 20.10) or newer is needed. */
export function apiTooOld(v: EngineVersion): boolean {
  const [maj = 0, min = 0] = (v.ApiVersion ?? '0.0').split('.').map(Number);
  return maj < 1 || (maj === 1 && min < 41);
}

export async function connectEngine(env: NodeJS.ProcessEnv): Promise<Engine> {
  const address = engineAddress(env);
  const info = await probeEngine(address);
  if (apiTooOld(info))
    throw new UserError(
      `The Docker engine at ${address.endpoint} speaks API ${info.ApiVersion}; this action needs 1.41 (Docker 20.10) or newer.`,
    );
  const Docker = await loadDockerode();
  const { endpoint, ...opts } = address;
  const docker = new Docker({ ...opts, version: API_VERSION });
  return {
    endpoint,
    version: () => Promise.resolve(info),
    async build(context, params, registryConfig) {
      const options: Record<string, unknown> = {
        dockerfile: params.dockerfile,
        t: params.t ?? [],
        rm: true,
        forcerm: true,
        // A number, not the string "2": dockerode starts a session of its own for version === "2".
        version: params.session ? 2 : '1',
      };
      if (params.session) options.session = params.session;
      if (params.remote) options.remote = params.remote;
      if (params.signal) options.abortSignal = params.signal;
      if (params.target) options.target = params.target;
      if (params.buildargs && Object.keys(params.buildargs).length)
        options.buildargs = JSON.stringify(params.buildargs);
      if (params.labels && Object.keys(params.labels).length) options.labels = JSON.stringify(params.labels);
      if (params.cachefrom?.length) options.cachefrom = JSON.stringify(params.cachefrom);
      if (params.pull) options.pull = '1';
      if (params.nocache) options.nocache = true;
      if (params.platform) options.platform = params.platform;
      if (registryConfig && Object.keys(registryConfig).length) options.registryconfig = registryConfig;
      try {
        return (await docker.buildImage(context as unknown as NodeJS.ReadableStream, options)) as Readable;
      } catch (e) {
        throw wrap(e, 'the engine refused the build');
      }
    },
    async tag(image, repository, tag) {
      try {
        await docker.getImage(image).tag({ repo: repository, tag });
      } catch (e) {
        throw wrap(e, `tagging ${repository}:${tag}`);
      }
    },
    async push(repository, tag, auth, signal) {
      try {
        // Always pass `tag`: without it the engine pushes every local tag of the repository.
        const opts: Record<string, unknown> = { tag };
        if (auth) opts.authconfig = auth;
        if (signal) opts.abortSignal = signal;
        return (await docker.getImage(repository).push(opts)) as unknown as Readable;
      } catch (e) {
        throw wrap(e, `pushing ${repository}:${tag}`);
      }
    },
    async startSession(services) {
      const { startSession } = await import('./buildkit-session.ts');
      return startSession(address, services);
    },
    async pull(reference, auth) {
      try {
        return (await docker.pull(reference, auth ? { authconfig: auth } : {})) as unknown as Readable;
      } catch (e) {
        throw wrap(e, `pulling ${reference}`);
      }
    },
    async exportImage(image) {
      try {
        return (await docker.getImage(image).get()) as unknown as Readable;
      } catch (e) {
        throw wrap(e, `exporting ${image}`);
      }
    },
    async removeImage(image) {
      try {
        await docker.getImage(image).remove({ noprune: false });
      } catch (e) {
        throw wrap(e, `removing ${image}`);
      }
    },
    async checkAuth(auth) {
      try {
        await docker.checkAuth({ ...auth });
      } catch (e) {
        const err = e as { statusCode?: number; json?: { message?: string }; message?: string };
        throw new EngineHttpError(err.json?.message ?? err.message ?? String(e), err.statusCode, e);
      }
    },
    async inspect(image) {
      try {
        return (await docker.getImage(image).inspect()) as unknown as ImageInfo;
      } catch (e) {
        throw wrap(e, `inspecting ${image}`);
      }
    },
  };
}
