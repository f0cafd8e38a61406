/**
 * The setup shared by the end-to-end files (e2e.itest.ts, e2e-github.itest.ts, e2e-plan-input.itest.ts): the
 * bundled action runs the real terraform on examples/terraform-plan (copied into a fresh workspace) and writes to
 * the fake GitHub API, through the runner emulator. A file calls `useTerraformE2E()` once at its top; `gh` and
 * `ws` are then the current test's fake GitHub and workspace (live bindings, set anew before each test).
 */
import { afterEach, beforeAll, beforeEach, expect, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  REPO_ROOT,
  pullRequestEvent,
  runBundle,
  type RunBundleOptions,
  type RunBundleResult,
} from '@pipewright/testkit';
import { startFakeGitHub, type FakeGitHub } from '@pipewright/testkit/github-fake/server';
import { stickyMarker } from '@pipewright/shared/github';

export const TERRAFORM = '/usr/local/bin/terraform';
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'terraform-plan');

export let gh: FakeGitHub;
export let ws: string;

export function useTerraformE2E(): void {
  // Each run is a real terraform init + plan + show; a busy 2-core CI machine needs more than Jest's 5 s.
  jest.setTimeout(60_000);

  beforeAll(() => {
    if (!existsSync(TERRAFORM))
      throw new Error(
        `${TERRAFORM} is missing: install Terraform 1.11 (scripts/provision.sh does) to run these tests.`,
      );
    execFileSync(TERRAFORM, ['version'], { stdio: 'ignore' });
  });

  beforeEach(async () => {
    gh = await startFakeGitHub();
    ws = mkdtempSync(path.join(os.tmpdir(), 'pw-tfplan-e2e-'));
    cpSync(EXAMPLE, path.join(ws, 'infra'), {
      recursive: true,
      filter: (f) => !/\.terraform|tfstate|plan\.json$/.test(f),
    });
  });
  afterEach(async () => {
    expect(gh.rejected).toEqual([]);
    await gh.close();
  });
}

export function run(o: RunBundleOptions = {}): Promise<RunBundleResult> {
  return runBundle('terraform-plan', {
    workspace: ws,
    githubApiUrl: gh.url,
    event: pullRequestEvent(),
    ...o,
    inputs: { path: 'infra', ...o.inputs },
    env: { TF_CLI_CONFIG_FILE: '/dev/null', ...o.env },
    timeoutMs: 90_000,
  });
}

export const marker = (key: string) => stickyMarker('terraform-plan', key);
/** The run link every report carries (the runner's GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_RUN_ID). */
export const RUN_URL = 'https://github.com/octo-org/octo-repo/actions/runs/7000000001';
export const errors = (r: RunBundleResult) =>
  r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
