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

/**
 * A scanner problem: not a clean result. `fatal` when the scan could not run at all; `incomplete` when it
 * ran but its result cannot be trusted as clean (root page not 2xx, too many errors, nothing parsed,
 * content cut). Both fail the step unless `fail-on-scan-error: false`; other problems are notes.
 */
export interface ScanProblem {
  kind: Kind;
  tool: string;
  message: string;
  fatal: boolean;
  incomplete?: boolean;
  /** Something the reader should know about coverage (e.g. a single-page app), not a scan error. */
  note?: boolean;
}

/** How much of a target the passive scan really saw. */
export interface DastHealth {
  kind: 'dast';
  target: string;
  /** Status of the target after its same-origin redirects (0: no response). */
  rootStatus: number;
  pages: number;
  status: { '2xx': number; '3xx': number; '4xx': number; '5xx': number };
  /** 401, 403 and 407 answers (also counted in 4xx). */
  auth: number;
  /** Requests without a response: time-outs and connection errors. */
  timeouts: number;
  failed: number;
  /** Pages over the body limit, scanned partially, and the bytes not scanned (at least). */
  truncatedPages: number;
  truncatedBytes: number;
  /** Share (0-100) of answers that were 5xx, auth, redirects or failures. */
  errorPercent: number;
}

/** How much of a SAST path the scanner could read. */
export interface SastHealth {
  kind: 'sast';
  path: string;
  files: number;
  parsed: number;
  failed: number;
}
export type ScanHealth = DastHealth | SastHealth;

/** `problem` is a fatal or incomplete scan: the result is not a clean one. */
export const makesIncomplete = (p: ScanProblem) => p.fatal || p.incomplete === true;

export interface ScanOutcome {
  findings: Finding[];
  problems: ScanProblem[];
  /** Tool name and version for the SARIF driver. */
  tool: { name: string; version?: string; informationUri?: string };
  /** For DAST: the pages fetched, etc. */
  stats?: Record<string, number | string>;
  /** Coverage of the scan, shown first in the report. */
  health?: ScanHealth;
}

/** One run as it goes into the SARIF file: what kind of scan, its upload category, and what it found. */
export interface ScanRun {
  kind: Kind;
  category: string;
  outcome: ScanOutcome;
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
