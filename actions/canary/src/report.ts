import { codeBlock, details, escapeMarkdown, inlineCode, table } from '@pipewright/shared/report';
import type { MeasurementReport, RolloutResult, StepReport } from './rollout-types.ts';

const ICON: Record<RolloutResult['status'], string> = {
  promoted: '✅ promoted',
  'rolled-back': '❌ rolled back',
  paused: '⏸️ paused',
  unchanged: '➖ unchanged',
};

const round = (x: number) => String(Math.round(x * 1000) / 1000);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** The numbers a check's condition compares with (`success: >= 99 && <= 100` → 99, 100): its thresholds. */
export function thresholds(condition: string): number[] {
  const main = condition.split(';')[0] ?? '';
  return [
    ...new Set(
      [...main.matchAll(/(?:<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)/gi)].map((m) => Number(m[1])),
    ),
  ];
}

/** The measurements of one check in one step (analysis only; the baseline comparison has its own rows). */
function rows(s: StepReport): Map<string, MeasurementReport[]> {
  const by = new Map<string, MeasurementReport[]>();
  for (const m of s.measurements) {
    if (m.target === 'canary vs baseline') continue;
    by.set(m.check, [...(by.get(m.check) ?? []), m]);
  }
  return by;
}

function others(ms: MeasurementReport[]): string {
  const n = (o: string) => ms.filter((m) => m.outcome === o).length;
  const parts = [
    n('error') ? `${n('error')} error${n('error') === 1 ? '' : 's'}` : '',
    n('wait') ? `${n('wait')} waiting for data` : '',
    n('inconclusive') ? `${n('inconclusive')} inconclusive` : '',
  ].filter(Boolean);
  const lastDetail = [...ms].reverse().find((m) => m.outcome !== 'success' && m.detail)?.detail;
  return escapeMarkdown(parts.join(', ') + (lastDetail && parts.length ? ` (last: ${lastDetail})` : ''));
}

/**
 * A Mermaid xychart of one check's values over the rollout (x: step and time of each measurement) with a
 * line per threshold of its condition. Check names are restricted to letters, digits, `.`, `_` and `-`
 * (config.ts), so they are safe inside the chart's quoted strings; only finite values are drawn.
 */
export function chart(check: string, steps: StepReport[]): string | undefined {
  const points = steps.flatMap((s) =>
    (rows(s).get(check) ?? [])
      .filter((m) => m.value !== undefined && Number.isFinite(m.value))
      .map((m) => ({
        label: `${s.index + 1} ${m.at ? m.at.slice(11, 19) : ''}`.trim(),
        value: m.value as number,
        condition: m.condition,
      })),
  );
  if (points.length < 2) return undefined;
  const limits = thresholds(points[0]?.condition ?? '');
  const lines = [
    'xychart-beta',
    `  title "${check}${limits.length ? ` and its threshold${limits.length > 1 ? 's' : ''} (${limits.map(round).join(', ')})` : ''}"`,
    `  x-axis "step and time (UTC)" [${points.map((p) => `"${p.label}"`).join(', ')}]`,
    `  y-axis "${check}"`,
    `  line [${points.map((p) => round(p.value)).join(', ')}]`,
    ...limits.map((t) => `  line [${points.map(() => round(t)).join(', ')}]`),
  ];
  return codeBlock(lines.join('\n'), 'mermaid');
}

/**
 * The job summary and PR comment, to be read in ten seconds: the verdict and why, the steps (requested vs
 * effective share), one row per check per step (condition, min/median/max, failures, what else happened),
 * a chart of each check's values against its thresholds, the queries once, then each decision in order.
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
  }
  const checks = [...new Set(r.steps.flatMap((s) => [...rows(s).keys()]))];
  if (checks.length) {
    lines.push('', '### Checks', '');
    const body: string[][] = [];
    for (const s of r.steps)
      for (const [check, ms] of rows(s)) {
        const values = ms.map((m) => m.value).filter((v): v is number => v !== undefined);
        const failures = ms.filter((m) => m.outcome === 'failure').length;
        body.push([
          String(s.index + 1),
          escapeMarkdown(check),
          escapeMarkdown(ms[0]?.condition ?? ''),
          String(values.length),
          values.length ? round(Math.min(...values)) : '–',
          values.length ? round(median(values)) : '–',
          values.length ? round(Math.max(...values)) : '–',
          failures ? `**${failures}**` : '0',
          others(ms),
        ]);
      }
    for (const s of r.steps)
      for (const m of s.measurements.filter((x) => x.target === 'canary vs baseline'))
        body.push([
          String(s.index + 1),
          `${escapeMarkdown(m.check)} vs baseline`,
          escapeMarkdown(m.condition),
          '–',
          '–',
          '–',
          '–',
          ['high', 'low', 'error'].includes(m.outcome) ? `**${m.outcome}**` : m.outcome,
          escapeMarkdown(m.detail ?? ''),
        ]);
    lines.push(
      table(['step', 'check', 'condition', 'values', 'min', 'median', 'max', 'failed', 'other'], body),
    );
    for (const check of checks) {
      const c = chart(check, r.steps);
      if (c) lines.push('', c);
    }
    const queries = checks.map((check) => {
      const q = r.steps.flatMap((s) => rows(s).get(check) ?? [])[0]?.query ?? '';
      return `${inlineCode(check)}\n\n${codeBlock(q, 'promql')}`;
    });
    lines.push('', details('Queries', queries.join('\n\n')));
  }
  if (r.decisions.length) {
    lines.push('', '### Decisions', '');
    for (const d of r.decisions) lines.push(`- ${escapeMarkdown(d)}`);
  }
  return lines.join('\n') + '\n';
}
