/**
 * The few registry HTTP API (distribution v2) calls the engine cannot do for us: reading a manifest's
 * media type and putting a manifest list. Auth follows the registry's challenge (Basic, or a Bearer token
 * from the realm it names), with the same credentials the engine got in X-Registry-Auth.
 */
import { createHash } from 'node:crypto';
import type { RegistryCredential } from './auth.ts';
import { DOCKER_HUB, type ImageRef } from './reference.ts';

export const MEDIA = {
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
} as const;

export class RegistryHttpError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status: number | undefined) {
    super(message);
    this.status = status;
  }
}

/** The repository path inside the registry (`library/alpine` on Docker Hub). */
export function repositoryPath(ref: ImageRef): string {
  if (ref.registry === DOCKER_HUB)
    return ref.repository.includes('/') ? ref.repository : `library/${ref.repository}`;
  return ref.repository.slice(ref.registry.length + 1);
}

/** Plain HTTP for loopback registries (the engine treats 127.0.0.0/8 as insecure too); HTTPS otherwise. */
export function registryBaseUrl(registry: string): string {
  if (registry === DOCKER_HUB) return 'https://registry-1.docker.io';
  const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  const loopback = host === 'localhost' || /^127\./.test(host) || host === '::1';
  return `${loopback ? 'http' : 'https'}://${registry}`;
}

type Fetch = typeof fetch;

export class RegistryClient {
  private readonly base: string;
  private readonly cred: RegistryCredential | undefined;
  private readonly fetchImpl: Fetch;
  private auth: string | undefined;

  constructor(registry: string, cred: RegistryCredential | undefined, fetchImpl: Fetch = fetch) {
    this.base = registryBaseUrl(registry);
    this.cred = cred;
    this.fetchImpl = fetchImpl;
  }

  private async send(
    method: string,
    path: string,
    scope: string,
    init: { headers?: Record<string, string>; body?: Buffer } = {},
  ): Promise<Response> {
    const url = /^https?:\/\//.test(path) ? path : `${this.base}${path}`;
    const go = () =>
      this.fetchImpl(url, {
        method,
        headers: { ...(init.headers ?? {}), ...(this.auth ? { authorization: this.auth } : {}) },
        ...(init.body ? { body: init.body } : {}),
      });
    let res = await go();
    if (res.status === 401 && this.cred) {
      this.auth = await this.authorize(res.headers.get('www-authenticate') ?? '', scope);
      res = await go();
    }
    return res;
  }

  private async authorize(challenge: string, scope: string): Promise<string | undefined> {
    const c = this.cred;
    if (!c) return undefined;
    const basic =
      c.username && c.password
        ? `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`
        : undefined;
    if (/^basic/i.test(challenge)) return basic;
    if (!/^bearer/i.test(challenge)) return basic;
    const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (!params.realm) return basic;
    const url = new URL(params.realm);
    if (params.service) url.searchParams.set('service', params.service);
    url.searchParams.set('scope', scope);
    const headers: Record<string, string> = basic ? { authorization: basic } : {};
    let res: Response;
    if (c.identitytoken) {
      res = await this.fetchImpl(params.realm, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: c.identitytoken,
          service: params.service ?? '',
          scope,
          client_id: 'pipewright',
        }).toString(),
      });
    } else res = await this.fetchImpl(url, { headers });
    if (!res.ok)
      throw new RegistryHttpError(`the registry's token service answered ${res.status}`, res.status);
    const body = (await res.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    return token ? `Bearer ${token}` : basic;
  }

  /** HEAD a manifest: its digest, media type and size, as the registry serves it. */
  async headManifest(
    repo: string,
    reference: string,
  ): Promise<{ digest: string; mediaType: string; size: number }> {
    const res = await this.send('HEAD', `/v2/${repo}/manifests/${reference}`, `repository:${repo}:pull`, {
      headers: { accept: Object.values(MEDIA).join(', ') },
    });
    if (!res.ok) throw await failure(res, `reading the manifest ${repo}:${reference}`);
    return {
      digest: res.headers.get('docker-content-digest') ?? '',
      mediaType: (res.headers.get('content-type') ?? '').split(';')[0] as string,
      size: Number(res.headers.get('content-length') ?? 0),
    };
  }

  /** Whether the repository already holds a blob (HEAD /v2/<repo>/blobs/<digest>). */
  async blobExists(repo: string, digest: string): Promise<boolean> {
    const res = await this.send('HEAD', `/v2/${repo}/blobs/${digest}`, `repository:${repo}:pull,push`);
    if (res.status === 404) return false;
    if (!res.ok) throw await failure(res, `checking the blob ${repo}@${digest}`);
    return true;
  }

  /** A monolithic blob upload: POST an upload session, then PUT the bytes with their digest. */
  async uploadBlob(repo: string, digest: string, body: Buffer): Promise<void> {
    const start = await this.send('POST', `/v2/${repo}/blobs/uploads/`, `repository:${repo}:pull,push`);
    if (start.status !== 202) throw await failure(start, `starting a blob upload to ${repo}`);
    const location = start.headers.get('location');
    if (!location) throw new RegistryHttpError(`the registry gave no upload location for ${repo}`, 202);
    const url = new URL(location, `${this.base}/`);
    url.searchParams.set('digest', digest);
    const res = await this.send('PUT', url.toString(), `repository:${repo}:pull,push`, {
      headers: { 'content-type': 'application/octet-stream' },
      body,
    });
    if (res.status !== 201) throw await failure(res, `uploading the blob ${digest} to ${repo}`);
  }

  /** PUT a manifest (list) under a tag; returns its digest, checked against the registry's answer. */
  async putManifest(repo: string, reference: string, mediaType: string, body: Buffer): Promise<string> {
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    const res = await this.send('PUT', `/v2/${repo}/manifests/${reference}`, `repository:${repo}:pull,push`, {
      headers: { 'content-type': mediaType },
      body,
    });
    if (!res.ok) throw await failure(res, `putting the manifest list ${repo}:${reference}`);
    const served = res.headers.get('docker-content-digest');
    if (served && served !== digest)
      throw new RegistryHttpError(
        `the registry stored ${repo}:${reference} as ${served}, not ${digest}`,
        res.status,
      );
    return digest;
  }
}

async function failure(res: Response, what: string): Promise<RegistryHttpError> {
  let detail = '';
  try {
    const body = (await res.json()) as { errors?: { code?: string; message?: string }[] };
    detail = (body.errors ?? [])
      .map((e) => `${(e.code ?? '').toLowerCase().replace(/_/g, ' ')}: ${e.message ?? ''}`)
      .join('; ');
  } catch {
    // HEAD answers have no body
  }
  return new RegistryHttpError(`${what}: HTTP ${res.status}${detail ? ` (${detail})` : ''}`, res.status);
}

export interface PlatformManifest {
  digest: string;
  size: number;
  mediaType: string;
  platform: { os: string; architecture: string; variant?: string };
}

/** A Docker manifest list (or an OCI index when the platform manifests are OCI), entries in the given order. */
export function manifestList(entries: readonly PlatformManifest[]): { mediaType: string; body: Buffer } {
  const oci = entries.every((e) => e.mediaType === MEDIA.ociManifest);
  const mediaType = oci ? MEDIA.ociIndex : MEDIA.dockerList;
  const doc = {
    schemaVersion: 2,
    mediaType,
    manifests: entries.map((e) => ({
      mediaType: e.mediaType,
      size: e.size,
      digest: e.digest,
      platform: {
        architecture: e.platform.architecture,
        os: e.platform.os,
        ...(e.platform.variant ? { variant: e.platform.variant } : {}),
      },
    })),
  };
  return { mediaType, body: Buffer.from(JSON.stringify(doc, null, 3)) };
}
