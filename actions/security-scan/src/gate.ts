/**
 * Which findings fail the step. Defaults users want: informational and low-confidence findings never
 * fail; noisy DAST rules (timestamps, comments, caching) warn only; `FAIL` in the rules file always fails;
 * with `new-only`, findings already in the baseline never fail.
 */
import { UserError } from '@pipewright/shared/action';
import { plural } from '@pipewright/shared/report';
import {
  bySeverity,
  confidenceRank,
  makesIncomplete,
  severityRank,
  type Confidence,
  type Finding,
  type Kind,
  type ScanHealth,
  type ScanProblem,
  type ScanRun,
  type Severity,
} from './findings.ts';
import { CATALOGUE } from './dast/catalogue/index.ts';
import { applyRules, type RulesConfig } from './rules-file.ts';
import type { RunGroup } from './sarif-output.ts';

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

/** What the scans found after suppressions, the baseline and the gate. */
export interface ScanResult {
  runs: ScanRun[];
  /** One per run, as it goes into the SARIF file. */
  groups: RunGroup[];
  /** Every run's findings, most severe first. */
  findings: Finding[];
  problems: ScanProblem[];
  health: ScanHealth[];
  /** Findings the rules file ignored. */
  ignored: number;
  gate: GateResult;
  /** Scans that could not run, and problems that left a scan incomplete. */
  fatal: ScanProblem[];
  incomplete: ScanProblem[];
  /** A scan could not run or is incomplete, and `fail-on-scan-error` is on. */
  scanFailed: boolean;
  passed: boolean;
  result: 'passed' | 'failed' | 'incomplete';
}

/** Applies the rules file and the baseline to every run, then the gate. */
export function judge(
  runs: ScanRun[],
  o: {
    rules: RulesConfig | undefined;
    known: Set<string> | undefined;
    policy: GatePolicy;
    failOnScanError: boolean;
  },
): ScanResult {
  let ignored = 0;
  const groups: RunGroup[] = runs.map(({ kind, category, outcome }) => {
    const applied = applyRules(o.rules, outcome.findings);
    ignored += applied.ignored;
    return {
      tool: outcome.tool,
      kind,
      category,
      findings: markBaseline(applied.kept, o.known),
      problems: outcome.problems.map((p) => p.message),
      executionSuccessful: !outcome.problems.some((p) => p.fatal),
    };
  });
  const findings = groups.flatMap((g) => g.findings).sort(bySeverity);
  const problems: ScanProblem[] = runs.flatMap((r) => r.outcome.problems);
  const gate = evaluateGate(findings, o.policy);
  const fatal = problems.filter((p) => p.fatal);
  const incomplete = problems.filter((p) => !p.fatal && makesIncomplete(p));
  const scanFailed = (fatal.length > 0 || incomplete.length > 0) && o.failOnScanError;
  const passed = gate.failing.length === 0 && !scanFailed;
  // A gate that passed on a scan that did not see everything is not a pass, even when it does not fail.
  const result = !passed ? 'failed' : fatal.length || incomplete.length ? 'incomplete' : 'passed';
  const health = runs.flatMap((r) => (r.outcome.health ? [r.outcome.health] : []));
  return {
    runs,
    groups,
    findings,
    problems,
    health,
    ignored,
    gate,
    fatal,
    incomplete,
    scanFailed,
    passed,
    result,
  };
}

/** Why the step fails: a scan that could not run or is incomplete, then findings that fail the gate. */
export function gateError(r: ScanResult, p: GatePolicy): UserError | undefined {
  const { fatal, incomplete } = r;
  if (r.scanFailed) {
    const why = [...fatal, ...incomplete].map((x) => `${x.tool}: ${x.message}`).join('; ');
    return new UserError(
      fatal.length
        ? `${fatal.length === 1 ? '1 scan' : `${fatal.length} scans`} could not run${incomplete.length ? ` and ${plural(incomplete.length, 'problem')} left a scan incomplete` : ''}: ${why}`
        : `The scan is incomplete, so a clean result would mean nothing: ${why}`,
      {
        hint: 'Fix the scanner or the target (see the scan health table in the job summary), or set `fail-on-scan-error: false` to report without failing (result is then `incomplete`).',
      },
    );
  }
  if (!r.passed)
    return new UserError(
      `${r.gate.failing.length === 1 ? '1 finding fails' : `${plural(r.gate.failing.length, 'finding')} fail`} the gate (fail-on-sast: ${p.failOn.sast}, fail-on-dast: ${p.failOn.dast}${p.newOnly ? ', new only' : ''}).`,
      {
        hint: 'Fix them, suppress reviewed ones (`# nosec B602`, or the rules file), or raise the thresholds.',
      },
    );
  return undefined;
}
