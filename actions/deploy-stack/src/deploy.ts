import {
  CancelUpdateStackCommand,
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
  type ChangeSetSummary,
  type CloudFormationClient,
  type CreateChangeSetCommandInput,
  type DescribeChangeSetCommandOutput,
  type OperationEvent,
  type Parameter,
  type Stack,
  type StackEvent,
} from './cloudformation.ts';
import type { Logger } from '@pipewright/shared/log';
import { formatDuration } from '@pipewright/shared/util';
import { toChangeNode, type ChangeNode } from './change-tree.ts';
import type { DeployConfig } from './config.ts';
import { changeSetCauses, rootCause, type RootCause } from './events.ts';
import {
  classify,
  DeployFailure,
  notDone,
  operationUnderWay,
  plannedPhases,
  type Failure,
  type Phase,
} from './failures.ts';
import type { Pacer } from './pacer.ts';
import { requireParameters } from './parameter-rules.ts';
import {
  bindingText,
  checkReviewBinding,
  dataLoss,
  dependants,
  parameterDiff,
  templateHash,
  type DataLoss,
  type ParameterChange,
} from './preview.ts';
import { unknownKeys } from './parameters.ts';
import {
  isInProgress,
  isNoChanges,
  STUCK_GUIDANCE,
  SUCCESS_AFTER_EXECUTE,
  UPDATABLE,
} from './stack-status.ts';
import { requiredCapabilities, templateKey, type Capability } from './template.ts';
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

export type Outcome = 'deployed' | 'no-changes' | 'previewed' | 'failed' | 'timed-out';

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

interface Prepared {
  type: 'CREATE' | 'UPDATE';
  stack: Stack | undefined;
}

/** Runs one deployment (deploy / preview / execute) and returns what happened, failures included (failures.ts). */
export async function deploy(cfg: DeployConfig, deps: DeployDeps): Promise<DeployResult> {
  return new Deployment(cfg, deps).run();
}

const errName = (e: unknown) => String((e as { name?: unknown } | null)?.name ?? '');
const errMessage = (e: unknown) => String((e as { message?: unknown } | null)?.message ?? e);

class Deployment {
  private readonly cfg: DeployConfig;
  private readonly d: DeployDeps;
  private readonly deadline: number;
  /** Change sets this run created and did not execute: deleted on every exit path (kept in preview). */
  private readonly pending = new Map<string, { keep: boolean }>();
  /** A stack this run brought into being with a CREATE change set and never executed (REVIEW_IN_PROGRESS). */
  private createdReviewStack: string | undefined;
  private readonly result: DeployResult;

  constructor(cfg: DeployConfig, deps: DeployDeps) {
    this.cfg = cfg;
    this.d = deps;
    this.deadline = deps.pacer.clock.now() + cfg.waitTimeoutMs;
    this.result = {
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

  /** The step under way, for a failure's "what was not done". */
  private phase: Phase = 'prepare';
  /** The last DescribeStacks answer is still the stack's state (no call that changes it since). */
  private stateKnown = false;

  private call<T>(fn: () => Promise<T>): Promise<T> {
    return this.d.pacer.call(fn);
  }

  /** Clean-up calls: also after a cancellation (the runner allows ~7.5 s after SIGINT), fewer attempts. */
  private cleanupCall<T>(fn: () => Promise<T>): Promise<T> {
    return this.d.pacer.call(fn, 2, { evenIfCancelled: true });
  }

  /**
   * Every way a deployment can end comes back as a result (the report and outputs are written from it);
   * only a cancellation, or a fault in this program itself, is thrown.
   */
  async run(): Promise<DeployResult> {
    try {
      if (this.cfg.mode === 'execute') await this.executeGiven();
      else await this.createAndMaybeExecute();
    } catch (e) {
      if (this.d.pacer.signal?.aborted) throw e;
      const f = classify(e, this.failureContext());
      if (!f) throw e;
      this.fail(f);
    } finally {
      await this.cleanUp();
    }
    if (this.result.failure) await this.settle();
    return this.result;
  }

  private failureContext() {
    return {
      stackName: this.cfg.stackName,
      region: this.cfg.region,
      endpoint: this.d.endpoint ?? this.cfg.endpoint,
    };
  }

  private fail(f: Failure): void {
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

  private did(what: string): void {
    this.result.done.push(what);
  }

  /**
   * After a failure: the stack's actual state for the report and outputs (one DescribeStacks, unless the last
   * one still holds, or it cannot help: the state is unreadable when DescribeStacks itself or the
   * credentials or network failed).
   */
  private async settle(): Promise<void> {
    const f = this.result.failure;
    if (!f) return;
    if (f.operation === 'DescribeStacks' || f.kind === 'credentials' || f.kind === 'network') return;
    if (!this.stateKnown) {
      try {
        const stack = await this.describeStack(this.result.stackId ?? this.cfg.stackName, true);
        this.result.status = stack?.StackStatus;
        if (stack?.StackId) this.result.stackId = stack.StackId;
      } catch (e) {
        this.d.logger.warning(
          `Could not read the stack's state after the failure (${errName(e)}: ${errMessage(e)}).`,
        );
      }
    }
    // Another operation under way: which one (its start event names it), so the user knows whom to wait for.
    if (f.kind === 'concurrency' && this.result.stackId) {
      try {
        const id = this.result.stackId;
        const r = await this.cleanupCall(() =>
          this.d.cf.send(new DescribeStackEventsCommand({ StackName: id })),
        );
        const which = operationUnderWay(r.StackEvents ?? [], this.cfg.stackName);
        if (which) {
          f.message += ` ${which}`;
          if (this.result.outcome === 'failed') this.result.message = f.message;
        }
      } catch (e) {
        this.d.logger.debug(`Could not read the stack's events (${errName(e)}: ${errMessage(e)}).`);
      }
    }
  }

  // ---- starting state ---------------------------------------------------------------------------------

  private async describeStack(name: string, cleanup = false): Promise<Stack | undefined> {
    try {
      const send = () => this.d.cf.send(new DescribeStacksCommand({ StackName: name }));
      const r = await (cleanup ? this.cleanupCall(send) : this.call(send));
      this.stateKnown = true;
      return r.Stacks?.[0];
    } catch (e) {
      if (errName(e) === 'ValidationError' && /does not exist/i.test(errMessage(e))) {
        this.stateKnown = true;
        return undefined;
      }
      throw e;
    }
  }

  /** Brings the stack into a state a change set can be created against (reference §1). */
  private async prepare(): Promise<Prepared> {
    const { logger } = this.d;
    for (let round = 0; round < 5; round++) {
      this.phase = 'prepare';
      const stack = await this.describeStack(this.cfg.stackName);
      const s = stack?.StackStatus;
      if (round === 0) this.did(`Read the stack: ${s ?? 'it does not exist yet'}.`);
      if (!stack || s === 'DELETE_COMPLETE') return { type: 'CREATE', stack: undefined };
      this.result.stackId = stack.StackId;
      this.result.status = s;
      if (s === 'REVIEW_IN_PROGRESS') {
        logger.info(
          `Stack ${this.cfg.stackName} is REVIEW_IN_PROGRESS (created by a change set that was never executed): creating a CREATE change set.`,
        );
        await this.deleteStaleChangeSets(stack.StackId as string);
        return { type: 'CREATE', stack };
      }
      if (s !== undefined && UPDATABLE.has(s)) return { type: 'UPDATE', stack };
      if (isInProgress(s)) {
        logger.info(`Stack ${this.cfg.stackName} is ${s}: waiting for the operation under way to finish.`);
        await this.waitUntilSettled(stack.StackId as string);
        continue;
      }
      if (s === 'ROLLBACK_COMPLETE' && this.cfg.recreateFailedStack && this.cfg.mode === 'deploy') {
        if (stack.EnableTerminationProtection)
          throw new DeployFailure(
            'stack-state',
            `Stack ${this.cfg.stackName} is ROLLBACK_COMPLETE and has termination protection, so it cannot be re-created.`,
            'Turn termination protection off, or delete the stack by hand.',
          );
        logger.warning(
          `Stack ${this.cfg.stackName} is ROLLBACK_COMPLETE (a failed first deploy): deleting it to create it again (recreate-failed-stack).`,
        );
        const token = `${this.cfg.changeSetName.slice(0, 110)}-delete`;
        this.stateKnown = false;
        await this.call(() =>
          this.d.cf.send(new DeleteStackCommand({ StackName: stack.StackId, ClientRequestToken: token })),
        );
        const w = await this.watch(stack.StackId as string, new Set([token]), undefined);
        if (w.timedOut) throw this.stillInProgress('deleting the failed stack', w.status);
        if (w.status !== 'DELETE_COMPLETE')
          throw new DeployFailure(
            'stack-state',
            `Deleting the failed stack ${this.cfg.stackName} ended in ${w.status}.`,
            STUCK_GUIDANCE.DELETE_FAILED ?? '',
          );
        this.did('Deleted the ROLLBACK_COMPLETE stack (recreate-failed-stack).');
        continue;
      }
      if (s === 'UPDATE_ROLLBACK_FAILED' && this.cfg.continueUpdateRollback && this.cfg.mode === 'deploy') {
        logger.warning(
          `Stack ${this.cfg.stackName} is UPDATE_ROLLBACK_FAILED: continuing the rollback (continue-update-rollback).`,
        );
        const token = `${this.cfg.changeSetName.slice(0, 110)}-continue`;
        this.stateKnown = false;
        await this.call(() =>
          this.d.cf.send(
            new ContinueUpdateRollbackCommand({
              StackName: stack.StackId,
              ClientRequestToken: token,
              ...(this.cfg.roleArn ? { RoleARN: this.cfg.roleArn } : {}),
            }),
          ),
        );
        const w = await this.watch(stack.StackId as string, new Set([token]), undefined);
        if (w.timedOut) throw this.stillInProgress('continuing the update rollback', w.status);
        this.did(`Continued the update rollback: ${w.status}.`);
        continue;
      }
      throw new DeployFailure(
        'stack-state',
        `Stack ${this.cfg.stackName} is ${s}; it cannot be deployed to in this state.`,
        STUCK_GUIDANCE[s ?? ''] ?? 'Bring the stack into a stable state first.',
      );
    }
    throw new DeployFailure(
      'stack-state',
      `Stack ${this.cfg.stackName} did not settle into a deployable state.`,
      'Look at the stack’s events in the CloudFormation console.',
    );
  }

  /**
   * A REVIEW_IN_PROGRESS stack collects the change sets of runs that never executed one. Those that can never
   * be executed (FAILED, or OBSOLETE) are deleted; AVAILABLE ones are kept: each may be someone's reviewed
   * preview, and CloudFormation removes them itself once a change set of the stack is executed. Listing or
   * deleting failing is a warning: the deployment does not depend on it.
   */
  private async deleteStaleChangeSets(stackId: string): Promise<void> {
    const { cf, logger } = this.d;
    const all: ChangeSetSummary[] = [];
    try {
      let next: string | undefined;
      do {
        const token = next;
        const r = await this.call(() =>
          cf.send(new ListChangeSetsCommand({ StackName: stackId, ...(token ? { NextToken: token } : {}) })),
        );
        all.push(...(r.Summaries ?? []));
        next = r.NextToken;
      } while (next && all.length < 1000);
    } catch (e) {
      logger.warning(
        `Could not list the stack's change sets (${errName(e)}: ${errMessage(e)}); none deleted.`,
      );
      return;
    }
    const stale = all.filter((c) => c.Status === 'FAILED' || c.ExecutionStatus === 'OBSOLETE');
    for (const c of stale) if (c.ChangeSetId) await this.deleteChangeSet(c.ChangeSetId, 'stale change set');
    const kept = all.filter((c) => !stale.includes(c)).map((c) => c.ChangeSetName ?? '?');
    if (kept.length)
      logger.info(
        `Kept ${kept.length} other change set(s) of the stack (${kept.join(', ')}): executable, or still being created.`,
      );
  }

  /** Waits for someone else's operation: DescribeStacks only, bounded by wait-timeout. */
  private async waitUntilSettled(stackId: string): Promise<void> {
    const { pacer } = this.d;
    for (;;) {
      if (pacer.clock.now() >= this.deadline)
        throw new DeployFailure(
          'concurrency',
          `Stack ${this.cfg.stackName} is still busy with another operation after ${formatDuration(this.cfg.waitTimeoutMs)}.`,
          'Another deployment of this stack is running; serialise them with a workflow `concurrency` group.',
        );
      await pacer.sleep(4000, pacer.signal);
      let stack: Stack | undefined;
      try {
        stack = await this.describeStack(stackId);
      } catch (e) {
        this.d.logger.warning(`DescribeStacks failed (${errName(e)}); still waiting.`);
        continue;
      }
      if (stack?.StackStatus) this.result.status = stack.StackStatus;
      if (!isInProgress(stack?.StackStatus)) return;
    }
  }

  // ---- change set -------------------------------------------------------------------------------------

  private async templateArgs(): Promise<{
    body?: string;
    url?: string;
    declared: string[] | undefined;
    capabilities: Capability[];
  }> {
    const t = this.cfg.template;
    if (t.body !== undefined && t.info) {
      const declared = t.info.parameters.map((p) => p.key);
      if (t.bytes !== undefined && t.bytes > 51_200 && this.cfg.s3) {
        if (!this.d.uploadTemplate) throw new Error('no S3 uploader configured');
        const key = templateKey(t.body, this.cfg.s3.prefix);
        const url = await this.d.uploadTemplate(this.cfg.s3.bucket, key, t.body);
        this.d.logger.info(`Template uploaded to s3://${this.cfg.s3.bucket}/${key} (${t.bytes} bytes).`);
        return { url, declared, capabilities: t.info.capabilities };
      }
      return { body: t.body, declared, capabilities: t.info.capabilities };
    }
    // A template given by URL: ask CloudFormation what it declares (a read; nothing is changed yet).
    const s = await this.call(() => this.d.cf.send(new GetTemplateSummaryCommand({ TemplateURL: t.url })));
    const declared = (s.Parameters ?? []).map((p) => p.ParameterKey ?? '');
    const unknown = unknownKeys(this.cfg.parameters, declared);
    if (unknown.length)
      throw new DeployFailure(
        'invalid',
        `\`parameters\`: the template ${t.display} declares no parameter ${unknown.map((k) => `"${k}"`).join(', ')}.`,
        `Declared: ${declared.join(', ') || '(none)'}.`,
      );
    for (const p of s.Parameters ?? []) {
      if (!p.NoEcho || !p.ParameterKey || this.cfg.noEcho.includes(p.ParameterKey)) continue;
      this.cfg.noEcho.push(p.ParameterKey);
      const value = this.cfg.parameters[p.ParameterKey];
      if (value) this.d.secret?.(value);
    }
    return { url: t.url, declared, capabilities: (s.Capabilities ?? []) as Capability[] };
  }

  private parameters(prep: Prepared, declared: string[] | undefined): Parameter[] {
    const given = Object.entries(this.cfg.parameters).map(([k, v]) => ({
      ParameterKey: k,
      ParameterValue: v,
    }));
    if (prep.type !== 'UPDATE' || !prep.stack) return given;
    // On update, a parameter not given keeps its current value (not the template default).
    const keep = (prep.stack.Parameters ?? [])
      .map((p) => p.ParameterKey as string)
      .filter((k) => !(k in this.cfg.parameters) && (declared === undefined || declared.includes(k)));
    return [...given, ...keep.map((k) => ({ ParameterKey: k, UsePreviousValue: true }))];
  }

  private changeSetInput(
    prep: Prepared,
    tpl: { body?: string; url?: string },
    parameters: Parameter[],
    capabilities: Capability[],
    token: string,
  ): CreateChangeSetCommandInput {
    const c = this.cfg;
    return {
      StackName: c.stackName,
      ChangeSetName: c.changeSetName,
      ChangeSetType: prep.type,
      ClientToken: token,
      ...(tpl.url ? { TemplateURL: tpl.url } : { TemplateBody: tpl.body }),
      Description: this.description(),
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

  /** A preview's change set carries the commit and template it was made from (checked by `mode: execute`). */
  private description(): string {
    const body = this.cfg.template.body;
    if (this.cfg.mode !== 'preview' || body === undefined || !this.cfg.commit)
      return `pipewright deploy-stack (${this.cfg.mode})`;
    return `pipewright deploy-stack (preview) ${bindingText({ commit: this.cfg.commit, template: templateHash(body) })}`;
  }

  /** What a reviewer needs besides the change tree: parameter diff, their dependants, data at risk. */
  private review(stack: Stack | undefined, cs: DescribeChangeSetCommandOutput): void {
    const r = this.result;
    r.parameterChanges = parameterDiff(
      stack?.Parameters,
      cs.Parameters,
      this.cfg.noEcho,
      this.cfg.parameters,
    );
    const resources = this.cfg.template.info?.resources;
    r.dependants = dependants(r.parameterChanges, resources);
    r.dataLoss = dataLoss(r.changes, resources);
  }

  /** The change set's ARN, or undefined when CloudFormation refused it for having no changes. */
  private async createChangeSet(prep: Prepared): Promise<string | undefined> {
    this.phase = 'template';
    const tpl = await this.templateArgs();
    // Required parameters are known only now (parameter-rules.ts): refused before anything is created.
    requireParameters(
      this.cfg.template.info,
      this.cfg.parameters,
      prep.type === 'UPDATE' ? (prep.stack?.Parameters ?? []).map((p) => p.ParameterKey ?? '') : undefined,
    );
    this.phase = 'create';
    const params = this.parameters(prep, tpl.declared);
    let caps: Capability[] = this.cfg.capabilities ?? tpl.capabilities;
    let token = this.cfg.changeSetName;
    for (let attempt = 1; ; attempt++) {
      const input = this.changeSetInput(prep, tpl, params, caps, token);
      try {
        const r = await this.call(() => this.d.cf.send(new CreateChangeSetCommand(input)));
        this.stateKnown = false;
        const id = r.Id as string;
        this.pending.set(id, { keep: false });
        if (prep.type === 'CREATE' && !prep.stack) this.createdReviewStack = r.StackId;
        this.result.stackId = r.StackId ?? this.result.stackId;
        this.result.changeSetId = id;
        this.d.logger.info(
          `Created ${prep.type} change set ${this.cfg.changeSetName} for stack ${this.cfg.stackName}` +
            (caps.length ? ` (capabilities: ${caps.join(', ')})` : '') +
            '.',
        );
        this.did(`Created ${prep.type} change set ${this.cfg.changeSetName}.`);
        return id;
      } catch (e) {
        if (errName(e) === 'InsufficientCapabilitiesException') {
          const need = requiredCapabilities(errMessage(e));
          const missing = need.filter((n) => !caps.includes(n));
          if (this.cfg.capabilities === undefined && missing.length && attempt === 1) {
            this.d.logger.info(`CloudFormation asks for ${missing.join(', ')}: adding (capabilities: auto).`);
            caps = [...caps, ...missing];
            token = `${this.cfg.changeSetName.slice(0, 118)}-caps`;
            continue;
          }
          throw new DeployFailure(
            'capabilities',
            `The template needs capabilities that were not given: ${errMessage(e)}`,
            `Add ${missing.join(', ') || 'them'} to \`capabilities\`, or set \`capabilities: auto\`.`,
            'CreateChangeSet',
          );
        }
        // Some endpoints (and UpdateStack-style paths) refuse an empty change set outright.
        if (errName(e) === 'ValidationError' && isNoChanges(errMessage(e))) {
          this.d.logger.info(`No changes: ${errMessage(e)}`);
          return undefined;
        }
        // Everything else (a busy or stuck stack, a rejected template…) is explained by failures.ts.
        throw e;
      }
    }
  }

  /** Polls the change set until it is created or failed. */
  private async waitForChangeSet(id: string): Promise<DescribeChangeSetCommandOutput> {
    const { pacer, logger } = this.d;
    let errors = 0;
    for (let i = 0; ; i++) {
      if (pacer.clock.now() >= this.deadline)
        throw new DeployFailure(
          'timeout',
          `Change set ${this.cfg.changeSetName} was still being created after ${formatDuration(this.cfg.waitTimeoutMs)}.`,
          'Raise `wait-timeout`.',
        );
      if (i > 0) await pacer.sleep(Math.min(5000, 500 * i), pacer.signal);
      let cs: DescribeChangeSetCommandOutput;
      try {
        cs = await this.call(() =>
          this.d.cf.send(new DescribeChangeSetCommand({ ChangeSetName: id, IncludePropertyValues: true })),
        );
      } catch (e) {
        // A change set just created can be briefly unknown to a read (eventual consistency).
        // Throttling and server errors were already tried again by the pacer: a few more rounds for those.
        const notYet = errName(e) === 'ChangeSetNotFoundException' && i < 3;
        const kind = classify(e, this.failureContext())?.kind;
        const transient = kind === 'throttling' || kind === 'service' || kind === 'network';
        if (!(notYet || transient) || ++errors > 3) throw e;
        logger.warning(`DescribeChangeSet failed (${errName(e)}: ${errMessage(e)}); trying again.`);
        continue;
      }
      if (cs.Status === 'CREATE_COMPLETE' || cs.Status === 'FAILED') return cs;
    }
  }

  /** Every change, nested stacks' change sets expanded (with IncludeNestedStacks). */
  private async collectChanges(first: DescribeChangeSetCommandOutput, depth = 0): Promise<ChangeNode[]> {
    const nodes: ChangeNode[] = [];
    let page: DescribeChangeSetCommandOutput | undefined = first;
    while (page) {
      for (const c of page.Changes ?? []) {
        const n = toChangeNode(c);
        if (n) nodes.push(n);
      }
      const next: string | undefined = page.NextToken;
      const id = first.ChangeSetId;
      page = next
        ? await this.call(() =>
            this.d.cf.send(
              new DescribeChangeSetCommand({
                ChangeSetName: id,
                NextToken: next,
                IncludePropertyValues: true,
              }),
            ),
          )
        : undefined;
    }
    if (this.cfg.includeNestedStacks && depth < 5) {
      for (const n of nodes) {
        if (!n.nestedChangeSetId) continue;
        try {
          const sub = await this.call(() =>
            this.d.cf.send(
              new DescribeChangeSetCommand({
                ChangeSetName: n.nestedChangeSetId,
                IncludePropertyValues: true,
              }),
            ),
          );
          n.children = await this.collectChanges(sub, depth + 1);
        } catch (e) {
          this.d.logger.warning(`Could not read the nested change set of ${n.logicalId}: ${errMessage(e)}`);
        }
      }
    }
    return nodes;
  }

  private async createAndMaybeExecute(): Promise<DeployResult> {
    const prep = await this.prepare();
    this.result.changeSetType = prep.type;
    const id = await this.createChangeSet(prep);
    if (id === undefined) return this.noChanges(prep.stack);
    this.phase = 'review';
    const cs = await this.waitForChangeSet(id);
    this.result.status = prep.stack?.StackStatus;
    if (cs.Status === 'FAILED') return this.failedChangeSet(id, cs, prep.stack);
    this.result.hasChanges = true;
    this.result.changes = await this.collectChanges(cs);
    this.review(prep.stack, cs);
    this.did(`Read the change set: ${this.result.changes.length} resource change(s).`);
    if (this.cfg.mode === 'preview') {
      this.pending.set(id, { keep: true });
      this.result.outcome = 'previewed';
      this.result.status = prep.stack?.StackStatus ?? 'REVIEW_IN_PROGRESS';
      return this.result;
    }
    // Just described as CREATE_COMPLETE/AVAILABLE: no second look needed.
    return this.execute(id, prep.type, cs);
  }

  private async failedChangeSet(
    id: string,
    cs: DescribeChangeSetCommandOutput,
    stack: Stack | undefined,
  ): Promise<DeployResult> {
    // Failed or empty: of no use to anyone, so it goes even in preview mode.
    this.pending.set(id, { keep: false });
    if (isNoChanges(cs.StatusReason)) {
      this.d.logger.info(`No changes: ${cs.StatusReason}`);
      return this.noChanges(stack);
    }
    this.result.outcome = 'failed';
    this.result.message = `The change set failed: ${cs.StatusReason ?? '(no reason given)'}`;
    const failures = await this.changeSetFailures(id);
    this.result.rootCause = failures[0];
    if (failures.length > 1)
      this.result.message += ` (${failures.length} problems; the first is the root cause below, all are in the log.)`;
    this.fail({
      kind: 'change-set-failed',
      operation: undefined,
      code: undefined,
      message: this.result.message,
      hint: 'Fix the template or the parameters (the root cause names the resource); nothing was changed.',
    });
    return this.result;
  }

  /**
   * Why a change set failed, in detail: DescribeEvents lists the failed events of its creation — early
   * validation errors with the property path, hook failures. It is newer than DescribeStackEvents and needs
   * its own permission (cloudformation:DescribeEvents): without it, or on an endpoint that lacks it, the
   * change set's StatusReason is all there is.
   */
  private async changeSetFailures(id: string): Promise<RootCause[]> {
    let events: OperationEvent[];
    try {
      const r = await this.call(() =>
        this.d.cf.send(new DescribeEventsCommand({ ChangeSetName: id, Filters: { FailedEvents: true } })),
      );
      events = r.OperationEvents ?? [];
    } catch (e) {
      this.d.logger.debug(`DescribeEvents is not available (${errName(e)}: ${errMessage(e)}).`);
      return [];
    }
    const causes = changeSetCauses(events, this.cfg.stackName);
    for (const c of causes)
      this.d.logger.info(
        `Change set problem: ${c.logicalId || '(stack)'} (${c.resourceType || '?'}) ${c.status}: ${c.reason}`,
      );
    return causes;
  }

  private async noChanges(stack: Stack | undefined): Promise<DeployResult> {
    this.result.outcome = 'no-changes';
    this.result.hasChanges = false;
    if (stack) {
      await this.reconcileProtection(stack);
      this.result.outputs = outputsOf(stack);
      this.result.status = stack.StackStatus;
    }
    return this.result;
  }

  // ---- execution --------------------------------------------------------------------------------------

  private async executeGiven(): Promise<DeployResult> {
    const stack = await this.describeStack(this.cfg.stackName);
    this.did(`Read the stack: ${stack?.StackStatus ?? 'it does not exist'}.`);
    if (!stack)
      throw new DeployFailure(
        'not-found',
        `Stack ${this.cfg.stackName} does not exist, so it has no change set to execute.`,
        'Run this action with `mode: preview` first; it creates the change set (and the stack).',
      );
    this.result.stackId = stack.StackId;
    this.result.status = stack.StackStatus;
    this.phase = 'review';
    let cs: DescribeChangeSetCommandOutput;
    try {
      cs = await this.call(() =>
        this.d.cf.send(
          new DescribeChangeSetCommand({
            ChangeSetName: this.cfg.changeSetName,
            StackName: stack.StackId,
            IncludePropertyValues: true,
          }),
        ),
      );
    } catch (e) {
      if (errName(e) === 'ChangeSetNotFoundException')
        throw new DeployFailure(
          'not-found',
          `Change set ${this.cfg.changeSetName} does not exist on stack ${this.cfg.stackName}.`,
          'It was executed, deleted, or made obsolete by another deployment: run a new preview.',
          'DescribeChangeSet',
        );
      throw e;
    }
    const id = cs.ChangeSetId as string;
    this.result.changeSetId = id;
    const type = stack.StackStatus === 'REVIEW_IN_PROGRESS' ? 'CREATE' : 'UPDATE';
    this.result.changeSetType = type;
    if (cs.Status === 'FAILED') {
      const r = await this.failedChangeSet(id, cs, stack);
      this.pending.delete(id);
      await this.deleteChangeSet(id);
      return r;
    }
    checkReviewBinding(cs.Description, {
      changeSetName: this.cfg.changeSetName,
      commit: this.cfg.commit,
      body: this.cfg.template.body,
      logger: this.d.logger,
    });
    this.result.hasChanges = true;
    this.result.changes = await this.collectChanges(cs);
    this.review(stack, cs);
    return this.execute(id, type, cs);
  }

  private async execute(
    id: string,
    type: 'CREATE' | 'UPDATE',
    checked?: DescribeChangeSetCommandOutput,
  ): Promise<DeployResult> {
    const { cf, logger } = this.d;
    // Execute only a CREATE_COMPLETE + AVAILABLE change set.
    const cs =
      checked ??
      (await this.call(() =>
        cf.send(new DescribeChangeSetCommand({ ChangeSetName: id, IncludePropertyValues: false })),
      ));
    if (cs.Status !== 'CREATE_COMPLETE' || cs.ExecutionStatus !== 'AVAILABLE') {
      // Not deleted in `mode: execute`: a preview run created it (this run's own are deleted on exit).
      const obsolete = cs.ExecutionStatus === 'OBSOLETE';
      throw new DeployFailure(
        obsolete ? 'obsolete-change-set' : 'concurrency',
        `Change set ${this.cfg.changeSetName} cannot be executed: it is ${cs.Status}/${cs.ExecutionStatus}` +
          (cs.StatusReason ? ` (${cs.StatusReason})` : '') +
          '.',
        obsolete
          ? 'OBSOLETE means another change set was executed or the stack changed since the preview: run a new preview.'
          : 'The change set or the stack is busy: re-run once the operation under way has finished.',
        'DescribeChangeSet',
      );
    }
    const stackId = (cs.StackId ?? this.result.stackId) as string;
    this.result.stackId = stackId;
    this.phase = 'execute';
    const baseline = await this.newestEventId(stackId);
    const token = `${this.cfg.changeSetName.slice(0, 118)}-exec`;
    const started = this.d.pacer.clock.now();
    this.stateKnown = false;
    await this.call(() =>
      cf.send(
        new ExecuteChangeSetCommand({
          ChangeSetName: id,
          StackName: stackId,
          ClientRequestToken: token,
          // On CREATE, OnStackFailure (sent with the change set) decides; CloudFormation refuses both.
          ...(type === 'UPDATE' ? { DisableRollback: this.cfg.disableRollback } : {}),
        }),
      ),
    );
    this.pending.delete(id);
    this.createdReviewStack = undefined;
    this.did(`Executed change set ${this.cfg.changeSetName}.`);
    this.phase = 'watch';
    logger.info(`Executing change set ${this.cfg.changeSetName} (token ${token}).`);
    const tokens = new Set([token]);
    const cancelToken = `${this.cfg.changeSetName.slice(0, 116)}-cancel`;
    const overdue =
      this.cfg.timeoutInMinutes !== undefined
        ? {
            at: started + this.cfg.timeoutInMinutes * 60_000,
            run: async () => {
              if (type !== 'UPDATE') {
                logger.warning(
                  `The stack creation is past timeout-in-minutes (${this.cfg.timeoutInMinutes}); CloudFormation cannot cancel a create made through a change set.`,
                );
                return;
              }
              logger.warning(
                `The update is past timeout-in-minutes (${this.cfg.timeoutInMinutes}): cancelling it.`,
              );
              tokens.add(cancelToken);
              await this.call(() =>
                cf.send(
                  new CancelUpdateStackCommand({ StackName: stackId, ClientRequestToken: cancelToken }),
                ),
              );
            },
          }
        : undefined;
    const w = await this.watch(stackId, tokens, baseline, overdue);
    this.result.eventCount = w.events.length;
    this.result.events = w.events;
    this.result.status = w.status;
    this.stateKnown = w.stack !== undefined;
    if (w.timedOut) {
      this.result.outcome = 'timed-out';
      this.result.message =
        `The stack is still ${w.status ?? 'in progress'} after wait-timeout (${formatDuration(this.cfg.waitTimeoutMs)}). ` +
        'CloudFormation goes on without us; this deploy is not known to have succeeded.';
      this.result.rootCause = rootCause(w.events);
      this.fail({
        kind: 'timeout',
        operation: undefined,
        code: undefined,
        message: this.result.message,
        hint: 'Raise `wait-timeout`, and look at the stack in the CloudFormation console: it may still succeed or fail.',
      });
      return this.result;
    }
    this.did(`The stack reached ${w.status ?? 'an unknown status'} (${w.events.length} events).`);
    if (w.status !== undefined && SUCCESS_AFTER_EXECUTE.has(w.status) && w.stack) {
      this.result.outcome = 'deployed';
      this.result.outputs = outputsOf(w.stack);
      await this.reconcileProtection(w.stack);
      return this.result;
    }
    this.result.outcome = 'failed';
    this.result.rootCause = rootCause(w.events);
    this.result.message =
      `The stack ended in ${w.status ?? 'an unknown status'}` +
      (w.status === 'DELETE_COMPLETE'
        ? ` (the failed first deploy was deleted: on-create-failure ${this.cfg.onCreateFailure})`
        : '') +
      (w.stack?.StackStatusReason && !this.result.rootCause ? `: ${w.stack.StackStatusReason}` : '.');
    this.fail({
      kind: 'stack-failed',
      operation: undefined,
      code: undefined,
      message: this.result.message,
      hint: 'The root cause names the resource that failed; the stack events above show the whole operation.',
    });
    return this.result;
  }

  private async newestEventId(stackId: string): Promise<string | undefined> {
    try {
      const r = await this.call(() => this.d.cf.send(new DescribeStackEventsCommand({ StackName: stackId })));
      return r.StackEvents?.[0]?.EventId;
    } catch (e) {
      this.d.logger.warning(`DescribeStackEvents failed (${errName(e)}); events are filtered by token only.`);
      return undefined;
    }
  }

  private watch(
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

  /** Termination protection is not part of a change set: reconciled on every run, empty change sets included. */
  private async reconcileProtection(stack: Stack): Promise<void> {
    const want = this.cfg.terminationProtection;
    if (want === undefined || Boolean(stack.EnableTerminationProtection) === want) return;
    this.phase = 'protect';
    try {
      await this.call(() =>
        this.d.cf.send(
          new UpdateTerminationProtectionCommand({
            StackName: stack.StackId,
            EnableTerminationProtection: want,
          }),
        ),
      );
    } catch (e) {
      // The stack is deployed whatever this call answers: the failure is reported beside that result.
      const f = classify(e, this.failureContext());
      if (!f || this.d.pacer.signal?.aborted) throw e;
      this.fail(f);
      return;
    }
    this.did(`Termination protection ${want ? 'enabled' : 'disabled'}.`);
    this.d.logger.info(`Termination protection ${want ? 'enabled' : 'disabled'}.`);
  }

  stillInProgress(what: string, status: string | undefined): DeployFailure {
    return new DeployFailure(
      'timeout',
      `Still ${status ?? 'in progress'} ${what} after wait-timeout (${formatDuration(this.cfg.waitTimeoutMs)}).`,
      'Raise `wait-timeout`, or look at the stack in the CloudFormation console.',
    );
  }

  // ---- clean-up ---------------------------------------------------------------------------------------

  private async deleteChangeSet(id: string, what = 'change set'): Promise<void> {
    try {
      await this.cleanupCall(() => this.d.cf.send(new DeleteChangeSetCommand({ ChangeSetName: id })));
      this.d.logger.info(`Deleted ${what} ${id.split('/')[1] ?? id}.`);
      this.did(`Deleted ${what} ${id.split('/')[1] ?? id}.`);
    } catch (e) {
      if (errName(e) === 'ChangeSetNotFoundException') return;
      this.d.logger.warning(`Could not delete change set ${id}: ${errMessage(e)}`);
    }
  }

  /** Every exit path: change sets we created and did not execute go (kept in preview). */
  private async cleanUp(): Promise<void> {
    for (const [id, { keep }] of this.pending) if (!keep) await this.deleteChangeSet(id);
    this.pending.clear();
    const review = this.createdReviewStack;
    if (review && this.cfg.mode !== 'preview') {
      try {
        const s = await this.describeStack(review, true);
        if (s?.StackStatus === 'REVIEW_IN_PROGRESS') {
          await this.cleanupCall(() => this.d.cf.send(new DeleteStackCommand({ StackName: review })));
          this.stateKnown = false;
          this.did(`Deleted the empty stack this run had created for its change set.`);
          this.d.logger.info(
            `Deleted the empty stack ${this.cfg.stackName} this run had created for its change set.`,
          );
        }
      } catch (e) {
        this.d.logger.warning(`Could not delete the empty stack ${review}: ${errMessage(e)}`);
      }
    }
  }
}

export function outputsOf(stack: Stack): Record<string, string> {
  return Object.fromEntries((stack.Outputs ?? []).map((o) => [o.OutputKey ?? '', o.OutputValue ?? '']));
}
