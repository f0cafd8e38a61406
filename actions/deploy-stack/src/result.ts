import type { Stack, StackEvent } from './cloudformation.ts';
import type { ChangeNode } from './change-tree.ts';
import type { DeployConfig } from './config.ts';
import type { RootCause } from './events.ts';
import type { Failure } from './failures.ts';
import type { DataLoss, ParameterChange } from './preview.ts';

export type Outcome = 'deployed' | 'no-changes' | 'previewed' | 'failed' | 'timed-out';

/** What one deployment did: the report, the PR comment and the outputs are all written from it. */
export interface DeployResult {
  outcome: Outcome;
  stackName: string;
  stackId: string | undefined;
  changeSetName: string;
  changeSetId: string | undefined;
  changeSetType: 'CREATE' | 'UPDATE' | undefined;
  hasChanges: boolean;
  status: string | undefined;
  outputs: Record<string, string>;
  changes: ChangeNode[];
  rootCause: RootCause | undefined;
  /** Why it failed, in one sentence (also when there is no root-cause event). */
  message: string | undefined;
  eventCount: number;
  /** Our operation's events, oldest first (nested stacks included). */
  events: StackEvent[];
  /** Set whenever the step fails — also after a successful deploy (e.g. termination protection denied). */
  failure: Failure | undefined;
  /** What this run did, in order, and (after a failure) what it did not get to. */
  done: string[];
  notDone: string[];
  /** The change set's parameters against the deployed stack's (NoEcho masked). */
  parameterChanges: ParameterChange[];
  /** For each changed parameter, the template's resources that refer to it. */
  dependants: { key: string; resources: string[] }[];
  /** Stateful resources the change set would delete or replace. */
  dataLoss: DataLoss[];
}

/** The result before anything has happened: a failure until the run says otherwise. */
export function initialResult(cfg: DeployConfig): DeployResult {
  return {
    outcome: 'failed',
    stackName: cfg.stackName,
    stackId: undefined,
    changeSetName: cfg.changeSetName,
    changeSetId: undefined,
    changeSetType: undefined,
    hasChanges: false,
    status: undefined,
    outputs: {},
    changes: [],
    rootCause: undefined,
    message: undefined,
    eventCount: 0,
    events: [],
    failure: undefined,
    done: [],
    notDone: [],
    parameterChanges: [],
    dependants: [],
    dataLoss: [],
  };
}

export function outputsOf(stack: Stack): Record<string, string> {
  return Object.fromEntries((stack.Outputs ?? []).map((o) => [o.OutputKey ?? '', o.OutputValue ?? '']));
}
