/**
 * Rollout scenarios through the bundle against the fake API server (no metric analysis here; see
 * rollout.itest.ts for Prometheus): crash-loop, cancellation, concurrency, crash + post step, resume,
 * API faults, the gateway-api and nginx routers, and a manual pause continued by a decision.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { runBundle } from '@pipewright/testkit';
import type { FakeKube } from '@pipewright/testkit/k8s-fake/server';
import { startFakeGitHub } from '@pipewright/testkit/github-fake/server';
import { FAST, NS, seededKube, stableSnapshot } from './helpers.ts';
import { shownLines } from '@pipewright/testkit/render-like-github';

let kube: FakeKube | undefined;
afterEach(async () => {
  await kube?.stop();
  kube = undefined;
});

const IMAGE = 'registry.local/web:2';
const canaryWrites = (k: FakeKube) =>
  k.requests
    .filter((q) => q.method !== 'GET' && q.path.includes('web-canary'))
    .map((q) => `${q.method} ${q.path.replace(`/namespaces/${NS}`, '')}`);
const stateOf = (k: FakeKube) => {
  const raw = k.get('deployments', NS, 'web')?.metadata.annotations?.['pipewright.dev/canary'];
  return raw
    ? (JSON.parse(raw) as { step: number; phase: string; holder: string; image: string })
    : undefined;
};

describe('canary scenarios', () => {
  it('a crash-looping canary is rolled back within seconds, not after the progress deadline', async () => {
    kube = await seededKube();
    const before = stableSnapshot(kube);
    const r = await runBundle('canary', {
      inputs: { ...FAST, kubeconfig: kube.kubeconfig(NS), image: 'registry.local/web:bad', steps: '25,100' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('rolled-back');
    expect(r.outputs.reason).toMatch(
      /^canary is failing: pod web-canary-[a-z0-9]+-[a-z0-9]{5} container app is CrashLoopBackOff$/,
    );
    expect(stableSnapshot(kube)).toEqual(before);
    expect(canaryWrites(kube)).toEqual([
      'PATCH /apis/apps/v1/deployments/web-canary/scale',
      'DELETE /apis/apps/v1/deployments/web-canary',
      'DELETE /apis/coordination.k8s.io/v1/leases/web-canary',
    ]);
    expect(
      kube.requests.find((q) => q.method === 'POST' && q.path.endsWith('/deployments'))?.body,
    ).toMatchObject({
      metadata: { name: 'web-canary', labels: { app: 'web', 'pipewright.dev/track': 'canary' } },
      spec: { replicas: 1, selector: { matchLabels: { app: 'web', 'pipewright.dev/track': 'canary' } } },
    });
    expect(stateOf(kube)).toBeUndefined();
    const report = JSON.parse(r.outputs.report as string) as {
      decisions: string[];
      steps: { result: string }[];
    };
    expect(report.steps.map((s) => s.result)).toEqual(['failed']);
    const decisions = report.decisions;
    expect(decisions[0]).toMatch(
      /^event of pod web-canary-[a-z0-9]+-[a-z0-9]{5}: BackOff: Back-off restarting failed container app in pod web-canary-[a-z0-9]+-[a-z0-9]{5}$/,
    );
  }, 60_000);

  it('cancellation mid-step (SIGINT): traffic reset first, canary removed, before the runner kills the step', async () => {
    kube = await seededKube();
    const before = stableSnapshot(kube);
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: kube.kubeconfig(NS),
        image: IMAGE,
        steps: '25,100',
        'step-duration': '60s',
      },
      signalAfter: { signal: 'SIGINT', ms: 3000 },
    });
    expect(r.signal).toBeNull();
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('rolled-back');
    expect(r.outputs.reason).toBe('the run was cancelled');
    expect(r.state.pending).toBe('');
    expect(canaryWrites(kube).slice(-3)).toEqual([
      'PATCH /apis/apps/v1/deployments/web-canary/scale',
      'DELETE /apis/apps/v1/deployments/web-canary',
      'DELETE /apis/coordination.k8s.io/v1/leases/web-canary',
    ]);
    expect(kube.requests.filter((q) => q.path.endsWith('/web-canary/scale')).map((q) => q.body)).toEqual([
      { spec: { replicas: 0 } },
    ]);
    expect(kube.get('deployments', NS, 'web-canary')).toBeUndefined();
    expect(stateOf(kube)).toBeUndefined();
    expect(stableSnapshot(kube)).toEqual(before);
    const report = JSON.parse(r.outputs.report as string) as { steps: { result: string }[] };
    expect(report.steps.map((s) => s.result)).toEqual(['cancelled']);
  }, 60_000);

  it('cancellation with the gateway-api router: the first write after SIGINT puts the route back on stable', async () => {
    kube = await seededKube();
    const k = kube;
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: k.kubeconfig(NS),
        image: IMAGE,
        steps: '25,100',
        'step-duration': '60s',
        router: 'gateway-api',
        service: 'web',
        route: 'web',
      },
      signalAfter: { signal: 'SIGINT', ms: 3500 },
    });
    expect(r.outputs.reason).toBe('the run was cancelled');
    const shifted = k.requests.findIndex(
      (q) =>
        q.method === 'PUT' &&
        q.path.endsWith('/httproutes/web') &&
        JSON.stringify(q.body).includes('"weight":25'),
    );
    expect(shifted).toBeGreaterThan(-1);
    const after = k.requests.slice(shifted + 1).filter((q) => q.method !== 'GET');
    expect(after.map((q) => `${q.method} ${q.path.replace(`/namespaces/${NS}`, '')}`)).toEqual([
      'PUT /apis/gateway.networking.k8s.io/v1/httproutes/web',
      'PATCH /apis/apps/v1/deployments/web-canary/scale',
      'DELETE /apis/apps/v1/deployments/web-canary',
      'PUT /apis/gateway.networking.k8s.io/v1/httproutes/web',
      'DELETE /api/v1/services/web-canary',
      'DELETE /api/v1/services/web-baseline',
      'PATCH /apis/apps/v1/deployments/web',
      'DELETE /apis/coordination.k8s.io/v1/leases/web-canary',
    ]);
    const reset = after[0]?.body as {
      spec: { rules: { backendRefs: { name: string; weight?: number }[] }[] };
    };
    expect(reset.spec.rules[0]?.backendRefs.map((b) => `${b.name}=${b.weight}`)).toEqual([
      'web=100',
      'web-canary=0',
    ]);
    expect(k.get('httproutes', NS, 'web')?.spec.rules[0].backendRefs).toEqual([{ name: 'web', port: 80 }]);
  }, 60_000);

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

  it('API faults: 5xx and 429 are retried; a 409 on the HTTPRoute is resolved by reading again (gateway-api router)', async () => {
    kube = await seededKube();
    kube.inject({ method: 'GET', path: /\/deployments\/web$/, status: 503, times: 2 });
    kube.inject({ method: 'PATCH', path: /\/web-canary\/scale$/, status: 500 });
    kube.inject({ method: 'POST', path: /\/leases$/, status: 429 });
    kube.inject({ method: 'PUT', path: /\/httproutes\/web$/, status: 409, times: 2 });
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: kube.kubeconfig(NS),
        image: IMAGE,
        steps: '20,60',
        router: 'gateway-api',
        service: 'web',
        route: 'web',
      },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('promoted');
    expect(r.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    expect(r.log).toContain(
      `Kubernetes API: GET /apis/apps/v1/namespaces/${NS}/deployments/web failed (503 InternalError: injected fault 503 (GET /apis/apps/v1/namespaces/${NS}/deployments/web)); retry 2`,
    );
    expect(r.log).toContain(
      `Kubernetes API: POST /apis/coordination.k8s.io/v1/namespaces/${NS}/leases failed (429 Injected`,
    );
    const weights = kube.requests
      .filter((q) => q.method === 'PUT' && q.path.endsWith('/httproutes/web') && q.status === 200)
      .map((q) =>
        (
          q.body as { spec: { rules: { backendRefs: { name: string; weight?: number }[] }[] } }
        ).spec.rules[0]?.backendRefs
          .map((b) => `${b.name}=${b.weight ?? '-'}`)
          .join(' '),
      );
    expect(weights).toEqual([
      'web=80 web-canary=20',
      'web=40 web-canary=60',
      'web=100 web-canary=0',
      'web=-',
    ]);
    expect(
      kube.requests
        .filter((q) => q.method === 'PUT' && q.path.endsWith('/httproutes/web'))
        .map((q) => q.status),
    ).toEqual([409, 409, 200, 200, 200, 200]);
    expect(kube.get('httproutes', NS, 'web')?.spec.rules[0].backendRefs).toEqual([{ name: 'web', port: 80 }]);
    expect(kube.get('services', NS, 'web-canary')).toBeUndefined();
    const canarySvc = kube.requests.find((q) => q.method === 'POST' && q.path.endsWith('/services'))?.body;
    expect(canarySvc).toMatchObject({
      metadata: { name: 'web-canary' },
      spec: {
        selector: { app: 'web', 'pipewright.dev/track': 'canary' },
        ports: [{ name: 'http', port: 80, targetPort: 8080 }],
      },
    });
    expect(
      kube.requests.filter(
        (q) => q.contentType === 'application/strategic-merge-patch+json' && q.path.includes('httproutes'),
      ),
    ).toEqual([]);
  }, 60_000);

  it('nginx router: a canary Ingress whose weight annotation follows the steps, removed after promotion', async () => {
    kube = await seededKube();
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: kube.kubeconfig(NS),
        image: IMAGE,
        steps: '30,100',
        router: 'nginx',
        service: 'web',
        ingress: 'web',
      },
    });
    expect(r.outputs.status).toBe('promoted');
    const created = kube.requests.find((q) => q.method === 'POST' && q.path.endsWith('/ingresses'))?.body as {
      metadata: { annotations: Record<string, string> };
      spec: unknown;
    };
    expect(created.metadata.annotations).toEqual({
      'nginx.ingress.kubernetes.io/canary': 'true',
      'nginx.ingress.kubernetes.io/canary-weight': '0',
    });
    expect(created.spec).toEqual({
      ingressClassName: 'nginx',
      rules: [
        {
          host: 'web.example.com',
          http: {
            paths: [
              {
                path: '/',
                pathType: 'Prefix',
                backend: { service: { name: 'web-canary', port: { number: 80 } } },
              },
            ],
          },
        },
      ],
    });
    const weights = kube.requests
      .filter((q) => q.method === 'PATCH' && q.path.endsWith('/ingresses/web-canary'))
      .map(
        (q) =>
          (q.body as { metadata: { annotations: Record<string, string> } }).metadata.annotations[
            'nginx.ingress.kubernetes.io/canary-weight'
          ],
      );
    expect(weights).toEqual(['30', '100', '0']);
    expect(kube.get('ingresses', NS, 'web-canary')).toBeUndefined();
    expect(kube.get('ingresses', NS, 'web')?.metadata.annotations).toBeUndefined();
  }, 60_000);

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

  it('a promotion whose stable pods fail is undone: the stable image is set back and the canary rolled back', async () => {
    kube = await seededKube({ badImage: (image, pod) => image === IMAGE && !pod.startsWith('web-canary-') });
    const r = await runBundle('canary', {
      inputs: { ...FAST, kubeconfig: kube.kubeconfig(NS), image: IMAGE, steps: '50' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('rolled-back');
    expect(r.outputs.reason).toMatch(
      /^promotion failed: pod web-[a-z0-9]+-[a-z0-9]{5} container app is CrashLoopBackOff.*; web was set back to registry\.local\/web:1$/,
    );
    const images = kube.requests
      .filter(
        (q) =>
          q.method === 'PATCH' &&
          q.path.endsWith('/deployments/web') &&
          q.contentType === 'application/strategic-merge-patch+json',
      )
      .map(
        (q) =>
          (q.body as { spec: { template: { spec: { containers: { image: string }[] } } } }).spec.template.spec
            .containers[0]?.image,
      );
    expect(images).toEqual([IMAGE, 'registry.local/web:1']);
    expect(kube.get('deployments', NS, 'web')?.spec.template.spec.containers[0].image).toBe(
      'registry.local/web:1',
    );
    expect(kube.get('deployments', NS, 'web-canary')).toBeUndefined();
  }, 60_000);

  it('an API refusal (admission webhook 422) rolls back and fails with a user error, not a bug report', async () => {
    kube = await seededKube();
    kube.inject({
      method: 'PATCH',
      path: /\/deployments\/web$/,
      status: 422,
      times: 1,
      message: 'admission webhook "policy.example.com" denied the request',
    });
    const r = await runBundle('canary', {
      inputs: { ...FAST, kubeconfig: kube.kubeconfig(NS), image: IMAGE, steps: '50' },
    });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors.map((e) => e.message)).toEqual([
      `The Kubernetes API refused a change: 422 Injected: admission webhook "policy.example.com" denied the request (PATCH /apis/apps/v1/namespaces/${NS}/deployments/web)\nAn admission webhook, quota or policy may have denied it; the canary was rolled back first.`,
    ]);
    expect(kube.get('deployments', NS, 'web-canary')).toBeUndefined();
  }, 60_000);
});
