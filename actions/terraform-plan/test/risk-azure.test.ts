/**
 * Built-in risk rules on realistic Azure plan JSON (builders in risk-plan.ts), with the attribute names
 * hashicorp/azurerm documents: azurerm_network_security_rule (direction, access, source_address_prefix),
 * azurerm_role_definition.permissions, azurerm_storage_container.container_access_type.
 */
import { describe, expect, it } from '@jest/globals';
import { rc, risks } from './risk-plan.ts';

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
