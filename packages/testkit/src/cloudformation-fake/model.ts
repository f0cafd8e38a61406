import { randomUUID } from 'node:crypto';
import { parseDocument } from 'yaml';
import { ApiError } from './wire.ts';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';

export const NO_CHANGES_USUAL =
  "The submitted information didn't contain changes. Submit different information to create a change set.";
export const NO_CHANGES_SAM = 'No updates are to be performed.';

/** A stack as it is when the fake starts. */
export interface ScriptedStack {
  name: string;
  status: string;
  /** The deployed template (JSON or YAML); its resources count as deployed. */
  template?: string;
  parameters?: Record<string, string>;
  outputs?: Record<string, string>;
  tags?: Record<string, string>;
  terminationProtection?: boolean;
  /** For a starting *_IN_PROGRESS status: it becomes `settlesTo` this long after the fake starts. */
  settleAfterMs?: number;
  settlesTo?: string;
}

/** How operations on a stack go. */
export interface StackScript {
  /** Logical ID of a resource that fails (create or update), with CloudFormation's kind of reason. */
  failResource?: string;
  failReason?: string;
  /** The rollback itself fails (→ ROLLBACK_FAILED / UPDATE_ROLLBACK_FAILED). */
  rollbackFails?: boolean;
  /** Time per resource step; a slow stack has a large one. */
  stepMs?: number;
  /** Replacement flags for Modify changes. */
  replacements?: Record<string, 'True' | 'Conditional'>;
  /** The "no changes" text this stack answers with (the usual one, or SAM's). */
  noChangesText?: string;
  /** The change set fails with this reason (e.g. a template error). */
  changeSetFailReason?: string;
  /**
   * The change set fails CloudFormation's early (pre-deployment) validation: FAILED, and DescribeEvents lists
   * one VALIDATION_ERROR operation event per entry.
   */
  validationErrors?: {
    logicalId: string;
    resourceType: string;
    name: string;
    path: string;
    reason: string;
  }[];
  /** A resource inside a nested stack (AWS::CloudFormation::Stack with a TemplateURL) fails. */
  nestedFail?: { stack: string; resource: string; reason: string };
}

interface Resource {
  type: string;
  fingerprint: string;
  properties: Record<string, unknown>;
}

export interface SimEvent {
  StackId: string;
  EventId: string;
  StackName: string;
  LogicalResourceId: string;
  PhysicalResourceId: string;
  ResourceType: string;
  Timestamp: Date;
  ResourceStatus: string;
  ResourceStatusReason?: string;
  ClientRequestToken?: string;
}

export interface SimChange {
  Action: 'Add' | 'Modify' | 'Remove';
  LogicalResourceId: string;
  PhysicalResourceId?: string;
  ResourceType: string;
  Replacement?: string;
  details: { name: string; before?: string; after?: string; recreation: string }[];
}

export interface SimChangeSet {
  id: string;
  name: string;
  description?: string;
  stackId: string;
  type: string;
  createdAt: number;
  readyAt: number;
  status: string;
  executionStatus: string;
  reason?: string;
  template: string;
  doc: Record<string, unknown>;
  parameters: Record<string, string>;
  tags: { Key: string; Value: string }[];
  capabilities: string[];
  changes: SimChange[];
  onStackFailure: string | undefined;
  noChanges: boolean;
  failReason?: string;
  /** DescribeEvents' operation events of the change set's creation (failed ones only are kept). */
  operationEvents?: Record<string, unknown>[];
}

export interface SimStack {
  id: string;
  name: string;
  status: string;
  reason?: string;
  created: Date;
  lastUpdated?: Date;
  template?: string;
  parameters: Record<string, string>;
  tags: { Key: string; Value: string }[];
  outputs: Record<string, string>;
  protection: boolean;
  disableRollback: boolean;
  notificationArns: string[];
  roleArn?: string;
  deleted: boolean;
  events: SimEvent[];
  timeline: { at: number; apply: (at: number) => void }[];
  resources: Map<string, Resource>;
  token?: string;
  /** Bench: when the last operation reached its terminal status, and when a DescribeStacks first said so. */
  operationStartedAt?: number;
  terminalAt?: number;
  /** …and when a DescribeStackEvents answer first showed the root stack's terminal event. */
  seenAt?: number;
  observedAt?: number;
}

export function parseTemplateDoc(body: string): Record<string, unknown> {
  const doc = parseDocument(body, { logLevel: 'silent' });
  if (doc.errors.length)
    throw new ApiError('ValidationError', `Template format error: ${doc.errors[0]?.message}`);
  const t = doc.toJS() as Record<string, unknown> | null;
  if (!t || typeof t !== 'object' || !t.Resources)
    throw new ApiError(
      'ValidationError',
      'Template format error: At least one Resources member must be defined.',
    );
  return t;
}

function resourcesOf(doc: Record<string, unknown>, params: Record<string, string>): Map<string, Resource> {
  const out = new Map<string, Resource>();
  for (const [id, r] of Object.entries((doc.Resources ?? {}) as Record<string, Record<string, unknown>>)) {
    const properties = (r?.Properties ?? {}) as Record<string, unknown>;
    const json = JSON.stringify(properties);
    const used = Object.keys(params)
      .filter((k) => json.includes(`"${k}"`) || json.includes(`\${${k}}`))
      .map((k) => `${k}=${params[k]}`);
    out.set(id, {
      type: String(r?.Type ?? 'AWS::CloudFormation::WaitConditionHandle'),
      properties,
      fingerprint: `${json}|${used.join(',')}`,
    });
  }
  return out;
}

export function computeChanges(
  stack: SimStack,
  doc: Record<string, unknown>,
  params: Record<string, string>,
  script: StackScript,
): SimChange[] {
  const next = resourcesOf(doc, params);
  const changes: SimChange[] = [];
  for (const [id, r] of next) {
    const old = stack.resources.get(id);
    if (!old) {
      changes.push({ Action: 'Add', LogicalResourceId: id, ResourceType: r.type, details: [] });
    } else if (old.fingerprint !== r.fingerprint) {
      const replacement = script.replacements?.[id] ?? 'False';
      const keys = new Set([...Object.keys(old.properties), ...Object.keys(r.properties)]);
      const details = [...keys]
        .filter((k) => JSON.stringify(old.properties[k]) !== JSON.stringify(r.properties[k]))
        .map((k) => ({
          name: k,
          ...(old.properties[k] !== undefined ? { before: plain(old.properties[k]) } : {}),
          ...(r.properties[k] !== undefined ? { after: plain(r.properties[k]) } : {}),
          recreation:
            replacement === 'True' ? 'Always' : replacement === 'Conditional' ? 'Conditionally' : 'Never',
        }));
      changes.push({
        Action: 'Modify',
        LogicalResourceId: id,
        PhysicalResourceId: physicalId(stack, id),
        ResourceType: r.type,
        Replacement: replacement,
        details: details.length ? details : [{ name: 'Parameters', recreation: 'Never' }],
      });
    }
  }
  for (const [id, r] of stack.resources)
    if (!next.has(id))
      changes.push({
        Action: 'Remove',
        LogicalResourceId: id,
        PhysicalResourceId: physicalId(stack, id),
        ResourceType: r.type,
        details: [],
      });
  return changes;
}

const plain = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

export function physicalId(stack: SimStack, logicalId: string): string {
  return `${stack.name}-${logicalId}-${stack.id.slice(-6).toUpperCase()}`;
}

export function stackArn(name: string): string {
  return `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/${name}/${randomUUID()}`;
}

export function newStack(name: string): SimStack {
  return {
    id: stackArn(name),
    name,
    status: 'REVIEW_IN_PROGRESS',
    created: new Date(),
    parameters: {},
    tags: [],
    outputs: {},
    protection: false,
    disableRollback: false,
    notificationArns: [],
    deleted: false,
    events: [],
    timeline: [],
    resources: new Map(),
  };
}

/** Stack from a scripted starting state; its template's resources count as deployed. */
export function seedStack(s: ScriptedStack, now: number): SimStack {
  const stack = newStack(s.name);
  stack.status = s.status;
  stack.parameters = { ...(s.parameters ?? {}) };
  stack.outputs = { ...(s.outputs ?? {}) };
  stack.tags = Object.entries(s.tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
  stack.protection = s.terminationProtection ?? false;
  if (s.template) {
    stack.template = s.template;
    stack.resources = resourcesOf(parseTemplateDoc(s.template), stack.parameters);
  }
  event(
    stack,
    now - 60_000,
    stack.name,
    'AWS::CloudFormation::Stack',
    s.status,
    'scripted starting state',
    undefined,
  );
  if (s.settleAfterMs !== undefined && s.settlesTo) {
    const to = s.settlesTo;
    stack.timeline.push({
      at: now + s.settleAfterMs,
      apply: (at) => {
        stack.status = to;
        event(stack, at, stack.name, 'AWS::CloudFormation::Stack', to, undefined, undefined);
      },
    });
  }
  return stack;
}

export function event(
  stack: SimStack,
  at: number,
  logicalId: string,
  type: string,
  status: string,
  reason: string | undefined,
  token: string | undefined,
  physical?: string,
): void {
  stack.events.push({
    StackId: stack.id,
    EventId: randomUUID(),
    StackName: stack.name,
    LogicalResourceId: logicalId,
    PhysicalResourceId: physical ?? (logicalId === stack.name ? stack.id : physicalId(stack, logicalId)),
    ResourceType: type,
    Timestamp: new Date(at),
    ResourceStatus: status,
    ...(reason ? { ResourceStatusReason: reason } : {}),
    ...(token ? { ClientRequestToken: token } : {}),
  });
}

/** Applies every scheduled step whose time has come. */
export function advance(stack: SimStack, now: number): void {
  stack.timeline.sort((a, b) => a.at - b.at);
  while (stack.timeline.length && (stack.timeline[0] as { at: number }).at <= now) {
    const step = stack.timeline.shift() as { at: number; apply: (at: number) => void };
    step.apply(step.at);
  }
}

/** Schedules steps `stepMs` apart, the first at once (a stack goes *_IN_PROGRESS as soon as asked). */
export function schedule(
  stack: SimStack,
  now: number,
  stepMs: number,
  steps: ((at: number) => void)[],
): void {
  steps.forEach((apply, i) => stack.timeline.push({ at: now + i * stepMs, apply }));
}

/**
 * An output value as CloudFormation would resolve it, for the intrinsic functions the fake knows: Ref (of a
 * parameter or a resource), Fn::Sub (both forms; `${!X}` is a literal `${X}`), Fn::Join and Fn::Select
 * (CloudFormation User Guide, "Intrinsic function reference"). Anything else: undefined.
 */
function evaluate(stack: SimStack, v: unknown): string | undefined {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const ref = (name: string) => stack.parameters[name] ?? physicalId(stack, name);
  if ('Ref' in o) return ref(String(o.Ref));
  if ('Fn::Join' in o) {
    const [sep, list] = o['Fn::Join'] as [string, unknown[]];
    const parts = (list ?? []).map((x) => evaluate(stack, x));
    return parts.some((x) => x === undefined) ? undefined : parts.join(sep);
  }
  if ('Fn::Select' in o) {
    const [i, list] = o['Fn::Select'] as [unknown, unknown[]];
    return evaluate(stack, (list ?? [])[Number(i)]);
  }
  if ('Fn::Sub' in o) {
    const sub = o['Fn::Sub'];
    const [text, vars] = (Array.isArray(sub) ? sub : [sub, {}]) as [string, Record<string, unknown>];
    const local: Record<string, string | undefined> = {};
    for (const [k, x] of Object.entries(vars ?? {})) local[k] = evaluate(stack, x);
    return String(text).replace(/\$\{(!?)([^}]*)\}/g, (_, bang: string, name: string) =>
      bang ? `\${${name}}` : (local[name] ?? ref(name)),
    );
  }
  return undefined;
}

export function outputsFrom(stack: SimStack, doc: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, o] of Object.entries((doc.Outputs ?? {}) as Record<string, { Value?: unknown }>))
    out[k] = evaluate(stack, o?.Value) ?? `${stack.name}-${k}-value`;
  return out;
}

export function resolveParameters(
  doc: Record<string, unknown>,
  given: Record<string, string>[],
  previous: Record<string, string>,
  isUpdate: boolean,
): Record<string, string> {
  const declared = (doc.Parameters ?? {}) as Record<string, { Default?: unknown }>;
  const out: Record<string, string> = {};
  const unknown = given.map((g) => g.ParameterKey as string).filter((k) => !(k in declared));
  if (unknown.length)
    throw new ApiError('ValidationError', `Parameters: [${unknown.join(', ')}] do not exist in the template`);
  for (const g of given) {
    const k = g.ParameterKey as string;
    if (g.UsePreviousValue === 'true') {
      if (!isUpdate || !(k in previous))
        throw new ApiError(
          'ValidationError',
          `Invalid input for parameter key ${k}. Cannot specify usePreviousValue as true for a parameter key not in the previous template`,
        );
      out[k] = previous[k] as string;
    } else out[k] = g.ParameterValue ?? '';
  }
  const missing: string[] = [];
  for (const [k, def] of Object.entries(declared)) {
    if (k in out) continue;
    if (def?.Default !== undefined) out[k] = String(def.Default);
    else missing.push(k);
  }
  if (missing.length)
    throw new ApiError('ValidationError', `Parameters: [${missing.join(', ')}] must have values`);
  return out;
}

export function resourcesAfter(
  doc: Record<string, unknown>,
  params: Record<string, string>,
): Map<string, Resource> {
  return resourcesOf(doc, params);
}
