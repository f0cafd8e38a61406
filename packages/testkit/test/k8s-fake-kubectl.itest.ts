/**
 * Conformance of the fake API server, with the real kubectl (1.3x, scripts/provision.sh) as the client and the
 * Kubernetes API server's documented behaviour as the expected answer. Each case cites where its expectation
 * comes from: the API server source (kubernetes/kubernetes, path given) or the Kubernetes API docs.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { startFakeKube, type FakeKube } from '@pipewright/testkit/k8s-fake/server';
import { kubectlFor, type Kubectl } from '@pipewright/testkit/services/kubectl';

let kube: FakeKube | undefined;
afterEach(async () => {
  await kube?.stop();
  kube = undefined;
});

async function start(opts: Parameters<typeof startFakeKube>[0] = {}): Promise<[FakeKube, Kubectl]> {
  kube = await startFakeKube({ readyDelayMs: 100, ...opts });
  return [kube, kubectlFor(kube.kubeconfig('default'))];
}

const deploymentYaml = (image: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
${extra}spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: app
        image: ${image}
`;

async function ok(kc: Kubectl, args: string[], stdin?: string): Promise<string> {
  const r = await kc(args, stdin);
  if (r.code !== 0) throw new Error(`kubectl ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}
const jsonpath = (kc: Kubectl, what: string, path: string) => ok(kc, ['get', what, '-o', `jsonpath=${path}`]);

async function waitFor(check: () => Promise<boolean> | boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('(a) metadata.generation as the apps/v1 Deployment strategy sets it', () => {
  // kubernetes pkg/registry/apps/deployment/strategy.go, deploymentStrategy.PrepareForUpdate: "Spec updates
  // bump the generation …, annotation updates bump the generation because annotations are copied from
  // deployments to their replica sets" — !DeepEqual(Spec) || !DeepEqual(Annotations) ⇒ Generation+1.
  // PrepareForCreate sets Generation = 1.
  it('create → 1; the controller recording its revision (UpdateStatus) does not bump it', async () => {
    const [k, kc] = await start();
    expect(await ok(kc, ['create', '-f', '-'], deploymentYaml('registry.local/web:1'))).toBe(
      'deployment.apps/web created\n',
    );
    // pkg/controller/deployment/sync.go getNewReplicaSet: SetDeploymentRevision then UpdateStatus — the
    // status strategy never bumps generation.
    await waitFor(
      () => k.get('deployments', 'default', 'web')?.status?.observedGeneration === 1,
      'observedGeneration 1',
    );
    expect(
      await jsonpath(
        kc,
        'deployment/web',
        '{.metadata.generation} {.metadata.annotations.deployment\\.kubernetes\\.io/revision}',
      ),
    ).toBe('1 1');
  });

  it('kubectl annotate bumps it, kubectl label does not, kubectl scale (spec.replicas) does', async () => {
    const [, kc] = await start();
    await ok(kc, ['create', '-f', '-'], deploymentYaml('registry.local/web:1'));
    const gen = () => jsonpath(kc, 'deployment/web', '{.metadata.generation}');
    expect(await ok(kc, ['annotate', 'deployment/web', 'example.com/note=first'])).toBe(
      'deployment.apps/web annotated\n',
    );
    expect(await gen()).toBe('2');
    expect(await ok(kc, ['label', 'deployment/web', 'tier=frontend'])).toBe('deployment.apps/web labeled\n');
    expect(await gen()).toBe('2');
    await ok(kc, ['annotate', '--overwrite', 'deployment/web', 'example.com/note=second']);
    expect(await gen()).toBe('3');
    await ok(kc, ['annotate', 'deployment/web', 'example.com/note-']);
    expect(await gen()).toBe('4');
    expect(await ok(kc, ['scale', 'deployment/web', '--replicas=3'])).toBe('deployment.apps/web scaled\n');
    expect(await gen()).toBe('5');
    await ok(kc, ['set', 'image', 'deployment/web', 'app=registry.local/web:2']);
    expect(await gen()).toBe('6');
  });

  it('a ReplicaSet bumps only for spec (pkg/registry/apps/replicaset/strategy.go PrepareForUpdate)', async () => {
    const [k, kc] = await start();
    await ok(kc, ['create', '-f', '-'], deploymentYaml('registry.local/web:1'));
    await waitFor(() => k.list('replicasets', 'default').length === 1, 'a ReplicaSet');
    const rs = `replicaset/${k.list('replicasets', 'default')[0]?.metadata.name as string}`;
    const before = await jsonpath(kc, rs, '{.metadata.generation}');
    await ok(kc, ['annotate', rs, 'example.com/note=x']);
    expect(await jsonpath(kc, rs, '{.metadata.generation}')).toBe(before);
  });
});

describe('(b) kubectl apply (client-side)', () => {
  // kubectl apply: GET the object; absent → POST it with the kubectl.kubernetes.io/last-applied-configuration
  // annotation; present → a three-way strategic merge patch (original = last-applied, modified = file,
  // current = live) — https://kubernetes.io/docs/tasks/manage-kubernetes-objects/declarative-config/
  // Validation is left to the server when its OpenAPI v3 PATCH operation lists fieldValidation
  // (cli-runtime resource/query_param_verifier_v3.go): kubectl then sends fieldValidation=Strict.
  it('creates, then configures with a changed image; reads /openapi/v3; last-applied follows the file', async () => {
    const [k, kc] = await start();
    expect(await ok(kc, ['apply', '-f', '-'], deploymentYaml('registry.local/web:1'))).toBe(
      'deployment.apps/web created\n',
    );
    const post = k.requests.find((r) => r.method === 'POST');
    expect(post?.query).toEqual({ fieldManager: 'kubectl-client-side-apply', fieldValidation: 'Strict' });
    expect(k.requests.some((r) => r.path === '/openapi/v3' && r.status === 200)).toBe(true);
    expect(await ok(kc, ['apply', '-f', '-'], deploymentYaml('registry.local/web:2'))).toBe(
      'deployment.apps/web configured\n',
    );
    const patch = k.requests.find((r) => r.method === 'PATCH');
    expect(patch?.contentType).toBe('application/strategic-merge-patch+json');
    const live = k.get('deployments', 'default', 'web');
    expect(live?.spec.template.spec.containers).toEqual([
      expect.objectContaining({ name: 'app', image: 'registry.local/web:2' }),
    ]);
    const lastApplied = JSON.parse(
      live?.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration'] as string,
    );
    expect(lastApplied.spec.template.spec.containers).toEqual([
      { name: 'app', image: 'registry.local/web:2' },
    ]);
    // the same file again: nothing to change, kubectl says so and sends no PATCH
    const patches = k.requests.filter((r) => r.method === 'PATCH').length;
    expect(await ok(kc, ['apply', '-f', '-'], deploymentYaml('registry.local/web:2'))).toBe(
      'deployment.apps/web unchanged\n',
    );
    expect(k.requests.filter((r) => r.method === 'PATCH').length).toBe(patches);
  });

  it('a field removed from the file is removed from the object; one set by another writer stays', async () => {
    const [k, kc] = await start();
    await ok(
      kc,
      ['apply', '-f', '-'],
      deploymentYaml('registry.local/web:1', '  annotations:\n    example.com/owner: team-a\n'),
    );
    await ok(kc, ['annotate', 'deployment/web', 'example.com/other=kept']);
    await ok(kc, ['apply', '-f', '-'], deploymentYaml('registry.local/web:1'));
    const ann = k.get('deployments', 'default', 'web')?.metadata.annotations ?? {};
    expect(ann['example.com/owner']).toBeUndefined();
    expect(ann['example.com/other']).toBe('kept');
  });
});
