import type { Deployment } from './k8s-types.ts';
import { STATE_ANNOTATION, type RolloutState } from './rollout-types.ts';
import type { Step } from './steps.ts';

/** The rollout state annotation of the stable Deployment; none (or unreadable) is undefined. */
export function parseState(d: Deployment): RolloutState | undefined {
  const raw = d.metadata.annotations?.[STATE_ANNOTATION];
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as RolloutState;
  } catch {
    return undefined;
  }
}

/** What a run finds when it starts: its inputs, the stable Deployment's image and the state annotation. */
export interface StartInput {
  deployment: string;
  image?: string;
  decision?: 'promote' | 'rollback';
  leftover: 'resume' | 'rollback';
  steps: Step[];
  /** The image the stable Deployment's target container runs now. */
  running: string;
  state?: RolloutState;
}

/** How a run starts. `image`/`previousImage` are what the result reports. */
export type StartPlan =
  /** Bad request for what is in the cluster: nothing is changed. */
  | { kind: 'refuse'; message: string; hint?: string }
  /** `decision: rollback` on a paused (or unfinished) rollout. */
  | { kind: 'rollback'; image: string; previousImage: string; reason: string }
  /** A paused rollout of the same image and no `decision`: nothing is changed, traffic stays. */
  | { kind: 'paused'; image: string; previousImage: string; step: number; reason: string; decision: string }
  /** The stable Deployment already runs the image. */
  | { kind: 'unchanged'; image: string; previousImage: string; reason: string; decision: string }
  /** Run the steps from `from` (0-based); a leftover of another image is rolled back first. */
  | {
      kind: 'run';
      image: string;
      previousImage: string;
      from: number;
      /** Set when the run continues an earlier rollout (its step index, as in `from`). */
      resumedFrom?: number;
      /** The explained decision to start this way, when there is one to log. */
      decision?: string;
      leftover?: { image: string; previousImage: string; reason: string };
    };

const NO_IMAGE = { kind: 'refuse', message: '`image` is required to start a rollout.' } as const;

/**
 * The start decision, from what is in the cluster and the inputs alone (no I/O): `decision` continues or
 * ends a rollout recorded in the state annotation; without it, a leftover of the same image resumes at its
 * step (or is rolled back, `on-leftover`), a paused one stays paused, a leftover of another image is rolled
 * back and the new image starts from step 1; with no state, a stable Deployment that already runs `image`
 * needs nothing.
 */
export function planStart(i: StartInput): StartPlan {
  const { state, image } = i;
  if (i.decision) {
    if (!state)
      return {
        kind: 'refuse',
        message: `There is no paused canary of ${i.deployment} to ${i.decision}.`,
        hint: 'Run without `decision` to start a rollout.',
      };
    const at = state.step + 1;
    if (i.decision === 'rollback')
      return {
        kind: 'rollback',
        image: state.image,
        previousImage: state.previousImage,
        reason: `rollback requested (decision: rollback) at step ${at}`,
      };
    if (!state.image) return NO_IMAGE;
    return {
      kind: 'run',
      image: state.image,
      previousImage: state.previousImage,
      from: at,
      resumedFrom: at,
      decision: `promote requested (decision: promote): continuing after step ${at}.`,
    };
  }
  if (!image) return NO_IMAGE;
  if (!state) {
    if (image === i.running) {
      const reason = `${i.deployment} already runs ${image}`;
      return {
        kind: 'unchanged',
        image,
        previousImage: i.running,
        reason,
        decision: `nothing to do: ${reason}.`,
      };
    }
    return { kind: 'run', image, previousImage: i.running, from: 0 };
  }
  if (state.image === image && i.leftover === 'resume') {
    if (state.phase === 'paused') {
      // A pause waits for a human: a re-run without `decision` (a workflow re-run, the same image pushed
      // again) must not pass the gate. Nothing is changed; traffic stays where the pause left it.
      const step = i.steps[state.step];
      const reason = `still paused at step ${state.step + 1}${step ? ` (${step.weight} %)` : ''} for a decision; a run without \`decision\` does not pass it`;
      return {
        kind: 'paused',
        image: state.image,
        previousImage: state.previousImage,
        step: state.step,
        reason,
        decision: `found the rollout of ${image} by ${state.holder} paused: ${reason}.`,
      };
    }
    return {
      kind: 'run',
      image,
      previousImage: state.previousImage,
      from: state.step,
      resumedFrom: state.step,
      decision: `found a ${state.phase} rollout of ${image} by ${state.holder}: resuming at step ${state.step + 1} (analysis counters start afresh).`,
    };
  }
  const why =
    state.image !== image
      ? `a new revision (${image}) replaces the unfinished canary of ${state.image}`
      : 'on-leftover is rollback';
  return {
    kind: 'run',
    image,
    previousImage: i.running,
    from: 0,
    leftover: {
      image: state.image,
      previousImage: state.previousImage,
      reason: `leftover rollout of ${state.image} by ${state.holder} found; ${why}`,
    },
  };
}
