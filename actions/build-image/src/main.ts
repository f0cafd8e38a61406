import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError, UserError, type ActionRuntime } from '@pipewright/shared/action';
import { writeJobSummary } from '@pipewright/shared/report';
import { realSleep, systemClock, type Clock, type Sleep } from '@pipewright/shared/util';
import { planContext } from './context.ts';
import { buildImage, type Built } from './build.ts';
import { buildMultiPlatform, checkPlatforms, type PlatformResult } from './multi-platform.ts';
import { connectEngine, type Engine } from './engine.ts';
import { isoSeconds, sourceInfo } from './labels.ts';
import { credentialsForHost, planCredentials, planLabels, planTags } from './plan.ts';
import type { SessionServices } from './buildkit-session.ts';
import { CredentialHelperError, registryConfig, verifyCredentials } from './auth.ts';
import { readSecrets } from './secrets.ts';
import { planCache, pullCacheImages } from './cache.ts';
import { checkRepoDigests, pushTag, type PushedTag } from './push.ts';
import { renderSummary } from './summary.ts';
import { commitTimeFromGit } from './commit-time.ts';

export const spec = {
  context: { type: 'path', default: '.', mustExist: 'dir' },
  dockerfile: { type: 'path', mustExist: 'file' },
  'build-args': { type: 'map' },
  target: { type: 'string', pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, patternHint: 'a build stage name' },
  labels: { type: 'map' },
  'oci-labels': { type: 'boolean', default: true },
  platform: {
    type: 'string',
    pattern: /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/,
    patternHint: 'one platform as os/arch[/variant], e.g. linux/amd64',
  },
  platforms: { type: 'list' },
  buildkit: { type: 'boolean', default: false },
  secrets: { type: 'map', secret: true },
  'secret-files': { type: 'map' },
  'secret-envs': { type: 'map' },
  pull: { type: 'boolean', default: false },
  'no-cache': { type: 'boolean', default: false },
  'cache-from': { type: 'list' },
  'cache-to': { type: 'string' },
  images: { type: 'list', commas: false },
  tags: { type: 'list', commas: false },
  flavor: { type: 'list', commas: false },
  push: { type: 'boolean', default: false },
  registry: { type: 'string' },
  username: { type: 'string' },
  password: { type: 'string', secret: true },
  'push-attempts': { type: 'integer', default: 4, min: 1, max: 10 },
  'push-retry-delay': { type: 'duration', default: '2s', minMs: 0, maxMs: 60_000 },
} as const;

export interface Deps {
  clock: Clock;
  sleep: Sleep;
  random: () => number;
  connect: (env: NodeJS.ProcessEnv) => Promise<Engine>;
  fetch: typeof fetch;
}

const defaultDeps: Deps = {
  clock: systemClock,
  sleep: realSleep,
  random: Math.random,
  connect: connectEngine,
  fetch: (input, init) => fetch(input, init),
};

export async function main(rt: ActionRuntime, deps: Deps = defaultDeps): Promise<void> {
  const started = deps.clock.now();
  const i = rt.inputs(spec, (x) => [
    ...(x.username && !x.password ? ['`username` is set but `password` is empty.'] : []),
    ...(x.password && !x.username ? ['`password` is set but `username` is empty.'] : []),
    ...(!x.buildkit && (x.secrets || x.secretFiles || x.secretEnvs)
      ? [
          '`secrets`, `secret-files` and `secret-envs` need `buildkit: true` (the classic builder has no secret mounts).',
        ]
      : []),
    ...(x.platform && x.platforms?.length
      ? ['Give either `platform` (one) or `platforms` (a manifest list), not both.']
      : []),
  ]);

  // Everything is checked before the engine is contacted: tags, rules, ignore patterns, credentials.
  const payloadSrc = sourceInfo(rt.context);
  // Outside push events the payload has no commit time: the checkout's commit gives it ({{commit_date}},
  // the `created` label). A local git call, no remote: awaited here only when a tag rule needs it,
  // otherwise it runs while the engine is contacted.
  const gitTime = payloadSrc.commitTime
    ? Promise.resolve(undefined)
    : commitTimeFromGit(rt.context.workspace, payloadSrc.sha);
  const needsCommitDate = [...(i.tags ?? []), ...(i.flavor ?? [])].some((l) => l.includes('commit_date'));
  const src = {
    ...payloadSrc,
    commitTime: payloadSrc.commitTime ?? (needsCommitDate ? await gitTime : undefined),
  };
  const tagPlan = planTags(
    { images: i.images ?? [], tags: i.tags ?? [], flavor: i.flavor ?? [] },
    src,
    new Date(deps.clock.now()),
  );
  if (i.push && tagPlan.refs.length === 0)
    throw new UserError('`push: true` but no tags: nothing to push.', {
      hint: 'Give `tags` (full references like ghcr.io/owner/app:1.0) or `images` with tag rules.',
    });
  for (const d of tagPlan.dropped) rt.logger.warning(`Tag rule ${d.rule} left out: ${d.reason}.`);
  const dockerfile = i.dockerfile ?? path.join(i.context, 'Dockerfile');
  if (i.dockerfile === undefined && !existsSync(dockerfile))
    throw new UserError(`No Dockerfile in the context (${dockerfile}).`, {
      hint: 'Add one, or point the `dockerfile` input at it (relative to the workspace).',
    });
  const cache = planCache(i.cacheFrom ?? [], i.cacheTo);
  if (cache.problems.length) throw new InputError(cache.problems);
  if (cache.plan.to && i.platforms?.length)
    throw new InputError([
      '`cache-to` is not supported with `platforms` (one cache image per platform would be needed).',
    ]);
  const platforms = i.platforms ?? [];
  // A multi-platform image is built with BuildKit (multi-platform.ts says why).
  const useBuildKit = i.buildkit || platforms.length > 0;
  // BuildKit reads the context through the session (filesync.ts), as buildx does.
  const context = planContext(i.context, dockerfile, useBuildKit ? 'session' : 'classic');
  if (platforms.length) {
    const problems = checkPlatforms(platforms, tagPlan.refs, i.push);
    if (problems.length) throw new InputError(problems);
  }
  // Credentials for the tags' registries and the `registry` input: pushes (X-Registry-Auth) and the
  // classic builder's pulls of private FROM images (X-Registry-Config).
  const explicit = { registry: i.registry, username: i.username, password: i.password };
  let credentials;
  try {
    credentials = planCredentials(
      [...tagPlan.refs, ...cache.plan.from, ...(cache.plan.to ? [cache.plan.to] : [])],
      explicit,
      rt.env,
      rt.secret,
    );
  } catch (e) {
    if (!(e instanceof CredentialHelperError)) throw e;
    throw new UserError(`Registry credentials: ${e.message}.`, {
      hint: 'Install the helper the docker config names (credHelpers/credsStore), or give `username`/`password`.',
    });
  }

  const secrets = i.buildkit ? readSecrets(i, rt) : new Map<string, Buffer>();
  const [engine, commitTime] = await Promise.all([
    deps.connect(rt.env).catch((e: Error) => {
      if (e instanceof UserError) throw e;
      throw new UserError(e.message, {
        hint: 'Is the Docker engine running and DOCKER_HOST right? This action talks to the engine API directly (no docker CLI).',
      });
    }),
    src.commitTime ? Promise.resolve(src.commitTime) : gitTime,
  ]);
  const info = await engine.version();
  rt.logger.info(
    `Docker engine ${info.Version} (API ${info.ApiVersion}, ${info.Os}/${info.Arch}) at ${engine.endpoint}`,
  );

  // Credentials before the context is sent: the registries pushed to, and the one `username` is for.
  const toCheck = [
    ...new Set([
      ...(i.push ? tagPlan.refs.map((r) => r.registry) : []),
      ...(cache.plan.to ? [cache.plan.to.registry] : []),
      ...(i.username
        ? [...credentials.keys()].filter((r) => credentials.get(r)?.username === i.username)
        : []),
    ]),
  ];
  await verifyCredentials(engine, credentials, toCheck, rt.logger);

  const created = isoSeconds(commitTime) ?? sourceDateEpoch(rt.env);
  if (!created)
    rt.logger.info(
      'No commit time found (event payload, git): the `created` label is left out rather than set to now.',
    );
  const labels = planLabels(src, tagPlan.version, created, i.labels ?? {}, i.ociLabels);

  const buildkit: SessionServices | undefined = useBuildKit
    ? {
        secret: (id) => secrets.get(id),
        credentials: (host) => {
          try {
            const c = credentialsForHost(host, explicit, rt.env, rt.secret);
            return c?.username && c.password ? { username: c.username, secret: c.password } : undefined;
          } catch (e) {
            rt.logger.warning(`Registry credentials for ${host}: ${(e as Error).message}`);
            return undefined;
          }
        },
        onCall: (method, detail) => rt.logger.debug(`session: ${method} ${detail}`),
      }
    : undefined;
  const request = {
    context,
    ...(buildkit && !platforms.length ? { buildkit } : { registryConfig: registryConfig(credentials) }),
    labels,
    // BuildKit writes its cache metadata into the image config only when asked (inline cache).
    buildArgs: {
      ...(buildkit && cache.plan.to ? { BUILDKIT_INLINE_CACHE: '1' } : {}),
      ...(i.buildArgs ?? {}),
    },
    target: i.target,
    pull: i.pull,
    noCache: i.noCache,
    cacheFrom:
      buildkit || !cache.plan.from.length
        ? cache.plan.from.map((r) => `${r.repository}:${r.tag}`)
        : await pullCacheImages(engine, cache.plan.from, credentials, rt.logger),
    signal: rt.signal,
  };
  const pushOptions = {
    engine,
    logger: rt.logger,
    sleep: deps.sleep,
    random: deps.random,
    attempts: i.pushAttempts,
    baseDelayMs: i.pushRetryDelay,
    signal: rt.signal,
  };

  let built: Built;
  const pushed: PushedTag[] = [];
  let lists: Map<string, string> | undefined;
  let perPlatform: { platform: string; imageId: string; digest: string | undefined }[] = [];
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
    built = await buildImage(engine, rt.logger, {
      ...request,
      tags: tagPlan.refs,
      platform: i.platform,
      expectedPlatform: `${info.Os}/${info.Arch}`,
    });
    if (i.push) {
      await rt.logger.group('Push', async () => {
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

  if (cache.plan.to) {
    const to = cache.plan.to;
    await rt.logger.group('Cache image', async () => {
      await engine.tag(built.imageId, to.repository, to.tag);
      await pushTag(to, credentials.get(to.registry), pushOptions);
    });
  }

  const digests: Record<string, string> = lists
    ? Object.fromEntries(lists)
    : Object.fromEntries(pushed.map((p) => [`${p.ref.repository}:${p.ref.tag}`, p.digest]));
  const tags = tagPlan.refs.map((r) => `${r.repository}:${r.tag}`);
  const firstRef = tagPlan.refs[0];
  const firstDigest = firstRef ? digests[`${firstRef.repository}:${firstRef.tag}`] : undefined;
  const imageRef = firstRef && firstDigest ? `${firstRef.repository}@${firstDigest}` : null;
  const metadata = {
    imageId: built.imageId,
    digest: firstDigest ?? null,
    imageRef,
    platforms: perPlatform,
    tags,
    digests,
    version: tagPlan.version ?? null,
    labels,
    size: built.size,
    steps: built.steps,
    cachedSteps: built.cachedSteps,
    context: {
      files: built.context.files,
      bytes: built.context.bytes,
      ignoreFile: context.ignoreFile ?? null,
    },
  };
  writeJobSummary(
    renderSummary({
      imageId: built.imageId,
      sizeBytes: built.size,
      durationMs: deps.clock.now() - started,
      steps: built.steps,
      cachedSteps: built.cachedSteps,
      context: { ...built.context, ignoreFile: context.ignoreFile },
      tags: tagPlan.refs.map((r) => {
        const p = pushed.find((x) => x.ref === r);
        return {
          ref: `${r.repository}:${r.tag}`,
          digest: digests[`${r.repository}:${r.tag}`],
          attempts: p?.attempts ?? 0,
        };
      }),
      platforms: perPlatform,
      pushed: i.push,
      dropped: tagPlan.dropped,
      labels,
    }),
    rt.env,
  );

  rt.outputs.set('image-id', built.imageId);
  rt.outputs.set('digest', firstDigest ?? '');
  rt.outputs.set('image-ref', imageRef ?? '');
  rt.outputs.setJson('digests', digests);
  rt.outputs.set('tags', tags.join('\n'));
  rt.outputs.set('version', tagPlan.version ?? '');
  rt.outputs.set(
    'labels',
    Object.entries(labels)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
  );
  rt.outputs.setJson('metadata', metadata);
}

function sourceDateEpoch(env: NodeJS.ProcessEnv): string | undefined {
  const s = env.SOURCE_DATE_EPOCH;
  return s && /^\d+$/.test(s)
    ? new Date(Number(s) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    : undefined;
}
