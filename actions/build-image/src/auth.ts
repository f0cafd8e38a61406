/**
 * Registry credentials, handed to the engine per request (X-Registry-Auth for push, X-Registry-Config
 * for the build's pulls). Nothing is written to disk: an existing docker config is only read.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '@pipewright/shared/action';
import type { Logger } from '@pipewright/shared/log';
import type { Engine } from './engine.ts';
import { DOCKER_HUB, DOCKER_HUB_AUTH_KEY } from './reference.ts';

export interface RegistryCredential {
  username?: string;
  password?: string;
  identitytoken?: string;
  serveraddress: string;
}

export interface CredentialSource {
  /** From the `registry`/`username`/`password` inputs. */
  explicit?: { registry: string; username: string; password: string };
  env: NodeJS.ProcessEnv;
  /** Registers a value with the log masker. */
  secret: (value: string) => void;
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; identitytoken?: string; username?: string; password?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

export function serverAddress(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_AUTH_KEY : registry;
}

function normalizeHost(key: string): string {
  const k = key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  return k === 'index.docker.io' || k === 'registry-1.docker.io' ? DOCKER_HUB : k;
}

/** Reads $DOCKER_CONFIG/config.json or ~/.docker/config.json, if any (never written). */
export function readDockerConfig(env: NodeJS.ProcessEnv): DockerConfig {
  const dir = env.DOCKER_CONFIG ?? path.join(env.HOME ?? os.homedir(), '.docker');
  const file = path.join(dir, 'config.json');
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DockerConfig;
  } catch {
    return {};
  }
}

/** The credential for a registry host, from the inputs first, then the docker config; masked on the way. */
export function credentialFor(registry: string, src: CredentialSource): RegistryCredential | undefined {
  const address = serverAddress(registry);
  if (src.explicit && normalizeHost(src.explicit.registry) === registry) {
    const { username, password } = src.explicit;
    maskPair(username, password, src.secret);
    return { username, password, serveraddress: address };
  }
  const config = readDockerConfig(src.env);
  // As the docker CLI: a per-registry helper first, then the default store, then the file's own auths.
  const helper =
    Object.entries(config.credHelpers ?? {}).find(([key]) => normalizeHost(key) === registry)?.[1] ??
    config.credsStore;
  if (helper) {
    const fromHelper = credentialFromHelper(helper, address, src.env);
    if (fromHelper) {
      if (fromHelper.identitytoken) src.secret(fromHelper.identitytoken);
      else maskPair(fromHelper.username as string, fromHelper.password as string, src.secret);
      return fromHelper;
    }
  }
  for (const [key, entry] of Object.entries(config.auths ?? {})) {
    if (normalizeHost(key) !== registry) continue;
    if (entry.identitytoken) {
      src.secret(entry.identitytoken);
      return { identitytoken: entry.identitytoken, serveraddress: address };
    }
    let username = entry.username;
    let password = entry.password;
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const i = decoded.indexOf(':');
      if (i > 0) {
        username = decoded.slice(0, i);
        password = decoded.slice(i + 1);
      }
      src.secret(entry.auth);
    }
    if (username && password) {
      maskPair(username, password, src.secret);
      return { username, password, serveraddress: address };
    }
  }
  return undefined;
}

/**
 * Asks a docker credential helper (`docker-credential-<name> get`, the server address on stdin, JSON
 * {ServerURL, Username, Secret} on stdout) as the docker CLI does. "Not found" (a non-zero exit) means no
 * credential; a helper that is missing or answers nonsense is an error naming it.
 */
export function credentialFromHelper(
  name: string,
  serverAddress: string,
  env: NodeJS.ProcessEnv,
): RegistryCredential | undefined {
  if (!/^[A-Za-z0-9_.-]+$/.test(name))
    throw new CredentialHelperError(
      `the docker config names the credential helper "${name}", which is not a helper name`,
    );
  const program = `docker-credential-${name}`;
  let out: string;
  try {
    out = execFileSync(program, ['get'], {
      input: serverAddress,
      env,
      encoding: 'utf8',
      timeout: 30_000,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { status?: number | null };
    if (err.code === 'ENOENT')
      throw new CredentialHelperError(
        `the docker config uses the credential helper "${name}", but ${program} is not on PATH`,
      );
    if (typeof err.status === 'number') return undefined; // "credentials not found"
    throw new CredentialHelperError(`${program} get failed: ${err.message}`);
  }
  let body: { Username?: string; Secret?: string };
  try {
    body = JSON.parse(out) as { Username?: string; Secret?: string };
  } catch {
    throw new CredentialHelperError(`${program} get did not answer with JSON`);
  }
  if (!body.Secret) return undefined;
  // "<token>" as the user name marks an identity token (docker/cli credentials/native_store.go).
  if (body.Username === '<token>') return { identitytoken: body.Secret, serveraddress: serverAddress };
  if (!body.Username) return undefined;
  return { username: body.Username, password: body.Secret, serveraddress: serverAddress };
}

export class CredentialHelperError extends Error {}

function maskPair(username: string, password: string, secret: (v: string) => void): void {
  secret(password);
  secret(`${username}:${password}`);
}

/** X-Registry-Auth: base64url JSON, as the engine expects. */
export function registryAuthHeader(c: RegistryCredential | undefined): string | undefined {
  if (!c) return undefined;
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

/** X-Registry-Config for the classic builder's pulls: every known credential by server address. */
export function registryConfig(
  credentials: ReadonlyMap<string, RegistryCredential | undefined>,
): Record<string, RegistryCredential> {
  const out: Record<string, RegistryCredential> = {};
  for (const c of credentials.values()) if (c) out[c.serveraddress] = c;
  return out;
}

/**
 * Checks each registry's credentials through the engine's POST /auth (the login `docker login` does,
 * against the engine's own registry settings) before the context is sent: a wrong password is one clear
 * error naming the registry, with nothing built or pushed. Once per registry, never retried.
 */
export async function verifyCredentials(
  engine: Pick<Engine, 'checkAuth'>,
  credentials: ReadonlyMap<string, RegistryCredential | undefined>,
  registries: readonly string[],
  logger: Pick<Logger, 'info'>,
): Promise<void> {
  for (const registry of registries) {
    const c = credentials.get(registry);
    if (!c) continue;
    try {
      await engine.checkAuth(c);
      logger.info(`Registry ${registry}: credentials accepted${c.username ? ` (user ${c.username})` : ''}.`);
    } catch (e) {
      const err = e as { statusCode?: number; message?: string };
      const who = c.username ? ` of user "${c.username}"` : ' (identity token)';
      const refused =
        err.statusCode === 401 ||
        /\b401\b|unauthorized|incorrect username or password/i.test(err.message ?? '');
      throw new UserError(
        refused
          ? `The registry ${registry} refused the credentials${who}: ${err.message}. Nothing was built or pushed.`
          : `Could not check the credentials${who} with the registry ${registry}: ${err.message}. Nothing was built or pushed.`,
        {
          hint: refused
            ? 'Check `username`/`password` (or the docker config / credential helper) for this registry; a token needs push rights (e.g. `packages: write` for ghcr.io).'
            : 'Is the registry reachable from the Docker engine, and is its address right?',
        },
      );
    }
  }
}
