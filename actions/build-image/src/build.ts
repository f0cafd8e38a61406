/**
 * One classic-builder build through POST /build: our context tar in, the JSON-lines stream read to the
 * end, the image ID from the aux line checked against the engine, the tags checked against RepoTags.
 */
import { UserError, describeThrown } from '@pipewright/shared/action';
import type { Logger } from '@pipewright/shared/log';
import { plural } from '@pipewright/shared/report';
import path from 'node:path';
import { Readable } from 'node:stream';
import { contextTar, emptyStats, walkContext, type ContextPlan, type ContextStats } from './context.ts';
import { dockerfileAbs, entriesFor } from './filesync.ts';
import type { Engine } from './engine.ts';
import { cancelled } from './push.ts';
import type { ImageRef } from './reference.ts';
import { BuildStreamReader, jsonLines } from './stream.ts';
import { BuildKitStreamReader } from './buildkit-stream.ts';
import type { Session, SessionServices } from './buildkit-session.ts';
import type { RegistryCredential } from './auth.ts';

export interface BuildRequest {
  context: ContextPlan;
  tags: readonly ImageRef[];
  labels: Readonly<Record<string, string>>;
  buildArgs: Readonly<Record<string, string>>;
  target: string | undefined;
  platform: string | undefined;
  /** os/arch the image must have (the requested platform, or the engine's own). */
  expectedPlatform?: string;
  pull: boolean;
  noCache: boolean;
  cacheFrom: readonly string[];
  /** BuildKit: the session services (secrets, registry credentials); classic builder when absent. */
  buildkit?: SessionServices;
  /** Cancels the build (the runner's SIGINT/SIGTERM). */
  signal?: AbortSignal;
  /** Credentials per registry for pulls during a classic build (X-Registry-Config). */
  registryConfig?: Record<string, RegistryCredential>;
}

export interface Built {
  imageId: string;
  size: number;
  steps: number;
  cachedSteps: number;
  context: ContextStats;
}

export async function buildImage(
  engine: Engine,
  logger: Logger,
  req: BuildRequest,
  group = 'Build',
): Promise<Built> {
  return logger.group(group, async () => {
    // BuildKit with a session-served context (filesync.ts) gets an empty body; otherwise our tar.
    const viaSession = Boolean(req.buildkit && req.context.session);
    const { stream: tar, done } = viaSession
      ? { stream: Readable.from([]), done: countContext(req.context) }
      : await contextTar(req.context);
    const contextFailure = done.then(
      () => undefined,
      (e: unknown) => e,
    );
    const reader = req.buildkit
      ? new BuildKitStreamReader((line) => logger.info(line))
      : new BuildStreamReader((line) => logger.info(line));
    let session: Session | undefined;
    try {
      if (req.buildkit)
        session = await engine.startSession(
          viaSession
            ? { ...req.buildkit, files: (dir, follow) => entriesFor(req.context, dir, follow) }
            : req.buildkit,
        );
      const res = await engine.build(
        tar,
        {
          dockerfile: viaSession ? path.basename(dockerfileAbs(req.context)) : req.context.dockerfile,
          ...(viaSession ? { remote: 'client-session' } : {}),
          t: req.tags.map((r) => `${r.repository}:${r.tag}`),
          ...(req.target ? { target: req.target } : {}),
          buildargs: { ...req.buildArgs },
          labels: { ...req.labels },
          cachefrom: [...req.cacheFrom],
          pull: req.pull,
          nocache: req.noCache,
          ...(req.platform ? { platform: req.platform } : {}),
          ...(session ? { session: session.id } : {}),
          ...(req.signal ? { signal: req.signal } : {}),
        },
        req.registryConfig,
      );
      for await (const m of jsonLines(res)) reader.push(m);
    } catch (e) {
      session?.close();
      tar.destroy();
      if (req.signal?.aborted) throw cancelled(req.signal);
      const ctxErr = await Promise.race([contextFailure, new Promise((r) => setTimeout(r, 50, undefined))]);
      if (ctxErr) throw contextError(ctxErr);
      throw new UserError(`The build request failed: ${describeThrown(e)}`, {
        hint: 'The engine refused the build parameters (platform, target, Dockerfile path) or the connection dropped.',
      });
    }
    session?.close();
    const out = reader.outcome();
    if (out.error !== undefined) {
      tar.destroy();
      const where = out.failedStep ? ` at ${out.failedStep}` : '';
      throw new UserError(
        `Build failed${where}: ${out.error}\nLast log lines:\n${out.lastLines.map((l) => `  ${l}`).join('\n')}`,
        {
          hint: buildHint(out.error),
        },
      );
    }
    const ctxErr = await contextFailure;
    if (ctxErr) throw contextError(ctxErr);
    const stats = await done;
    if (!out.imageId)
      throw new UserError(
        'The build stream ended without an image ID (no aux line): the engine connection was cut short.',
        {
          hint: 'Re-run the job; if it persists, check the engine log.',
        },
      );
    const info = await engine.inspect(out.imageId);
    if (info.Id !== out.imageId)
      throw new UserError(`The engine reports image ${info.Id} for the built ID ${out.imageId}.`);
    const want = req.platform ?? req.expectedPlatform;
    if (want) {
      const [os, arch] = want.split('/');
      if (info.Os !== os || info.Architecture !== arch)
        throw new UserError(
          `The engine cannot build ${want}: it built a ${[info.Os, info.Architecture, info.Variant].filter(Boolean).join('/')} image instead.`,
          {
            hint: `Engine 20.10's classic builder takes a local FROM image, or a cached layer, of another platform without a word. Make every FROM image available for ${want} (a multi-platform base image in a registry), or build with \`no-cache: true\`; RUN steps for a foreign architecture also need QEMU (binfmt_misc) on the engine host.`,
          },
        );
    }
    const missing = req.tags
      .map((r) => `${r.repository}:${r.tag}`)
      .filter((t) => !(info.RepoTags ?? []).includes(t));
    if (missing.length) throw new UserError(`The engine did not tag the image with: ${missing.join(', ')}.`);
    logger.info(
      `Built ${out.imageId} (${plural(out.steps, 'step')}, ${out.cachedSteps} cached; context ${plural(stats.files, 'file')}, ${plural(stats.bytes, 'byte')})`,
    );
    return {
      imageId: out.imageId,
      size: info.Size,
      steps: out.steps,
      cachedSteps: out.cachedSteps,
      context: stats,
    };
  });
}

function contextError(e: unknown): UserError {
  return new UserError(`Could not read the build context: ${describeThrown(e)}`, {
    hint: 'A file in the context is unreadable or changed while it was sent; exclude it in .dockerignore.',
  });
}

export function buildHint(error: string): string {
  if (/Cannot locate specified Dockerfile|Dockerfile.*no such file/i.test(error))
    return 'The Dockerfile was not in the context sent; check the `dockerfile` input.';
  if (/failed to (?:compute cache key|walk)|COPY failed|no such file or directory/i.test(error))
    return 'A COPY/ADD source is missing from the context: check the path and that .dockerignore does not exclude it.';
  if (/pull access denied|manifest unknown|not found: manifest|dial tcp|lookup .* no such host/i.test(error))
    return 'The base image could not be pulled: check its name and registry credentials, or that the runner can reach the registry.';
  if (/returned a non-zero code/i.test(error))
    return 'A RUN instruction failed; its output is in the lines above.';
  if (/target stage .* could not be found|failed to reach build target/i.test(error))
    return 'The `target` input names a stage that is not in the Dockerfile.';
  return 'The Dockerfile step above failed; see the log lines.';
}

/** The counts of a session-served context (what the engine may ask for), for the summary. */
async function countContext(plan: ContextPlan): Promise<ContextStats> {
  const stats = emptyStats();
  for await (const e of walkContext(plan, stats)) {
    if (e.type === 'directory') stats.directories++;
    else if (e.type === 'symlink') stats.symlinks++;
    else {
      stats.files++;
      stats.bytes += e.size;
    }
  }
  return stats;
}
