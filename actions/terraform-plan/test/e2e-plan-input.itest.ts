/**
 * End-to-end (setup in e2e-harness.ts): plans that come from somewhere else — plan JSON and plan files from an
 * earlier step (NDJSON, Terragrunt prefixes, RUNNER_TEMP), plan-hash, risk rules, inputs refused before terraform
 * runs, and one clear error per kind of bad input.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, workflowDispatchEvent } from '@pipewright/testkit';
import {
  renderLikeGitHub,
  renderedProblems,
  renderedTables,
  shownLines,
} from '@pipewright/testkit/render-like-github';
import { errors, gh, run, RUN_URL, useTerraformE2E, ws } from './e2e-harness.ts';

useTerraformE2E();

describe('terraform-plan end to end', () => {
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
    // The fixture's sensitive values: terraform_data.creds and .nested after the change, output token before and after.
    expect(n1.log).toContain(`plan-hash: the plan has 4 sensitive values and ${note}`);
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
    // a hand-written AWS plan in terraform show -json's shape (see risk-aws.test.ts for the attribute names)
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
