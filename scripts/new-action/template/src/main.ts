import { UserError, type ActionRuntime } from '@pipewright/shared/action';
import { writeJobSummary } from '@pipewright/shared/report';
import { crossCheck, spec, toConfig, type ActionInputs } from './config.ts';
import { setOutputs } from './outputs.ts';
import { httpGet, probe } from './probe.ts';
import { failureText, renderReport } from './report.ts';

export { spec };

export async function main(rt: ActionRuntime): Promise<void> {
  // 1. Config: every input checked before the first request.
  const inputs = rt.inputs(spec, crossCheck);
  const cfg = toConfig(inputs);

  // 2. The work, with its client and logger passed in.
  const result = await probe(cfg, { get: httpGet, logger: rt.logger, signal: rt.signal });

  // 3. The report: job summary, and the PR comment where there is a pull request.
  const markdown = renderReport(result);
  writeJobSummary(markdown, rt.env);
  await comment(rt, inputs, markdown);

  // 4. Outputs, then the verdict.
  setOutputs(rt.outputs, result);
  if (!result.ok)
    throw new UserError(failureText(result), {
      hint: 'Set `expect-status` if another status is right; the job summary has the answer.',
    });
}

/** The sticky PR comment through the shared publishing path; GitHub code is loaded only on this path. */
async function comment(rt: ActionRuntime, inputs: ActionInputs, markdown: string): Promise<void> {
  if (!inputs.comment) return;
  const gh = await import('@pipewright/shared/github');
  await gh.publishToPullRequest({
    context: rt.context,
    logger: rt.logger,
    token: inputs.githubToken,
    action: '__ACTION__',
    key: inputs.url,
    body: markdown,
  });
}
