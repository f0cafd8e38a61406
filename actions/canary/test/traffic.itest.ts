/**
 * Traffic is what the report says, through the bundle against the fake API server: the nginx canary Ingress
 * is claimed by the stable one's controller whichever way it names its class; gateway-api weights count
 * only once the Gateway accepted the route's new generation, on the shift and on the rollback, and the
 * canary goes only after the drain delay; the replicas router refuses a step it cannot honour.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { runBundle } from '@pipewright/testkit';
import type { FakeKube } from '@pipewright/testkit/k8s-fake/server';
import { FAST, NS, seededKube, stableSnapshot } from './helpers.ts';

let kube: FakeKube | undefined;
afterEach(async () => {
  await kube?.stop();
  kube = undefined;
});

const IMAGE = 'registry.local/web:2';
const GATEWAY = { router: 'gateway-api', service: 'web', route: 'web' };
type Route = { spec: { rules: { backendRefs: { name: string; weight?: number }[] }[] } };
const weightsOf = (body: unknown) =>
  (body as Route).spec.rules[0]?.backendRefs.map((b) => `${b.name}=${b.weight ?? '-'}`).join(' ');

describe('nginx router: the canary Ingress has the stable one’s class', () => {
  // ingress-nginx (user guide, basic usage): "Nginx is configured to automatically discover all ingress with
  // the kubernetes.io/ingress.class: "nginx" annotation or where ingressClassName: nginx is present." An
  // Ingress with neither is not served by it (unless its IngressClass is the cluster default), so the canary
  // Ingress must carry the same form the stable one uses.
  it.each([
    [
      'spec.ingressClassName',
      (o: FakeKube) => o,
      { ingressClassName: 'nginx' },
      { 'nginx.ingress.kubernetes.io/canary': 'true', 'nginx.ingress.kubernetes.io/canary-weight': '0' },
    ],
    [
      'the legacy kubernetes.io/ingress.class annotation',
      (o: FakeKube) => {
        o.mutate('ingresses', NS, 'web', (i) => {
          delete i.spec.ingressClassName;
          i.metadata.annotations = { 'kubernetes.io/ingress.class': 'nginx' };
        });
        return o;
      },
      {},
      {
        'kubernetes.io/ingress.class': 'nginx',
        'nginx.ingress.kubernetes.io/canary': 'true',
        'nginx.ingress.kubernetes.io/canary-weight': '0',
      },
    ],
  ])(
    'stable Ingress with %s',
    async (_form, prepare, classSpec, annotations) => {
      kube = prepare(await seededKube());
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
      const created = kube.requests.find((q) => q.method === 'POST' && q.path.endsWith('/ingresses'))
        ?.body as {
        metadata: { annotations: Record<string, string> };
        spec: Record<string, unknown>;
      };
      expect(created.metadata.annotations).toEqual(annotations);
      expect(Object.keys(created.spec).sort()).toEqual([...Object.keys(classSpec), 'rules'].sort());
      expect(created.spec.ingressClassName).toBe(
        (classSpec as { ingressClassName?: string }).ingressClassName,
      );
    },
    60_000,
  );
});

describe('gateway-api router: weights count once the Gateway accepted them', () => {
  // Gateway API v1 HTTPRoute status: one RouteParentStatus per parent with the Accepted and ResolvedRefs
  // conditions; a condition's observedGeneration is "the .metadata.generation that the condition was set
  // based upon" (metav1.Condition). Until both are True for the new generation the data plane may still
  // route by the old weights.
  it('the step holds only after acceptance of its generation; the rollback drains before scaling down', async () => {
    kube = await seededKube({ gateway: { acceptDelayMs: 1500 } });
    const k = kube;
    const gw = k.controller?.gateway;
    const paused = await runBundle('canary', {
      inputs: { ...FAST, ...GATEWAY, kubeconfig: k.kubeconfig(NS), image: IMAGE, steps: '25:manual,100' },
    });
    expect(paused.outputs.status).toBe('paused');
    const routePuts = () =>
      k.requests.filter((q) => q.method === 'PUT' && q.path.endsWith('/httproutes/web') && q.status === 200);
    const shift = routePuts()[0];
    expect(weightsOf(shift?.body)).toBe('web=75 web-canary=25');
    const acceptedShift = gw?.accepted.find((a) => a.at >= (shift?.at ?? Infinity));
    // The step's next write (the paused state) comes after the Gateway reported the shifted generation.
    const pauseWrite = k.requests.find(
      (q) => q.method === 'PATCH' && q.path.endsWith('/deployments/web') && q.at > (shift?.at ?? Infinity),
    );
    expect(acceptedShift).toBeDefined();
    expect(pauseWrite?.at).toBeGreaterThanOrEqual(acceptedShift?.at ?? Infinity);

    const before = stableSnapshot(k);
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        ...GATEWAY,
        kubeconfig: k.kubeconfig(NS),
        decision: 'rollback',
        'drain-delay': '2s',
      },
      env: { GITHUB_RUN_ID: '7000000020' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('rolled-back');
    const reset = routePuts()[1];
    expect(weightsOf(reset?.body)).toBe('web=100 web-canary=0');
    const acceptedReset = gw?.accepted.find((a) => a.at >= (reset?.at ?? Infinity));
    const scaleDown = k.requests.find((q) => q.method === 'PATCH' && q.path.endsWith('/web-canary/scale'));
    expect(scaleDown?.body).toEqual({ spec: { replicas: 0 } });
    // order: reset written → Gateway accepted it → drain-delay (2 s, waited by the action) → scale-down
    expect(acceptedReset).toBeDefined();
    expect((scaleDown?.at ?? 0) - (acceptedReset?.at ?? Infinity)).toBeGreaterThanOrEqual(2000);
    expect(r.log).toContain('Waiting 2.0s (drain-delay) before scaling the canary down.');
    expect(k.get('deployments', NS, 'web-canary')).toBeUndefined();
    expect(stableSnapshot(k)).toEqual(before);
  }, 60_000);

  it('a Gateway that reports ResolvedRefs=False fails the step and rolls back', async () => {
    kube = await seededKube({ gateway: { checkBackends: true } });
    const k = kube;
    // The canary Service disappears after the action created it: the Gateway cannot resolve the backendRef.
    const timer = setInterval(() => {
      if (k.get('services', NS, 'web-canary') && k.get('deployments', NS, 'web-canary'))
        k.delete('services', NS, 'web-canary');
    }, 20);
    const r = await runBundle('canary', {
      inputs: { ...FAST, ...GATEWAY, kubeconfig: k.kubeconfig(NS), image: IMAGE, steps: '25,100' },
    });
    clearInterval(timer);
    expect(r.exitCode).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(
        /^HTTPRoute "web" generation \d+: public reports ResolvedRefs=False \(BackendNotFound: Service web-canary not found\)\.\nThe Gateway did not take the new weights; traffic is not where the step says\.$/,
      ),
    ]);
    expect(k.get('deployments', NS, 'web')?.spec.template.spec.containers[0].image).toBe(
      'registry.local/web:1',
    );
    // the canary was rolled back before the error was reported
    expect(k.get('deployments', NS, 'web-canary')).toBeUndefined();
    expect(k.get('httproutes', NS, 'web')?.spec.rules[0].backendRefs).toEqual([{ name: 'web', port: 80 }]);
  }, 60_000);
});

describe('replicas router: a step it cannot honour fails instead of carrying on', () => {
  it('one stable replica: a 10 % step would be 50 % — refused before a canary exists', async () => {
    kube = await seededKube({ replicas: 1 });
    const r = await runBundle('canary', {
      inputs: { ...FAST, kubeconfig: kube.kubeconfig(NS), image: IMAGE, steps: '10,50,100' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'With the replicas router and 1 stable replica, 10 % would be 50 % (1 canary pod beside 1 stable): more than weight-tolerance 10 points above the requested share. No step was started.\nUse fewer, larger steps (e.g. 50,100), more stable replicas, a real router (gateway-api or nginx), or raise weight-tolerance.',
    ]);
    expect(kube.requests.filter((q) => q.method !== 'GET').map((q) => `${q.method} ${q.path}`)).toEqual([
      `POST /apis/coordination.k8s.io/v1/namespaces/${NS}/leases`,
      `DELETE /apis/coordination.k8s.io/v1/namespaces/${NS}/leases/web-canary`,
    ]);
  }, 60_000);
});

describe('a stable Deployment scaled by a HorizontalPodAutoscaler', () => {
  // autoscaling/v2 HorizontalPodAutoscaler: spec.scaleTargetRef names the Deployment, the HPA writes its
  // replicas through /scale between minReplicas and maxReplicas, and status.currentReplicas is "the current
  // number of replicas of pods managed by this autoscaler, as last seen by the autoscaler".
  it('the canary is sized from the HPA’s current replicas at each step; the HPA and stable replicas are left to it', async () => {
    kube = await seededKube();
    const k = kube;
    await k.create({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'web', namespace: NS },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
        minReplicas: 2,
        maxReplicas: 10,
        metrics: [
          {
            type: 'Resource',
            resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
          },
        ],
      },
    });
    k.setStatus('horizontalpodautoscalers', NS, 'web', { currentReplicas: 4, desiredReplicas: 4 });
    // During step 1 the HPA scales the stable Deployment up to 8 (its /scale write and its status).
    const timer = setInterval(() => {
      if (k.get('deployments', NS, 'web-canary')?.status?.availableReplicas) {
        clearInterval(timer);
        k.mutate('deployments', NS, 'web', (d) => (d.spec.replicas = 8));
        k.setStatus('horizontalpodautoscalers', NS, 'web', { currentReplicas: 8, desiredReplicas: 8 });
      }
    }, 20);
    const r = await runBundle('canary', {
      inputs: { ...FAST, kubeconfig: k.kubeconfig(NS), image: IMAGE, steps: '25,50', 'step-duration': '2s' },
    });
    clearInterval(timer);
    expect(r.outputs.status).toBe('promoted');
    const report = JSON.parse(r.outputs.report as string) as {
      steps: { weight: number; effective: number; canaryReplicas: number }[];
      decisions: string[];
    };
    // replicas router: canary = ceil(stable × weight / 100), share = canary / (stable + canary)
    expect(report.steps.map((s) => [s.weight, s.canaryReplicas, s.effective])).toEqual([
      [25, 1, 20],
      [50, 4, 33.3],
    ]);
    expect(report.decisions[0]).toBe(
      'web is scaled by HorizontalPodAutoscaler web (min 2, max 10, now 4): the canary is sized from its current replicas; the HPA and the stable replicas are left to it.',
    );
    expect(k.get('deployments', NS, 'web')?.spec.replicas).toBe(8);
    expect(
      k.requests.filter(
        (q) =>
          q.method !== 'GET' &&
          (q.path.includes('horizontalpodautoscalers') || q.path.endsWith('/web/scale')),
      ),
    ).toEqual([]);
  }, 60_000);

  it('the HPA scales the stable Deployment down mid-rollout: a step that would overshoot rolls back', async () => {
    kube = await seededKube();
    const k = kube;
    await k.create({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'web', namespace: NS },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
        minReplicas: 1,
        maxReplicas: 10,
      },
    });
    k.setStatus('horizontalpodautoscalers', NS, 'web', { currentReplicas: 4, desiredReplicas: 4 });
    const timer = setInterval(() => {
      if (k.get('deployments', NS, 'web-canary')?.status?.availableReplicas) {
        clearInterval(timer);
        k.mutate('deployments', NS, 'web', (d) => (d.spec.replicas = 1));
        k.setStatus('horizontalpodautoscalers', NS, 'web', { currentReplicas: 1, desiredReplicas: 1 });
      }
    }, 20);
    const r = await runBundle('canary', {
      inputs: {
        ...FAST,
        kubeconfig: k.kubeconfig(NS),
        image: IMAGE,
        steps: '20,25,100',
        'step-duration': '2s',
      },
    });
    clearInterval(timer);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('rolled-back');
    // 1 canary pod beside 1 stable pod is 50 % (replicas router: canary / (stable + canary))
    expect(r.outputs.reason).toBe(
      'step 2 (25 %) would be 50 % with 1 stable replica, more than weight-tolerance 10 points above the request',
    );
    expect(k.get('deployments', NS, 'web-canary')).toBeUndefined();
  }, 60_000);
});
