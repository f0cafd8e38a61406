/**
 * End-to-end: the bundled action runs the real terraform on examples/terraform-plan (copied into a fresh
 * workspace) and writes to the fake GitHub API, through the runner emulator.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  HEAD_SHA,
  REPO_ROOT,
  pullRequestEvent,
  pushEvent,
  runBundle,
  workflowDispatchEvent,
  type RunBundleOptions,
  type RunBundleResult,
} from '@pipewright/testkit';
import { startFakeGitHub, type FakeGitHub } from '@pipewright/testkit/github-fake/server';
import { stickyMarker } from '@pipewright/shared/github';
import {
  renderLikeGitHub,
  renderedProblems,
  renderedTables,
  shownLines,
} from '@pipewright/testkit/render-like-github';

// Each run is a real terraform init + plan + show; a busy 2-core CI machine needs more than Jest's 5 s.
jest.setTimeout(60_000);

const TERRAFORM = '/usr/local/bin/terraform';
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'terraform-plan');

beforeAll(() => {
  if (!existsSync(TERRAFORM))
    throw new Error(
      `${TERRAFORM} is missing: install Terraform 1.11 (scripts/provision.sh does) to run these tests.`,
    );
  execFileSync(TERRAFORM, ['version'], { stdio: 'ignore' });
});

let gh: FakeGitHub;
let ws: string;
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

function run(o: RunBundleOptions = {}): Promise<RunBundleResult> {
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

const marker = (key: string) => stickyMarker('terraform-plan', key);
/** The run link every report carries (the runner's GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_RUN_ID). */
const RUN_URL = 'https://github.com/octo-org/octo-repo/actions/runs/7000000001';
const errors = (r: RunBundleResult) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);

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

  it('fork PR: job summary and one warning, the step stays green', async () => {
    const r = await run({ event: pullRequestEvent({ fork: true }) });
    expect(r.exitCode).toBe(0);
    expect(gh.issueComments(42)).toEqual([]);
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringContaining('the token is read-only (a pull request from a fork'),
    ]);
    expect(r.summary).toContain('**Plan: 4 to add');
  });

  it('read-only token: the 403 becomes a warning, not a failure', async () => {
    gh.setReadOnly(true);
    const r = await run();
    expect(r.exitCode).toBe(0);
    expect(r.annotations.filter((a) => a.level === 'warning')).toHaveLength(1);
    expect(gh.issueComments(42)).toEqual([]);
  });

  it('on-change: no new comment without changes, but an existing one is updated; labels touch only owned ones', async () => {
    mkdirSync(path.join(ws, 'empty'));
    writeFileSync(path.join(ws, 'empty', 'main.tf'), 'terraform {}\n');
    const none = await run({ inputs: { path: 'empty', comment: 'on-change', labels: 'true' } });
    expect(none.exitCode).toBe(0);
    expect(none.outputs['has-changes']).toBe('false');
    expect(gh.issueComments(42)).toEqual([]);

    gh.seedComments(42, [`${marker('empty:default')}\nold report`]);
    gh.seedLabels(42, ['needs-review', 'terraform:changes']);
    const updated = await run({ inputs: { path: 'empty', comment: 'on-change', labels: 'true' } });
    expect(updated.exitCode).toBe(0);
    const comments = gh.issueComments(42);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('**No changes.** Your infrastructure matches the configuration.');
    expect(gh.labels(42).sort()).toEqual(['needs-review', 'terraform:no-changes']);
  });

  it('matrix: one comment per path + label; minimize hides only the same key’s older comment', async () => {
    mkdirSync(path.join(ws, 'other'));
    writeFileSync(path.join(ws, 'other', 'main.tf'), 'resource "terraform_data" "x" { input = 1 }\n');
    await run({ inputs: { path: 'infra', label: 'a' } });
    await run({ inputs: { path: 'other', label: 'a' } });
    expect(gh.issueComments(42).map((c) => c.body.split('\n')[0])).toEqual([
      marker('infra:default:a'),
      marker('other:default:a'),
    ]);
    await run({ inputs: { path: 'infra', label: 'a', minimize: 'true' } });
    const after = gh.issueComments(42).map((c) => [c.body.split('\n')[0], c.minimized]);
    expect(after).toEqual([
      [marker('infra:default:a'), true],
      [marker('other:default:a'), false],
      [marker('infra:default:a'), false],
    ]);
  });

  it('plan-hash: a sensitive-only change changes it; without hash-key it matches no other run, with a warning', async () => {
    const fixtures = path.join(REPO_ROOT, 'actions', 'terraform-plan', 'test', 'fixtures');
    const plan = readFileSync(path.join(fixtures, 'sensitive_checks.json'), 'utf8');
    // Plan JSON under RUNNER_TEMP, where an earlier step wrote it: accepted like a workspace file.
    const temp = mkdtempSync(path.join(os.tmpdir(), 'pw-tfplan-temp-'));
    writeFileSync(path.join(temp, 'a.json'), plan);
    writeFileSync(
      path.join(temp, 'b.json'),
      plan.replaceAll('hunter2-SENSITIVE-VAR-7f3a', 'swapped-after-review'),
    );
    const hashOf = async (file: string, key?: string) => {
      const r = await run({
        inputs: { 'plan-json': path.join(temp, file), comment: 'never', ...(key ? { 'hash-key': key } : {}) },
        env: { RUNNER_TEMP: temp },
        event: workflowDispatchEvent(),
      });
      expect(r.exitCode).toBe(0);
      return r;
    };
    const a1 = await hashOf('a.json', 'k1-secret-key');
    const a2 = await hashOf('a.json', 'k1-secret-key');
    const b1 = await hashOf('b.json', 'k1-secret-key');
    expect(a2.outputs['plan-hash']).toBe(a1.outputs['plan-hash']);
    expect(b1.outputs['plan-hash']).not.toBe(a1.outputs['plan-hash']);
    const n1 = await hashOf('a.json');
    const n2 = await hashOf('a.json');
    expect(n1.outputs['plan-hash']).not.toBe(n2.outputs['plan-hash']);
    const note = '`hash-key` is not set, so they enter the hash under a one-off key';
    expect(n1.log).toMatch(/plan-hash: the plan has \d+ sensitive value\(s\) and `hash-key` is not set, so/);
    expect(a1.log).not.toContain(note);
  });

  it.each([
    ['plan-json', '/etc/os-release', /`plan-json`: "\/etc\/os-release" is outside the workspace/],
    ['plan-json', '../../etc/passwd', /`plan-json`: "..\/..\/etc\/passwd" is outside the workspace/],
    ['var-files', '../../outside.tfvars', /`var-files`: "..\/..\/outside.tfvars" is outside the workspace/],
  ])('%s %s: refused before terraform runs', async (input, value, message) => {
    const r = await run({ inputs: { [input]: value }, event: workflowDispatchEvent() });
    expect(r.exitCode).toBe(1);
    expect(errors(r).join('\n')).toMatch(message);
    expect(r.log).not.toContain('[command]');
  });

  it('risk rules: built-in and from a risk-rules file, above the fold, counted in risk-count', async () => {
    // a hand-written AWS plan in terraform show -json's shape (see risk.test.ts for the attribute names)
    const plan = {
      format_version: '1.2',
      resource_changes: [
        {
          address: 'aws_security_group_rule.ssh',
          mode: 'managed',
          type: 'aws_security_group_rule',
          name: 'ssh',
          change: {
            actions: ['create'],
            before: null,
            after: {
              type: 'ingress',
              cidr_blocks: ['0.0.0.0/0'],
              from_port: 22,
              to_port: 22,
              protocol: 'tcp',
            },
            after_unknown: { id: true },
          },
        },
        {
          address: 'aws_lb.public',
          mode: 'managed',
          type: 'aws_lb',
          name: 'public',
          change: { actions: ['create'], before: null, after: { name: 'public', internal: false } },
        },
      ],
    };
    writeFileSync(path.join(ws, 'plan.json'), JSON.stringify(plan));
    writeFileSync(
      path.join(ws, 'risks.yml'),
      'rules:\n  - id: lb-public\n    title: Load balancer made internet-facing\n    types: [aws_lb]\n    when: { path: internal, equals: false }\n',
    );
    const r = await run({ inputs: { 'plan-json': 'plan.json', 'risk-rules': 'risks.yml' } });
    expect(errors(r)).toEqual([]);
    expect(r.outputs['risk-count']).toBe('2');
    const body = gh.issueComments(42)[0]?.body ?? '';
    // what GitHub shows: the risk block above the resource changes, titles and addresses exactly
    expect(renderedProblems(body, { untrusted: [], links: [RUN_URL] })).toEqual([]);
    const shown = shownLines(body);
    const block = shown.indexOf('⚠️ Needs a careful look (2)');
    expect(block).toBeGreaterThan(0);
    expect(shown.indexOf('Resource changes (2)')).toBeGreaterThan(block);
    expect(shown).toContain('Load balancer made internet-facing: aws_lb.public (create)');

    writeFileSync(path.join(ws, 'bad.yml'), 'rules:\n  - id: x\n    title: t\n    types: []\n');
    const bad = await run({ inputs: { 'plan-json': 'plan.json', 'risk-rules': 'bad.yml', label: 'bad' } });
    expect(bad.exitCode).toBe(1);
    expect(errors(bad).join('\n')).toMatch(
      /bad\.yml has a problem:\n {2}- rules\[0\] \(x\): `types` must be a list/,
    );
    expect(gh.issueComments(42)).toHaveLength(1); // nothing posted for the bad run
  });

  it('chains its own outputs: json-plan-file and plan-file under RUNNER_TEMP feed a second step', async () => {
    const temp = mkdtempSync(path.join(os.tmpdir(), 'pw-tfplan-temp-'));
    const first = await run({ env: { RUNNER_TEMP: temp }, inputs: { comment: 'never' } });
    expect(errors(first)).toEqual([]);
    const json = first.outputs['json-plan-file'] as string;
    const planFile = first.outputs['plan-file'] as string;
    expect(json.startsWith(`${temp}${path.sep}`)).toBe(true);
    expect(planFile.startsWith(`${temp}${path.sep}`)).toBe(true);

    const fromJson = await run({ env: { RUNNER_TEMP: temp }, inputs: { 'plan-json': json, label: 'json' } });
    expect(errors(fromJson)).toEqual([]);
    expect(fromJson.exitCode).toBe(0);
    expect(fromJson.outputs['add-count']).toBe(first.outputs['add-count']);
    expect(fromJson.outputs['json-plan-file']).toBe(json);
    expect(fromJson.outputs['text-plan-file']).toBeUndefined();

    const fromPlan = await run({
      env: { RUNNER_TEMP: temp },
      inputs: { 'plan-file': planFile, label: 'file' },
    });
    expect(errors(fromPlan)).toEqual([]);
    expect(fromPlan.exitCode).toBe(0);
    expect(fromPlan.outputs['add-count']).toBe(first.outputs['add-count']);
    const bodies = gh.issueComments(42).map((c) => c.body);
    expect(bodies.filter((b) => b.includes('**Plan: 4 to add, 0 to change, 0 to destroy.**'))).toHaveLength(
      2,
    );

    // the same file outside both roots is refused before anything runs
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'pw-tfplan-elsewhere-'));
    const copy = path.join(elsewhere, 'plan.json');
    writeFileSync(copy, readFileSync(json));
    const refused = await run({ inputs: { 'plan-json': copy, label: 'x' } });
    expect(refused.exitCode).toBe(1);
    expect(errors(refused).join('\n')).toMatch(/`plan-json`: ".*plan\.json" is outside the workspace/);
  });

  it('reads plan JSON from an earlier step, several plans (NDJSON) in one report', async () => {
    const fixtures = path.join(REPO_ROOT, 'actions', 'terraform-plan', 'test', 'fixtures');
    const lines = ['basic.json', 'destroy_mode.json'].map((f) =>
      JSON.stringify(JSON.parse(readFileSync(path.join(fixtures, f), 'utf8'))),
    );
    writeFileSync(path.join(ws, 'all.json'), `${lines.join('\n')}\n`);
    const r = await run({ inputs: { 'plan-json': 'all.json', label: 'all' } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      'add-count': '4',
      'destroy-count': '6',
      'has-destroy': 'true',
      'replace-count': '3',
    });
    const body = gh.issueComments(42)[0]?.body ?? '';
    expect(body).toContain('| **total** | **4** | **2** | **6** |');
    expect(r.log).not.toContain('[command]'); // no terraform was run

    // Terragrunt's module prefixes (absolute folders, as TERRAGRUNT_INCLUDE_MODULE_PREFIX writes them) name the plans
    const modules = ['live/vpc', 'live/app'].map((m) => path.join(ws, m));
    writeFileSync(
      path.join(ws, 'tg.json'),
      `${lines.map((l, i) => `[${modules[i] as string}] ${l}`).join('\n')}\n`,
    );
    const tg = await run({ inputs: { 'plan-json': 'tg.json', label: 'tg' } });
    expect(errors(tg)).toEqual([]);
    const tgBody =
      gh.issueComments(42).find((c) => c.body.includes('tg.json') || c.body.includes(' · tg'))?.body ?? '';
    expect(renderedProblems(tgBody, { untrusted: [], links: [RUN_URL] })).toEqual([]);
    expect(renderedTables(renderLikeGitHub(tgBody).html)[0]?.rows.map((row) => row.slice(0, 4))).toEqual([
      ['live/vpc', '4', '2', '4'],
      ['live/app', '0', '0', '2'],
      ['total', '4', '2', '6'],
    ]);
    expect(shownLines(tgBody)).toContain('- live/app: terraform_data.a destroy');
  });
  it.each<[string, Record<string, string>, (ws: string) => void, RegExp]>([
    [
      'init failure',
      {},
      (w) => writeFileSync(path.join(w, 'infra', 'mod.tf'), 'module "gone" {\n  source = "./missing"\n}\n'),
      /^terraform init failed in infra:\n[\s\S]*missing/,
    ],
    [
      'a plan file show cannot read',
      { 'plan-file': 'infra/garbage.tfplan' },
      (w) => writeFileSync(path.join(w, 'infra', 'garbage.tfplan'), 'not a plan'),
      /^terraform show failed in infra:\n[\s\S]*garbage\.tfplan/,
    ],
    [
      'an empty plan JSON',
      { 'plan-json': 'empty.json' },
      (w) => writeFileSync(path.join(w, 'empty.json'), ''),
      /empty\.json is empty\./,
    ],
    [
      'invalid plan JSON',
      { 'plan-json': 'bad.json' },
      (w) => writeFileSync(path.join(w, 'bad.json'), '{"format_version": "1.2", '),
      /bad\.json is not valid JSON/,
    ],
    [
      'format_version 2.x',
      { 'plan-json': 'v2.json' },
      (w) => writeFileSync(path.join(w, 'v2.json'), '{"format_version": "2.0"}'),
      /v2\.json uses JSON plan format_version 2\.0/,
    ],
    [
      'a missing plan JSON',
      { 'plan-json': 'nope.json' },
      () => {},
      /`plan-json`: "nope\.json" does not exist/,
    ],
  ])('%s: one clear error naming the problem', async (_, inputs, prepare, message) => {
    prepare(ws);
    const r = await run({ inputs, event: workflowDispatchEvent() });
    expect(r.exitCode).toBe(1);
    const e = errors(r);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatch(message);
    expect(r.log).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });
});
