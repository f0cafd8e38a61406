// One whole action step as the runner runs it: `node <bundle>` in a fresh process, INPUT_* from the action's
// action.yml defaults plus the given inputs, the runner's GITHUB_* variables and files (OUTPUT, ENV, STATE,
// STEP_SUMMARY), a workflow_dispatch event (not about a pull request, so neither action calls the GitHub API;
// a push would make ours look up the commit's PR; GITHUB_API_URL is a closed port, so a call would fail). Timed from spawn to exit; CPU time and peak RSS from GNU time (/usr/bin/time).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { FULL_NAME, workflowDispatchEvent } from '../../packages/testkit/src/events.ts';

const TOKEN = 'ghs_benchDUMMYtoken0123456789abcdefABCDEF';

/** Inputs as the runner passes them: every action.yml default (the few expressions evaluated), then `inputs`. */
function inputEnv(actionYml, inputs, workspace) {
  const yml = parseYaml(readFileSync(actionYml, 'utf8'));
  const env = {};
  const set = (name, value) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value);
  for (const [name, def] of Object.entries(yml.inputs ?? {})) {
    if (def?.default === undefined) continue;
    set(
      name,
      String(def.default).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr) => {
        if (expr === 'github.token') return TOKEN;
        if (expr === 'github.workspace') return workspace;
        throw new Error(`${actionYml}: default uses \${{ ${expr} }}, which the bench does not evaluate`);
      }),
    );
  }
  for (const [name, value] of Object.entries(inputs)) {
    if (!(name in (yml.inputs ?? {}))) throw new Error(`${actionYml} declares no input ${name}`);
    set(name, value);
  }
  return env;
}

/**
 * Runs `node bundle` once. Returns wall ms (spawn to exit), CPU ms (user + system, GNU time), peak RSS (KiB),
 * the step's outputs file, job summary and log. `nodeArgs` (e.g. --cpu-prof) only for looking into one run.
 */
export function runStep({ node, nodeArgs = [], bundle, actionYml, inputs, workspace }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-bench-step-'));
  try {
    const temp = path.join(dir, 'runner-temp');
    mkdirSync(temp);
    const f = (n) => path.join(dir, n);
    for (const n of ['output', 'env', 'state', 'path', 'summary.md']) writeFileSync(f(n), '');
    const event = workflowDispatchEvent();
    writeFileSync(f('event.json'), JSON.stringify(event.payload));
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/root',
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: FULL_NAME,
      GITHUB_REPOSITORY_OWNER: FULL_NAME.split('/')[0],
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: f('event.json'),
      GITHUB_SHA: event.sha,
      GITHUB_REF: event.ref,
      GITHUB_RUN_ID: '7000000001',
      GITHUB_RUN_NUMBER: '17',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'plan',
      GITHUB_ACTOR: 'octocat',
      GITHUB_WORKFLOW: 'ci',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'http://127.0.0.1:65535',
      GITHUB_GRAPHQL_URL: 'http://127.0.0.1:65535/graphql',
      GITHUB_OUTPUT: f('output'),
      GITHUB_ENV: f('env'),
      GITHUB_STATE: f('state'),
      GITHUB_PATH: f('path'),
      GITHUB_STEP_SUMMARY: f('summary.md'),
      GITHUB_ACTION_PATH: path.dirname(actionYml),
      RUNNER_TEMP: temp,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      ...inputEnv(actionYml, inputs, workspace),
    }; // NODE_EXTRA_CA_CERTS and NODE_OPTIONS are not passed on
    const log = openSync(f('log'), 'w');
    const t0 = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', f('time'), node, ...nodeArgs, bundle], {
      cwd: workspace,
      env,
      stdio: ['ignore', log, log],
    });
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    closeSync(log);
    const text = readFileSync(f('log'), 'utf8');
    if (r.status !== 0) throw new Error(`${bundle} exited ${r.status ?? r.signal}:\n${text.slice(-3000)}`);
    const [user, sys, rss] = readFileSync(f('time'), 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    return {
      wallMs,
      cpuMs: (user + sys) * 1000,
      maxRssKb: rss,
      output: readFileSync(f('output'), 'utf8'),
      summary: readFileSync(f('summary.md'), 'utf8'),
      log: text,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A value of the runner's `name<<delimiter` outputs file (what @actions/core and our shared core write). */
export function outputValue(file, name) {
  const lines = file.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)(?:<<(.+)|=(.*))$/.exec(lines[i]);
    if (!m || m[1] !== name) continue;
    if (m[3] !== undefined) return m[3];
    const end = lines.indexOf(m[2], i + 1);
    return lines.slice(i + 1, end).join('\n');
  }
  return undefined;
}
