/**
 * The parts of Terraform's JSON plan (`terraform show -json`, internal/command/jsonplan) a summary reads.
 * Everything is optional: older format versions and OpenTofu leave keys out, and unknown values are tolerated.
 */
import { UserError } from '@pipewright/shared/action';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export interface RawChange {
  actions?: string[];
  before?: Json;
  after?: Json;
  after_unknown?: Json;
  before_sensitive?: Json;
  after_sensitive?: Json;
  replace_paths?: (string | number)[][];
  importing?: { id?: string; identity?: Json; unknown?: boolean } | null;
}

export interface RawResourceChange {
  address?: string;
  previous_address?: string;
  module_address?: string;
  mode?: string;
  type?: string;
  name?: string;
  index?: Json;
  deposed?: string;
  action_reason?: string;
  change?: RawChange;
}

export interface RawCheck {
  address?: { kind?: string; to_display?: string; name?: string };
  status?: string;
  instances?: { address?: { to_display?: string }; status?: string; problems?: { message?: string }[] }[];
}

export interface RawPlan {
  format_version?: string;
  terraform_version?: string;
  variables?: Record<string, { value?: Json }>;
  resource_changes?: RawResourceChange[];
  resource_drift?: RawResourceChange[];
  output_changes?: Record<string, RawChange>;
  relevant_attributes?: { resource?: string; attribute?: (string | number)[] }[];
  checks?: RawCheck[];
  errored?: boolean;
  applyable?: boolean;
  complete?: boolean;
  deferred_changes?: { reason?: string; resource_change?: RawResourceChange }[];
  action_invocations?: unknown[];
  configuration?: {
    root_module?: { variables?: Record<string, { sensitive?: boolean }> };
  };
  prior_state?: unknown;
  planned_values?: unknown;
}

/** Accept format_version 0.x and 1.x (minor bumps are additive); refuse 2.x and later. */
export function checkFormatVersion(plan: RawPlan, source: string): void {
  const v = plan.format_version;
  if (typeof v !== 'string' || !/^\d+\.\d+/.test(v)) {
    throw new UserError(`${source} is not a Terraform JSON plan: it has no "format_version".`, {
      hint: 'Pass the output of `terraform show -json <planfile>` (not `terraform plan -json`, which is a log stream).',
    });
  }
  const major = Number(v.split('.')[0]);
  if (major >= 2) {
    throw new UserError(
      `${source} uses JSON plan format_version ${v}, which this version of pipewright does not understand (it reads 0.x and 1.x).`,
      {
        hint: 'Upgrade pipewright/terraform-plan, or produce the plan with a Terraform version whose format is 1.x.',
      },
    );
  }
}

/**
 * Parses one plan object or several (NDJSON, as Terragrunt `--all` prints). Text before the first `{`
 * (a wrapper's banner) is skipped. Large plans: the caller drops the text right after this returns.
 */
export function parsePlans(text: string, source: string): RawPlan[] {
  const start = text.indexOf('{');
  if (text.trim() === '') {
    throw new UserError(`${source} is empty.`, {
      hint: 'The step that wrote it probably failed; `terraform show -json <planfile> > plan.json` writes the plan JSON.',
    });
  }
  if (start < 0) throw new UserError(`${source} is not JSON: it contains no object.`);
  const body = start === 0 ? text : text.slice(start);
  let plans: RawPlan[];
  try {
    plans = [JSON.parse(body) as RawPlan];
  } catch (whole) {
    // NDJSON: one plan per line.
    const lines = body.split('\n').filter((l) => l.trim() !== '');
    if (lines.length < 2) throw invalidJson(source, whole);
    try {
      plans = lines.map((l) => JSON.parse(l) as RawPlan);
    } catch (e) {
      throw invalidJson(source, e);
    }
  }
  for (const [i, p] of plans.entries()) {
    if (p === null || typeof p !== 'object' || Array.isArray(p))
      throw new UserError(`${source} is not a Terraform JSON plan (plan ${i + 1} is not an object).`);
    checkFormatVersion(p, plans.length > 1 ? `${source} (plan ${i + 1})` : source);
  }
  return plans;
}

function invalidJson(source: string, e: unknown): UserError {
  return new UserError(`${source} is not valid JSON: ${(e as Error).message}`, {
    hint: 'With hashicorp/setup-terraform, set `terraform_wrapper: false` (older wrappers corrupt stdout), or let this action run terraform.',
  });
}
