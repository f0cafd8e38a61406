import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError, describeThrown } from './errors.ts';
import { parseDuration } from '../util/time.ts';

interface Base<T> {
  required?: boolean;
  default?: T;
  /** Registered with the runner's masker before anything is logged. */
  secret?: boolean;
}
export type InputDef =
  | ({ type: 'string'; pattern?: RegExp; patternHint?: string } & Base<string>)
  | ({ type: 'boolean' } & Base<boolean>)
  | ({ type: 'integer'; min?: number; max?: number } & Base<number>)
  | ({ type: 'duration'; minMs?: number; maxMs?: number } & Base<string>)
  | ({ type: 'enum'; values: readonly string[] } & Base<string>)
  | ({ type: 'list'; commas?: boolean } & Base<readonly string[]>)
  /**
   * `K=V` lines or a YAML mapping. The YAML parser is given by the spec (`yaml: parseYaml` from
   * @pipewright/shared/yaml) so that an action without map inputs does not bundle and load one (cold start).
   */
  | ({ type: 'map'; yaml: (text: string) => unknown } & Base<Readonly<Record<string, string>>>)
  | ({ type: 'path'; mustExist?: 'file' | 'dir' | 'any' } & Base<string>)
  /** A list of paths (newline or comma separated), each confined like `path`. */
  | ({ type: 'paths'; mustExist?: 'file' | 'dir' | 'any'; commas?: boolean } & Base<readonly string[]>);

export type InputSpec = Readonly<Record<string, InputDef>>;

type ValueOf<D extends InputDef> = D extends { type: 'string' }
  ? string
  : D extends { type: 'boolean' }
    ? boolean
    : D extends { type: 'integer' } | { type: 'duration' }
      ? number
      : D extends { type: 'enum'; values: readonly (infer V)[] }
        ? V
        : D extends { type: 'list' } | { type: 'paths' }
          ? string[]
          : D extends { type: 'map' }
            ? Record<string, string>
            : string;

type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
type Present<D> = D extends { required: true } ? true : D extends { default: unknown } ? true : false;

/** The typed inputs of a spec: kebab-case names become camelCase; optional inputs are `undefined`, never ''. */
export type Inputs<S extends InputSpec> = {
  -readonly [K in keyof S & string as Camel<K>]: Present<S[K]> extends true
    ? ValueOf<S[K]>
    : ValueOf<S[K]> | undefined;
};

export interface InputSource {
  env: NodeJS.ProcessEnv;
  /**
   * Root that `path` inputs are resolved against and confined to: GITHUB_WORKSPACE, or the working
   * directory. RUNNER_TEMP (from `env`) is accepted too: earlier steps, ours included, write files there.
   */
  workspace: string;
  /** Called with every secret input value before parsing goes on. */
  onSecret?: (value: string) => void;
}

/** The environment variable the runner sets for an input: spaces become `_`, hyphens are kept, upper-cased. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/**
 * Reads every input of the spec, validating all of them and reporting every problem at once.
 * `crossCheck` rejects contradictory combinations; it runs only when each input is valid on its own.
 */
export function getInputs<S extends InputSpec>(
  spec: S,
  source: InputSource,
  crossCheck?: (inputs: Inputs<S>) => string[],
): Inputs<S> {
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(spec)) {
    const raw = source.env[inputEnvName(name)];
    const text = raw === undefined ? '' : def.type === 'map' || def.type === 'list' ? raw : raw.trim();
    if (def.secret && text.trim() !== '') source.onSecret?.(text.trim());
    if (text.trim() === '') {
      if (def.required) problems.push(`\`${name}\` is required but was empty or not given.`);
      out[camelCase(name)] =
        def.type === 'duration' && def.default !== undefined ? parseDuration(def.default) : def.default;
      continue;
    }
    try {
      out[camelCase(name)] = parseOne(name, def, text, source.workspace, source.env.RUNNER_TEMP);
    } catch (e) {
      problems.push(describeThrown(e));
    }
  }
  if (problems.length) throw new InputError(problems);
  const inputs = out as Inputs<S>;
  const contradictions = crossCheck?.(inputs) ?? [];
  if (contradictions.length) throw new InputError(contradictions);
  return inputs;
}

function parseOne(
  name: string,
  def: InputDef,
  text: string,
  workspace: string,
  temp: string | undefined,
): unknown {
  const bad = (why: string): never => {
    throw new Error(`\`${name}\`: ${why}`);
  };
  switch (def.type) {
    case 'string':
      if (def.pattern && !def.pattern.test(text))
        bad(def.patternHint ?? `"${text}" does not match ${def.pattern}`);
      return text;
    case 'boolean':
      if (TRUE.has(text)) return true;
      if (FALSE.has(text)) return false;
      return bad(`"${text}" is not a boolean; use true or false.`);
    case 'integer': {
      if (!/^[+-]?\d+$/.test(text)) bad(`"${text}" is not a whole number.`);
      const n = Number(text);
      if (def.min !== undefined && n < def.min) bad(`${n} is below the minimum of ${def.min}.`);
      if (def.max !== undefined && n > def.max) bad(`${n} is above the maximum of ${def.max}.`);
      return n;
    }
    case 'duration': {
      const ms = parseDuration(text);
      if (ms === undefined)
        return bad(`"${text}" is not a duration; write e.g. 90s, 5m, 1h30m or a number of seconds.`);
      if (def.minMs !== undefined && ms < def.minMs)
        bad(`${text} is shorter than the minimum of ${def.minMs / 1000}s.`);
      if (def.maxMs !== undefined && ms > def.maxMs)
        bad(`${text} is longer than the maximum of ${def.maxMs / 1000}s.`);
      return ms;
    }
    case 'enum':
      if (!def.values.includes(text)) bad(`"${text}" is not one of: ${def.values.join(', ')}.`);
      return text;
    case 'list':
      return parseList(text, def.commas ?? true);
    case 'map':
      return parseMap(text, bad, def.yaml);
    case 'path':
      return confinePath(text, workspace, def.mustExist, bad, temp);
    case 'paths':
      return parseList(text, def.commas ?? true).map((p) =>
        confinePath(p, workspace, def.mustExist, bad, temp),
      );
  }
}

/** Newline-separated (and, unless disabled, comma-separated) items; blank items and `#` comment lines dropped. */
export function parseList(text: string, commas = true): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => (commas ? line.split(',') : [line]))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A YAML mapping (`k: v`) or `K=V` lines; values become strings. */
export function parseMap(
  text: string,
  bad: (why: string) => never,
  parseYaml: (text: string) => unknown,
): Record<string, string> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (lines.length && lines.every((l) => /^\s*[^=:\s]+=/.test(l))) {
    return Object.fromEntries(
      lines.map((l) => [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim()]),
    );
  }
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    return bad(`not a valid YAML map or K=V lines (${describeThrown(e).split('\n')[0]}).`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    return bad('expected a YAML map (`key: value`) or K=V lines.');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(doc as Record<string, unknown>)) {
    if (v !== null && typeof v === 'object')
      return bad(`the value of "${k}" must be a scalar, not a ${Array.isArray(v) ? 'list' : 'map'}.`);
    out[k] = v === null ? '' : String(v);
  }
  return out;
}

/** Where path inputs may point: the workspace, RUNNER_TEMP, and what a relative path is resolved against. */
export interface PathRoots {
  workspace: string;
  /** RUNNER_TEMP: earlier steps (ours included) write plans, reports and SARIF files there. */
  temp?: string | undefined;
  /** What a relative path is resolved against (default: the workspace), e.g. a Terraform root module. */
  base?: string;
}

/** The real path of `p`, or of its nearest existing ancestor joined with the rest (for files yet to write). */
function realish(p: string): { real: string; exists: boolean } {
  try {
    return { real: realpathSync(p), exists: true };
  } catch {
    const parent = path.dirname(p);
    if (parent === p) return { real: p, exists: false };
    return { real: path.join(realish(parent).real, path.basename(p)), exists: false };
  }
}

const inside = (root: string, p: string) => {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
};

/**
 * Resolves a path input and refuses anything outside the workspace and RUNNER_TEMP: `..`, absolute paths
 * elsewhere, and symlinks (anywhere on the way) that lead out. Throws an Error whose message says why; it
 * names paths only, never a file's contents. Returns the absolute (unresolved) path.
 */
export function resolveConfined(text: string, roots: PathRoots, mustExist?: 'file' | 'dir' | 'any'): string {
  const candidates = [roots.workspace, ...(roots.temp ? [roots.temp] : [])].flatMap((r) => {
    try {
      return [realpathSync(r)];
    } catch {
      return [];
    }
  });
  const abs = path.resolve(roots.base ?? roots.workspace, text);
  const { real, exists } = realish(abs);
  if (!candidates.some((root) => inside(root, real))) {
    const where = `the workspace (${candidates[0] ?? roots.workspace})${candidates[1] ? ` or RUNNER_TEMP (${candidates[1]})` : ''}`;
    const lexical = [roots.workspace, ...(roots.temp ? [roots.temp] : [])].some((r) =>
      inside(path.resolve(r), abs),
    );
    throw new Error(
      lexical
        ? `"${text}" leads through a symbolic link to ${real}, outside ${where}.`
        : `"${text}" is outside ${where}; give a path inside the workspace (relative to it) or under RUNNER_TEMP.`,
    );
  }
  // Only now: whether a file outside exists is none of the input's business.
  if (!exists && mustExist) throw new Error(`"${text}" does not exist (looked for ${abs}).`);
  if (exists && (mustExist === 'file' || mustExist === 'dir')) {
    const st = statSync(real);
    if (mustExist === 'file' && !st.isFile()) throw new Error(`"${text}" is not a file.`);
    if (mustExist === 'dir' && !st.isDirectory()) throw new Error(`"${text}" is not a directory.`);
  }
  return abs;
}

/**
 * Resolves a path against the workspace and refuses anything that escapes it and RUNNER_TEMP (also through
 * symlinks); `bad` is called with the reason.
 */
export function confinePath(
  text: string,
  workspace: string,
  mustExist: 'file' | 'dir' | 'any' | undefined,
  bad: (why: string) => never,
  temp: string | undefined = process.env.RUNNER_TEMP,
): string {
  try {
    return resolveConfined(text, { workspace, temp }, mustExist);
  } catch (e) {
    return bad(describeThrown(e));
  }
}
