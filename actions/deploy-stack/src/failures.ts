/**
 * The one place where a failure of a deployment is named: every error an AWS call can end in (and the
 * refusals this action makes itself) becomes a `Failure` — what kind, which API call, what it means and
 * what to do. Nothing a remote system answers is ever reported as a bug in pipewright.
 *
 * Error codes and texts (CloudFormation API reference, "Common Errors" and each action's "Errors"):
 * - AccessDenied(Exception) / NotAuthorized: missing permission. The message names the IAM action:
 *   "User: arn:aws:sts::…:assumed-role/… is not authorized to perform: cloudformation:UpdateTerminationProtection
 *   on resource: arn:aws:cloudformation:…:stack/… because no identity-based policy allows the
 *   cloudformation:UpdateTerminationProtection action" (as quoted in awslabs/aws-deployment-framework#511).
 * - InvalidClientTokenId (403), ExpiredToken(Exception), IncompleteSignature, SignatureDoesNotMatch,
 *   RequestExpired, UnrecognizedClientException: the credentials themselves.
 * - Throttling / ThrottlingException "Rate exceeded" (400); InternalFailure (500), ServiceUnavailable (503).
 * - InvalidChangeSetStatus (ExecuteChangeSet): "The specified change set can't be used to update the stack.
 *   For example, the change set status might be CREATE_IN_PROGRESS, or the stack status might be
 *   UPDATE_IN_PROGRESS." Text: "ChangeSet [arn] cannot be executed in its current execution status of
 *   [OBSOLETE]" (aws/amazon-chime-sdk-js#1089).
 * - ValidationError "Stack:arn is in UPDATE_IN_PROGRESS state and can not be updated." (another operation),
 *   or the same with ROLLBACK_COMPLETE etc. (a state that needs a human); OperationInProgressException.
 * - LimitExceededException: "The quota for the resource has already been reached."
 */
import { UserError } from '@pipewright/shared/action';
import type { CloudFormationClient, StackEvent } from './cloudformation.ts';
import { STUCK_GUIDANCE } from './stack-status.ts';

export type FailureKind =
  | 'throttling'
  | 'concurrency'
  | 'obsolete-change-set'
  | 'permission'
  | 'credentials'
  | 'invalid'
  | 'quota'
  | 'stack-state'
  | 'not-found'
  | 'capabilities'
  | 'service'
  | 'network'
  | 'timeout'
  | 'change-set-failed'
  | 'stack-failed'
  | 'review-mismatch'
  | 'aws';

export interface Failure {
  kind: FailureKind;
  /** The API call that failed (e.g. ExecuteChangeSet), when one did. */
  operation: string | undefined;
  /** The error code CloudFormation answered (e.g. AccessDenied), when there was one. */
  code: string | undefined;
  /** One or two sentences: what happened. */
  message: string;
  /** What to do about it. */
  hint: string;
  /** The IAM action a permission failure names. */
  permission?: string;
}

/** The error code of an AWS error (its `name`), '' for anything else. */
export const errName = (e: unknown) => String((e as { name?: unknown } | null)?.name ?? '');

/** A refusal made by the action itself (a stack state it will not touch, a change set it will not run…). */
export class DeployFailure extends UserError {
  readonly kind: FailureKind;
  readonly operation: string | undefined;
  constructor(kind: FailureKind, message: string, hint: string, operation?: string) {
    super(message, { hint });
    this.name = 'DeployFailure';
    this.kind = kind;
    this.operation = operation;
  }
}

/** Tags every error a client's call ends in with the API operation it came from (`$operation`). */
export function tagOperations(client: CloudFormationClient): void {
  client.middlewareStack.add(
    (next, ctx) => async (args) => {
      try {
        return await next(args);
      } catch (e) {
        if (e && typeof e === 'object' && !('$operation' in e) && typeof ctx.commandName === 'string')
          Object.defineProperty(e, '$operation', {
            value: ctx.commandName.replace(/Command$/, ''),
            enumerable: false,
          });
        throw e;
      }
    },
    { step: 'initialize', name: 'pipewrightOperationTag' },
  );
}

const field = (e: unknown, k: string): unknown =>
  e && typeof e === 'object' ? (e as Record<string, unknown>)[k] : undefined;
const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

export function operationOf(e: unknown): string | undefined {
  return str(field(e, '$operation')) || undefined;
}

const NETWORK =
  /^(ECONNREFUSED|ENOTFOUND|ECONNRESET|ETIMEDOUT|EAI_AGAIN|EPIPE|ECONNABORTED|EHOSTUNREACH|ENETUNREACH|UND_ERR_SOCKET|UND_ERR_CONNECT_TIMEOUT)$/;
const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
]);
const CREDENTIALS = new Set([
  'InvalidClientTokenId',
  'ExpiredToken',
  'ExpiredTokenException',
  'IncompleteSignature',
  'SignatureDoesNotMatch',
  'InvalidSignatureException',
  'RequestExpired',
  'UnrecognizedClientException',
  'MissingAuthenticationToken',
  'CredentialsProviderError',
]);
const PERMISSION = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'NotAuthorized',
  'UnauthorizedOperation',
]);

/** An answer (or a failure to get one) from AWS, as opposed to a fault in this program. */
export function isRemoteError(e: unknown): boolean {
  if (e instanceof UserError) return false;
  const name = str(field(e, 'name'));
  return (
    field(e, '$metadata') !== undefined ||
    field(e, '$fault') !== undefined ||
    NETWORK.test(str(field(e, 'code'))) ||
    CREDENTIALS.has(name) ||
    name === 'TimeoutError'
  );
}

export interface FailureContext {
  stackName: string;
  region: string;
  endpoint?: string | undefined;
}

const attemptsOf = (e: unknown) => Number(field(e, '$attempts') ?? 1);

/**
 * What an error means. `undefined` for an error that is neither an AWS answer, a network failure nor one of
 * the action's own refusals: that one is a bug, and is left to propagate as such.
 */
export function classify(e: unknown, ctx: FailureContext): Failure | undefined {
  if (e instanceof DeployFailure)
    return { kind: e.kind, operation: e.operation, code: undefined, message: e.message, hint: e.hint ?? '' };
  if (e instanceof UserError)
    return { kind: 'invalid', operation: undefined, code: undefined, message: e.message, hint: e.hint ?? '' };
  if (!isRemoteError(e)) return undefined;
  const op = operationOf(e);
  const name = str(field(e, 'name')) || str(field(e, 'Code'));
  const text = str(field(e, 'message'));
  const status = Number(
    (field(e, '$metadata') as { httpStatusCode?: number } | undefined)?.httpStatusCode ?? 0,
  );
  const call = op ?? 'a CloudFormation call';
  const f = (kind: FailureKind, message: string, hint: string, extra: Partial<Failure> = {}): Failure => ({
    kind,
    operation: op,
    code: name || undefined,
    message,
    hint,
    ...extra,
  });
  const attempts = attemptsOf(e);
  const tries = attempts > 1 ? ` (${attempts} attempts)` : '';

  const netCode = str(field(e, 'code'));
  if (NETWORK.test(netCode) || name === 'TimeoutError')
    return f(
      'network',
      `Could not reach CloudFormation${ctx.endpoint ? ` at ${ctx.endpoint}` : ''} for ${call}: ${netCode || name}${tries}.`,
      'Check `region` and `endpoint` (or AWS_ENDPOINT_URL_CLOUDFORMATION), and the runner’s network (proxy, VPC endpoint, DNS).',
      { code: netCode || name },
    );
  if (THROTTLING.has(name))
    return f(
      'throttling',
      `CloudFormation kept throttling ${call} (${name}: ${text || 'Rate exceeded'})${tries}.`,
      'The API rate is shared by every caller in this account and region (other jobs, the console, CDK). ' +
        'Re-run later, deploy fewer stacks at once (a workflow `concurrency` group or a smaller matrix), or ask AWS for a higher quota.',
    );
  if (CREDENTIALS.has(name))
    return f(
      'credentials',
      `AWS refused the credentials on ${call}: ${name}${text ? ` — ${text}` : ''}`,
      name.startsWith('Expired') || name === 'RequestExpired'
        ? 'The session expired: get fresh credentials (aws-actions/configure-aws-credentials `role-duration-seconds`), or check the runner’s clock.'
        : 'Configure valid credentials before this step (aws-actions/configure-aws-credentials), for the right account and partition.',
    );
  if (PERMISSION.has(name)) {
    const action =
      /not authorized to perform:?\s*([A-Za-z0-9-]+:[A-Za-z0-9*]+)/.exec(text)?.[1] ??
      (op ? `cloudformation:${op}` : undefined);
    const resource = /on resource:?\s*(\S+?)(?:\s|$)/.exec(text)?.[1];
    const explicit = /explicit deny/i.test(text);
    return f(
      'permission',
      `Missing permission: the credentials of this step may not call ${action ?? call}` +
        (resource ? ` on ${resource}` : '') +
        (explicit ? ' (an explicit deny in a policy)' : '') +
        '.',
      explicit
        ? `A policy (identity, permissions boundary, SCP or session policy) explicitly denies ${action ?? 'it'}: that policy has to change.`
        : `Allow \`${action ?? 'the action'}\` on arn:aws:cloudformation:${ctx.region}:<account>:stack/${ctx.stackName}/* for the role this step runs as.`,
      action ? { permission: action } : {},
    );
  }
  const busy = /is in ([A-Z_]+_IN_PROGRESS) state/.exec(text)?.[1];
  if (
    name === 'OperationInProgressException' ||
    (busy && busy !== 'REVIEW_IN_PROGRESS') ||
    /operation on this ChangeSet is currently in progress/i.test(text)
  )
    return f(
      'concurrency',
      `Another operation is under way on stack ${ctx.stackName}${busy ? ` (${busy})` : ''}: CloudFormation refused ${call}.`,
      'Only one operation can run on a stack at a time. Let it finish (the stack’s events show who started it), then re-run this job; ' +
        'serialise the deployments of this stack with a workflow `concurrency` group.',
    );
  const csStatus = /current (?:execution )?status of \[(\w+)\]/.exec(text)?.[1];
  if (name === 'InvalidChangeSetStatus' || name === 'InvalidChangeSetStatusException') {
    if (csStatus === 'OBSOLETE')
      return f(
        'obsolete-change-set',
        `The change set is OBSOLETE: the stack changed after it was created (another change set was executed, or the stack was updated), so CloudFormation refused ${call}.`,
        'Run a new preview and review it; an obsolete change set can never be executed.',
      );
    return f(
      'concurrency',
      `CloudFormation refused ${call}: the change set${csStatus ? ` is ${csStatus}` : ''} cannot be executed now (${text}).`,
      'The change set or the stack is busy: re-run once the operation under way has finished; serialise deployments with a workflow `concurrency` group.',
    );
  }
  if (name === 'LimitExceededException' || name === 'LimitExceeded')
    return f(
      'quota',
      `A CloudFormation quota is reached: ${text || name} (${call}).`,
      'Delete stacks or change sets this account no longer needs, or ask for a higher quota (Service Quotas → AWS CloudFormation).',
    );
  if (name === 'InsufficientCapabilitiesException')
    return f(
      'capabilities',
      `The template needs capabilities that were not given: ${text}`,
      'Add them to `capabilities`, or set `capabilities: auto`.',
    );
  if (
    name === 'ChangeSetNotFound' ||
    name === 'ChangeSetNotFoundException' ||
    name === 'StackNotFoundException'
  )
    return f(
      'not-found',
      `${call} found nothing: ${text || name}.`,
      'It was executed, deleted or made obsolete by another deployment: run a new preview.',
    );
  const stuck = /is in ([A-Z_]+) state and can not be updated/.exec(text)?.[1];
  if (stuck)
    return f(
      'stack-state',
      `Stack ${ctx.stackName} is ${stuck} and cannot be updated (${call}).`,
      STUCK_GUIDANCE[stuck] ?? 'Bring the stack into a stable state first.',
    );
  if (status >= 500 || field(e, '$fault') === 'server')
    return f(
      'service',
      `CloudFormation failed on its side on ${call}: ${name || 'HTTP ' + status}${status ? ` (HTTP ${status})` : ''}${tries}.`,
      'An AWS-side problem, not your template: re-run the job; if it persists, check the AWS Health Dashboard for the region.',
    );
  if (
    name === 'ValidationError' ||
    name === 'AlreadyExistsException' ||
    name === 'TokenAlreadyExistsException'
  )
    return f(
      'invalid',
      `CloudFormation rejected ${call}: ${text || name}`,
      op === 'CreateChangeSet' || op === 'GetTemplateSummary'
        ? 'Fix the template or the parameters (`cfn-lint` finds most template errors before a deploy).'
        : 'Check the inputs of this step against the message above.',
    );
  return f(
    'aws',
    `CloudFormation answered ${name || 'an error'} to ${call}${status ? ` (HTTP ${status})` : ''}: ${text}`,
    'The message above is AWS’s own; re-run if it looks transient.',
  );
}

/** The steps of a deployment, in order, as the report names them. */
export type Phase = 'prepare' | 'template' | 'create' | 'review' | 'execute' | 'watch' | 'protect';

export const PHASE_TEXT: Record<Phase, string> = {
  prepare: 'read the stack’s state',
  template: 'read the template',
  create: 'create the change set',
  review: 'read the change set',
  execute: 'execute the change set',
  watch: 'wait for the stack to finish',
  protect: 'update termination protection',
};

/** The steps each mode goes through (termination protection only when the input asks for it). */
export function plannedPhases(mode: 'deploy' | 'preview' | 'execute', protect: boolean): Phase[] {
  const tail: Phase[] = protect ? ['protect'] : [];
  if (mode === 'preview') return ['prepare', 'template', 'create', 'review'];
  if (mode === 'execute') return ['prepare', 'review', 'execute', 'watch', ...tail];
  return ['prepare', 'template', 'create', 'review', 'execute', 'watch', ...tail];
}

/** The steps not done when a deployment stopped in `at`: that one (failed) and every later one. */
export function notDone(plan: readonly Phase[], at: Phase): string[] {
  const i = plan.indexOf(at);
  if (i < 0) return [`${PHASE_TEXT[at]} (failed)`];
  return plan.slice(i).map((p, j) => (j === 0 ? `${PHASE_TEXT[p]} (failed)` : PHASE_TEXT[p]));
}

/**
 * The operation under way on a stack, from its events (newest first, as DescribeStackEvents answers): the
 * latest *_IN_PROGRESS event of the stack itself, with its time, reason and client request token — a
 * pipewright token (`pipewright-<mode>-<run id>-<attempt>-…`) names the workflow run.
 */
export function operationUnderWay(events: readonly StackEvent[], stackName: string): string | undefined {
  const e = events.find(
    (x) =>
      x.LogicalResourceId === stackName &&
      x.ResourceType === 'AWS::CloudFormation::Stack' &&
      /_IN_PROGRESS$/.test(x.ResourceStatus ?? ''),
  );
  if (!e) return undefined;
  const token = e.ClientRequestToken;
  const run = token ? /^pipewright-(deploy|preview|execute)-(\d+)-(\d+)/.exec(token) : null;
  return (
    `The operation under way: ${e.ResourceStatus}` +
    (e.Timestamp ? ` since ${e.Timestamp.toISOString().replace('.000Z', 'Z')}` : '') +
    (e.ResourceStatusReason ? ` (${e.ResourceStatusReason})` : '') +
    (run
      ? `, started by pipewright run ${run[2]} (attempt ${run[3]})`
      : token
        ? `, client request token ${token}`
        : '') +
    '.'
  );
}
