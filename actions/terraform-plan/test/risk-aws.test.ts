/**
 * Built-in risk rules on realistic AWS plan JSON (builders in risk-plan.ts), with the attribute names
 * hashicorp/aws documents: aws_security_group ingress/egress blocks (cidr_blocks, ipv6_cidr_blocks, from_port,
 * to_port, protocol), aws_iam_policy.policy, aws_s3_bucket_acl.acl, aws_s3_bucket_public_access_block flags.
 */
import { describe, expect, it } from '@jest/globals';
import { policy, rc, risks, sg, sgRule } from './risk-plan.ts';

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
