/**
 * The change set's requests, built without calling anything: CreateChangeSet's input, the parameters it
 * carries, the client tokens of the operations a run starts, ExecuteChangeSet's input, and what a change set
 * that cannot be executed means (CloudFormation API reference: CreateChangeSet, ExecuteChangeSet,
 * DescribeChangeSet).
 */
import type {
  CreateChangeSetCommandInput,
  DescribeChangeSetCommandOutput,
  Parameter,
  Stack,
} from './cloudformation.ts';
import type { DeployConfig } from './config.ts';
import { DeployFailure, type Failure } from './failures.ts';
import { bindingText, templateHash } from './preview.ts';
import type { Capability } from './template.ts';

/** Where the change set starts from: a CREATE (no stack, or one REVIEW_IN_PROGRESS) or an UPDATE. */
export interface Prepared {
  type: 'CREATE' | 'UPDATE';
  stack: Stack | undefined;
}

/** The template as CreateChangeSet takes it: a body, or the URL of an uploaded or given one. */
export interface TemplateArgs {
  body?: string;
  url?: string;
  /** The template's parameter names (undefined: not known). */
  declared: string[] | undefined;
  capabilities: Capability[];
}

/**
 * The operations a run starts, each with its own client request token derived from the change-set name (kept
 * within the 128 characters CloudFormation allows), so the watcher tells our events from anyone else's.
 */
const TOKEN_ROOM = { delete: 110, continue: 110, caps: 118, exec: 118, cancel: 116 } as const;
export type TokenPurpose = keyof typeof TOKEN_ROOM;

export function clientToken(changeSetName: string, purpose: TokenPurpose): string {
  return `${changeSetName.slice(0, TOKEN_ROOM[purpose])}-${purpose}`;
}

/** The given parameters; on update, every other parameter of the stack keeps its current value. */
export function changeSetParameters(
  given: Record<string, string>,
  prep: Prepared,
  declared: string[] | undefined,
): Parameter[] {
  const listed = Object.entries(given).map(([k, v]) => ({ ParameterKey: k, ParameterValue: v }));
  if (prep.type !== 'UPDATE' || !prep.stack) return listed;
  // On update, a parameter not given keeps its current value (not the template default).
  const keep = (prep.stack.Parameters ?? [])
    .map((p) => p.ParameterKey as string)
    .filter((k) => !(k in given) && (declared === undefined || declared.includes(k)));
  return [...listed, ...keep.map((k) => ({ ParameterKey: k, UsePreviousValue: true }))];
}

/** A preview's change set carries the commit and template it was made from (checked by `mode: execute`). */
export function changeSetDescription(cfg: Pick<DeployConfig, 'mode' | 'template' | 'commit'>): string {
  const body = cfg.template.body;
  if (cfg.mode !== 'preview' || body === undefined || !cfg.commit)
    return `pipewright deploy-stack (${cfg.mode})`;
  return `pipewright deploy-stack (preview) ${bindingText({ commit: cfg.commit, template: templateHash(body) })}`;
}

export function changeSetInput(
  c: DeployConfig,
  prep: Prepared,
  tpl: { body?: string; url?: string },
  parameters: Parameter[],
  capabilities: Capability[],
  token: string,
): CreateChangeSetCommandInput {
  return {
    StackName: c.stackName,
    ChangeSetName: c.changeSetName,
    ChangeSetType: prep.type,
    ClientToken: token,
    ...(tpl.url ? { TemplateURL: tpl.url } : { TemplateBody: tpl.body }),
    Description: changeSetDescription(c),
    ...(parameters.length ? { Parameters: parameters } : {}),
    ...(capabilities.length ? { Capabilities: capabilities } : {}),
    ...(c.tags.length ? { Tags: c.tags } : {}),
    ...(c.roleArn ? { RoleARN: c.roleArn } : {}),
    ...(c.notificationArns.length ? { NotificationARNs: c.notificationArns } : {}),
    ...(c.rollbackTriggers.length
      ? {
          RollbackConfiguration: {
            RollbackTriggers: c.rollbackTriggers,
            ...(c.rollbackMonitoringMinutes !== undefined
              ? { MonitoringTimeInMinutes: c.rollbackMonitoringMinutes }
              : {}),
          },
        }
      : {}),
    // First creates default to DELETE, so a failed first deploy leaves no ROLLBACK_COMPLETE stack.
    ...(prep.type === 'CREATE' ? { OnStackFailure: c.onCreateFailure } : {}),
    IncludeNestedStacks: c.includeNestedStacks,
    ...(c.importExistingResources ? { ImportExistingResources: true } : {}),
  };
}

export function executeInput(
  id: string,
  stackId: string,
  type: 'CREATE' | 'UPDATE',
  cfg: Pick<DeployConfig, 'changeSetName' | 'disableRollback'>,
) {
  return {
    ChangeSetName: id,
    StackName: stackId,
    ClientRequestToken: clientToken(cfg.changeSetName, 'exec'),
    // On CREATE, OnStackFailure (sent with the change set) decides; CloudFormation refuses both.
    ...(type === 'UPDATE' ? { DisableRollback: cfg.disableRollback } : {}),
  };
}

/**
 * Why a change set cannot be executed, or undefined when it can: only a CREATE_COMPLETE + AVAILABLE one is
 * executed. OBSOLETE is a stale preview; anything else means the change set or the stack is busy.
 */
export function executionRefusal(
  cs: Pick<DescribeChangeSetCommandOutput, 'Status' | 'ExecutionStatus' | 'StatusReason'>,
  changeSetName: string,
): DeployFailure | undefined {
  if (cs.Status === 'CREATE_COMPLETE' && cs.ExecutionStatus === 'AVAILABLE') return undefined;
  const obsolete = cs.ExecutionStatus === 'OBSOLETE';
  return new DeployFailure(
    obsolete ? 'obsolete-change-set' : 'concurrency',
    `Change set ${changeSetName} cannot be executed: it is ${cs.Status}/${cs.ExecutionStatus}` +
      (cs.StatusReason ? ` (${cs.StatusReason})` : '') +
      '.',
    obsolete
      ? 'OBSOLETE means another change set was executed or the stack changed since the preview: run a new preview.'
      : 'The change set or the stack is busy: re-run once the operation under way has finished.',
    'DescribeChangeSet',
  );
}

/** A change set CloudFormation could not create (the template or parameters are wrong): nothing was changed. */
export function changeSetFailure(statusReason: string | undefined, problems: number): Failure {
  return {
    kind: 'change-set-failed',
    operation: undefined,
    code: undefined,
    message:
      `The change set failed: ${statusReason ?? '(no reason given)'}` +
      (problems > 1 ? ` (${problems} problems; the first is the root cause below, all are in the log.)` : ''),
    hint: 'Fix the template or the parameters (the root cause names the resource); nothing was changed.',
  };
}
