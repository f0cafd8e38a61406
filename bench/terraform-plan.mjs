// terraform-plan on generated plans (tens of MB of JSON), every measurement a fresh process:
//   1. rendering, at 1k, 10k and 50k resource changes (bench/terraform-plan/child.ts):
//      parse:  JSON.parse of the file alone (time, peak RSS)
//      render: what the action does: parse, classify/summarize, hash, render comment and job summary
//      warm:   parse + render ten times in one process (a diagnostic, not a figure of the action)
//   2. the whole step beside the peer liatrio/terraform-change-pr-commenter, at 5k and 50k: each bundle run
//      as the runner runs it (bench/terraform-plan/step.mjs), interleaved. The peer is not in this repository:
//      PEER_TFCOMMENTER=<its dist/index.js> (see PEER_HELP below); without it the table has no peer column.
// Figures: medians of --runs runs. Writes the `terraform-plan` section of docs/performance.md (short form; the
// investigation behind the figures is in docs/notes/terraform-plan-render.md).
//   PEER_TFCOMMENTER=/var/cache/pipewright/peers/terraform-change-pr-commenter/dist/index.js \
//   node_modules/.bin/node bench/terraform-plan.mjs [--runs 5] [--sizes 1000,10000] [--step-sizes 5000,50000]
//   (Node 24, NODE_EXTRA_CA_CERTS unset; --sizes or --step-sizes: only these, printed, docs left alone)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, machineLine, median, writeSection } from './lib/report.mjs';
import { outputValue, runStep } from './terraform-plan/step.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const runs = Number(arg('--runs')) || 5;
const list = (name, dflt) => (arg(name) ? arg(name).split(',').map(Number).filter(Boolean) : dflt);
const sizes = list('--sizes', arg('--step-sizes') ? [] : [1000, 10000, 50000]);
const stepSizes = list('--step-sizes', arg('--sizes') ? [] : [5000, 50000]);
const partial = arg('--sizes') !== undefined || arg('--step-sizes') !== undefined;
if (Number(process.versions.node.split('.')[0]) < 24) {
  console.error('run on Node 24 (node_modules/.bin/node bench/terraform-plan.mjs)');
  process.exit(1);
}

// The peer, run from its own bundle outside this repository (never copied in).
const PEER_COMMIT = '00d821d90292705d84d2b0c0dc935b1688945c64';
const PEER_HELP = `PEER_TFCOMMENTER is not set, so the table has no peer column. To add it:
  git clone https://github.com/liatrio/terraform-change-pr-commenter /var/cache/pipewright/peers/terraform-change-pr-commenter
  git -C /var/cache/pipewright/peers/terraform-change-pr-commenter checkout ${PEER_COMMIT}
  PEER_TFCOMMENTER=/var/cache/pipewright/peers/terraform-change-pr-commenter/dist/index.js node_modules/.bin/node bench/terraform-plan.mjs
(its committed dist/index.js, or \`npm install && npm run build\` there to rebuild it with its own build script; action.yml is read from the bundle's parent folder)`;
const peerBundle = process.env.PEER_TFCOMMENTER ? path.resolve(process.env.PEER_TFCOMMENTER) : undefined;
const peerYml = peerBundle ? path.join(path.dirname(peerBundle), '..', 'action.yml') : undefined;
if (peerBundle && !(existsSync(peerBundle) && existsSync(peerYml))) {
  console.error(`PEER_TFCOMMENTER=${peerBundle}: no such bundle, or no action.yml at ${peerYml}`);
  process.exit(1);
}
if (!peerBundle && stepSizes.length) console.log(PEER_HELP);
/** Where the peer bundle comes from, as far as its folder says: a git checkout names its commit. */
function peerOrigin(bundle) {
  const repo = path.dirname(path.dirname(bundle));
  const git = (...a) => spawnSync('git', ['-C', repo, ...a], { encoding: 'utf8' });
  const head = git('rev-parse', 'HEAD');
  if (head.status !== 0 || git('rev-parse', '--show-toplevel').stdout.trim() !== repo)
    return `${bundle}, not a git checkout: how it was made is in docs/notes/terraform-plan-render.md`;
  const dirty = git('status', '--porcelain', '--', path.relative(repo, bundle)).stdout.trim();
  return `${path.relative(repo, bundle)} of a checkout at ${head.stdout.trim().slice(0, 12)}${dirty ? ', rebuilt there (differs from the committed bundle)' : ', the committed bundle'}`;
}
const ourBundle = path.join(ROOT, 'dist', 'terraform-plan', 'index.js');
const ourYml = path.join(ROOT, 'actions', 'terraform-plan', 'action.yml');
if (stepSizes.length && !existsSync(ourBundle)) {
  console.error(`${ourBundle} is missing: npm run build`);
  process.exit(1);
}

/** A realistic mix: creates, updates, replaces (cbd and destroy-first), deletes, moves, reads, some sensitive values. */
function plan(n) {
  const rc = [];
  const planned = [];
  const prior = [];
  for (let i = 0; i < n; i++) {
    const address = `module.svc_${i % 40}.terraform_data.item["key-${i}"]`;
    const value = (v) => ({
      name: `item-${i}`,
      size: i % 97,
      version: v,
      tags: { Name: `item-${i}`, Team: `team-${i % 7}`, Env: 'prod' },
      ports: [80, 443, 8000 + (i % 100)],
      secret: `s3cr3t-${i}`,
    });
    const kind = i % 10;
    const base = {
      address,
      module_address: `module.svc_${i % 40}`,
      mode: 'managed',
      type: 'terraform_data',
      name: 'item',
      index: `key-${i}`,
      provider_name: 'terraform.io/builtin/terraform',
    };
    const sens = { input: { secret: true } };
    let change;
    if (kind < 5)
      change = {
        actions: ['create'],
        before: null,
        after: { input: value('v1'), triggers_replace: null },
        after_unknown: { id: true, output: true },
        before_sensitive: false,
        after_sensitive: sens,
      };
    else if (kind < 7)
      change = {
        actions: ['update'],
        before: { id: `id-${i}`, input: value('v1'), output: value('v1') },
        after: { id: `id-${i}`, input: value('v2') },
        after_unknown: { output: true },
        before_sensitive: { input: { secret: true }, output: { secret: true } },
        after_sensitive: sens,
      };
    else if (kind === 7)
      change = {
        actions: ['create', 'delete'],
        before: { id: `id-${i}`, input: value('v1'), triggers_replace: 'a' },
        after: { input: value('v1'), triggers_replace: 'b' },
        after_unknown: { id: true, output: true },
        before_sensitive: sens,
        after_sensitive: sens,
        replace_paths: [['triggers_replace']],
      };
    else if (kind === 8)
      change = {
        actions: ['delete'],
        before: { id: `id-${i}`, input: value('v1') },
        after: null,
        after_unknown: {},
        before_sensitive: sens,
        after_sensitive: false,
      };
    else
      change = {
        actions: ['no-op'],
        before: { id: `id-${i}`, input: value('v1') },
        after: { id: `id-${i}`, input: value('v1') },
        after_unknown: {},
        before_sensitive: sens,
        after_sensitive: sens,
      };
    const entry = { ...base, change };
    if (kind === 8) entry.action_reason = 'delete_because_no_resource_config';
    if (kind === 7) entry.action_reason = 'replace_because_cannot_update';
    if (kind === 9) entry.previous_address = `module.svc_${i % 40}.terraform_data.old["key-${i}"]`;
    rc.push(entry);
    if (change.after)
      planned.push({ ...base, schema_version: 0, values: change.after, sensitive_values: sens });
    if (change.before)
      prior.push({ ...base, schema_version: 0, values: change.before, sensitive_values: sens });
  }
  return {
    format_version: '1.2',
    terraform_version: '1.11.4',
    planned_values: { root_module: { resources: planned } },
    resource_changes: rc,
    output_changes: {
      count: {
        actions: ['update'],
        before: 1,
        after: n,
        after_unknown: false,
        before_sensitive: false,
        after_sensitive: false,
      },
    },
    prior_state: {
      format_version: '1.0',
      terraform_version: '1.11.4',
      values: { root_module: { resources: prior } },
    },
    configuration: { root_module: {} },
    applyable: true,
    complete: true,
    errored: false,
  };
}

const dir = path.join(os.tmpdir(), 'pw-bench-terraform-plan');
mkdirSync(dir, { recursive: true });
const child = path.join(ROOT, 'bench', 'terraform-plan', 'child.ts');
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
function measure(mode, file) {
  const r = spawnSync(process.execPath, ['--no-warnings', child, mode, file], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`${mode} ${file} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}
const written = new Map();
/** The generated plan of n resource changes, written once per run of the bench. */
function planFile(n) {
  const file = path.join(dir, `plan-${n}.json`);
  if (!written.has(n)) {
    writeFileSync(file, JSON.stringify(plan(n)));
    written.set(n, statSync(file).size / 2 ** 20);
  }
  return { file, mb: written.get(n) };
}
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');
const loadStart = load();

const rows = [];
for (const n of sizes) {
  const { file, mb } = planFile(n);
  const parse = [];
  const render = [];
  for (let i = 0; i < runs; i++) {
    parse.push(measure('parse', file));
    render.push(measure('render', file));
  }
  // Rounds 4–10 of a `warm` child: the same render once V8 has tiered the code up (not a figure of the action).
  const warm = [];
  for (let i = 0; i < Math.min(runs, 3); i++) {
    for (const r of measure('warm', file).rounds.slice(3)) warm.push(r.renderMs / r.parseMs);
  }
  const m = (xs, k) => median(xs.map((x) => x[k]));
  const row = {
    n,
    mb,
    parseMs: m(render, 'parseMs'),
    renderMs: m(render, 'renderMs'),
    parseCpuMs: m(render, 'parseCpuMs'),
    renderCpuMs: m(render, 'renderCpuMs'),
    cpuRatio: median(render.map((r) => r.renderCpuMs / r.parseCpuMs)),
    parseRssMb: m(parse, 'maxRssKb') / 1024,
    renderRssMb: m(render, 'maxRssKb') / 1024,
    comment: render[0].commentChars,
    summary: render[0].summaryBytes,
    levels: render[0].levels,
    summaryLevels: render[0].summaryLevels,
    warmRatio: median(warm),
  };
  rows.push(row);
  console.log(
    `${n}: ${mb.toFixed(1)} MB; JSON.parse ${row.parseMs.toFixed(0)} ms; render ${row.renderMs.toFixed(0)} ms (${(row.renderMs / row.parseMs).toFixed(2)}× wall, ${row.cpuRatio.toFixed(2)}× CPU); peak RSS ${row.renderRssMb.toFixed(0)} MB vs ${row.parseRssMb.toFixed(0)} MB (${(row.renderRssMb / row.parseRssMb).toFixed(2)}×); JIT-warm ${row.warmRatio.toFixed(2)}×; changes in summary at ${row.summaryLevels[3]}`,
  );
}
const loadAfterRender = load();

// The whole step, ours and the peer's, interleaved (ABBA) after one unmeasured run of each.
const stepRows = [];
for (const n of stepSizes) {
  const { file, mb } = planFile(n);
  const name = path.basename(file);
  const steps = [
    {
      who: 'ours',
      bundle: ourBundle,
      actionYml: ourYml,
      inputs: { 'plan-json': name }, // comment: always (the default); not a PR run, so no API call
      quiet: 'is not about a pull request: the report is in the job summary.',
    },
    ...(peerBundle
      ? [
          {
            who: 'peer',
            bundle: peerBundle,
            actionYml: peerYml,
            inputs: { 'json-file': name },
            quiet: "Action doesn't seem to be running in a PR workflow context.",
          },
        ]
      : []),
  ];
  /** Each run must have rendered and skipped GitHub the way its action says, else its time is not comparable. */
  const check = (s, r) => {
    if (!r.log.includes(s.quiet) || /comment not written|::error::/.test(r.log))
      throw new Error(
        `${s.who} at ${n}: not the quiet, GitHub-free run the bench compares:\n${r.log.slice(-2000)}`,
      );
    return r;
  };
  const got = { ours: [], peer: [] };
  const loadBefore = load();
  for (let i = -1; i < runs; i++) {
    for (const s of i % 2 ? steps : [...steps].reverse()) {
      const { who, quiet: _quiet, ...step } = s;
      const r = check(s, runStep({ node: process.execPath, workspace: dir, ...step }));
      if (i >= 0) got[who].push(r);
    }
  }
  const m = (xs, k) => median(xs.map((x) => x[k]));
  const side = (xs) =>
    xs.length
      ? { wallMs: m(xs, 'wallMs'), cpuMs: m(xs, 'cpuMs'), rssMb: m(xs, 'maxRssKb') / 1024, last: xs.at(-1) }
      : undefined;
  const ours = side(got.ours);
  const peer = side(got.peer);
  // What each prints: our comment is not written to a file by the step, so its size comes from a `render` child.
  const r = measure('render', file);
  const row = {
    n,
    mb,
    ours,
    peer,
    ourComment: r.commentChars,
    ourCommentLevel: r.levels[3],
    ourSummaryLevel: r.summaryLevels[3],
    ourSummary: Buffer.byteLength(ours.last.summary),
    peerComment: peer ? (outputValue(peer.last.output, 'comment-body') ?? '').length : undefined,
    peerSummary: peer ? Buffer.byteLength(peer.last.summary) : undefined,
    load: `${loadBefore} → ${load()}`,
  };
  stepRows.push(row);
  console.log(
    `${n} (whole step): ours ${ours.wallMs.toFixed(0)} ms wall / ${ours.cpuMs.toFixed(0)} ms CPU / ${ours.rssMb.toFixed(0)} MB` +
      (peer
        ? `; peer ${peer.wallMs.toFixed(0)} ms / ${peer.cpuMs.toFixed(0)} ms / ${peer.rssMb.toFixed(0)} MB; ours ÷ peer ${(ours.wallMs / peer.wallMs).toFixed(2)}× wall, ${(ours.cpuMs / peer.cpuMs).toFixed(2)}× CPU; comment ${row.ourComment} vs ${row.peerComment} chars`
        : '; no peer (PEER_TFCOMMENTER unset)') +
      `; load ${row.load}`,
  );
}

const num = (x) => x.toLocaleString('en-US');
const table = [
  '| resource changes | plan JSON | `JSON.parse` wall / CPU | render wall / CPU | **render ÷ parse** (CPU) | render ÷ parse (wall) | render ÷ parse, JIT-warm (wall) | peak RSS: parse alone | peak RSS: whole action path | **ratio** | comment / summary (level of the resource changes) |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ...rows.map(
    (r) =>
      `| ${num(r.n)} | ${r.mb.toFixed(1)} MB | ${r.parseMs.toFixed(0)} / ${r.parseCpuMs.toFixed(0)} ms | ${r.renderMs.toFixed(0)} / ${r.renderCpuMs.toFixed(0)} ms | **${r.cpuRatio.toFixed(2)}×** | ${(r.renderMs / r.parseMs).toFixed(2)}× | ${r.warmRatio.toFixed(2)}× | ${r.parseRssMb.toFixed(0)} MB | ${r.renderRssMb.toFixed(0)} MB | **${(r.renderRssMb / r.parseRssMb).toFixed(2)}×** | ${num(r.comment)} chars (${r.levels[3]}) / ${num(r.summary)} bytes (${r.summaryLevels[3]}) |`,
  ),
].join('\n');

const withPeer = peerBundle !== undefined;
const stepTable = [
  `| resource changes | plan JSON | whole step wall: ours${withPeer ? ' | peer | **ours ÷ peer** (wall)' : ''} | CPU: ours${withPeer ? ' | peer | ours ÷ peer (CPU)' : ''} | peak RSS: ours${withPeer ? ' | peer' : ''} | what it prints: ours${withPeer ? ' | peer' : ''} | load average (1/5/15 min) before → after |`,
  `|---:|---:|---:|${withPeer ? '---:|---:|' : ''}---:|${withPeer ? '---:|---:|' : ''}---:|${withPeer ? '---:|' : ''}---|${withPeer ? '---|' : ''}---|`,
  ...stepRows.map((r) =>
    [
      '',
      num(r.n),
      `${r.mb.toFixed(1)} MB`,
      `${r.ours.wallMs.toFixed(0)} ms`,
      ...(withPeer
        ? [`${r.peer.wallMs.toFixed(0)} ms`, `**${(r.ours.wallMs / r.peer.wallMs).toFixed(2)}×**`]
        : []),
      `${r.ours.cpuMs.toFixed(0)} ms`,
      ...(withPeer ? [`${r.peer.cpuMs.toFixed(0)} ms`, `${(r.ours.cpuMs / r.peer.cpuMs).toFixed(2)}×`] : []),
      `${r.ours.rssMb.toFixed(0)} MB`,
      ...(withPeer ? [`${r.peer.rssMb.toFixed(0)} MB`] : []),
      `comment ${num(r.ourComment)} chars (${r.ourCommentLevel}), job summary ${num(r.ourSummary)} bytes (${r.ourSummaryLevel})`,
      ...(withPeer
        ? [
            `comment ${num(r.peerComment)} chars, job summary ${r.peerSummary ? `${num(r.peerSummary)} bytes` : 'none'}`,
          ]
        : []),
      r.load,
      '',
    ]
      .join(' | ')
      .trim(),
  ),
].join('\n');

if (partial) process.exit(0);
const peerHow = withPeer
  ? `the peer liatrio/terraform-change-pr-commenter, outside this repository, given as PEER_TFCOMMENTER (${peerOrigin(peerBundle)}; ${(statSync(peerBundle).size / 1024).toFixed(0)} KiB), with \`json-file\` = the plan and its other action.yml defaults`
  : 'no peer column: PEER_TFCOMMENTER was not set (the bench prints how to get liatrio/terraform-change-pr-commenter)';
writeSection(
  'terraform-plan',
  `## terraform-plan: rendering large plans

${table}

How: \`node_modules/.bin/node bench/terraform-plan.mjs\` generates plans of 1k, 10k and 50k resource changes (a realistic mix of create, update, replace, delete and move, with \`planned_values\` and \`prior_state\`); every figure is the median of ${runs} fresh processes (bench/terraform-plan/child.ts): *parse alone* is \`JSON.parse\` of the file, *whole action path* is parse + classify + hash + comment + job summary, "render ÷ parse" their CPU (\`process.cpuUsage()\`) ratio in the same process, peak RSS is \`maxRSS\`.
Targets (issue 15): render ÷ parse ≤ 2× at 1k, peak RSS ≤ 1.5× parse alone. Why 1k is above 2×, what was tried and what the columns leave out: [docs/notes/terraform-plan-render.md](notes/terraform-plan-render.md). Load average ${loadStart} before, ${loadAfterRender} after.

### terraform-plan: the whole step beside the lightest peer

${stepTable}

How: in the same run (\`PEER_TFCOMMENTER=<the peer's dist/index.js> node_modules/.bin/node bench/terraform-plan.mjs\`; getting the peer: see the note linked below), each bundle runs as the runner runs it (bench/terraform-plan/step.mjs: \`node <bundle>\` with Node ${process.versions.node}, INPUT_* from its action.yml defaults, GITHUB_* files, a workflow_dispatch event so neither calls the GitHub API (checked in each log), NODE_EXTRA_CA_CERTS unset): ours is dist/terraform-plan/index.js with \`plan-json\` = the plan; ${peerHow}. One unmeasured run of each, then ${runs} of each interleaved; medians of wall (spawn to exit), CPU (user + system) and peak RSS (GNU time).
Target (issue 15): ours ÷ peer ≤ 1.2× (wall). The machine is shared (2 cores, other jobs running), so CPU time is the steadier figure; what the peer is and how it was built: [docs/notes/terraform-plan-render.md](notes/terraform-plan-render.md#the-peer). Machine: ${machineLine()}.`,
);
