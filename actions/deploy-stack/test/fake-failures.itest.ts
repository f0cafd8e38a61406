/**
 * Every failure path, through the bundled action against the fault-injecting CloudFormation fake: each API call
 * of a deploy × throttling / concurrency / AccessDenied / ValidationError / 5xx / network. Each case asserts the
 * classified message, the job summary (its visible text, rendered by cmark-gfm as GitHub does), the outputs from
 * the stack's actual state, and that no change set is left behind. No AWS error is ever "a bug in pipewright".
 *
 * The injected faults and the messages expected for each are in fake-faults.ts (with where their texts come from).
 * Error codes, HTTP statuses and texts come from CloudFormation's API reference ("Common Errors": AccessDenied,
 * InternalFailure 500, ThrottlingException / Throttling "Rate exceeded", ValidationError 400); the obsolete change
 * set text "ChangeSet [arn] cannot be executed in its current execution status of [OBSOLETE]" is as quoted in
 * aws/amazon-chime-sdk-js#1089.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import type { RunBundleResult } from '@pipewright/testkit';
import { renderLikeGitHub, renderedTables } from '@pipewright/testkit/render-like-github';
import { startFakeGitHub } from '@pipewright/testkit/github-fake/server';
import {
  startFakeCloudFormation,
  type FakeCloudFormation,
} from '@pipewright/testkit/cloudformation-fake/server';
import { DENIED, expected, FAULTS, type FaultName } from './fake-faults.ts';
import { errors, fakeHarness } from './fake-harness.ts';

const BEFORE = JSON.stringify({
  Resources: { Topic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 'orders' } } },
});
const AFTER = JSON.stringify({
  Resources: { Topic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 'orders-v2' } } },
});

const h = fakeHarness({
  prefix: 'deploy-stack-failures-',
  files: { 'after.json': AFTER },
  run: 700,
  inputs: { 'stack-name': 'app', template: 'after.json', 'termination-protection': 'true' },
  fake: { stacks: [{ name: 'app', status: 'UPDATE_COMPLETE', template: BEFORE }] },
});
const { start, deploy } = h;

/** Change sets left on the stack that were never executed (an executed one stays in the stack's history). */
const leftBehind = (cfn: FakeCloudFormation) =>
  cfn.changeSets().filter((c) => c.executionStatus !== 'EXECUTE_COMPLETE');

/** What a reader sees: the markdown rendered by GitHub's own renderer (cmark-gfm), tags stripped. */
function visible(markdown: string): string {
  const html = execFileSync(
    'cmark-gfm',
    ['--extension', 'table', '--extension', 'autolink', '--extension', 'tagfilter'],
    { input: markdown, encoding: 'utf8' },
  );
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The calls of an update with termination protection, in order, and what is done / not done when each fails. */
const CALLS = [
  'DescribeStacks',
  'CreateChangeSet',
  'DescribeChangeSet',
  'ExecuteChangeSet',
  'UpdateTerminationProtection',
] as const;

const NOT_DONE: Record<(typeof CALLS)[number], string[]> = {
  DescribeStacks: [
    'read the stack’s state (failed)',
    'read the template',
    'create the change set',
    'read the change set',
    'execute the change set',
    'wait for the stack to finish',
    'update termination protection',
  ],
  CreateChangeSet: [
    'create the change set (failed)',
    'read the change set',
    'execute the change set',
    'wait for the stack to finish',
    'update termination protection',
  ],
  DescribeChangeSet: [
    'read the change set (failed)',
    'execute the change set',
    'wait for the stack to finish',
    'update termination protection',
  ],
  ExecuteChangeSet: [
    'execute the change set (failed)',
    'wait for the stack to finish',
    'update termination protection',
  ],
  UpdateTerminationProtection: ['update termination protection (failed)'],
};

describe('every API call × every kind of failure', () => {
  const cases = CALLS.flatMap((op) =>
    (Object.keys(FAULTS) as FaultName[]).map((fault) => [op, fault] as const),
  );
  it.each(cases)(
    '%s answers %s',
    async (op, fault) => {
      const cfn = await start({ faults: [FAULTS[fault](op)] });
      const r = await deploy(cfn);
      const want = expected(fault, op, cfn.url);
      const stack = cfn.stack('app');
      expect(r.exitCode).toBe(1);
      expect(errors(r)).toHaveLength(1);
      expect(errors(r)[0]).toContain(want.message);
      expect(r.stdout).not.toContain('bug in pipewright');
      // The outputs: the kind, and the stack's actual state (unknowable only when DescribeStacks itself failed).
      expect(r.outputs['failure']).toBe(want.kind);
      if (op === 'DescribeStacks') {
        expect(r.outputs['status']).toBeUndefined();
        expect(r.outputs['stack-id']).toBeUndefined();
      } else {
        expect(r.outputs['status']).toBe('UPDATE_COMPLETE');
        expect(r.outputs['stack-id']).toBe(stack?.id);
      }
      // The summary says what failed, what to do, what was done and what was not.
      const text = visible(r.summary);
      const deployed = op === 'UpdateTerminationProtection';
      expect(text).toContain(
        deployed
          ? 'deploy-stack: app — ✅ deployed — ⚠️ but a later step failed'
          : 'deploy-stack: app — ❌ failed',
      );
      // The facts table (one row under named columns) gains a Failure column naming the kind.
      const [facts] = renderedTables(renderLikeGitHub(r.summary).html);
      expect(facts?.header).toEqual(['Stack', 'Status', 'Change set', 'Has changes', 'Failure']);
      expect(facts?.rows[0]?.[4]).toBe(want.kind);
      expect(text).toContain(want.message);
      expect(text).toContain(`Refused call: ${op}`);
      expect(text).toContain('What to do:');
      expect(text).toContain(`Not done: ${NOT_DONE[op].join(' ')}`);
      // The stack is as the failure left it, and no change set is left behind.
      expect(stack?.status).toBe('UPDATE_COMPLETE');
      expect(stack?.protection).toBe(false);
      expect(leftBehind(cfn)).toEqual([]);
      expect(cfn.calls('ExecuteChangeSet')).toHaveLength(op === 'UpdateTerminationProtection' ? 1 : 0);
    },
    120_000,
  );

  it.each(CALLS)(
    '%s throttled once: retried, and the deploy goes on',
    async (op) => {
      const cfn = await start({
        faults: [{ action: op, times: 1, code: 'Throttling', status: 400, message: 'Rate exceeded' }],
      });
      const r = await deploy(cfn);
      expect(errors(r)).toEqual([]);
      expect(r.exitCode).toBe(0);
      expect(r.outputs['status']).toBe('UPDATE_COMPLETE');
      expect(r.outputs['failure']).toBeUndefined();
      expect(r.log).toMatch(/CloudFormation calls \(1 throttled\)\./);
      expect(cfn.requests.filter((q) => q.error === 'Throttling').map((q) => q.action)).toEqual([op]);
      expect(cfn.stack('app')?.protection).toBe(true);
      expect(leftBehind(cfn)).toEqual([]);
    },
    60_000,
  );
});

describe('failures that need a word of their own', () => {
  it('throttled without end: explained as throttling with what to do, change set deleted', async () => {
    const cfn = await start({
      faults: [
        { action: 'ExecuteChangeSet', times: 100, code: 'Throttling', status: 400, message: 'Rate exceeded' },
      ],
    });
    const r = await deploy(cfn);
    expect(r.exitCode).toBe(1);
    expect(errors(r)[0]).toContain(
      'CloudFormation kept throttling ExecuteChangeSet (Throttling: Rate exceeded) (5 attempts).',
    );
    expect(errors(r)[0]).toContain('deploy fewer stacks at once');
    expect(r.outputs['failure']).toBe('throttling');
    expect(r.outputs['status']).toBe('UPDATE_COMPLETE');
    expect(leftBehind(cfn)).toEqual([]);
  }, 120_000);

  it('a denied UpdateTerminationProtection after a first create: CREATE_COMPLETE reported, the permission named', async () => {
    const cfn = await startFakeCloudFormation({
      faults: [
        {
          action: 'UpdateTerminationProtection',
          times: 1,
          code: 'AccessDenied',
          status: 403,
          message: DENIED('UpdateTerminationProtection'),
        },
      ],
    });
    h.fake = cfn;
    const r = await deploy(cfn, { 'stack-name': 'fresh' });
    const stack = cfn.stack('fresh');
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([
      expect.stringContaining(
        'Stack fresh is CREATE_COMPLETE, but a later step failed.\n' +
          'Missing permission: the credentials of this step may not call cloudformation:UpdateTerminationProtection ' +
          'on arn:aws:cloudformation:us-east-1:123456789012:stack/app/*.',
      ),
    ]);
    expect(errors(r)[0]).toContain('Allow `cloudformation:UpdateTerminationProtection`');
    expect(errors(r)[0]).not.toContain('credentials this step runs with are refused');
    expect(r.outputs['status']).toBe('CREATE_COMPLETE');
    expect(r.outputs['stack-id']).toBe(stack?.id);
    expect(r.outputs['has-changes']).toBe('true');
    expect(r.outputs['failure']).toBe('permission');
    const text = visible(r.summary);
    expect(text).toContain(
      'deploy-stack: app — ✅ deployed — ⚠️ but a later step failed'.replace('app', 'fresh'),
    );
    expect(text).toContain(
      'Refused call: UpdateTerminationProtection answered AccessDenied — missing permission cloudformation:UpdateTerminationProtection',
    );
    expect(text).toContain('Executed change set');
    expect(text).toContain('The stack reached CREATE_COMPLETE');
    expect(stack?.status).toBe('CREATE_COMPLETE');
    expect(leftBehind(cfn)).toEqual([]);
  }, 60_000);

  it('a refused ExecuteChangeSet is explained on the pull request too (sticky comment)', async () => {
    const cfn = await start({ faults: [FAULTS.AccessDenied('ExecuteChangeSet')] });
    const gh = await startFakeGitHub();
    let r: RunBundleResult;
    try {
      r = await deploy(cfn, { comment: 'true' }, { githubApiUrl: gh.url });
      const comments = gh.issueComments(42);
      expect(comments).toHaveLength(1);
      const text = visible(comments[0]?.body ?? '');
      expect(text).toContain('deploy-stack: app — ❌ failed');
      expect(text).toContain(expected('AccessDenied', 'ExecuteChangeSet', cfn.url).message);
      expect(text).toContain(
        'Refused call: ExecuteChangeSet answered AccessDenied — missing permission cloudformation:ExecuteChangeSet',
      );
      expect(gh.rejected).toEqual([]);
    } finally {
      await gh.close();
    }
    expect(r.exitCode).toBe(1);
    expect(leftBehind(cfn)).toEqual([]);
  }, 60_000);

  it('credentials refused (InvalidClientTokenId, 403): a credentials problem, not a permission', async () => {
    const cfn = await start({
      faults: [
        {
          action: 'DescribeStacks',
          times: 1,
          code: 'InvalidClientTokenId',
          status: 403,
          message: 'The security token included in the request is invalid.',
        },
      ],
    });
    const r = await deploy(cfn);
    expect(r.exitCode).toBe(1);
    expect(errors(r)[0]).toContain(
      'AWS refused the credentials on DescribeStacks: InvalidClientTokenId — The security token included in the request is invalid.',
    );
    expect(r.outputs['failure']).toBe('credentials');
    expect(cfn.requests.map((q) => q.action)).toEqual(['DescribeStacks']);
  }, 60_000);

  it('the stack busy when the change set is executed (someone else’s update): concurrency, what to do', async () => {
    // A real race: the stack goes UPDATE_IN_PROGRESS (another deployment) between our create and our execute.
    const cfn = await start();
    const stack = cfn.stack('app');
    const watcher = setInterval(() => {
      if (
        stack?.status === 'UPDATE_COMPLETE' &&
        cfn.changeSets().some((c) => c.status === 'CREATE_COMPLETE')
      ) {
        // Another pipewright run's update starts: its stack event carries its token.
        stack.status = 'UPDATE_IN_PROGRESS';
        stack.events.push({
          StackId: stack.id,
          EventId: 'other-run-start',
          StackName: 'app',
          LogicalResourceId: 'app',
          PhysicalResourceId: stack.id,
          ResourceType: 'AWS::CloudFormation::Stack',
          Timestamp: new Date('2026-12-03T12:00:05Z'),
          ResourceStatus: 'UPDATE_IN_PROGRESS',
          ResourceStatusReason: 'User Initiated',
          ClientRequestToken: 'pipewright-deploy-4242-1-exec',
        });
        clearInterval(watcher);
      }
    }, 20);
    let r: RunBundleResult;
    try {
      r = await deploy(cfn);
    } finally {
      clearInterval(watcher);
    }
    expect(r.exitCode).toBe(1);
    expect(errors(r)[0]).toContain(
      'Another operation is under way on stack app (UPDATE_IN_PROGRESS): CloudFormation refused ExecuteChangeSet. ' +
        'The operation under way: UPDATE_IN_PROGRESS since 2026-12-03T12:00:05Z (User Initiated), started by pipewright run 4242 (attempt 1).',
    );
    expect(errors(r)[0]).toContain('workflow `concurrency` group');
    expect(r.outputs['status']).toBe('UPDATE_IN_PROGRESS');
    expect(r.outputs['failure']).toBe('concurrency');
    expect(leftBehind(cfn)).toEqual([]);
  }, 60_000);

  it('execute mode: a reviewed change set made obsolete meanwhile is explained, not a crash', async () => {
    const cfn = await start();
    const preview = await deploy(cfn, { mode: 'preview' });
    expect(errors(preview)).toEqual([]);
    cfn.obsolete('app');
    const r = await deploy(cfn, {
      mode: 'execute',
      'change-set-name': preview.outputs['change-set-name'] as string,
    });
    expect(r.exitCode).toBe(1);
    expect(errors(r)[0]).toContain(
      `Change set ${preview.outputs['change-set-name']} cannot be executed: it is CREATE_COMPLETE/OBSOLETE.`,
    );
    expect(errors(r)[0]).toContain('run a new preview');
    expect(r.outputs['failure']).toBe('obsolete-change-set');
    expect(r.outputs['status']).toBe('UPDATE_COMPLETE');
    expect(cfn.calls('ExecuteChangeSet')).toEqual([]);
  }, 60_000);

  it('ExecuteChangeSet refused as OBSOLETE (InvalidChangeSetStatus): explained, our change set deleted', async () => {
    const cfn = await start({
      faults: [
        {
          action: 'ExecuteChangeSet',
          times: 1,
          code: 'InvalidChangeSetStatus',
          status: 400,
          message:
            'ChangeSet [arn:aws:cloudformation:us-east-1:123456789012:stack/app/1] cannot be executed in its current execution status of [OBSOLETE]',
        },
      ],
    });
    const r = await deploy(cfn);
    expect(r.exitCode).toBe(1);
    expect(errors(r)[0]).toContain(
      'The change set is OBSOLETE: the stack changed after it was created (another change set was executed, or the stack was updated), so CloudFormation refused ExecuteChangeSet.',
    );
    expect(r.outputs['failure']).toBe('obsolete-change-set');
    expect(r.outputs['status']).toBe('UPDATE_COMPLETE');
    expect(leftBehind(cfn)).toEqual([]);
  }, 60_000);
});
