/**
 * Changes a reviewer must not miss, found by rules that are data: resource type patterns → the actions they
 * watch → a predicate on the planned value. The built-in rules (risk-rules.ts) cover AWS, Azure and Google;
 * a `risk-rules` file adds rules or disables built-in ones.
 *
 * A rule with a predicate fires when the predicate holds for the planned (`after`) value and did not hold for
 * the prior (`before`) one — a port newly opened to the internet, not one that was already open. A rule
 * without a predicate fires on the action alone (deleting or replacing a database).
 *
 * Predicates only ever answer yes or no: values (sensitive ones included) are read, never rendered.
 */
import { UserError, describeThrown } from '@pipewright/shared/action';
import { parseYaml } from '@pipewright/shared/yaml';
import type { Json } from './plan-json.ts';
import type { Classified } from './classify.ts';

export type RiskAction = 'create' | 'update' | 'delete' | 'replace';

/**
 * A predicate on a value. `path` is dot-separated: a name steps into an object, `*` into every element (or
 * every value of an object), `[]` into every element of a list or the value itself when it is not a list
 * (IAM's `Action: "x"` vs `Action: ["x"]`), `<json>` decodes a JSON string (`policy.<json>.Statement`).
 */
export type Predicate =
  | { path: string; equals: Json }
  | { path: string; in: Json[] }
  | { path: string; exists: boolean }
  | { each: string; where: Predicate }
  | { all: Predicate[] }
  | { any: Predicate[] }
  | { not: Predicate };

export interface RiskRule {
  id: string;
  /** What a reviewer reads, e.g. "Ingress opened to the internet". */
  title: string;
  /** Resource types, `*` matching any run of characters: `aws_db_*`. */
  types: string[];
  /** Default: create, update, replace. */
  actions?: RiskAction[];
  when?: Predicate;
}

export interface Risk {
  ruleId: string;
  title: string;
  address: string;
  action: RiskAction;
}

const ACTIONS: readonly RiskAction[] = ['create', 'update', 'delete', 'replace'];
const DEFAULT_ACTIONS: readonly RiskAction[] = ['create', 'update', 'replace'];

function actionOf(c: Classified): RiskAction | undefined {
  switch (c.kind) {
    case 'create':
      return 'create';
    case 'update':
      return 'update';
    case 'delete':
      return 'delete';
    case 'replace':
    case 'replace-cbd':
      return 'replace';
    default:
      return undefined;
  }
}

type Obj = { [k: string]: Json };
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every value at `path` under `v`. */
export function valuesAt(v: Json | undefined, path: string): Json[] {
  let cur: Json[] = v === undefined ? [] : [v];
  for (const step of path === '' ? [] : path.split('.')) {
    const next: Json[] = [];
    for (const x of cur) {
      if (step === '*') {
        if (Array.isArray(x)) next.push(...x);
        else if (isObj(x)) next.push(...Object.values(x));
      } else if (step === '[]') {
        if (Array.isArray(x)) next.push(...x);
        else if (x !== null) next.push(x);
      } else if (step === '<json>') {
        if (typeof x === 'string')
          try {
            next.push(JSON.parse(x) as Json);
          } catch {
            // not JSON: nothing there
          }
      } else if (isObj(x) && Object.hasOwn(x, step)) next.push(x[step] as Json);
    }
    cur = next;
  }
  return cur;
}

function same(a: Json, b: Json): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function holds(p: Predicate, v: Json | undefined): boolean {
  if ('all' in p) return p.all.every((q) => holds(q, v));
  if ('any' in p) return p.any.some((q) => holds(q, v));
  if ('not' in p) return !holds(p.not, v);
  if ('each' in p) return valuesAt(v, p.each).some((x) => holds(p.where, x));
  const found = valuesAt(v, p.path);
  if ('exists' in p) return found.some((x) => x !== null) === p.exists;
  if ('equals' in p) return found.some((x) => same(x, p.equals));
  return found.some((x) => p.in.some((y) => same(x, y)));
}

const WHOLE = '\u0000the value';

/**
 * What makes a predicate hold: the matching elements of an `each` (so a second port opened to the internet
 * is new even when another already was), else the value as a whole.
 */
function witnesses(p: Predicate, v: Json | undefined): Json[] {
  if ('each' in p) return valuesAt(v, p.each).filter((x) => holds(p.where, x));
  if ('any' in p) return p.any.flatMap((q) => witnesses(q, v));
  return holds(p, v) ? [WHOLE] : [];
}

const typeRegex = new Map<string, RegExp>();
function typeMatches(pattern: string, type: string): boolean {
  let re = typeRegex.get(pattern);
  if (!re) {
    re = new RegExp(
      `^${pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    typeRegex.set(pattern, re);
  }
  return re.test(type);
}

/** The risks in a plan's changes, in plan order, one per rule and resource. */
export function findRisks(changes: readonly Classified[], rules: readonly RiskRule[]): Risk[] {
  const out: Risk[] = [];
  // the rules that apply to a type, worked out once per type (plans repeat a few types many times)
  const byType = new Map<string, RiskRule[]>();
  for (const c of changes) {
    const action = actionOf(c);
    const type = c.raw.type;
    if (!action || !type || (c.raw.mode ?? 'managed') !== 'managed') continue;
    let forType = byType.get(type);
    if (!forType)
      byType.set(type, (forType = rules.filter((r) => r.types.some((t) => typeMatches(t, type)))));
    for (const r of forType) {
      if (!(r.actions ?? DEFAULT_ACTIONS).includes(action)) continue;
      if (r.when) {
        const after = witnesses(r.when, c.raw.change?.after ?? undefined);
        if (after.length === 0) continue;
        const before = action === 'create' ? [] : witnesses(r.when, c.raw.change?.before ?? undefined);
        if (after.every((w) => before.some((x) => same(w, x)))) continue;
      }
      out.push({ ruleId: r.id, title: r.title, address: c.address, action });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// A `risk-rules` file: { rules: [...], disable: [ids] }, YAML or JSON, validated before anything runs.

export interface RiskRulesFile {
  rules: RiskRule[];
  disable: string[];
}

export function parseRiskRules(text: string, source: string): RiskRulesFile {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw new UserError(`${source} is not valid YAML or JSON: ${describeThrown(e)}`);
  }
  const problems: string[] = [];
  if (!isObj(doc)) {
    throw new UserError(`${source} must be a map with \`rules\` (a list) and/or \`disable\` (rule ids).`, {
      hint: 'See "Risk rules" in the terraform-plan README for the format.',
    });
  }
  for (const k of Object.keys(doc))
    if (k !== 'rules' && k !== 'disable')
      problems.push(`unknown key \`${k}\` (expected \`rules\`, \`disable\`)`);
  const rules: RiskRule[] = [];
  const rawRules = doc.rules ?? [];
  if (!Array.isArray(rawRules)) problems.push('`rules` must be a list');
  else
    rawRules.forEach((r, i) => {
      const where = `rules[${i}]`;
      if (!isObj(r)) {
        problems.push(`${where} must be a map`);
        return;
      }
      const bad = (why: string) =>
        problems.push(`${where}${typeof r.id === 'string' ? ` (${r.id})` : ''}: ${why}`);
      for (const k of Object.keys(r))
        if (!['id', 'title', 'types', 'actions', 'when'].includes(k)) bad(`unknown key \`${k}\``);
      if (typeof r.id !== 'string' || !/^[\w.-]{1,64}$/.test(r.id))
        bad('`id` must be a word (letters, digits, _ . -)');
      if (typeof r.title !== 'string' || r.title.trim() === '' || r.title.length > 120)
        bad('`title` must be text of at most 120 characters');
      if (
        !Array.isArray(r.types) ||
        r.types.length === 0 ||
        !r.types.every((t) => typeof t === 'string' && /^[\w*]+$/.test(t))
      )
        bad('`types` must be a list of resource type patterns like `aws_db_*`');
      if (
        r.actions !== undefined &&
        (!Array.isArray(r.actions) ||
          r.actions.length === 0 ||
          !r.actions.every((a) => ACTIONS.includes(a as RiskAction)))
      )
        bad(`\`actions\` must be a list of: ${ACTIONS.join(', ')}`);
      if (r.when !== undefined) {
        const why = predicateProblem(r.when);
        if (why) bad(`\`when\`: ${why}`);
      }
      rules.push(r as unknown as RiskRule);
    });
  const disable = doc.disable ?? [];
  if (!Array.isArray(disable) || !disable.every((d) => typeof d === 'string'))
    problems.push('`disable` must be a list of rule ids');
  if (problems.length)
    throw new UserError(
      `${source} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      {
        hint: 'See "Risk rules" in the terraform-plan README for the format.',
      },
    );
  return { rules, disable: disable as string[] };
}

function predicateProblem(p: unknown): string | undefined {
  if (!isObj(p)) return 'a predicate must be a map';
  const keys = Object.keys(p).sort().join(',');
  const list = (x: unknown) =>
    Array.isArray(x) && x.length > 0 ? x.map(predicateProblem).find((w) => w) : 'expected a non-empty list';
  switch (keys) {
    case 'all':
      return list(p.all);
    case 'any':
      return list(p.any);
    case 'not':
      return predicateProblem(p.not);
    case 'each,where':
      return typeof p.each === 'string' ? predicateProblem(p.where) : '`each` must be a path';
    case 'equals,path':
      return typeof p.path === 'string' ? undefined : '`path` must be text';
    case 'in,path':
      return typeof p.path === 'string' && Array.isArray(p.in)
        ? undefined
        : '`path` must be text and `in` a list';
    case 'exists,path':
      return typeof p.path === 'string' && typeof p.exists === 'boolean'
        ? undefined
        : '`path` must be text and `exists` true or false';
    default:
      return `unknown predicate {${keys}} (use path+equals, path+in, path+exists, each+where, all, any or not)`;
  }
}

/** The rules in effect: built-in ones not disabled, then the file's own. */
export function effectiveRules(
  builtIn: readonly RiskRule[],
  file: RiskRulesFile | undefined,
  source = 'risk-rules',
): RiskRule[] {
  if (!file) return [...builtIn];
  const off = new Set(file.disable);
  const unknown = file.disable.filter((id) => !builtIn.some((r) => r.id === id));
  if (unknown.length)
    throw new UserError(`${source}: \`disable\` names no built-in rule: ${unknown.join(', ')}.`, {
      hint: `The built-in rules are: ${builtIn.map((r) => r.id).join(', ')}.`,
    });
  return [...builtIn.filter((r) => !off.has(r.id)), ...file.rules];
}
