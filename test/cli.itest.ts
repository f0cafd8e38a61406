/** The local runner CLI, through its npm bin, as a developer runs it. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { listActions, REPO_ROOT } from '@pipewright/testkit';

const bin = path.join(REPO_ROOT, 'node_modules', '.bin', 'pipewright');
const run = (...args: string[]) =>
  spawnSync(bin, args, {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_EXTRA_CA_CERTS: '' },
  });

describe('npx pipewright', () => {
  it('runs an action on the examples and prints outputs and the PR comment', () => {
    const r = run(
      'run',
      'terraform-plan',
      '--input',
      'plan-json=examples/terraform-plan/plan.json',
      '--event',
      'pull_request',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('── terraform-plan: exit code 0 ');
    expect(r.stdout).toMatch(/^has-changes=true$/m);
    expect(r.stdout).toMatch(/── terraform-plan: PR comment \(\d+ chars\) /);
    expect(r.stdout).toContain('<!-- pipewright:terraform-plan:');
    expect(r.stdout).not.toContain('fake GitHub rejected');
  });

  it('explains an unknown action and a malformed --input', () => {
    const a = run('run', 'deploy-everything');
    expect(a.status).toBe(2);
    expect(a.stderr).toContain('unknown action deploy-everything');
    const b = run('run', 'terraform-plan', '--input', 'no-equals-sign');
    expect(b.status).toBe(1);
    expect(b.stderr).toBe('pipewright: --input takes name=value, got "no-equals-sign"\n');
  });

  it('--help prints the usage and exits 0; no command is a usage error', () => {
    for (const args of [['--help'], ['-h'], ['help'], ['run', '--help'], ['demo', '--help']]) {
      const r = run(...args);
      expect([args, r.status, r.stdout.split('\n')[0]]).toEqual([args, 0, 'usage:']);
    }
    const none = run();
    expect(none.status).toBe(2);
    expect(none.stderr.split('\n')[0]).toBe('usage:');
  });

  it('names an unknown command or demo and exits non-zero', () => {
    const c = run('deploy');
    expect(c.status).toBe(2);
    expect(c.stderr.split('\n')[0]).toBe('unknown command deploy');
    const d = run('demo', 'nope');
    expect(d.status).toBe(2);
    expect(d.stderr.split('\n')[0]).toBe(
      'unknown demo nope (demos: build-image, canary, deploy-stack, terraform-plan, security-scan)',
    );
    expect(d.stdout).toBe('');
  });

  it('warns about an input action.yml does not declare, as GitHub’s runner does, and runs anyway', () => {
    const r = run(
      'run',
      'terraform-plan',
      '--input',
      'plan-json=examples/terraform-plan/plan.json',
      '--input',
      'nope=1',
    );
    expect(r.status).toBe(0);
    // the runner's wording (actions/runner#429): Unexpected input(s) 'x', valid inputs are ['a', 'b']
    expect(r.stderr.split('\n')[0]).toMatch(
      /^warning: Unexpected input\(s\) 'nope', valid inputs are \['path', 'workspace', /,
    );
    expect(r.stdout).toContain('── terraform-plan: exit code 0 ');
  });

  it('runs every demo of the README to its expected end', () => {
    const r = run('demo');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.match(/^── [a-z-]+: exit code \d+ /gm)).toEqual([
      expect.stringMatching(/^── build-image: exit code 0 /),
      expect.stringMatching(/^── canary: exit code 0 /),
      expect.stringMatching(/^── deploy-stack: exit code 0 /),
      expect.stringMatching(/^── terraform-plan: exit code 0 /),
      expect.stringMatching(/^── security-scan: exit code 1 /),
    ]);
    // one demo per action (the README's "Try it" promise), so the count follows actions/*/action.yml
    expect(r.stdout).toContain(`All ${listActions().length} demos ran.`);
    expect(r.stdout).not.toContain('fake GitHub rejected');
  }, 240_000);
});
