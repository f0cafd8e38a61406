/**
 * Runs every committed bundle through the runner emulator: a bundle that cannot load (a silent
 * MODULE_NOT_FOUND, a CommonJS mix-up) or that accepts bad input fails here.
 * Each action's cases live in actions/<name>/test/smoke.json.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { listActions, REPO_ROOT, runBundle } from '@pipewright/testkit';

interface Smoke {
  invalid: { inputs: Record<string, string>; error: string };
  coldStart: {
    inputs: Record<string, string>;
    env?: Record<string, string>;
    /**
     * "warning" when the first network call is GitHub's API: publishing the report is never what fails a step
     * (a GitHub outage is a warning, the report is in the job summary).
     */
    unreachable?: 'error' | 'warning';
  };
}
const smokeOf = (action: string) =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'actions', action, 'test', 'smoke.json'), 'utf8')) as Smoke;
const actions = listActions();

describe('every bundle', () => {
  it('covers every directory in actions/ (each one has an action.yml, so none is skipped)', () => {
    const dirs = readdirSync(path.join(REPO_ROOT, 'actions'))
      .filter((a) => statSync(path.join(REPO_ROOT, 'actions', a)).isDirectory())
      .sort();
    expect(actions.length).toBeGreaterThan(0);
    expect(actions).toEqual(dirs);
  });

  it.each(actions)('%s rejects bad input with one clear error and no stack', async (action) => {
    const smoke = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'actions', action, 'test', 'smoke.json'), 'utf8'),
    ) as Smoke;
    const r = await runBundle(action, { inputs: smoke.invalid.inputs, workspace: REPO_ROOT });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain(smoke.invalid.error);
    expect(r.log).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(r.outputs).toEqual({});
  });

  it.each(actions)(
    '%s with valid inputs gets past validation to its first network call, and explains the unreachable endpoint',
    async (action) => {
      const smoke = smokeOf(action);
      const r = await runBundle(action, {
        inputs: smoke.coldStart.inputs,
        env: smoke.coldStart.env ?? {},
        workspace: REPO_ROOT,
      });
      const level = smoke.coldStart.unreachable ?? 'error';
      expect(r.exitCode).toBe(level === 'error' ? 1 : 0);
      const said = r.annotations.filter((a) => a.level === level).map((a) => a.message);
      expect(said.length).toBeGreaterThanOrEqual(1);
      expect(said.join('\n')).not.toMatch(/Invalid input|invalid inputs|Unexpected error|bug in pipewright/);
      if (level === 'warning') expect(said.join('\n')).toMatch(/GitHub could not be reached/);
    },
  );
});
