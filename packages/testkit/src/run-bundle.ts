import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { eventByName, FULL_NAME, type EventSpec } from './events.ts';
import { REPO_ROOT, node24 } from './paths.ts';
import { parseKeyValueFile, parseWorkflowCommands, type Annotation } from './workflow-commands.ts';

/** GitHub's per-step cap on annotations of each level (reference/github-actions.md, from actions/toolkit docs). */
const ANNOTATIONS_PER_LEVEL = 10;

/** Throws when a step wrote more annotations of one level than GitHub shows (it drops the rest). */
export function assertWithinAnnotationCap(action: string, annotations: readonly Annotation[]): void {
  for (const level of ['error', 'warning', 'notice'] as const) {
    const n = annotations.filter((a) => a.level === level).length;
    if (n > ANNOTATIONS_PER_LEVEL)
      throw new Error(
        `runBundle: ${action} wrote ${n} ${level} annotations; GitHub shows at most ${ANNOTATIONS_PER_LEVEL} per level per step`,
      );
  }
}

export interface RunBundleOptions {
  inputs?: Record<string, string>;
  /** An event name with a built-in payload, or a full event. Default: pull_request. */
  event?: string | EventSpec;
  /** Extra environment (DOCKER_HOST, AWS_*, …). Values win over the runner-like defaults. */
  env?: Record<string, string | undefined>;
  workspace?: string;
  /** URL of the fake GitHub API; default: a closed port, so any unexpected call fails. */
  githubApiUrl?: string;
  token?: string;
  /** `main` (default) or `post`. */
  entry?: 'main' | 'post';
  /** State saved by the main step (core.saveState), given to the post step as STATE_* variables. */
  state?: Record<string, string>;
  timeoutMs?: number;
  /**
   * An input action.yml does not declare: tests refuse it (a typo in a test); the CLI passes it on after a
   * warning, as GitHub's runner does.
   */
  unexpectedInputs?: 'refuse' | 'pass';
  /** Sends this signal after the given delay (cancellation tests: the runner sends SIGINT). */
  signalAfter?: { signal: NodeJS.Signals; ms: number };
}

export interface RunBundleResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  outputs: Record<string, string>;
  env: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  masks: string[];
  /** Everything on stdout and stderr, raw (secrets unmasked: tests check we never print them). */
  log: string;
  stdout: string;
  stderr: string;
  durationMs: number;
}

interface ActionYml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; main: string; post?: string };
}

/**
 * GitHub's runner warning for inputs action.yml does not declare (actions/runner#429), or undefined:
 * "Unexpected input(s) 'a', 'b', valid inputs are ['x', 'y']".
 */
export function unexpectedInputsWarning(action: string, inputs: Record<string, string>): string | undefined {
  const valid = Object.keys(readActionYml(action).inputs ?? {});
  const unexpected = Object.keys(inputs).filter((n) => !valid.includes(n));
  if (!unexpected.length) return undefined;
  return `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${valid.join("', '")}']`;
}

export function readActionYml(action: string): ActionYml {
  const file = path.join(REPO_ROOT, 'actions', action, 'action.yml');
  if (!existsSync(file)) throw new Error(`no action named ${action} (no ${file})`);
  return parseYaml(readFileSync(file, 'utf8')) as ActionYml;
}

/** Evaluates the few expressions action.yml defaults use, the way the runner does. */
function evaluateDefault(value: string, ctx: { token: string; workspace: string }): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    if (expr === 'github.token') return ctx.token;
    if (expr === 'github.workspace') return ctx.workspace;
    if (expr === 'github.repository') return FULL_NAME;
    if (expr === 'runner.temp') return os.tmpdir();
    throw new Error(`runBundle: action.yml default uses an expression it cannot evaluate: \${{ ${expr} }}`);
  });
}

/**
 * Runs dist/<action>/index.js exactly as the runner does: Node 24, INPUT_* (hyphens kept, defaults from
 * action.yml applied), GITHUB_* variables, and the OUTPUT/ENV/STATE/STEP_SUMMARY files.
 */
export async function runBundle(action: string, o: RunBundleOptions = {}): Promise<RunBundleResult> {
  const yml = readActionYml(action);
  if (yml.runs.using !== 'node24')
    throw new Error(`${action}/action.yml runs.using is ${yml.runs.using}, expected node24`);
  const rel = o.entry === 'post' ? yml.runs.post : yml.runs.main;
  if (!rel) throw new Error(`${action} has no ${o.entry} entry`);
  const bundle = path.resolve(REPO_ROOT, 'actions', action, rel);
  if (!existsSync(bundle)) throw new Error(`bundle ${bundle} is missing: run npm run build`);

  const dir = mkdtempSync(path.join(os.tmpdir(), `pw-${action}-`));
  const workspace = o.workspace ?? path.join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const temp = path.join(dir, 'runner-temp');
  mkdirSync(temp);
  const files = {
    output: 'output',
    env: 'env',
    state: 'state',
    summary: 'summary.md',
    event: 'event.json',
    path: 'path',
  };
  for (const [k, f] of Object.entries(files)) if (k !== 'event') writeFileSync(path.join(dir, f), '');
  const event = typeof o.event === 'object' ? o.event : eventByName(o.event ?? 'pull_request');
  writeFileSync(path.join(dir, files.event), JSON.stringify(event.payload, null, 2));
  const token = o.token ?? 'ghs_testTOKEN0123456789abcdefABCDEF0123';
  const apiUrl = o.githubApiUrl ?? 'http://127.0.0.1:9';

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: FULL_NAME,
    GITHUB_REPOSITORY_OWNER: FULL_NAME.split('/')[0] as string,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: path.join(dir, files.event),
    GITHUB_SHA: event.sha,
    GITHUB_REF: event.ref,
    GITHUB_RUN_ID: '7000000001',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'test',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_OUTPUT: path.join(dir, files.output),
    GITHUB_ENV: path.join(dir, files.env),
    GITHUB_STATE: path.join(dir, files.state),
    GITHUB_PATH: path.join(dir, files.path),
    GITHUB_STEP_SUMMARY: path.join(dir, files.summary),
    GITHUB_ACTION_PATH: path.join(REPO_ROOT, 'actions', action),
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
  };
  for (const [name, def] of Object.entries(yml.inputs ?? {})) {
    if (def.default !== undefined)
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = evaluateDefault(String(def.default), {
        token,
        workspace,
      });
  }
  for (const [name, value] of Object.entries(o.inputs ?? {})) {
    if (!(name in (yml.inputs ?? {})) && o.unexpectedInputs !== 'pass')
      throw new Error(`runBundle: ${action} has no input named ${name} (action.yml)`);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [k, v] of Object.entries(o.state ?? {})) env[`STATE_${k}`] = v;
  for (const [k, v] of Object.entries(o.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }

  const started = Date.now();
  const child = spawn(node24(), [bundle], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let log = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString('utf8');
    log += c.toString('utf8');
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString('utf8');
    log += c.toString('utf8');
  });
  const timers: NodeJS.Timeout[] = [];
  if (o.signalAfter) {
    const s = o.signalAfter;
    timers.push(setTimeout(() => child.kill(s.signal), s.ms));
  }
  const timeoutMs = o.timeoutMs ?? 120_000;
  timers.push(setTimeout(() => child.kill('SIGKILL'), timeoutMs));
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (c, s) => resolve([c, s])),
  );
  timers.forEach(clearTimeout);

  const parsed = parseWorkflowCommands(stdout);
  // every bundle run in every test is held to GitHub's cap, not only the tests that look
  assertWithinAnnotationCap(action, parsed.annotations);
  const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
  return {
    exitCode,
    signal,
    outputs: parseKeyValueFile(read(files.output)),
    env: parseKeyValueFile(read(files.env)),
    state: parseKeyValueFile(read(files.state)),
    summary: read(files.summary),
    annotations: parsed.annotations,
    masks: parsed.masks,
    log,
    stdout,
    stderr,
    durationMs: Date.now() - started,
  };
}
