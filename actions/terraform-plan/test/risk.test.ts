/**
 * Risk rules on realistic plan JSON: resource_changes written the way `terraform show -json` writes them
 * (Terraform's JSON output format, https://developer.hashicorp.com/terraform/internals/json-format: before/after objects, blocks as lists of objects, policies as
 * JSON strings), with the attribute names the providers document — hashicorp/aws (aws_security_group
 * ingress/egress blocks: cidr_blocks, ipv6_cidr_blocks, from_port, to_port, protocol; aws_iam_policy.policy;
 * aws_s3_bucket_acl.acl; aws_s3_bucket_public_access_block flags), hashicorp/azurerm
 * (azurerm_network_security_rule: direction, access, source_address_prefix; azurerm_role_definition.permissions;
 * azurerm_storage_container.container_access_type) and hashicorp/google (google_compute_firewall: direction,
 * source_ranges, allow, deny; google_storage_bucket_iam_member.member; google_project_iam_member.role).
 */
import { describe, expect, it } from '@jest/globals';
import { UserError } from '@pipewright/shared/action';
import { classifyAll } from '../src/classify.ts';
import type { Json, RawPlan, RawResourceChange } from '../src/plan-json.ts';
import { summarize } from '../src/plan-summary.ts';
import { renderReport } from '../src/report.ts';
import { effectiveRules, findRisks, parseRiskRules, type RiskRule } from '../src/risk.ts';
import { BUILT_IN_RULES } from '../src/risk-rules.ts';
import { NO_MASKING } from '../src/values.ts';
import { renderedProblems, shownLines } from '@pipewright/testkit/render-like-github';

type Actions = 'create' | 'update' | 'delete' | 'replace';
const ACTIONS: Record<Actions, string[]> = {
  create: ['create'],
  update: ['update'],
  delete: ['delete'],
  replace: ['delete', 'create'],
};

function rc(address: string, action: Actions, before: Json, after: Json): RawResourceChange {
  const dot = address.lastIndexOf('.');
  return {
    address,
    mode: 'managed',
    type: address.slice(0, dot),
    name: address.slice(dot + 1),
    change: {
      actions: ACTIONS[action],
      before,
      after,
      after_unknown: {},
      before_sensitive: {},
      after_sensitive: {},
    },
  };
}

function risks(changes: RawResourceChange[], rules: readonly RiskRule[] = BUILT_IN_RULES): string[] {
  const plan: RawPlan = { format_version: '1.2', resource_changes: changes };
  return findRisks(classifyAll(plan).changes, rules).map((r) => `${r.ruleId} ${r.address} ${r.action}`);
}

const sgRule = (port: number, cidrs: string[], ipv6: string[] = []) => ({
  cidr_blocks: cidrs,
  description: '',
  from_port: port,
  ipv6_cidr_blocks: ipv6,
  prefix_list_ids: [],
  protocol: 'tcp',
  security_groups: [],
  self: false,
  to_port: port,
});
const sg = (ingress: Json[], egress: Json[] = []) => ({
  description: 'web',
  egress,
  ingress,
  name: 'web',
  vpc_id: 'vpc-0abc',
  tags: { Team: 'platform' },
});
const policy = (statement: Json) => JSON.stringify({ Version: '2012-10-17', Statement: statement });

describe('AWS', () => {
  it('a security group: a second port newly opened to 0.0.0.0/0 is called out', () => {
    expect(
      risks([
        rc(
          'aws_security_group.web',
          'update',
          sg([sgRule(443, ['0.0.0.0/0'])]),
          sg([sgRule(443, ['0.0.0.0/0']), sgRule(22, ['0.0.0.0/0'])]),
        ),
      ]),
    ).toEqual(['ingress-open aws_security_group.web update']);
  });

  it('no false alarm: a plan that only adds private rules (and keeps an already-open port)', () => {
    expect(
      risks([
        rc(
          'aws_security_group.web',
          'update',
          sg([sgRule(443, ['0.0.0.0/0'])]),
          sg([sgRule(443, ['0.0.0.0/0']), sgRule(5432, ['10.0.0.0/8'])]),
        ),
        rc(
          'aws_security_group.db',
          'create',
          null,
          sg([sgRule(5432, ['10.0.0.0/16'])], [sgRule(0, ['10.0.0.0/8'])]),
        ),
        rc('aws_security_group_rule.ssh', 'create', null, {
          type: 'ingress',
          cidr_blocks: ['192.168.0.0/16'],
          ipv6_cidr_blocks: null,
          from_port: 22,
          to_port: 22,
          protocol: 'tcp',
          security_group_id: 'sg-1',
        }),
        rc('aws_vpc_security_group_ingress_rule.app', 'create', null, {
          cidr_ipv4: '172.16.0.0/12',
          cidr_ipv6: null,
          from_port: 8080,
          ip_protocol: 'tcp',
          to_port: 8080,
          security_group_id: 'sg-1',
        }),
      ]),
    ).toEqual([]);
  });

  it('rules opened to ::/0 or 0.0.0.0/0, ingress and egress', () => {
    expect(
      risks([
        rc('aws_security_group_rule.v6', 'create', null, {
          type: 'ingress',
          cidr_blocks: [],
          ipv6_cidr_blocks: ['::/0'],
          from_port: 80,
          to_port: 80,
          protocol: 'tcp',
          security_group_id: 'sg-1',
        }),
        rc('aws_vpc_security_group_ingress_rule.all', 'create', null, {
          cidr_ipv4: '0.0.0.0/0',
          ip_protocol: '-1',
          security_group_id: 'sg-1',
        }),
        rc('aws_vpc_security_group_egress_rule.out', 'create', null, {
          cidr_ipv4: '0.0.0.0/0',
          ip_protocol: '-1',
          security_group_id: 'sg-1',
        }),
      ]),
    ).toEqual([
      'ingress-open aws_security_group_rule.v6 create',
      'ingress-open aws_vpc_security_group_ingress_rule.all create',
      'egress-open aws_vpc_security_group_egress_rule.out create',
    ]);
  });

  it('IAM statements with Action "*" or Resource "*" (string or list, inline policies too)', () => {
    expect(
      risks([
        rc('aws_iam_policy.admin', 'create', null, {
          name: 'admin',
          policy: policy([{ Effect: 'Allow', Action: '*', Resource: '*' }]),
        }),
        rc(
          'aws_iam_role.ci',
          'update',
          { name: 'ci', inline_policy: [] },
          {
            name: 'ci',
            inline_policy: [
              { name: 'all', policy: policy({ Effect: 'Allow', Action: ['*'], Resource: 'arn:aws:s3:::b' }) },
            ],
          },
        ),
        rc('aws_iam_role_policy.read', 'create', null, {
          name: 'read',
          role: 'ci',
          policy: policy([{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::b/*' }]),
        }),
        rc('aws_iam_user_policy.deny', 'create', null, {
          name: 'deny',
          user: 'u',
          policy: policy([{ Effect: 'Deny', Action: '*', Resource: '*' }]),
        }),
      ]),
    ).toEqual([
      'iam-action-star aws_iam_policy.admin create',
      'iam-resource-star aws_iam_policy.admin create',
      'iam-action-star aws_iam_role.ci update',
    ]);
  });

  it('public buckets: ACL, policy, public access block removed or turned off', () => {
    const pab = (on: boolean) => ({
      bucket: 'b',
      block_public_acls: true,
      block_public_policy: on,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(
      risks([
        rc(
          'aws_s3_bucket_acl.site',
          'update',
          { bucket: 'b', acl: 'private' },
          { bucket: 'b', acl: 'public-read' },
        ),
        rc('aws_s3_bucket_policy.site', 'create', null, {
          bucket: 'b',
          policy: policy([
            { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
          ]),
        }),
        rc('aws_s3_bucket_policy.cross_account', 'create', null, {
          bucket: 'c',
          policy: policy([
            {
              Effect: 'Allow',
              Principal: { AWS: 'arn:aws:iam::123456789012:root' },
              Action: 's3:GetObject',
              Resource: 'arn:aws:s3:::c/*',
            },
          ]),
        }),
        rc('aws_s3_bucket_public_access_block.old', 'delete', pab(true), null),
        rc('aws_s3_bucket_public_access_block.site', 'update', pab(true), pab(false)),
        rc('aws_s3_bucket_public_access_block.new', 'create', null, pab(true)),
      ]),
    ).toEqual([
      'bucket-public-acl aws_s3_bucket_acl.site update',
      'bucket-public-policy aws_s3_bucket_policy.site create',
      'public-access-block-removed aws_s3_bucket_public_access_block.old delete',
      'public-access-block-weakened aws_s3_bucket_public_access_block.site update',
    ]);
  });

  it('stateful resources destroyed or replaced, not updated or created', () => {
    const db = { identifier: 'prod', engine: 'postgres', instance_class: 'db.t3.micro' };
    expect(
      risks([
        rc('aws_db_instance.prod', 'replace', db, { ...db, engine: 'postgres' }),
        rc('aws_db_instance.staging', 'update', db, { ...db, instance_class: 'db.t3.small' }),
        rc('aws_s3_bucket.logs', 'delete', { bucket: 'logs' }, null),
        rc('aws_kms_key.data', 'delete', { description: 'data' }, null),
        rc('aws_route53_zone.main', 'create', null, { name: 'example.com' }),
        rc('aws_instance.web', 'delete', { ami: 'ami-1' }, null),
      ]),
    ).toEqual([
      'stateful-destroyed aws_db_instance.prod replace',
      'stateful-destroyed aws_s3_bucket.logs delete',
      'stateful-destroyed aws_kms_key.data delete',
    ]);
  });
});

describe('Azure', () => {
  const rule = (access: string, prefix: string, direction = 'Inbound') => ({
    name: 'r',
    priority: 100,
    direction,
    access,
    protocol: 'Tcp',
    source_port_range: '*',
    destination_port_range: '22',
    source_address_prefix: prefix,
    source_address_prefixes: null,
    destination_address_prefix: '*',
    resource_group_name: 'rg',
    network_security_group_name: 'nsg',
  });
  it('NSG rules allowing the internet in; not private sources, not denies', () => {
    expect(
      risks([
        rc('azurerm_network_security_rule.ssh', 'create', null, rule('Allow', '*')),
        rc('azurerm_network_security_rule.private', 'create', null, rule('Allow', '10.0.0.0/8')),
        rc('azurerm_network_security_rule.deny', 'create', null, rule('Deny', 'Internet')),
        rc(
          'azurerm_network_security_group.app',
          'update',
          { name: 'app', security_rule: [rule('Allow', '10.0.0.0/8')] },
          {
            name: 'app',
            security_rule: [rule('Allow', '10.0.0.0/8'), rule('Allow', 'Internet')],
          },
        ),
      ]),
    ).toEqual([
      'ingress-open azurerm_network_security_rule.ssh create',
      'ingress-open azurerm_network_security_group.app update',
    ]);
  });

  it('a role definition allowing "*", a public container, databases and DNS zones destroyed', () => {
    expect(
      risks([
        rc('azurerm_role_definition.ops', 'create', null, {
          name: 'ops',
          scope: '/subscriptions/0000',
          permissions: [{ actions: ['*'], not_actions: [], data_actions: [], not_data_actions: [] }],
        }),
        rc('azurerm_role_definition.reader', 'create', null, {
          name: 'reader',
          scope: '/subscriptions/0000',
          permissions: [{ actions: ['Microsoft.Storage/*/read'], not_actions: [] }],
        }),
        rc(
          'azurerm_storage_container.site',
          'update',
          { name: 'site', container_access_type: 'private' },
          {
            name: 'site',
            container_access_type: 'blob',
          },
        ),
        rc('azurerm_mssql_database.orders', 'delete', { name: 'orders' }, null),
        rc('azurerm_dns_zone.main', 'replace', { name: 'example.com' }, { name: 'example.org' }),
      ]),
    ).toEqual([
      'azure-role-all-actions azurerm_role_definition.ops create',
      'storage-public-access azurerm_storage_container.site update',
      'stateful-destroyed azurerm_mssql_database.orders delete',
      'stateful-destroyed azurerm_dns_zone.main replace',
    ]);
  });
});

describe('Google', () => {
  const fw = (o: Record<string, Json>) => ({
    name: 'fw',
    network: 'default',
    direction: 'INGRESS',
    disabled: false,
    source_ranges: ['0.0.0.0/0'],
    allow: [{ protocol: 'tcp', ports: ['22'] }],
    deny: [],
    ...o,
  });
  it('firewalls open to the internet (allow only), IAM to allUsers, basic roles, stateful destroys', () => {
    expect(
      risks([
        rc('google_compute_firewall.ssh', 'create', null, fw({})),
        rc(
          'google_compute_firewall.block',
          'create',
          null,
          fw({ allow: [], deny: [{ protocol: 'all', ports: [] }] }),
        ),
        rc('google_compute_firewall.internal', 'create', null, fw({ source_ranges: ['10.128.0.0/9'] })),
        rc(
          'google_compute_firewall.out',
          'create',
          null,
          fw({ direction: 'EGRESS', source_ranges: [], destination_ranges: ['0.0.0.0/0'] }),
        ),
        rc('google_storage_bucket_iam_member.public', 'create', null, {
          bucket: 'site',
          role: 'roles/storage.objectViewer',
          member: 'allUsers',
        }),
        rc('google_storage_bucket_iam_member.team', 'create', null, {
          bucket: 'site',
          role: 'roles/storage.objectViewer',
          member: 'group:team@example.com',
        }),
        rc('google_project_iam_member.owner', 'create', null, {
          project: 'p',
          role: 'roles/owner',
          member: 'user:a@example.com',
        }),
        rc('google_sql_database_instance.main', 'delete', { name: 'main' }, null),
        rc(
          'google_storage_bucket.site',
          'update',
          { name: 'site', public_access_prevention: 'enforced' },
          {
            name: 'site',
            public_access_prevention: 'inherited',
          },
        ),
        rc('google_storage_bucket.new', 'create', null, {
          name: 'new',
          public_access_prevention: 'inherited',
        }),
      ]),
    ).toEqual([
      'ingress-open google_compute_firewall.ssh create',
      'egress-open google_compute_firewall.out create',
      'bucket-public-member google_storage_bucket_iam_member.public create',
      'gcp-basic-role google_project_iam_member.owner create',
      'stateful-destroyed google_sql_database_instance.main delete',
      'bucket-public-prevention-off google_storage_bucket.site update',
    ]);
  });
});

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
