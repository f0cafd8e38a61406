/**
 * The local runner: runs a bundled action exactly as GitHub's runner would, against the fake GitHub API,
 * and prints what a reviewer would see: outputs, annotations, the job summary and the PR comment(s).
 *
 *   npx pipewright run <action> [--input name=value …] [--event pull_request|push|workflow_dispatch] [--env K=V …]
 *   npx pipewright demo
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eventByName, pullRequestEvent } from './events.ts';
import { listActions, REPO_ROOT } from './paths.ts';
import { runBundle, unexpectedInputsWarning, type RunBundleResult } from './run-bundle.ts';
import { parseWorkflowCommands } from './workflow-commands.ts';
import { startFakeGitHub } from './github-fake/server.ts';
import { DEMOS, demoVerdict } from './demo.ts';

const USAGE = `usage:
  pipewright run <action> [--input name=value …] [--event pull_request|push|workflow_dispatch] [--env K=V …] [--workspace DIR]
  pipewright demo [action …] runs each action (or the named ones) on the embedded examples/ (no cloud account needed)
  pipewright --help
actions: ${listActions().join(', ')}`;

const HELP_FLAGS = new Set(['--help', '-h', 'help']);

function pairs(values: string[] | undefined, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values ?? []) {
    const eq = v.indexOf('=');
    if (eq <= 0) throw new Error(`${flag} takes name=value, got ${JSON.stringify(v)}`);
    out[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return out;
}

const rule = (title: string) => `\n── ${title} ${'─'.repeat(Math.max(4, 72 - title.length))}`;

export function printResult(action: string, r: RunBundleResult, comments: string[]): void {
  console.log(rule(`${action}: log (as the runner shows it: commands applied, masked values as ***)`));
  const masks = [...r.masks].filter((m) => m.length > 0).sort((a, b) => b.length - a.length);
  const mask = (line: string) => masks.reduce((acc, m) => acc.split(m).join('***'), line);
  const shown = parseWorkflowCommands(r.stdout).lines.map(mask).join('\n').trimEnd();
  console.log(shown);
  if (r.stderr.trim()) console.log(mask(r.stderr.trimEnd()));
  console.log(rule(`${action}: exit code ${r.exitCode}`));
  console.log(rule(`${action}: outputs`));
  for (const [k, v] of Object.entries(r.outputs))
    console.log(`${k}=${v.length > 300 ? `${v.slice(0, 300)}… (${v.length} chars)` : v}`);
  console.log(rule(`${action}: annotations`));
  for (const a of r.annotations)
    console.log(`${a.level}${a.file ? ` ${a.file}${a.line ? `:${a.line}` : ''}` : ''}: ${a.message}`);
  if (r.summary.trim()) {
    console.log(rule(`${action}: job summary (${Buffer.byteLength(r.summary)} bytes)`));
    console.log(r.summary.trimEnd());
  }
  for (const c of comments) {
    console.log(rule(`${action}: PR comment (${c.length} chars)`));
    console.log(c);
  }
}

async function runOne(
  action: string,
  inputs: Record<string, string>,
  event: string,
  env: Record<string, string>,
  workspace: string,
): Promise<number> {
  // As GitHub's runner does: an input action.yml does not declare is a warning, and is passed on.
  const unexpected = unexpectedInputsWarning(action, inputs);
  if (unexpected) console.error(`warning: ${unexpected}`);
  const gh = await startFakeGitHub();
  try {
    const ev = event === 'pull_request' ? pullRequestEvent() : eventByName(event);
    const r = await runBundle(action, {
      inputs,
      event: ev,
      env,
      workspace,
      githubApiUrl: gh.url,
      unexpectedInputs: 'pass',
    });
    printResult(
      action,
      r,
      gh.issueComments(42).map((c) => c.body),
    );
    for (const bad of gh.rejected) {
      console.log(`fake GitHub rejected ${bad.method} ${bad.path} (${bad.status}): ${bad.problem ?? ''}`);
    }
    return r.exitCode ?? 1;
  } finally {
    await gh.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined) {
    console.error(USAGE);
    return 2;
  }
  if (HELP_FLAGS.has(cmd) || rest.some((a) => a === '--help' || a === '-h')) {
    console.log(USAGE);
    return 0;
  }
  if (cmd === 'run') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        input: { type: 'string', multiple: true, short: 'i' },
        event: { type: 'string', default: 'pull_request' },
        env: { type: 'string', multiple: true },
        workspace: { type: 'string' },
      },
    });
    const action = positionals[0];
    if (!action || !listActions().includes(action)) {
      console.error(`${action ? `unknown action ${action}\n` : ''}${USAGE}`);
      return 2;
    }
    return runOne(
      action,
      pairs(values.input, '--input'),
      values.event ?? 'pull_request',
      pairs(values.env, '--env'),
      path.resolve(values.workspace ?? process.cwd()),
    );
  }
  if (cmd === 'demo') {
    let failed = 0;
    const only = rest.filter((a) => !a.startsWith('-'));
    const unknown = only.filter((a) => !DEMOS.some((d) => d.action === a));
    if (unknown.length) {
      console.error(
        `unknown demo ${unknown.join(', ')} (demos: ${DEMOS.map((d) => d.action).join(', ')})\n${USAGE}`,
      );
      return 2;
    }
    const demos = only.length ? DEMOS.filter((d) => only.includes(d.action)) : DEMOS;
    for (const demo of demos) {
      console.log(`\n${'═'.repeat(80)}\n${demo.title}\n${'═'.repeat(80)}`);
      const extra = demo.setup ? await demo.setup() : undefined;
      let code: number;
      try {
        code = await runOne(
          demo.action,
          { ...demo.inputs, ...extra?.inputs },
          demo.event ?? 'pull_request',
          { ...demo.env?.(), ...extra?.env },
          REPO_ROOT,
        );
      } finally {
        await extra?.stop();
      }
      if (code !== (demo.expectExit ?? 0)) failed++;
    }
    console.log(`\n${demoVerdict(failed, demos.length)}`);
    return failed ? 1 : 0;
  }
  console.error(`unknown command ${cmd}\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`pipewright: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
