/**
 * Validates an action's metadata file (action.yml) the way GitHub reads it, then against pipewright's own rules.
 *
 * 1. GitHub's own parser and schema (`@actions/workflow-parser`, `parseAction`, schema `action-root-strict`):
 *    YAML syntax, unknown top-level or `runs` keys, `name`/`description`/`runs` present, `required` a boolean,
 *    `branding.icon` / `branding.color` from GitHub's allowed sets.
 * 2. Rules the schema leaves loose (from GitHub's metadata-syntax reference and docs/architecture.md):
 *    `runs.using` is node24; `runs.main` is `../../dist/<name>/index.js` and exists; `runs.pre`/`runs.post`, when
 *    present, point at an existing file inside `dist/<name>/`; input ids are kebab-case; each input has a
 *    description and no unknown key; each default is a YAML string (`default: false` or `default: 1.10` would be
 *    coerced by YAML before GitHub sees it); each output has a description.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { NoOperationTraceWriter, isMapping, isString } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';

export interface ActionInput {
  id: string;
  description: string;
  required: boolean;
  default: string | undefined;
  deprecationMessage: string | undefined;
}
export interface ActionOutput {
  id: string;
  description: string;
}
export interface ActionMetadata {
  name: string;
  description: string;
  using: string;
  main: string | undefined;
  inputs: ActionInput[];
  outputs: ActionOutput[];
}
export interface ActionCheck {
  metadata: ActionMetadata | undefined;
  errors: string[];
}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const INPUT_KEYS = new Set(['description', 'required', 'default', 'deprecationMessage']);
// YAML 1.2 core schema: plain scalars that resolve to null, booleans or numbers rather than strings.
const YAML_NON_STRING =
  /^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

function scalarText(token: TemplateToken | undefined): string | undefined {
  if (token === undefined) return undefined;
  return token.isScalar ? String(token) : undefined;
}

/** The source text of a single-line scalar token, to tell `default: false` from `default: 'false'`. */
function rawText(lines: string[], token: TemplateToken): string | undefined {
  const r = token.range;
  if (!r || r.start.line !== r.end.line) return undefined;
  return lines[r.start.line - 1]?.slice(r.start.column - 1, r.end.column - 1);
}

function at(file: string, token: TemplateToken | undefined): string {
  return token?.line !== undefined ? `${file} (Line: ${token.line}, Col: ${token.col})` : file;
}

function entries(token: TemplateToken | undefined): Array<[string, TemplateToken, TemplateToken]> {
  if (!token || !isMapping(token)) return [];
  return [...(token as MappingToken)].map((p) => [String(p.key), p.value, p.key]);
}

/**
 * Checks one action.yml. `file` is its path (used to resolve `runs.main`), `name` the action's folder name,
 * `repoRoot` the root holding dist/.
 */
export function checkActionMetadata(
  file: string,
  content: string,
  name: string,
  repoRoot: string,
): ActionCheck {
  const label = path.relative(repoRoot, file) || file;
  const parsed = parseAction({ name: label, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  const root = parsed.value;
  if (!root || !isMapping(root))
    return { metadata: undefined, errors: errors.length ? errors : [`${label}: not a mapping`] };
  const lines = content.split(/\r?\n/);
  const top = root as MappingToken;

  const description = scalarText(top.find('description'));
  if (description !== undefined && description.trim() === '')
    errors.push(`${at(label, top.find('description'))}: description is empty`);

  // runs
  const runs = top.find('runs');
  const runsMap = runs && isMapping(runs) ? (runs as MappingToken) : undefined;
  const using = scalarText(runsMap?.find('using')) ?? '';
  if (runsMap && using !== 'node24') {
    errors.push(
      `${at(label, runsMap.find('using'))}: runs.using is '${using}': GitHub runs JavaScript actions on node20 or node24 only, and every pipewright action declares node24`,
    );
  }
  const distDir = path.join(repoRoot, 'dist', name);
  const actionDir = path.dirname(file);
  const main = scalarText(runsMap?.find('main'));
  if (main !== undefined) {
    const expected = path.join(distDir, 'index.js');
    const resolved = path.resolve(actionDir, main);
    if (path.isAbsolute(main) || resolved !== expected) {
      errors.push(
        `${at(label, runsMap?.find('main'))}: runs.main '${main}' must be the path from the action.yml to dist/${name}/index.js: '${path.relative(actionDir, expected)}'`,
      );
    } else if (!existsSync(resolved) || !statSync(resolved).isFile()) {
      errors.push(
        `${at(label, runsMap?.find('main'))}: runs.main '${main}' does not exist: run npm run build -- ${name}`,
      );
    }
  }
  for (const hook of ['pre', 'post'] as const) {
    const token = runsMap?.find(hook);
    const value = scalarText(token);
    if (value === undefined) continue;
    const resolved = path.resolve(actionDir, value);
    if (path.isAbsolute(value) || !resolved.startsWith(distDir + path.sep)) {
      errors.push(
        `${at(label, token)}: runs.${hook} '${value}' must point into dist/${name}/, relative to the action.yml`,
      );
    } else if (!existsSync(resolved) || !statSync(resolved).isFile()) {
      errors.push(
        `${at(label, token)}: runs.${hook} '${value}' does not exist: run npm run build -- ${name}`,
      );
    }
  }

  // inputs
  const inputs: ActionInput[] = [];
  for (const [id, value, key] of entries(top.find('inputs'))) {
    if (!KEBAB.test(id)) errors.push(`${at(label, key)}: input '${id}' is not kebab-case (e.g. 'fail-on')`);
    const props = isMapping(value) ? (value as MappingToken) : undefined;
    if (!props) {
      errors.push(`${at(label, value)}: input '${id}' must be a mapping with a description`);
      continue;
    }
    for (const [prop, , propKey] of entries(props)) {
      if (!INPUT_KEYS.has(prop)) {
        errors.push(
          `${at(label, propKey)}: input '${id}' has unknown key '${prop}' (allowed: ${[...INPUT_KEYS].join(', ')})`,
        );
      }
    }
    const desc = scalarText(props.find('description'));
    if (desc === undefined || desc.trim() === '')
      errors.push(`${at(label, key)}: input '${id}' has no description`);
    const def = props.find('default');
    if (def && isString(def)) {
      const raw = rawText(lines, def);
      if (raw !== undefined && YAML_NON_STRING.test(raw.trim())) {
        errors.push(
          `${at(label, def)}: input '${id}' default ${raw.trim()} is not a YAML string: quote it ('${raw.trim()}')`,
        );
      }
    }
    const required = props.find('required');
    inputs.push({
      id,
      description: desc ?? '',
      required: required?.isLiteral === true && String(required) === 'true',
      default: scalarText(def),
      deprecationMessage: scalarText(props.find('deprecationMessage')),
    });
  }

  // outputs
  const outputs: ActionOutput[] = [];
  for (const [id, value, key] of entries(top.find('outputs'))) {
    const props = isMapping(value) ? (value as MappingToken) : undefined;
    const desc = scalarText(props?.find('description'));
    if (desc === undefined || desc.trim() === '')
      errors.push(`${at(label, key)}: output '${id}' has no description`);
    outputs.push({ id, description: desc ?? '' });
  }

  return {
    metadata: {
      name: scalarText(top.find('name')) ?? '',
      description: description ?? '',
      using,
      main,
      inputs,
      outputs,
    },
    errors,
  };
}
