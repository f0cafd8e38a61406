/**
 * Rollout scenarios through the bundle against the fake API server: a manual pause continued or ended by a
 * decision, and the sticky pull-request comment.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { runBundle } from '@pipewright/testkit';
import type { FakeKube } from '@pipewright/testkit/k8s-fake/server';
import { startFakeGitHub } from '@pipewright/testkit/github-fake/server';
import { FAST, IMAGE, NS, seededKube, stableSnapshot, stateOf } from './helpers.ts';
import { shownLines } from '@pipewright/testkit/render-like-github';

let kube: FakeKube | undefined;
afterEach(async () => {
  await kube?.stop();
  kube = undefined;
});

describe('canary scenarios', () => {
  it('a manual step pauses; a later run with decision: promote continues and promotes', async () => {
    kube = await seededKube();
    const paused = await runBundle('canary', {
      inputs: { ...FAST, kubeconfig: kube.kubeconfig(NS), image: IMAGE, steps: '25:manual,100' },
    });
    expect(paused.exitCode).toBe(0);
    expect(paused.outputs.status).toBe('paused');
    expect(paused.outputs.reason).toBe('paused after step 1 (25 %) for a decision');
    expect(stateOf(kube)).toMatchObject({ phase: 'paused', step: 0, image: IMAGE });
    expect(kube.get('deployments', NS, 'web-canary')?.spec.replicas).toBe(1);
    expect(kube.get('leases', NS, 'web-canary')).toBeUndefined();
    // A re-run without a decision (the workflow re-run, or the same image pushed again) does not pass the gate.
    const before = JSON.stringify([
      stableSnapshot(kube).spec,
      kube.get('deployments', NS, 'web-canary')?.spec,
    ]);
    const rerun = await runBundle('canary', {
      inputs: { ...FAST, kubeconfig: kube.kubeconfig(NS), image: IMAGE, steps: '25:manual,100' },
      env: { GITHUB_RUN_ID: '7000000008' },
    });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs.status).toBe('paused');
    expect(rerun.outputs.reason).toBe(
      'still paused at step 1 (25 %) for a decision; a run without `decision` does not pass it',
    );
    expect(rerun.outputs.weight).toBe(paused.outputs.weight);
    expect(stateOf(kube)).toMatchObject({ phase: 'paused', step: 0, image: IMAGE });
    expect(JSON.stringify([stableSnapshot(kube).spec, kube.get('deployments', NS, 'web-canary')?.spec])).toBe(
      before,
    );
    const go = await runBundle('canary', {
      inputs: { ...FAST, kubeconfig: kube.kubeconfig(NS), decision: 'promote', steps: '25:manual,100' },
      env: { GITHUB_RUN_ID: '7000000009' },
    });
    expect(go.exitCode).toBe(0);
    expect(go.outputs.status).toBe('promoted');
    const report = JSON.parse(go.outputs.report as string) as { steps: { index: number; weight: number }[] };
    expect(report.steps.map((s) => [s.index, s.weight])).toEqual([[1, 100]]);
    expect(kube.get('deployments', NS, 'web')?.spec.template.spec.containers[0].image).toBe(IMAGE);
  }, 60_000);

  it('decision: rollback ends a paused rollout', async () => {
    kube = await seededKube();
    await runBundle('canary', {
      inputs: { ...FAST, kubeconfig: kube.kubeconfig(NS), image: IMAGE, steps: '25:manual,100' },
    });
    const before = stableSnapshot(kube);
    const r = await runBundle('canary', {
      inputs: { ...FAST, kubeconfig: kube.kubeconfig(NS), decision: 'rollback' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.reason).toBe('rollback requested (decision: rollback) at step 1');
    expect(kube.get('deployments', NS, 'web-canary')).toBeUndefined();
    expect(stableSnapshot(kube).spec).toEqual(before.spec);
  }, 60_000);

  it('on a pull request the report is one sticky comment, updated by the next run', async () => {
    kube = await seededKube();
    const gh = await startFakeGitHub();
    try {
      const inputs = { ...FAST, kubeconfig: kube.kubeconfig(NS), image: IMAGE, steps: '50', comment: 'true' };
      const first = await runBundle('canary', { inputs, githubApiUrl: gh.url });
      expect(first.outputs.status).toBe('promoted');
      const body = gh.issueComments(42)[0]?.body ?? '';
      // what GitHub shows (cmark-gfm + GitHub's sanitizer)
      const shown = shownLines(body);
      expect(shown[0]).toBe('Canary shop/web: ✅ promoted');
      expect(shown).toContain('1\t50 %\t33.3 %\t2\t0\tpassed');
      expect(body.trimEnd()).toBe(`<!-- pipewright:canary:shop/web -->\n${first.summary.trimEnd()}`);
      const second = await runBundle('canary', { inputs, githubApiUrl: gh.url });
      expect(second.outputs.status).toBe('unchanged');
      const comments = gh.issueComments(42);
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toContain('➖ unchanged');
      expect(gh.rejected).toEqual([]);
    } finally {
      await gh.close();
    }
  }, 60_000);
});
