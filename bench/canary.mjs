// canary benchmarks (docs/performance.md, section `canary`):
//  1. SLO breach -> traffic back on stable (gateway-api router): from the moment the breach is visible in
//     Prometheus (the action's own success-rate query first returns < 99) to the traffic-reset write of the
//     HTTPRoute arriving at the API server, and to the Gateway reporting that generation Accepted.
//     Target: <= 1 analysis interval + 5 s. The drain delay (reset -> canary scaled down) is counted apart.
//  2. crash-loop -> rollback: from the first canary pod showing CrashLoopBackOff in the API to the
//     traffic-reset write. Target: <= 15 s (default poll-interval 2s).
//  3. cold start: the bundle with smoke.json's coldStart inputs (stops at 127.0.0.1:9) vs `node -e 0`.
// Real Prometheus (Debian package) scraping the test exporter every 1 s; the fake API server in-process.
//   node bench/canary.mjs [--runs 3]   (Node 24: node_modules/.bin/node; NODE_EXTRA_CA_CERTS unset)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, machineLine, median, writeSection } from './lib/report.mjs';
import { runBundle } from '../packages/testkit/src/run-bundle.ts';
import { startFakeKube } from '../packages/testkit/src/k8s-fake/server.ts';
import { deployment, httpRoute, service } from '../packages/testkit/src/k8s-fake/fixtures.ts';
import { startMetricsExporter } from '../packages/testkit/src/k8s-fake/metrics-exporter.ts';
import { startPrometheus } from '../packages/testkit/src/services/prometheus.ts';

if (Number(process.versions.node.split('.')[0]) < 24) {
  console.error('run on Node 24: node_modules/.bin/node bench/canary.mjs');
  process.exit(1);
}
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const NS = 'bench';
const INTERVAL_S = 5;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const SUCCESS_QUERY = `sum(rate(http_request_duration_seconds_count{namespace="${NS}",pod=~"web-canary-[0-9a-zA-Z]+(-[0-9a-zA-Z]+)",status!~"5.."}[10s])) / sum(rate(http_request_duration_seconds_count{namespace="${NS}",pod=~"web-canary-[0-9a-zA-Z]+(-[0-9a-zA-Z]+)"}[10s])) * 100`;

async function seeded(o = {}) {
  const kube = await startFakeKube({ readyDelayMs: 500, crashDelayMs: 1500, ...o });
  await kube.create(deployment('web', { namespace: NS, replicas: 4 }));
  await kube.create(service('web', NS));
  await kube.create(httpRoute('web', 'web', NS));
  while (kube.get('deployments', NS, 'web')?.status?.availableReplicas !== 4) await sleep(20);
  return kube;
}
const routeResetAt = (kube) =>
  kube.requests.find(
    (q) =>
      q.method === 'PUT' &&
      q.path.endsWith('/httproutes/web') &&
      q.status === 200 &&
      q.body?.spec?.rules?.[0]?.backendRefs?.find((b) => b.name === 'web-canary')?.weight === 0,
  )?.at;
const resetAt = (kube) =>
  kube.requests.find(
    (q) => q.method === 'PATCH' && q.path.endsWith('/web-canary/scale') && q.body?.spec?.replicas === 0,
  )?.at;

const exporter = await startMetricsExporter(NS);
exporter.set('web', { rps: 50, errorRate: 0, latencyMs: 20 });
exporter.set('web-canary', { rps: 50, errorRate: 0, latencyMs: 20 });
const prom = await startPrometheus({ targets: [exporter.target], scrapeIntervalSeconds: 1 });
await prom.waitFor('rate(http_request_duration_seconds_count{pod=~"web-canary-.*"}[5s]) > 0');

const slo = [];
const accepted = [];
const drain = [];
const DRAIN_S = 30;
for (let i = 0; i < runs; i++) {
  exporter.set('web-canary', { errorRate: 0 });
  await sleep(11_000); // a clean 10 s window
  const kube = await seeded();
  let visibleAt;
  const watcher = (async () => {
    while (!kube.get('deployments', NS, 'web-canary')?.status?.availableReplicas) await sleep(20);
    await sleep(1500 + Math.random() * INTERVAL_S * 1000); // breach at a random point of the interval
    exporter.set('web-canary', { errorRate: 0.5 });
    for (;;) {
      const r = await prom.query(SUCCESS_QUERY);
      if (r.length && Number(r[0].value[1]) < 99) return (visibleAt = Date.now());
      await sleep(50);
    }
  })();
  const r = await runBundle('canary', {
    inputs: {
      namespace: NS,
      deployment: 'web',
      kubeconfig: kube.kubeconfig(NS),
      image: 'registry.local/web:2',
      steps: '25,100',
      'step-duration': '60s',
      'analysis-interval': `${INTERVAL_S}s`,
      'analysis-window': '10s',
      'prometheus-url': prom.url,
      checks: '- name: success-rate\n  min: 99\n',
      router: 'gateway-api',
      service: 'web',
      route: 'web',
      'drain-delay': `${DRAIN_S}s`,
      comment: 'false',
    },
  });
  await watcher;
  const reset = routeResetAt(kube);
  const ms = reset - visibleAt;
  const acc = kube.controller.gateway.accepted.find((a) => a.at >= reset)?.at - visibleAt;
  const dr = resetAt(kube) - reset;
  console.log(
    `SLO breach run ${i + 1}: ${r.outputs.status} (${r.outputs.reason}); visible -> route reset ${ms} ms, -> Gateway accepted ${acc} ms; reset -> canary scaled down ${dr} ms`,
  );
  slo.push(ms);
  accepted.push(acc);
  drain.push(dr);
  await kube.stop();
}

const crash = [];
for (let i = 0; i < runs; i++) {
  const kube = await seeded();
  let crashAt;
  const watcher = (async () => {
    for (;;) {
      const bad = kube
        .list('pods', NS)
        .find((p) => p.status?.containerStatuses?.[0]?.state?.waiting?.reason === 'CrashLoopBackOff');
      if (bad) return (crashAt = Date.now());
      await sleep(10);
    }
  })();
  const r = await runBundle('canary', {
    inputs: {
      namespace: NS,
      deployment: 'web',
      kubeconfig: kube.kubeconfig(NS),
      image: 'registry.local/web:bad',
      steps: '25,100',
      comment: 'false',
    },
  });
  await watcher;
  const ms = resetAt(kube) - crashAt;
  console.log(
    `crash-loop run ${i + 1}: ${r.outputs.status} (${r.outputs.reason}); CrashLoopBackOff -> traffic on stable ${ms} ms`,
  );
  crash.push(ms);
  await kube.stop();
}
await prom.stop();
await exporter.stop();

// cold start, as bench/cold-start.mjs measures every action
function coldEnv() {
  const yml = parseYaml(readFileSync(path.join(ROOT, 'actions/canary/action.yml'), 'utf8'));
  const smoke = JSON.parse(readFileSync(path.join(ROOT, 'actions/canary/test/smoke.json'), 'utf8'));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pw-canary-cold-'));
  for (const f of ['output', 'env', 'state', 'summary.md']) writeFileSync(path.join(tmp, f), '');
  writeFileSync(path.join(tmp, 'event.json'), '{}');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ROOT,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: path.join(tmp, 'event.json'),
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    GITHUB_ENV: path.join(tmp, 'env'),
    GITHUB_STATE: path.join(tmp, 'state'),
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md'),
  };
  for (const [k, d] of Object.entries(yml.inputs))
    if (d.default !== undefined)
      env[`INPUT_${k.toUpperCase()}`] = String(d.default).replace(/\$\{\{[^}]*\}\}/, 'ghs_bench');
  for (const [k, v] of Object.entries(smoke.coldStart.inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}
const time = (args, env) => {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, cwd: ROOT, encoding: 'utf8' });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, stdout: r.stdout };
};
const env = coldEnv();
const bundle = path.join(ROOT, 'dist/canary/index.js');
const stop = (time([bundle], env).stdout.match(/^::error::(.*)$/m)?.[1] ?? '(no error)').replace(/%0A.*/, '');
const base = [];
const act = [];
for (let i = 0; i < 20; i++) {
  base.push(time(['-e', '0'], { PATH: process.env.PATH }).ms);
  act.push(time([bundle], env).ms);
}
const ratio = median(act) / median(base);
console.log(
  `cold start: ${median(act).toFixed(0)} ms vs ${median(base).toFixed(0)} ms = ${ratio.toFixed(2)}x (${stop})`,
);

const fmt = (xs) =>
  `median ${(median(xs) / 1000).toFixed(1)} s, max ${(Math.max(...xs) / 1000).toFixed(1)} s (${xs.map((x) => (x / 1000).toFixed(1)).join(', ')})`;
writeSection(
  'canary',
  `## canary

| what | target | measured |
|---|---|---|
| SLO breach visible in Prometheus → traffic back on stable (HTTPRoute reset written) | ≤ 1 analysis interval (${INTERVAL_S} s) + 5 s = ${INTERVAL_S + 5} s | ${fmt(slo)} |
| … → the Gateway reports the reset generation Accepted | ≤ ${INTERVAL_S + 5} s | ${fmt(accepted)} |
| traffic reset → canary scaled down (drain-delay ${DRAIN_S}s, counted apart) | ${DRAIN_S} s + the acceptance wait | ${fmt(drain)} |
| canary pod in CrashLoopBackOff → traffic back on stable | ≤ 15 s | ${fmt(crash)} |
| cold start (bundle until its first API call / \`node -e 0\`) | ≤ 4× | **${ratio.toFixed(2)}×** (${median(act).toFixed(0)} ms / ${median(base).toFixed(0)} ms, 20 paired runs, medians) |

How: \`node_modules/.bin/node bench/canary.mjs\`, ${runs} runs each: the bundle through the runner emulator against the fake API server (with its Gateway controller) and a real Prometheus scraping the test exporter.
Machine: ${machineLine()}; load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')}. Method and scenarios: [notes/canary.md](notes/canary.md).`,
);
process.exit(0);
