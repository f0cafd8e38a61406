/**
 * The faults fake-failures.itest.ts injects into the CloudFormation fake, and the classified message and `failure`
 * kind expected for each.
 *
 * Error codes, HTTP statuses and texts come from CloudFormation's API reference ("Common Errors": AccessDenied
 * 403, InternalFailure 500, ValidationError 400) and the messages AWS returns as quoted in public reports: the
 * AccessDenied text in awslabs/aws-deployment-framework#511 ("User: … is not authorized to perform:
 * cloudformation:UpdateTerminationProtection on resource: … because no identity-based policy allows the
 * cloudformation:UpdateTerminationProtection action") and the busy-stack text "Stack:<arn> is in
 * UPDATE_IN_PROGRESS state and can not be updated." (the ValidationError CloudFormation answers while another
 * operation is under way on the stack; src/failures.ts lists the texts it classifies).
 */
import type { FakeFault } from '@pipewright/testkit/cloudformation-fake/server';

export const DENIED = (op: string) =>
  `User: arn:aws:sts::123456789012:assumed-role/deployer/gha is not authorized to perform: cloudformation:${op} ` +
  `on resource: arn:aws:cloudformation:us-east-1:123456789012:stack/app/* because no identity-based policy allows the cloudformation:${op} action`;
const BUSY =
  'Stack:arn:aws:cloudformation:us-east-1:123456789012:stack/app/1 is in UPDATE_IN_PROGRESS state and can not be updated.';
const INVALID = "1 validation error detected: Value 'app!' at 'stackName' failed to satisfy constraint";

export type FaultName = 'concurrency' | 'AccessDenied' | 'ValidationError' | '5xx' | 'network';

export const FAULTS: Record<FaultName, (op: string) => FakeFault> = {
  concurrency: (op) => ({ action: op, times: 1, code: 'ValidationError', status: 400, message: BUSY }),
  AccessDenied: (op) => ({ action: op, times: 1, code: 'AccessDenied', status: 403, message: DENIED(op) }),
  ValidationError: (op) => ({ action: op, times: 1, code: 'ValidationError', status: 400, message: INVALID }),
  // Persistent: the pacer tries 5 times, a change set read a few rounds more.
  '5xx': (op) => ({
    action: op,
    times: 100,
    code: 'InternalFailure',
    status: 500,
    message: 'Internal Failure',
  }),
  network: (op) => ({ action: op, times: 100, network: true }),
};

export function expected(fault: FaultName, op: string, url: string): { kind: string; message: string } {
  switch (fault) {
    case 'concurrency':
      return {
        kind: 'concurrency',
        message: `Another operation is under way on stack app (UPDATE_IN_PROGRESS): CloudFormation refused ${op}.`,
      };
    case 'AccessDenied':
      return {
        kind: 'permission',
        message: `Missing permission: the credentials of this step may not call cloudformation:${op} on arn:aws:cloudformation:us-east-1:123456789012:stack/app/*.`,
      };
    case 'ValidationError':
      return { kind: 'invalid', message: `CloudFormation rejected ${op}: ${INVALID}` };
    case '5xx':
      return {
        kind: 'service',
        message: `CloudFormation failed on its side on ${op}: InternalFailure (HTTP 500) (5 attempts).`,
      };
    case 'network':
      return {
        kind: 'network',
        message: `Could not reach CloudFormation at ${url} for ${op}: ECONNRESET (5 attempts).`,
      };
  }
}
