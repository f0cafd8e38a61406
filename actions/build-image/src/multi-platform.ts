/**
 * Multi-platform images on an engine whose image store cannot hold an index (Engine 20.10): one classic
 * build per platform (the `platform` parameter takes one value), each pushed under a per-platform tag
 * (`<tag>-<os>-<arch>[-<variant>]`, the engine cannot push untagged), then a manifest list assembled
 * through the registry HTTP API and put under every requested tag.
 */
import { UserError } from '@pipewright/shared/action';
import type { Logger } from '@pipewright/shared/log';
import { retry, type Sleep } from '@pipewright/shared/util';
import type { RegistryCredential } from './auth.ts';
import { buildImage, type BuildRequest, type Built } from './build.ts';
import type { Engine } from './engine.ts';
import { tagProblem, type ImageRef } from './reference.ts';
import {
  manifestList,
  RegistryClient,
  RegistryHttpError,
  repositoryPath,
  type PlatformManifest,
} from './registry-api.ts';
import { classifyPushError, pushTag, type PushedTag } from './push.ts';

export const PLATFORM_RE = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;

export function platformSuffix(platform: string): string {
  return platform.replace(/\//g, '-');
}

/** The per-platform tag of each repository: its first tag + `-<os>-<arch>[-<variant>]`. */
export function platformRefs(refs: readonly ImageRef[], platform: string): ImageRef[] {
  const firsts = new Map<string, ImageRef>();
  for (const r of refs) if (!firsts.has(r.repository)) firsts.set(r.repository, r);
  return [...firsts.values()].map((r) => ({ ...r, tag: `${r.tag}-${platformSuffix(platform)}` }));
}

/** Problems with `platforms`, found before anything is built. */
export function checkPlatforms(
  platforms: readonly string[],
  refs: readonly ImageRef[],
  push: boolean,
): string[] {
  const problems: string[] = [];
  for (const p of platforms)
    if (!PLATFORM_RE.test(p))
      problems.push(`\`platforms\`: "${p}" is not os/arch[/variant] (e.g. linux/arm64).`);
  if (new Set(platforms).size !== platforms.length) problems.push('`platforms` lists a platform twice.');
  if (!push)
    problems.push(
      '`platforms` needs `push: true`: a multi-platform image is a manifest list in the registry (the engine cannot store one locally).',
    );
  if (!refs.length) problems.push('`platforms` needs at least one tag.');
  for (const p of platforms.filter((x) => PLATFORM_RE.test(x)))
    for (const r of platformRefs(refs, p)) {
      const why = tagProblem(r.tag);
      if (why) problems.push(`the per-platform tag ${r.repository}:${r.tag}: ${why}`);
    }
  return problems;
}

export interface PlatformResult {
  platform: string;
  built: Built;
  pushed: PushedTag[];
}

export interface MultiPlatformResult {
  platforms: PlatformResult[];
  /** repository:tag -> manifest list digest */
  lists: Map<string, string>;
}

export interface MultiPlatformOptions {
  engine: Engine;
  logger: Logger;
  request: Omit<BuildRequest, 'platform' | 'tags'>;
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
  const results: PlatformResult[] = [];
  for (const platform of o.platforms) {
    const tags = platformRefs(o.refs, platform);
    let built: Built;
    try {
      // The classic builder's local cache ignores the platform (a cached amd64 COPY layer is reused for
      // arm64), so each platform only takes cache from its own earlier image: cache-from restricts the
      // cache to those images' history.
      const cacheFrom = [...tags.map((t) => `${t.repository}:${t.tag}`), ...o.request.cacheFrom];
      built = await buildImage(
        o.engine,
        o.logger,
        { ...o.request, cacheFrom, tags, platform },
        `Build ${platform}`,
      );
    } catch (e) {
      if (e instanceof UserError && !e.message.startsWith('The engine cannot build'))
        throw platformError(platform, e);
      throw e;
    }
    const pushed: PushedTag[] = [];
    await o.logger.group(`Push ${platform}`, async () => {
      for (const ref of tags)
        pushed.push(
          await pushTag(ref, o.credentials.get(ref.registry), {
            engine: o.engine,
            logger: o.logger,
            attempts: o.attempts,
            baseDelayMs: o.baseDelayMs,
            sleep: o.sleep,
            random: o.random,
            ...(o.signal ? { signal: o.signal } : {}),
          }),
        );
    });
    results.push({ platform, built, pushed });
  }

  const lists = new Map<string, string>();
  await o.logger.group('Manifest list', async () => {
    const byRepo = new Map<string, ImageRef[]>();
    for (const r of o.refs) byRepo.set(r.repository, [...(byRepo.get(r.repository) ?? []), r]);
    for (const [repository, refs] of byRepo) {
      const first = refs[0] as ImageRef;
      const client = new RegistryClient(first.registry, o.credentials.get(first.registry), o.fetchImpl);
      const repo = repositoryPath(first);
      const entries: PlatformManifest[] = [];
      for (const r of results) {
        const p = r.pushed.find((x) => x.ref.repository === repository) as PushedTag;
        const head = await withRetry(o, `reading ${repository}@${p.digest}`, () =>
          client.headManifest(repo, p.digest),
        );
        const info = await o.engine.inspect(r.built.imageId);
        entries.push({
          digest: p.digest,
          size: head.size || (p.size ?? 0),
          mediaType: head.mediaType,
          platform: {
            os: info.Os ?? '',
            architecture: info.Architecture ?? '',
            ...(info.Variant ? { variant: info.Variant } : {}),
          },
        });
      }
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
      return classifyPushError((e as Error).message ?? '').retryable || (e as Error).name === 'TypeError';
    },
    onRetry: (e, attempt, delay) =>
      o.logger.warning(
        `${what} failed (attempt ${attempt}/${o.attempts}): ${(e as Error).message}. Retrying in ${(delay / 1000).toFixed(1)}s.`,
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
    /exec format error|exec user process caused|no match for platform|does not match the specified platform/i.test(
      e.message,
    );
  return new UserError(`The engine could not build ${platform}: ${e.message}`, {
    hint: foreign
      ? `RUN steps for a foreign architecture need QEMU emulation on the engine host (binfmt_misc, e.g. tonistiigi/binfmt), and every FROM image must exist for ${platform}.`
      : (e.hint ?? 'See the build log above.'),
  });
}
