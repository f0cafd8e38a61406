import { describe, expect, it } from '@jest/globals';
import { COMMENT_LIMIT, SUMMARY_LIMIT, utf8Bytes, type Measure } from '@pipewright/shared/report';
import { HOSTILE } from '@pipewright/testkit';
import {
  renderLikeGitHub,
  renderedProblems,
  renderedTables,
  withoutInvisible,
} from '@pipewright/testkit/render-like-github';
import type { RawPlan } from '../src/plan-json.ts';
import { summarize } from '../src/plan-summary.ts';
import { renderReport, type ReportContext } from '../src/report.ts';
import { NO_MASKING } from '../src/values.ts';
import { fixture, realFixtures } from './helpers.ts';

// What GitHub shows for the plan comment and job summary (cmark-gfm + GitHub's sanitizer).
const H = HOSTILE;
const RUN = 'https://github.com/octo-org/octo-repo/actions/runs/1';

const ctx = (over: Partial<ReportContext> = {}): ReportContext => ({
  path: `infra/${H}`,
  workspace: `ws ${H}`,
  label: `label #123 ${H}`,
  planHash: 'sha256:0000',
  runUrl: RUN,
  target: 'comment',
  showValues: true,
  masking: NO_MASKING,
  planFiles: ['plan-file', 'json-plan-file', 'text-plan-file'],
  ...over,
});

const hostilePlan: RawPlan = {
  format_version: '1.2',
  terraform_version: '1.11.4',
  resource_changes: [
    {
      address: `terraform_data.new["${H}"]`,
      mode: 'managed',
      change: {
        actions: ['create'],
        before: null,
        after: { input: H },
        after_unknown: {},
        after_sensitive: {},
      },
    },
    {
      address: `terraform_data.gone["${H}"]`,
      mode: 'managed',
      action_reason: 'delete_because_no_resource_config',
      change: { actions: ['delete'], before: { input: 'x' }, after: null },
    },
  ],
  output_changes: { out: { actions: ['create'], before: null, after: H, after_unknown: false } },
  checks: [
    {
      address: { to_display: `check.${H}` },
      status: 'fail',
      instances: [{ status: 'fail', problems: [{ message: `problem ${H}` }] }],
    },
  ],
};

describe.each<[string, number, Measure | undefined]>([
  ['comment', COMMENT_LIMIT, undefined],
  ['job summary', SUMMARY_LIMIT, utf8Bytes],
])('terraform-plan %s as GitHub shows it', (target, limit, measure) => {
  const md = renderReport(
    [summarize(hostilePlan, NO_MASKING)],
    ctx({ target: target === 'comment' ? 'comment' : 'summary' }),
    limit,
    measure,
  ).text;
  const lines = withoutInvisible(renderLikeGitHub(md).text).split('\n');

  it('shows every address, name and message exactly, with nothing live but the run link', () => {
    // values appear in the diff as Terraform quotes strings (`terraform show`: "\\" for a backslash)
    expect(renderedProblems(md, { untrusted: [H, JSON.stringify(H)], links: [RUN] })).toEqual([]);
    expect(lines[0]).toBe(`⚠️ Terraform plan: infra/${H} · workspace ws ${H} · label #123 ${H}`);
    // the collapsible row (a <summary>: markdown is not parsed there) and the list row read the same
    expect(lines).toContain(`+ terraform_data.new["${H}"] create`);
    expect(lines).toContain(
      `- terraform_data.gone["${H}"] destroy — destroyed because it is no longer in the configuration`,
    );
    expect(lines).toContain(`❌ check check.${H} fail: problem ${H}`);
  });

  it('keeps the counts table at ten columns', () => {
    const [t] = renderedTables(renderLikeGitHub(md).html);
    expect(t?.header).toHaveLength(10);
    expect(t?.rows).toEqual([['1', '0', '1', '0', '0', '0', '0', '0', '1', '0']]);
  });
});

describe('terraform-plan reports of every real plan fixture render clean', () => {
  it.each(realFixtures())('%s', (name) => {
    const md = renderReport(
      [summarize(fixture(name), NO_MASKING)],
      ctx({ label: undefined, workspace: 'default', path: 'infra/prod' }),
      COMMENT_LIMIT,
    ).text;
    expect(renderedProblems(md, { untrusted: [], links: [RUN] })).toEqual([]);
  });
});

describe('terraform-plan risks and Terragrunt module names as GitHub shows them', () => {
  // Several plans named by hostile module folders (Terragrunt prefixes), one with a risky change of a hostile address.
  const risky: RawPlan = {
    format_version: '1.2',
    resource_changes: [
      {
        address: `aws_db_instance.db["${H}"]`,
        mode: 'managed',
        type: 'aws_db_instance',
        name: 'db',
        change: { actions: ['delete'], before: { identifier: 'prod' }, after: null },
      },
    ],
  };
  const labels = [`live/${H}`, 'live/app'];
  const md = renderReport(
    [risky, hostilePlan].map((p, i) =>
      summarize(p, NO_MASKING, { index: i + 1, label: labels[i] as string }),
    ),
    ctx(),
    COMMENT_LIMIT,
  ).text;
  const lines = withoutInvisible(renderLikeGitHub(md).text).split('\n');

  it('shows the module folder and the risky address exactly, nothing live', () => {
    expect(renderedProblems(md, { untrusted: [H, JSON.stringify(H)], links: [RUN] })).toEqual([]);
    const risk = lines.indexOf('⚠️ Needs a careful look (1)');
    expect(risk).toBeGreaterThan(0);
    expect(lines[risk + 1]).toBe(
      `Stateful resource destroyed or replaced: its data is lost unless backed up: live/${H}: aws_db_instance.db["${H}"] (destroy)`,
    );
    const [t] = renderedTables(renderLikeGitHub(md).html);
    expect(t?.rows.map((r) => withoutInvisible(r[0] as string))).toEqual([`live/${H}`, 'live/app', 'total']);
    expect(t?.rows.every((r) => r.length === 11)).toBe(true);
  });
});
