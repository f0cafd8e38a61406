/**
 * Plan builders for the risk-rule tests (risk.test.ts, risk-aws.test.ts, risk-azure.test.ts,
 * risk-google.test.ts): resource_changes written the way `terraform show -json` writes them (Terraform's JSON
 * output format, https://developer.hashicorp.com/terraform/internals/json-format: before/after objects, blocks
 * as lists of objects, policies as JSON strings), with the attribute names the providers document —
 * hashicorp/aws aws_security_group ingress/egress blocks: cidr_blocks, ipv6_cidr_blocks, from_port, to_port,
 * protocol; aws_iam_policy.policy.
 */
import { classifyAll } from '../src/classify.ts';
import type { Json, RawPlan, RawResourceChange } from '../src/plan-json.ts';
import { findRisks, type RiskRule } from '../src/risk.ts';
import { BUILT_IN_RULES } from '../src/risk-rules.ts';

type Actions = 'create' | 'update' | 'delete' | 'replace';
const ACTIONS: Record<Actions, string[]> = {
  create: ['create'],
  update: ['update'],
  delete: ['delete'],
  replace: ['delete', 'create'],
};

export function rc(address: string, action: Actions, before: Json, after: Json): RawResourceChange {
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

export function risks(changes: RawResourceChange[], rules: readonly RiskRule[] = BUILT_IN_RULES): string[] {
  const plan: RawPlan = { format_version: '1.2', resource_changes: changes };
  return findRisks(classifyAll(plan).changes, rules).map((r) => `${r.ruleId} ${r.address} ${r.action}`);
}

export const sgRule = (port: number, cidrs: string[], ipv6: string[] = []) => ({
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
export const sg = (ingress: Json[], egress: Json[] = []) => ({
  description: 'web',
  egress,
  ingress,
  name: 'web',
  vpc_id: 'vpc-0abc',
  tags: { Team: 'platform' },
});
export const policy = (statement: Json) => JSON.stringify({ Version: '2012-10-17', Statement: statement });
