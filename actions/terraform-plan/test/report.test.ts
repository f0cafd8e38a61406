import { describe, expect, it } from '@jest/globals';
import { COMMENT_LIMIT, SUMMARY_LIMIT } from '@pipewright/shared/report';
import type { RawPlan } from '../src/plan-json.ts';
import { summarize, type PlanSummary } from '../src/plan-summary.ts';
import { renderReport, type ReportContext } from '../src/report.ts';
import { NO_MASKING, type Masking } from '../src/values.ts';
import { cliDiffLines, ctx, fixture } from './helpers.ts';
import {
  detailsTags,
  liveImages,
  liveIssueRefs,
  liveLinks,
  liveMentions,
  renderLikeGitHub,
  renderedTables,
  withoutInvisible,
} from '@pipewright/testkit/render-like-github';
// @ts-expect-error: the generator is a plain .mjs script without types
import { PLANTED } from './fixtures/generate.mjs';

const planted = PLANTED as Record<string, string>;

/** What GitHub shows for the markdown (cmark-gfm + GitHub's sanitizer), invisible joiners removed. */
function view(markdown: string): string {
  return withoutInvisible(renderLikeGitHub(markdown).text);
}

function render(plan: RawPlan, over: Partial<ReportContext> = {}, limit = COMMENT_LIMIT): string {
  const masking = over.masking ?? NO_MASKING;
  return renderReport([summarize(plan, masking)], ctx({ ...over, masking }), limit).text;
}

describe('report of real plans', () => {
  it('puts counts above the fold, then the destructive block with reasons, then diffs', () => {
    const md = render(fixture('basic'));
    const text = view(md);
    const lines = text.split('\n');
    expect(lines[0]).toBe('⚠️ Terraform plan: infra/prod');
    expect(lines[1]).toBe(
      'Plan: 4 to add, 2 to change, 4 to destroy. Also: 3 replaced (1 create-before-destroy), 1 read during apply, 3 output changes.',
    );
    expect(renderedTables(renderLikeGitHub(md).html)).toEqual([
      {
        header: [
          'add',
          'change',
          'destroy',
          'import',
          'replace',
          'move',
          'forget',
          'read',
          'outputs',
          'drift',
        ],
        rows: [['4', '2', '4', '0', '3', '0', '0', '1', '3', '0']],
      },
    ]);
    const destructive = lines.indexOf('⚠️ Destructive changes (4)');
    const changes = lines.indexOf('Resource changes (8)');
    expect(destructive).toBeGreaterThan(0);
    // the destructive block, as terraform names things: addresses and `-/+` shown exactly, no escapes
    expect(lines.slice(destructive + 1, changes)).toEqual([
      '+/- terraform_data.cbd replace (create before destroy) — replaced because triggers_replace cannot be updated in place',
      '- terraform_data.delete_me destroy — destroyed because it is no longer in the configuration',
      '-/+ terraform_data.replace_me replace (destroy, then create) — replaced because triggers_replace cannot be updated in place',
      '-/+ terraform_data.triggered replace (destroy, then create) — replaced because of replace_triggered_by',
    ]);
    // the collapsible rows (<summary> is an HTML block: no markdown escapes may show there), then the diff as
    // Terraform's own text of the same plan shows it (fixtures/basic.txt), symbols moved to the first column;
    // unchanged attributes are hidden, unknowns are named (object ids are normalised in the JSON fixture, not
    // in the text)
    const uuid = (s: string) =>
      s.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
    for (const [row, address] of [
      ['~ terraform_data.update_me update in place', 'terraform_data.update_me'],
      ['+ terraform_data.create_me create', 'terraform_data.create_me'],
      [
        '+/- terraform_data.cbd replace (create before destroy) — replaced because triggers_replace cannot be updated in place',
        'terraform_data.cbd',
      ],
    ] as const) {
      const at = lines.indexOf(row, changes);
      expect(at).toBeGreaterThan(changes);
      const want = cliDiffLines('basic', address).map(uuid);
      // exactly, with Terraform's indentation, in the ```diff block
      expect(uuid(md)).toContain(`\`\`\`diff\n${want.join('\n')}\n\`\`\``);
      // and as shown (the visible-text helper drops each line's leading spaces)
      expect(lines.slice(at + 1, at + 1 + want.length).map(uuid)).toEqual(want.map((l) => l.trimStart()));
    }
    expect(text).not.toContain('"unchanged"');
    expect(text).not.toMatch(/\\|&#|&amp;|&lt;/);
    const { opened, closed } = detailsTags(renderLikeGitHub(md).rawHtml);
    expect([opened, closed]).toEqual([7, 7]); // one per resource with a diff (all but the deleted one)
  });

  it.each<[string, RegExp]>([
    [
      'moves_imports_forget',
      /^\. terraform_data\.forget_me forget \(not destroyed\) — removed from the state by a removed block; the object itself is kept$/m,
    ],
    [
      'moves_imports_forget',
      /^~ terraform_data\.new_upd update in place · moved from terraform_data\.old_upd$/m,
    ],
    ['moves_imports_forget', /^<- terraform_data\.imported imported from imp-1$/m],
    ['delete_reasons', /replaced as requested/],
    ['delete_reasons', /replaced because it is tainted/],
    [
      'deposed',
      /^- terraform_data\.flaky destroy — deposed object [0-9a-f]{8} left over from a failed create-before-destroy$/m,
    ],
    ['no_changes', /^No changes\. Your infrastructure matches the configuration\.$/m],
    ['outputs_only', /^No resource changes; 1 output value changes \(applying saves it\)/m],
    ['refresh_only', /^Refresh-only plan: 1 object changed outside Terraform/m],
    ['sensitive_checks', /^❌ check check\.health fail: The user must be root\.$/m],
    ['handwritten/opentofu-forget', /Also: 2 replaced, 2 forgotten \(not destroyed\)\./],
  ])('%s shows %s', (name, pattern) => {
    expect(view(render(fixture(name)))).toMatch(pattern);
  });

  it('shows drift in its own collapsed section, only on relevant attributes', () => {
    const text = render(fixture('handwritten/drift'));
    const start = text.indexOf('<details><summary>Changed outside Terraform (1)</summary>');
    expect(start).toBeGreaterThan(0);
    const drift = text.slice(start);
    expect(drift).toContain('~ instance_type = "t3.micro" -> "t3.large"');
    expect(drift).not.toContain('Owner'); // not a relevant attribute
    expect(drift).not.toContain('aws_instance.noise'); // no relevant attributes at all
    expect(drift).not.toContain('aws_instance.moved'); // no-op drift outside refresh-only
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
    const text = view(render(fixture('basic'), { showValues: false }));
    expect(text.split('\n')).toContain('~ terraform_data.update_me update in place: input, output');
    expect(text).not.toContain('"old"');
  });

  it('renders several plans (NDJSON) with per-plan rows and a total', () => {
    const plans: PlanSummary[] = [fixture('basic'), fixture('destroy_mode')].map((p, i) =>
      summarize(p, NO_MASKING, { index: i + 1 }),
    );
    const md = renderReport(plans, ctx(), COMMENT_LIMIT).text;
    const [counts] = renderedTables(renderLikeGitHub(md).html);
    expect(counts?.header.length).toBe(11);
    expect(counts?.rows.map((r) => r.slice(0, 4))).toEqual([
      ['plan 1', '4', '2', '4'],
      ['plan 2', '0', '0', '2'],
      ['total', '4', '2', '6'],
    ]);
    expect(view(md)).toContain('plan 2: terraform_data.a destroy');
  });

  it('names plans by their Terragrunt module folder when the input does', () => {
    const plans: PlanSummary[] = [fixture('basic'), fixture('destroy_mode')].map((p, i) =>
      summarize(p, NO_MASKING, { index: i + 1, label: ['live/prod/vpc', 'live/prod/app_*'][i] as string }),
    );
    const md = renderReport(plans, ctx(), COMMENT_LIMIT).text;
    const [counts] = renderedTables(renderLikeGitHub(md).html);
    expect(counts?.rows.map((r) => r.slice(0, 4))).toEqual([
      ['live/prod/vpc', '4', '2', '4'],
      ['live/prod/app_*', '0', '0', '2'],
      ['total', '4', '2', '6'],
    ]);
    const text = view(md);
    expect(text.split('\n')).toContain('- live/prod/app_*: terraform_data.a destroy');
    expect(text).not.toContain('plan 2');
    expect(text).not.toMatch(/\\|&#|&amp;|&lt;/);
  });

  it('reports an errored or incomplete plan as such', () => {
    const plan = fixture('basic');
    plan.errored = true;
    plan.complete = false;
    plan.deferred_changes = [{ reason: 'provider_config_unknown' }];
    const lines = view(render(plan)).split('\n');
    expect(lines[0]).toBe('❌ Terraform plan failed: infra/prod');
    expect(lines).toContain(
      '⚠️ Planning stopped with an error: this plan is incomplete and cannot be applied.',
    );
    expect(lines.some((l) => l.startsWith('⚠️ This plan is incomplete'))).toBe(true);
    expect(lines).toContain('⚠️ 1 change was deferred to a later plan.');
  });

  it('marks a failed run and shows Terraform’s error text', () => {
    const text = view(
      renderReport(
        [],
        ctx({ failure: { stage: 'plan', text: 'Error: Unsupported argument (main.tf:3)' } }),
        COMMENT_LIMIT,
      ).text,
    );
    expect(text.split('\n').slice(0, 3)).toEqual([
      '❌ Terraform plan failed: infra/prod',
      'terraform plan failed:',
      'Error: Unsupported argument (main.tf:3)',
    ]);
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
      // as Terraform prints them (fixtures/sensitive_checks.txt), and as GitHub shows them
      for (const address of ['terraform_data.creds', 'terraform_data.nested'])
        expect(text).toContain(cliDiffLines('sensitive_checks', address).join('\n'));
      expect(view(text).split('\n')).toContain('+ output.token: (sensitive value)');
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
    const r = renderLikeGitHub(text);
    expect(liveLinks(r.html)).toEqual([
      { href: 'https://github.com/octo-org/octo-repo/actions/runs/1', text: 'workflow run' },
    ]);
    expect([liveImages(r.html), liveMentions(r.html), liveIssueRefs(r.html)]).toEqual([[], [], []]);
    // the address is shown exactly: in the list, and in the <summary> of its diff
    const lines = withoutInvisible(r.text).split('\n');
    expect(lines.filter((l) => l === `+ ${hostile} create`)).toHaveLength(1);
    expect(lines).toContain('❌ check check.c fail: <b>@admins</b> [x](javascript:alert(1))');
    expect(detailsTags(r.rawHtml)).toEqual({ opened: 1, closed: 1 });
    // a value cannot close the code block or the <details>
    const fenced = /(`{4,})diff\n([\s\S]*?)\n\1\n\n<\/details>/.exec(text);
    expect(fenced?.[2]).toContain('</details><script>');
    // the odd key quoted the way Terraform quotes it (Go %q)
    expect(fenced?.[2]).toContain('+   "k\\n# heading" = 1');
  });
});
