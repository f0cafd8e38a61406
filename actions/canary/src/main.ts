import { UserError, type ActionRuntime } from '@pipewright/shared/action';
import { saveState } from '@pipewright/shared/runner';
import { realSleep, systemClock } from '@pipewright/shared/util';
import { crossCheck, holderOf, spec, toConfig } from './config.ts';
import { connect, explain } from './connect.ts';
import { setOutputs } from './outputs.ts';
import { publish } from './publish.ts';
import { renderReport } from './report.ts';
import { runRollout } from './rollout.ts';
import type { RolloutResult } from './rollout-types.ts';

export { spec };

export async function main(rt: ActionRuntime): Promise<void> {
  // 1. Config: every input checked, and the clients made, before the first cluster request.
  const inputs = rt.inputs(spec, crossCheck);
  const cfg = toConfig(inputs, holderOf(rt));
  const { kube, prom } = connect(rt, inputs);

  // 2. The work: the rollout, promoted, rolled back or paused; an error is thrown only after a rollback.
  let result: RolloutResult;
  try {
    // From taking the lock until the rollout ends either way, a killed step leaves `pending` for the post step.
    const onLocked = () => saveState('pending', '1');
    result = await runRollout(cfg, {
      kube,
      ...(prom ? { prom } : {}),
      logger: rt.logger,
      clock: systemClock,
      sleep: realSleep,
      signal: rt.signal,
      onLocked,
    });
  } catch (e) {
    if (rt.signal.aborted && !(e instanceof UserError))
      throw new UserError('The run was cancelled before the rollout changed anything.');
    throw explain(e);
  } finally {
    kube.close();
    saveState('pending', '');
  }

  // 3. The report, published to the job summary and the pull request.
  await publish(rt, inputs, renderReport(result, cfg.namespace, cfg.deployment));

  // 4. The outputs, and the step's own verdict: a pause is a notice, a rollback fails the step.
  setOutputs(rt.outputs, result);
  if (result.status === 'paused')
    rt.logger.notice(
      `Canary of ${cfg.deployment} is paused: ${result.reason}. Traffic stays at ${result.weight} %; run this action again with \`decision: promote\` or \`decision: rollback\`.`,
    );
  if (result.status === 'rolled-back')
    throw new UserError(`Canary of ${cfg.deployment} rolled back: ${result.reason}.`, {
      hint: 'Traffic is on the stable Deployment again; the job summary shows every measurement and decision.',
    });
}
