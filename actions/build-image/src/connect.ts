/**
 * The first remote step: contact the Docker engine and have it check the registry credentials, before
 * the context is sent. The commit time (a local git call started by config.ts) is awaited meanwhile.
 */
import { describeThrown, UserError } from '@pipewright/shared/action';
import type { Logger } from '@pipewright/shared/log';
import { verifyCredentials } from './auth.ts';
import type { BuildConfig } from './config.ts';
import type { Engine, EngineVersion } from './engine.ts';

export interface ConnectDeps {
  connect: (env: NodeJS.ProcessEnv) => Promise<Engine>;
  env: NodeJS.ProcessEnv;
  logger: Logger;
}

export interface Connected {
  engine: Engine;
  info: EngineVersion;
  /** The commit time from the event payload or the checkout, when there is one. */
  commitTime: string | undefined;
}

export async function openEngine(cfg: BuildConfig, deps: ConnectDeps): Promise<Connected> {
  const [engine, commitTime] = await Promise.all([
    deps.connect(deps.env).catch((e: unknown) => {
      if (e instanceof UserError) throw e;
      throw new UserError(describeThrown(e), {
        hint: 'Is the Docker engine running and DOCKER_HOST right? This action talks to the engine API directly (no docker CLI).',
      });
    }),
    cfg.commitTime,
  ]);
  const info = await engine.version();
  deps.logger.info(
    `Docker engine ${info.Version} (API ${info.ApiVersion}, ${info.Os}/${info.Arch}) at ${engine.endpoint}`,
  );

  // Credentials before the context is sent: the registries pushed to, and the one `username` is for.
  const { inputs: i, tagPlan, cache, credentials } = cfg;
  const toCheck = [
    ...new Set([
      ...(i.push ? tagPlan.refs.map((r) => r.registry) : []),
      ...(cache.to ? [cache.to.registry] : []),
      ...(i.username
        ? [...credentials.keys()].filter((r) => credentials.get(r)?.username === i.username)
        : []),
    ]),
  ];
  await verifyCredentials(engine, credentials, toCheck, deps.logger);
  return { engine, info, commitTime };
}
