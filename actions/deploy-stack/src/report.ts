import { UserError } from '@pipewright/shared/action';
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
import type { DeployResult } from './result.ts';
import { formatEvent } from './events.ts';

/** Events shown in a failure report (the newest ones; the log has them all). */
const EVENTS_SHOWN = 20;

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
  const later = r.outcome === 'deployed' || r.outcome === 'no-changes';
  const message = later ? r.failure?.message : (r.message ?? r.failure?.message);
  return [message, cause ? `Root cause: ${cause}` : undefined].filter(Boolean).join('\n');
}

/** The error the step ends with after a failure (the job summary says the rest), or undefined. */
export function failureError(r: DeployResult): UserError | undefined {
  if (!r.failure) return undefined;
  const what =
    r.outcome === 'deployed' || r.outcome === 'no-changes'
      ? `Stack ${r.stackName} is ${r.status ?? 'deployed'}, but a later step failed.`
      : `Deploying stack ${r.stackName} failed.`;
  return new UserError(`${what}\n${failureText(r)}`, {
    hint: `${r.failure.hint}\nThe job summary says what was done and what was not.`,
  });
}

function text(s: string): Section {
  return { render: (_level, max) => (s.length <= max ? { text: s } : { text: '', omitted: 'a section' }) };
}

/** The job summary / PR comment: what happened, why it failed, the change tree, the outputs. */
export function renderReport(
  r: DeployResult,
  o: { region: string; limit: number; measure?: Measure; footer?: string },
): string {
  const laterFailure = r.failure && (r.outcome === 'deployed' || r.outcome === 'no-changes');
  const header =
    `### deploy-stack: ${inlineCode(r.stackName)} — ${HEADLINE[r.outcome]}` +
    (laterFailure ? ' — ⚠️ but a later step failed' : '');
  // One row under named columns: a two-column key/value table would need an empty header row.
  const facts = table(
    ['Stack', 'Status', 'Change set', 'Has changes', ...(r.failure ? ['Failure'] : [])],
    [
      [
        `${inlineCode(r.stackName)} (${escapeMarkdown(o.region)})`,
        r.status ? inlineCode(r.status) : r.failure ? 'unknown (the stack could not be read)' : '–',
        `${inlineCode(r.changeSetName)}${r.changeSetType ? ` (${escapeMarkdown(r.changeSetType)})` : ''}${r.outcome === 'previewed' ? ' — kept for review' : ''}`,
        !r.hasChanges ? 'no' : r.changes.length ? 'yes' : 'yes — parameters only, no resource changes',
        ...(r.failure ? [inlineCode(r.failure.kind)] : []),
      ],
    ],
  );
  const sections: Section[] = [text(facts)];
  if (r.dataLoss.length) sections.push(text(dataLossBlock(r)));
  const f = r.failure;
  if (f || r.outcome === 'failed' || r.outcome === 'timed-out') {
    const rc = r.rootCause;
    const parts = [
      `#### Why it failed\n\n${escapeMarkdown((laterFailure ? f?.message : r.message) ?? f?.message ?? 'The deployment failed.')}`,
    ];
    if (f?.operation)
      parts.push(
        `**Refused call:** ${inlineCode(f.operation)}${f.code ? ` answered ${inlineCode(f.code)}` : ''}` +
          (f.permission ? ` — missing permission ${inlineCode(f.permission)}` : ''),
      );
    if (f?.hint) parts.push(`**What to do:** ${escapeMarkdown(f.hint)}`);
    if (rc) {
      parts.push(
        `**Root cause** (earliest failure of this deployment): ${inlineCode(rc.logicalId)} (${escapeMarkdown(rc.resourceType)}) ` +
          `${inlineCode(rc.status)}${rc.stackName && rc.stackName !== r.stackName ? ` in nested stack ${inlineCode(rc.stackName)}` : ''}`,
      );
      if (rc.reason) parts.push(codeBlock(rc.reason));
    }
    sections.push(text(parts.join('\n\n')));
    const steps = [
      r.done.length
        ? `**Done:**\n${r.done.map((d) => `- ${escapeMarkdown(d)}`).join('\n')}`
        : '**Done:** nothing.',
      r.notDone.length ? `**Not done:**\n${r.notDone.map((d) => `- ${escapeMarkdown(d)}`).join('\n')}` : '',
    ].filter(Boolean);
    sections.push(text(`#### What was done\n\n${steps.join('\n\n')}`));
    if (r.events.length) {
      const shown = r.events.slice(-EVENTS_SHOWN).map((e) => formatEvent(e, r.stackName));
      sections.push(
        text(
          `#### Events of this deployment (${r.events.length}${r.events.length > shown.length ? `, the last ${shown.length} shown` : ''})\n\n` +
            codeBlock(shown.join('\n')),
        ),
      );
    }
  }
  sections.push(...reviewSections(r));
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

/** ⚠️ first thing after the facts: stateful resources the change set deletes or replaces. */
function dataLossBlock(r: DeployResult): string {
  const verb = r.outcome === 'previewed' ? 'executing this change set' : 'this change set';
  const lines = r.dataLoss.map(
    (d) =>
      `> - ${inlineCode(d.logicalId)} (${escapeMarkdown(d.resourceType)}) **${d.how}**` +
      (d.nestedIn ? ` in nested stack ${inlineCode(d.nestedIn)}` : '') +
      (d.kept ? ` — kept by ${escapeMarkdown(d.kept)}` : ' — its data is lost unless it is backed up'),
  );
  return [
    '> [!WARNING]',
    `> ⚠️ **Data loss:** ${verb} deletes or replaces ${r.dataLoss.length} stateful resource${r.dataLoss.length === 1 ? '' : 's'}:`,
    ...lines,
  ].join('\n');
}

/** The parameter diff, and what depends on the parameters that change (all a parameter-only edit has). */
function reviewSections(r: DeployResult): Section[] {
  const changed = r.parameterChanges.filter((p) => p.changed);
  const out: Section[] = [];
  if (changed.length) {
    const rows = changed.map((p) => [
      inlineCode(p.key) + (p.noEcho ? ' (NoEcho)' : ''),
      p.before === undefined ? '–' : inlineCode(p.before),
      inlineCode(p.after ?? ''),
    ]);
    const same = r.parameterChanges.length - changed.length;
    out.push(
      text(
        `#### Parameters: ${changed.length} changed${same ? `, ${same} unchanged` : ''}\n\n` +
          table(['Parameter', 'Before', 'After'], rows),
      ),
    );
  }
  const used = r.dependants.filter((d) => d.resources.length);
  const uses = used.map(
    (d) => `- ${inlineCode(d.key)} → ${d.resources.map((id) => inlineCode(id)).join(', ')}`,
  );
  if (r.hasChanges && r.changes.length === 0) {
    const what = changed.length
      ? `only parameters change (${changed.map((p) => inlineCode(p.key)).join(', ')})`
      : 'only stack-level settings change (parameters, tags or outputs)';
    out.push(
      text(
        `#### No resource changes\n\nCloudFormation lists no resource change: ${what}. ` +
          (used.length
            ? `Resources of the template that use them (CloudFormation found their properties unchanged):\n\n${uses.join('\n')}`
            : changed.length
              ? 'No resource of the template uses them: executing stores the new values (and updates outputs that use them).'
              : ''),
      ),
    );
  } else if (used.length) {
    out.push(text(`#### Resources that use the changed parameters\n\n${uses.join('\n')}`));
  }
  return out;
}
