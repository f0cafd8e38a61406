import type { ActionRuntime } from '@pipewright/shared/action';
import { writeJobSummary } from '@pipewright/shared/report';
import type { CanaryInputs } from './config.ts';

/**
 * The report where people read it: the job summary, and the sticky PR comment through the shared
 * publishing path (GitHub code is loaded only on that path).
 */
export async function publish(rt: ActionRuntime, inputs: CanaryInputs, markdown: string): Promise<void> {
  writeJobSummary(markdown, rt.env);
  if (!inputs.comment || !inputs.githubToken) return;
  const gh = await import('@pipewright/shared/github');
  await gh.publishToPullRequest({
    context: rt.context,
    logger: rt.logger,
    token: inputs.githubToken,
    action: 'canary',
    key: `${inputs.namespace}/${inputs.deployment}`,
    body: markdown,
  });
}
