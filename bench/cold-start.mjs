// Cold start of each bundle: valid inputs pointed at a closed loopback port (127.0.0.1:9), so the bundle loads
// everything it needs and stops at its first network call. Paired runs against `node -e 0`, both on this
// Node (24, via npm's PATH), NODE_EXTRA_CA_CERTS cleared. Writes the `cold-start` section of docs/performance.md.
//   npm run bench:cold-start [-- --runs 20] [-- --only deploy-stack]
// Side by side with older bundles (a shared machine's load swings absolute times, so compare interleaved runs):
//   git worktree add --detach /tmp/cs-old <commit>
//   COLD_START_BASELINE=/tmp/cs-old npm run bench:cold-start -- --runs 20
// runs node -e 0, the baseline bundle (with the baseline checkout's action.yml, smoke.json and examples) and this
// bundle in turn, alternating which bundle goes first, prints wall-time medians and CPU-time means (the steadier
// figure on a loaded machine) and leaves docs/performance.md alone.
import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, machineLine, median, writeSection } from './lib/report.mjs';

const arg = (name) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const runs = Number(arg('--runs')) || 20;
const only = arg('--only')?.split(',');
const BASELINE = process.env.COLD_START_BASELINE ? path.resolve(process.env.COLD_START_BASELINE) : undefined;
if (Number(process.versions.node.split('.')[0]) < 24) {
  console.error('run through npm (npm run bench:cold-start) so Node 24 is used');
  process.exit(1);
}
const actions = readdirSync(path.join(ROOT, 'actions')).filter(
  (a) =>
    existsSync(path.join(ROOT, 'dist', a, 'index.js')) &&
    (!only || only.includes(a)) &&
    (!BASELINE || existsSync(path.join(BASELINE, 'dist', a, 'index.js'))),
);

function envFor(action, root = ROOT) {
  const yml = parseYaml(readFileSync(path.join(root, 'actions', action, 'action.yml'), 'utf8'));
  const smoke = JSON.parse(readFileSync(path.join(root, 'actions', action, 'test', 'smoke.json'), 'utf8'));
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
    GITHUB_WORKSPACE: root,
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

// CPU time (user + sys) of the children waited for so far, in ms, from /proc/self/stat (cutime, cstime; Linux):
// unlike wall time it hardly grows with other jobs on the machine. Clock ticks (10 ms), so only its sum over many
// runs means something.
const TICK_MS = 10;
function childCpuMs() {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(f[13]) + Number(f[14])) * TICK_MS;
  } catch {
    return NaN;
  }
}

function time(args, env, cwd = ROOT) {
  const c = childCpuMs();
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, cwd, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return { ms, cpu: childCpuMs() - c, status: r.status, stdout: r.stdout };
}

// Time from spawn to the bundle's first network request: the same inputs with every 127.0.0.1:9 endpoint moved
// to a listening port; the first accepted connection stops the clock and the run (SIGKILL). This is start-up
// alone; the closed-port run above also includes what the action does after its first call failed (classify the
// error, job summary, outputs), which grew with the failure reports of issue #14.
const listener = net.createServer((sock) => {
  listener.onConnection?.();
  sock.destroy();
});
await new Promise((r) => listener.listen(0, '127.0.0.1', r));
listener.unref();
const PORT = listener.address().port;
const moved = (env) =>
  Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, String(v).replaceAll('127.0.0.1:9', `127.0.0.1:${PORT}`)]),
  );
function timeToFirstRequest(bundle, env, cwd = ROOT) {
  return new Promise((resolve) => {
    const t = process.hrtime.bigint();
    let at;
    const c = spawn(process.execPath, [bundle], { env: moved(env), cwd, stdio: 'ignore' });
    listener.onConnection = () => {
      if (at !== undefined) return;
      at = Number(process.hrtime.bigint() - t) / 1e6;
      c.kill('SIGKILL');
    };
    c.on('exit', () => {
      listener.onConnection = undefined;
      resolve(at ?? NaN);
    });
  });
}

const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
// Targets set by the action issues, as a ratio to `node -e 0`, and what peers measured the same way.
const TARGETS = {
  'build-image': '≤ 3.5× (docker/build-push-action ~9×)',
  canary: '≤ 4×',
  'deploy-stack': '≤ 3× (issue #14; aws-cloudformation-github-deploy ~6.6×)',
  'security-scan': '≤ 3× (zaproxy/action-baseline ~7×)',
  'terraform-plan': '≤ 3× (peers 2.4–5.9×)',
};
const stopOf = (stdout) =>
  (stdout.match(/^::(?:error|warning)[^:]*::(.*)$/m)?.[1] ?? '(no error)').replace(/%0A.*/, '').slice(0, 90);
const kbOf = (file) => Math.round(readFileSync(file).length / 1024);

if (BASELINE) {
  const load = () => os.loadavg()[0].toFixed(1);
  console.log(`baseline ${BASELINE}, ${runs} interleaved runs per bundle; load ${load()}`);
  for (const action of actions) {
    const cur = {
      env: envFor(action),
      bundle: path.join(ROOT, 'dist', action, 'index.js'),
      cwd: ROOT,
      ms: [],
      cpu: 0,
      first: [],
    };
    const old = {
      env: envFor(action, BASELINE),
      bundle: path.join(BASELINE, 'dist', action, 'index.js'),
      cwd: BASELINE,
      ms: [],
      cpu: 0,
      first: [],
    };
    const base = [];
    let baseCpu = 0;
    const stops = [old, cur].map((b) => stopOf(time([b.bundle], b.env, b.cwd).stdout));
    for (let i = 0; i < runs; i++) {
      const n = time(['-e', '0'], baseEnv);
      base.push(n.ms);
      baseCpu += n.cpu;
      for (const b of i % 2 ? [cur, old] : [old, cur]) {
        const r = time([b.bundle], b.env, b.cwd);
        b.ms.push(r.ms);
        b.cpu += r.cpu;
        b.first.push(await timeToFirstRequest(b.bundle, b.env, b.cwd));
      }
    }
    const [mb, mo, mc] = [median(base), median(old.ms), median(cur.ms)];
    const [cb, co, cc] = [baseCpu / runs, old.cpu / runs, cur.cpu / runs];
    console.log(
      `${action}: wall medians: baseline ${mo.toFixed(1)} ms (${(mo / mb).toFixed(2)}×, ${kbOf(old.bundle)} kB)  now ${mc.toFixed(1)} ms (${(mc / mb).toFixed(2)}×, ${kbOf(cur.bundle)} kB)  Δ ${(mc - mo).toFixed(1)} ms  node -e 0 ${mb.toFixed(1)} ms; load ${load()}` +
        `\n  CPU means: baseline ${co.toFixed(1)} ms (${(co / cb).toFixed(2)}×)  now ${cc.toFixed(1)} ms (${(cc / cb).toFixed(2)}×)  Δ ${(cc - co).toFixed(1)} ms  node -e 0 ${cb.toFixed(1)} ms` +
        `\n  first request (medians): baseline ${median(old.first).toFixed(1)} ms (${(median(old.first) / mb).toFixed(2)}×)  now ${median(cur.first).toFixed(1)} ms (${(median(cur.first) / mb).toFixed(2)}×)  Δ ${(median(cur.first) - median(old.first)).toFixed(1)} ms` +
        `\n  stopped at: baseline ${stops[0]}\n              now      ${stops[1]}`,
    );
  }
  process.exit(0);
}

const rows = [];
for (const action of actions) {
  const env = envFor(action);
  const bundle = path.join(ROOT, 'dist', action, 'index.js');
  time(['-e', '0'], baseEnv);
  const first = time([bundle], env);
  const stop = stopOf(first.stdout);
  const base = [];
  const act = [];
  const firstReq = [];
  for (let i = 0; i < runs; i++) {
    base.push(time(['-e', '0'], baseEnv).ms);
    act.push(time([bundle], env).ms);
    firstReq.push(await timeToFirstRequest(bundle, env));
  }
  const kb = kbOf(bundle);
  rows.push({
    action,
    base: median(base),
    act: median(act),
    first: median(firstReq),
    kb,
    stop,
    status: first.status,
  });
  console.log(
    `${action}: ${median(act).toFixed(0)} ms vs node -e 0 ${median(base).toFixed(0)} ms = ${(median(act) / median(base)).toFixed(2)}×; first request at ${median(firstReq).toFixed(0)} ms = ${(median(firstReq) / median(base)).toFixed(2)}×  (${kb} kB) — stopped at: ${stop}`,
  );
}

const table = [
  '| action | bundle | median run to exit | median `node -e 0` | **ratio** | first request after | ratio | target | where it stopped |',
  '|---|---:|---:|---:|---:|---:|---:|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.action} | ${r.kb} kB | ${r.act.toFixed(0)} ms | ${r.base.toFixed(0)} ms | **${(r.act / r.base).toFixed(2)}×** | ${r.first.toFixed(0)} ms | ${(r.first / r.base).toFixed(2)}× | ${TARGETS[r.action] ?? ''} | ${r.stop.replace(/\|/g, '\\|')} |`,
  ),
].join('\n');
writeSection(
  'cold-start',
  `## Cold start\n\n${table}\n\nHow: \`npm run bench:cold-start\` runs each bundle with its \`test/smoke.json\` \`coldStart\` inputs and every endpoint at the closed port 127.0.0.1:9, so it stops at its first network call ("where it stopped"); ${runs} paired runs with \`node -e 0\`, medians; *first request after*: the same inputs with a listening port instead, the clock stopped at the first connection (start-up without the error path).
Machine: ${machineLine()}. Method, comparisons and what was tried to make bundles start faster: [notes/cold-start.md](notes/cold-start.md).`,
);
