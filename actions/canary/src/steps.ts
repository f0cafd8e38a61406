import { parseDuration } from '@pipewright/shared/util';

/** One canary step: the traffic share to shift to, and what to do once its analysis has passed. */
export interface Step {
  /** Desired canary share in percent, 1..100. */
  weight: number;
  /** How long to hold (and analyse) at this weight; undefined = the `step-duration` input. */
  holdMs?: number;
  /** Stop after this step and wait for a later run with `decision: promote|rollback`. */
  manual: boolean;
}

/**
 * Parses `10,25,50,100` or a list with pauses: `25:2m` holds 2 minutes at 25 %, `50:manual` stops there
 * for a human decision. Weights must rise strictly; returns problems instead of throwing so every mistake
 * is reported at once.
 */
export function parseSteps(items: readonly string[]): { steps: Step[]; problems: string[] } {
  const steps: Step[] = [];
  const problems: string[] = [];
  for (const raw of items) {
    const m = /^(\d+)\s*%?\s*(?::\s*(\S+))?$/.exec(raw.trim());
    if (!m) {
      problems.push(`\`steps\`: "${raw}" is not a step; write a percentage such as 25, 25:2m or 25:manual.`);
      continue;
    }
    const weight = Number(m[1]);
    if (weight < 1 || weight > 100) {
      problems.push(`\`steps\`: ${weight} is not a percentage between 1 and 100.`);
      continue;
    }
    const step: Step = { weight, manual: false };
    const pause = m[2];
    if (pause === 'manual') step.manual = true;
    else if (pause !== undefined) {
      const ms = parseDuration(pause);
      if (ms === undefined || ms <= 0) {
        problems.push(`\`steps\`: "${pause}" in "${raw}" is neither a duration (e.g. 2m) nor "manual".`);
        continue;
      }
      step.holdMs = ms;
    }
    const prev = steps[steps.length - 1];
    if (prev && weight <= prev.weight) {
      problems.push(`\`steps\`: weights must rise; ${weight} follows ${prev.weight}.`);
      continue;
    }
    steps.push(step);
  }
  if (items.length === 0) problems.push('`steps`: give at least one step, e.g. 10,25,50,100.');
  return { steps, problems };
}
