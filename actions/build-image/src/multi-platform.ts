/**
 * Multi-platform images on an engine whose image store cannot hold an index (Engine 20.10), without side
 * effects on the engine or the registry:
 * - one **BuildKit** build per platform (the `platform` parameter takes one value). BuildKit keys its cache
 *   by platform, and its images are no cache candidates for the classic builder, whose cache ignores the
 *   platform: a classic arm64 build would leave layers a later plain `docker build` takes for amd64;
 * - each platform image is built untagged, pushed **by digest only** through the registry API
 *   (push-by-digest.ts), then removed from the engine: no `<tag>-linux-arm64` tags anywhere;
 * - the manifest list is put under every requested tag.
 */
import { UserError, describeThrown } from '@pipewright/shared/action';
import type { Logger } from '@pipewright/shared/log';
import { plural } from '@pipewright/shared/report';
import { retry, type Sleep } from '@pipewright/shared/util';
import type { RegistryCredential } from './auth.ts';
import { buildImage, type BuildRequest, type Built } from './build.ts';
import type { Engine } from './engine.ts';
import type { ImageRef } from './reference.ts';
import type { SessionServices } from './buildkit-session.ts';
import { pushImageByDigest } from './push-by-digest.ts';
import {
  manifestList,
  RegistryClient,
  RegistryHttpError,
  repositoryPath,
  type PlatformManifest,
} from './registry-api.ts';
import { classifyPushError } from './push.ts';

export interface PlatformResult {
  platform: string;
  built: Built;
  /** repository -> the platform manifest pushed there by digest */
  pushed: Map<string, PlatformManifest>;
}

export interface MultiPlatformResult {
  platforms: PlatformResult[];
  /** repository:tag -> manifest list digest */
  lists: Map<string, string>;
}

export interface MultiPlatformOptions {
  engine: Engine;
  logger: Logger;
  request: Omit<BuildRequest, 'platform' | 'tags' | 'buildkit'>;
  /** The BuildKit session services (registry credentials, secrets) every platform build gets. */
  buildkit: SessionServices;
  platforms: readonly string[];
  refs: readonly ImageRef[];
  credentials: ReadonlyMap<string, RegistryCredential | undefined>;
  attempts: number;
  baseDelayMs: number;
  sleep: Sleep;
  random: () => number;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
}

export async function buildMultiPlatform(o: MultiPlatformOptions): Promise<MultiPlatformResult> {
  const byRepo = new Map<string, ImageRef[]>();
  for (const r of o.refs) byRepo.set(r.repository, [...(byRepo.get(r.repository) ?? []), r]);
  const clients = new Map(
    [...byRepo].map(([repository, refs]) => {
      const first = refs[0] as ImageRef;
      return [
        repository,
        {
          client: new RegistryClient(first.registry, o.credentials.get(first.registry), o.fetchImpl),
          repo: repositoryPath(first),
        },
      ];
    }),
  );
  const results: PlatformResult[] = [];
  for (const platform of o.platforms) {
    let built: Built;
    try {
      built = await buildImage(
        o.engine,
        o.logger,
        { ...o.request, buildkit: o.buildkit, tags: [], platform },
        `Build ${platform}`,
      );
    } catch (e) {
      if (e instanceof UserError && !e.message.startsWith('The engine cannot build'))
        throw platformError(platform, e);
      throw e;
    }
    const pushed = new Map<string, PlatformManifest>();
    try {
      await o.logger.group(`Push ${platform} by digest`, async () => {
        for (const [repository, { client, repo }] of clients) {
          const p = await withRetry(o, `pushing ${platform} to ${repository}`, () =>
            pushImageByDigest(o.engine, client, repo, built.imageId),
          );
          pushed.set(repository, p);
          o.logger.info(
            `${repository}@${p.digest} (${platformName(p.platform)}; ${p.uploaded} of ${plural(p.layers + 1, 'blob')} uploaded)`,
          );
        }
      });
    } finally {
      // The untagged platform image was ours; an image something else still uses is left alone.
      await o.engine.removeImage(built.imageId).catch((e: unknown) => {
        o.logger.debug(`kept ${built.imageId}: ${describeThrown(e)}`);
      });
    }
    results.push({ platform, built, pushed });
  }

  const lists = new Map<string, string>();
  await o.logger.group('Manifest list', async () => {
    for (const [repository, refs] of byRepo) {
      const { client, repo } = clients.get(repository) as { client: RegistryClient; repo: string };
      const entries = results.map((r) => r.pushed.get(repository) as PlatformManifest);
      const list = manifestList(entries);
      for (const ref of refs) {
        const digest = await withRetry(o, `putting ${repository}:${ref.tag}`, () =>
          client.putManifest(repo, ref.tag, list.mediaType, list.body),
        );
        lists.set(`${repository}:${ref.tag}`, digest);
        o.logger.info(
          `${repository}:${ref.tag}: manifest list ${digest} (${entries.map((e) => platformName(e.platform)).join(', ')})`,
        );
      }
    }
  });
  return { platforms: results, lists };
}

function platformName(p: PlatformManifest['platform']): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

async function withRetry<T>(o: MultiPlatformOptions, what: string, fn: () => Promise<T>): Promise<T> {
  return retry(fn, {
    attempts: o.attempts,
    baseDelayMs: o.baseDelayMs,
    maxDelayMs: 30_000,
    sleep: (ms) => o.sleep(ms, o.signal),
    random: o.random,
    retryable: (e) => {
      if (e instanceof RegistryHttpError)
        return e.status === undefined || e.status === 429 || e.status >= 500;
      return classifyPushError(describeThrown(e)).retryable || (e as Error).name === 'TypeError';
    },
    onRetry: (e, attempt, delay) =>
      o.logger.warning(
        `${what} failed (attempt ${attempt}/${o.attempts}): ${describeThrown(e)}. Retrying in ${(delay / 1000).toFixed(1)}s.`,
      ),
  }).catch((e: unknown) => {
    if (e instanceof RegistryHttpError) {
      const kind = classifyPushError(`${e.message} ${e.status ?? ''}`, e.status);
      throw new UserError(`Manifest list: ${e.message}`, { hint: kind.explanation });
    }
    throw e;
  });
}

function platformError(platform: string, e: UserError): UserError {
  const foreign =
    /exec format error|exec user process caused|no match for platform|does not match the specified platform|load metadata for/i.test(
      e.message,
    );
  return new UserError(`The engine could not build ${platform}: ${e.message}`, {
    hint: foreign
      ? `RUN steps for a foreign architecture need QEMU emulation on the engine host (binfmt_misc, e.g. tonistiigi/binfmt), and every FROM image must exist for ${platform} in a registry (each platform is built with BuildKit, which resolves FROM images per platform).`
      : (e.hint ?? 'See the build log above.'),
  });
}
