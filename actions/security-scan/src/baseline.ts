/**
 * The baseline: the fingerprints of accepted findings. Either our own JSON (written by
 * `update-baseline`) or a SARIF log (e.g. the base branch's), whose results carry our fingerprints.
 */
import type { Finding } from './findings.ts';
import { FINGERPRINT_KEY } from './sarif-output.ts';
import { parseJson } from './json.ts';

export const BASELINE_FORMAT = 'pipewright-security-scan-baseline/v1';

export interface BaselineFile {
  format: typeof BASELINE_FORMAT;
  findings: {
    fingerprint: string;
    ruleId: string;
    kind: Finding['kind'];
    where: string;
    severity: Finding['severity'];
  }[];
}

export function parseBaseline(text: string, file: string): Set<string> {
  const doc = parseJson(text, file);
  const d = doc as Partial<BaselineFile> & {
    runs?: { results?: { partialFingerprints?: Record<string, string> }[] }[];
  };
  if (d.format === BASELINE_FORMAT && Array.isArray(d.findings))
    return new Set(d.findings.map((f) => f.fingerprint));
  if (Array.isArray(d.runs)) {
    const out = new Set<string>();
    for (const run of d.runs)
      for (const r of run.results ?? []) {
        const fp = r.partialFingerprints?.[FINGERPRINT_KEY];
        if (fp) out.add(fp);
      }
    return out;
  }
  throw new Error(`${file} is neither a pipewright baseline (format ${BASELINE_FORMAT}) nor a SARIF log.`);
}

export function renderBaseline(findings: readonly Finding[]): string {
  const doc: BaselineFile = {
    format: BASELINE_FORMAT,
    findings: findings
      .map((f) => ({
        fingerprint: f.fingerprint,
        ruleId: f.ruleId,
        kind: f.kind,
        where: f.kind === 'sast' ? `${f.path}:${f.line}` : `${f.method ?? 'GET'} ${f.url}`,
        severity: f.severity,
      }))
      .sort((a, b) => a.fingerprint.localeCompare(b.fingerprint)),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
