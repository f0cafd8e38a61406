/**
 * The parts of Terraform's JSON plan (`terraform show -json`, internal/command/jsonplan) a summary reads.
 * Everything is optional: older format versions and OpenTofu leave keys out, and unknown values are tolerated.
 */
import { describeThrown, UserError } from '@pipewright/shared/action';

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

/** One plan of the input, with the Terragrunt module folder it came from when the input names one. */
export interface LabelledPlan {
  plan: RawPlan;
  label: string | undefined;
}

/**
 * Terragrunt's prefixes in front of each module's output line: `[module/dir] ` (TERRAGRUNT_INCLUDE_MODULE_PREFIX,
 * older releases) and `12:00:00.000 STDOUT [module/dir] terraform: ` (the log format of newer releases; without
 * the bracket when a single module runs).
 */
const PREFIXES = [
  /^\[(?<label>[^\]\n]+)\] (?=\{)/,
  /^(?:\S+ +)?STDOUT +(?:\[(?<label>[^\]\n]+)\] +)?[\w.-]+: (?=\{)/,
];

/**
 * Parses one plan object or several (NDJSON, as Terragrunt `--all` prints; each line may carry Terragrunt's
 * module prefix, which becomes the plan's label). Text before the first `{` (a wrapper's banner) is skipped.
 * Large plans: the caller drops the text right after this returns.
 */
export function parsePlanSet(text: string, source: string): LabelledPlan[] {
  if (text.trim() === '') {
    throw new UserError(`${source} is empty.`, {
      hint: 'The step that wrote it probably failed; `terraform show -json <planfile> > plan.json` writes the plan JSON.',
    });
  }
  const start = text.indexOf('{');
  if (start < 0) throw new UserError(`${source} is not JSON: it contains no object.`);
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const prefixed = PREFIXES.some((re) => re.test(text.slice(lineStart, start + 1)));
  let out: LabelledPlan[] | undefined;
  if (!prefixed) {
    try {
      out = [{ plan: JSON.parse(start === 0 ? text : text.slice(start)) as RawPlan, label: undefined }];
    } catch (whole) {
      out = planLines(text, source, false) ?? throwAt(text, start, source, whole);
    }
  } else out = planLines(text, source, true) ?? throwAt(text, start, source, undefined);
  for (const [i, { plan }] of out.entries()) {
    if (plan === null || typeof plan !== 'object' || Array.isArray(plan))
      throw new UserError(`${source} is not a Terraform JSON plan (plan ${i + 1} is not an object).`);
    checkFormatVersion(plan, out.length > 1 ? `${source} (${out[i]?.label ?? `plan ${i + 1}`})` : source);
  }
  return out;
}

/** The plans of `parsePlanSet`, without labels. */
export function parsePlans(text: string, source: string): RawPlan[] {
  return parsePlanSet(text, source).map((p) => p.plan);
}

/**
 * NDJSON: one plan per line (lines that are not objects, like Terragrunt's log lines, are skipped). Undefined
 * when the text is not NDJSON after all — its first object line is not a whole object (pretty-printed JSON),
 * or there is only one — so the caller reports the error of the whole document.
 */
function planLines(text: string, source: string, prefixed: boolean): LabelledPlan[] | undefined {
  const out: LabelledPlan[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const at = offset;
    offset += line.length + 1;
    let label: string | undefined;
    let from = 0;
    for (const re of PREFIXES) {
      const m = re.exec(line);
      if (m) {
        label = m.groups?.label;
        from = m[0].length;
        break;
      }
    }
    if (line[from] !== '{') continue;
    try {
      out.push({ plan: JSON.parse(line.slice(from)) as RawPlan, label });
    } catch (e) {
      if (out.length === 0) return undefined;
      throwAt(text, at + from, source, e);
    }
  }
  return out.length > 1 || (prefixed && out.length === 1) ? out : undefined;
}

/** The error of the JSON value starting at `from`, at its exact line and column in the file. */
function throwAt(text: string, from: number, source: string, e: unknown): never {
  const offset = jsonErrorOffset(text, from);
  const what = (e === undefined ? 'invalid JSON' : describeThrown(e))
    .replace(/, \.\.\.[\s\S]*$|, "[\s\S]*" is not valid JSON$/, '')
    .replace(/ in JSON at position \d+(?: \(line \d+ column \d+\))?$/, '');
  let where = '';
  if (offset >= 0) {
    const line = countLines(text, offset);
    const column = offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
    where =
      offset >= text.length ? ` at the end of the file (line ${line})` : ` at line ${line}, column ${column}`;
  }
  throw new UserError(`${source} is not valid JSON${where}: ${what}`, {
    hint: 'With hashicorp/setup-terraform, set `terraform_wrapper: false` (older wrappers corrupt stdout), or let this action run terraform.',
  });
}

function countLines(text: string, end: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Where the one JSON value starting at `from` first breaks JSON's grammar (RFC 8259), -1 when it does not.
 * Only run after JSON.parse failed, whose messages do not always say where.
 */
export function jsonErrorOffset(s: string, from = 0): number {
  let i = from;
  const NUM = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const ws = () => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\n' || s[i] === '\r' || s[i] === '\t')) i++;
  };
  const fail = (): never => {
    throw new JsonSyntaxAt(i);
  };
  const str = () => {
    i++;
    for (;;) {
      const c = s[i];
      if (c === undefined || c < ' ') fail();
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = s[i + 1] ?? '';
        if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) i += 6;
        else {
          i++;
          fail();
        }
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const c = s[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (s[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          ws();
          if (s[i] !== '"') fail();
          str();
          ws();
          if (s[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === close) {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') return str();
    NUM.lastIndex = i;
    if (NUM.test(s)) {
      i = NUM.lastIndex;
      return;
    }
    for (const lit of ['true', 'false', 'null'])
      if (s.startsWith(lit, i)) {
        i += lit.length;
        return;
      }
    fail();
  };
  try {
    value();
    ws();
    return i < s.length ? i : -1;
  } catch (e) {
    if (e instanceof JsonSyntaxAt) return e.offset;
    return -1; // too deep to scan: no position rather than a wrong one
  }
}

class JsonSyntaxAt {
  readonly offset: number;
  constructor(offset: number) {
    this.offset = offset;
  }
}
