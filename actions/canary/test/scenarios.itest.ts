/**
 * Rollout scenarios through the bundle against the fake API server (no metric analysis here; see
 * rollout.itest.ts for Prometheus): crash-loop, cancellation, API faults, the gateway-api and nginx routers,
 * a failed promotion and an API refusal. Concurrency, the post step and resume are in
 * scenarios-lock-resume.itest.ts; a manual pause, decisions and the PR comment in scenarios-decisions.itest.ts.
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

const canaryWrites = (k: FakeKube) =>
  k.requests
    .filter((q) => q.method !== 'GET' && q.path.includes('web-canary'))
    .map((q) => `${q.method} ${q.path.replace(`/namespaces/${NS}`, '')}`);

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
