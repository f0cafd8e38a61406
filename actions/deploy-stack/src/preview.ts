/**
 * What makes a preview worth reviewing, beyond the change tree: the parameter diff (NoEcho masked), which
 * resources depend on the parameters that change, a data-loss warning when a stateful resource would be
 * replaced or deleted, and the binding of a preview to the reviewed commit and template (checked by
 * `mode: execute`).
 */
import { createHash } from 'node:crypto';
import type { Parameter } from './cloudformation.ts';
import type { Logger } from '@pipewright/shared/log';
import type { ChangeNode } from './change-tree.ts';
import { DeployFailure } from './failures.ts';

export interface TemplateResource {
  type: string;
  /** Parameters the resource refers to (`Ref`, `${Name}` in `Fn::Sub`), anywhere in its definition. */
  refs: string[];
  deletionPolicy?: string;
  updateReplacePolicy?: string;
}

function collectRefs(node: unknown, params: ReadonlySet<string>, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const x of node) collectRefs(x, params, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (k === 'Ref' && typeof v === 'string' && params.has(v)) out.add(v);
    if (k === 'Fn::Sub') {
      const text = Array.isArray(v) ? v[0] : v;
      if (typeof text === 'string')
        for (const m of text.matchAll(/\$\{([^}!.]+)\}/g))
          if (params.has(m[1] as string)) out.add(m[1] as string);
    }
    collectRefs(v, params, out);
  }
}

/** The template's resources: type, policies, and the parameters each refers to. */
export function templateResources(t: Record<string, unknown>): Record<string, TemplateResource> {
  const params = new Set(Object.keys((t.Parameters ?? {}) as object));
  const out: Record<string, TemplateResource> = {};
  for (const [id, r] of Object.entries(
    (t.Resources ?? {}) as Record<string, Record<string, unknown> | null>,
  )) {
    const refs = new Set<string>();
    collectRefs({ Properties: r?.Properties, Condition: r?.Condition, Metadata: r?.Metadata }, params, refs);
    out[id] = {
      type: String(r?.Type ?? ''),
      refs: [...refs],
      ...(typeof r?.DeletionPolicy === 'string' ? { deletionPolicy: r.DeletionPolicy } : {}),
      ...(typeof r?.UpdateReplacePolicy === 'string' ? { updateReplacePolicy: r.UpdateReplacePolicy } : {}),
    };
  }
  return out;
}

export interface ParameterChange {
  key: string;
  /** undefined: the parameter is new (or the stack is). */
  before: string | undefined;
  after: string | undefined;
  noEcho: boolean;
  changed: boolean;
}

const MASK = '****';

/**
 * The parameters of the change set against the deployed stack's. CloudFormation answers NoEcho values as
 * `****` on both sides; they are masked here whatever an endpoint answers, and counted as changed when this
 * run gave a value (it cannot be compared) rather than keeping the previous one.
 */
export function parameterDiff(
  before: readonly Parameter[] | undefined,
  after: readonly Parameter[] | undefined,
  noEcho: readonly string[],
  given: Readonly<Record<string, string>>,
): ParameterChange[] {
  const old = new Map((before ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue]));
  return (after ?? []).map((p) => {
    const key = p.ParameterKey ?? '';
    const secret = noEcho.includes(key);
    const was = old.has(key) ? (old.get(key) ?? '') : undefined;
    const now = p.ParameterValue ?? '';
    const changed = secret ? was === undefined || key in given : was !== now;
    return {
      key,
      before: was === undefined ? undefined : secret ? MASK : was,
      after: secret ? MASK : now,
      noEcho: secret,
      changed,
    };
  });
}

/** For each changed parameter, the resources of the template that refer to it. */
export function dependants(
  changes: readonly ParameterChange[],
  resources: Readonly<Record<string, TemplateResource>> | undefined,
): { key: string; resources: string[] }[] {
  return changes
    .filter((c) => c.changed)
    .map((c) => ({
      key: c.key,
      resources: Object.entries(resources ?? {})
        .filter(([, r]) => r.refs.includes(c.key))
        .map(([id]) => id),
    }));
}

/**
 * Resource types whose replacement or deletion loses data: tables, buckets, databases, volumes, file systems,
 * queues (with their messages), streams, caches, search domains, log groups, keys, secrets, user pools.
 */
export const STATEFUL = new Set([
  'AWS::DynamoDB::Table',
  'AWS::DynamoDB::GlobalTable',
  'AWS::S3::Bucket',
  'AWS::RDS::DBInstance',
  'AWS::RDS::DBCluster',
  'AWS::DocDB::DBCluster',
  'AWS::Neptune::DBCluster',
  'AWS::Redshift::Cluster',
  'AWS::EC2::Volume',
  'AWS::EFS::FileSystem',
  'AWS::FSx::FileSystem',
  'AWS::SQS::Queue',
  'AWS::Kinesis::Stream',
  'AWS::ElastiCache::ReplicationGroup',
  'AWS::ElastiCache::CacheCluster',
  'AWS::OpenSearchService::Domain',
  'AWS::Elasticsearch::Domain',
  'AWS::Logs::LogGroup',
  'AWS::KMS::Key',
  'AWS::SecretsManager::Secret',
  'AWS::Cognito::UserPool',
  'AWS::ECR::Repository',
  'AWS::Backup::BackupVault',
  'AWS::Timestream::Table',
]);

export interface DataLoss {
  logicalId: string;
  resourceType: string;
  /** Deleted (Remove), replaced, or replaced depending on a value known only at execution. */
  how: 'deleted' | 'replaced' | 'maybe replaced';
  /** A template policy that keeps the old resource (Retain / Snapshot), when the template says so. */
  kept?: string;
  /** Path through nested stacks, when inside one. */
  nestedIn?: string;
}

/** Stateful resources the change set would delete or replace, nested stacks included. */
export function dataLoss(
  changes: readonly ChangeNode[],
  resources: Readonly<Record<string, TemplateResource>> | undefined,
  nestedIn?: string,
): DataLoss[] {
  const out: DataLoss[] = [];
  for (const c of changes) {
    const how =
      c.action === 'Remove'
        ? 'deleted'
        : c.replacement === 'True'
          ? 'replaced'
          : c.replacement === 'Conditional'
            ? 'maybe replaced'
            : undefined;
    if (how && STATEFUL.has(c.resourceType)) {
      // The new template's UpdateReplacePolicy governs a replacement; a removed resource's DeletionPolicy is in
      // the deployed template, which this run has not read.
      const policy =
        how === 'deleted' || nestedIn ? undefined : resources?.[c.logicalId]?.updateReplacePolicy;
      out.push({
        logicalId: c.logicalId,
        resourceType: c.resourceType,
        how,
        ...(policy && policy !== 'Delete' ? { kept: `UpdateReplacePolicy: ${policy}` } : {}),
        ...(nestedIn ? { nestedIn } : {}),
      });
    }
    if (c.children)
      out.push(...dataLoss(c.children, undefined, nestedIn ? `${nestedIn}/${c.logicalId}` : c.logicalId));
  }
  return out;
}

/** The review binding a preview writes into its change set's Description, and `mode: execute` checks. */
export interface ReviewBinding {
  commit: string;
  template: string;
}

export function templateHash(body: string): string {
  return `sha256:${createHash('sha256').update(body, 'utf8').digest('hex')}`;
}

export function bindingText(b: ReviewBinding): string {
  return `commit=${b.commit} template=${b.template}`;
}

export function parseBinding(description: string | undefined): ReviewBinding | undefined {
  const commit = /\bcommit=([0-9a-f]{7,64})\b/.exec(description ?? '')?.[1];
  const template = /\btemplate=(sha256:[0-9a-f]{64})\b/.exec(description ?? '')?.[1];
  return commit && template ? { commit, template } : undefined;
}

/** Why a change set does not match what this run would deploy; empty when it matches. */
export function bindingMismatch(reviewed: ReviewBinding, current: Partial<ReviewBinding>): string[] {
  const out: string[] = [];
  if (current.commit && current.commit !== reviewed.commit)
    out.push(
      `it was previewed at commit ${reviewed.commit.slice(0, 12)}, this run is at ${current.commit.slice(0, 12)}`,
    );
  if (current.template && current.template !== reviewed.template)
    out.push(
      `it was previewed with template ${reviewed.template.slice(0, 19)}…, the template here is ${current.template.slice(0, 19)}…`,
    );
  return out;
}

/**
 * `mode: execute` runs only the change set that was reviewed: made by a preview at this commit, from this
 * template (when the template is a file here). A change set without that record cannot be checked: a warning.
 */
export function checkReviewBinding(
  description: string | undefined,
  o: { changeSetName: string; commit: string; body: string | undefined; logger: Logger },
): void {
  const reviewed = parseBinding(description);
  if (!reviewed) {
    o.logger.warning(
      `Change set ${o.changeSetName} records no reviewed commit and template (not made by a pipewright preview): it is executed unchecked.`,
      { title: 'deploy-stack: change set not bound to a review' },
    );
    return;
  }
  const mismatch = bindingMismatch(reviewed, {
    ...(o.commit ? { commit: o.commit } : {}),
    ...(o.body !== undefined ? { template: templateHash(o.body) } : {}),
  });
  if (mismatch.length)
    throw new DeployFailure(
      'review-mismatch',
      `Change set ${o.changeSetName} is not what this run would deploy: ${mismatch.join('; ')}.`,
      'Execute it from the run (or commit) that previewed it, or run a new preview of this commit and review that.',
      'DescribeChangeSet',
    );
  o.logger.info(
    `Change set ${o.changeSetName} was previewed at this commit, from this template (${reviewed.template.slice(0, 19)}…).`,
  );
}
