/**
 * failures.ts: what each error CloudFormation (or the network) can answer is called. Codes, statuses and texts
 * from CloudFormation's API reference ("Common Errors"; ExecuteChangeSet's InvalidChangeSetStatus; CreateChangeSet's
 * LimitExceededException "The quota for the resource has already been reached") and the messages quoted in
 * awslabs/aws-deployment-framework#511 (AccessDenied) and aws/amazon-chime-sdk-js#1089 (OBSOLETE).
 */
import { describe, expect, it } from '@jest/globals';
import { CloudFormationServiceException } from '@aws-sdk/client-cloudformation';
import { UserError } from '@pipewright/shared/action';
import {
  classify,
  DeployFailure,
  isRemoteError,
  notDone,
  operationUnderWay,
  plannedPhases,
  type Phase,
} from '../src/failures.ts';

function aws(name: string, message: string, status = 400, op?: string) {
  const e = new CloudFormationServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    message,
  });
  if (op) Object.defineProperty(e, '$operation', { value: op });
  return e;
}

const ctx = {
  stackName: 'app',
  region: 'eu-west-1',
  endpoint: 'https://cloudformation.eu-west-1.amazonaws.com',
};

describe('classify', () => {
  it.each([
    [
      aws(
        'AccessDenied',
        'User: arn:aws:sts::111111111111:assumed-role/deployer/gha is not authorized to perform: cloudformation:UpdateTerminationProtection on resource: arn:aws:cloudformation:eu-west-1:111111111111:stack/app/xxxx because no identity-based policy allows the cloudformation:UpdateTerminationProtection action',
        403,
        'UpdateTerminationProtection',
      ),
      'permission',
      'Missing permission: the credentials of this step may not call cloudformation:UpdateTerminationProtection on arn:aws:cloudformation:eu-west-1:111111111111:stack/app/xxxx.',
    ],
    [
      aws(
        'AccessDenied',
        'User: x is not authorized to perform: iam:PassRole on resource: arn:aws:iam::1:role/r with an explicit deny',
        403,
        'CreateChangeSet',
      ),
      'permission',
      'Missing permission: the credentials of this step may not call iam:PassRole on arn:aws:iam::1:role/r (an explicit deny in a policy).',
    ],
    [
      aws(
        'InvalidClientTokenId',
        'The security token included in the request is invalid.',
        403,
        'DescribeStacks',
      ),
      'credentials',
      'AWS refused the credentials on DescribeStacks: InvalidClientTokenId — The security token included in the request is invalid.',
    ],
    [
      aws('ExpiredToken', 'The security token included in the request is expired', 400, 'DescribeStacks'),
      'credentials',
      'AWS refused the credentials on DescribeStacks: ExpiredToken — The security token included in the request is expired',
    ],
    [
      aws(
        'ValidationError',
        'Stack:arn:aws:cloudformation:eu-west-1:1:stack/app/1 is in UPDATE_IN_PROGRESS state and can not be updated.',
        400,
        'ExecuteChangeSet',
      ),
      'concurrency',
      'Another operation is under way on stack app (UPDATE_IN_PROGRESS): CloudFormation refused ExecuteChangeSet.',
    ],
    [
      aws(
        'InvalidChangeSetStatus',
        'ChangeSet [arn:cs] cannot be executed in its current execution status of [OBSOLETE]',
        400,
        'ExecuteChangeSet',
      ),
      'obsolete-change-set',
      'The change set is OBSOLETE: the stack changed after it was created (another change set was executed, or the stack was updated), so CloudFormation refused ExecuteChangeSet.',
    ],
    [
      aws(
        'InvalidChangeSetStatus',
        'An operation on this ChangeSet is currently in progress.  Please attempt this operation again later.',
        400,
        'ExecuteChangeSet',
      ),
      'concurrency',
      'Another operation is under way on stack app: CloudFormation refused ExecuteChangeSet.',
    ],
    [
      aws(
        'ValidationError',
        'Stack:arn:aws:cloudformation:eu-west-1:1:stack/app/1 is in ROLLBACK_COMPLETE state and can not be updated.',
        400,
        'CreateChangeSet',
      ),
      'stack-state',
      'Stack app is ROLLBACK_COMPLETE and cannot be updated (CreateChangeSet).',
    ],
    [
      aws(
        'LimitExceededException',
        'The quota for the resource has already been reached.',
        400,
        'CreateChangeSet',
      ),
      'quota',
      'A CloudFormation quota is reached: The quota for the resource has already been reached. (CreateChangeSet).',
    ],
    [
      aws('ValidationError', 'Parameters: [DbPassword] must have values', 400, 'CreateChangeSet'),
      'invalid',
      'CloudFormation rejected CreateChangeSet: Parameters: [DbPassword] must have values',
    ],
    [
      aws('InternalFailure', 'An internal error occurred', 500, 'DescribeStacks'),
      'service',
      'CloudFormation failed on its side on DescribeStacks: InternalFailure (HTTP 500).',
    ],
    [
      aws('Throttling', 'Rate exceeded', 400, 'DescribeStackEvents'),
      'throttling',
      'CloudFormation kept throttling DescribeStackEvents (Throttling: Rate exceeded).',
    ],
    [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
      'network',
      'Could not reach CloudFormation at https://cloudformation.eu-west-1.amazonaws.com for a CloudFormation call: ECONNREFUSED.',
    ],
  ])('%s', (error, kind, message) => {
    const f = classify(error, ctx);
    expect(f?.kind).toBe(kind);
    expect(f?.message).toBe(message);
    expect(f?.hint).not.toBe('');
  });

  it('names the IAM action and the resource to allow', () => {
    const f = classify(
      aws(
        'AccessDenied',
        'User: u is not authorized to perform: cloudformation:ExecuteChangeSet on resource: arn:s',
        403,
        'ExecuteChangeSet',
      ),
      ctx,
    );
    expect(f?.permission).toBe('cloudformation:ExecuteChangeSet');
    expect(f?.hint).toBe(
      'Allow `cloudformation:ExecuteChangeSet` on arn:aws:cloudformation:eu-west-1:<account>:stack/app/* for the role this step runs as.',
    );
  });

  it('an AccessDenied without the usual text still names the call it refused', () => {
    expect(classify(aws('AccessDenied', 'Access Denied', 403, 'DescribeChangeSet'), ctx)?.permission).toBe(
      'cloudformation:DescribeChangeSet',
    );
  });

  it('the action’s own refusals keep their kind; a plain UserError is invalid input; a bug is not classified', () => {
    expect(classify(new DeployFailure('stack-state', 'm', 'h'), ctx)).toMatchObject({
      kind: 'stack-state',
      hint: 'h',
    });
    expect(classify(new UserError('m', { hint: 'h' }), ctx)).toMatchObject({ kind: 'invalid' });
    expect(classify(new TypeError("Cannot read properties of undefined (reading 'x')"), ctx)).toBeUndefined();
    expect(isRemoteError(new TypeError('x'))).toBe(false);
    expect(isRemoteError(aws('ValidationError', 'x'))).toBe(true);
  });
});

describe('what was not done', () => {
  const cases: [mode: 'deploy' | 'preview' | 'execute', protect: boolean, at: Phase, want: string[]][] = [
    [
      'deploy',
      true,
      'execute',
      ['execute the change set (failed)', 'wait for the stack to finish', 'update termination protection'],
    ],
    [
      'deploy',
      false,
      'create',
      [
        'create the change set (failed)',
        'read the change set',
        'execute the change set',
        'wait for the stack to finish',
      ],
    ],
    ['preview', false, 'review', ['read the change set (failed)']],
    ['execute', true, 'protect', ['update termination protection (failed)']],
    ['preview', true, 'protect', ['update termination protection (failed)']],
  ];
  it.each(cases)('%s (protection %s) failing in %s', (mode, protect, at, want) => {
    expect(notDone(plannedPhases(mode, protect), at)).toEqual(want);
  });
});

describe('operationUnderWay', () => {
  const ev = (status: string, token?: string, logicalId = 'app') => ({
    StackId: 'arn:stack',
    EventId: `${logicalId}-${status}`,
    StackName: 'app',
    LogicalResourceId: logicalId,
    ResourceType: logicalId === 'app' ? 'AWS::CloudFormation::Stack' : 'AWS::SNS::Topic',
    ResourceStatus: status as never,
    ResourceStatusReason: 'User Initiated',
    Timestamp: new Date('2026-12-03T12:00:05Z'),
    ...(token ? { ClientRequestToken: token } : {}),
  });
  it.each([
    [
      [ev('UPDATE_IN_PROGRESS', 'T', 'Topic'), ev('UPDATE_IN_PROGRESS', 'pipewright-execute-77-2-exec')],
      'The operation under way: UPDATE_IN_PROGRESS since 2026-12-03T12:00:05Z (User Initiated), started by pipewright run 77 (attempt 2).',
    ],
    [
      [ev('UPDATE_ROLLBACK_IN_PROGRESS', 'Console-UpdateStack-1a2b')],
      'The operation under way: UPDATE_ROLLBACK_IN_PROGRESS since 2026-12-03T12:00:05Z (User Initiated), client request token Console-UpdateStack-1a2b.',
    ],
    [[ev('UPDATE_COMPLETE')], undefined],
  ])('%#', (events, want) => {
    expect(operationUnderWay(events, 'app')).toBe(want);
  });
});
