// security-scan benchmarks, written to the `security-scan` section of docs/performance.md:
//  1. DAST: the bundle's passive baseline of a generated 500-page loopback site at default settings —
//     wall time of the whole step and its peak RSS;
//  2. SAST: the bundle with a given bandit over bare `bandit -r … -f json` on a ~100k-line generated tree.
//  Run on Node 24 with NODE_EXTRA_CA_CERTS unset:  node_modules/.bin/node bench/security-scan.mjs [--runs 3]
import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, machineLine, median, writeSection } from './lib/report.mjs';
import { startSite } from './security-scan/site.mjs';
import { generateTree } from './security-scan/pytree.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
if (Number(process.versions.node.split('.')[0]) < 24) {
  console.error('run on Node 24 (node_modules/.bin/node bench/security-scan.mjs)');
  process.exit(1);
}
const BANDIT = process.env.PIPEWRIGHT_BANDIT ?? '/var/lib/pipewright/venv/bin/bandit';
const bundle = path.join(ROOT, 'dist', 'security-scan', 'index.js');

/** Runs argv through bash and returns the CPU seconds (user + sys) of everything it started, from `times`. */
function cpuOf(argv, opts) {
  const quoted = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['-c', `${quoted} >/dev/null 2>&1; times`], { ...opts, encoding: 'utf8' });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  const secs = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return secs.reduce((a, b) => a + b, 0);
}

/** Runs the bundle like the runner does (INPUT_*, GITHUB_*), returns wall ms, peak RSS and outputs. */
function bundleEnv(inputs, workspace, tmp) {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md'),
    RUNNER_TEMP: tmp,
    PW_BENCH_OUT: path.join(tmp, 'rss'),
    'INPUT_BANDIT-VERSION': '1.9.4',
    INPUT_PYTHON: 'python3',
    INPUT_COMMENT: 'false',
    'INPUT_FAIL-ON-SAST': 'none',
    'INPUT_FAIL-ON-DAST': 'none',
    INPUT_CATEGORY: 'security-scan',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

function runBundle(inputs, workspace) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pw-bench-sec-'));
  for (const f of ['output', 'summary.md', 'rss']) writeFileSync(path.join(tmp, f), '');
  const env = bundleEnv(inputs, workspace, tmp);
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'bench', 'security-scan', 'measure.mjs'), bundle],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let log = '';
    child.stdout.on('data', (c) => (log += c));
    child.stderr.on('data', (c) => (log += c));
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const rss = JSON.parse(
        readFileSync(path.join(tmp, 'rss'), 'utf8').trim().split('\n').at(-1) ?? '{}',
      ).maxRssKb;
      const outputs = Object.fromEntries(
        [
          ...readFileSync(path.join(tmp, 'output'), 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm),
        ].map((m) => [m[1], m[3]]),
      );
      rmSync(tmp, { recursive: true, force: true });
      if (code !== 0) console.error(log);
      resolve({ ms, rssMb: rss / 1024, outputs, code });
    });
  });
}

// 1. DAST
const site = await startSite(500);
const dast = [];
for (let i = 0; i < runs; i++) {
  const before = site.requests();
  const r = await runBundle({ 'TARGET-URL': `${site.url}/` }, ROOT);
  dast.push({ ...r, requests: site.requests() - before });
  console.log(
    `dast run ${i + 1}: ${r.ms.toFixed(0)} ms, peak RSS ${r.rssMb.toFixed(0)} MB, ${site.requests() - before} requests, ${r.outputs['dast-findings']} findings`,
  );
}
await site.close();

// 2. SAST overhead
const tree = mkdtempSync(path.join(os.tmpdir(), 'pw-bench-py-'));
const gen = generateTree(path.join(tree, 'src'));
const bare = [];
const viaAction = [];
const bareCpu = [];
const actionCpu = [];
let sastFindings = '';
for (let i = 0; i < runs; i++) {
  const out = path.join(tree, 'bare.json');
  const t0 = process.hrtime.bigint();
  spawnSync(BANDIT, ['-r', 'src', '-f', 'json', '-o', out, '-q'], { cwd: tree });
  bare.push(Number(process.hrtime.bigint() - t0) / 1e6);
  const r = await runBundle({ 'SAST-PATH': 'src', BANDIT }, tree);
  viaAction.push(r.ms);
  sastFindings = r.outputs['sast-findings'];
  bareCpu.push(cpuOf([BANDIT, '-r', 'src', '-f', 'json', '-o', out, '-q'], { cwd: tree }));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pw-bench-sec-'));
  for (const f of ['output', 'summary.md', 'rss']) writeFileSync(path.join(tmp, f), '');
  actionCpu.push(
    cpuOf([process.execPath, bundle], {
      cwd: tree,
      env: bundleEnv({ 'SAST-PATH': 'src', BANDIT }, tree, tmp),
    }),
  );
  rmSync(tmp, { recursive: true, force: true });
  console.log(
    `sast run ${i + 1}: wall bare ${bare.at(-1).toFixed(0)} ms, action ${r.ms.toFixed(0)} ms; CPU bare ${bareCpu.at(-1).toFixed(2)} s, action ${actionCpu.at(-1).toFixed(2)} s`,
  );
}
rmSync(tree, { recursive: true, force: true });

const dMs = median(dast.map((d) => d.ms));
const dRss = Math.max(...dast.map((d) => d.rssMb));
const bMs = median(bare);
const aMs = median(viaAction);
const bCpu = median(bareCpu);
const aCpu = median(actionCpu);
writeSection(
  'security-scan',
  `## security-scan

| measurement | figure | target |
|---|---:|---:|
| DAST baseline of a generated 500-page loopback site, default settings (whole step, bundle start to exit) | **${(dMs / 1000).toFixed(2)} s** (median of ${runs}; ${dast[0].requests} requests, ${dast[0].outputs['dast-findings']} findings) | ≤ 3 s |
| peak RSS of that step | **${dRss.toFixed(0)} MB** (max of ${runs}) | ≤ 200 MB |
| bare \`bandit -r src -f json\` on ${gen.lines.toLocaleString('en-US')} lines in ${gen.files} files | ${(bMs / 1000).toFixed(2)} s (median of ${runs}) | |
| the action with the same bandit on the same tree (${sastFindings} findings: parse, fingerprints from the source lines, SARIF, summary) | ${(aMs / 1000).toFixed(2)} s (median of ${runs}) | |
| overhead over bare bandit, CPU time (user + sys of every process, medians) | **${(((aCpu - bCpu) / bCpu) * 100).toFixed(1)} %** (${bCpu.toFixed(2)} s → ${aCpu.toFixed(2)} s) | ≤ 10 % |
| the same, fastest runs (min of ${runs} each) | ${(((Math.min(...actionCpu) - Math.min(...bareCpu)) / Math.min(...bareCpu)) * 100).toFixed(1)} % (${Math.min(...bareCpu).toFixed(2)} s → ${Math.min(...actionCpu).toFixed(2)} s) | |
| overhead over bare bandit, wall time (medians; noisy on a shared machine, load average ${os.loadavg()[0].toFixed(1)} at the end) | ${(((aMs - bMs) / bMs) * 100).toFixed(1)} % | |

How: \`node_modules/.bin/node bench/security-scan.mjs\` (Node 24, NODE_EXTRA_CA_CERTS unset). The DAST site
(bench/security-scan/site.mjs) serves 500 HTML pages of ~4 KB, each linking to 5 others, with a script, a stylesheet, a
form and a comment, from a Node HTTP server in the benchmark process; every passive rule of
actions/security-scan/src/dast/rules/index.ts runs on every response, at ZAP's default MEDIUM threshold; the bundle runs as a child process exactly as
the runner starts it (INPUT_* and GITHUB_* variables, \`comment: false\`, gates off), and its peak RSS is
\`process.resourceUsage().maxRSS\` read at exit (bench/security-scan/measure.mjs). The Python tree
(bench/security-scan/pytree.mjs) is generated fresh; bare bandit and the action alternate with the same Bandit
(${BANDIT}); CPU time is bash's \`times\` for all descendants of each command, which load from other processes
does not inflate as it does wall time. Machine: ${machineLine()}, load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')} (other jobs were running).`,
);
