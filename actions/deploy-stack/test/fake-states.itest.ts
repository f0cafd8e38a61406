/**
 * Starting states (CloudFormation's StackStatus values), cancellation, and the preview's change tree and sticky PR
 * comment — through the bundled action against the CloudFormation fake. Bad input: fake-input.itest.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { runBundle } from '@pipewright/testkit';
import { NO_CHANGES_SAM } from '@pipewright/testkit/cloudformation-fake/server';
import { startFakeGitHub } from '@pipewright/testkit/github-fake/server';
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DescribeChangeSetCommand,
  ListChangeSetsCommand,
} from '@aws-sdk/client-cloudformation';
import { shownLines } from '@pipewright/testkit/render-like-github';
import { errors, fakeHarness, TEMPLATE } from './fake-harness.ts';

const CHANGED = JSON.stringify({
  Parameters: { Size: { Type: 'String', Default: 'small' } },
  Resources: {
    Topic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 'orders-v2' } },
    Table: { Type: 'AWS::DynamoDB::Table', Properties: {} },
  },
});

const h = fakeHarness({
  prefix: 'deploy-stack-states-',
  files: { 'stack.json': TEMPLATE, 'changed.json': CHANGED },
  run: 300,
  inputs: { template: 'stack.json' },
});
const { start, deploy } = h;
const deployed = { name: 'app', template: TEMPLATE, parameters: { Size: 'small' } };

describe('starting states', () => {
  it('REVIEW_IN_PROGRESS: a CREATE change set, not an UPDATE', async () => {
    const cfn = await start({ stacks: [{ name: 'app', status: 'REVIEW_IN_PROGRESS' }] });
    const r = await deploy(cfn, { 'stack-name': 'app' });
    expect(errors(r)).toEqual([]);
    expect(cfn.calls('CreateChangeSet')).toEqual([
      expect.objectContaining({ ChangeSetType: 'CREATE', OnStackFailure: 'DELETE' }),
    ]);
    expect(r.outputs['status']).toBe('CREATE_COMPLETE');
  }, 60_000);

  it('REVIEW_IN_PROGRESS: stale change sets deleted, a waiting preview kept until an execution removes it', async () => {
    const cfn = await start();
    // Two earlier runs that died before executing or cleaning up: one change set failed, one is AVAILABLE.
    const sdk = new CloudFormationClient({
      region: 'us-east-1',
      endpoint: cfn.url,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    const leftover = async (name: string, status: string) => {
      const { Id } = await sdk.send(
        new CreateChangeSetCommand({
          StackName: 'app',
          ChangeSetName: name,
          ChangeSetType: 'CREATE',
          TemplateBody: TEMPLATE,
        }),
      );
      for (;;) {
        const cs = await sdk.send(new DescribeChangeSetCommand({ ChangeSetName: Id }));
        if (cs.Status === status) return Id as string;
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    cfn.script('app', {
      changeSetFailReason: 'Template error: instance of Fn::GetAtt references undefined resource Nope',
    });
    const failedId = await leftover('old-failed', 'FAILED');
    cfn.script('app', {});
    const previewId = await leftover('old-preview', 'CREATE_COMPLETE');

    const preview = await deploy(cfn, { 'stack-name': 'app', mode: 'preview' });
    expect(errors(preview)).toEqual([]);
    expect(cfn.calls('DeleteChangeSet')).toEqual([expect.objectContaining({ ChangeSetName: failedId })]);
    expect(preview.log).toContain('Deleted stale change set old-failed.');
    expect(preview.log).toContain('Kept 1 other change set of the stack (old-preview)');
    const names = async () =>
      ((await sdk.send(new ListChangeSetsCommand({ StackName: 'app' }))).Summaries ?? []).map(
        (c) => c.ChangeSetName,
      );
    expect(await names()).toEqual(['old-preview', `pipewright-preview-${h.run}-1`]);

    const deployed = await deploy(cfn, { 'stack-name': 'app' });
    expect(errors(deployed)).toEqual([]);
    expect(deployed.outputs['status']).toBe('CREATE_COMPLETE');
    // Nothing stale the second time: both waiting previews were kept, and the execution removed them.
    expect(cfn.calls('DeleteChangeSet')).toEqual([expect.objectContaining({ ChangeSetName: failedId })]);
    expect(deployed.log).toContain(
      `Kept 2 other change sets of the stack (old-preview, pipewright-preview-${h.run - 1}-1)`,
    );
    expect(await names()).toEqual([`pipewright-deploy-${h.run}-1`]);
    expect(previewId).toMatch(/changeSet\/old-preview\//);
  }, 60_000);

  it('ROLLBACK_COMPLETE: explained, nothing changed', async () => {
    const cfn = await start({ stacks: [{ ...deployed, status: 'ROLLBACK_COMPLETE' }] });
    const r = await deploy(cfn, { 'stack-name': 'app' });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([
      expect.stringContaining('Stack app is ROLLBACK_COMPLETE; it cannot be deployed to in this state.'),
    ]);
    expect(errors(r)[0]).toContain('recreate-failed-stack: true');
    expect(cfn.requests.map((q) => q.action)).toEqual(['DescribeStacks']);
  }, 60_000);

  it('ROLLBACK_COMPLETE with recreate-failed-stack: deleted, then created', async () => {
    const cfn = await start({ stacks: [{ ...deployed, status: 'ROLLBACK_COMPLETE' }] });
    const r = await deploy(cfn, { 'stack-name': 'app', 'recreate-failed-stack': 'true' });
    expect(errors(r)).toEqual([]);
    expect(
      cfn.requests
        .filter((q) => q.status === 200)
        .map((q) => q.action)
        .slice(0, 3),
    ).toEqual(['DescribeStacks', 'DeleteStack', 'DescribeStackEvents']);
    expect(cfn.calls('DeleteStack')[0]).toMatchObject({
      ClientRequestToken: `pipewright-deploy-${h.run}-1-delete`,
    });
    expect(cfn.calls('CreateChangeSet')).toEqual([expect.objectContaining({ ChangeSetType: 'CREATE' })]);
    expect(r.outputs['status']).toBe('CREATE_COMPLETE');
    expect(r.log).toContain('DELETE_COMPLETE app (AWS::CloudFormation::Stack)');
  }, 60_000);

  it('UPDATE_ROLLBACK_FAILED: explained by default; continued when asked, then updated', async () => {
    const cfn = await start({ stacks: [{ ...deployed, status: 'UPDATE_ROLLBACK_FAILED' }] });
    const refused = await deploy(cfn, { 'stack-name': 'app', template: 'changed.json' });
    expect(refused.exitCode).toBe(1);
    expect(errors(refused)[0]).toContain('continue-update-rollback');
    expect(cfn.calls('CreateChangeSet')).toEqual([]);

    const r = await deploy(cfn, {
      'stack-name': 'app',
      template: 'changed.json',
      'continue-update-rollback': 'true',
    });
    expect(errors(r)).toEqual([]);
    expect(cfn.calls('ContinueUpdateRollback')).toEqual([
      expect.objectContaining({ ClientRequestToken: `pipewright-deploy-${h.run}-1-continue` }),
    ]);
    expect(cfn.calls('CreateChangeSet')).toEqual([expect.objectContaining({ ChangeSetType: 'UPDATE' })]);
    expect(r.outputs['status']).toBe('UPDATE_COMPLETE');
  }, 90_000);

  it('UPDATE_IN_PROGRESS (someone else): waits for it, then updates', async () => {
    const cfn = await start({
      stacks: [
        { ...deployed, status: 'UPDATE_IN_PROGRESS', settleAfterMs: 3000, settlesTo: 'UPDATE_COMPLETE' },
      ],
    });
    const r = await deploy(cfn, { 'stack-name': 'app', template: 'changed.json' });
    expect(errors(r)).toEqual([]);
    expect(r.log).toContain(
      'Stack app is UPDATE_IN_PROGRESS: waiting for the operation under way to finish.',
    );
    expect(r.outputs['status']).toBe('UPDATE_COMPLETE');
  }, 60_000);

  it('recognises SAM\'s "No updates are to be performed." as no changes', async () => {
    const cfn = await start({
      stacks: [{ ...deployed, status: 'UPDATE_COMPLETE' }],
      scripts: { app: { noChangesText: NO_CHANGES_SAM } },
    });
    const r = await deploy(cfn, { 'stack-name': 'app' });
    expect(errors(r)).toEqual([]);
    expect(r.outputs['has-changes']).toBe('false');
    expect(cfn.calls('DeleteChangeSet')).toHaveLength(1);
    expect(cfn.calls('ExecuteChangeSet')).toEqual([]);
  }, 60_000);

  it('a change set that fails for another reason: failed, change set deleted, new stack removed', async () => {
    const cfn = await start({
      scripts: { app: { changeSetFailReason: 'Template error: unresolved resource dependencies [Nope]' } },
    });
    const r = await deploy(cfn, { 'stack-name': 'app' });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([
      expect.stringContaining(
        'The change set failed: Template error: unresolved resource dependencies [Nope]',
      ),
    ]);
    expect(cfn.calls('DeleteChangeSet')).toHaveLength(1);
    expect(cfn.calls('DeleteStack')).toHaveLength(1);
    expect(cfn.stacks().every((s) => s.deleted)).toBe(true);
  }, 60_000);

  it('a change set failing early validation: the failing property named (DescribeEvents), in the annotation and summary', async () => {
    const cfn = await start({
      scripts: {
        app: {
          validationErrors: [
            {
              logicalId: 'Topic',
              resourceType: 'AWS::SNS::Topic',
              name: 'AWS::EarlyValidation::PropertyValidation',
              path: '/Resources/Topic/Properties/TopicName',
              reason: 'Value "orders!" does not match pattern ^[A-Za-z0-9_-]{1,256}$',
            },
            {
              logicalId: 'Queue',
              resourceType: 'AWS::SQS::Queue',
              name: 'AWS::EarlyValidation::PropertyValidation',
              path: '/Resources/Queue/Properties/DelaySeconds',
              reason: 'Value 9000 is greater than the maximum 900',
            },
          ],
        },
      },
    });
    const r = await deploy(cfn, { 'stack-name': 'app' });
    expect(r.exitCode).toBe(1);
    const id = cfn.calls('DeleteChangeSet')[0]?.ChangeSetName;
    expect(cfn.calls('DescribeEvents')).toEqual([
      expect.objectContaining({ ChangeSetName: id, 'Filters.FailedEvents': 'true' }),
    ]);
    expect(errors(r)).toEqual([
      expect.stringContaining(
        'The change set failed: The following hook(s)/validation failed: [AWS::EarlyValidation::PropertyValidation]. ' +
          'To troubleshoot Early Validation errors, use the DescribeEvents API for detailed failure information. ' +
          '(2 problems; the first is the root cause below, all are in the log.)\n' +
          'Root cause: Topic (AWS::SNS::Topic) VALIDATION_ERROR: Value "orders!" does not match pattern ^[A-Za-z0-9_-]{1,256}$ ' +
          '(at /Resources/Topic/Properties/TopicName) [AWS::EarlyValidation::PropertyValidation]',
      ),
    ]);
    expect(r.log).toContain(
      'Change set problem: Queue (AWS::SQS::Queue) VALIDATION_ERROR: Value 9000 is greater than the maximum 900 (at /Resources/Queue/Properties/DelaySeconds)',
    );
    expect(
      shownLines(r.summary).some((l) =>
        l.startsWith('Root cause (earliest failure of this deployment): Topic '),
      ),
    ).toBe(true);
    // Nothing left behind: the change set and the stack it created are gone.
    expect(cfn.stacks().every((s) => s.deleted)).toBe(true);
  }, 60_000);
});

describe('cancellation', () => {
  it('SIGINT while the change set is being created: cleaned up, explained, no stack trace', async () => {
    const cfn = await start({ changeSetDelayMs: 120_000 });
    h.run++;
    const r = await runBundle('deploy-stack', {
      inputs: {
        template: 'stack.json',
        region: 'us-east-1',
        endpoint: cfn.url,
        comment: 'false',
        lint: 'false',
        'stack-name': 'app',
      },
      env: { GITHUB_RUN_ID: String(h.run) },
      workspace: h.workspace,
      signalAfter: { signal: 'SIGINT', ms: 4000 },
    });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([expect.stringContaining('Cancelled while deploying stack app.')]);
    expect(r.log).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(cfn.calls('DeleteChangeSet')).toEqual([
      expect.objectContaining({
        ChangeSetName: expect.stringContaining(`changeSet/pipewright-deploy-${h.run}-1/`),
      }),
    ]);
    expect(cfn.calls('DeleteStack')).toHaveLength(1);
    expect(cfn.calls('ExecuteChangeSet')).toEqual([]);
  }, 60_000);
});

describe('preview', () => {
  it('shows the change tree in the summary and one sticky PR comment, and keeps the change set', async () => {
    const gh = await startFakeGitHub();
    try {
      const cfn = await start({
        stacks: [{ ...deployed, status: 'UPDATE_COMPLETE' }],
        scripts: { app: { replacements: { Topic: 'True' } } },
      });
      const inputs = { 'stack-name': 'app', template: 'changed.json', mode: 'preview', comment: 'true' };
      const first = await deploy(cfn, inputs, { githubApiUrl: gh.url });
      expect(errors(first)).toEqual([]);
      expect(first.outputs['has-changes']).toBe('true');
      expect(first.outputs['status']).toBe('UPDATE_COMPLETE');
      expect(cfn.calls('ExecuteChangeSet')).toEqual([]);
      expect(cfn.calls('DeleteChangeSet')).toEqual([]);
      expect(cfn.calls('DescribeChangeSet')[0]).toMatchObject({ IncludePropertyValues: 'true' });
      for (const text of [first.summary, gh.issueComments(42)[0]?.body ?? '']) {
        // what GitHub shows (cmark-gfm + GitHub's sanitizer)
        const shown = shownLines(text);
        expect(shown).toContain('Changes: 1 to add, 1 to modify, 1 to remove (1 replacement)');
        expect(shown).toContain('✏️ Modify Topic (AWS::SNS::Topic) — ⚠️ replacement');
        expect(shown).toContain('Properties.TopicName: orders → orders-v2 (recreation: Always)');
        expect(shown).toContain('➕ Add Table (AWS::DynamoDB::Table)');
        expect(shown).toContain('➖ Remove Queue (AWS::SQS::Queue)');
      }
      const second = await deploy(cfn, inputs, { githubApiUrl: gh.url });
      expect(errors(second)).toEqual([]);
      const comments = gh.issueComments(42);
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toContain('<!-- pipewright:deploy-stack:us-east-1/app -->');
      expect(shownLines(comments[0]?.body ?? '').join('\n')).toContain(`pipewright-preview-${h.run}-1`);
      expect(gh.rejected).toEqual([]);
    } finally {
      await gh.close();
    }
  }, 90_000);
});
