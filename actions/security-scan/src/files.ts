/** The files this action writes: the SARIF file, the findings JSON and, when asked, the baseline. */
import type { Logger } from '@pipewright/shared/log';
import { plural, writeOutputFile } from '@pipewright/shared/report';
import { renderBaseline } from './baseline.ts';
import type { ScanConfig } from './config.ts';
import type { ScanResult } from './gate.ts';
import { buildSarif, type SarifBuild } from './sarif-output.ts';

export function writeFiles(cfg: ScanConfig, r: ScanResult, logger: Logger): SarifBuild {
  const sarif = buildSarif(r.groups, cfg.dastAnchor);
  // Through the shared writer: every registered secret (a cookie a page echoed, ...) is redacted.
  writeOutputFile(cfg.sarifFile, sarif.text);
  const { passed, result, health, findings, problems } = r;
  writeOutputFile(
    cfg.findingsFile,
    `${JSON.stringify({ passed, result, health, findings, problems, ...(sarif.trimmed ? { sarifTrimmed: sarif.trimmed } : {}) }, null, 2)}\n`,
  );
  if (cfg.updateBaseline && cfg.baseline) {
    writeOutputFile(cfg.baseline, renderBaseline(findings));
    logger.info(`Baseline written to ${cfg.rel(cfg.baseline)} (${plural(findings.length, 'finding')}).`);
  }
  return sarif;
}
