import {
  codeBlock,
  escapeMarkdown,
  inlineCode,
  itemsSection,
  plural,
  renderDocument,
  table,
  type Measure,
  type Section,
} from '@pipewright/shared/report';
import { countChanges, countsLine, renderNode } from './change-tree.ts';
import type { DeployResult } from './deploy.ts';

const HEADLINE: Record<DeployResult['outcome'], string> = {
  deployed: '✅ deployed',
  'no-changes': '✅ no changes',
  previewed: '📝 change set ready for review',
  failed: '❌ failed',
  'timed-out': '⏱️ still in progress (wait timed out): failed',
};

export function failureText(r: DeployResult): string {
  const rc = r.rootCause;
  const cause = rc
    ? `${rc.logicalId} (${rc.resourceType}) ${rc.status}: ${rc.reason || '(no reason given)'}${rc.stackName && rc.stackName !== r.stackName ? ` [nested stack ${rc.stackName}]` : ''}`
    : undefined;
  return [r.message, cause ? `Root cause: ${cause}` : undefined].filter(Boolean).join('\n');
}

function text(s: string): Section {
  return { render: (_level, max) => (s.length <= max ? { text: s } : { text: '', omitted: 'a section' }) };
}

/** The job summary / PR comment: what happened, why it failed, the change tree, the outputs. */
export function renderReport(
  r: DeployResult,
  o: { region: string; limit: number; measure?: Measure; footer?: string },
): string {
  const header = `### deploy-stack: ${inlineCode(r.stackName)} — ${HEADLINE[r.outcome]}`;
  // One row under named columns: a two-column key/value table would need an empty header row.
  const facts = table(
    ['Stack', 'Status', 'Change set', 'Has changes'],
    [
      [
        `${inlineCode(r.stackName)} (${escapeMarkdown(o.region)})`,
        r.status ? inlineCode(r.status) : '–',
        `${inlineCode(r.changeSetName)}${r.changeSetType ? ` (${escapeMarkdown(r.changeSetType)})` : ''}${r.outcome === 'previewed' ? ' — kept for review' : ''}`,
        r.hasChanges ? 'yes' : 'no',
      ],
    ],
  );
  const sections: Section[] = [text(facts)];
  if (r.outcome === 'failed' || r.outcome === 'timed-out') {
    const rc = r.rootCause;
    const parts = [`#### Why it failed\n\n${escapeMarkdown(r.message ?? 'The deployment failed.')}`];
    if (rc) {
      parts.push(
        `**Root cause** (earliest failure of this deployment): ${inlineCode(rc.logicalId)} (${escapeMarkdown(rc.resourceType)}) ` +
          `${inlineCode(rc.status)}${rc.stackName && rc.stackName !== r.stackName ? ` in nested stack ${inlineCode(rc.stackName)}` : ''}`,
      );
      if (rc.reason) parts.push(codeBlock(rc.reason));
    }
    sections.push(text(parts.join('\n\n')));
  }
  if (r.changes.length) {
    const counts = countChanges(r.changes);
    sections.push(
      itemsSection({
        heading: `#### Changes: ${countsLine(counts)}`,
        items: r.changes,
        renderItem: (n, level) => renderNode(n, level),
        counts: () => countsLine(counts),
        what: 'resource changes',
      }),
    );
  } else if (r.outcome === 'no-changes') {
    sections.push(text('The template and parameters match the deployed stack: nothing to do.'));
  }
  const outputs = Object.entries(r.outputs);
  if (outputs.length) {
    sections.push(
      itemsSection({
        heading: '#### Outputs',
        items: outputs,
        renderItem: ([k, v]) => `- ${inlineCode(k)}: ${inlineCode(v)}`,
        counts: () => `${plural(outputs.length, 'output')} (see the \`outputs\` step output)`,
        what: 'outputs',
      }),
    );
  }
  return renderDocument({ header, sections, ...(o.footer ? { footer: o.footer } : {}) }, o.limit, o.measure)
    .text;
}
