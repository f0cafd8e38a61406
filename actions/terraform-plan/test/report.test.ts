import { describe, expect, it } from '@jest/globals';
import { COMMENT_LIMIT, SUMMARY_LIMIT, utf8Bytes } from '@pipewright/shared/report';
import type { RawPlan, RawResourceChange } from '../src/plan-json.ts';
import { summarize, type PlanSummary } from '../src/plan-summary.ts';
import { renderReport, type ReportContext } from '../src/report.ts';
import { NO_MASKING, type Masking } from '../src/values.ts';
import { cliDiffLines, fixture } from './helpers.ts';
// @ts-expect-error: the generator is a plain .mjs script without types
import { PLANTED } from './fixtures/generate.mjs';

const planted = PLANTED as Record<string, string>;

function ctx(over: Partial<ReportContext> = {}): ReportContext {
  return {
    path: 'infra/prod',
    workspace: 'default',
    label: undefined,
    planHash: 'sha256:0000',
    runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/1',
    target: 'comment',
    showValues: true,
    masking: NO_MASKING,
    planFiles: ['plan-file', 'json-plan-file', 'text-plan-file'],
    ...over,
  };
}

function render(plan: RawPlan, over: Partial<ReportContext> = {}, limit = COMMENT_LIMIT): string {
  const masking = over.masking ?? NO_MASKING;
  return renderReport([summarize(plan, masking)], ctx({ ...over, masking }), limit).text;
}

describe('report of real plans', () => {
  it('puts counts above the fold, then the destructive block with reasons, then diffs', () => {
    const text = render(fixture('basic'));
    const lines = text.split('\n');
    expect(lines[0]).toBe('### ⚠️ Terraform plan: <code>infra/prod</code>');
    expect(text).toContain(
      '**Plan: 4 to add, 2 to change, 4 to destroy.** Also: 3 replaced (1 create-before-destroy), 1 read during apply, 3 outputs change.',
    );
    expect(text).toContain('| 4 | 2 | 4 | 0 | 3 | 0 | 0 | 1 | 3 | 0 |');
    const destructive = text.indexOf('#### ⚠️ Destructive changes (4)');
    const changes = text.indexOf('#### Resource changes (8)');
    expect(destructive).toBeGreaterThan(0);
    expect(changes).toBeGreaterThan(destructive);
    const block = text.slice(destructive, changes);
    expect(block).toContain(
      '<code>terraform\\_data\\.delete\\_me</code> destroy — destroyed because it is no longer in the configuration',
    );
    expect(block).toContain(
      'replace \\(create before destroy\\) — replaced because <code>triggers\\_replace</code> cannot be updated in place',
    );
    expect(block).toContain('replaced because of <code>replace\\_triggered\\_by</code>');
    // unchanged attributes are hidden, unknowns are named
    // Terraform's own text of the same plan (fixtures/basic.txt), symbols moved to the first column
    // (object ids are normalised in the JSON fixture, not in the text)
    const uuid = (s: string) =>
      s.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
    for (const address of ['terraform_data.update_me', 'terraform_data.create_me', 'terraform_data.cbd'])
      expect(uuid(text)).toContain(uuid(`\`\`\`diff\n${cliDiffLines('basic', address).join('\n')}\n\`\`\``));
    expect(text).not.toContain('"unchanged"');
  });

  it.each<[string, RegExp]>([
    [
      'moves_imports_forget',
      /forget \\\(not destroyed\\\) — removed from the state by a <code>removed<\/code> block; the object itself is kept\n/,
    ],
    [
      'moves_imports_forget',
      /<code>terraform\\_data\\\.new\\_upd<\/code> update in place · moved from <code>terraform\\_data\\\.old\\_upd<\/code>/,
    ],
    [
      'moves_imports_forget',
      /<code>terraform\\_data\\\.imported<\/code> imported from <code>imp\\-1<\/code>/,
    ],
    ['delete_reasons', /replaced as requested/],
    ['delete_reasons', /replaced because it is tainted/],
    [
      'deposed',
      /<code>\\-<\/code> <code>terraform\\_data\\.flaky<\/code> destroy — deposed object <code>[0-9a-f]{8}<\/code> left over from a failed create\\-before\\-destroy/,
    ],
    ['no_changes', /\*\*No changes\.\*\* Your infrastructure matches the configuration\./],
    ['outputs_only', /\*\*No resource changes;\*\* 1 output value changes \(applying saves it\)/],
    ['refresh_only', /\*\*Refresh-only plan:\*\* 1 object changed outside Terraform/],
    ['sensitive_checks', /❌ check <code>check\\\.health<\/code> \*\*fail\*\*: The user must be root\\\./],
    ['handwritten/opentofu-forget', /Also: 2 replaced, 2 forgotten \(not destroyed\)\./],
  ])('%s renders %s', (name, pattern) => {
    expect(render(fixture(name))).toMatch(pattern);
  });

  it('shows drift in its own collapsed section, only on relevant attributes', () => {
    const text = render(fixture('handwritten/drift'));
    const start = text.indexOf('<details><summary>Changed outside Terraform (1)</summary>');
    expect(start).toBeGreaterThan(0);
    const drift = text.slice(start);
    expect(drift).toContain('~ instance_type = "t3.micro" -> "t3.large"');
    expect(drift).not.toContain('Owner'); // not a relevant attribute
    expect(drift).not.toContain('aws\\_instance\\.noise'); // no relevant attributes at all
    expect(drift).not.toContain('aws\\_instance\\.moved'); // no-op drift outside refresh-only
  });

  it('shows no drift when the plan has no other changes', () => {
    const plan = fixture('handwritten/drift');
    plan.resource_changes = [
      { address: 'aws_instance.web', mode: 'managed', change: { actions: ['no-op'] } },
    ];
    plan.relevant_attributes = [{ resource: 'aws_instance.web', attribute: ['instance_type'] }];
    expect(render(plan, {})).not.toContain('Changed outside Terraform');
  });

  it('lists only changed attribute names when values are turned off', () => {
    const text = render(fixture('basic'), { showValues: false });
    expect(text).toContain(
      '<code>terraform\\_data\\.update\\_me</code> update in place: <code>input</code>, <code>output</code>',
    );
    expect(text).not.toContain('"old"');
  });

  it('renders several plans (NDJSON) with per-plan rows and a total', () => {
    const plans: PlanSummary[] = [fixture('basic'), fixture('destroy_mode')].map((p, i) =>
      summarize(p, NO_MASKING, { index: i + 1 }),
    );
    const text = renderReport(plans, ctx(), COMMENT_LIMIT).text;
    expect(text).toContain('| plan 1 | 4 | 2 | 4 |');
    expect(text).toContain('| plan 2 | 0 | 0 | 2 |');
    expect(text).toContain('| **total** | **4** | **2** | **6** |');
    expect(text).toContain('plan 2: <code>terraform\\_data\\.a</code> destroy');
  });

  it('names plans by their Terragrunt module folder when the input does', () => {
    const plans: PlanSummary[] = [fixture('basic'), fixture('destroy_mode')].map((p, i) =>
      summarize(p, NO_MASKING, { index: i + 1, label: ['live/prod/vpc', 'live/prod/app_*'][i] as string }),
    );
    const text = renderReport(plans, ctx(), COMMENT_LIMIT).text;
    expect(text).toContain('| live/prod/vpc | 4 | 2 | 4 |');
    expect(text).toContain('| live/prod/app\\_\\* | 0 | 0 | 2 |');
    expect(text).toContain('live/prod/app\\_\\*: <code>terraform\\_data\\.a</code> destroy');
    expect(text).not.toContain('plan 2');
  });

  it('reports an errored or incomplete plan as such', () => {
    const plan = fixture('basic');
    plan.errored = true;
    plan.complete = false;
    plan.deferred_changes = [{ reason: 'provider_config_unknown' }];
    const text = render(plan);
    expect(text.split('\n')[0]).toBe('### ❌ Terraform plan failed: <code>infra/prod</code>');
    expect(text).toContain(
      '- ⚠️ Planning stopped with an error: this plan is incomplete and cannot be applied\\.',
    );
    expect(text).toContain('- ⚠️ This plan is incomplete');
    expect(text).toContain('- ⚠️ 1 change was deferred to a later plan\\.');
  });

  it('marks a failed run and shows Terraform’s error text', () => {
    const text = renderReport(
      [],
      ctx({ failure: { stage: 'plan', text: 'Error: Unsupported argument (main.tf:3)' } }),
      COMMENT_LIMIT,
    ).text;
    expect(text.split('\n')[0]).toBe('### ❌ Terraform plan failed: <code>infra/prod</code>');
    expect(text).toContain(
      '**`terraform plan` failed:**\n\n```\nError: Unsupported argument (main.tf:3)\n```',
    );
  });
});

describe('sensitive-safe rendering', () => {
  it('never renders planted secrets (sensitive variable, attribute, output) and reports them as hidden', () => {
    const seen: string[] = [];
    const masking: Masking = { patterns: [], literals: [], onSecret: (s) => seen.push(s) };
    const plan = fixture('sensitive_checks');
    const raw = JSON.stringify(plan);
    for (const v of Object.values(planted)) expect(raw).toContain(v); // the plan really holds them in clear text
    for (const target of ['comment', 'summary'] as const) {
      const text = renderReport(
        [summarize(plan, masking)],
        ctx({ masking, target }),
        target === 'comment' ? COMMENT_LIMIT : SUMMARY_LIMIT,
      ).text;
      for (const v of Object.values(planted)) expect(text).not.toContain(v);
      // as Terraform prints them (fixtures/sensitive_checks.txt)
      for (const address of ['terraform_data.creds', 'terraform_data.nested'])
        expect(text).toContain(cliDiffLines('sensitive_checks', address).join('\n'));
      expect(text).toContain('<code>output\\.token</code>: <code>\\(sensitive value\\)</code>');
    }
    expect(seen).toEqual(expect.arrayContaining([planted.variable, planted.attribute, planted.output]));
  });

  it('masks values by regex and by literal (from mask-env), and reports them', () => {
    const seen: string[] = [];
    const masking: Masking = { patterns: [/^ol[d]$/], literals: ['t2'], onSecret: (s) => seen.push(s) };
    const text = render(fixture('basic'), { masking });
    expect(text).toContain('~   input  = (masked) -> "new"');
    expect(text).toContain('~   input  = "t1" -> (masked)');
    expect(seen).toEqual(expect.arrayContaining(['old', 't2']));
  });
});

describe('escaping of untrusted text', () => {
  it('keeps hostile addresses, keys and values inert', () => {
    const hostile = 'module.x["<img src=x onerror=alert(1)>@octo-org/team https://evil.example"]';
    const plan: RawPlan = {
      format_version: '1.2',
      resource_changes: [
        {
          address: hostile,
          mode: 'managed',
          change: {
            actions: ['create'],
            before: null,
            after: { v: '```\n</details><script>x</script>', 'k\n# heading': 1 },
            after_unknown: {},
            after_sensitive: {},
          },
        },
      ],
      checks: [
        {
          address: { to_display: 'check.c' },
          status: 'fail',
          instances: [{ status: 'fail', problems: [{ message: '<b>@admins</b> [x](javascript:alert(1))' }] }],
        },
      ],
    };
    const text = render(plan);
    const outsideCode = text.replace(/(`{3,})diff\n[\s\S]*?\n\1/g, '');
    expect(outsideCode).not.toMatch(
      /<img|<script|<b>|@octo-org\/team|@admins|\]\(javascript:|https:\/\/evil/,
    );
    expect(text).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;@\u2060octo\\-org/team');
    // a value cannot close the code block or the <details>
    const fenced = /(`{4,})diff\n([\s\S]*?)\n\1\n\n<\/details>/.exec(text);
    expect(fenced?.[2]).toContain('</details><script>');
    // the odd key quoted the way Terraform quotes it (Go %q)
    expect(fenced?.[2]).toContain('+   "k\\n# heading" = 1');
  });
});

function bigPlan(n: number, opts: { deletes?: number } = {}): RawPlan {
  const rc: RawResourceChange[] = [];
  for (let i = 0; i < n; i++) {
    const del = i < (opts.deletes ?? 0);
    rc.push({
      address: `module.app_${i % 50}.terraform_data.item["key-${i}"]`,
      mode: 'managed',
      action_reason: del ? 'delete_because_no_resource_config' : undefined,
      change: del
        ? { actions: ['delete'], before: { input: `v${i}` }, after: null }
        : {
            actions: ['create'],
            before: null,
            after: { input: { name: `item-${i}`, size: i, tags: { Name: `n${i}`, Team: 'platform' } } },
            after_unknown: { id: true, output: true },
            after_sensitive: {},
          },
    });
  }
  return { format_version: '1.2', terraform_version: '1.11.4', resource_changes: rc };
}

describe('size budget', () => {
  it.each<[number, number, 'comment' | 'summary', number]>([
    [300, 0, 'comment', COMMENT_LIMIT],
    [3000, 200, 'comment', COMMENT_LIMIT],
    [20000, 0, 'comment', COMMENT_LIMIT],
    [20000, 1000, 'summary', SUMMARY_LIMIT],
  ])(
    '%i changes (%i deletes): the %s stays within %i and says what it left out',
    (n, deletes, target, limit) => {
      const measure = target === 'summary' ? utf8Bytes : (s: string) => s.length;
      const r = renderReport(
        [summarize(bigPlan(n, { deletes }), NO_MASKING)],
        ctx({ target }),
        limit,
        measure,
      );
      expect(measure(r.text)).toBeLessThanOrEqual(limit);
      expect(r.text).toContain(`**Plan: 0 to add`.replace('0', String(n - deletes)));
      expect(r.omitted.length).toBeGreaterThan(0);
      expect(r.text).toContain("_Left out to fit GitHub's size limit:");
      if (n > 300) expect(r.text).toMatch(/…and [\d,]+ more/);
      if (target === 'comment')
        expect(r.text).toContain('The full report is in the job summary of the [workflow run]');
    },
  );

  it('names only the plan-file outputs the run set (plan JSON input has no text-plan-file)', () => {
    const note = (planFiles: string[]) =>
      renderReport([summarize(bigPlan(3000), NO_MASKING)], ctx({ planFiles }), COMMENT_LIMIT)
        .text.split('\n')
        .find((l) => l.startsWith("_Left out to fit GitHub's size limit:"));
    expect(note(['json-plan-file'])).toMatch(
      / the step output `json-plan-file` names the full plan file, which a later step can upload as an artifact\._$/,
    );
    expect(note(['json-plan-file'])).not.toContain('text-plan-file');
    expect(note(['plan-file', 'json-plan-file', 'text-plan-file'])).toMatch(
      / the step outputs `plan-file`, `json-plan-file` and `text-plan-file` name the full plan files, /,
    );
  });

  it('degrades full diffs -> attribute names -> addresses as the plan grows', () => {
    const level = (n: number) =>
      renderReport([summarize(bigPlan(n), NO_MASKING)], ctx(), COMMENT_LIMIT).levels[3]; // sections: risks, destructive, checks, changes, …
    expect(level(50)).toBe('full');
    expect(level(400)).toBe('condensed');
    expect(level(5000)).toBe('list');
  });
});
