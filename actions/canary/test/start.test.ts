import { describe, expect, it } from '@jest/globals';
import type { RolloutState } from '../src/rollout-types.ts';
import { planStart, type StartInput, type StartPlan } from '../src/start.ts';
import { parseSteps } from '../src/steps.ts';

// Where the expected plans come from:
// - actions/canary/README.md, "How it decides" step 2: "Read the stable Deployment and the state annotation:
//   resume, roll back a leftover, continue after a `decision`, or start. Nothing to do when the stable
//   Deployment already runs `image`." and the `on-leftover` / `decision` rows of its inputs table: a re-run
//   that finds an unfinished rollout of the same image resumes "at the step it was in" (or rolls back); a
//   paused rollout of the same image "stays paused until a run with `decision` (resume never passes the
//   gate)"; "a different image always rolls the leftover back first"; `decision: promote` goes on "after
//   that step", `decision: rollback` rolls back.
// - Flagger: a new revision applied during a canary analysis resets it — failed checks and canary weight to
//   zero — and starts a fresh analysis (https://github.com/fluxcd/flagger/issues/30): here the leftover of
//   the other image is rolled back and the new image starts from step 1 with counters reset.
// The reason and decision texts are the ones the bundle's end-to-end scenarios assert
// (actions/canary/test/scenarios.itest.ts: "already runs", "resuming at step", "a new revision ... replaces
// the unfinished canary", "still paused at step 1 (25 %)", "rollback requested (decision: rollback) at step 1").

const OLD = 'registry.local/web:1';
const NEW = 'registry.local/web:2';
const NEWER = 'registry.local/web:3';
const HOLDER = 'octo-org/octo-repo/7000000001/1';
const steps = parseSteps(['25:manual', '50', '100']).steps;

function state(o: Partial<RolloutState> = {}): RolloutState {
  return {
    image: NEW,
    previousImage: OLD,
    step: 1,
    phase: 'progressing',
    holder: HOLDER,
    router: 'replicas',
    updatedAt: '2026-12-03T10:00:00.000Z',
    ...o,
  };
}

function input(o: Partial<StartInput>): StartInput {
  return { deployment: 'web', leftover: 'resume', steps, running: OLD, ...o };
}

describe('planStart', () => {
  it.each<[string, Partial<StartInput>, StartPlan]>([
    ['no state: start from step 1', { image: NEW }, { kind: 'run', image: NEW, previousImage: OLD, from: 0 }],
    [
      'no state, stable already runs the image: nothing to do',
      { image: OLD },
      {
        kind: 'unchanged',
        image: OLD,
        previousImage: OLD,
        reason: `web already runs ${OLD}`,
        decision: `nothing to do: web already runs ${OLD}.`,
      },
    ],
    [
      'leftover of the same image, progressing, on-leftover resume: resume at the recorded step',
      { image: NEW, state: state({ step: 1 }) },
      {
        kind: 'run',
        image: NEW,
        previousImage: OLD,
        from: 1,
        resumedFrom: 1,
        decision: `found a progressing rollout of ${NEW} by ${HOLDER}: resuming at step 2 (analysis counters start afresh).`,
      },
    ],
    [
      'leftover of the same image, on-leftover rollback: roll it back, start from step 1',
      { image: NEW, leftover: 'rollback', state: state({ step: 1 }) },
      {
        kind: 'run',
        image: NEW,
        previousImage: OLD,
        from: 0,
        leftover: {
          image: NEW,
          previousImage: OLD,
          reason: `leftover rollout of ${NEW} by ${HOLDER} found; on-leftover is rollback`,
        },
      },
    ],
    [
      'leftover of another image (a new revision): roll it back, start from step 1',
      { image: NEWER, state: state({ step: 2 }) },
      {
        kind: 'run',
        image: NEWER,
        previousImage: OLD,
        from: 0,
        leftover: {
          image: NEW,
          previousImage: OLD,
          reason: `leftover rollout of ${NEW} by ${HOLDER} found; a new revision (${NEWER}) replaces the unfinished canary of ${NEW}`,
        },
      },
    ],
    [
      'paused rollout of the same image, no decision: stays paused, nothing changed',
      { image: NEW, state: state({ step: 0, phase: 'paused' }) },
      {
        kind: 'paused',
        image: NEW,
        previousImage: OLD,
        step: 0,
        reason: 'still paused at step 1 (25 %) for a decision; a run without `decision` does not pass it',
        decision: `found the rollout of ${NEW} by ${HOLDER} paused: still paused at step 1 (25 %) for a decision; a run without \`decision\` does not pass it.`,
      },
    ],
    [
      'paused rollout of another image: a different image always rolls the leftover back first',
      { image: NEWER, state: state({ step: 0, phase: 'paused' }) },
      {
        kind: 'run',
        image: NEWER,
        previousImage: OLD,
        from: 0,
        leftover: {
          image: NEW,
          previousImage: OLD,
          reason: `leftover rollout of ${NEW} by ${HOLDER} found; a new revision (${NEWER}) replaces the unfinished canary of ${NEW}`,
        },
      },
    ],
    [
      'decision promote on a pause: go on after the paused step',
      { decision: 'promote', state: state({ step: 0, phase: 'paused' }) },
      {
        kind: 'run',
        image: NEW,
        previousImage: OLD,
        from: 1,
        resumedFrom: 1,
        decision: 'promote requested (decision: promote): continuing after step 1.',
      },
    ],
    [
      'decision rollback on a pause: roll back',
      { decision: 'rollback', state: state({ step: 0, phase: 'paused' }) },
      {
        kind: 'rollback',
        image: NEW,
        previousImage: OLD,
        reason: 'rollback requested (decision: rollback) at step 1',
      },
    ],
    [
      'decision without a recorded rollout: refused, nothing changed',
      { decision: 'promote' },
      {
        kind: 'refuse',
        message: 'There is no paused canary of web to promote.',
        hint: 'Run without `decision` to start a rollout.',
      },
    ],
    [
      'no image and no decision: refused, nothing changed',
      {},
      { kind: 'refuse', message: '`image` is required to start a rollout.' },
    ],
  ])('%s', (_, i, plan) => {
    expect(planStart(input(i))).toEqual(plan);
  });

  it('a decision ignores the stable image: a paused rollout continues even when stable runs its image', () => {
    // README: `decision` continues a paused rollout; "Nothing to do" is only for a run that brings `image`.
    expect(
      planStart(input({ decision: 'promote', running: NEW, state: state({ step: 0, phase: 'paused' }) }))
        .kind,
    ).toBe('run');
  });
});
