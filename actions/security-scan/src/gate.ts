/**
 * Which findings fail the step. Defaults users want: informational and low-confidence findings never
 * fail; noisy DAST rules (timestamps, comments, caching) warn only; `FAIL` in the rules file always fails;
 * with `new-only`, findings already in the baseline never fail.
 */
import {
  confidenceRank,
  severityRank,
  type Confidence,
  type Finding,
  type Kind,
  type Severity,
} from './findings.ts';
import { CATALOGUE } from './dast/catalogue/index.ts';

export type Threshold = Exclude<Severity, 'info'> | 'none';
export interface GatePolicy {
  failOn: Record<Kind, Threshold>;
  minConfidence: Record<Kind, Confidence>;
  newOnly: boolean;
}

export interface GateResult {
  findings: Finding[];
  failing: Finding[];
  newCount: number;
}

export function markBaseline(findings: Finding[], baseline: Set<string> | undefined): Finding[] {
  return findings.map((f) => ({ ...f, baseline: baseline?.has(f.fingerprint) ? 'existing' : 'new' }));
}

export function isNoisy(f: Pick<Finding, 'kind' | 'ruleId'>): boolean {
  return f.kind === 'dast' && CATALOGUE[f.ruleId]?.noisy === true;
}

/** Why a finding does or does not fail the gate (undefined: it fails). */
export function exemption(f: Finding, p: GatePolicy): string | undefined {
  if (p.newOnly && f.baseline === 'existing') return 'in the baseline';
  if (f.ruleLevel === 'FAIL') return undefined;
  if (f.ruleLevel === 'INFO') return 'INFO in the rules file';
  if (f.severity === 'info') return 'informational';
  if (f.ruleLevel !== 'WARN' && isNoisy(f)) return 'noisy rule (warn only)';
  const threshold = p.failOn[f.kind];
  if (threshold === 'none' || severityRank[f.severity] < severityRank[threshold])
    return `below fail-on-${f.kind} (${threshold})`;
  if (confidenceRank[f.confidence] < confidenceRank[p.minConfidence[f.kind]])
    return 'confidence below the threshold';
  return undefined;
}

export function evaluateGate(findings: Finding[], p: GatePolicy): GateResult {
  return {
    findings,
    failing: findings.filter((f) => exemption(f, p) === undefined),
    newCount: findings.filter((f) => f.baseline === 'new').length,
  };
}
