/**
 * Pushing an image by digest only, with no tag: the engine's push needs a tag (and a tag pushed is a tag
 * left in the registry), so for the platform images of a manifest list the image is read from the engine
 * (GET /images/{id}/get, the `docker save` tar), its layers gzipped, and config, layers and a Docker
 * schema 2 manifest put through the registry API under the manifest's digest.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { Engine } from './engine.ts';
import { MEDIA, type PlatformManifest, type RegistryClient } from './registry-api.ts';

const CONFIG_MEDIA = 'application/vnd.docker.container.image.v1+json';
const LAYER_MEDIA = 'application/vnd.docker.image.rootfs.diff.tar.gzip';

/** The files of a `docker save` tar (legacy and OCI-layout forms both carry manifest.json). */
async function readSaveTar(stream: Readable): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  // Loaded here, not at start-up: only multi-platform pushes read a saved image (cold start, docs/performance.md).
  const { extract } = await import('tar-stream');
  const ex = extract();
  const done = new Promise<void>((resolve, reject) => {
    ex.on('entry', (header, body, next) => {
      const chunks: Buffer[] = [];
      body.on('data', (c: unknown) => chunks.push(c as Buffer));
      body.on('end', () => {
        if (header.type === 'file') files.set(header.name.replace(/^\.\//, ''), Buffer.concat(chunks));
        next();
      });
      body.on('error', reject);
    });
    ex.on('finish', resolve);
    ex.on('error', reject);
    stream.on('error', reject);
  });
  stream.pipe(ex);
  await done;
  return files;
}

const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

export interface PushedByDigest extends PlatformManifest {
  layers: number;
  uploaded: number;
}

export async function pushImageByDigest(
  engine: Pick<Engine, 'exportImage'>,
  client: RegistryClient,
  repo: string,
  imageId: string,
): Promise<PushedByDigest> {
  const files = await readSaveTar(await engine.exportImage(imageId));
  const index = JSON.parse((files.get('manifest.json') ?? Buffer.from('[]')).toString('utf8')) as {
    Config?: string;
    Layers?: string[];
  }[];
  const entry = index[0];
  const config = entry?.Config ? files.get(entry.Config) : undefined;
  if (!entry || !config) throw new Error(`the engine's export of ${imageId} has no image config`);
  if (sha256(config) !== imageId)
    throw new Error(`the engine exported a config ${sha256(config)} for image ${imageId}`);
  const layers = (entry.Layers ?? []).map((name) => {
    const raw = files.get(name);
    if (!raw) throw new Error(`the engine's export of ${imageId} lacks the layer ${name}`);
    // Already compressed (gzip magic) layers go as they are; plain tars are gzipped.
    const blob = raw[0] === 0x1f && raw[1] === 0x8b ? raw : gzipSync(raw);
    return { blob, digest: sha256(blob) };
  });
  let uploaded = 0;
  for (const b of [{ blob: config, digest: imageId }, ...layers])
    if (!(await client.blobExists(repo, b.digest))) {
      await client.uploadBlob(repo, b.digest, b.blob);
      uploaded++;
    }
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA.dockerManifest,
      config: { mediaType: CONFIG_MEDIA, size: config.length, digest: imageId },
      layers: layers.map((l) => ({ mediaType: LAYER_MEDIA, size: l.blob.length, digest: l.digest })),
    }),
  );
  const digest = await client.putManifest(repo, sha256(manifest), MEDIA.dockerManifest, manifest);
  const c = JSON.parse(config.toString('utf8')) as { os?: string; architecture?: string; variant?: string };
  return {
    digest,
    size: manifest.length,
    mediaType: MEDIA.dockerManifest,
    platform: {
      os: c.os ?? '',
      architecture: c.architecture ?? '',
      ...(c.variant ? { variant: c.variant } : {}),
    },
    layers: layers.length,
    uploaded,
  };
}
