import { describeThrown } from '@pipewright/shared/action';
import type { Logger } from '@pipewright/shared/log';
import {
  DeleteChangeSetCommand,
  DescribeStacksCommand,
  type CloudFormationClient,
  type Stack,
} from './cloudformation.ts';
import type { DeployConfig } from './config.ts';
import {
  errName,
  notDone,
  plannedPhases,
  type Failure,
  type FailureContext,
  type Phase,
} from './failures.ts';
import type { Pacer } from './pacer.ts';
import { initialResult, type DeployResult } from './result.ts';
import { watchStack, type WatchResult } from './watch.ts';

export interface DeployDeps {
  cf: CloudFormationClient;
  pacer: Pacer;
  logger: Logger;
  /** Uploads a large template and returns its URL (S3; loaded only when needed). */
  uploadTemplate?: (bucket: string, key: string, body: string) => Promise<string>;
  /** Test and bench hook, passed on to the watcher. */
  onStatus?: (status: string | undefined) => void;
  /** Masks a value found to be secret during the run (NoEcho parameters of a template given by URL). */
  secret?: (value: string) => void;
  /** The endpoint in force (input or environment), for explaining network failures. */
  endpoint?: string | undefined;
}

/**
 * One deployment's state, shared by its steps (prepare.ts, change-set.ts, execute.ts, deploy.ts): the result
 * being built, the step under way, the change sets to clean up, and the calls every step makes.
 */
export class DeployRun {
  readonly cfg: DeployConfig;
  readonly d: DeployDeps;
  /** Clock time by which every wait gives up (`wait-timeout`). */
  readonly deadline: number;
  readonly result: DeployResult;
  /** Change sets this run created and did not execute: deleted on every exit path (kept in preview). */
  readonly pending = new Map<string, { keep: boolean }>();
  /** A stack this run brought into being with a CREATE change set and never executed (REVIEW_IN_PROGRESS). */
  createdReviewStack: string | undefined;
  /** The step under way, for a failure's "what was not done". */
  phase: Phase = 'prepare';
  /** The last DescribeStacks answer is still the stack's state (no call that changes it since). */
  stateKnown = false;

  constructor(cfg: DeployConfig, deps: DeployDeps) {
    this.cfg = cfg;
    this.d = deps;
    this.deadline = deps.pacer.clock.now() + cfg.waitTimeoutMs;
    this.result = initialResult(cfg);
  }

  call<T>(fn: () => Promise<T>): Promise<T> {
    return this.d.pacer.call(fn);
  }

  /** Clean-up calls: also after a cancellation (the runner allows ~7.5 s after SIGINT), fewer attempts. */
  cleanupCall<T>(fn: () => Promise<T>): Promise<T> {
    return this.d.pacer.call(fn, 2, { evenIfCancelled: true });
  }

  failureContext(): FailureContext {
    return {
      stackName: this.cfg.stackName,
      region: this.cfg.region,
      endpoint: this.d.endpoint ?? this.cfg.endpoint,
    };
  }

  fail(f: Failure): void {
    this.result.failure = f;
    const o = this.result.outcome;
    // A deploy that succeeded (or had nothing to do) stays so: a later step's failure is reported beside it.
    if (o !== 'deployed' && o !== 'no-changes') {
      if (o !== 'timed-out') this.result.outcome = 'failed';
      this.result.message = f.message;
    }
    this.result.notDone = notDone(
      plannedPhases(this.cfg.mode, this.cfg.terminationProtection !== undefined),
      this.phase,
    );
  }

  did(what: string): void {
    this.result.done.push(what);
  }

  async describeStack(name: string, cleanup = false): Promise<Stack | undefined> {
    try {
      const send = () => this.d.cf.send(new DescribeStacksCommand({ StackName: name }));
      const r = await (cleanup ? this.cleanupCall(send) : this.call(send));
      this.stateKnown = true;
      return r.Stacks?.[0];
    } catch (e) {
      if (errName(e) === 'ValidationError' && /does not exist/i.test(describeThrown(e))) {
        this.stateKnown = true;
        return undefined;
      }
      throw e;
    }
  }

  watch(
    stackId: string,
    tokens: Set<string>,
    baseline: string | undefined,
    overdue?: { at: number; run: () => Promise<void> },
  ): Promise<WatchResult> {
    return watchStack({
      cf: this.d.cf,
      pacer: this.d.pacer,
      logger: this.d.logger,
      rootStackName: this.cfg.stackName,
      stackId,
      tokens,
      baselineEventId: baseline,
      deadline: this.deadline,
      ...(overdue ? { overdue } : {}),
      ...(this.d.onStatus ? { onStatus: this.d.onStatus } : {}),
    });
  }

  async deleteChangeSet(id: string, what = 'change set'): Promise<void> {
    try {
      await this.cleanupCall(() => this.d.cf.send(new DeleteChangeSetCommand({ ChangeSetName: id })));
      this.d.logger.info(`Deleted ${what} ${id.split('/')[1] ?? id}.`);
      this.did(`Deleted ${what} ${id.split('/')[1] ?? id}.`);
    } catch (e) {
      if (errName(e) === 'ChangeSetNotFoundException') return;
      this.d.logger.warning(`Could not delete change set ${id}: ${describeThrown(e)}`);
    }
  }
}
