import type { Outputs } from '@pipewright/shared/action';
import type { RolloutResult } from './rollout-types.ts';

/** The step's outputs, from the rollout's result (action.yml documents each). */
export function setOutputs(outputs: Outputs, result: RolloutResult): void {
  outputs.set('status', result.status);
  outputs.set('reason', result.reason);
  outputs.set('weight', result.weight);
  outputs.set('step', result.steps.filter((s) => s.result === 'passed').length);
  outputs.set('canary', result.canary);
  if (result.image) outputs.set('image', result.image);
  if (result.previousImage) outputs.set('previous-image', result.previousImage);
  outputs.setJson('report', {
    status: result.status,
    reason: result.reason,
    steps: result.steps,
    decisions: result.decisions,
  });
}
