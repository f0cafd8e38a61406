/**
 * The risk-rules file (custom rules, disabling built-in ones, clear errors for a bad file) and where the risks
 * appear in the report. The plans are built as `terraform show -json` writes them (risk-plan.ts); the
 * per-cloud built-in rules are tested in risk-aws.test.ts, risk-azure.test.ts and risk-google.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { UserError } from '@pipewright/shared/action';
import type { RawPlan } from '../src/plan-json.ts';
import { summarize } from '../src/plan-summary.ts';
import { renderReport } from '../src/report.ts';
import { effectiveRules, parseRiskRules } from '../src/risk.ts';
import { BUILT_IN_RULES } from '../src/risk-rules.ts';
import { NO_MASKING } from '../src/values.ts';
import { renderedProblems, shownLines } from '@pipewright/testkit/render-like-github';
import { rc, risks, sg, sgRule } from './risk-plan.ts';

describe('risk-rules file', () => {
  it('adds rules and disables built-in ones', () => {
    const file = parseRiskRules(
      [
        'disable: [egress-open]',
        'rules:',
        '  - id: lb-internet-facing',
        '    title: Load balancer made internet-facing',
        '    types: [aws_lb, aws_alb]',
        '    when: { path: internal, equals: false }',
      ].join('\n'),
      'risk.yml',
    );
    const rules = effectiveRules(BUILT_IN_RULES, file);
    expect(rules.some((r) => r.id === 'egress-open')).toBe(false);
    expect(
      risks(
        [
          rc('aws_lb.public', 'create', null, { name: 'public', internal: false }),
          rc('aws_lb.private', 'create', null, { name: 'private', internal: true }),
          rc('aws_vpc_security_group_egress_rule.out', 'create', null, { cidr_ipv4: '0.0.0.0/0' }),
        ],
        rules,
      ),
    ).toEqual(['lb-internet-facing aws_lb.public create']);
  });

  it.each<[string, RegExp]>([
    ['rules: 3', /`rules` must be a list/],
    [
      'rules:\n  - id: x\n    title: t\n    types: []',
      /rules\[0\] \(x\): `types` must be a list of resource type patterns/,
    ],
    [
      'rules:\n  - id: x\n    title: t\n    types: [a]\n    actions: [explode]',
      /`actions` must be a list of: create, update, delete, replace/,
    ],
    [
      'rules:\n  - id: x\n    title: t\n    types: [a]\n    when: { path: a, like: b }',
      /unknown predicate \{like,path\}/,
    ],
    ['colour: red', /unknown key `colour`/],
    ['- a\n- b', /must be a map with `rules`/],
    ['rules: [', /is not valid YAML or JSON/],
  ])('refuses a bad file clearly: %j', (text, message) => {
    expect(() => parseRiskRules(text, 'risk.yml')).toThrow(UserError);
    expect(() => parseRiskRules(text, 'risk.yml')).toThrow(message);
  });

  it('refuses to disable a rule that does not exist', () => {
    expect(() => effectiveRules(BUILT_IN_RULES, { rules: [], disable: ['nope'] }, 'risk.yml')).toThrow(
      /risk\.yml: `disable` names no built-in rule: nope\./,
    );
  });
});

describe('report', () => {
  it('puts the risks above the fold, before the destructive block', () => {
    const plan: RawPlan = {
      format_version: '1.2',
      resource_changes: [
        rc('aws_db_instance.prod', 'delete', { identifier: 'prod' }, null),
        rc('aws_security_group.web', 'create', null, sg([sgRule(22, ['0.0.0.0/0'])])),
      ],
    };
    const text = renderReport(
      [summarize(plan, NO_MASKING)],
      {
        path: 'infra',
        workspace: 'default',
        label: undefined,
        planHash: undefined,
        runUrl: undefined,
        target: 'comment',
        showValues: true,
        masking: NO_MASKING,
        planFiles: [],
      },
      65_000,
    ).text;
    // what GitHub shows (cmark-gfm + GitHub's sanitizer): the risk block first, titles and addresses exactly
    expect(renderedProblems(text, { untrusted: [] })).toEqual([]);
    const lines = shownLines(text);
    const risk = lines.indexOf('⚠️ Needs a careful look (2)');
    expect(risk).toBeGreaterThan(0);
    const destructive = lines.indexOf('⚠️ Destructive changes (1)');
    expect(lines.slice(risk + 1, destructive)).toEqual([
      'Stateful resource destroyed or replaced: its data is lost unless backed up: aws_db_instance.prod (destroy)',
      'Ingress opened to the internet (0.0.0.0/0 or ::/0): aws_security_group.web (create)',
    ]);
  });
});
