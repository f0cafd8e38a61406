/**
 * Validates workflow files with GitHub's own parser (`@actions/workflow-parser`: the schema and the template
 * conversion the Actions service and the VS Code extension use), plus a few project rules the schema cannot know:
 * remote actions pinned to a commit SHA, and `with:` of local actions (`uses: ./actions/<name>`) matching that
 * action's inputs.
 */
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  isMapping,
  isSequence,
  parseWorkflow,
} from '@actions/workflow-parser';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { ActionMetadata } from './action-metadata.ts';

/** Every error GitHub's parser reports for this workflow: schema (unknown keys, types, expressions) and conversion. */
export async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  if (parsed.value) await convertWorkflowTemplate(parsed.context, parsed.value);
  return parsed.context.errors.getErrors().map((e) => e.message);
}

export interface WorkflowStep {
  job: string;
  index: number;
  line: number | undefined;
  uses: string | undefined;
  run: string | undefined;
  with: Record<string, string>;
}

function asMapping(token: TemplateToken | undefined): MappingToken | undefined {
  return token && isMapping(token) ? (token as MappingToken) : undefined;
}

/** The steps of every job, in order, with `uses` and `with` as written (expressions kept as text). */
export function workflowSteps(name: string, content: string): WorkflowStep[] {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const jobs = asMapping(asMapping(parsed.value)?.find('jobs'));
  const out: WorkflowStep[] = [];
  for (const job of jobs ?? []) {
    const steps = asMapping(job.value)?.find('steps');
    if (!steps || !isSequence(steps)) continue;
    let index = 0;
    for (const step of steps as Iterable<TemplateToken>) {
      const m = asMapping(step);
      const withMap: Record<string, string> = {};
      for (const p of asMapping(m?.find('with')) ?? []) withMap[String(p.key)] = String(p.value);
      const uses = m?.find('uses');
      const run = m?.find('run');
      out.push({
        job: String(job.key),
        index,
        line: step.line,
        uses: uses ? String(uses) : undefined,
        run: run ? String(run) : undefined,
        with: withMap,
      });
      index++;
    }
  }
  return out;
}

const PINNED = /^[^@\s]+@[0-9a-f]{40}$/;

/** Remote actions must be pinned to a full commit SHA (Dependabot keeps SHA + version comment current). */
export function unpinnedActions(steps: WorkflowStep[]): string[] {
  return steps
    .filter((s) => s.uses !== undefined && !s.uses.startsWith('./') && !s.uses.startsWith('docker://'))
    .filter((s) => !PINNED.test(s.uses ?? ''))
    .map((s) => `job ${s.job} step ${s.index + 1}: '${s.uses}' is not pinned to a 40-character commit SHA`);
}

/** `with:` of a local action step against that action's inputs: unknown keys, missing required inputs. */
export function localActionInputErrors(step: WorkflowStep, action: ActionMetadata): string[] {
  const errors: string[] = [];
  const known = new Map(action.inputs.map((i) => [i.id, i]));
  for (const key of Object.keys(step.with)) {
    if (!known.has(key)) {
      errors.push(
        `job ${step.job} step ${step.index + 1} (${step.uses}): 'with: ${key}' is not an input of the action (inputs: ${[...known.keys()].join(', ')})`,
      );
    }
  }
  for (const input of action.inputs) {
    if (input.required && input.default === undefined && !(input.id in step.with)) {
      errors.push(
        `job ${step.job} step ${step.index + 1} (${step.uses}): required input '${input.id}' is not given`,
      );
    }
  }
  return errors;
}
