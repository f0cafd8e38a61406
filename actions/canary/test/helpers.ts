/** Shared setup of the canary integration tests: a fake API server seeded with a stable app. */
import { startFakeKube, type FakeKube, type FakeKubeOptions } from '@pipewright/testkit/k8s-fake/server';
import { deployment, service, httpRoute, ingress } from '@pipewright/testkit/k8s-fake/fixtures';

export const NS = 'shop';

export async function seededKube(o: FakeKubeOptions & { replicas?: number } = {}): Promise<FakeKube> {
  const kube = await startFakeKube({ readyDelayMs: 300, crashDelayMs: 400, ...o });
  await kube.create(deployment('web', { namespace: NS, replicas: o.replicas ?? 4 }));
  await kube.create(service('web', NS));
  await kube.create(httpRoute('web', 'web', NS));
  await kube.create(ingress('web', 'web', NS));
  await waitUntil(() => kube.get('deployments', NS, 'web')?.status?.availableReplicas === (o.replicas ?? 4));
  return kube;
}

export async function waitUntil(fn: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!fn()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The stable Deployment's spec and labels: must never change except by a promotion. Not its
 * metadata.generation: the apps/v1 Deployment strategy bumps it for annotation changes too (our state
 * annotation), so "untouched" is about the spec.
 */
export function stableSnapshot(kube: FakeKube) {
  const d = kube.get('deployments', NS, 'web');
  return { spec: d?.spec, labels: d?.metadata.labels };
}

export const FAST = {
  namespace: NS,
  deployment: 'web',
  'step-duration': '2s',
  'analysis-interval': '1s',
  'analysis-window': '5s',
  'poll-interval': '200ms',
  'ready-timeout': '20s',
  'drain-delay': '0s',
  comment: 'false',
};

/** The image the scenario tests roll out (the seeded stable Deployment runs registry.local/web:1). */
export const IMAGE = 'registry.local/web:2';

/** The rollout state the action keeps in an annotation on the stable Deployment, parsed; undefined if none. */
export const stateOf = (k: FakeKube) => {
  const raw = k.get('deployments', NS, 'web')?.metadata.annotations?.['pipewright.dev/canary'];
  return raw
    ? (JSON.parse(raw) as { step: number; phase: string; holder: string; image: string })
    : undefined;
};
