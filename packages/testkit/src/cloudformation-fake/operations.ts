import { randomUUID } from 'node:crypto';
import {
  ACCOUNT,
  advance,
  computeChanges,
  event,
  NO_CHANGES_USUAL,
  newStack,
  outputsFrom,
  parseTemplateDoc,
  REGION,
  resolveParameters,
  resourcesAfter,
  schedule,
  type SimChangeSet,
  type SimStack,
  type StackScript,
} from './model.ts';
import { ApiError, scalarList, structList, type Form } from './wire.ts';

const STACK = 'AWS::CloudFormation::Stack';

export interface World {
  stacks: SimStack[];
  changeSets: SimChangeSet[];
  scripts: Record<string, StackScript>;
  stepMs: number;
  changeSetDelayMs: number;
  templatesByUrl: Record<string, string>;
  eventPageSize: number;
  now: () => number;
}

function script(w: World, name: string): StackScript {
  return w.scripts[name] ?? {};
}

/** By name: the live stack; by ARN: any stack, deleted ones included. */
export function findStack(w: World, nameOrId: string | undefined): SimStack | undefined {
  if (!nameOrId) return undefined;
  const s = nameOrId.startsWith('arn:')
    ? w.stacks.find((x) => x.id === nameOrId)
    : w.stacks.find((x) => x.name === nameOrId && !x.deleted);
  if (s) advance(s, w.now());
  return s;
}

function mustStack(w: World, nameOrId: string | undefined): SimStack {
  const s = findStack(w, nameOrId);
  if (!s) throw new ApiError('ValidationError', `Stack with id ${nameOrId} does not exist`);
  return s;
}

function findChangeSet(w: World, f: Form): SimChangeSet {
  const n = f.ChangeSetName as string;
  const cs = n.startsWith('arn:')
    ? w.changeSets.find((c) => c.id === n)
    : w.changeSets.find((c) => c.name === n && (!f.StackName || c.stackId === findStack(w, f.StackName)?.id));
  if (!cs) throw new ApiError('ChangeSetNotFound', `ChangeSet [${n}] does not exist`, 404);
  return cs;
}

function refreshChangeSet(w: World, cs: SimChangeSet): void {
  if (cs.status !== 'CREATE_IN_PROGRESS' || w.now() < cs.readyAt) return;
  if (cs.failReason) {
    cs.status = 'FAILED';
    cs.executionStatus = 'UNAVAILABLE';
    cs.reason = cs.failReason;
  } else {
    cs.status = 'CREATE_COMPLETE';
    cs.executionStatus = 'AVAILABLE';
  }
}

export function stackXml(s: SimStack): Record<string, unknown> {
  return {
    StackId: s.id,
    StackName: s.name,
    CreationTime: s.created,
    LastUpdatedTime: s.lastUpdated,
    StackStatus: s.status,
    StackStatusReason: s.reason,
    DisableRollback: s.disableRollback,
    EnableTerminationProtection: s.protection,
    Parameters: Object.entries(s.parameters).map(([ParameterKey, ParameterValue]) => ({
      ParameterKey,
      ParameterValue,
    })),
    Outputs: Object.entries(s.outputs).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue })),
    Tags: s.tags,
    NotificationARNs: s.notificationArns,
    RoleARN: s.roleArn,
  };
}

export function createChangeSet(w: World, f: Form): Record<string, unknown> {
  const name = f.StackName as string;
  const type = f.ChangeSetType ?? 'UPDATE';
  let stack = findStack(w, name);
  if (type === 'CREATE') {
    if (stack && stack.status !== 'REVIEW_IN_PROGRESS')
      throw new ApiError(
        'AlreadyExistsException',
        `Stack [${name}] already exists and cannot be created again with the changeSet [${f.ChangeSetName}].`,
      );
  } else {
    if (!stack) throw new ApiError('ValidationError', `Stack [${name}] does not exist`);
    if (stack.status === 'REVIEW_IN_PROGRESS')
      throw new ApiError(
        'ValidationError',
        `Stack [${stack.id}] is in REVIEW_IN_PROGRESS state and can not be updated.`,
      );
    if (
      /ROLLBACK_COMPLETE$|_FAILED$|_IN_PROGRESS$/.test(stack.status) &&
      !['UPDATE_ROLLBACK_COMPLETE', 'CREATE_FAILED', 'UPDATE_FAILED'].includes(stack.status)
    )
      throw new ApiError(
        'ValidationError',
        `Stack:${stack.id} is in ${stack.status} state and can not be updated.`,
      );
  }
  const body = f.TemplateBody ?? (f.TemplateURL ? w.templatesByUrl[f.TemplateURL] : undefined);
  if (body === undefined)
    throw new ApiError(
      'ValidationError',
      `TemplateURL must reference a valid S3 object to which you have access.`,
    );
  const doc = parseTemplateDoc(body);
  const sc = script(w, name);
  const caps = scalarList(f, 'Capabilities');
  const needsIam = Object.values((doc.Resources ?? {}) as Record<string, { Type?: string }>).some((r) =>
    String(r?.Type).startsWith('AWS::IAM::'),
  );
  if (needsIam && !caps.includes('CAPABILITY_IAM') && !caps.includes('CAPABILITY_NAMED_IAM'))
    throw new ApiError('InsufficientCapabilitiesException', 'Requires capabilities : [CAPABILITY_IAM]');
  if (doc.Transform !== undefined && !caps.includes('CAPABILITY_AUTO_EXPAND'))
    throw new ApiError(
      'InsufficientCapabilitiesException',
      'Requires capabilities : [CAPABILITY_AUTO_EXPAND]',
    );
  if (!stack) {
    stack = newStack(name);
    w.stacks.push(stack);
    event(stack, w.now(), name, STACK, 'REVIEW_IN_PROGRESS', 'User Initiated', undefined);
  }
  if (w.changeSets.some((c) => c.stackId === stack.id && c.name === f.ChangeSetName))
    throw new ApiError('AlreadyExistsException', `ChangeSet ${f.ChangeSetName} already exists`);
  const params = resolveParameters(doc, structList(f, 'Parameters'), stack.parameters, type === 'UPDATE');
  const tags =
    f['Tags.member.1.Key'] !== undefined
      ? structList(f, 'Tags').map((t) => ({ Key: t.Key as string, Value: t.Value ?? '' }))
      : stack.tags;
  const changes = computeChanges(stack, doc, params, sc);
  const same =
    type === 'UPDATE' &&
    stack.template === body &&
    JSON.stringify(stack.parameters) === JSON.stringify(params) &&
    JSON.stringify(stack.tags) === JSON.stringify(tags);
  const now = w.now();
  const operationId = randomUUID();
  const cs: SimChangeSet = {
    id: `arn:aws:cloudformation:${REGION}:${ACCOUNT}:changeSet/${f.ChangeSetName}/${randomUUID()}`,
    name: f.ChangeSetName as string,
    ...(f.Description !== undefined ? { description: f.Description } : {}),
    stackId: stack.id,
    type,
    createdAt: now,
    readyAt: now + w.changeSetDelayMs,
    status: 'CREATE_IN_PROGRESS',
    executionStatus: 'UNAVAILABLE',
    template: body,
    doc,
    parameters: params,
    tags,
    capabilities: caps,
    changes,
    onStackFailure: f.OnStackFailure,
    noChanges: same,
    ...(same
      ? { failReason: sc.noChangesText ?? NO_CHANGES_USUAL }
      : sc.changeSetFailReason
        ? { failReason: sc.changeSetFailReason }
        : sc.validationErrors?.length
          ? {
              failReason: `The following hook(s)/validation failed: [${[...new Set(sc.validationErrors.map((v) => v.name))].join(', ')}]. To troubleshoot Early Validation errors, use the DescribeEvents API for detailed failure information.`,
              operationEvents: sc.validationErrors.map((v, i) => ({
                EventId: randomUUID(),
                StackId: stack.id,
                OperationId: operationId,
                OperationType: 'CREATE_CHANGESET',
                OperationStatus: 'FAILED',
                EventType: 'VALIDATION_ERROR',
                LogicalResourceId: v.logicalId,
                ResourceType: v.resourceType,
                Timestamp: new Date(now + 10 + i),
                ValidationFailureMode: 'FAIL',
                ValidationName: v.name,
                ValidationStatus: 'FAILED',
                ValidationStatusReason: v.reason,
                ValidationPath: v.path,
              })),
            }
          : {}),
  };
  w.changeSets.push(cs);
  return { Id: cs.id, StackId: stack.id };
}

export function describeChangeSet(w: World, f: Form): Record<string, unknown> {
  const cs = findChangeSet(w, f);
  refreshChangeSet(w, cs);
  const stack = w.stacks.find((s) => s.id === cs.stackId) as SimStack;
  const withValues = f.IncludePropertyValues === 'true';
  const complete = cs.status === 'CREATE_COMPLETE';
  return {
    ChangeSetName: cs.name,
    ChangeSetId: cs.id,
    StackId: cs.stackId,
    StackName: stack.name,
    Description: cs.description,
    CreationTime: new Date(cs.createdAt),
    Status: cs.status,
    ExecutionStatus: cs.executionStatus,
    StatusReason: cs.reason,
    Parameters: Object.entries(cs.parameters).map(([ParameterKey, ParameterValue]) => ({
      ParameterKey,
      ParameterValue,
    })),
    Capabilities: cs.capabilities,
    Tags: cs.tags,
    OnStackFailure: cs.onStackFailure,
    Changes: complete
      ? cs.changes.map((c) => ({
          Type: 'Resource',
          ResourceChange: {
            Action: c.Action,
            LogicalResourceId: c.LogicalResourceId,
            PhysicalResourceId: c.PhysicalResourceId,
            ResourceType: c.ResourceType,
            Replacement: c.Replacement,
            Details: c.details.map((d) => ({
              Target: {
                Attribute: 'Properties',
                Name: d.name,
                RequiresRecreation: d.recreation,
                ...(withValues ? { BeforeValue: d.before, AfterValue: d.after } : {}),
              },
              Evaluation: 'Static',
              ChangeSource: 'DirectModification',
            })),
          },
        }))
      : [],
  };
}

export function executeChangeSet(w: World, f: Form): Record<string, unknown> {
  const cs = findChangeSet(w, f);
  refreshChangeSet(w, cs);
  const stack = w.stacks.find((s) => s.id === cs.stackId) as SimStack;
  advance(stack, w.now());
  // Another operation under way (someone else's deploy): refused as CloudFormation refuses an update of a
  // busy stack (ValidationError "Stack:<arn> is in <STATUS> state and can not be updated.").
  if (/_IN_PROGRESS$/.test(stack.status) && stack.status !== 'REVIEW_IN_PROGRESS')
    throw new ApiError(
      'ValidationError',
      `Stack:${stack.id} is in ${stack.status} state and can not be updated.`,
    );
  // "ChangeSet [arn] cannot be executed in its current execution status of [OBSOLETE]" (as AWS words it,
  // aws/amazon-chime-sdk-js#1089); the status of a change set still being created is its Status.
  if (cs.status !== 'CREATE_COMPLETE' || cs.executionStatus !== 'AVAILABLE')
    throw new ApiError(
      'InvalidChangeSetStatus',
      cs.status === 'CREATE_COMPLETE'
        ? `ChangeSet [${cs.id}] cannot be executed in its current execution status of [${cs.executionStatus}]`
        : `ChangeSet [${cs.id}] cannot be executed in its current status of [${cs.status}]`,
    );
  if (f.DisableRollback !== undefined && cs.onStackFailure !== undefined)
    throw new ApiError(
      'ValidationError',
      'DisableRollback cannot be specified when OnStackFailure was specified for the change set',
    );
  const token = f.ClientRequestToken;
  cs.executionStatus = 'EXECUTE_IN_PROGRESS';
  // After an execution CloudFormation deletes the stack's other change sets.
  w.changeSets = w.changeSets.filter((c) => c.stackId !== stack.id || c === cs);
  runOperation(w, stack, cs, token, f.DisableRollback === 'true');
  return {};
}

function runOperation(
  w: World,
  stack: SimStack,
  cs: SimChangeSet,
  token: string | undefined,
  disableRollback: boolean,
): void {
  const sc = script(w, stack.name);
  const step = sc.stepMs ?? w.stepMs;
  const create = cs.type === 'CREATE';
  const verb = create ? 'CREATE' : 'UPDATE';
  const now = w.now();
  stack.token = token;
  stack.operationStartedAt = now;
  stack.terminalAt = undefined;
  stack.observedAt = undefined;
  stack.seenAt = undefined;
  const ev = (at: number, id: string, type: string, status: string, reason?: string) =>
    event(stack, at, id, type, status, reason, token);
  const setStatus = (at: number, status: string, reason?: string) => {
    stack.status = status;
    stack.reason = reason;
    ev(at, stack.name, STACK, status, reason);
    if (!status.endsWith('_IN_PROGRESS')) {
      stack.terminalAt = at;
      cs.executionStatus =
        status.endsWith('_COMPLETE') && !status.includes('ROLLBACK') && status !== 'DELETE_COMPLETE'
          ? 'EXECUTE_COMPLETE'
          : 'EXECUTE_FAILED';
    }
  };
  const steps: ((at: number) => void)[] = [(at) => setStatus(at, `${verb}_IN_PROGRESS`, 'User Initiated')];
  const work = cs.changes.filter((c) => c.Action !== 'Remove');
  const done: string[] = [];
  let failed: string | undefined;
  for (const [i, c] of work.entries()) {
    const act = c.Action === 'Add' ? 'CREATE' : 'UPDATE';
    const next = work[i + 1];
    if (c.ResourceType === STACK && c.Action === 'Add') {
      // A nested stack: a stack of its own, with its own events carrying the same token.
      const props = ((cs.doc.Resources as Record<string, { Properties?: { TemplateURL?: string } }>)[
        c.LogicalResourceId
      ]?.Properties ?? {}) as { TemplateURL?: string };
      const body = props.TemplateURL ? w.templatesByUrl[props.TemplateURL] : undefined;
      const childDoc = body ? parseTemplateDoc(body) : { Resources: {} };
      const child = newStack(
        `${stack.name}-${c.LogicalResourceId}-${randomUUID().slice(0, 8).toUpperCase()}`,
      );
      child.status = 'CREATE_IN_PROGRESS';
      w.stacks.push(child);
      const cev = (at: number, id: string, type: string, status: string, reason?: string) =>
        event(child, at, id, type, status, reason, token);
      const fail = sc.nestedFail?.stack === c.LogicalResourceId ? sc.nestedFail : undefined;
      steps.push((at) => {
        event(stack, at, c.LogicalResourceId, STACK, 'CREATE_IN_PROGRESS', undefined, token, child.id);
        cev(at, child.name, STACK, 'CREATE_IN_PROGRESS', 'User Initiated');
      });
      let childFailed = false;
      for (const [rid, r] of Object.entries(
        (childDoc.Resources ?? {}) as Record<string, { Type?: string }>,
      )) {
        const type = String(r?.Type);
        steps.push((at) => cev(at, rid, type, 'CREATE_IN_PROGRESS'));
        if (fail?.resource === rid) {
          childFailed = true;
          steps.push((at) => {
            cev(at, rid, type, 'CREATE_FAILED', fail.reason);
            child.status = 'ROLLBACK_IN_PROGRESS';
            cev(
              at + 1,
              child.name,
              STACK,
              'ROLLBACK_IN_PROGRESS',
              `The following resource(s) failed to create: [${rid}].`,
            );
          });
          steps.push((at) => {
            child.status = 'ROLLBACK_COMPLETE';
            cev(at, child.name, STACK, 'ROLLBACK_COMPLETE');
            event(
              stack,
              at + 1,
              c.LogicalResourceId,
              STACK,
              'CREATE_FAILED',
              `Embedded stack ${child.id} was not successfully created: The following resource(s) failed to create: [${rid}].`,
              token,
              child.id,
            );
          });
          break;
        }
        steps.push((at) => cev(at, rid, type, 'CREATE_COMPLETE'));
      }
      if (childFailed) {
        failed = c.LogicalResourceId;
        break;
      }
      steps.push((at) => {
        child.status = 'CREATE_COMPLETE';
        cev(at, child.name, STACK, 'CREATE_COMPLETE');
        event(stack, at + 1, c.LogicalResourceId, STACK, 'CREATE_COMPLETE', undefined, token, child.id);
      });
      done.push(c.LogicalResourceId);
      continue;
    }
    if (c.LogicalResourceId === sc.failResource) {
      failed = c.LogicalResourceId;
      steps.push((at) => {
        ev(at, c.LogicalResourceId, c.ResourceType, `${act}_IN_PROGRESS`);
        if (next)
          ev(
            at,
            next.LogicalResourceId,
            next.ResourceType,
            `${next.Action === 'Add' ? 'CREATE' : 'UPDATE'}_IN_PROGRESS`,
          );
      });
      steps.push((at) => {
        ev(
          at,
          c.LogicalResourceId,
          c.ResourceType,
          `${act}_FAILED`,
          sc.failReason ??
            'Resource handler returned message: "Invalid request provided" (HandlerErrorCode: InvalidRequest)',
        );
        if (next)
          ev(
            at + 1,
            next.LogicalResourceId,
            next.ResourceType,
            `${next.Action === 'Add' ? 'CREATE' : 'UPDATE'}_FAILED`,
            `Resource ${next.Action === 'Add' ? 'creation' : 'update'} cancelled`,
          );
      });
      break;
    }
    steps.push((at) => ev(at, c.LogicalResourceId, c.ResourceType, `${act}_IN_PROGRESS`));
    steps.push((at) => ev(at, c.LogicalResourceId, c.ResourceType, `${act}_COMPLETE`));
    done.push(c.LogicalResourceId);
  }
  if (failed === undefined) {
    const removes = cs.changes.filter((c) => c.Action === 'Remove');
    if (removes.length) {
      steps.push((at) => setStatus(at, 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS'));
      for (const r of removes) {
        steps.push((at) => ev(at, r.LogicalResourceId, r.ResourceType, 'DELETE_IN_PROGRESS'));
        steps.push((at) => ev(at, r.LogicalResourceId, r.ResourceType, 'DELETE_COMPLETE'));
      }
    }
    steps.push((at) => {
      stack.template = cs.template;
      stack.parameters = cs.parameters;
      stack.tags = cs.tags;
      stack.resources = resourcesAfter(cs.doc, cs.parameters);
      stack.outputs = outputsFrom(stack, cs.doc);
      stack.lastUpdated = new Date(at);
      setStatus(at, `${verb}_COMPLETE`);
    });
  } else if (create) {
    const mode = cs.onStackFailure ?? 'ROLLBACK';
    if (mode === 'DO_NOTHING')
      steps.push((at) =>
        setStatus(at, 'CREATE_FAILED', `The following resource(s) failed to create: [${failed}].`),
      );
    else {
      steps.push((at) =>
        setStatus(
          at,
          'ROLLBACK_IN_PROGRESS',
          `The following resource(s) failed to create: [${failed}]. Rollback requested by user.`,
        ),
      );
      for (const id of [...done].reverse()) {
        const c = work.find((x) => x.LogicalResourceId === id) as { ResourceType: string };
        steps.push((at) => ev(at, id, c.ResourceType, 'DELETE_IN_PROGRESS'));
        steps.push((at) => ev(at, id, c.ResourceType, 'DELETE_COMPLETE'));
      }
      if (sc.rollbackFails) steps.push((at) => setStatus(at, 'ROLLBACK_FAILED'));
      else if (mode === 'DELETE') {
        steps.push((at) => {
          stack.status = 'ROLLBACK_COMPLETE';
          ev(at, stack.name, STACK, 'ROLLBACK_COMPLETE');
        });
        steps.push((at) => {
          stack.status = 'DELETE_IN_PROGRESS';
          ev(at, stack.name, STACK, 'DELETE_IN_PROGRESS');
        });
        steps.push((at) => {
          stack.deleted = true;
          setStatus(at, 'DELETE_COMPLETE');
        });
      } else steps.push((at) => setStatus(at, 'ROLLBACK_COMPLETE'));
    }
  } else if (disableRollback) {
    steps.push((at) =>
      setStatus(at, 'UPDATE_FAILED', `The following resource(s) failed to update: [${failed}].`),
    );
  } else {
    steps.push((at) =>
      setStatus(
        at,
        'UPDATE_ROLLBACK_IN_PROGRESS',
        `The following resource(s) failed to update: [${failed}].`,
      ),
    );
    for (const id of [...done].reverse()) {
      const c = work.find((x) => x.LogicalResourceId === id) as { ResourceType: string };
      steps.push((at) => ev(at, id, c.ResourceType, 'UPDATE_IN_PROGRESS'));
      steps.push((at) => ev(at, id, c.ResourceType, 'UPDATE_COMPLETE'));
    }
    steps.push((at) =>
      setStatus(at, sc.rollbackFails ? 'UPDATE_ROLLBACK_FAILED' : 'UPDATE_ROLLBACK_COMPLETE'),
    );
  }
  schedule(stack, now, step, steps);
}

export function deleteChangeSet(w: World, f: Form): Record<string, unknown> {
  const cs = findChangeSet(w, f);
  w.changeSets = w.changeSets.filter((c) => c !== cs);
  return {};
}

export function listChangeSets(w: World, f: Form): Record<string, unknown> {
  const s = mustStack(w, f.StackName);
  return {
    Summaries: w.changeSets
      .filter((c) => c.stackId === s.id)
      .map((c) => {
        refreshChangeSet(w, c);
        return {
          ChangeSetId: c.id,
          ChangeSetName: c.name,
          StackId: s.id,
          StackName: s.name,
          Status: c.status,
          ExecutionStatus: c.executionStatus,
          StatusReason: c.reason,
        };
      }),
  };
}

export function describeStacks(w: World, f: Form): Record<string, unknown> {
  const list = f.StackName ? [mustStack(w, f.StackName)] : w.stacks.filter((s) => !s.deleted);
  const now = w.now();
  for (const s of list) {
    advance(s, now);
    if (s.terminalAt !== undefined && s.observedAt === undefined) s.observedAt = now;
  }
  return { Stacks: list.map(stackXml) };
}

export function describeStackEvents(w: World, f: Form): Record<string, unknown> {
  const s = mustStack(w, f.StackName);
  const newestFirst = [...s.events].reverse();
  const start = Number(f.NextToken ?? 0);
  const page = newestFirst.slice(start, start + w.eventPageSize);
  // Bench: the first answer that shows the root stack's terminal event.
  if (
    s.terminalAt !== undefined &&
    s.seenAt === undefined &&
    page.some((e) => e.LogicalResourceId === s.name && e.Timestamp.getTime() === s.terminalAt)
  )
    s.seenAt = w.now();
  const next = start + w.eventPageSize < newestFirst.length ? String(start + w.eventPageSize) : undefined;
  return { StackEvents: page, NextToken: next };
}

export function deleteStack(w: World, f: Form): Record<string, unknown> {
  const s = findStack(w, f.StackName);
  if (!s || s.deleted) return {};
  if (s.protection)
    throw new ApiError(
      'ValidationError',
      `Stack [${s.name}] cannot be deleted while TerminationProtection is enabled`,
    );
  const token = f.ClientRequestToken;
  s.token = token;
  w.changeSets = w.changeSets.filter((c) => c.stackId !== s.id);
  if (s.status === 'REVIEW_IN_PROGRESS') {
    s.deleted = true;
    s.status = 'DELETE_COMPLETE';
    event(s, w.now(), s.name, STACK, 'DELETE_COMPLETE', undefined, token);
    return {};
  }
  const steps: ((at: number) => void)[] = [
    (at) => {
      s.status = 'DELETE_IN_PROGRESS';
      event(s, at, s.name, STACK, 'DELETE_IN_PROGRESS', 'User Initiated', token);
    },
    (at) => {
      s.deleted = true;
      s.status = 'DELETE_COMPLETE';
      s.terminalAt = at;
      event(s, at, s.name, STACK, 'DELETE_COMPLETE', undefined, token);
    },
  ];
  schedule(s, w.now(), script(w, s.name).stepMs ?? w.stepMs, steps);
  return {};
}

export function continueUpdateRollback(w: World, f: Form): Record<string, unknown> {
  const s = mustStack(w, f.StackName);
  if (s.status !== 'UPDATE_ROLLBACK_FAILED')
    throw new ApiError(
      'ValidationError',
      `Stack ${s.id} is in ${s.status} state and can not continue update rollback.`,
    );
  const token = f.ClientRequestToken;
  schedule(s, w.now(), script(w, s.name).stepMs ?? w.stepMs, [
    (at) => {
      s.status = 'UPDATE_ROLLBACK_IN_PROGRESS';
      event(
        s,
        at,
        s.name,
        STACK,
        'UPDATE_ROLLBACK_IN_PROGRESS',
        'Continue rollback requested by user',
        token,
      );
    },
    (at) => {
      s.status = 'UPDATE_ROLLBACK_COMPLETE';
      event(s, at, s.name, STACK, 'UPDATE_ROLLBACK_COMPLETE', undefined, token);
    },
  ]);
  return {};
}

export function cancelUpdateStack(w: World, f: Form): Record<string, unknown> {
  const s = mustStack(w, f.StackName);
  if (s.status !== 'UPDATE_IN_PROGRESS')
    throw new ApiError('ValidationError', `CancelUpdateStack cannot be called from current stack status`);
  const token = f.ClientRequestToken;
  s.timeline = [];
  schedule(s, w.now(), script(w, s.name).stepMs ?? w.stepMs, [
    (at) => {
      s.status = 'UPDATE_ROLLBACK_IN_PROGRESS';
      event(s, at, s.name, STACK, 'UPDATE_ROLLBACK_IN_PROGRESS', 'Stack update cancelled', token);
    },
    (at) => {
      s.status = 'UPDATE_ROLLBACK_COMPLETE';
      s.terminalAt = at;
      event(s, at, s.name, STACK, 'UPDATE_ROLLBACK_COMPLETE', undefined, token);
    },
  ]);
  return {};
}

export function updateTerminationProtection(w: World, f: Form): Record<string, unknown> {
  const s = mustStack(w, f.StackName);
  s.protection = f.EnableTerminationProtection === 'true';
  return { StackId: s.id };
}

export function getTemplateSummary(w: World, f: Form): Record<string, unknown> {
  const body = f.TemplateBody ?? (f.TemplateURL ? w.templatesByUrl[f.TemplateURL] : undefined);
  if (body === undefined)
    throw new ApiError(
      'ValidationError',
      'TemplateURL must reference a valid S3 object to which you have access.',
    );
  const doc = parseTemplateDoc(body);
  const params = (doc.Parameters ?? {}) as Record<
    string,
    { Type?: string; Default?: unknown; NoEcho?: unknown }
  >;
  return {
    Parameters: Object.entries(params).map(([k, p]) => ({
      ParameterKey: k,
      ParameterType: p?.Type ?? 'String',
      DefaultValue: p?.Default === undefined ? undefined : String(p.Default),
      NoEcho: String(p?.NoEcho ?? 'false') === 'true',
    })),
    Capabilities: Object.values((doc.Resources ?? {}) as Record<string, { Type?: string }>).some((r) =>
      String(r?.Type).startsWith('AWS::IAM::'),
    )
      ? ['CAPABILITY_IAM']
      : [],
    ResourceTypes: [
      ...new Set(
        Object.values((doc.Resources ?? {}) as Record<string, { Type?: string }>).map((r) => String(r?.Type)),
      ),
    ],
  };
}

/**
 * DescribeEvents (operation-scoped events): here only the failed events of a change set's creation, which is
 * what the deployer asks for; a stack or operation ID without recorded events answers an empty list.
 */
export function describeEvents(w: World, f: Form): Record<string, unknown> {
  if (!f.ChangeSetName && !f.StackName && !f.OperationId)
    throw new ApiError('ValidationError', 'One of ChangeSetName, OperationId or StackName must be specified');
  const events = f.ChangeSetName
    ? (findChangeSet(w, f).operationEvents ?? [])
    : w.changeSets
        .flatMap((c) => c.operationEvents ?? [])
        .filter((e) =>
          f.OperationId ? e.OperationId === f.OperationId : e.StackId === findStack(w, f.StackName)?.id,
        );
  return { OperationEvents: [...events].reverse() };
}

export const OPERATIONS: Record<string, (w: World, f: Form) => Record<string, unknown>> = {
  DescribeEvents: describeEvents,
  CreateChangeSet: createChangeSet,
  DescribeChangeSet: describeChangeSet,
  ExecuteChangeSet: executeChangeSet,
  DeleteChangeSet: deleteChangeSet,
  ListChangeSets: listChangeSets,
  DescribeStacks: describeStacks,
  DescribeStackEvents: describeStackEvents,
  DeleteStack: deleteStack,
  ContinueUpdateRollback: continueUpdateRollback,
  CancelUpdateStack: cancelUpdateStack,
  UpdateTerminationProtection: updateTerminationProtection,
  GetTemplateSummary: getTemplateSummary,
};
