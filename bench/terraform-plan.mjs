// terraform-plan rendering on generated plans of 1k, 10k and 50k resource changes (tens of MB of JSON).
// For each size, in separate child processes (so each peak RSS is its own):
//   parse:  JSON.parse of the file alone (time, peak RSS)
//   render: what the action does: parse, classify/summarize, hash, render comment and job summary
//   warm:   parse + render six times in one process (a diagnostic, not a figure of the action)
// Figures: medians of --runs runs. Writes the `terraform-plan` section of docs/performance.md.
//   node bench/terraform-plan.mjs [--runs 5] [--sizes 1000,10000]      (Node 24, NODE_EXTRA_CA_CERTS unset)
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, machineLine, median, writeSection } from './lib/report.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const sizesArg = process.argv.indexOf('--sizes');
// --sizes 1000,10000: only these (printed, docs/performance.md left alone)
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : [1000, 10000, 50000];
const partial = sizesArg > 0;
if (Number(process.versions.node.split('.')[0]) < 24) {
  console.error('run on Node 24 (node_modules/.bin/node bench/terraform-plan.mjs)');
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

const rows = [];
for (const n of sizes) {
  const file = path.join(dir, `plan-${n}.json`);
  writeFileSync(file, JSON.stringify(plan(n)));
  const mb = statSync(file).size / 2 ** 20;
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
    parseAloneMs: m(parse, 'parseMs'),
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

const table = [
  '| resource changes | plan JSON | `JSON.parse` wall / CPU | render wall / CPU | **render ÷ parse** (CPU) | render ÷ parse (wall) | render ÷ parse, JIT-warm (wall) | peak RSS: parse alone | peak RSS: whole action path | **ratio** | comment / summary (level of the resource changes) |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ...rows.map(
    (r) =>
      `| ${r.n.toLocaleString('en-US')} | ${r.mb.toFixed(1)} MB | ${r.parseMs.toFixed(0)} / ${r.parseCpuMs.toFixed(0)} ms | ${r.renderMs.toFixed(0)} / ${r.renderCpuMs.toFixed(0)} ms | **${r.cpuRatio.toFixed(2)}×** | ${(r.renderMs / r.parseMs).toFixed(2)}× | ${r.warmRatio.toFixed(2)}× | ${r.parseRssMb.toFixed(0)} MB | ${r.renderRssMb.toFixed(0)} MB | **${(r.renderRssMb / r.parseRssMb).toFixed(2)}×** | ${r.comment.toLocaleString('en-US')} chars (${r.levels[3]}) / ${r.summary.toLocaleString('en-US')} bytes (${r.summaryLevels[3]}) |`,
  ),
].join('\n');

if (partial) process.exit(0);
writeSection(
  'terraform-plan',
  `## terraform-plan: rendering large plans\n\n${table}\n\nHow: \`node bench/terraform-plan.mjs\` (Node 24, NODE_EXTRA_CA_CERTS unset) generates plans of 1k, 10k and 50k resource changes (50% create, 20% update, 10% create-before-destroy replace, 10% delete, 10% move; each with nested attributes and a sensitive leaf; \`planned_values\` and \`prior_state\` included as Terraform writes them). Each figure is the median of ${runs} runs, and every run is a fresh child process (bench/terraform-plan/child.ts) so each peak RSS (\`process.resourceUsage().maxRSS\`, whole process) belongs to one measurement: *parse alone* reads the file and runs \`JSON.parse\`; *whole action path* reads the file and does what the action does with it — parse, classify and count, hash, render the PR comment (≤ 65,536 characters) and the job summary (≤ 1 MiB). "render ÷ parse" compares the work after parsing (classify, hash, comment, summary) with the \`JSON.parse\` of the same file in the same process, as the median of the per-run ratios; the CPU figure (\`process.cpuUsage()\`, all threads) is the primary one because the machine is shared and wall times swing with its load. "JIT-warm" is not a figure of the action (which renders once per process): a \`warm\` child parses and renders the same file ten times in one process, and the column is the median of the per-round render ÷ parse of rounds 4–10 over ${Math.min(runs, 3)} such children; at 1k, where one round takes a few ms, it still moves by ±0.5× between runs of the benchmark. At 1k the CPU figures also carry V8's background threads (concurrent compilation, GC helpers), which land in whichever phase is running, so there the wall ratio on a quiet machine is the steadier one.\n\n**What the render does now, and why 1,000 changes is above the 2× target.** Since the Terraform-shaped diffs (src/diff.ts) the job summary at 1k holds what \`terraform show\` would print for 900 resources: closing brackets, the always-shown \`id\`, and for every update the whole prior \`output\` value before \`-> (known after apply)\` — about 16,700 diff lines and ~550 KB where the old one-line-per-leaf diff had ~7,800 lines and ~390 KB. Measured apart from the report (diff text of the 1k plan's 1,000 changes, CPU time, fresh process, three pairs under the same load): ~48–50 ms for the Terraform-shaped text against ~26 ms for the old path diff; run again in the same process ~10 ms against ~3 ms. The fresh-process figure is what the action pays, and most of it is V8 running new code for the first time (interpreter and baseline tiers) on twice the output. Taken out of it while keeping the text identical (the terraform oracle and unit tests unchanged): a value created or deleted as a whole (most of a plan) is printed straight from the JSON instead of through a diff tree; unchanged values build their text only when shown (\`id\`, \`name\`, \`tags\`, list context); the 16 option sets are interned instead of spread per node; keys of before/after are merged without sets when equal; attribute names and their quoting are cached; plain strings are quoted without a per-character loop; the report takes the diff as one string converted in one regex pass (no split and join of lines); risk rules are matched once per resource type (they added ~10–20 ms at 10k before). First fresh-process diff of the 1k plan: ~66 ms → ~48 ms CPU over these changes. Reaching ≤ 2× at 1k would need the whole render (summarize, hash, comment, summary) at about twice a 10–25 ms parse; the diff text alone is more than that on a fresh process, so it is not reached: what is left is fewer JavaScript steps per printed line, or fewer full diffs in the job summary, which would change what users get and was not done. Before these diffs this table read, at 1k, 3.95× (CPU), 4.62× (wall) and 3.13× (JIT-warm), and 1.11× (CPU) at 10k, on the same machine at load ~1.3; this run was at load ~14 on its 2 cores (other engineers' builds and tests), which inflates every wall figure and blurs the CPU ones: the 10k change is mostly that, the 1k one is mostly the larger output.\n\n**Peer column (liatrio/terraform-change-pr-commenter).** Not measured: it is not published on npm (\`npm view terraform-change-pr-commenter\` and \`@liatrio/terraform-change-pr-commenter\`: 404), and this machine reaches no other source for its committed bundle, so there is no peer figure in this table; the 5,000/50,000-resource side-by-side of the issue is left for a machine that can check it out. Machine: ${machineLine()}; load average at the end ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')}.`,
);
