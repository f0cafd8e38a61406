/**
 * The one model every scanner and every ingested report is turned into; renderers (SARIF, comment,
 * annotations) and the gate read only this, never a tool's raw output.
 */
export const SEVERITIES = ['high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
export type Kind = 'sast' | 'dast';

export interface RuleInfo {
  id: string;
  name: string;
  /** One sentence. */
  shortDescription: string;
  fullDescription?: string;
  /** Markdown help: what it means and how to fix it. */
  helpMarkdown?: string;
  helpUri?: string;
  cwe?: number;
}

export interface Finding {
  kind: Kind;
  /** Scanner name, e.g. "Bandit", "pipewright-dast", or an ingested SARIF driver name. */
  tool: string;
  ruleId: string;
  rule: RuleInfo;
  severity: Severity;
  confidence: Confidence;
  message: string;
  /** SAST: repo-relative path and 1-based lines/columns. */
  path?: string;
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
  /** Source text of the flagged lines (SAST), used for the fingerprint. */
  code?: string;
  /** DAST: the request and what in the response matched. */
  url?: string;
  method?: string;
  param?: string;
  evidence?: string;
  otherInfo?: string;
  /** Stable per-instance identity (see fingerprint.ts). */
  fingerprint: string;
  /** Filled by the gate. */
  baseline?: 'new' | 'existing';
  /** From the rules file: IGNORE never reaches here; INFO never fails; FAIL always fails. */
  ruleLevel?: 'INFO' | 'WARN' | 'FAIL';
  suppressed?: string;
}

/** A scanner problem: not a clean result. `fatal` when the scan could not run at all. */
export interface ScanProblem {
  kind: Kind;
  tool: string;
  message: string;
  fatal: boolean;
}

export interface ScanOutcome {
  findings: Finding[];
  problems: ScanProblem[];
  /** Tool name and version for the SARIF driver. */
  tool: { name: string; version?: string; informationUri?: string };
  /** For DAST: the pages fetched, etc. */
  stats?: Record<string, number | string>;
}

export const severityRank: Record<Severity, number> = { high: 3, medium: 2, low: 1, info: 0 };
export const confidenceRank: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

export function bySeverity(a: Finding, b: Finding): number {
  return (
    severityRank[b.severity] - severityRank[a.severity] ||
    confidenceRank[b.confidence] - confidenceRank[a.confidence] ||
    (a.path ?? a.url ?? '').localeCompare(b.path ?? b.url ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
