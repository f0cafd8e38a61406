import { escapeMarkdown, inlineCode, plural, table, details } from '@pipewright/shared/report';
import type { MeasurementReport, RolloutResult } from './rollout-types.ts';

const ICON: Record<RolloutResult['status'], string> = {
  promoted: '✅ promoted',
  'rolled-back': '❌ rolled back',
  paused: '⏸️ paused',
  unchanged: '➖ unchanged',
};

function value(m: MeasurementReport): string {
  if (m.value !== undefined) return escapeMarkdown(String(Math.round(m.value * 1000) / 1000));
  return escapeMarkdown(m.detail ?? '');
}

/**
 * The job summary and PR comment: the verdict, then per step the requested and effective share and every
 * measurement with its resolved query, value, condition and outcome, then each decision in order.
 */
export function renderReport(r: RolloutResult, namespace: string, deployment: string): string {
  const lines: string[] = [];
  lines.push(`## Canary ${inlineCode(`${namespace}/${deployment}`)}: ${ICON[r.status]}`);
  lines.push('');
  lines.push(escapeMarkdown(r.reason));
  if (r.image)
    lines.push(
      '',
      `Image ${inlineCode(r.image)}${r.previousImage ? ` (stable was ${inlineCode(r.previousImage)})` : ''}, router ${inlineCode(r.router)}.`,
    );
  if (r.resumedFrom !== undefined)
    lines.push('', `Resumed at step ${r.resumedFrom + 1} from state found in the cluster.`);
  if (r.steps.length) {
    lines.push('', '### Steps', '');
    lines.push(
      table(
        ['step', 'requested', 'effective', 'canary pods', 'measurements', 'result'],
        r.steps.map((s) => [
          String(s.index + 1),
          `${s.weight} %`,
          `${s.effective} %`,
          String(s.canaryReplicas) + (s.baselineReplicas ? ` (+${s.baselineReplicas} baseline)` : ''),
          String(s.measurements.length),
          s.result,
        ]),
      ),
    );
    for (const s of r.steps) {
      if (!s.measurements.length) continue;
      const rows = s.measurements.map((m) => [
        escapeMarkdown(m.check),
        escapeMarkdown(m.target),
        value(m),
        escapeMarkdown(m.condition),
        m.outcome,
        inlineCode(m.query),
      ]);
      lines.push(
        '',
        details(
          `Step ${s.index + 1} (${s.weight} %): ${plural(s.measurements.length, 'measurement')}`,
          table(['check', 'target', 'value', 'condition', 'outcome', 'query'], rows),
          s.result === 'failed' || r.status === 'rolled-back',
        ),
      );
    }
  }
  if (r.decisions.length) {
    lines.push('', '### Decisions', '');
    for (const d of r.decisions) lines.push(`- ${escapeMarkdown(d)}`);
  }
  return lines.join('\n') + '\n';
}
