/**
 * The inputs, their cross-checks, and the typed config: everything decided before the engine is contacted
 * (tags and tag rules, the Dockerfile, cache references, platforms, the context plan, registry credentials,
 * BuildKit secrets). Every mistake in the inputs is reported here.
 */
import { parseYaml } from '@pipewright/shared/yaml';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError, UserError, type ActionRuntime, type Inputs } from '@pipewright/shared/action';
import { CredentialHelperError, type RegistryCredential } from './auth.ts';
import { planCache, type CachePlan } from './cache.ts';
import { commitTimeFromGit } from './commit-time.ts';
import { planContext, type ContextPlan } from './context.ts';
import { sourceInfo, type SourceInfo } from './labels.ts';
import { planCredentials, planTags, type TagPlan } from './plan.ts';
import type { ImageRef } from './reference.ts';
import { readSecrets } from './secrets.ts';

/** A platform as os/arch[/variant]. */
const PLATFORM_RE = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;

export const spec = {
  context: { type: 'path', default: '.', mustExist: 'dir' },
  dockerfile: { type: 'path', mustExist: 'file' },
  'build-args': { type: 'map', yaml: parseYaml },
  target: { type: 'string', pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, patternHint: 'a build stage name' },
  labels: { type: 'map', yaml: parseYaml },
  'oci-labels': { type: 'boolean', default: true },
  platform: {
    type: 'string',
    pattern: PLATFORM_RE,
    patternHint: 'one platform as os/arch[/variant], e.g. linux/amd64',
  },
  platforms: { type: 'list' },
  buildkit: { type: 'boolean', default: false },
  secrets: { type: 'map', yaml: parseYaml, secret: true },
  'secret-files': { type: 'map', yaml: parseYaml },
  'secret-envs': { type: 'map', yaml: parseYaml },
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

export type BuildImageInputs = Inputs<typeof spec>;

export function crossCheck(x: BuildImageInputs): string[] {
  return [
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
  ];
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
  return problems;
}

/** The `registry`/`username`/`password` inputs. */
export interface ExplicitLogin {
  registry: string | undefined;
  username: string | undefined;
  password: string | undefined;
}

export interface BuildConfig {
  inputs: BuildImageInputs;
  /** The event's source facts; `commitTime` from git already when a tag rule needs it. */
  src: SourceInfo;
  /** The commit time (payload, else the checkout's commit): a local git call that may still be running. */
  commitTime: Promise<string | undefined>;
  tagPlan: TagPlan;
  cache: CachePlan;
  /** Empty for a single-platform image. */
  platforms: string[];
  /** BuildKit: asked for, or needed for a manifest list (multi-platform.ts says why). */
  useBuildKit: boolean;
  context: ContextPlan;
  explicit: ExplicitLogin;
  credentials: Map<string, RegistryCredential | undefined>;
  secrets: Map<string, Buffer>;
}

/** Reads the inputs and plans everything that needs no engine; `now` dates `{{date}}` tags. */
export async function readConfig(rt: ActionRuntime, now: Date): Promise<BuildConfig> {
  const i = rt.inputs(spec, crossCheck);
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
  const tagPlan = planTags({ images: i.images ?? [], tags: i.tags ?? [], flavor: i.flavor ?? [] }, src, now);
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
  return {
    inputs: i,
    src,
    commitTime: src.commitTime ? Promise.resolve(src.commitTime) : gitTime,
    tagPlan,
    cache: cache.plan,
    platforms,
    useBuildKit,
    context,
    explicit,
    credentials,
    secrets: i.buildkit ? readSecrets(i, rt) : new Map<string, Buffer>(),
  };
}
