/**
 * The work on a connected engine: build the image (or one per platform, joined into manifest lists),
 * push its tags, push the cache image. Returns everything the report and the outputs show.
 */
import { describeThrown, UserError } from '@pipewright/shared/action';
import type { Logger } from '@pipewright/shared/log';
import type { Sleep } from '@pipewright/shared/util';
import { registryConfig } from './auth.ts';
import { buildImage, type Built } from './build.ts';
import type { SessionServices } from './buildkit-session.ts';
import { pullCacheImages } from './cache.ts';
import type { BuildConfig } from './config.ts';
import type { Connected } from './connect.ts';
import { isoSeconds } from './labels.ts';
import { buildMultiPlatform, type PlatformResult } from './multi-platform.ts';
import { credentialsForHost, planLabels } from './plan.ts';
import { checkRepoDigests, pushTag, type PushedTag } from './push.ts';
import type { ImageRef } from './reference.ts';

export interface WorkDeps {
  logger: Logger;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  secret: (value: string) => void;
  sleep: Sleep;
  random: () => number;
  fetch: typeof fetch;
}

export interface PlatformImage {
  platform: string;
  imageId: string;
  /** The platform manifest pushed (by digest); undefined when not pushed. */
  digest: string | undefined;
}

export interface BuildResult {
  /** The image built (the first platform's for a manifest list). */
  built: Built;
  /** The context's ignore file, for the report. */
  ignoreFile: string | undefined;
  labels: Record<string, string>;
  /** The tags in order, and the rules left out. */
  refs: ImageRef[];
  version: string | undefined;
  dropped: { rule: string; reason: string }[];
  /** Whether pushing was asked for. */
  push: boolean;
  /** The tags pushed one by one (single platform). */
  pushed: PushedTag[];
  /** `repository:tag` → the digest pushed there (the manifest list's for several platforms). */
  digests: Record<string, string>;
  /** One entry per platform of a manifest list; empty for one platform. */
  platforms: PlatformImage[];
}

export async function buildAndPush(cfg: BuildConfig, conn: Connected, deps: WorkDeps): Promise<BuildResult> {
  const { inputs: i, tagPlan, cache, credentials, platforms } = cfg;
  const { engine, info } = conn;
  const created = isoSeconds(conn.commitTime) ?? sourceDateEpoch(deps.env);
  if (!created)
    deps.logger.info(
      'No commit time found (event payload, git): the `created` label is left out rather than set to now.',
    );
  const labels = planLabels(cfg.src, tagPlan.version, created, i.labels ?? {}, i.ociLabels);

  const buildkit = cfg.useBuildKit ? sessionServices(cfg, deps) : undefined;
  const request = {
    context: cfg.context,
    ...(buildkit && !platforms.length ? { buildkit } : { registryConfig: registryConfig(credentials) }),
    labels,
    // BuildKit writes its cache metadata into the image config only when asked (inline cache).
    buildArgs: {
      ...(buildkit && cache.to ? { BUILDKIT_INLINE_CACHE: '1' } : {}),
      ...(i.buildArgs ?? {}),
    },
    target: i.target,
    pull: i.pull,
    noCache: i.noCache,
    cacheFrom:
      buildkit || !cache.from.length
        ? cache.from.map((r) => `${r.repository}:${r.tag}`)
        : await pullCacheImages(engine, cache.from, credentials, deps.logger),
    signal: deps.signal,
  };
  const pushOptions = {
    engine,
    logger: deps.logger,
    sleep: deps.sleep,
    random: deps.random,
    attempts: i.pushAttempts,
    baseDelayMs: i.pushRetryDelay,
    signal: deps.signal,
  };

  let built: Built;
  const pushed: PushedTag[] = [];
  let lists: Map<string, string> | undefined;
  let perPlatform: PlatformImage[] = [];
  if (platforms.length) {
    const multi = await buildMultiPlatform({
      ...pushOptions,
      request,
      buildkit: buildkit as SessionServices,
      platforms,
      refs: tagPlan.refs,
      credentials,
      fetchImpl: deps.fetch,
    });
    built = (multi.platforms[0] as PlatformResult).built;
    lists = multi.lists;
    perPlatform = multi.platforms.map((p) => ({
      platform: p.platform,
      imageId: p.built.imageId,
      digest: [...p.pushed.values()][0]?.digest,
    }));
  } else {
    built = await buildImage(engine, deps.logger, {
      ...request,
      tags: tagPlan.refs,
      platform: i.platform,
      expectedPlatform: `${info.Os}/${info.Arch}`,
    });
    if (i.push) {
      await deps.logger.group('Push', async () => {
        for (const ref of tagPlan.refs)
          pushed.push(await pushTag(ref, credentials.get(ref.registry), pushOptions));
      });
      const after = await engine.inspect(built.imageId);
      const mismatches = checkRepoDigests(pushed, after.RepoDigests ?? []);
      if (mismatches.length)
        throw new UserError(
          `The pushed digests do not match the engine's record:\n${mismatches.join('\n')}`,
          {
            hint: 'Something else pushed to these tags at the same time, or the registry rewrote the manifest.',
          },
        );
    }
  }

  if (cache.to) {
    const to = cache.to;
    await deps.logger.group('Cache image', async () => {
      await engine.tag(built.imageId, to.repository, to.tag);
      await pushTag(to, credentials.get(to.registry), pushOptions);
    });
  }

  return {
    built,
    ignoreFile: cfg.context.ignoreFile,
    labels,
    refs: tagPlan.refs,
    version: tagPlan.version,
    dropped: tagPlan.dropped,
    push: i.push,
    pushed,
    digests: lists
      ? Object.fromEntries(lists)
      : Object.fromEntries(pushed.map((p) => [`${p.ref.repository}:${p.ref.tag}`, p.digest])),
    platforms: perPlatform,
  };
}

/** What the BuildKit session serves the engine: secrets by ID, registry credentials by host. */
function sessionServices(cfg: BuildConfig, deps: WorkDeps): SessionServices {
  return {
    secret: (id) => cfg.secrets.get(id),
    credentials: (host) => {
      try {
        const c = credentialsForHost(host, cfg.explicit, deps.env, deps.secret);
        return c?.username && c.password ? { username: c.username, secret: c.password } : undefined;
      } catch (e) {
        deps.logger.warning(`Registry credentials for ${host}: ${describeThrown(e)}`);
        return undefined;
      }
    },
    onCall: (method, detail) => deps.logger.debug(`session: ${method} ${detail}`),
  };
}

function sourceDateEpoch(env: NodeJS.ProcessEnv): string | undefined {
  const s = env.SOURCE_DATE_EPOCH;
  return s && /^\d+$/.test(s)
    ? new Date(Number(s) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    : undefined;
}
