/**
 * Built-in risk rules on realistic Google Cloud plan JSON (builders in risk-plan.ts), with the attribute names
 * hashicorp/google documents: google_compute_firewall (direction, source_ranges, allow, deny),
 * google_storage_bucket_iam_member.member, google_project_iam_member.role.
 */
import { describe, expect, it } from '@jest/globals';
import type { Json } from '../src/plan-json.ts';
import { rc, risks } from './risk-plan.ts';

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
