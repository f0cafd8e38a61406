/**
 * The report's sections, each a list that renderDocument degrades as the size limit requires (full diffs ->
 * changed attribute names -> addresses -> counts): risks and destructive changes above the fold, checks and
 * warnings, resource changes, output changes, and drift in its own collapsed section.
 */
import {
  codeBlock,
  details,
  escapeMarkdown,
  inlineCode,
  joinWithin,
  thousands,
  type DetailLevel,
  type Section,
} from '@pipewright/shared/report';
import { planLine, type Classified, type Counts } from './classify.ts';
import { totalCounts, type DriftEntry, type OutputChange, type PlanSummary } from './plan-summary.ts';
import type { Risk } from './risk.ts';
import { changedNames, changedTopLevel, diffLines } from './values.ts';
import { hasDiffText, outputDisplay, resourceDiffText } from './diff.ts';
import type { ReportContext } from './report.ts';
import type { PassView } from './report-pass.ts';
import { SYMBOL, changeTitle, n, planName, planPrefix } from './report-titles.ts';

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
  /**
   * For stopping the `full` rendering early (report-pass.ts): the pass in progress, and a lower bound of an
   * item's `full` length computed without its diff. Only for a section without `wrap`.
   */
  early?: { view: () => PassView | undefined; lowerBound: (item: T) => number };
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
      const sep = level === 'full' ? '\n\n' : '\n';
      const view = level === 'full' && o.early && !o.wrap && maxChars > 0 ? o.early.view() : undefined;
      const stop =
        view && o.early
          ? earlyStop(o.items, o.early.lowerBound, view, maxChars, head.length, sep)
          : undefined;
      const items = (function* () {
        let len = 0; // the items so far joined, as joinWithin joins them (each one it asks for fitted)
        for (const [k, it] of o.items.entries()) {
          if (stop?.(k, len)) return; // joinWithin then ends the list with "…and N more" and marks it truncated
          const text = cached(o.what, it, level, o.render);
          len += (k ? sep.length : 0) + text.length;
          yield text;
        }
      })();
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

/**
 * Before the k-th item, with the first k joined into `len` characters: true when rendering the rest at `full`
 * can be skipped (report-pass.ts says why that changes nothing): (1) the list is certainly truncated — its
 * length so far plus a lower bound of the rest exceeds what joinWithin fits; (2) the text so far, heading
 * included, is longer than every earlier candidate and (3) long enough that no later section can be longer.
 */
function earlyStop<T>(
  items: readonly T[],
  lowerBound: (item: T) => number,
  view: PassView,
  maxChars: number,
  headLength: number,
  sep: string,
): (k: number, len: number) => boolean {
  const room = maxChars - headLength - 60; // joinWithin's tailReserve
  let suffix: number[] | undefined; // suffix[k]: lower bound of items k.. with a separator before each
  let earlier: number | undefined;
  return (k, len) => {
    const text = headLength + len;
    if (text < view.laterBound || 2 * text < maxChars + view.laterBound) return false;
    if (!suffix) {
      suffix = new Array<number>(items.length + 1).fill(0);
      for (let i = items.length - 1; i >= 0; i--)
        suffix[i] = (suffix[i + 1] as number) + sep.length + lowerBound(items[i] as T);
    }
    const rest = (suffix[k] as number) - (k === 0 ? sep.length : 0);
    if (len + rest <= room) return false;
    earlier ??= view.earlierCandidate();
    return text > earlier;
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
export function riskSection(plans: readonly PlanSummary[]): Section {
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

export function destructiveSection(plans: readonly PlanSummary[]): Section {
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

export function changesSection(
  plans: readonly PlanSummary[],
  ctx: ReportContext,
  view: () => PassView | undefined = () => undefined,
): Section {
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
    early: {
      view,
      // `full` is `- title` (as `list`), or, when there is a diff, details(title, codeBlock(diff)): at least 54
      // characters of markup around the title's HTML, which holds <code>address</code> (13 + the address on one
      // line).
      lowerBound: ({ item, index }) => {
        const list = 2 + changeTitle(item, index).md.length;
        if (item.kind === 'delete' || item.kind === 'forget' || !ctx.showValues) return list;
        const details = 67 + item.address.length - (item.address.split('\r\n').length - 1);
        return hasDiffText(item.raw.change ?? {}) ? details : Math.min(list, details);
      },
    },
    what: 'resource changes',
    leavesOut: {
      condensed: 'attribute values (only changed attribute names are listed)',
      list: 'attribute diffs (only addresses are listed)',
    },
  });
}

export function outputsSection(plans: readonly PlanSummary[], ctx: ReportContext): Section {
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

export function checksSection(plans: readonly PlanSummary[]): Section {
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

export function driftSection(plans: readonly PlanSummary[], ctx: ReportContext): Section {
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
