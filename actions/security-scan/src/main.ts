/**
 * The story of a security scan: read and check the inputs and the user's files, run the scanners, judge
 * the findings (rules file, baseline, gate), write the files, report (log, annotations, job summary, PR
 * comment, SARIF upload), set the outputs, and fail the step when the gate or a scan says so.
 */
import type { ActionRuntime } from '@pipewright/shared/action';
import { COMMENT_LIMIT, SUMMARY_LIMIT, utf8Bytes, writeJobSummary } from '@pipewright/shared/report';
import { readConfig } from './config.ts';
import { runScanners } from './scanners.ts';
import { gateError, judge } from './gate.ts';
import { writeFiles } from './files.ts';
import { annotate, logProblems } from './annotations.ts';
import { blobBaseOf, renderReport, reportInputOf } from './report.ts';
import { setOutputs } from './outputs.ts';

export async function main(rt: ActionRuntime): Promise<void> {
  // Everything the user gave is read and checked before any scan or remote call.
  const cfg = await readConfig(rt);

  // The work: each scanner, then ingested reports; suppressions, baseline and the gate.
  const deps = { logger: rt.logger, signal: rt.signal, now: () => Date.now() };
  const runs = [...(await runScanners(cfg, deps)), ...cfg.ingested];
  const result = judge(runs, cfg);
  const sarif = writeFiles(cfg, result, rt.logger);

  // The report: log, annotations, summary, comment, upload.
  logProblems(rt.logger, result.problems, cfg.failOnScanError);
  const annotated = annotate(rt.logger, result.findings, new Set(result.gate.failing), cfg.maxAnnotations);
  const report = reportInputOf(result, {
    annotated,
    maxAnnotations: cfg.maxAnnotations,
    hasBaseline: cfg.known !== undefined,
    blobBase: blobBaseOf(rt.context),
    sarifTrimmed: sarif.trimmed,
  });
  writeJobSummary(renderReport(report, SUMMARY_LIMIT, utf8Bytes), rt.env);
  if ((cfg.comment || cfg.uploadSarif) && cfg.githubToken) {
    const { publish } = await import('./publish.ts');
    await publish({
      rt,
      token: cfg.githubToken,
      comment: cfg.comment ? renderReport(report, COMMENT_LIMIT - 200) : undefined,
      commentKey: cfg.category,
      sarif: cfg.uploadSarif ? sarif.text : undefined,
    });
  }

  setOutputs(rt.outputs, result, cfg);
  const failure = gateError(result, cfg.policy);
  if (failure) throw failure;
}
