import type { Logger } from '@pipewright/shared/log';
import type { Finding } from './findings.ts';

/**
 * One annotation per finding, failing ones first as errors (file findings before URL findings), the rest as warnings (low/info as notices),
 * at most `max` in total; GitHub itself shows 10 per level per step (the logger enforces that too).
 */
export function annotate(
  logger: Logger,
  findings: readonly Finding[],
  failing: ReadonlySet<Finding>,
  max: number,
): number {
  // Findings with a file and line first: that is what annotations are for; URL findings follow.
  const rank = (f: Finding) => (failing.has(f) ? 0 : 2) + (f.kind === 'sast' && f.path ? 0 : 1);
  const ordered = [...findings].sort((a, b) => rank(a) - rank(b));
  let n = 0;
  for (const f of ordered) {
    if (n >= max) break;
    const level = failing.has(f)
      ? 'error'
      : f.severity === 'high' || f.severity === 'medium'
        ? 'warning'
        : 'notice';
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
    n++;
  }
  return n;
}
