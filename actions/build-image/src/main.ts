import type { ActionRuntime } from '@pipewright/shared/action';
import { writeJobSummary } from '@pipewright/shared/report';
import { realSleep, systemClock, type Clock, type Sleep } from '@pipewright/shared/util';
import { readConfig, spec } from './config.ts';
import { openEngine } from './connect.ts';
import { connectEngine, type Engine } from './engine.ts';
import { setOutputs } from './outputs.ts';
import { renderReport } from './report.ts';

export { spec };

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
  // 1. Config: every input checked, and tags, labels' sources, cache references, the context plan and the
  // registry credentials worked out, before the engine is contacted.
  const cfg = await readConfig(rt, new Date(deps.clock.now()));

  // 2. The work: the engine checks the credentials, then the image is built, pushed, and cached.
  const conn = await openEngine(cfg, { connect: deps.connect, env: rt.env, logger: rt.logger });
  // Build, BuildKit session and push code is loaded only once an engine has answered.
  const { buildAndPush } = await import('./build-and-push.ts');
  const result = await buildAndPush(cfg, conn, {
    logger: rt.logger,
    env: rt.env,
    signal: rt.signal,
    secret: (value) => rt.secret(value),
    sleep: deps.sleep,
    random: deps.random,
    fetch: deps.fetch,
  });

  // 3. The report: the job summary.
  writeJobSummary(renderReport(result, deps.clock.now() - started), rt.env);

  // 4. The outputs.
  setOutputs(rt.outputs, result);
}
