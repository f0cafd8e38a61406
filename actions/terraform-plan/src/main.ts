import path from 'node:path';
import type { ActionRuntime } from '@pipewright/shared/action';
import { writeJobSummary, writeOutputFile } from '@pipewright/shared/report';
import { buildConfig, crossCheck, spec } from './config.ts';
import { setOutputs } from './outputs.ts';
import { runPlan, throwIfFailed } from './plan.ts';
import { publish } from './publish.ts';
import { renderReports } from './report.ts';
import { keepSecrets } from './secret-keeper.ts';

export async function main(rt: ActionRuntime): Promise<void> {
  const { context, logger } = rt;
  // 1. Config: every input checked, secrets known before terraform prints anything, rules read, paths confined.
  const inputs = rt.inputs(spec, crossCheck);
  const { keeper, masking } = keepSecrets(inputs, rt.env, (v) => rt.secret(v), logger);
  const cfg = buildConfig(inputs, context, rt.env);

  // 2. The work: a plan (from terraform, a plan file or plan JSON), parsed once, summarised and hashed.
  const deps = { logger, env: rt.env, signal: rt.signal, workspace: context.workspace, keeper, masking };
  const result = await runPlan(cfg, deps);

  // 3. The report: comment and job summary from the same typed result.
  const clean = (text: string) => keeper.clean(text);
  const report = renderReports(
    result,
    {
      path: cfg.relPath,
      workspace: cfg.workspace,
      label: inputs.label,
      runUrl: cfg.runUrl,
      showValues: inputs.showValues,
      masking,
    },
    clean,
  );
  const summaryFile = path.join(cfg.outDir, 'report.md');
  writeOutputFile(summaryFile, report.summary);
  writeJobSummary(report.summary, rt.env);

  // 4. Outputs for gating.
  setOutputs(rt.outputs, result, summaryFile);

  // 5. GitHub: sticky comment and labels (never fails the step for a read-only token).
  const published = await publish(rt, {
    inputs,
    key: cfg.key,
    comment: report.comment,
    hasChanges: result.hasChanges,
    hasDestroy: result.hasDestroy,
    failed: result.failed,
  });
  if (published.url) rt.outputs.set('comment-url', published.url);

  // 6. The verdict: Terraform's failure or an errored plan fails the step, after everything is reported.
  throwIfFailed(result, cfg, deps, clean);
  logger.info(
    `${cfg.relPath}: ${result.hasChanges ? 'changes' : 'no changes'}${result.hasDestroy ? ', including destruction' : ''}; plan hash ${result.hash ?? '(none)'}`,
  );
}
