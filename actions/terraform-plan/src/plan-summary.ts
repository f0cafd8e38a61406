/**
 * The typed result of one or more JSON plans: classified changes, CLI counts, outputs, drift (filtered the way
 * the CLI filters it), checks and warnings. Renderers read this, never the raw plan.
 */
import type { Json, RawChange, RawPlan, RawResourceChange } from './plan-json.ts';
import {
  classifyAll,
  emptyCounts,
  hasResourceChanges,
  isDestroy,
  kindOf,
  type Classified,
  type Counts,
  type Kind,
} from './classify.ts';
import { diffAttributes, filterRelevant, type AttrDiff, type Masking, type Step } from './values.ts';
import { findRisks, type Risk, type RiskRule } from './risk.ts';
import { BUILT_IN_RULES } from './risk-rules.ts';

export type PlanMode = 'normal' | 'destroy' | 'refresh-only';

export interface OutputChange {
  name: string;
  kind: Kind;
  change: RawChange;
}

export interface DriftEntry {
  address: string;
  kind: Kind;
  movedFrom: string | undefined;
  diffs: AttrDiff[];
}

export interface CheckProblem {
  address: string;
  status: string;
  messages: string[];
}

export interface PlanSummary {
  /** 1-based position in multi-plan (NDJSON) input; undefined for a single plan. */
  index: number | undefined;
  /** In multi-plan input, the Terragrunt module folder the plan came from, when the input names it. */
  label: string | undefined;
  terraformVersion: string | undefined;
  formatVersion: string | undefined;
  mode: PlanMode;
  changes: Classified[];
  /** Changes the risk rules call out (ingress opened to the internet, a database destroyed, …). */
  risks: Risk[];
  /** Deletes, replaces and forgets, in plan order. */
  destructive: Classified[];
  outputs: OutputChange[];
  drift: DriftEntry[];
  checks: CheckProblem[];
  warnings: string[];
  counts: Counts;
  errored: boolean;
  hasChanges: boolean;
  hasDestroy: boolean;
}

const DESTRUCTIVE: ReadonlySet<Kind> = new Set([
  'delete',
  'replace',
  'replace-cbd',
  'replace-forget',
  'forget',
]);

/** A refresh-only plan has drift and no resource changes (the JSON has no plan-mode field). */
export function detectMode(plan: RawPlan, declared: PlanMode | undefined): PlanMode {
  if (declared) return declared;
  if ((plan.resource_changes ?? []).length === 0 && (plan.resource_drift ?? []).length > 0)
    return 'refresh-only';
  return 'normal';
}

export function summarize(
  plan: RawPlan,
  masking: Masking,
  opts: { index?: number; label?: string; mode?: PlanMode; rules?: readonly RiskRule[] } = {},
): PlanSummary {
  const { changes, counts } = classifyAll(plan);
  const mode = detectMode(plan, opts.mode);
  const outputs: OutputChange[] = [];
  for (const [name, change] of Object.entries(plan.output_changes ?? {})) {
    const kind = kindOf(change.actions);
    if (kind !== 'no-op') outputs.push({ name, kind, change });
  }
  const resourceChanges = hasResourceChanges(counts) || counts.read > 0;
  const drift = driftEntries(plan, mode, resourceChanges || outputs.length > 0, masking);
  counts.drift = drift.length;
  const checks = checkProblems(plan);
  const warnings: string[] = [];
  if (plan.errored)
    warnings.push('Planning stopped with an error: this plan is incomplete and cannot be applied.');
  if (plan.complete === false)
    warnings.push(
      'This plan is incomplete (targeting or deferred changes): another plan/apply round will be needed.',
    );
  if ((plan.deferred_changes ?? []).length)
    warnings.push(
      plan.deferred_changes?.length === 1
        ? '1 change was deferred to a later plan.'
        : `${plan.deferred_changes?.length} changes were deferred to a later plan.`,
    );
  const hasChanges = resourceChanges || outputs.length > 0 || (mode === 'refresh-only' && drift.length > 0);
  return {
    index: opts.index,
    label: opts.label,
    terraformVersion: plan.terraform_version,
    formatVersion: plan.format_version,
    mode,
    changes,
    risks: findRisks(changes, opts.rules ?? BUILT_IN_RULES),
    destructive: changes.filter(
      (c) => DESTRUCTIVE.has(c.kind) || (c.kind === 'other' && isDestroy(c.raw.change?.actions)),
    ),
    outputs,
    drift,
    checks,
    warnings,
    counts,
    errored: plan.errored === true,
    hasChanges,
    hasDestroy: counts.destroy > 0,
  };
}

/**
 * Drift as the CLI shows it: only when the plan has other changes or in refresh-only mode; outside
 * refresh-only, no-op entries are skipped and only attributes listed in `relevant_attributes` are shown.
 */
export function driftEntries(
  plan: RawPlan,
  mode: PlanMode,
  otherChanges: boolean,
  masking: Masking,
): DriftEntry[] {
  const raw = plan.resource_drift ?? [];
  if (raw.length === 0) return [];
  const refreshOnly = mode === 'refresh-only';
  if (!refreshOnly && !otherChanges) return [];
  const relevant = new Map<string, Step[][]>();
  const everywhere: Step[][] = [];
  for (const r of plan.relevant_attributes ?? []) {
    if (!r.attribute) continue;
    if (!r.resource) everywhere.push(r.attribute);
    else relevant.set(r.resource, [...(relevant.get(r.resource) ?? []), r.attribute]);
  }
  const out: DriftEntry[] = [];
  for (const d of raw) {
    const kind = kindOf(d.change?.actions);
    const movedFrom = d.previous_address && d.previous_address !== d.address ? d.previous_address : undefined;
    if (!refreshOnly && kind === 'no-op') continue;
    let diffs = kind === 'delete' ? [] : diffAttributes(d.change ?? {}, masking);
    if (!refreshOnly) {
      const paths = [...everywhere, ...(relevant.get(d.address ?? '') ?? [])];
      if (paths.length === 0) continue;
      diffs = filterRelevant(diffs, paths);
      if (diffs.length === 0 && kind !== 'delete') continue;
    }
    if (refreshOnly && kind === 'no-op' && !movedFrom && diffs.length === 0) continue;
    out.push({ address: d.address ?? '(unknown address)', kind, movedFrom, diffs });
  }
  return out;
}

function checkProblems(plan: RawPlan): CheckProblem[] {
  const out: CheckProblem[] = [];
  for (const c of plan.checks ?? []) {
    if (c.status === 'pass') continue;
    const failing = (c.instances ?? []).filter((i) => i.status !== 'pass');
    const messages = failing.flatMap((i) => (i.problems ?? []).map((p) => p.message ?? '')).filter((m) => m);
    out.push({
      address: c.address?.to_display ?? c.address?.name ?? '(check)',
      status: c.status ?? 'unknown',
      messages,
    });
  }
  return out;
}

/** Totals over several plans (NDJSON input). */
export function totalCounts(plans: readonly PlanSummary[]): Counts {
  const t = emptyCounts();
  for (const p of plans) for (const k of Object.keys(t) as (keyof Counts)[]) t[k] += p.counts[k];
  return t;
}

/** Registers the values of variables the configuration declares sensitive (they are never rendered anyway). */
export function sensitiveVariableValues(plan: RawPlan): Json[] {
  const decl = plan.configuration?.root_module?.variables ?? {};
  return Object.entries(plan.variables ?? {})
    .filter(([name]) => decl[name]?.sensitive === true)
    .map(([, v]) => v.value ?? null);
}

export type { RawResourceChange };
