import { readFileSync } from 'node:fs';
import { parseYaml } from '@pipewright/shared/yaml';
import { confinePath, describeThrown, UserError } from '@pipewright/shared/action';

export interface ParameterSet {
  values: Record<string, string>;
  /** Tags found in a CodePipeline-style file ({"Parameters": {...}, "Tags": {...}}). */
  tags: Record<string, string>;
}

const bad = (where: string, why: string): never => {
  throw new UserError(`\`parameters\`${where}: ${why}`, {
    hint:
      'Give a YAML map (`Key: value`), `Key=value` lines, or `file://path` to a YAML/JSON file shaped as ' +
      '[{"ParameterKey": "K", "ParameterValue": "V"}], {"Parameters": {"K": "V"}} or ["K=V"].',
  });
};

function scalar(where: string, key: string, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map((x) => scalar(where, key, x)).join(',');
  if (typeof v === 'object') return bad(where, `the value of "${key}" must be a scalar, not a map.`);
  return String(v);
}

function fromKeyValueLines(lines: string[], where: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of lines) {
    const i = l.indexOf('=');
    if (i <= 0) bad(where, `"${l}" is not of the form Key=value.`);
    out[l.slice(0, i).trim()] = l.slice(i + 1).trim();
  }
  return out;
}

/** Normalises the common shapes of a parsed parameters document. */
export function normaliseParameters(doc: unknown, where: string): ParameterSet {
  if (doc === null || doc === undefined) return { values: {}, tags: {} };
  if (Array.isArray(doc)) {
    if (doc.every((x) => typeof x === 'string')) return { values: fromKeyValueLines(doc, where), tags: {} };
    const values: Record<string, string> = {};
    for (const [i, item] of doc.entries()) {
      const o = item as Record<string, unknown> | null;
      if (!o || typeof o !== 'object' || typeof o.ParameterKey !== 'string')
        bad(where, `item ${i + 1} has no ParameterKey (expected {"ParameterKey": …, "ParameterValue": …}).`);
      const key = (o as Record<string, unknown>).ParameterKey as string;
      if ((o as Record<string, unknown>).UsePreviousValue === true) continue;
      values[key] = scalar(where, key, (o as Record<string, unknown>).ParameterValue);
    }
    return { values, tags: {} };
  }
  if (typeof doc !== 'object') return bad(where, 'expected a map, a list or Key=value lines.');
  const o = doc as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length > 0 && keys.every((k) => k === 'Parameters' || k === 'Tags' || k === 'StackPolicy')) {
    const p = (o.Parameters ?? {}) as Record<string, unknown>;
    const t = (o.Tags ?? {}) as Record<string, unknown>;
    if (typeof p !== 'object' || Array.isArray(p)) bad(where, '`Parameters` must be a map.');
    if (typeof t !== 'object' || Array.isArray(t)) bad(where, '`Tags` must be a map.');
    return {
      values: Object.fromEntries(Object.entries(p).map(([k, v]) => [k, scalar(where, k, v)])),
      tags: Object.fromEntries(Object.entries(t).map(([k, v]) => [k, scalar(where, k, v)])),
    };
  }
  return { values: Object.fromEntries(keys.map((k) => [k, scalar(where, k, o[k])])), tags: {} };
}

/**
 * The `parameters` input: a YAML/JSON document in any of the shapes, `K=V` lines, or `file://path`
 * (confined to the workspace) to such a document.
 */
export function parseParameters(text: string | undefined, workspace: string): ParameterSet {
  if (text === undefined || text.trim() === '') return { values: {}, tags: {} };
  const trimmed = text.trim();
  let where = '';
  let body = text;
  if (trimmed.startsWith('file://')) {
    const rel = trimmed.slice('file://'.length);
    const file = confinePath(rel, workspace, 'file', (why) => bad('', why));
    where = ` (${rel})`;
    body = readFileSync(file, 'utf8');
  }
  const lines = body.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (lines.length && lines.every((l) => /^\s*[A-Za-z0-9]+\s*=/.test(l)))
    return { values: fromKeyValueLines(lines, where), tags: {} };
  let doc: unknown;
  try {
    doc = parseYaml(body);
  } catch (e) {
    return bad(where, `not valid YAML or JSON (${describeThrown(e).split('\n')[0]}).`);
  }
  if (typeof doc === 'string') return bad(where, `"${doc}" is not a map, a list or Key=value lines.`);
  return normaliseParameters(doc, where);
}

/** Keys the template does not declare; CloudFormation would reject them only after the change set call. */
export function unknownKeys(given: Record<string, string>, declared: readonly string[]): string[] {
  const known = new Set(declared);
  return Object.keys(given).filter((k) => !known.has(k));
}
