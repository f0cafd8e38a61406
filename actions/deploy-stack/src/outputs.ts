/**
 * The step's outputs, from the stack's actual state (failures included): our own outputs, then each stack
 * output under its name — except one derived from or echoing a NoEcho parameter (withheld before the report).
 */
import type { ActionRuntime } from '@pipewright/shared/action';
import { secretForms } from '@pipewright/shared/log';
import type { DeployConfig } from './config.ts';
import { noEchoOutputs } from './noecho.ts';
import type { DeployResult } from './result.ts';
import { parseTemplate } from './template.ts';

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

/**
 * A stack output derived from a NoEcho parameter (told from the template: noecho.ts), or that echoes a NoEcho
 * value given in this run, is a secret: not reported, not an output (the runner would also drop any job output
 * built from it), and kept out of `outputs` so the JSON is not dropped with it.
 */
export function withholdSecretOutputs(
  rt: Pick<ActionRuntime, 'logger'>,
  r: DeployResult,
  cfg: DeployConfig,
): void {
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

export function setOutputs(rt: Pick<ActionRuntime, 'outputs' | 'logger'>, r: DeployResult): void {
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
