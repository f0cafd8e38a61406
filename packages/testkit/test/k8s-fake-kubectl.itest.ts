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

type Entry = { manager: string; operation: string; fieldsV1: Record<string, Record<string, unknown>> };
const entries = (k: FakeKube) =>
  (k.get('deployments', 'default', 'web')?.metadata.managedFields ?? []) as Entry[];
const appContainerFields = (e: Entry | undefined): string[] => {
  let node: unknown = e?.fieldsV1;
  for (const k of ['f:spec', 'f:template', 'f:spec', 'f:containers', 'k:{"name":"app"}'])
    node = (node as Record<string, unknown> | undefined)?.[k];
  return Object.keys((node ?? {}) as Record<string, unknown>).sort();
};

describe('(c) server-side apply', () => {
  // https://kubernetes.io/docs/reference/using-api/server-side-apply/ — field management, conflicts
  // ("If overwriting the value was intentional … --force-conflicts … removes the field from all other
  // managers' entries in managedFields"), and the conflict message of apimachinery
  // util/managedfields/internal/conflict.go (getConflictMessage, printManager: an Apply manager prints as
  // "name", an Update manager as "name" using <apiVersion>; the path as fieldpath prints it).
  it('creates with application/apply-patch+yaml and records the manager kubectl as Apply', async () => {
    const [k, kc] = await start();
    expect(await ok(kc, ['apply', '--server-side', '-f', '-'], deploymentYaml('registry.local/web:1'))).toBe(
      'deployment.apps/web serverside-applied\n',
    );
    const req = k.requests.find((r) => r.method === 'PATCH');
    expect(req?.contentType).toBe('application/apply-patch+yaml');
    expect(req?.query).toMatchObject({ fieldManager: 'kubectl', force: 'false' });
    expect(req?.status).toBe(201);
    expect(entries(k).map((e) => [e.manager, e.operation])).toEqual([['kubectl', 'Apply']]);
    expect(appContainerFields(entries(k)[0])).toEqual(['.', 'f:image', 'f:name']);
  });

  it('a second manager changing an owned field gets 409; --force-conflicts takes only that field over', async () => {
    const [k, kc] = await start();
    await ok(kc, ['apply', '--server-side', '-f', '-'], deploymentYaml('registry.local/web:1'));
    const refused = await kc(
      ['apply', '--server-side', '--field-manager=ci', '-f', '-'],
      deploymentYaml('registry.local/web:2'),
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr.split('\n')[0]).toBe(
      'error: Apply failed with 1 conflict: conflict with "kubectl": .spec.template.spec.containers[name="app"].image',
    );
    expect(k.requests.filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([201, 409]);
    expect(k.get('deployments', 'default', 'web')?.spec.template.spec.containers[0].image).toBe(
      'registry.local/web:1',
    );
    expect(
      await ok(
        kc,
        ['apply', '--server-side', '--field-manager=ci', '--force-conflicts', '-f', '-'],
        deploymentYaml('registry.local/web:2'),
      ),
    ).toBe('deployment.apps/web serverside-applied\n');
    expect(k.get('deployments', 'default', 'web')?.spec.template.spec.containers[0].image).toBe(
      'registry.local/web:2',
    );
    const byManager = new Map(entries(k).map((e) => [e.manager, e]));
    expect(appContainerFields(byManager.get('ci'))).toEqual(['.', 'f:image', 'f:name']);
    // kubectl keeps the fields it applied with the same value (shared), loses the image
    expect(appContainerFields(byManager.get('kubectl'))).toEqual(['.', 'f:name']);
  });

  it('an update (kubectl patch) takes the field it changed; the next apply conflicts with it as an Update manager', async () => {
    const [, kc] = await start();
    await ok(kc, ['apply', '--server-side', '-f', '-'], deploymentYaml('registry.local/web:1'));
    await ok(kc, ['patch', 'deployment/web', '-p', '{"spec":{"replicas":5}}']);
    const r = await kc(['apply', '--server-side', '-f', '-'], deploymentYaml('registry.local/web:1'));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      'error: Apply failed with 1 conflict: conflict with "kubectl-patch" using apps/v1: .spec.replicas',
    );
  });

  it('a field dropped from the configuration is removed when no other manager owns it', async () => {
    const [k, kc] = await start();
    await ok(
      kc,
      ['apply', '--server-side', '-f', '-'],
      deploymentYaml('registry.local/web:1', '  annotations:\n    example.com/owner: team-a\n'),
    );
    await ok(kc, ['apply', '--server-side', '-f', '-'], deploymentYaml('registry.local/web:1'));
    expect(
      k.get('deployments', 'default', 'web')?.metadata.annotations?.['example.com/owner'],
    ).toBeUndefined();
  });
});

describe('(d) --dry-run=server changes nothing', () => {
  // API concepts, "Dry-run" (https://kubernetes.io/docs/reference/using-api/api-concepts/#dry-run): the
  // request is processed as usual but not persisted; dryRun=All is the only valid value.
  it('apply, create, scale and delete with --dry-run=server leave the stored objects as they were', async () => {
    const [k, kc] = await start({ controller: false });
    await ok(kc, ['create', '-f', '-'], deploymentYaml('registry.local/web:1'));
    const before = k.get('deployments', 'default', 'web');
    expect(
      await ok(kc, ['apply', '--dry-run=server', '-f', '-'], deploymentYaml('registry.local/web:2')),
    ).toBe('deployment.apps/web configured (server dry run)\n');
    expect(
      await ok(
        kc,
        ['apply', '--server-side', '--force-conflicts', '--dry-run=server', '-f', '-'],
        deploymentYaml('registry.local/web:2'),
      ),
    ).toBe('deployment.apps/web serverside-applied (server dry run)\n');
    expect(await ok(kc, ['scale', 'deployment/web', '--replicas=7', '--dry-run=server'])).toBe(
      'deployment.apps/web scaled (server dry run)\n',
    );
    expect(await ok(kc, ['delete', 'deployment/web', '--dry-run=server'])).toBe(
      'deployment.apps "web" deleted from default namespace (server dry run)\n',
    );
    expect(k.get('deployments', 'default', 'web')).toEqual(before);
    expect(
      await ok(
        kc,
        ['create', '--dry-run=server', '-f', '-'],
        deploymentYaml('registry.local/web:1').replace('name: web\n', 'name: other\n'),
      ),
    ).toBe('deployment.apps/other created (server dry run)\n');
    expect(k.get('deployments', 'default', 'other')).toBeUndefined();
  });
});

describe('(e) strategic merge patch: list merge order', () => {
  // The oracle is kubectl itself: `kubectl patch --local` applies the same strategic merge patch with
  // apimachinery's strategicpatch (mergeSlice → normalizeElementOrder) on the client; the server must give the
  // same object. A container the live list lacks comes first; server-only items keep their live order.
  const twoContainers = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  finalizers: [example.com/a]
spec:
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: app
        image: registry.local/web:1
        env: [{name: A, value: "1"}, {name: B, value: "2"}]
      - name: proxy
        image: registry.local/proxy:1
`;
  const patches: [string, string][] = [
    ['adds a container', '{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","image":"s:1"}]}}}}'],
    [
      'changes one container, adds another',
      '{"spec":{"template":{"spec":{"containers":[{"name":"proxy","image":"registry.local/proxy:2"},{"name":"debug","image":"d:1"}]}}}}',
    ],
    [
      'merges env by name inside a container',
      '{"spec":{"template":{"spec":{"containers":[{"name":"app","env":[{"name":"C","value":"3"},{"name":"A","value":"9"}]}]}}}}',
    ],
    [
      'deletes with $patch: delete',
      '{"spec":{"template":{"spec":{"containers":[{"name":"app","$patch":"delete"}]}}}}',
    ],
    [
      'reorders with $setElementOrder',
      '{"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"proxy"},{"name":"app"}]}}}}',
    ],
    ['merges finalizers as a set', '{"metadata":{"finalizers":["example.com/b","example.com/a"]}}'],
  ];
  it.each(patches)('%s', async (_name, patch) => {
    const [k, kc] = await start({ controller: false });
    await ok(kc, ['create', '-f', '-'], twoContainers);
    const local = JSON.parse(
      await ok(
        kc,
        ['patch', '--local', '-f', '-', '--type=strategic', '-p', patch, '-o', 'json'],
        twoContainers,
      ),
    );
    expect(await ok(kc, ['patch', 'deployment/web', '--type=strategic', '-p', patch])).toBe(
      'deployment.apps/web patched\n',
    );
    const live = k.get('deployments', 'default', 'web');
    expect(live?.spec.template.spec.containers).toEqual(local.spec.template.spec.containers);
    expect(live?.metadata.finalizers).toEqual(local.metadata.finalizers);
  });
});
