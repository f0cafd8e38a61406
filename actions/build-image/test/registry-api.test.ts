import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { manifestList, MEDIA, RegistryClient, registryBaseUrl, repositoryPath } from '../src/registry-api.ts';
import { checkPlatforms } from '../src/config.ts';
import { parseImageRef } from '../src/reference.ts';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
}

/** A registry that asks for a Bearer token from its realm, as ghcr.io and Docker Hub do. */
function bearerRegistry() {
  const calls: Call[] = [];
  const f = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = String(input);
    const headers = (init.headers ?? {}) as Record<string, string>;
    calls.push({ url, method: init.method ?? 'GET', headers });
    if (url.startsWith('https://auth.example/token'))
      return new Response(JSON.stringify({ token: 'T0K' }), { status: 200 });
    if (headers.authorization !== 'Bearer T0K')
      return new Response('', {
        status: 401,
        headers: { 'www-authenticate': 'Bearer realm="https://auth.example/token",service="reg.example"' },
      });
    const body = init.body as Buffer;
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    return new Response(null, { status: 201, headers: { 'docker-content-digest': digest } });
  };
  return { calls, fetch: f as typeof fetch };
}

describe('RegistryClient', () => {
  it('follows a Bearer challenge with the credentials and puts the manifest list', async () => {
    const reg = bearerRegistry();
    const c = new RegistryClient(
      'reg.example',
      { username: 'u', password: 'p', serveraddress: 'reg.example' },
      reg.fetch,
    );
    const body = Buffer.from('{"schemaVersion":2}');
    const digest = await c.putManifest('team/app', '1.0', MEDIA.dockerList, body);
    expect(digest).toBe(`sha256:${createHash('sha256').update(body).digest('hex')}`);
    expect(reg.calls.map((x) => `${x.method} ${x.url} ${x.headers.authorization ?? '-'}`)).toEqual([
      'PUT https://reg.example/v2/team/app/manifests/1.0 -',
      `GET https://auth.example/token?service=reg.example&scope=repository%3Ateam%2Fapp%3Apull%2Cpush Basic ${Buffer.from('u:p').toString('base64')}`,
      'PUT https://reg.example/v2/team/app/manifests/1.0 Bearer T0K',
    ]);
  });

  it('reports the registry error codes', async () => {
    const f = (async () =>
      new Response(JSON.stringify({ errors: [{ code: 'MANIFEST_INVALID', message: 'manifest invalid' }] }), {
        status: 400,
      })) as unknown as typeof fetch;
    const c = new RegistryClient('127.0.0.1:5000', undefined, f);
    await expect(c.putManifest('app', '1', MEDIA.dockerList, Buffer.from('{}'))).rejects.toThrow(
      'putting the manifest list app:1: HTTP 400 (manifest invalid: manifest invalid)',
    );
  });
});

describe('manifestList', () => {
  it('lists the platform manifests in order, variant only when there is one', () => {
    const { mediaType, body } = manifestList([
      {
        digest: 'sha256:a',
        size: 1,
        mediaType: MEDIA.dockerManifest,
        platform: { os: 'linux', architecture: 'amd64' },
      },
      {
        digest: 'sha256:b',
        size: 2,
        mediaType: MEDIA.dockerManifest,
        platform: { os: 'linux', architecture: 'arm', variant: 'v7' },
      },
    ]);
    expect(mediaType).toBe(MEDIA.dockerList);
    expect(JSON.parse(body.toString())).toEqual({
      schemaVersion: 2,
      mediaType: MEDIA.dockerList,
      manifests: [
        {
          mediaType: MEDIA.dockerManifest,
          size: 1,
          digest: 'sha256:a',
          platform: { architecture: 'amd64', os: 'linux' },
        },
        {
          mediaType: MEDIA.dockerManifest,
          size: 2,
          digest: 'sha256:b',
          platform: { architecture: 'arm', os: 'linux', variant: 'v7' },
        },
      ],
    });
  });
});

describe('addresses', () => {
  it.each([
    ['127.0.0.1:5000', 'http://127.0.0.1:5000'],
    ['localhost:5000', 'http://localhost:5000'],
    ['ghcr.io', 'https://ghcr.io'],
    ['docker.io', 'https://registry-1.docker.io'],
  ])('%s -> %s', (registry, url) => {
    expect(registryBaseUrl(registry)).toBe(url);
  });
  it.each([
    ['alpine:1', 'library/alpine'],
    ['user/app:1', 'user/app'],
    ['ghcr.io/o/app:1', 'o/app'],
  ])('%s is %s in the registry', (ref, path) => {
    expect(repositoryPath(parseImageRef(ref))).toBe(path);
  });
});

describe('platforms', () => {
  const refs = ['reg.example/app:1.0', 'reg.example/app:latest', 'other.example/app:1.0'].map((r) =>
    parseImageRef(r),
  );
  it('checks everything before building', () => {
    expect(checkPlatforms(['linux/amd64', 'linux/amd64', 'windows'], refs, false)).toEqual([
      '`platforms`: "windows" is not os/arch[/variant] (e.g. linux/arm64).',
      '`platforms` lists a platform twice.',
      '`platforms` needs `push: true`: a multi-platform image is a manifest list in the registry (the engine cannot store one locally).',
    ]);
    // No per-platform tags any more: a 128-character tag is fine for a multi-platform image.
    expect(checkPlatforms(['linux/amd64'], [parseImageRef(`a/b:${'x'.repeat(128)}`)], true)).toEqual([]);
  });
});
