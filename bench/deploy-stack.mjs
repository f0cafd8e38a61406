// deploy-stack against the CloudFormation fake: a scripted 20-resource deploy, run through the bundled action.
// Measures CloudFormation API calls per second of stack time and how long after the stack reaches its terminal
// status the action detects it. Writes the `deploy-stack` section of docs/performance.md.
//   node bench/deploy-stack.mjs   (Node 24, NODE_EXTRA_CA_CERTS unset; after `npm run build -- deploy-stack`)
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machineLine, median, writeSection } from './lib/report.mjs';
import { runBundle } from '../packages/testkit/src/index.ts';
import { startFakeCloudFormation } from '../packages/testkit/src/cloudformation-fake/server.ts';

if (Number(process.versions.node.split('.')[0]) < 24) {
  console.error('run on Node 24: node_modules/.bin/node bench/deploy-stack.mjs');
  process.exit(1);
}

const RESOURCES = 20;
const workspace = mkdtempSync(path.join(os.tmpdir(), 'bench-deploy-stack-'));
const template = {
  Resources: Object.fromEntries(
    Array.from({ length: RESOURCES }, (_, i) => [
      `Queue${i + 1}`,
      { Type: 'AWS::SQS::Queue', Properties: { DelaySeconds: i } },
    ]),
  ),
  Outputs: { First: { Value: { Ref: 'Queue1' } } },
};
writeFileSync(path.join(workspace, 'stack.json'), JSON.stringify(template));

/** Each resource takes two steps (IN_PROGRESS, COMPLETE), so the stack runs for about (2 × 20 + 1) × stepMs. */
async function once(stepMs, runId) {
  const cfn = await startFakeCloudFormation({ stepMs });
  try {
    const started = Date.now();
    const r = await runBundle('deploy-stack', {
      inputs: {
        'stack-name': 'bench',
        template: 'stack.json',
        region: 'us-east-1',
        endpoint: cfn.url,
        comment: 'false',
      },
      env: { GITHUB_RUN_ID: String(runId), NODE_EXTRA_CA_CERTS: undefined },
      workspace,
      timeoutMs: 600_000,
    });
    const ended = started + r.durationMs;
    if (r.exitCode !== 0 || r.outputs.status !== 'CREATE_COMPLETE')
      throw new Error(`deploy failed:\n${r.log}`);
    const stack = cfn.stack('bench');
    const exec = cfn.requests.find((q) => q.action === 'ExecuteChangeSet' && q.status === 200);
    const stackSeconds = (stack.terminalAt - stack.operationStartedAt) / 1000;
    const during = cfn.requests.filter((q) => q.at >= exec.at && q.at <= stack.observedAt).length;
    return {
      stepMs,
      stackSeconds,
      callsDuring: during,
      perSecond: during / stackSeconds,
      callsTotal: cfn.requests.length,
      totalSeconds: (ended - started) / 1000,
      seenMs: (stack.seenAt ?? stack.observedAt) - stack.terminalAt,
      detectMs: stack.observedAt - stack.terminalAt,
      exitMs: ended - stack.terminalAt,
      events: (r.log.match(/^\d\d:\d\d:\d\d (CREATE|UPDATE|DELETE|ROLLBACK)_/gm) ?? []).length,
    };
  } finally {
    await cfn.close();
  }
}

const plan = [
  [250, 3],
  [750, 2],
  [1500, 1],
];
const rows = [];
let runId = 1;
for (const [stepMs, times] of plan) {
  const runs = [];
  for (let i = 0; i < times; i++) {
    const m = await once(stepMs, runId++);
    console.log(
      `step ${stepMs} ms: stack ${m.stackSeconds.toFixed(1)} s, ${m.callsDuring} calls during it (${m.perSecond.toFixed(2)}/s), ` +
        `${m.callsTotal} in all over ${m.totalSeconds.toFixed(1)} s; terminal event seen after ${m.seenMs} ms, confirmed after ${m.detectMs} ms, exited after ${m.exitMs} ms; ${m.events} events logged`,
    );
    runs.push(m);
  }
  rows.push({
    stepMs,
    runs: runs.length,
    stackSeconds: median(runs.map((x) => x.stackSeconds)),
    callsDuring: median(runs.map((x) => x.callsDuring)),
    perSecond: median(runs.map((x) => x.perSecond)),
    callsTotal: median(runs.map((x) => x.callsTotal)),
    totalSeconds: median(runs.map((x) => x.totalSeconds)),
    seenMs: median(runs.map((x) => x.seenMs)),
    maxSeenMs: Math.max(...runs.map((x) => x.seenMs)),
    detectMs: median(runs.map((x) => x.detectMs)),
    maxDetectMs: Math.max(...runs.map((x) => x.detectMs)),
    exitMs: median(runs.map((x) => x.exitMs)),
    events: median(runs.map((x) => x.events)),
  });
}

const table = [
  '| step per resource event | runs | stack time | calls during it | **calls / s of stack time** | calls in all (whole step) | **terminal event seen after** (median / max) | confirmed by DescribeStacks after (median / max) | step exited after terminal | events logged |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.stepMs} ms | ${r.runs} | ${r.stackSeconds.toFixed(1)} s | ${r.callsDuring} | **${r.perSecond.toFixed(2)}** | ${r.callsTotal} (${r.totalSeconds.toFixed(1)} s) | **${(r.seenMs / 1000).toFixed(2)} s / ${(r.maxSeenMs / 1000).toFixed(2)} s** | ${(r.detectMs / 1000).toFixed(2)} s / ${(r.maxDetectMs / 1000).toFixed(2)} s | ${(r.exitMs / 1000).toFixed(2)} s | ${r.events} |`,
  ),
].join('\n');

writeSection(
  'deploy-stack',
  `## deploy-stack: watching a 20-resource deploy\n\n${table}\n\n` +
    `Targets (issue 6): at most 1 CloudFormation call per second of stack time; completion detected within 2 s of the stack reaching its terminal status.\n\n` +
    `How: \`node bench/deploy-stack.mjs\` runs the bundle against the project's CloudFormation fake: a first create of ${RESOURCES} resources one "step" apart, every request timestamped by the fake; medians over the runs.\n` +
    `Machine: ${machineLine()}. Method and what each column measures: [notes/deploy-stack.md](notes/deploy-stack.md).`,
);
