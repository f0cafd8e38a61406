import { plural } from '@pipewright/shared/report';
import { formatDuration } from '@pipewright/shared/util';
import { KubeError } from './kube.ts';
import type { RolloutResult, StepReport } from './rollout-types.ts';
import { decide, readyOptions, saveState, type Session } from './session.ts';
import { setImage, waitReady } from './workloads.ts';

/**
 * After the last step: the stable Deployment gets the image (the only write to its spec), and once it is
 * ready all traffic goes to it and the sides go. If it does not become ready, its image is set back and
 * the canary is rolled back.
 */
export async function promote(
  s: Session,
  o: { image: string; previousImage: string; container: string },
): Promise<RolloutResult> {
  const { cfg, d, result } = s;
  decide(
    s,
    `${cfg.steps.length === 1 ? 'the only step' : `all ${cfg.steps.length} steps`} passed: promoting ${o.image} to ${cfg.deployment}.`,
  );
  await setImage(d.kube, cfg.namespace, cfg.deployment, o.container, o.image);
  const r = await waitReady(readyOptions(s), cfg.namespace, cfg.deployment);
  if (r.state === 'failed') {
    await setImage(d.kube, cfg.namespace, cfg.deployment, o.container, o.previousImage);
    return rollback(
      s,
      `promotion failed: ${r.message}; ${cfg.deployment} was set back to ${o.previousImage}`,
    );
  }
  await s.router.reset();
  decide(s, `${cfg.deployment} runs ${o.image} and is ready; traffic is 100 % on it.`);
  await drain(s);
  await removeSides(s);
  await saveState(s, undefined);
  result.status = 'promoted';
  result.reason = `${o.image} promoted after ${plural(cfg.steps.length, 'step')}`;
  result.weight = 0;
  return result;
}

/** Traffic back to stable first (one write), then the canary and baseline scaled to zero and deleted. */
export async function rollback(s: Session, reason: string): Promise<RolloutResult> {
  decide(s, `rolling back: ${reason}.`);
  let reset = false;
  try {
    await s.router.reset();
    reset = true;
    s.d.logger.info('Traffic is back on stable.');
  } catch (e) {
    if (!(e instanceof KubeError && e.code === 404)) throw e;
  }
  if (reset) await drain(s);
  await removeSides(s);
  await saveState(s, undefined);
  s.result.status = 'rolled-back';
  s.result.reason = reason;
  s.result.weight = 0;
  return s.result;
}

/**
 * Inconclusive analysis (Argo Rollouts): traffic stays at the step's weight, the state records the step
 * as paused, and a later run with `decision: promote` (go on after this step) or `rollback` decides.
 */
export async function pauseUndecided(s: Session, why: string, report: StepReport): Promise<RolloutResult> {
  const { result } = s;
  report.result = 'paused';
  await saveState(s, {
    image: result.image as string,
    previousImage: result.previousImage as string,
    step: report.index,
    phase: 'paused',
  });
  result.status = 'paused';
  result.reason = `${why}; paused at step ${report.index + 1} (${report.weight} %) for a decision`;
  decide(
    s,
    `${result.reason}: traffic stays at ${result.weight} %; run this action again with \`decision: promote\` (continue after this step) or \`decision: rollback\`.`,
  );
  return result;
}

/**
 * After the traffic reset of a gateway-api or nginx router, requests already routed to the canary finish
 * before its pods go (Argo Rollouts waits scaleDownDelaySeconds / abortScaleDownDelaySeconds, 30 s). With
 * the replicas router the scale-down is the reset. A cancelled run skips it: the runner kills the step
 * 10 s after cancelling, and a half-done cleanup is worse.
 */
async function drain(s: Session): Promise<void> {
  const { cfg, d } = s;
  if (s.router.kind === 'replicas' || cfg.drainDelayMs <= 0) return;
  if (!(await s.sides.exists(s.canaryName)) && !(await s.sides.exists(s.baselineName))) return;
  if (d.signal.aborted) {
    d.logger.info('Drain delay skipped: the run was cancelled.');
    return;
  }
  d.logger.info(`Waiting ${formatDuration(cfg.drainDelayMs)} (drain-delay) before scaling the canary down.`);
  try {
    await d.sleep(cfg.drainDelayMs, d.signal);
  } catch {
    d.logger.info('Drain delay cut short: the run was cancelled.');
  }
}

async function removeSides(s: Session): Promise<void> {
  await s.sides.remove([s.canaryName, s.baselineName]);
  await s.router.cleanup();
}
