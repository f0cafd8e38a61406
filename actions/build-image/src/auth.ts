/**
 * Registry credentials, handed to the engine per request (X-Registry-Auth for push, X-Registry-Config
 * for the build's pulls). Nothing is written to disk: an existing docker config is only read.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
