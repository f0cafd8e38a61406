/**
 * The plan report (PR comment and job summary): counts above the fold, a destructive block, per-resource
 * collapsible diffs, outputs, checks and warnings, and drift in its own collapsed section. Built on the shared
 * renderDocument budget, so it degrades full diffs -> changed attribute names -> addresses -> counts, and says
 * what it left out. Every untrusted string (addresses, names, messages) goes through the shared escaper.
 *
 * Here: the document (title, headline, counts table, failure, footer) and its size budget, for the comment and
 * the job summary alike; the sections are in report-sections.ts, the titles they share in report-titles.ts.
 */
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  utf8Bytes,
  codeBlock,
  escapeMarkdown,
  inlineCode,
  link,
  plural,
  renderDocument,
  table,
  type DocumentParts,
  type Measure,
  type RenderResult,
} from '@pipewright/shared/report';
import { planLine, type Counts } from './classify.ts';
import { totalCounts, type PlanSummary } from './plan-summary.ts';
import type { Masking } from './values.ts';
import type { PlanResult } from './plan.ts';
import { PassTracker } from './report-pass.ts';
import {
  changesSection,
  checksSection,
  destructiveSection,
  driftSection,
  outputsSection,
  riskSection,
} from './report-sections.ts';
import { n, planName } from './report-titles.ts';

export interface ReportContext {
  path: string;
  workspace: string;
  label: string | undefined;
  planHash: string | undefined;
  /** Link to the run (its job summary holds the full report). */
  runUrl: string | undefined;
  target: 'comment' | 'summary';
  /** Show attribute values; false = changed attribute names only. */
  showValues: boolean;
  masking: Masking;
  /** The step outputs that name full plan files this run actually set (e.g. no `text-plan-file` for plan JSON). */
  planFiles: readonly string[];
  /** Set when init/plan/show failed: Terraform's own error text, already redacted. */
  failure?: { stage: string; text: string };
}

function titleLine(plans: readonly PlanSummary[], ctx: ReportContext): string {
  const failed = ctx.failure !== undefined || plans.some((p) => p.errored);
  const icon = failed
    ? '❌'
    : plans.some((p) => p.destructive.length || p.risks.length)
      ? '⚠️'
      : plans.some((p) => p.hasChanges)
        ? '📝'
        : '✅';
  const ws = ctx.workspace === 'default' ? '' : ` · workspace ${inlineCode(ctx.workspace)}`;
  const label = ctx.label ? ` · ${escapeMarkdown(ctx.label)}` : '';
  return `### ${icon} Terraform plan${failed ? ' failed' : ''}: ${inlineCode(ctx.path)}${ws}${label}`;
}

function headline(plans: readonly PlanSummary[]): string {
  const t = totalCounts(plans);
  const mode = plans.find((p) => p.mode !== 'normal')?.mode;
  const lines: string[] = [];
  const resources = t.import + t.add + t.change + t.destroy + t.move + t.forget + t.other + t.invoke > 0;
  if (mode === 'refresh-only') {
    lines.push(
      t.drift
        ? `**Refresh-only plan:** ${n(t.drift, 'object', 'objects')} changed outside Terraform; applying updates the state to match.`
        : '**Refresh-only plan:** no changes outside Terraform.',
    );
  } else if (resources) {
    lines.push(`**${planLine(t)}**${mode === 'destroy' ? ' (destroy mode)' : ''}`);
  } else if (t.outputs) {
    lines.push(
      `**No resource changes;** ${n(t.outputs, 'output value changes', 'output values change')} (applying saves ${t.outputs === 1 ? 'it' : 'them'}).`,
    );
  } else if (t.read) {
    lines.push('**No resource changes;** data sources will be read during apply.');
  } else {
    lines.push('**No changes.** Your infrastructure matches the configuration.');
  }
  const also: string[] = [];
  const cbd = plans.reduce((n, p) => n + p.changes.filter((c) => c.kind === 'replace-cbd').length, 0);
  if (t.replace) also.push(`${t.replace} replaced${cbd ? ` (${cbd} create-before-destroy)` : ''}`);
  if (t.move) also.push(`${t.move} moved`);
  if (t.forget) also.push(`${t.forget} forgotten (not destroyed)`);
  if (t.read) also.push(`${t.read} read during apply`);
  if (t.outputs && resources) also.push(plural(t.outputs, 'output change'));
  if (t.other) also.push(`${t.other} with unrecognised actions`);
  if (also.length) lines.push(`Also: ${also.join(', ')}.`);
  return lines.join(' ');
}

const COLUMNS: [keyof Counts, string][] = [
  ['add', 'add'],
  ['change', 'change'],
  ['destroy', 'destroy'],
  ['import', 'import'],
  ['replace', 'replace'],
  ['move', 'move'],
  ['forget', 'forget'],
  ['read', 'read'],
  ['outputs', 'outputs'],
  ['drift', 'drift'],
];

function countsTable(plans: readonly PlanSummary[]): string {
  const row = (c: Counts) => COLUMNS.map(([k]) => String(c[k]));
  if (plans.length === 1)
    return table(
      COLUMNS.map(([, h]) => h),
      [row((plans[0] as PlanSummary).counts)],
    );
  const rows = plans.map((p) => [escapeMarkdown(planName(p) ?? ''), ...row(p.counts)]);
  rows.push(['**total**', ...row(totalCounts(plans)).map((x) => `**${x}**`)]);
  return table(['', ...COLUMNS.map(([, h]) => h)], rows);
}

function failureBlock(ctx: ReportContext): string {
  if (!ctx.failure) return '';
  const text =
    ctx.failure.text.length > 20_000 ? `${ctx.failure.text.slice(0, 20_000)}\n…` : ctx.failure.text;
  return `**${inlineCode(`terraform ${ctx.failure.stage}`)} failed:**\n\n${codeBlock(text || '(no output)')}`;
}

/** "the step outputs `a` and `b` name the full plan files, …", for the outputs that are set. */
function filesSentence(outputs: readonly string[]): string {
  if (outputs.length === 0) return 'the job summary has the full report.';
  const names = outputs.map((o) => `\`${o}\``);
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return outputs.length === 1
    ? `the step output ${list} names the full plan file, which a later step can upload as an artifact.`
    : `the step outputs ${list} name the full plan files, which a later step can upload as an artifact.`;
}

export function renderReport(
  plans: readonly PlanSummary[],
  ctx: ReportContext,
  limit: number,
  measure?: Measure,
  /** Let the changes section stop building diffs that cannot fit (report-pass.ts); off only to compare. */
  earlyStop = true,
): RenderResult {
  const header = [
    titleLine(plans, ctx),
    failureBlock(ctx),
    plans.length ? headline(plans) : '',
    plans.length ? countsTable(plans) : '',
  ]
    .filter((x) => x !== '')
    .join('\n\n');
  const footerParts: string[] = [];
  if (ctx.planHash) footerParts.push(`plan hash ${inlineCode(ctx.planHash)}`);
  const versions = [...new Set(plans.map((p) => p.terraformVersion).filter((v): v is string => !!v))];
  if (versions.length) footerParts.push(`Terraform ${versions.map(escapeMarkdown).join(', ')}`);
  const runLink = ctx.runUrl ? link('workflow run', ctx.runUrl).md : undefined;
  if (runLink) footerParts.push(runLink);
  const where =
    ctx.target === 'comment'
      ? `The full report is in the job summary${runLink ? ` of the ${runLink}` : ''}; `
      : '';
  // The changes section may stop building diffs that cannot fit (report-pass.ts); it is the fourth.
  const pass: PassTracker = new PassTracker([
    riskSection(plans),
    destructiveSection(plans),
    checksSection(plans),
    changesSection(plans, ctx, () => (earlyStop ? pass.view(3) : undefined)),
    outputsSection(plans, ctx),
    driftSection(plans, ctx),
  ]);
  const doc: DocumentParts = {
    header,
    sections: pass.tracked(),
    omittedNote: (omitted) =>
      `_Left out to fit GitHub's size limit: ${omitted.join('; ')}. ${where}${filesSentence(ctx.planFiles)}_`,
    ...(footerParts.length ? { footer: `<sub>${footerParts.join(' · ')}</sub>` } : {}),
  };
  // Sections budget in characters. For a byte limit (the job summary), render in characters and shrink the
  // budget until the bytes fit, so multi-byte text (—, …, emoji) never forces the last-resort cut.
  let budget = limit;
  for (let i = 0; ; i++) {
    const r = renderDocument(doc, budget);
    const size = measure ? measure(r.text) : r.text.length;
    if (size <= limit || i === 3) {
      if (size <= limit) return r;
      pass.chars = false; // renderDocument now measures in `measure` (bytes): no early stop
      return renderDocument(doc, limit, measure);
    }
    budget = Math.floor((budget * limit) / size) - 1024;
  }
}

/**
 * The PR comment and the job summary of a run, from the same result: the comment leaves room for the sticky
 * marker the comment helper puts in front, the summary is measured in bytes. Known secrets are cleaned out.
 */
export function renderReports(
  r: PlanResult,
  about: Omit<ReportContext, 'target' | 'planHash' | 'planFiles' | 'failure'>,
  clean: (text: string) => string,
): { comment: string; summary: string } {
  const { files, failure } = r;
  const base: Omit<ReportContext, 'target'> = {
    ...about,
    planHash: r.hash,
    planFiles: [
      ...(files.plan ? ['plan-file'] : []),
      ...(files.json ? ['json-plan-file'] : []),
      ...(files.text ? ['text-plan-file'] : []),
    ],
    ...(failure ? { failure: { stage: failure.stage, text: clean(failure.text) } } : {}),
  };
  const comment = clean(renderReport(r.summaries, { ...base, target: 'comment' }, COMMENT_LIMIT - 300).text);
  const summary = clean(
    renderReport(r.summaries, { ...base, target: 'summary' }, SUMMARY_LIMIT - 4096, utf8Bytes).text,
  );
  return { comment, summary };
}
