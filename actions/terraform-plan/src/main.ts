import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError, resolveConfined, UserError, type ActionRuntime } from '@pipewright/shared/action';
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  utf8Bytes,
  writeJobSummary,
  writeOutputFile,
} from '@pipewright/shared/report';
import type { RawPlan } from './plan-json.ts';
import { planHashDetails } from './plan-hash.ts';
import { sensitiveVariableValues, summarize, totalCounts, type PlanSummary } from './plan-summary.ts';
import { renderReport, type ReportContext } from './report.ts';
import { scalars, type Masking } from './values.ts';
import * as terraform from './terraform.ts';
import { obtainPlans } from './plan-source.ts';
import { publish } from './publish.ts';
import { createSecretKeeper } from './secret-keeper.ts';
import { effectiveRules, parseRiskRules } from './risk.ts';
import { BUILT_IN_RULES } from './risk-rules.ts';

import { crossCheck, spec } from './config.ts';

export { crossCheck, spec, type TerraformPlanInputs } from './config.ts';

export async function main(rt: ActionRuntime): Promise<void> {
  const inputs = rt.inputs(spec, crossCheck);
  const { context: ctx, logger } = rt;
  const rules = effectiveRules(
    BUILT_IN_RULES,
    inputs.riskRules ? parseRiskRules(readFileSync(inputs.riskRules, 'utf8'), inputs.riskRules) : undefined,
    inputs.riskRules,
  );

  // Secrets and masks first, before terraform prints anything.
  const patterns = (inputs.maskPatterns ?? []).map((p) => new RegExp(p));
  const keeper = createSecretKeeper((v) => rt.secret(v), logger, patterns);
  for (const v of [inputs.githubToken, inputs.hashSalt, inputs.hashKey]) if (v) keeper.hide(v, true);
  const literals = (inputs.maskEnv ?? []).flatMap((name) => (rt.env[name] ? [rt.env[name] as string] : []));
  for (const v of literals) keeper.hide(v, true);
  const masking: Masking = { patterns, literals, onSecret: (v) => keeper.hide(v) };

  const root = path.resolve(ctx.workspace, inputs.path);
  // Var files are relative to `path` (terraform runs there), confined like every path input.
  const varFileProblems = (inputs.varFiles ?? []).flatMap((f) => {
    try {
      resolveConfined(f, { workspace: ctx.workspace, temp: rt.env.RUNNER_TEMP, base: root }, 'file');
      return [];
    } catch (e) {
      return [`\`var-files\`: ${(e as Error).message}`];
    }
  });
  if (varFileProblems.length) throw new InputError(varFileProblems);
  const relPath = path.relative(ctx.workspace, root) || '.';
  const workspace = inputs.workspace ?? rt.env.TF_WORKSPACE ?? 'default';
  const key = `${relPath}:${workspace}${inputs.label ? `:${inputs.label}` : ''}`;
  const outDir = path.join(
    rt.env.RUNNER_TEMP ?? path.join(ctx.workspace, '.terraform-plan'),
    'pipewright-terraform-plan',
    key.replace(/[^\w.-]+/g, '_'),
  );
  mkdirSync(outDir, { recursive: true });

  // The work: a plan (from terraform, a plan file or plan JSON), parsed once.
  const source = await obtainPlans({
    inputs,
    relPath,
    outDir,
    tfo: {
      binary: inputs.terraformBinary,
      cwd: root,
      env: rt.env,
      workspace: inputs.workspace,
      variables: inputs.variables ?? {},
      timeoutMs: inputs.timeout,
      signal: rt.signal,
      logger,
      secrets: [...keeper.known],
    },
    logger,
    signal: rt.signal,
  });
  const { files, failure, warnings } = source;
  let plans = source.plans;

  const summaries: PlanSummary[] = plans.map((p, i) =>
    summarize(p, masking, {
      ...(plans.length > 1 ? { index: i + 1 } : {}),
      ...(source.labels[i] ? { label: moduleLabel(source.labels[i] as string, ctx.workspace) } : {}),
      ...(inputs.mode !== 'normal' ? { mode: inputs.mode } : {}),
      rules,
    }),
  );
  for (const w of warnings) {
    logger.warning(`${w.summary}${w.detail ? `: ${w.detail}` : ''}`, {
      title: 'terraform plan',
      ...(w.file ? { file: path.relative(ctx.workspace, path.resolve(root, w.file)) } : {}),
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
  const salt = inputs.hashSalt ?? `${ctx.owner}/${ctx.repo}:${key}`;
  // Sensitive values enter the hash keyed by `hash-key` (plan-hash.ts says why); without it, by a one-off key.
  const hashed = plans.length
    ? planHashDetails(plans, salt, inputs.hashKey ?? randomBytes(32), (v) => keeper.hide(v))
    : undefined;
  const hash = hashed?.hash;
  // A log line, not an annotation: most workflows never compare plan-hash, and they should not get a
  // warning on every run; one that does finds the reason here and in the README.
  if (hashed && hashed.sensitive > 0 && !inputs.hashKey)
    logger.info(
      `plan-hash: the plan has ${hashed.sensitive} sensitive value(s) and \`hash-key\` is not set, so they enter the hash under a one-off key: it matches no other run, and an apply gate comparing it refuses this plan. Set \`hash-key\` (the same secret in the apply job) to gate on it.`,
    );
  plans = []; // the raw plans are no longer needed; summaries keep only what they render

  // The report: comment and job summary from the same typed result.
  const runUrl =
    ctx.runId !== '0' ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}` : undefined;
  const clean = (text: string) => keeper.clean(text);
  const base: Omit<ReportContext, 'target'> = {
    path: relPath,
    workspace,
    label: inputs.label,
    planHash: hash,
    runUrl,
    showValues: inputs.showValues,
    masking,
    planFiles: [
      ...(files.plan && existsSync(files.plan) ? ['plan-file'] : []),
      ...(files.json ? ['json-plan-file'] : []),
      ...(files.text ? ['text-plan-file'] : []),
    ],
    ...(failure ? { failure: { stage: failure.stage, text: clean(failure.text) } } : {}),
  };
  // Room for the sticky marker the comment helper puts in front.
  const comment = clean(renderReport(summaries, { ...base, target: 'comment' }, COMMENT_LIMIT - 300).text);
  const summary = clean(
    renderReport(summaries, { ...base, target: 'summary' }, SUMMARY_LIMIT - 4096, utf8Bytes).text,
  );
  const summaryFile = path.join(outDir, 'report.md');
  writeOutputFile(summaryFile, summary);
  writeJobSummary(summary, rt.env);

  // Outputs for gating.
  const t = totalCounts(summaries);
  const hasChanges = summaries.some((s) => s.hasChanges);
  const hasDestroy = summaries.some((s) => s.hasDestroy);
  const out = rt.outputs;
  if (!failure) {
    out.set('has-changes', hasChanges);
    out.set('has-destroy', hasDestroy);
    for (const k of ['add', 'change', 'destroy', 'import', 'replace', 'move', 'forget', 'read'] as const)
      out.set(`${k}-count`, t[k]);
    out.set('output-change-count', t.outputs);
    out.set(
      'risk-count',
      summaries.reduce((n, s) => n + s.risks.length, 0),
    );
    if (hash) out.set('plan-hash', hash);
  }
  out.set('summary-file', summaryFile);
  if (files.plan && existsSync(files.plan)) out.set('plan-file', files.plan);
  if (files.json) out.set('json-plan-file', files.json);
  if (files.text) out.set('text-plan-file', files.text);

  // GitHub: sticky comment and labels (never fails the step for a read-only token).
  const published = await publish(rt, {
    inputs,
    key,
    comment,
    hasChanges,
    hasDestroy,
    failed: failure !== undefined || summaries.some((s) => s.errored),
  });
  if (published.url) out.set('comment-url', published.url);

  if (failure) {
    // Terraform's error diagnostics with a range: one annotation each, on its file and line; the step's own
    // error then names them (GitHub keeps one error slot for it).
    const located = failure.diagnostics.filter((d) => d.severity === 'error' && d.file);
    for (const d of located) {
      logger.error(clean(`${d.summary}${d.detail ? `: ${d.detail}` : ''}`), {
        title: `terraform ${failure.stage}`,
        file: path.relative(ctx.workspace, path.resolve(root, d.file as string)),
        ...(d.line ? { startLine: d.line } : {}),
      });
    }
    const text =
      located.length && located.length === failure.diagnostics.length
        ? located.map((d) => `${d.summary} (${d.file}${d.line ? `:${d.line}` : ''})`).join('; ')
        : failure.text;
    throw new UserError(`terraform ${failure.stage} failed in ${relPath}:\n${clean(text)}`, {
      hint: 'The error above is Terraform’s own; the pull request comment and job summary show it too.',
    });
  }
  if (summaries.some((s) => s.errored)) {
    throw new UserError(
      `The plan in ${files.json} is marked "errored": planning stopped with an error and it cannot be applied.`,
    );
  }
  logger.info(
    `${relPath}: ${hasChanges ? 'changes' : 'no changes'}${hasDestroy ? ', including destruction' : ''}; plan hash ${hash ?? '(none)'}`,
  );
}

/** A Terragrunt module folder as the report names it: relative to the workspace when it lies inside. */
export function moduleLabel(label: string, workspace: string): string {
  if (!path.isAbsolute(label)) return label;
  const rel = path.relative(workspace, label);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? label : rel;
}
