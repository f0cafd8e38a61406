/**
 * The built-in risk rules (data for risk.ts), written against the attribute names the providers document:
 * hashicorp/aws (aws_security_group `ingress`/`egress` blocks with `cidr_blocks`/`ipv6_cidr_blocks`,
 * aws_vpc_security_group_*_rule `cidr_ipv4`/`cidr_ipv6`, IAM `policy` JSON documents, aws_s3_bucket_acl `acl`,
 * aws_s3_bucket_public_access_block's four `block_*`/`*_public_*` flags), hashicorp/azurerm
 * (azurerm_network_security_rule `direction`/`access`/`source_address_prefix(es)`, azurerm_role_definition
 * `permissions.actions`, azurerm_storage_account `allow_nested_items_to_be_public`, azurerm_storage_container
 * `container_access_type`) and hashicorp/google (google_compute_firewall `direction`/`source_ranges`/`allow`,
 * `*_iam_member`/`*_iam_binding` `role`/`member(s)`, google_storage_bucket `public_access_prevention`).
 * README "Risk rules" lists them; a `risk-rules` file can disable any by id.
 */
import type { Predicate, RiskRule } from './risk.ts';

const ANYWHERE_V4 = '0.0.0.0/0';
const ANYWHERE_V6 = '::/0';
/** What Azure accepts for "any source/destination". */
const AZURE_ANY = ['*', ANYWHERE_V4, ANYWHERE_V6, 'Internet', 'Any'];
const PUBLIC_MEMBERS = ['allUsers', 'allAuthenticatedUsers'];

const awsSgBlock = (block: 'ingress' | 'egress'): Predicate => ({
  each: `${block}.*`,
  where: {
    any: [
      { path: 'cidr_blocks.*', equals: ANYWHERE_V4 },
      { path: 'ipv6_cidr_blocks.*', equals: ANYWHERE_V6 },
    ],
  },
});
const awsSgRule = (type: 'ingress' | 'egress'): Predicate => ({
  all: [
    { path: 'type', equals: type },
    {
      any: [
        { path: 'cidr_blocks.*', equals: ANYWHERE_V4 },
        { path: 'ipv6_cidr_blocks.*', equals: ANYWHERE_V6 },
      ],
    },
  ],
});
const awsVpcRule: Predicate = {
  any: [
    { path: 'cidr_ipv4', equals: ANYWHERE_V4 },
    { path: 'cidr_ipv6', equals: ANYWHERE_V6 },
  ],
};

const azureRule = (direction: 'Inbound' | 'Outbound'): Predicate => {
  const side = direction === 'Inbound' ? 'source' : 'destination';
  return {
    all: [
      { path: 'direction', equals: direction },
      { path: 'access', equals: 'Allow' },
      {
        any: [
          { path: `${side}_address_prefix`, in: AZURE_ANY },
          { path: `${side}_address_prefixes.*`, in: AZURE_ANY },
        ],
      },
    ],
  };
};

const gcpFirewall = (direction: 'INGRESS' | 'EGRESS'): Predicate => ({
  all: [
    // `direction` defaults to INGRESS
    direction === 'INGRESS'
      ? { not: { path: 'direction', equals: 'EGRESS' } }
      : { path: 'direction', equals: 'EGRESS' },
    {
      path: direction === 'INGRESS' ? 'source_ranges.*' : 'destination_ranges.*',
      in: [ANYWHERE_V4, ANYWHERE_V6],
    },
    { path: 'allow.*', exists: true },
    { not: { path: 'disabled', equals: true } },
  ],
});

/** An IAM policy document (a JSON string at `policy`, or in aws_iam_role's `inline_policy` blocks). */
const iamStatement = (where: Predicate): Predicate => ({
  any: [
    { each: 'policy.<json>.Statement.[]', where },
    { each: 'inline_policy.*.policy.<json>.Statement.[]', where },
  ],
});
const allowing = (field: 'Action' | 'Resource'): Predicate => ({
  all: [
    { path: 'Effect', equals: 'Allow' },
    { path: `${field}.[]`, equals: '*' },
  ],
});
const AWS_POLICIES = [
  'aws_iam_policy',
  'aws_iam_role_policy',
  'aws_iam_user_policy',
  'aws_iam_group_policy',
  'aws_iam_role',
  'aws_s3_bucket_policy',
];

export const STATEFUL_TYPES = [
  // AWS: databases, buckets, volumes, file systems, keys, DNS zones
  'aws_db_instance',
  'aws_rds_cluster',
  'aws_rds_cluster_instance',
  'aws_dynamodb_table',
  'aws_docdb_cluster',
  'aws_neptune_cluster',
  'aws_redshift_cluster',
  'aws_elasticache_cluster',
  'aws_elasticache_replication_group',
  'aws_opensearch_domain',
  'aws_s3_bucket',
  'aws_ebs_volume',
  'aws_efs_file_system',
  'aws_fsx_*_file_system',
  'aws_kms_key',
  'aws_route53_zone',
  'aws_secretsmanager_secret',
  // Azure
  'azurerm_mssql_database',
  'azurerm_mssql_server',
  'azurerm_sql_database',
  'azurerm_postgresql_server',
  'azurerm_postgresql_flexible_server',
  'azurerm_mysql_server',
  'azurerm_mysql_flexible_server',
  'azurerm_cosmosdb_account',
  'azurerm_redis_cache',
  'azurerm_storage_account',
  'azurerm_storage_container',
  'azurerm_managed_disk',
  'azurerm_storage_share',
  'azurerm_key_vault',
  'azurerm_key_vault_key',
  'azurerm_dns_zone',
  'azurerm_private_dns_zone',
  // Google
  'google_sql_database_instance',
  'google_sql_database',
  'google_spanner_instance',
  'google_spanner_database',
  'google_bigtable_instance',
  'google_bigquery_dataset',
  'google_bigquery_table',
  'google_firestore_database',
  'google_redis_instance',
  'google_storage_bucket',
  'google_compute_disk',
  'google_filestore_instance',
  'google_kms_crypto_key',
  'google_kms_key_ring',
  'google_dns_managed_zone',
];

export const BUILT_IN_RULES: readonly RiskRule[] = [
  {
    id: 'ingress-open',
    title: 'Ingress opened to the internet (0.0.0.0/0 or ::/0)',
    types: [
      'aws_security_group',
      'aws_security_group_rule',
      'aws_vpc_security_group_ingress_rule',
      'azurerm_network_security_group',
      'azurerm_network_security_rule',
      'google_compute_firewall',
    ],
    when: {
      any: [
        awsSgBlock('ingress'),
        awsSgRule('ingress'),
        awsVpcRule,
        { each: 'security_rule.*', where: azureRule('Inbound') },
        azureRule('Inbound'),
        gcpFirewall('INGRESS'),
      ],
    },
  },
  {
    id: 'egress-open',
    title: 'Egress opened to the internet (0.0.0.0/0 or ::/0)',
    types: [
      'aws_security_group',
      'aws_security_group_rule',
      'aws_vpc_security_group_egress_rule',
      'azurerm_network_security_group',
      'azurerm_network_security_rule',
      'google_compute_firewall',
    ],
    when: {
      any: [
        awsSgBlock('egress'),
        awsSgRule('egress'),
        awsVpcRule,
        { each: 'security_rule.*', where: azureRule('Outbound') },
        azureRule('Outbound'),
        gcpFirewall('EGRESS'),
      ],
    },
  },
  {
    id: 'iam-action-star',
    title: 'IAM statement allows every action (Action "*")',
    types: AWS_POLICIES,
    when: iamStatement(allowing('Action')),
  },
  {
    id: 'iam-resource-star',
    title: 'IAM statement applies to every resource (Resource "*")',
    types: AWS_POLICIES,
    when: iamStatement(allowing('Resource')),
  },
  {
    id: 'azure-role-all-actions',
    title: 'Role definition allows every action ("*")',
    types: ['azurerm_role_definition'],
    when: { each: 'permissions.*', where: { path: 'actions.*', equals: '*' } },
  },
  {
    id: 'gcp-basic-role',
    title: 'Owner or Editor (basic role) granted',
    types: ['google_project_iam_*', 'google_folder_iam_*', 'google_organization_iam_*'],
    when: { path: 'role', in: ['roles/owner', 'roles/editor'] },
  },
  {
    id: 'bucket-public-acl',
    title: 'Bucket made public by its ACL',
    types: ['aws_s3_bucket', 'aws_s3_bucket_acl'],
    when: {
      any: [
        { path: 'acl', in: ['public-read', 'public-read-write', 'authenticated-read'] },
        {
          each: 'access_control_policy.*.grant.*.grantee.*',
          where: {
            path: 'uri',
            in: [
              'http://acs.amazonaws.com/groups/global/AllUsers',
              'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
            ],
          },
        },
      ],
    },
  },
  {
    id: 'bucket-public-policy',
    title: 'Bucket policy allows anyone (Principal "*")',
    types: ['aws_s3_bucket_policy'],
    when: {
      each: 'policy.<json>.Statement.[]',
      where: {
        all: [
          { path: 'Effect', equals: 'Allow' },
          {
            any: [
              { path: 'Principal', equals: '*' },
              { path: 'Principal.AWS.[]', equals: '*' },
            ],
          },
        ],
      },
    },
  },
  {
    id: 'public-access-block-removed',
    title: 'Public access block removed',
    types: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
    actions: ['delete'],
  },
  {
    id: 'public-access-block-weakened',
    title: 'Public access block turned off',
    types: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
    when: {
      any: [
        { path: 'block_public_acls', equals: false },
        { path: 'block_public_policy', equals: false },
        { path: 'ignore_public_acls', equals: false },
        { path: 'restrict_public_buckets', equals: false },
      ],
    },
  },
  {
    id: 'storage-public-access',
    title: 'Storage account or container allows public (anonymous) access',
    types: ['azurerm_storage_account', 'azurerm_storage_container'],
    when: {
      any: [
        { path: 'allow_nested_items_to_be_public', equals: true },
        { path: 'allow_blob_public_access', equals: true },
        { path: 'container_access_type', in: ['blob', 'container'] },
      ],
    },
  },
  {
    id: 'bucket-public-member',
    title: 'Bucket granted to allUsers or allAuthenticatedUsers',
    types: [
      'google_storage_bucket_iam_member',
      'google_storage_bucket_iam_binding',
      'google_storage_bucket_access_control',
    ],
    when: {
      any: [
        { path: 'member', in: PUBLIC_MEMBERS },
        { path: 'members.*', in: PUBLIC_MEMBERS },
        { path: 'entity', in: PUBLIC_MEMBERS },
      ],
    },
  },
  {
    id: 'bucket-public-prevention-off',
    title: 'Bucket public access prevention turned off',
    types: ['google_storage_bucket'],
    actions: ['update', 'replace'],
    when: { path: 'public_access_prevention', equals: 'inherited' },
  },
  {
    id: 'stateful-destroyed',
    title: 'Stateful resource destroyed or replaced: its data is lost unless backed up',
    types: STATEFUL_TYPES,
    actions: ['delete', 'replace'],
  },
];
