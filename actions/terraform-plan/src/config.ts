/**
 * terraform-plan's inputs: the spec that action.yml declares, the checks across inputs, and the typed config
 * (risk rules read, paths confined, the report's key and folder) made before anything touches Terraform or
 * GitHub.
 */
import { parseYaml } from '@pipewright/shared/yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ActionRuntime, Inputs } from '@pipewright/shared/action';
import { describeThrown, InputError, resolveConfined } from '@pipewright/shared/action';
import { effectiveRules, parseRiskRules, type RiskRule } from './risk.ts';
import { BUILT_IN_RULES } from './risk-rules.ts';

export const spec = {
  path: { type: 'path', default: '.', mustExist: 'dir' },
  workspace: {
    type: 'string',
    pattern: /^[\w.-]{1,90}$/,
    patternHint: 'a workspace name: letters, digits, `_`, `-`, `.`',
  },
  init: { type: 'boolean', default: true },
  'backend-config': { type: 'list', commas: false },
  'var-files': { type: 'list' },
  variables: { type: 'map', yaml: parseYaml },
  'terraform-binary': { type: 'string', default: 'terraform' },
  mode: { type: 'enum', values: ['normal', 'destroy', 'refresh-only'], default: 'normal' },
  // Like every path input: inside the workspace or RUNNER_TEMP after symlinks (our own outputs chain).
  'plan-file': { type: 'path', mustExist: 'file' },
  'plan-json': { type: 'path', mustExist: 'file' },
  'risk-rules': { type: 'path', mustExist: 'file' },
  comment: { type: 'enum', values: ['always', 'on-change', 'never'], default: 'always' },
  label: {
    type: 'string',
    pattern: /^[^\n<>]{1,64}$/,
    patternHint: 'at most 64 characters, no newlines or < >',
  },
  minimize: { type: 'boolean', default: false },
  labels: { type: 'boolean', default: false },
  'mask-patterns': { type: 'list', commas: false },
  'mask-env': { type: 'list' },
  'show-values': { type: 'boolean', default: true },
  'hash-salt': { type: 'string', secret: true },
  'hash-key': { type: 'string', secret: true },
  'github-token': { type: 'string', secret: true },
  'pr-number': { type: 'integer', min: 1 },
  timeout: { type: 'duration', default: '30m', minMs: 1000 },
} as const;

export type TerraformPlanInputs = Inputs<typeof spec>;

export function crossCheck(i: TerraformPlanInputs): string[] {
  const problems: string[] = [];
  if (i.planFile && i.planJson) problems.push('give `plan-file` or `plan-json`, not both.');
  for (const p of i.maskPatterns ?? []) {
    try {
      new RegExp(p);
    } catch (e) {
      problems.push(`\`mask-patterns\`: "${p}" is not a valid regular expression (${describeThrown(e)}).`);
    }
  }
  for (const n of i.maskEnv ?? [])
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n))
      problems.push(`\`mask-env\`: "${n}" is not an environment variable name.`);
  for (const k of Object.keys(i.variables ?? {}))
    if (!/^[A-Za-z_][\w-]*$/.test(k))
      problems.push(`\`variables\`: "${k}" is not a Terraform variable name.`);
  if (
    i.planJson &&
    (i.mode !== 'normal' || (i.varFiles ?? []).length || Object.keys(i.variables ?? {}).length)
  )
    problems.push('`plan-json` reads an existing plan: `mode`, `var-files` and `variables` do not apply.');
  return problems;
}

export interface TerraformPlanConfig {
  inputs: TerraformPlanInputs;
  /** The built-in risk rules with the `risk-rules` file applied. */
  rules: RiskRule[];
  /** The root module, absolute; `relPath` is how the report names it. */
  root: string;
  relPath: string;
  workspace: string;
  /** One sticky comment, folder and hash salt per (path, workspace, label). */
  key: string;
  /** Where the plan, its JSON and text, and the report are written. */
  outDir: string;
  salt: string;
  /** Link to the run (its job summary holds the full report). */
  runUrl: string | undefined;
}

export function buildConfig(
  inputs: TerraformPlanInputs,
  ctx: ActionRuntime['context'],
  env: NodeJS.ProcessEnv,
): TerraformPlanConfig {
  const rules = effectiveRules(
    BUILT_IN_RULES,
    inputs.riskRules ? parseRiskRules(readFileSync(inputs.riskRules, 'utf8'), inputs.riskRules) : undefined,
    inputs.riskRules,
  );
  const root = path.resolve(ctx.workspace, inputs.path);
  // Var files are relative to `path` (terraform runs there), confined like every path input.
  const varFileProblems = (inputs.varFiles ?? []).flatMap((f) => {
    try {
      resolveConfined(f, { workspace: ctx.workspace, temp: env.RUNNER_TEMP, base: root }, 'file');
      return [];
    } catch (e) {
      return [`\`var-files\`: ${describeThrown(e)}`];
    }
  });
  if (varFileProblems.length) throw new InputError(varFileProblems);
  const relPath = path.relative(ctx.workspace, root) || '.';
  const workspace = inputs.workspace ?? env.TF_WORKSPACE ?? 'default';
  const key = `${relPath}:${workspace}${inputs.label ? `:${inputs.label}` : ''}`;
  const outDir = path.join(
    env.RUNNER_TEMP ?? path.join(ctx.workspace, '.terraform-plan'),
    'pipewright-terraform-plan',
    key.replace(/[^\w.-]+/g, '_'),
  );
  return {
    inputs,
    rules,
    root,
    relPath,
    workspace,
    key,
    outDir,
    salt: inputs.hashSalt ?? `${ctx.owner}/${ctx.repo}:${key}`,
    runUrl:
      ctx.runId !== '0' ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}` : undefined,
  };
}
