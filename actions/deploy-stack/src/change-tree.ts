import type { Change } from './cloudformation.ts';
import { escapeMarkdown, inlineCode } from '@pipewright/shared/report';

export interface PropertyChange {
  /** e.g. Properties.TopicName, Tags, Metadata. */
  path: string;
  before: string | undefined;
  after: string | undefined;
  requiresRecreation: string | undefined;
  source: string | undefined;
}

export interface ChangeNode {
  action: string;
  logicalId: string;
  physicalId: string | undefined;
  resourceType: string;
  /** True | False | Conditional (Modify only). */
  replacement: string | undefined;
  properties: PropertyChange[];
  /** A nested stack's own change set, expanded. */
  children: ChangeNode[] | undefined;
  nestedChangeSetId: string | undefined;
}

export function toChangeNode(c: Change): ChangeNode | undefined {
  const r = c.ResourceChange;
  if (!r) return undefined;
  const props: PropertyChange[] = (r.Details ?? []).map((d) => {
    const t = d.Target ?? {};
    const p = [t.Attribute, t.Name].filter(Boolean).join('.');
    return {
      path: p || '?',
      before: t.BeforeValue,
      after: t.AfterValue,
      requiresRecreation: t.RequiresRecreation,
      source: d.ChangeSource,
    };
  });
  return {
    action: r.Action ?? '?',
    logicalId: r.LogicalResourceId ?? '?',
    physicalId: r.PhysicalResourceId,
    resourceType: r.ResourceType ?? '?',
    replacement: r.Replacement,
    properties: props,
    children: undefined,
    nestedChangeSetId: r.ChangeSetId,
  };
}

export interface ChangeCounts {
  add: number;
  modify: number;
  remove: number;
  replace: number;
  conditional: number;
  other: number;
}

export function countChanges(nodes: readonly ChangeNode[]): ChangeCounts {
  const c: ChangeCounts = { add: 0, modify: 0, remove: 0, replace: 0, conditional: 0, other: 0 };
  for (const n of nodes) {
    if (n.action === 'Add') c.add++;
    else if (n.action === 'Modify') c.modify++;
    else if (n.action === 'Remove') c.remove++;
    else c.other++;
    if (n.replacement === 'True') c.replace++;
    if (n.replacement === 'Conditional') c.conditional++;
    if (n.children) {
      const sub = countChanges(n.children);
      c.add += sub.add;
      c.modify += sub.modify;
      c.remove += sub.remove;
      c.replace += sub.replace;
      c.conditional += sub.conditional;
      c.other += sub.other;
    }
  }
  return c;
}

export function countsLine(c: ChangeCounts): string {
  const parts = [`${c.add} to add`, `${c.modify} to modify`, `${c.remove} to remove`];
  if (c.other) parts.push(`${c.other} other`);
  const repl = [
    c.replace ? `${c.replace} replacement${c.replace === 1 ? '' : 's'}` : '',
    c.conditional ? `${c.conditional} conditional replacement${c.conditional === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return parts.join(', ') + (repl.length ? ` (**${repl.join(', ')}**)` : '');
}

const SYMBOL: Record<string, string> = { Add: '➕', Modify: '✏️', Remove: '➖', Import: '📥', Dynamic: '❔' };

function value(v: string | undefined): string {
  if (v === undefined) return '_(unknown)_';
  const short = v.length > 200 ? `${v.slice(0, 200)}…` : v;
  return inlineCode(short);
}

/** One resource, with its property changes (full) and nested change sets, as a markdown list item. */
export function renderNode(n: ChangeNode, level: 'full' | 'condensed' | 'list', depth = 0): string {
  const pad = '  '.repeat(depth);
  const repl =
    n.replacement === 'True'
      ? ' — ⚠️ **replacement**'
      : n.replacement === 'Conditional'
        ? ' — ⚠️ **conditional replacement**'
        : '';
  const lines = [
    `${pad}- ${SYMBOL[n.action] ?? '•'} **${escapeMarkdown(n.action)}** ${inlineCode(n.logicalId)} (${escapeMarkdown(n.resourceType)})${repl}`,
  ];
  if (level === 'full') {
    for (const p of n.properties) {
      const rec =
        p.requiresRecreation && p.requiresRecreation !== 'Never'
          ? ` _(recreation: ${escapeMarkdown(p.requiresRecreation)})_`
          : '';
      const diff =
        p.before !== undefined || p.after !== undefined ? `: ${value(p.before)} → ${value(p.after)}` : '';
      lines.push(`${pad}  - ${inlineCode(p.path)}${diff}${rec}`);
    }
  }
  if (n.children && level !== 'list') {
    if (n.children.length === 0) lines.push(`${pad}  - _no changes in this nested stack_`);
    for (const c of n.children) lines.push(renderNode(c, level, depth + 1));
  }
  return lines.join('\n');
}
