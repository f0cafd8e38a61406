// Cold start of each bundle: valid inputs pointed at a closed loopback port (127.0.0.1:9), so the bundle loads
// everything it needs and stops at its first network call. Paired runs against `node -e 0`, both on this
// Node (24, via npm's PATH), NODE_EXTRA_CA_CERTS cleared. Writes the `cold-start` section of docs/performance.md.
//   npm run bench:cold-start [-- --runs 20]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, machineLine, median, writeSection } from './lib/report.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 20;
if (Number(process.versions.node.split('.')[0]) < 24) {
  console.error('run through npm (npm run bench:cold-start) so Node 24 is used');
  process.exit(1);
}
const actions = readdirSync(path.join(ROOT, 'actions')).filter((a) =>
  existsSync(path.join(ROOT, 'dist', a, 'index.js')),
);

function envFor(action) {
  const yml = parseYaml(readFileSync(path.join(ROOT, 'actions', action, 'action.yml'), 'utf8'));
  const smoke = JSON.parse(readFileSync(path.join(ROOT, 'actions', action, 'test', 'smoke.json'), 'utf8'));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pw-cold-'));
  for (const f of ['output', 'env', 'state', 'summary.md']) writeFileSync(path.join(tmp, f), '');
  writeFileSync(
    path.join(tmp, 'event.json'),
    JSON.stringify({
      pull_request: {
        number: 42,
        head: { sha: 'a'.repeat(40), ref: 'x', repo: { full_name: 'o/r' } },
        base: { ref: 'main' },
      },
      repository: { full_name: 'o/r' },
    }),
  );
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ROOT,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path.join(tmp, 'event.json'),
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_REF: 'refs/pull/42/merge',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql',
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    GITHUB_ENV: path.join(tmp, 'env'),
    GITHUB_STATE: path.join(tmp, 'state'),
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md'),
    RUNNER_TEMP: tmp,
  };
  for (const [k, d] of Object.entries(yml.inputs ?? {})) {
    if (d.default !== undefined)
      env[`INPUT_${k.toUpperCase()}`] = String(d.default).replace(
        /\$\{\{\s*github\.token\s*\}\}/,
        'ghs_bench',
      );
  }
  for (const [k, v] of Object.entries(smoke.coldStart?.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
  Object.assign(env, smoke.coldStart?.env ?? {});
  return env;
}

function time(args, env) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, cwd: ROOT, encoding: 'utf8' });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, status: r.status, stdout: r.stdout };
}

const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
// Targets set by the action issues, as a ratio to `node -e 0`, and what peers measured the same way.
const TARGETS = {
  'build-image': '≤ 3.5× (docker/build-push-action ~9×)',
  canary: '≤ 4×',
  'deploy-stack': '≤ 3.5× (aws-cloudformation-github-deploy ~6.6×)',
  'security-scan': '≤ 3× (zaproxy/action-baseline ~7×)',
  'terraform-plan': '≤ 3× (peers 2.4–5.9×)',
};
const rows = [];
for (const action of actions) {
  const env = envFor(action);
  const bundle = path.join(ROOT, 'dist', action, 'index.js');
  time(['-e', '0'], baseEnv);
  const first = time([bundle], env);
  const stop = (first.stdout.match(/^::(?:error|warning)[^:]*::(.*)$/m)?.[1] ?? '(no error)')
    .replace(/%0A.*/, '')
    .slice(0, 90);
  const base = [];
  const act = [];
  for (let i = 0; i < runs; i++) {
    base.push(time(['-e', '0'], baseEnv).ms);
    act.push(time([bundle], env).ms);
  }
  const kb = Math.round(readFileSync(bundle).length / 1024);
  rows.push({ action, base: median(base), act: median(act), kb, stop, status: first.status });
  console.log(
    `${action}: ${median(act).toFixed(0)} ms vs node -e 0 ${median(base).toFixed(0)} ms = ${(median(act) / median(base)).toFixed(2)}×  (${kb} kB) — stopped at: ${stop}`,
  );
}

const table = [
  '| action | bundle | median run | median `node -e 0` | ratio | target | where it stopped |',
  '|---|---:|---:|---:|---:|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.action} | ${r.kb} kB | ${r.act.toFixed(0)} ms | ${r.base.toFixed(0)} ms | **${(r.act / r.base).toFixed(2)}×** | ${TARGETS[r.action] ?? ''} | ${r.stop.replace(/\|/g, '\\|')} |`,
  ),
].join('\n');
writeSection(
  'cold-start',
  `## Cold start\n\n${table}\n\nHow: \`npm run bench:cold-start\` runs each bundle with its \`test/smoke.json\` \`coldStart\` inputs and every endpoint at the closed port 127.0.0.1:9, so it stops at its first network call ("where it stopped"); ${runs} paired runs with \`node -e 0\`, medians.
Machine: ${machineLine()}. Method, comparisons and what was tried to make bundles start faster: [notes/cold-start.md](notes/cold-start.md).`,
);
