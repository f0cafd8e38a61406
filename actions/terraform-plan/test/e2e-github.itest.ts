/**
 * End-to-end (setup in e2e-harness.ts): what the action does on GitHub — fork PRs and read-only tokens, comments
 * only on change, labels, and one comment per path + label with minimize.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pullRequestEvent } from '@pipewright/testkit';
import { gh, marker, run, useTerraformE2E, ws } from './e2e-harness.ts';

useTerraformE2E();

describe('terraform-plan end to end', () => {
  it('fork PR: job summary and one warning, the step stays green', async () => {
    const r = await run({ event: pullRequestEvent({ fork: true }) });
    expect(r.exitCode).toBe(0);
    expect(gh.issueComments(42)).toEqual([]);
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringContaining('the token is read-only (a pull request from a fork'),
    ]);
    expect(r.summary).toContain('**Plan: 4 to add');
  });

  it('read-only token: the 403 becomes a warning, not a failure', async () => {
    gh.setReadOnly(true);
    const r = await run();
    expect(r.exitCode).toBe(0);
    expect(r.annotations.filter((a) => a.level === 'warning')).toHaveLength(1);
    expect(gh.issueComments(42)).toEqual([]);
  });

  it('on-change: no new comment without changes, but an existing one is updated; labels touch only owned ones', async () => {
    mkdirSync(path.join(ws, 'empty'));
    writeFileSync(path.join(ws, 'empty', 'main.tf'), 'terraform {}\n');
    const none = await run({ inputs: { path: 'empty', comment: 'on-change', labels: 'true' } });
    expect(none.exitCode).toBe(0);
    expect(none.outputs['has-changes']).toBe('false');
    expect(gh.issueComments(42)).toEqual([]);

    gh.seedComments(42, [`${marker('empty:default')}\nold report`]);
    gh.seedLabels(42, ['needs-review', 'terraform:changes']);
    const updated = await run({ inputs: { path: 'empty', comment: 'on-change', labels: 'true' } });
    expect(updated.exitCode).toBe(0);
    const comments = gh.issueComments(42);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('**No changes.** Your infrastructure matches the configuration.');
    expect(gh.labels(42).sort()).toEqual(['needs-review', 'terraform:no-changes']);
  });

  it('matrix: one comment per path + label; minimize hides only the same key’s older comment', async () => {
    mkdirSync(path.join(ws, 'other'));
    writeFileSync(path.join(ws, 'other', 'main.tf'), 'resource "terraform_data" "x" { input = 1 }\n');
    await run({ inputs: { path: 'infra', label: 'a' } });
    await run({ inputs: { path: 'other', label: 'a' } });
    expect(gh.issueComments(42).map((c) => c.body.split('\n')[0])).toEqual([
      marker('infra:default:a'),
      marker('other:default:a'),
    ]);
    await run({ inputs: { path: 'infra', label: 'a', minimize: 'true' } });
    const after = gh.issueComments(42).map((c) => [c.body.split('\n')[0], c.minimized]);
    expect(after).toEqual([
      [marker('infra:default:a'), true],
      [marker('other:default:a'), false],
      [marker('infra:default:a'), false],
    ]);
  });
});
