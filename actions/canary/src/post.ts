import { createRuntime, runAction, type ActionRuntime } from '@pipewright/shared/action';
import { getState } from '@pipewright/shared/runner';
import { realSleep, systemClock } from '@pipewright/shared/util';
import { holderOf, spec, toConfig } from './config.ts';
import { connect, explain } from './connect.ts';
import { rollbackLeftover } from './rollout.ts';

/**
 * The second line of defence: when the main step did not finish (killed, cancelled past the runner's
 * grace period), roll back the canary this run left — traffic first — unless another run owns it now.
 */
export async function post(rt: ActionRuntime): Promise<void> {
  if (getState('pending') !== '1') {
    rt.logger.info('The canary step finished; nothing to clean up.');
    return;
  }
  const inputs = rt.inputs(spec);
  const cfg = toConfig(inputs, holderOf(rt));
  const { kube } = connect(rt, inputs, { attempts: 3 });
  try {
    const r = await rollbackLeftover(cfg, {
      kube,
      logger: rt.logger,
      clock: systemClock,
      sleep: realSleep,
      signal: new AbortController().signal,
    });
    rt.logger.info(r ? `Post: ${r.decisions.join(' ')}` : 'Post: no canary of this run is left.');
  } catch (e) {
    throw explain(e);
  } finally {
    kube.close();
  }
}

await runAction(post, createRuntime());
