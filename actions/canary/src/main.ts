import { UserError, type ActionRuntime } from '@pipewright/shared/action';
import { writeJobSummary } from '@pipewright/shared/report';
import { saveState } from '@pipewright/shared/runner';
import { realSleep, systemClock } from '@pipewright/shared/util';
import { crossCheck, spec, toConfig, type CanaryInputs } from './config.ts';
import { credentialsOf, resolveConnection } from './connect.ts';
import { KubeClient, KubeError, KubeUnreachable } from './kube.ts';
import { PrometheusClient } from './prometheus.ts';
import { renderReport } from './report.ts';
import { runRollout } from './rollout.ts';
import type { RolloutResult } from './rollout-types.ts';

export { spec };

/** `<owner>/<repo>/<run id>/<attempt>`: the lock holder; a re-run attempt of the same run may take over. */
export function holderOf(rt: ActionRuntime): string {
  const c = rt.context;
  return `${c.owner}/${c.repo}/${c.runId}/${c.runAttempt}`;
}

export async function main(rt: ActionRuntime): Promise<void> {
  const inputs = rt.inputs(spec, crossCheck);
  const cfg = toConfig(inputs, holderOf(rt));
  const conn = resolveConnection({ ...inputs, env: rt.env });
  conn.secrets.forEach((s) => rt.secret(s));
  const kube = new KubeClient(conn, {
    logger: rt.logger,
    ...credentialsOf(conn, rt.env, (s) => rt.secret(s)),
  });
  const prom = inputs.prometheusUrl
    ? new PrometheusClient(inputs.prometheusUrl, {
        timeoutMs: inputs.queryTimeout,
        ...(inputs.prometheusToken ? { bearerToken: inputs.prometheusToken } : {}),
      })
    : undefined;

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

  const markdown = renderReport(result, cfg.namespace, cfg.deployment);
  writeJobSummary(markdown, rt.env);
  await comment(rt, inputs, markdown);

  rt.outputs.set('status', result.status);
  rt.outputs.set('reason', result.reason);
  rt.outputs.set('weight', result.weight);
  rt.outputs.set('step', result.steps.filter((s) => s.result === 'passed').length);
  rt.outputs.set('canary', result.canary);
  if (result.image) rt.outputs.set('image', result.image);
  if (result.previousImage) rt.outputs.set('previous-image', result.previousImage);
  rt.outputs.setJson('report', {
    status: result.status,
    reason: result.reason,
    steps: result.steps,
    decisions: result.decisions,
  });

  if (result.status === 'paused')
    rt.logger.notice(
      `Canary of ${cfg.deployment} is paused: ${result.reason}. Traffic stays at ${result.weight} %; run this action again with \`decision: promote\` or \`decision: rollback\`.`,
    );
  if (result.status === 'rolled-back')
    throw new UserError(`Canary of ${cfg.deployment} rolled back: ${result.reason}.`, {
      hint: 'Traffic is on the stable Deployment again; the job summary shows every measurement and decision.',
    });
}

/** API failures a user can act on become user errors (no stack). */
export function explain(e: unknown): unknown {
  if (e instanceof KubeUnreachable)
    return new UserError(e.message, {
      hint: 'Check the kubeconfig server address and that the runner can reach it.',
    });
  if (e instanceof KubeError && (e.code === 401 || e.code === 403))
    return new UserError(`The Kubernetes API refused the request: ${e.message}`, {
      hint: 'The credentials need get/create/patch/delete on deployments (and /scale), replicasets/pods/horizontalpodautoscalers (read), leases, and the router objects.',
    });
  if (e instanceof KubeError)
    return new UserError(`The Kubernetes API refused a change: ${e.message}`, {
      hint: 'An admission webhook, quota or policy may have denied it; the canary was rolled back first.',
    });
  return e;
}

/** The sticky PR comment through the shared publishing path; GitHub code is loaded only on this path. */
async function comment(rt: ActionRuntime, inputs: CanaryInputs, markdown: string): Promise<void> {
  if (!inputs.comment || !inputs.githubToken) return;
  const gh = await import('@pipewright/shared/github');
  await gh.publishToPullRequest({
    context: rt.context,
    logger: rt.logger,
    token: inputs.githubToken,
    action: 'canary',
    key: `${inputs.namespace}/${inputs.deployment}`,
    body: markdown,
  });
}
