// One measurement in a fresh process (so peak RSS belongs to it alone):
//   parse  <file>: read the file, JSON.parse it
//   render <file>: read the file, then what the action does with it: parse, summarize, hash, render comment + summary
//   warm   <file>: parse + render ten times in one process (not a figure of the action, which renders once per
//                 process): how much of a fresh process's render is V8 warming up rather than the work itself
import { readFileSync } from 'node:fs';
import { parsePlans, type RawPlan } from '../../actions/terraform-plan/src/plan-json.ts';
import { planHash } from '../../actions/terraform-plan/src/plan-hash.ts';
import { summarize } from '../../actions/terraform-plan/src/plan-summary.ts';
import { renderReport, type ReportContext } from '../../actions/terraform-plan/src/report.ts';
import { NO_MASKING } from '../../actions/terraform-plan/src/values.ts';
import { COMMENT_LIMIT, SUMMARY_LIMIT, utf8Bytes } from '../../packages/shared/src/report/index.ts';

const [mode, file] = process.argv.slice(2) as [string, string];
const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;
/** CPU time (user + system, all threads) since c, in ms: less disturbed by other load on a shared machine. */
const cpu = (c: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};
let text: string | undefined = readFileSync(file, 'utf8');
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
if (mode === 'parse') {
  const plan = JSON.parse(text) as unknown;
  const parseMs = ms(t0);
  const parseCpuMs = cpu(c0);
  text = undefined;
  process.stdout.write(
    JSON.stringify({ parseMs, parseCpuMs, maxRssKb: process.resourceUsage().maxRSS, keep: typeof plan }),
  );
} else if (mode === 'warm') {
  const source = text;
  text = undefined;
  const rounds: { parseMs: number; renderMs: number }[] = [];
  for (let i = 0; i < 10; i++) {
    const p0 = process.hrtime.bigint();
    const plans: RawPlan[] = parsePlans(source, file);
    const parseMs = ms(p0);
    const r0 = process.hrtime.bigint();
    const summaries = plans.map((p) => summarize(p, NO_MASKING));
    const ctx: ReportContext = {
      path: 'infra',
      workspace: 'default',
      label: undefined,
      planHash: planHash(plans, 'bench'),
      runUrl: 'https://github.com/o/r/actions/runs/1',
      target: 'comment',
      showValues: true,
      masking: NO_MASKING,
      planFiles: ['plan-file', 'json-plan-file', 'text-plan-file'],
    };
    renderReport(summaries, ctx, COMMENT_LIMIT - 300);
    renderReport(summaries, { ...ctx, target: 'summary' }, SUMMARY_LIMIT - 4096, utf8Bytes);
    rounds.push({ parseMs, renderMs: ms(r0) });
  }
  process.stdout.write(JSON.stringify({ rounds }));
} else {
  let plans = parsePlans(text, file);
  text = undefined;
  const parseMs = ms(t0);
  const parseCpuMs = cpu(c0);
  const c1 = process.cpuUsage();
  const t1 = process.hrtime.bigint();
  const summaries = plans.map((p) => summarize(p, NO_MASKING));
  const hash = planHash(plans, 'bench');
  plans = [];
  const ctx: ReportContext = {
    path: 'infra',
    workspace: 'default',
    label: undefined,
    planHash: hash,
    runUrl: 'https://github.com/o/r/actions/runs/1',
    target: 'comment',
    showValues: true,
    masking: NO_MASKING,
    planFiles: ['plan-file', 'json-plan-file', 'text-plan-file'],
  };
  const comment = renderReport(summaries, ctx, COMMENT_LIMIT - 300);
  const summary = renderReport(summaries, { ...ctx, target: 'summary' }, SUMMARY_LIMIT - 4096, utf8Bytes);
  const renderMs = ms(t1);
  const renderCpuMs = cpu(c1);
  process.stdout.write(
    JSON.stringify({
      parseMs,
      parseCpuMs,
      renderMs,
      renderCpuMs,
      maxRssKb: process.resourceUsage().maxRSS,
      commentChars: comment.text.length,
      summaryBytes: utf8Bytes(summary.text),
      levels: comment.levels,
      summaryLevels: summary.levels,
    }),
  );
}
