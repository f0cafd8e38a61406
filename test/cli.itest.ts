/** The local runner CLI, through its npm bin, as a developer runs it. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '@pipewright/testkit';

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
    expect(r.stdout).toContain('All 5 demos ran.');
    expect(r.stdout).not.toContain('fake GitHub rejected');
  }, 240_000);
});
