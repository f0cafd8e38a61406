import path from 'node:path';
import { UserError, type ActionRuntime } from '@pipewright/shared/action';
import { COMMENT_LIMIT, SUMMARY_LIMIT, utf8Bytes, writeJobSummary } from '@pipewright/shared/report';
import { secretForms } from '@pipewright/shared/log';
import { realSleep, systemClock } from '@pipewright/shared/util';
import { createCloudFormationClient, effectiveEndpoint, s3Uploader } from './aws.ts';
import { buildConfig, crossCheck, spec, type DeployConfig } from './config.ts';
import { deploy, type DeployResult } from './deploy.ts';
import type { LintMode } from './lint.ts';
import { Pacer } from './pacer.ts';
import { failureText, renderReport } from './report.ts';
import { noEchoOutputs } from './noecho.ts';
import { parseTemplate } from './template.ts';

export { spec };

/** Our own outputs; a stack output of the same name is not copied over them. */
const RESERVED = new Set([
  'stack-id',
  'change-set-id',
  'change-set-name',
  'has-changes',
  'status',
  'outputs',
  'failure',
]);

export async function main(rt: ActionRuntime): Promise<void> {
  // 1. Inputs: everything validated (template read, parameters checked) before any API call.
  const inputs = rt.inputs(spec, crossCheck);
  const cfg = buildConfig(inputs, rt.context, rt.env);
  for (const k of cfg.noEcho) if (cfg.parameters[k]) rt.secret(cfg.parameters[k]);
  describePlan(cfg, rt);
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

  // 2. The work: one change set, watched by one paced poller. Every failure comes back in the result
  // (failures.ts explains it); only a cancellation, or a fault of this program, is thrown.
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
  rt.logger.info(`${pacer.calls} CloudFormation calls (${pacer.throttled} throttled).`);
  withholdSecretOutputs(rt, result, cfg);

  // 3. The report: job summary, and the PR comment where there is a pull request.
  writeJobSummary(
    renderReport(result, { region: cfg.region, limit: SUMMARY_LIMIT, measure: utf8Bytes }),
    rt.env,
  );
  if (inputs.comment && inputs.githubToken && (cfg.mode === 'preview' || result.failure)) {
    const { commentOnPullRequest } = await import('./comment.ts');
    try {
      await commentOnPullRequest(
        rt,
        inputs.githubToken,
        cfg,
        renderReport(result, { region: cfg.region, limit: COMMENT_LIMIT - 200 }),
      );
    } catch (error) {
      // The deployment's own outcome (and error) must not be replaced by the comment's.
      rt.logger.warning(`Could not write the pull request comment: ${(error as Error).message}`, {
        title: 'deploy-stack: comment not written',
      });
    }
  }

  // 4. Outputs (from the stack's actual state, failures included), then the verdict.
  setOutputs(rt, result);
  if (result.failure) {
    const what =
      result.outcome === 'deployed' || result.outcome === 'no-changes'
        ? `Stack ${cfg.stackName} is ${result.status ?? 'deployed'}, but a later step failed.`
        : `Deploying stack ${cfg.stackName} failed.`;
    throw new UserError(`${what}\n${failureText(result)}`, {
      hint: `${result.failure.hint}\nThe job summary says what was done and what was not.`,
    });
  }
}

function describePlan(cfg: DeployConfig, rt: ActionRuntime): void {
  // A template given by URL is not read here, so which parameters are NoEcho is not known yet: keys only.
  const known = cfg.template.info !== undefined;
  const params = Object.entries(cfg.parameters).map(([k, v]) =>
    !known ? k : `${k}=${cfg.noEcho.includes(k) ? '****' : v}`,
  );
  rt.logger.info(
    `Stack ${cfg.stackName} in ${cfg.region}, mode ${cfg.mode}, change set ${cfg.changeSetName}; template ${cfg.template.display}` +
      (cfg.template.bytes !== undefined ? ` (${cfg.template.bytes} bytes)` : '') +
      (params.length ? `; parameters ${params.join(', ')}` : ''),
  );
}

/**
 * A stack output derived from a NoEcho parameter (told from the template: noecho.ts), or that echoes a NoEcho
 * value given in this run, is a secret: not reported, not an output (the runner would also drop any job output
 * built from it), and kept out of `outputs` so the JSON is not dropped with it.
 */
function withholdSecretOutputs(rt: ActionRuntime, r: DeployResult, cfg: DeployConfig): void {
  // No stack outputs (e.g. the deploy failed before the stack existed): nothing to withhold, no second template parse.
  if (Object.keys(r.outputs).length === 0) return;
  const secrets = cfg.noEcho.flatMap((k) => (cfg.parameters[k] ? secretForms(cfg.parameters[k]) : []));
  const derived = cfg.template.body
    ? noEchoOutputs(parseTemplate(cfg.template.body, cfg.template.display), cfg.noEcho)
    : new Set<string>();
  if (!secrets.length && !derived.size) return;
  for (const [k, v] of Object.entries(r.outputs)) {
    if (!derived.has(k) && !secrets.some((s) => v.includes(s))) continue;
    delete r.outputs[k];
    rt.logger.warning(
      `Stack output ${k} ${derived.has(k) ? 'is derived from' : 'contains the value of'} a NoEcho parameter: it is not reported or set as an output (nor in \`outputs\`).`,
      { title: 'deploy-stack: output withheld' },
    );
  }
}

function setOutputs(rt: ActionRuntime, r: DeployResult): void {
  const o = rt.outputs;
  if (r.stackId) o.set('stack-id', r.stackId);
  if (r.changeSetId) o.set('change-set-id', r.changeSetId);
  o.set('change-set-name', r.changeSetName);
  o.set('has-changes', r.hasChanges);
  if (r.status) o.set('status', r.status);
  if (r.failure) o.set('failure', r.failure.kind);
  o.setJson('outputs', r.outputs);
  for (const [k, v] of Object.entries(r.outputs)) {
    if (RESERVED.has(k)) {
      rt.logger.warning(
        `Stack output ${k} has the name of one of this action's outputs: read it from \`outputs\` (JSON).`,
      );
      continue;
    }
    o.set(k, v);
  }
  // Which values the runner masks for other steps is not visible here; the usual loss is the account ID.
  const account = /^arn:[^:]+:cloudformation:[^:]*:(\d{12}):/.exec(r.stackId ?? '')?.[1];
  const withAccount = account ? Object.keys(r.outputs).filter((k) => r.outputs[k]?.includes(account)) : [];
  if (withAccount.length)
    rt.logger.info(
      `Outputs ${withAccount.join(', ')} contain the AWS account ID. If an earlier step masks it ` +
        '(configure-aws-credentials `mask-aws-account-id: true`), the runner drops job outputs built from them ' +
        '("Skip output … since it may contain secret"): use them within this job, or leave the account ID unmasked.',
    );
}
