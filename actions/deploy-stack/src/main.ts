import path from 'node:path';
import { UserError, type ActionRuntime } from '@pipewright/shared/action';
import { COMMENT_LIMIT, plural, SUMMARY_LIMIT, utf8Bytes, writeJobSummary } from '@pipewright/shared/report';
import { realSleep, systemClock } from '@pipewright/shared/util';
import { createCloudFormationClient, effectiveEndpoint, s3Uploader } from './aws.ts';
import { buildConfig, crossCheck, describePlan, spec, type DeployConfig } from './config.ts';
import { deploy } from './deploy.ts';
import type { LintMode } from './lint.ts';
import { setOutputs, withholdSecretOutputs } from './outputs.ts';
import { Pacer } from './pacer.ts';
import { failureError, renderReport } from './report.ts';
import type { DeployResult } from './result.ts';

export { spec };

export async function main(rt: ActionRuntime): Promise<void> {
  // 1. Config: everything validated (template read, parameters checked, linted) before any API call.
  const inputs = rt.inputs(spec, crossCheck);
  const cfg = buildConfig(inputs, rt.context, rt.env);
  for (const k of cfg.noEcho) if (cfg.parameters[k]) rt.secret(cfg.parameters[k]);
  rt.logger.info(describePlan(cfg));
  if (cfg.template.body !== undefined && inputs.lint !== 'false') {
    // Loaded only when linting may run (it brings the process runner).
    const { lintTemplate } = await import('./lint.ts');
    await lintTemplate({
      mode: inputs.lint as LintMode,
      file: path.join(rt.context.workspace, cfg.template.display),
      display: cfg.template.display,
      region: cfg.region,
      env: rt.env,
      logger: rt.logger,
      signal: rt.signal,
    });
  }

  // 2. The work: one change set, watched by one paced poller (every failure comes back in the result).
  const result = await deployStack(rt, cfg);
  withholdSecretOutputs(rt, result, cfg);

  // 3. The report: job summary, and the PR comment (a preview, or a failure) where there is a pull request.
  const report = (limit: number, measure?: typeof utf8Bytes) =>
    renderReport(result, { region: cfg.region, limit, ...(measure ? { measure } : {}) });
  writeJobSummary(report(SUMMARY_LIMIT, utf8Bytes), rt.env);
  if (inputs.comment && inputs.githubToken && (cfg.mode === 'preview' || result.failure)) {
    const { commentOnPullRequest } = await import('./comment.ts');
    await commentOnPullRequest(rt, inputs.githubToken, cfg, report(COMMENT_LIMIT - 200));
  }

  // 4. Outputs (from the stack's actual state, failures included), then the verdict.
  setOutputs(rt, result);
  const failure = failureError(result);
  if (failure) throw failure;
}

/** deploy.ts with this runner's clients; only a cancellation, or a fault of this program, is thrown. */
async function deployStack(rt: ActionRuntime, cfg: DeployConfig): Promise<DeployResult> {
  const pacer = new Pacer({ clock: systemClock, sleep: realSleep, signal: rt.signal });
  let result: DeployResult;
  try {
    result = await rt.logger.group(`${cfg.mode}: stack ${cfg.stackName}`, () =>
      deploy(cfg, {
        cf: createCloudFormationClient(cfg, rt.env),
        pacer,
        logger: rt.logger,
        uploadTemplate: s3Uploader(cfg, rt.env),
        secret: (v) => rt.secret(v),
        endpoint: effectiveEndpoint(cfg, rt.env),
      }),
    );
  } catch (error) {
    if (rt.signal.aborted)
      throw new UserError(`Cancelled while deploying stack ${cfg.stackName}.`, {
        hint: 'Change sets this run had created and not executed were deleted; an execution already under way goes on in CloudFormation.',
      });
    throw error;
  }
  rt.logger.info(`${plural(pacer.calls, 'CloudFormation call')} (${pacer.throttled} throttled).`);
  return result;
}
