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
  `## terraform-plan: rendering large plans\n\n${table}\n\nHow: \`node bench/terraform-plan.mjs\` (Node 24, NODE_EXTRA_CA_CERTS unset) generates plans of 1k, 10k and 50k resource changes (50% create, 20% update, 10% create-before-destroy replace, 10% delete, 10% move; each with nested attributes and a sensitive leaf; \`planned_values\` and \`prior_state\` included as Terraform writes them). Each figure is the median of ${runs} runs, and every run is a fresh child process (bench/terraform-plan/child.ts) so each peak RSS (\`process.resourceUsage().maxRSS\`, whole process) belongs to one measurement: *parse alone* reads the file and runs \`JSON.parse\`; *whole action path* reads the file and does what the action does with it — parse, classify and count, hash, render the PR comment (≤ 65,536 characters) and the job summary (≤ 1 MiB). "render ÷ parse" compares the work after parsing (classify, hash, comment, summary) with the \`JSON.parse\` of the same file in the same process, as the median of the per-run ratios; the CPU figure (\`process.cpuUsage()\`, all threads) is the primary one because the machine is shared and wall times swing with its load. "JIT-warm" is not a figure of the action (which renders once per process): a \`warm\` child parses and renders the same file ten times in one process, and the column is the median of the per-round render ÷ parse of rounds 4–10 over ${Math.min(runs, 3)} such children; at 1k, where one round takes a few ms, it still moves by ±0.5× between runs of the benchmark. At 1k the CPU figures also carry V8's background threads (concurrent compilation, GC helpers), which land in whichever phase is running, so there the wall ratio on a quiet machine is the steadier one.\n\n**Why 1,000 changes misses the 2× target (profiled with \`node --cpu-prof\` on bench/terraform-plan/child.ts, \`--trace-opt --trace-deopt\`, \`--trace-gc\`, and per-phase timers).** It is not a fixed cost. Nothing is loaded or compiled inside the timed render (every module is imported before the timer; the profile shows no loader or TypeScript-stripping frames in the render), no regex is built per item (all are literals), and nothing deoptimises in a hot loop (three eager deopts in the whole render, none repeated). What is different at 1k is the *work*: its job summary (391 KB) fits GitHub's 1 MiB at full detail, so the render builds the attribute diff of all 900 non-deleted resources (~13,000 leaves, each masked and JSON-encoded, in a diff code block inside a \`<details>\`). At 10k and 50k even one line per resource exceeds 1 MiB, so both the comment and the summary list addresses only and no diff is built at all (the last column) — which is why their ratios are lower. A fresh-process 1k render (wall, ~40–50 ms on this machine) splits into: job summary with full diffs ~25 ms (per-phase timers before the direct diff lines: diff walk ~11, diff lines ~4, code blocks ~2, the rest joining, measuring and scavenges), plan hash ~10 ms (serialising every shown change with sensitive values replaced), PR comment ~6 ms (escaping 1,000 titles; the comment degrades to addresses without building diffs, and the summary reuses the same cached titles), classification ~2.5 ms; about 10 ms of these phases is young-generation GC (scavenges copying the freshly parsed ~8 MB plan while the render allocates). Render CPU exceeds render wall at 1k because V8's background threads (concurrent Maglev/TurboFan compiles, GC helpers) are busy during it. Run again in the same process (rounds 4–10) the 1k render takes about half as long (~20–30 ms instead of ~40–50), so roughly half of a fresh render is V8 warm-up: the renderer's code running ~1,000–13,000 times per function in a process that has never run it (interpreted and baseline tiers until V8 tiers it up; Maglev compiles the walk only partway through) plus heap growth — a cost the action, which renders once per process, always pays, and which shrinks relative to parse as plans grow. But \`JSON.parse\` also speeds up in a grown heap (~6–9 ms), so even JIT-warm the 1k ratio stays at ${rows[0].warmRatio.toFixed(1)}× (column above): the work itself, full diffs for 900 resources plus the hash, is more than twice a parse of the same file. (At 10k the warm ratio is above the fresh one for the same reason: later rounds of \`JSON.parse\` of 13 MB gain more from the grown heap than the render does.)\n\nWhat changed (same output, same plan hash; no existing test or assertion changed, one equivalence test added): the diff walk keeps one path stack and copies a path only when it emits a line (it used to allocate a new path array, key set and sorted copy per visited node), checks whether keys are already sorted (Terraform writes them sorted) before sorting, and is module-level instead of two closures per call; the report takes the diff lines straight from the walk (\`diffText\`, tested to equal \`diffLines(diffAttributes(…))\` on every real plan) instead of building diff objects and path copies first; titles escape the strings every title repeats (symbol, verb, plan prefix, reason sentence) once per process; the plan hash clones objects on the path to a sensitive value instead of rebuilding them key by key and feeds SHA-256 in 64 KiB chunks instead of 2,000 small updates (identical bytes, so identical digests — checked on every fixture plan). Effect: JIT-warm 1k render ~26 → ~20 ms; in a fresh process, where warm-up dominates, only some 5–10% of wall time (interleaved A/Bs of 15–21 fresh-process pairs, old and new sources under the same load: 48 → 46 and 54 → 49 ms for the first changes, then 55 → 50 ms for the direct diff lines), which the CPU ratio, noisier, does not resolve (4.9× old vs 5.0× new in one A/B). The earlier 5.62× was measured at load ~8, so part of the difference to the table is the quieter machine. Reaching ≤ 2× in a fresh process at 1k needs the render to drop from ~50 to ~25 ms: more than all of the job summary's diff work, or the hash and the comment together. What is left is fewer JavaScript steps per leaf (each worth a few ms at most: the walk, masking and JSON-encoding of ~13,000 leaves, the escaping of 1,000 addresses, the hash's serialisation), or rendering fewer full diffs into the job summary, which would change what users get and was not done. Machine: ${machineLine()}; load average at the end ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')}.`,
);
