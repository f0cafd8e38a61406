/**
 * The plan report (PR comment and job summary): counts above the fold, a destructive block, per-resource
 * collapsible diffs, outputs, checks and warnings, and drift in its own collapsed section. Built on the shared
 * renderDocument budget, so it degrades full diffs -> changed attribute names -> addresses -> counts, and says
 * what it left out. Every untrusted string (addresses, names, messages) goes through the shared escaper.
 */
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  utf8Bytes,
  code,
  codeBlock,
  details,
  escapeMarkdown,
  inline,
  Inline,
  inlineCode,
  joinWithin,
  link,
  plural,
  renderDocument,
  table,
  thousands,
  type DetailLevel,
  type DocumentParts,
  type Measure,
  type RenderResult,
  type Section,
} from '@pipewright/shared/report';
import { planLine, type Classified, type Counts, type Kind } from './classify.ts';
import { totalCounts, type DriftEntry, type OutputChange, type PlanSummary } from './plan-summary.ts';
import type { Risk } from './risk.ts';
import { changedNames, changedTopLevel, diffLines, type Masking } from './values.ts';
import { outputDisplay, resourceDiffText } from './diff.ts';
import type { PlanResult } from './plan.ts';

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

const SYMBOL: Record<Kind, string> = {
  create: '+',
  update: '~',
  delete: '-',
  replace: '-/+',
  'replace-cbd': '+/-',
  'replace-forget': '+/.',
  forget: '.',
  read: '<=',
  'no-op': ' ',
  other: '?',
};

const VERB: Record<Kind, string> = {
  create: 'create',
  update: 'update in place',
  delete: 'destroy',
  replace: 'replace (destroy, then create)',
  'replace-cbd': 'replace (create before destroy)',
  'replace-forget': 'replace (the old object is forgotten)',
  forget: 'forget (not destroyed)',
  read: 'read during apply',
  'no-op': 'no change',
  other: 'unrecognised action',
};

/** Reason text marks code with backticks; each part is escaped, code parts become code. */
export function reasonInline(reason: string): Inline {
  return new Inline(reason.split('`').map((part, i) => (i % 2 ? code(part) : { text: part })));
}

/** The reason as inline markdown (for callers outside an HTML block). */
export function reasonMarkdown(reason: string): string {
  return reasonInline(reason).md;
}

/** A plan's name in multi-plan input: its Terragrunt module folder, else "plan N"; undefined for one plan. */
export function planName(p: PlanSummary): string | undefined {
  return p.index === undefined ? undefined : (p.label ?? `plan ${p.index}`);
}

function planPrefix(name: string | undefined): string {
  return name === undefined ? '' : `${name}: `;
}

/** "create · moved from x · imported (id)" */
function describe(c: Classified): Inline {
  const facts: Inline[] = [];
  if (c.kind !== 'no-op') facts.push(once('text', VERB[c.kind], (v) => inline`${v}`));
  if (c.movedFrom) facts.push(inline`moved from ${code(c.movedFrom)}`);
  if (c.importing) facts.push(c.importId ? inline`imported from ${code(c.importId)}` : inline`imported`);
  return new Inline(facts.flatMap((f, i) => (i ? [{ trusted: ' · ' }, f] : [f])));
}

function symbolOf(c: Classified): string {
  if (c.kind === 'no-op') return c.importing ? '<-' : '->';
  return SYMBOL[c.kind];
}

const titles = new WeakMap<Classified, Inline>();

/**
 * The title of a change, built once: it appears at every level, in the destructive block and the list (markdown)
 * and as the <summary> of its diff (HTML), each rendering computed once.
 */
function changeTitle(c: Classified, index: string | undefined): Inline {
  let t = titles.get(c);
  if (t === undefined) titles.set(c, (t = renderTitle(c, index)));
  return t;
}

/**
 * Escaped forms of the few strings every title repeats (symbols, verbs, plan prefixes, reason sentences),
 * computed once each: escaping runs six regex passes, and a title used to run them five or six times.
 */
const escapedOnce = new Map<string, Inline>();
function once(kind: string, text: string, escape: (s: string) => Inline): Inline {
  const key = `${kind}\0${text}`;
  let e = escapedOnce.get(key);
  if (e === undefined) escapedOnce.set(key, (e = escape(text)));
  return e;
}

function renderTitle(c: Classified, index: string | undefined): Inline {
  const reason = c.reason ? inline` — ${once('reason', c.reason, reasonInline)}` : inline``;
  return inline`${once('code', symbolOf(c), code)} ${once('text', planPrefix(index), (p) => inline`${p}`)}${code(c.address)} ${describe(c)}${reason}`;
}

type Item<T> = { item: T; index: string | undefined };

/**
 * Rendered items by level: renderDocument re-renders sections while it degrades them, and the comment and the
 * job summary render the same items, so each item is rendered at most once per level.
 */
const renderedItems = new WeakMap<object, Partial<Record<string, string>>>();
function cached<T>(
  section: string,
  it: T,
  level: Exclude<DetailLevel, 'counts'>,
  render: (item: T, level: Exclude<DetailLevel, 'counts'>) => string,
): string {
  const key = (it as { item?: object }).item ?? (it as object);
  let entry = renderedItems.get(key);
  if (!entry) renderedItems.set(key, (entry = {}));
  return (entry[`${section}:${level}`] ??= render(it, level));
}

/** "1 object", "2 objects" */
function n(count: number, one: string, many: string): string {
  return `${thousands(count)} ${count === 1 ? one : many}`;
}

/** Like the shared itemsSection, with a separator per level (details blocks need blank lines between them). */
function listSection<T>(o: {
  heading: string;
  items: readonly T[];
  render: (item: T, level: Exclude<DetailLevel, 'counts'>) => string;
  counts: () => string;
  what: string;
  leavesOut: { condensed?: string; list?: string };
  wrap?: (body: string) => string;
  wrapCost?: number;
}): Section {
  const wrap = o.wrap ?? ((b: string) => b);
  const cost = o.wrapCost ?? 0;
  return {
    render(level, maxChars) {
      if (o.items.length === 0) return { text: '' };
      // The list-level lines, measured (and cached for the list pass) only until they exceed the room.
      const overflowsAtList = (room: number): boolean => {
        let size = 0;
        for (const it of o.items) {
          size += cached(o.what, it, 'list', o.render).length + 1;
          if (size > room - 60) return true;
        }
        return false;
      };
      const head = o.heading ? `${o.heading}\n\n` : '';
      if (level === 'counts') {
        const text = wrap(`${head}${o.counts()}`);
        return text.length <= maxChars
          ? { text, omitted: `the list of ${o.what}` }
          : { text: '', omitted: `the list of ${o.what}`, truncated: true };
      }
      const room = maxChars - head.length - cost;
      if (level !== 'list' && overflowsAtList(room)) {
        // Even one line per item will not fit, so renderDocument is bound to end this section at `list`:
        // skip building diffs it would throw away, and just ask to be degraded.
        return { text: wrap(head), omitted: `${o.what} beyond the size limit`, truncated: true };
      }
      const items = (function* () {
        for (const it of o.items) yield cached(o.what, it, level, o.render);
      })();
      const sep = level === 'full' ? '\n\n' : '\n';
      const r = joinWithin(items, o.items.length, room, o.what, sep);
      const levelNote = level === 'full' ? undefined : o.leavesOut[level];
      const omitted = [levelNote, r.omitted].filter((x): x is string => !!x).join(', and ');
      return {
        text: wrap(head + r.text),
        ...(omitted ? { omitted } : {}),
        ...(r.truncated ? { truncated: true } : {}),
      };
    },
  };
}

function countsSentence(c: Counts): string {
  const parts: string[] = [];
  if (c.destroy) parts.push(`${c.destroy} to destroy`);
  if (c.replace) parts.push(`${c.replace} to replace`);
  if (c.forget) parts.push(`${c.forget} to forget`);
  return parts.join(', ') || 'none';
}

const RISK_VERB: Record<Risk['action'], string> = {
  create: 'create',
  update: 'update',
  delete: 'destroy',
  replace: 'replace',
};

/** Above the fold: what the risk rules call out, one line per rule and resource. */
function riskSection(plans: readonly PlanSummary[]): Section {
  const items: Item<Risk>[] = plans.flatMap((p) => p.risks.map((item) => ({ item, index: planName(p) })));
  return listSection({
    heading: `#### ⚠️ Needs a careful look (${items.length})`,
    items,
    render: ({ item, index }) =>
      `- **${escapeMarkdown(item.title)}**: ${escapeMarkdown(planPrefix(index))}${inlineCode(item.address)} (${RISK_VERB[item.action]})`,
    counts: () => `${n(items.length, 'change needs', 'changes need')} a careful look.`,
    what: 'risky changes',
    leavesOut: {},
  });
}

function destructiveSection(plans: readonly PlanSummary[]): Section {
  const items: Item<Classified>[] = plans.flatMap((p) =>
    p.destructive.map((item) => ({ item, index: planName(p) })),
  );
  const n = items.length;
  return listSection({
    heading: `#### ⚠️ Destructive changes (${n})`,
    items,
    render: ({ item, index }) => `- ${changeTitle(item, index).md}`,
    counts: () => countsSentence(totalCounts(plans)),
    what: 'destructive changes',
    leavesOut: {},
  });
}

function changesSection(plans: readonly PlanSummary[], ctx: ReportContext): Section {
  const items: Item<Classified>[] = plans.flatMap((p) =>
    p.changes.map((item) => ({ item, index: planName(p) })),
  );
  return listSection({
    heading: `#### Resource changes (${items.length})`,
    items,
    render: ({ item, index }, level) => {
      const title = changeTitle(item, index);
      if (level === 'list') return `- ${title.md}`;
      if (item.kind === 'delete' || item.kind === 'forget') return `- ${title.md}`;
      if (level === 'condensed' || !ctx.showValues) {
        const names = changedTopLevel(item.raw.change ?? {});
        if (names.length === 0) return `- ${title.md}`;
        const shown = names
          .slice(0, 20)
          .map((x) => inlineCode(x))
          .join(', ');
        return `- ${title.md}: ${shown}${names.length > 20 ? ` and ${names.length - 20} more` : ''}`;
      }
      const text = resourceDiffText(item.raw.type, item.raw.change ?? {}, ctx.masking);
      if (text === '') return `- ${title.md}`;
      // The title is the <summary> of an HTML block, where markdown is not parsed: it renders as HTML there.
      return details(title, codeBlock(text, 'diff'));
    },
    counts: () => planLine(totalCounts(plans)),
    what: 'resource changes',
    leavesOut: {
      condensed: 'attribute values (only changed attribute names are listed)',
      list: 'attribute diffs (only addresses are listed)',
    },
  });
}

function outputsSection(plans: readonly PlanSummary[], ctx: ReportContext): Section {
  const items: Item<OutputChange>[] = plans.flatMap((p) =>
    p.outputs.map((item) => ({ item, index: planName(p) })),
  );
  return listSection({
    heading: `#### Output changes (${items.length})`,
    items,
    render: ({ item, index }, level) => {
      const title = `- ${inlineCode(SYMBOL[item.kind])} ${escapeMarkdown(planPrefix(index))}${inlineCode(`output.${item.name}`)}`;
      if (level !== 'full' || !ctx.showValues) return title;
      // Terraform's own rendering of the value: one line inline, anything longer as a diff block
      const shown = outputDisplay(item.name, item.change, ctx.masking);
      if (shown.inline !== undefined)
        return `${title}: ${inlineCode(shown.inline.length > 300 ? `${shown.inline.slice(0, 300)}…` : shown.inline)}`;
      return `${title}\n\n${codeBlock(shown.block as string, 'diff')}\n`;
    },
    counts: () => `${n(items.length, 'output value changes', 'output values change')}.`,
    what: 'output changes',
    leavesOut: { condensed: 'output values', list: 'output values' },
  });
}

interface Notice {
  icon: string;
  text: string;
}

function checksSection(plans: readonly PlanSummary[]): Section {
  const items: Notice[] = [];
  for (const p of plans) {
    const pre = escapeMarkdown(planPrefix(planName(p)));
    for (const w of p.warnings) items.push({ icon: '⚠️', text: `${pre}${escapeMarkdown(w)}` });
    for (const c of p.checks) {
      const msg = c.messages.length ? `: ${c.messages.map(escapeMarkdown).join('; ')}` : '';
      items.push({
        icon: c.status === 'unknown' ? '❔' : '❌',
        text: `${pre}check ${inlineCode(c.address)} **${escapeMarkdown(c.status)}**${msg}`,
      });
    }
  }
  return listSection({
    heading: `#### Checks and warnings (${items.length})`,
    items,
    render: (n) => `- ${n.icon} ${n.text}`,
    counts: () => `${n(items.length, 'failing check or warning', 'failing checks or warnings')}.`,
    what: 'checks and warnings',
    leavesOut: {},
  });
}

function driftSection(plans: readonly PlanSummary[], ctx: ReportContext): Section {
  const items: Item<DriftEntry>[] = plans.flatMap((p) =>
    p.drift.map((item) => ({ item, index: planName(p) })),
  );
  const summary = `Changed outside Terraform (${thousands(items.length)})`;
  const open = `<details><summary>${summary}</summary>\n\n`;
  const close = '\n\n</details>';
  return listSection({
    heading: '',
    items,
    render: ({ item, index }, level) => {
      const moved = item.movedFrom ? ` · moved from ${inlineCode(item.movedFrom)}` : '';
      const title = `${inlineCode(SYMBOL[item.kind])} ${escapeMarkdown(planPrefix(index))}${inlineCode(item.address)} ${escapeMarkdown(item.kind === 'delete' ? 'deleted outside Terraform' : item.kind === 'no-op' ? 'unchanged' : 'changed')}${moved}`;
      if (level === 'list' || item.diffs.length === 0) return `- ${title}`;
      if (level === 'condensed' || !ctx.showValues)
        return `- ${title}: ${changedNames(item.diffs)
          .slice(0, 20)
          .map((x) => inlineCode(x))
          .join(', ')}`;
      return `- ${title}\n\n${codeBlock(diffLines(item.diffs).join('\n'), 'diff')}`;
    },
    counts: () => `${n(items.length, 'object', 'objects')} changed outside Terraform.`,
    what: 'drifted objects',
    leavesOut: { condensed: 'drift values', list: 'drift details' },
    wrap: (body) => `${open}${body}${close}`,
    wrapCost: open.length + close.length,
  });
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
  const doc: DocumentParts = {
    header,
    sections: [
      riskSection(plans),
      destructiveSection(plans),
      checksSection(plans),
      changesSection(plans, ctx),
      outputsSection(plans, ctx),
      driftSection(plans, ctx),
    ],
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
    if (size <= limit || i === 3) return size <= limit ? r : renderDocument(doc, limit, measure);
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
