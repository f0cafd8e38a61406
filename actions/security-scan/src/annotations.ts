import { ANNOTATIONS_PER_LEVEL, type AnnotationLevel, type Logger } from '@pipewright/shared/log';
import { makesIncomplete, type Finding, type ScanProblem } from './findings.ts';

const SEVERITY_RANK: Record<string, number> = { high: 0, medium: 1, low: 2, info: 3 };
const LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

function levelOf(f: Finding, failing: ReadonlySet<Finding>): AnnotationLevel {
  if (failing.has(f)) return 'error';
  return f.severity === 'high' || f.severity === 'medium' ? 'warning' : 'notice';
}

/**
 * The `room` findings to annotate out of `list`: most severe first; within a severity, one finding per rule in
 * turn (file findings before URL findings), so ten findings of one rule do not hide every other rule.
 */
export function pickSpread(list: readonly Finding[], room: number): Finding[] {
  const picked: Finding[] = [];
  const tiers = new Map<number, Finding[]>();
  for (const f of list) {
    const r = SEVERITY_RANK[f.severity] ?? 4;
    tiers.set(r, [...(tiers.get(r) ?? []), f]);
  }
  for (const r of [...tiers.keys()].sort((a, b) => a - b)) {
    const byRule = new Map<string, Finding[]>();
    const onFile = (f: Finding) => (f.kind === 'sast' && f.path ? 0 : 1);
    for (const f of [...(tiers.get(r) as Finding[])].sort((a, b) => onFile(a) - onFile(b)))
      byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
    const queues = [...byRule.values()];
    for (let i = 0; picked.length < room && queues.some((q) => q.length > i); i++)
      for (const q of queues) if (q[i] && picked.length < room) picked.push(q[i] as Finding);
    if (picked.length >= room) break;
  }
  return picked;
}

/**
 * Annotations within GitHub's limits (10 per level per step; one error is kept for the gate's own failure):
 * failing findings as errors, other high/medium ones as warnings, the rest as notices, each level filled with
 * the most severe findings spread across rules, and at most `max` in total. Returns how many were annotated;
 * the rest are counted in the report.
 */
export function annotate(
  logger: Logger,
  findings: readonly Finding[],
  failing: ReadonlySet<Finding>,
  max: number,
): number {
  let n = 0;
  for (const level of LEVELS) {
    const room = Math.min(
      logger.annotationsLeft?.(level) ?? ANNOTATIONS_PER_LEVEL - (level === 'error' ? 1 : 0),
      max - n,
    );
    if (room <= 0) continue;
    for (const f of pickSpread(
      findings.filter((x) => levelOf(x, failing) === level),
      room,
    )) {
      emit(logger, level, f);
      n++;
    }
  }
  return n;
}

function emit(logger: Logger, level: AnnotationLevel, f: Finding): void {
  const title = `${f.ruleId} ${f.rule.name} (${f.severity})`;
  if (f.kind === 'sast' && f.path) {
    logger[level](f.message, {
      title,
      file: f.path,
      ...(f.line ? { startLine: f.line } : {}),
      ...(f.endLine ? { endLine: f.endLine } : {}),
      ...(f.column && !f.endLine ? { startColumn: f.column } : {}),
      ...(f.endColumn && !f.endLine ? { endColumn: f.endColumn } : {}),
    });
  } else {
    logger[level](
      `${f.method ?? 'GET'} ${f.url}${f.param ? ` [${f.param}]` : ''}${f.evidence ? ` — evidence: ${f.evidence.slice(0, 200)}` : ''}`,
      { title },
    );
  }
}

/** Each scanner problem as one annotation: a page not crawled is a notice; what fails the step, an error. */
export function logProblems(
  logger: Logger,
  problems: readonly ScanProblem[],
  failOnScanError: boolean,
): void {
  for (const p of problems) {
    if (p.note) logger.notice(`${p.tool}: ${p.message}`, { title: 'security-scan: not crawled' });
    else
      logger[p.fatal || (makesIncomplete(p) && failOnScanError) ? 'error' : 'warning'](
        `${p.tool}: ${p.message}`,
        {
          title: p.fatal
            ? 'security-scan: scan could not run'
            : makesIncomplete(p)
              ? 'security-scan: scan incomplete'
              : 'security-scan: scan problem',
        },
      );
  }
}
