/**
 * The step's outputs, for gating a later step: counts, flags and the plan hash (left unset when Terraform
 * failed), and the files this run wrote. `comment-url` is set after publishing.
 */
import type { Outputs } from '@pipewright/shared/action';
import type { PlanResult } from './plan.ts';
import { totalCounts } from './plan-summary.ts';

export function setOutputs(out: Outputs, r: PlanResult, summaryFile: string): void {
  const { summaries, files } = r;
  if (!r.failure) {
    const t = totalCounts(summaries);
    out.set('has-changes', r.hasChanges);
    out.set('has-destroy', r.hasDestroy);
    for (const k of ['add', 'change', 'destroy', 'import', 'replace', 'move', 'forget', 'read'] as const)
      out.set(`${k}-count`, t[k]);
    out.set('output-change-count', t.outputs);
    out.set(
      'risk-count',
      summaries.reduce((n, s) => n + s.risks.length, 0),
    );
    if (r.hash) out.set('plan-hash', r.hash);
  }
  out.set('summary-file', summaryFile);
  if (files.plan) out.set('plan-file', files.plan);
  if (files.json) out.set('json-plan-file', files.json);
  if (files.text) out.set('text-plan-file', files.text);
}
