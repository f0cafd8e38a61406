/**
 * Rollout scenarios through the bundle against the fake API server: concurrent runs and the lock, a killed
 * step and the post step, resuming after a crash, and a new image replacing an unfinished canary.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { runBundle } from '@pipewright/testkit';
import type { FakeKube } from '@pipewright/testkit/k8s-fake/server';
import { FAST, IMAGE, NS, seededKube, stableSnapshot, stateOf } from './helpers.ts';

let kube: FakeKube | undefined;
afterEach(async () => {
  await kube?.stop();
  kube = undefined;
});

describe('canary scenarios', () => {
  it('a concurrent rollout of the same app fails clearly (concurrency-policy fail)', async () => {
    kube = await seededKube();
    const k = kube;
    const run = (runId: string) =>
      runBundle('canary', {
        inputs: { ...FAST, kubeconfig: k.kubeconfig(NS), image: IMAGE, steps: '50', 'step-duration': '2s' },
        env: { GITHUB_RUN_ID: runId },
      });
    const [a, b] = await Promise.all([run('111'), run('222')]);
    const results = [a, b].sort((x, y) => (x.exitCode ?? 9) - (y.exitCode ?? 9));
    expect(results.map((x) => x.exitCode)).toEqual([0, 1]);
    expect(results[0]?.outputs.status).toBe('promoted');
    const loser = results[1];
    const errors = loser?.annotations.filter((x) => x.level === 'error') ?? [];
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(
      /^Another canary rollout of web holds the lock \(Lease shop\/web-canary, holder octo-org\/octo-repo\/(111|222)\/1, renewed .+\)\.\nWait for it to finish, or set `concurrency-policy: wait`/,
    );
    expect(loser?.outputs).toEqual({});
    expect(k.get('deployments', NS, 'web')?.spec.template.spec.containers[0].image).toBe(IMAGE);
  }, 60_000);

  it('cancelled while waiting for the lock: a clear message, nothing touched', async () => {
    kube = await seededKube();
    await kube.create({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: 'web-canary', namespace: NS },
      spec: {
        holderIdentity: 'someone/else/1/1',
        leaseDurationSeconds: 3600,
        renewTime: new Date().toISOString().replace('Z', '000Z'),
      },
    });
    const r = await runBundle('canary', {
      inputs: { ...FAST, kubeconfig: kube.kubeconfig(NS), image: IMAGE, 'concurrency-policy': 'wait' },
      signalAfter: { signal: 'SIGINT', ms: 2500 },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'The run was cancelled before the rollout changed anything.',
    ]);
    const writes = kube.requests.filter((q) => q.method !== 'GET').map((q) => `${q.method} ${q.status}`);
    expect(new Set(writes)).toEqual(new Set(['POST 409']));
  }, 30_000);

  it('concurrency-policy wait: the second run waits for the lock, then finds nothing to do', async () => {
    kube = await seededKube();
    const k = kube;
    const first = runBundle('canary', {
      inputs: { ...FAST, kubeconfig: k.kubeconfig(NS), image: IMAGE, steps: '50', 'step-duration': '3s' },
      env: { GITHUB_RUN_ID: '111' },
    });
    const end = Date.now() + 10_000;
    while (!k.get('leases', NS, 'web-canary') && Date.now() < end)
      await new Promise((res) => setTimeout(res, 50));
    const second = runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: k.kubeconfig(NS),
        image: IMAGE,
        steps: '50',
        'concurrency-policy': 'wait',
      },
      env: { GITHUB_RUN_ID: '222' },
    });
    const [a, b] = await Promise.all([first, second]);
    expect(a.outputs.status).toBe('promoted');
    expect(b.exitCode).toBe(0);
    expect(b.log).toContain('Another canary rollout of web holds the lock');
    expect(b.outputs.status).toBe('unchanged');
    expect(b.outputs.reason).toBe(`web already runs ${IMAGE}`);
  }, 60_000);

  it('a killed step leaves its state; the post step rolls the canary back', async () => {
    kube = await seededKube();
    const before = stableSnapshot(kube);
    const main = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: kube.kubeconfig(NS),
        image: IMAGE,
        steps: '25,100',
        'step-duration': '60s',
      },
      signalAfter: { signal: 'SIGKILL', ms: 3000 },
    });
    expect(main.signal).toBe('SIGKILL');
    expect(main.state.pending).toBe('1');
    expect(stateOf(kube)).toMatchObject({
      image: IMAGE,
      step: 0,
      phase: 'progressing',
      holder: 'octo-org/octo-repo/7000000001/1',
    });
    expect(kube.get('deployments', NS, 'web-canary')?.spec.replicas).toBe(1);
    const post = await runBundle('canary', {
      entry: 'post',
      state: main.state,
      inputs: { ...FAST, kubeconfig: kube.kubeconfig(NS), image: IMAGE, steps: '25,100' },
    });
    expect(post.exitCode).toBe(0);
    expect(post.log).toContain('rolling back: the main step did not finish (post-step cleanup)');
    expect(kube.get('deployments', NS, 'web-canary')).toBeUndefined();
    expect(kube.get('leases', NS, 'web-canary')).toBeUndefined();
    expect(stateOf(kube)).toBeUndefined();
    expect(stableSnapshot(kube).spec).toEqual(before.spec);
  }, 60_000);

  it('the post step does nothing after a finished main step', async () => {
    kube = await seededKube();
    const post = await runBundle('canary', {
      entry: 'post',
      state: { pending: '' },
      inputs: { ...FAST, kubeconfig: kube.kubeconfig(NS), image: IMAGE },
    });
    expect(post.exitCode).toBe(0);
    expect(post.log).toContain('The canary step finished; nothing to clean up.');
    expect(kube.requests).toEqual([]);
  }, 30_000);

  it('a re-run after a crash resumes the rollout at the step recorded in the cluster', async () => {
    kube = await seededKube();
    const crashed = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: kube.kubeconfig(NS),
        image: IMAGE,
        steps: '25,50,100',
        'step-duration': '60s',
      },
      signalAfter: { signal: 'SIGKILL', ms: 3000 },
    });
    expect(crashed.signal).toBe('SIGKILL');
    const left = stateOf(kube);
    expect(left?.phase).toBe('progressing');
    // the Lease of attempt 1 has not expired: attempt 2 of the same run takes it over
    expect(kube.get('leases', NS, 'web-canary')?.spec.holderIdentity).toBe('octo-org/octo-repo/7000000001/1');
    const rerun = await runBundle('canary', {
      inputs: { ...FAST, kubeconfig: kube.kubeconfig(NS), image: IMAGE, steps: '25,50,100' },
      env: { GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs.status).toBe('promoted');
    expect(rerun.log).toContain(
      `found a progressing rollout of ${IMAGE} by octo-org/octo-repo/7000000001/1: resuming at step ${(left?.step ?? 0) + 1}`,
    );
    const report = JSON.parse(rerun.outputs.report as string) as { steps: { index: number }[] };
    expect(report.steps.map((s) => s.index)).toEqual([0, 1, 2].slice(left?.step ?? 0));
    expect(kube.get('deployments', NS, 'web-canary')).toBeUndefined();
  }, 60_000);

  it('a different image replaces an unfinished canary: the leftover is rolled back and counters restart', async () => {
    kube = await seededKube();
    await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: kube.kubeconfig(NS),
        image: IMAGE,
        steps: '25,100',
        'step-duration': '60s',
      },
      signalAfter: { signal: 'SIGKILL', ms: 3000 },
    });
    const r = await runBundle('canary', {
      inputs: { ...FAST, kubeconfig: kube.kubeconfig(NS), image: 'registry.local/web:3', steps: '25,100' },
      env: { GITHUB_RUN_ID: '7000000002' },
    });
    // a different run: the crashed run's lease (60 s) blocks it until expiry
    expect(r.exitCode).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error')[0]?.message).toContain(
      'Another canary rollout of web holds the lock',
    );
    kube.mutate('leases', NS, 'web-canary', (l) => (l.spec.renewTime = '2020-01-01T00:00:00.000000Z'));
    const r2 = await runBundle('canary', {
      inputs: { ...FAST, kubeconfig: kube.kubeconfig(NS), image: 'registry.local/web:3', steps: '25,100' },
      env: { GITHUB_RUN_ID: '7000000002' },
    });
    expect(r2.outputs.status).toBe('promoted');
    const decisions = (JSON.parse(r2.outputs.report as string) as { decisions: string[] }).decisions;
    expect(decisions[0]).toBe(
      `rolling back: leftover rollout of ${IMAGE} by octo-org/octo-repo/7000000001/1 found; a new revision (registry.local/web:3) replaces the unfinished canary of ${IMAGE}.`,
    );
    expect(kube.get('deployments', NS, 'web')?.spec.template.spec.containers[0].image).toBe(
      'registry.local/web:3',
    );
  }, 60_000);
});
