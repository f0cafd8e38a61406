/**
 * The change set: the template's arguments (uploaded or summarised when needed), CreateChangeSet with the
 * capabilities CloudFormation asks for, waiting for it, and reading it for review (changes, nested change sets,
 * parameter diff, data at risk, why it failed). The requests themselves are built in change-set-input.ts.
 */
import { describeThrown } from '@pipewright/shared/action';
import {
  CreateChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeEventsCommand,
  GetTemplateSummaryCommand,
  type DescribeChangeSetCommandOutput,
  type OperationEvent,
  type Stack,
} from './cloudformation.ts';
import { formatDuration } from '@pipewright/shared/util';
import { toChangeNode, type ChangeNode } from './change-tree.ts';
import {
  changeSetInput,
  changeSetParameters,
  clientToken,
  type Prepared,
  type TemplateArgs,
} from './change-set-input.ts';
import { changeSetCauses, type RootCause } from './events.ts';
import { classify, DeployFailure, errName } from './failures.ts';
import { requireParameters } from './parameter-rules.ts';
import { unknownKeys } from './parameters.ts';
import { dataLoss, dependants, parameterDiff } from './preview.ts';
import type { DeployRun } from './run.ts';
import { isNoChanges } from './stack-status.ts';
import { requiredCapabilities, templateKey, type Capability } from './template.ts';

async function templateArgs(run: DeployRun): Promise<TemplateArgs> {
  const { cfg, d } = run;
  const t = cfg.template;
  if (t.body !== undefined && t.info) {
    const declared = t.info.parameters.map((p) => p.key);
    if (t.bytes !== undefined && t.bytes > 51_200 && cfg.s3) {
      if (!d.uploadTemplate) throw new Error('no S3 uploader configured');
      const key = templateKey(t.body, cfg.s3.prefix);
      const url = await d.uploadTemplate(cfg.s3.bucket, key, t.body);
      d.logger.info(`Template uploaded to s3://${cfg.s3.bucket}/${key} (${t.bytes} bytes).`);
      return { url, declared, capabilities: t.info.capabilities };
    }
    return { body: t.body, declared, capabilities: t.info.capabilities };
  }
  // A template given by URL: ask CloudFormation what it declares (a read; nothing is changed yet).
  const s = await run.call(() => d.cf.send(new GetTemplateSummaryCommand({ TemplateURL: t.url })));
  const declared = (s.Parameters ?? []).map((p) => p.ParameterKey ?? '');
  const unknown = unknownKeys(cfg.parameters, declared);
  if (unknown.length)
    throw new DeployFailure(
      'invalid',
      `\`parameters\`: the template ${t.display} declares no parameter ${unknown.map((k) => `"${k}"`).join(', ')}.`,
      `Declared: ${declared.join(', ') || '(none)'}.`,
    );
  for (const p of s.Parameters ?? []) {
    if (!p.NoEcho || !p.ParameterKey || cfg.noEcho.includes(p.ParameterKey)) continue;
    cfg.noEcho.push(p.ParameterKey);
    const value = cfg.parameters[p.ParameterKey];
    if (value) d.secret?.(value);
  }
  return { url: t.url, declared, capabilities: (s.Capabilities ?? []) as Capability[] };
}

/** The change set's ARN, or undefined when CloudFormation refused it for having no changes. */
export async function createChangeSet(run: DeployRun, prep: Prepared): Promise<string | undefined> {
  const { cfg, d } = run;
  run.phase = 'template';
  const tpl = await templateArgs(run);
  // Required parameters are known only now (parameter-rules.ts): refused before anything is created.
  requireParameters(
    cfg.template.info,
    cfg.parameters,
    prep.type === 'UPDATE' ? (prep.stack?.Parameters ?? []).map((p) => p.ParameterKey ?? '') : undefined,
  );
  run.phase = 'create';
  const params = changeSetParameters(cfg.parameters, prep, tpl.declared);
  let caps: Capability[] = cfg.capabilities ?? tpl.capabilities;
  let token = cfg.changeSetName;
  for (let attempt = 1; ; attempt++) {
    const input = changeSetInput(cfg, prep, tpl, params, caps, token);
    try {
      const r = await run.call(() => d.cf.send(new CreateChangeSetCommand(input)));
      run.stateKnown = false;
      const id = r.Id as string;
      run.pending.set(id, { keep: false });
      if (prep.type === 'CREATE' && !prep.stack) run.createdReviewStack = r.StackId;
      run.result.stackId = r.StackId ?? run.result.stackId;
      run.result.changeSetId = id;
      d.logger.info(
        `Created ${prep.type} change set ${cfg.changeSetName} for stack ${cfg.stackName}` +
          (caps.length ? ` (capabilities: ${caps.join(', ')})` : '') +
          '.',
      );
      run.did(`Created ${prep.type} change set ${cfg.changeSetName}.`);
      return id;
    } catch (e) {
      if (errName(e) === 'InsufficientCapabilitiesException') {
        const need = requiredCapabilities(describeThrown(e));
        const missing = need.filter((n) => !caps.includes(n));
        if (cfg.capabilities === undefined && missing.length && attempt === 1) {
          d.logger.info(`CloudFormation asks for ${missing.join(', ')}: adding (capabilities: auto).`);
          caps = [...caps, ...missing];
          token = clientToken(cfg.changeSetName, 'caps');
          continue;
        }
        throw new DeployFailure(
          'capabilities',
          `The template needs capabilities that were not given: ${describeThrown(e)}`,
          `Add ${missing.join(', ') || 'them'} to \`capabilities\`, or set \`capabilities: auto\`.`,
          'CreateChangeSet',
        );
      }
      // Some endpoints (and UpdateStack-style paths) refuse an empty change set outright.
      if (errName(e) === 'ValidationError' && isNoChanges(describeThrown(e))) {
        d.logger.info(`No changes: ${describeThrown(e)}`);
        return undefined;
      }
      // Everything else (a busy or stuck stack, a rejected template…) is explained by failures.ts.
      throw e;
    }
  }
}

/** Polls the change set until it is created or failed. */
export async function waitForChangeSet(run: DeployRun, id: string): Promise<DescribeChangeSetCommandOutput> {
  const { cfg, d } = run;
  const { pacer, logger } = d;
  let errors = 0;
  for (let i = 0; ; i++) {
    if (pacer.clock.now() >= run.deadline)
      throw new DeployFailure(
        'timeout',
        `Change set ${cfg.changeSetName} was still being created after ${formatDuration(cfg.waitTimeoutMs)}.`,
        'Raise `wait-timeout`.',
      );
    if (i > 0) await pacer.sleep(Math.min(5000, 500 * i), pacer.signal);
    let cs: DescribeChangeSetCommandOutput;
    try {
      cs = await run.call(() =>
        d.cf.send(new DescribeChangeSetCommand({ ChangeSetName: id, IncludePropertyValues: true })),
      );
    } catch (e) {
      // A change set just created can be briefly unknown to a read (eventual consistency).
      // Throttling and server errors were already tried again by the pacer: a few more rounds for those.
      const notYet = errName(e) === 'ChangeSetNotFoundException' && i < 3;
      const kind = classify(e, run.failureContext())?.kind;
      const transient = kind === 'throttling' || kind === 'service' || kind === 'network';
      if (!(notYet || transient) || ++errors > 3) throw e;
      logger.warning(`DescribeChangeSet failed (${errName(e)}: ${describeThrown(e)}); trying again.`);
      continue;
    }
    if (cs.Status === 'CREATE_COMPLETE' || cs.Status === 'FAILED') return cs;
  }
}

/** Every change, nested stacks' change sets expanded (with IncludeNestedStacks). */
async function collectChanges(
  run: DeployRun,
  first: DescribeChangeSetCommandOutput,
  depth = 0,
): Promise<ChangeNode[]> {
  const { cf, logger } = run.d;
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
      ? await run.call(() =>
          cf.send(
            new DescribeChangeSetCommand({ ChangeSetName: id, NextToken: next, IncludePropertyValues: true }),
          ),
        )
      : undefined;
  }
  if (run.cfg.includeNestedStacks && depth < 5) {
    for (const n of nodes) {
      if (!n.nestedChangeSetId) continue;
      try {
        const sub = await run.call(() =>
          cf.send(
            new DescribeChangeSetCommand({ ChangeSetName: n.nestedChangeSetId, IncludePropertyValues: true }),
          ),
        );
        n.children = await collectChanges(run, sub, depth + 1);
      } catch (e) {
        logger.warning(`Could not read the nested change set of ${n.logicalId}: ${describeThrown(e)}`);
      }
    }
  }
  return nodes;
}

/**
 * What a reviewer needs: the change tree, and besides it the parameter diff, the resources that depend on the
 * changed parameters, and the data at risk.
 */
export async function review(
  run: DeployRun,
  stack: Stack | undefined,
  cs: DescribeChangeSetCommandOutput,
): Promise<void> {
  const { cfg, result: r } = run;
  r.hasChanges = true;
  r.changes = await collectChanges(run, cs);
  r.parameterChanges = parameterDiff(stack?.Parameters, cs.Parameters, cfg.noEcho, cfg.parameters);
  const resources = cfg.template.info?.resources;
  r.dependants = dependants(r.parameterChanges, resources);
  r.dataLoss = dataLoss(r.changes, resources);
}

/**
 * Why a change set failed, in detail: DescribeEvents lists the failed events of its creation — early
 * validation errors with the property path, hook failures. It is newer than DescribeStackEvents and needs
 * its own permission (cloudformation:DescribeEvents): without it, or on an endpoint that lacks it, the
 * change set's StatusReason is all there is.
 */
export async function changeSetFailures(run: DeployRun, id: string): Promise<RootCause[]> {
  const { d } = run;
  let events: OperationEvent[];
  try {
    const r = await run.call(() =>
      d.cf.send(new DescribeEventsCommand({ ChangeSetName: id, Filters: { FailedEvents: true } })),
    );
    events = r.OperationEvents ?? [];
  } catch (e) {
    d.logger.debug(`DescribeEvents is not available (${errName(e)}: ${describeThrown(e)}).`);
    return [];
  }
  const causes = changeSetCauses(events, run.cfg.stackName);
  for (const c of causes)
    d.logger.info(
      `Change set problem: ${c.logicalId || '(stack)'} (${c.resourceType || '?'}) ${c.status}: ${c.reason}`,
    );
  return causes;
}
