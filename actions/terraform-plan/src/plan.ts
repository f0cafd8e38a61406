/**
 * The work: a plan (from terraform, a plan file or plan JSON), parsed once, summarised per plan and hashed.
 * The raw plans are dropped when this returns; the summaries keep only what the report renders. Terraform's
 * own failure is part of the result (the report shows it); `throwIfFailed` turns it into the step's error.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '@pipewright/shared/action';
import type { Logger } from '@pipewright/shared/log';
import { plural } from '@pipewright/shared/report';
import type { TerraformPlanConfig } from './config.ts';
import type { RawPlan } from './plan-json.ts';
import { planHashDetails } from './plan-hash.ts';
import { obtainPlans, type PlanFiles } from './plan-source.ts';
import { sensitiveVariableValues, summarize, type PlanSummary } from './plan-summary.ts';
import type { SecretKeeper } from './secret-keeper.ts';
import * as terraform from './terraform.ts';
import { scalars, type Masking } from './values.ts';

export interface PlanResult {
  summaries: PlanSummary[];
  /** The files this run has: `plan` only when the file exists (a failed plan writes none). */
  files: PlanFiles;
  failure: terraform.TerraformFailure | undefined;
  hash: string | undefined;
  hasChanges: boolean;
  hasDestroy: boolean;
  /** Terraform failed, or a plan is marked errored: no labels, and the step fails. */
  failed: boolean;
}

export interface PlanDeps {
  logger: Logger;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  /** The GitHub workspace, which annotations and module labels are relative to. */
  workspace: string;
  keeper: SecretKeeper;
  masking: Masking;
}

export async function runPlan(cfg: TerraformPlanConfig, d: PlanDeps): Promise<PlanResult> {
  const { inputs, root } = cfg;
  const { logger, keeper } = d;
  mkdirSync(cfg.outDir, { recursive: true });
  const source = await obtainPlans({
    inputs,
    relPath: cfg.relPath,
    outDir: cfg.outDir,
    tfo: {
      binary: inputs.terraformBinary,
      cwd: root,
      env: d.env,
      workspace: inputs.workspace,
      variables: inputs.variables ?? {},
      timeoutMs: inputs.timeout,
      signal: d.signal,
      logger,
      secrets: [...keeper.known],
    },
    logger,
    signal: d.signal,
  });
  const { plans, failure, warnings } = source;

  const summaries: PlanSummary[] = plans.map((p, i) =>
    summarize(p, d.masking, {
      ...(plans.length > 1 ? { index: i + 1 } : {}),
      ...(source.labels[i] ? { label: moduleLabel(source.labels[i] as string, d.workspace) } : {}),
      ...(inputs.mode !== 'normal' ? { mode: inputs.mode } : {}),
      rules: cfg.rules,
    }),
  );
  for (const w of warnings) {
    logger.warning(`${w.summary}${w.detail ? `: ${w.detail}` : ''}`, {
      title: 'terraform plan',
      ...(w.file ? { file: path.relative(d.workspace, path.resolve(root, w.file)) } : {}),
      ...(w.line ? { startLine: w.line } : {}),
    });
  }
  for (const [i, s] of summaries.entries()) {
    // Failed check blocks are also warnings; the report shows them from the plan's `checks` instead.
    for (const w of warnings)
      if (!(w.summary === 'Check block assertion failed' && s.checks.length))
        s.warnings.push(terraform.diagnosticText(w));
    for (const v of sensitiveVariableValues(plans[i] as RawPlan))
      for (const x of scalars(v)) keeper.hide(x, true);
  }
  // Sensitive values enter the hash keyed by `hash-key` (plan-hash.ts says why); without it, by a one-off key.
  const hashed = plans.length
    ? planHashDetails(plans, cfg.salt, inputs.hashKey ?? randomBytes(32), (v) => keeper.hide(v))
    : undefined;
  // A log line, not an annotation: most workflows never compare plan-hash, and they should not get a
  // warning on every run; one that does finds the reason here and in the README.
  if (hashed && hashed.sensitive > 0 && !inputs.hashKey)
    logger.info(
      `plan-hash: the plan has ${plural(hashed.sensitive, 'sensitive value')} and \`hash-key\` is not set, so ${hashed.sensitive === 1 ? 'it enters' : 'they enter'} the hash under a one-off key: it matches no other run, and an apply gate comparing it refuses this plan. Set \`hash-key\` (the same secret in the apply job) to gate on it.`,
    );

  const files: PlanFiles = { ...source.files };
  if (files.plan && !existsSync(files.plan)) delete files.plan;
  return {
    summaries,
    files,
    failure,
    hash: hashed?.hash,
    hasChanges: summaries.some((s) => s.hasChanges),
    hasDestroy: summaries.some((s) => s.hasDestroy),
    failed: failure !== undefined || summaries.some((s) => s.errored),
  };
}

/**
 * The verdict, after the report is out: Terraform's error diagnostics with a range become one annotation
 * each, on its file and line, and the step's own error names them (GitHub keeps one error slot for it); an
 * errored plan fails the step too.
 */
export function throwIfFailed(
  r: PlanResult,
  cfg: TerraformPlanConfig,
  d: Pick<PlanDeps, 'logger' | 'workspace'>,
  clean: (text: string) => string,
): void {
  const { failure } = r;
  if (failure) {
    const located = failure.diagnostics.filter((x) => x.severity === 'error' && x.file);
    for (const x of located) {
      d.logger.error(clean(`${x.summary}${x.detail ? `: ${x.detail}` : ''}`), {
        title: `terraform ${failure.stage}`,
        file: path.relative(d.workspace, path.resolve(cfg.root, x.file as string)),
        ...(x.line ? { startLine: x.line } : {}),
      });
    }
    const text =
      located.length && located.length === failure.diagnostics.length
        ? located.map((x) => `${x.summary} (${x.file}${x.line ? `:${x.line}` : ''})`).join('; ')
        : failure.text;
    throw new UserError(`terraform ${failure.stage} failed in ${cfg.relPath}:\n${clean(text)}`, {
      hint: 'The error above is Terraform’s own; the pull request comment and job summary show it too.',
    });
  }
  if (r.summaries.some((s) => s.errored)) {
    throw new UserError(
      `The plan in ${r.files.json} is marked "errored": planning stopped with an error and it cannot be applied.`,
    );
  }
}

/** A Terragrunt module folder as the report names it: relative to the workspace when it lies inside. */
export function moduleLabel(label: string, workspace: string): string {
  if (!path.isAbsolute(label)) return label;
  const rel = path.relative(workspace, label);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? label : rel;
}
