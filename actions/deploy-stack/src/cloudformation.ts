/**
 * The one place the action imports @aws-sdk/client-cloudformation from: every module of the action takes the
 * client, its commands and its types from here, so how the SDK is loaded (and bundled) is decided in one file.
 */
export {
  CancelUpdateStackCommand,
  CloudFormationClient,
  ContinueUpdateRollbackCommand,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeEventsCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateSummaryCommand,
  ListChangeSetsCommand,
  UpdateTerminationProtectionCommand,
} from '@aws-sdk/client-cloudformation';
export type {
  Change,
  CreateChangeSetCommandInput,
  DescribeChangeSetCommandOutput,
  OperationEvent,
  ChangeSetSummary,
  Parameter,
  Stack,
  StackEvent,
} from '@aws-sdk/client-cloudformation';
