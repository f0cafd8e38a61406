/**
 * End-to-end: the bundled action runs the real terraform on examples/terraform-plan (copied into a fresh
 * workspace) and writes to the fake GitHub API, through the runner emulator (setup in e2e-harness.ts). This file:
 * terraform's own runs — the pull_request flow, events, secrets, failures, checks, modes and backends.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HEAD_SHA, pushEvent, workflowDispatchEvent } from '@pipewright/testkit';
import { renderedProblems, shownLines } from '@pipewright/testkit/render-like-github';
import { errors, gh, marker, run, RUN_URL, TERRAFORM, useTerraformE2E, ws } from './e2e-harness.ts';

useTerraformE2E();

describe('terraform-plan end to end', () => {
  it('pull_request: comments a real plan, re-plans to the same hash, updates the same comment on change', async () => {
    // The example has a sensitive value: plan-hash is reproducible only with a hash key (README).
    const keyed = { 'hash-key': 'e2e-plan-hash-key-0001' };
    const r1 = await run({ inputs: keyed });
    expect(errors(r1)).toEqual([]);
    expect(r1.exitCode).toBe(0);
    const c1 = gh.issueComments(42);
    expect(c1).toHaveLength(1);
    const body1 = c1[0]?.body ?? '';
    expect(body1.startsWith(`${marker('infra:default')}\n`)).toBe(true);
    // what GitHub shows (cmark-gfm + GitHub's sanitizer): clean, and the collapsible rows without escapes
    expect(renderedProblems(body1, { untrusted: [], links: [RUN_URL] })).toEqual([]);
    const shown1 = shownLines(body1);
    expect(shown1.slice(0, 2)).toEqual([
      '📝 Terraform plan: infra',
      'Plan: 4 to add, 0 to change, 0 to destroy. Also: 2 output changes.',
    ]);
    expect(shown1).toContain('+ terraform_data.web[1] create');
    expect(renderedProblems(r1.summary, { untrusted: [], links: [RUN_URL] })).toEqual([]);
    // the diff lines as Terraform prints them (nested attributes of `input`, sensitive values named)
    expect(shown1.join('\n')).toMatch(/^\+ {7}name += "staging-web-1"$/m);
    expect(shown1.join('\n')).toMatch(/^\+ {7}password += \(sensitive value\)$/m);
    expect(r1.outputs).toMatchObject({
      'has-changes': 'true',
      'has-destroy': 'false',
      'add-count': '4',
      'change-count': '0',
      'destroy-count': '0',
      'output-change-count': '2',
      'comment-url': c1[0]?.html_url,
    });
    expect(r1.outputs['plan-hash']).toMatch(/^sha256:[0-9a-f]{64}$/);
    // the job summary is the same report, and the files named by the outputs exist
    expect(r1.summary).toContain('**Plan: 4 to add, 0 to change, 0 to destroy.**');
    expect(readFileSync(r1.outputs['summary-file'] as string, 'utf8')).toBe(r1.summary.trimEnd());
    expect(JSON.parse(readFileSync(r1.outputs['json-plan-file'] as string, 'utf8')).format_version).toBe(
      '1.2',
    );
    expect(readFileSync(r1.outputs['text-plan-file'] as string, 'utf8')).toContain(
      'Plan: 4 to add, 0 to change, 0 to destroy.',
    );
    expect(existsSync(r1.outputs['plan-file'] as string)).toBe(true);

    // re-plan of the same change: same hash, still one comment
    const r2 = await run({ inputs: keyed });
    expect(r2.outputs['plan-hash']).toBe(r1.outputs['plan-hash']);
    expect(gh.issueComments(42)).toHaveLength(1);

    // a different change: the same comment is updated, the hash differs
    const r3 = await run({ inputs: { ...keyed, variables: 'replicas=3\nenvironment=prod' } });
    expect(r3.exitCode).toBe(0);
    const c3 = gh.issueComments(42);
    expect(c3).toHaveLength(1);
    expect(c3[0]?.id).toBe(c1[0]?.id);
    expect(c3[0]?.body).toContain('**Plan: 5 to add, 0 to change, 0 to destroy.**');
    expect(c3[0]?.body).toMatch(/^\+ {7}name += "prod-web-2"$/m);
    expect(r3.outputs['plan-hash']).not.toBe(r1.outputs['plan-hash']);
    const writes = gh.requests.filter((q) => q.method !== 'GET').map((q) => `${q.method} ${q.path}`);
    expect(writes).toEqual([
      'POST /repos/octo-org/octo-repo/issues/42/comments',
      `PATCH /repos/octo-org/octo-repo/issues/comments/${c1[0]?.id}`,
    ]); // the identical re-plan left the comment alone
  });

  it('push: finds the PR of the commit; workflow_dispatch: comments only with pr-number', async () => {
    const push = await run({ event: pushEvent({ sha: HEAD_SHA }) });
    expect(push.exitCode).toBe(0);
    expect(gh.requests.some((q) => q.path === `/repos/octo-org/octo-repo/commits/${HEAD_SHA}/pulls`)).toBe(
      true,
    );
    expect(gh.issueComments(42)).toHaveLength(1);

    const before = gh.requests.length;
    const bare = await run({ event: workflowDispatchEvent(), inputs: { label: 'dispatch' } });
    expect(bare.exitCode).toBe(0);
    expect(gh.requests.length).toBe(before); // no PR: no API call at all
    expect(bare.summary).toContain('**Plan: 4 to add');
    expect(bare.log).toContain('not about a pull request');

    const dispatch = await run({
      event: workflowDispatchEvent(),
      inputs: { label: 'dispatch', 'pr-number': '42' },
    });
    expect(dispatch.exitCode).toBe(0);
    const bodies = gh.issueComments(42).map((c) => c.body.split('\n')[0]);
    expect(bodies).toEqual([marker('infra:default'), marker('infra:default:dispatch')]);
  });

  it('never leaks planted secrets (sensitive variable, output, attribute) into comment, summary, log or outputs', async () => {
    const planted = {
      variable: 'hunter2-E2E-SENSITIVE-VAR-5e1f',
      output: 'E2E-OUTPUT-SECRET-77aa',
      attribute: 'E2E-ATTR-SECRET-beef',
      env: 'E2E-ENV-SECRET-1234',
    };
    mkdirSync(path.join(ws, 'secrets'));
    writeFileSync(
      path.join(ws, 'secrets', 'main.tf'),
      `variable "password" {
  type      = string
  sensitive = true
}
variable "api_key" { type = string }
resource "terraform_data" "db" { input = { user = "admin", password = var.password } }
resource "terraform_data" "nested" { input = { token = sensitive("${planted.attribute}") } }
resource "terraform_data" "leaky" { input = var.api_key }
output "token" {
  value     = "${planted.output}"
  sensitive = true
}
`,
    );
    const r = await run({
      inputs: {
        path: 'secrets',
        variables: `password=${planted.variable}\napi_key=${planted.env}`,
        'mask-env': 'API_KEY',
      },
      env: { API_KEY: planted.env },
    });
    expect(errors(r)).toEqual([]);
    expect(r.exitCode).toBe(0);
    const comment = gh.issueComments(42)[0]?.body ?? '';
    expect(comment).toMatch(/^\+ {7}password += \(sensitive value\)$/m);
    expect(comment).toMatch(/^\+ {3}input += \(masked\)$/m);
    // ::add-mask:: lines are consumed by the runner, never shown
    const visibleLog = r.log
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const secret of Object.values(planted)) {
      expect(comment).not.toContain(secret);
      expect(r.summary).not.toContain(secret);
      expect(visibleLog).not.toContain(secret);
      expect(JSON.stringify(r.outputs)).not.toContain(secret);
      expect(readFileSync(r.outputs['summary-file'] as string, 'utf8')).not.toContain(secret);
      expect(r.masks).toContain(secret); // registered with core.setSecret
    }
  });

  it('fails with Terraform’s own error as an annotation and a comment marked failed', async () => {
    writeFileSync(
      path.join(ws, 'infra', 'broken.tf'),
      'resource "terraform_data" "x" {\n  no_such_argument = 1\n}\n',
    );
    const r = await run();
    expect(r.exitCode).toBe(1);
    // Terraform's diagnostic on its file and line (terraform plan -json gives the range), then the step's error
    const e = r.annotations.filter((a) => a.level === 'error');
    expect(e.map((a) => [a.file, a.line, a.message.split(':')[0]])).toEqual([
      ['infra/broken.tf', 2, 'Unsupported argument'],
      [undefined, undefined, 'terraform plan failed in infra'],
    ]);
    expect(e[1]?.message.split('\n')[1]).toBe('Unsupported argument (broken.tf:2)');
    const body = gh.issueComments(42)[0]?.body ?? '';
    expect(shownLines(body)[0]).toBe('❌ Terraform plan failed: infra');
    expect(body).toContain('Unsupported argument');
    expect(r.outputs['has-changes']).toBeUndefined();
    expect(r.outputs['plan-hash']).toBeUndefined();
    expect(r.outputs['plan-file']).toBeUndefined(); // plan failed: there is no plan file
    expect(r.outputs['summary-file']).toBeDefined();
  });

  it('shows failing checks and Terraform warnings (var-files, variables), with annotations', async () => {
    writeFileSync(path.join(ws, 'infra', 'extra.tfvars'), 'environment = "qa"\nundeclared_thing = 1\n');
    const r = await run({ inputs: { 'var-files': 'extra.tfvars', variables: 'replicas=1' } });
    expect(errors(r)).toEqual([]);
    expect(r.exitCode).toBe(0);
    const body = gh.issueComments(42)[0]?.body ?? '';
    expect(body).toContain('**Plan: 3 to add, 0 to change, 0 to destroy.**');
    expect(shownLines(body).join('\n')).toMatch(/^\+ {7}name += "qa-web-0"$/m);
    expect(shownLines(body)).toContain('❌ check check.replicas fail: Run at least two web replicas.');
    expect(shownLines(body).some((l) => l.startsWith('⚠️ Warning: Value for undeclared variable'))).toBe(
      true,
    );
    expect(renderedProblems(body, { untrusted: [], links: [RUN_URL] })).toEqual([]);
    expect(body).not.toContain('Check block assertion failed'); // shown once, from the plan's checks
    const warnings = r.annotations.filter((a) => a.level === 'warning');
    expect(warnings.map((w) => [w.message.split(':')[0], w.file])).toEqual(
      expect.arrayContaining([
        ['Check block assertion failed', 'infra/main.tf'],
        ['Value for undeclared variable', undefined], // Terraform gives this one no source range
      ]),
    );
  });

  it('mode: destroy and refresh-only plan an applied root; terraform-binary picks the CLI', async () => {
    const dir = path.join(ws, 'infra');
    const tfEnv = { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', TF_IN_AUTOMATION: '1' };
    execFileSync(TERRAFORM, ['init', '-input=false'], { cwd: dir, env: tfEnv, stdio: 'ignore' });
    execFileSync(TERRAFORM, ['apply', '-auto-approve', '-input=false'], {
      cwd: dir,
      env: tfEnv,
      stdio: 'ignore',
    });
    // a stand-in for `tofu`: proves the input decides which program runs
    const wrapper = path.join(ws, 'tofu');
    writeFileSync(
      wrapper,
      `#!/bin/sh\necho "$1" >> "${path.join(ws, 'tofu.log')}"\nexec ${TERRAFORM} "$@"\n`,
      { mode: 0o755 },
    );

    const destroy = await run({ inputs: { mode: 'destroy', 'terraform-binary': wrapper, label: 'destroy' } });
    expect(errors(destroy)).toEqual([]);
    expect(destroy.outputs).toMatchObject({ 'has-destroy': 'true', 'destroy-count': '4', 'add-count': '0' });
    const body = gh.issueComments(42)[0]?.body ?? '';
    expect(body).toContain('**Plan: 0 to add, 0 to change, 4 to destroy.** (destroy mode)');
    expect(body).toContain('#### ⚠️ Destructive changes (4)');
    expect(readFileSync(path.join(ws, 'tofu.log'), 'utf8').split('\n').filter(Boolean)).toEqual([
      'init',
      'plan',
      'show',
      'show',
    ]);

    const refresh = await run({ inputs: { mode: 'refresh-only', label: 'refresh' } });
    expect(errors(refresh)).toEqual([]);
    expect(refresh.outputs['has-changes']).toBe('false');
    expect(gh.issueComments(42)[1]?.body).toContain('**Refresh-only plan:** no changes outside Terraform.');
  });

  it('show -json failing after a good plan: the report keeps Terraform’s text of the plan', async () => {
    const wrapper = path.join(ws, 'tf-no-json');
    writeFileSync(
      wrapper,
      `#!/bin/sh\nif [ "$1" = show ] && [ "$2" = -json ]; then echo 'Error: Failed to load plugin schemas' >&2; exit 1; fi\nexec ${TERRAFORM} "$@"\n`,
      { mode: 0o755 },
    );
    const r = await run({ inputs: { 'terraform-binary': wrapper } });
    expect(r.exitCode).toBe(1);
    expect(errors(r)[0]).toMatch(
      /^terraform show -json failed in infra:\nError: Failed to load plugin schemas/,
    );
    const body = gh.issueComments(42)[0]?.body ?? '';
    expect(shownLines(body)[0]).toBe('❌ Terraform plan failed: infra');
    expect(body).toContain('The plan as Terraform prints it:');
    expect(body).toContain('# terraform_data.network will be created');
    expect(r.outputs['text-plan-file']).toBeDefined();
  });

  it('cancellation (SIGINT from the runner) stops terraform and fails the step', async () => {
    const slow = path.join(ws, 'tf-slow');
    writeFileSync(slow, '#!/bin/sh\nexec sleep 30\n', { mode: 0o755 });
    const r = await run({
      inputs: { 'terraform-binary': slow },
      signalAfter: { signal: 'SIGINT', ms: 2000 },
    });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([expect.stringContaining('Cancelled while terraform was running')]);
    expect(gh.requests).toEqual([]);
  });

  it('passes backend-config to init and workspace to every command', async () => {
    writeFileSync(
      path.join(ws, 'infra', 'backend.tf'),
      'terraform {\n  backend "local" {}\n}\noutput "ws" { value = terraform.workspace }\n',
    );
    const r = await run({ inputs: { 'backend-config': 'path=states/custom.tfstate', workspace: 'blue' } });
    expect(errors(r)).toEqual([]);
    const backend = JSON.parse(
      readFileSync(path.join(ws, 'infra', '.terraform', 'terraform.tfstate'), 'utf8'),
    ) as {
      backend: { type: string; config: { path: string } };
    };
    expect(backend.backend).toMatchObject({ type: 'local', config: { path: 'states/custom.tfstate' } });
    const body = gh.issueComments(42)[0]?.body ?? '';
    expect(body.split('\n')[0]).toBe(marker('infra:blue'));
    // what GitHub shows (cmark-gfm + GitHub's sanitizer)
    expect(shownLines(body)[0]).toBe('📝 Terraform plan: infra · workspace blue');
    expect(shownLines(body)).toContain('+ output.ws: "blue"'); // terraform.workspace
  });
});
