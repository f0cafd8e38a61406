/**
 * Conformance of the fake API server, with the real kubectl (1.3x, scripts/provision.sh) as the client and the
 * Kubernetes API server's documented behaviour as the expected answer. Each case cites where its expectation
 * comes from: the API server source (kubernetes/kubernetes, path given) or the Kubernetes API docs.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { startFakeKube, type FakeKube } from '@pipewright/testkit/k8s-fake/server';
import { KUBECTL, kubectlFor, type Kubectl } from '@pipewright/testkit/services/kubectl';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

jest.setTimeout(30_000);
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

describe('(d) kubectl diff (a server-side dry-run of the apply)', () => {
  // kubectl diff (https://kubernetes.io/docs/reference/kubectl/generated/kubectl_diff/): exit status 0 for no
  // differences, 1 for differences; the merged side comes from a dryRun=All PATCH, so nothing changes.
  it('shows the image change, exits 1, and leaves the object as it was; the same file exits 0', async () => {
    const [k, kc] = await start({ controller: false });
    await ok(kc, ['apply', '-f', '-'], deploymentYaml('registry.local/web:1'));
    const before = k.get('deployments', 'default', 'web');
    const r = await kc(['diff', '-f', '-'], deploymentYaml('registry.local/web:2'));
    expect(r.code).toBe(1);
    const changed = r.stdout.split('\n').filter((l) => /^[-+] /.test(l));
    expect(changed).toEqual([
      '-  generation: 1',
      '+  generation: 2',
      '-      - image: registry.local/web:1',
      '+      - image: registry.local/web:2',
    ]);
    expect(k.requests.find((x) => x.method === 'PATCH')?.query.dryRun).toBe('All');
    expect(k.get('deployments', 'default', 'web')).toEqual(before);
    expect(await kc(['diff', '-f', '-'], deploymentYaml('registry.local/web:1'))).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
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
    // the server also defaults what the patch adds (imagePullPolicy, …): compare what the patch decides
    const decided = (cs: { name: string; image?: string; env?: unknown }[]) =>
      cs.map((c) => ({ name: c.name, image: c.image, env: c.env }));
    expect(decided(live?.spec.template.spec.containers)).toEqual(
      decided(local.spec.template.spec.containers),
    );
    expect(live?.metadata.finalizers).toEqual(local.metadata.finalizers);
  });
});

describe('(f) defaults', () => {
  // kubernetes pkg/apis/apps/v1/defaults.go SetDefaults_Deployment; pkg/apis/core/v1/defaults.go
  // SetDefaults_PodSpec, SetDefaults_Container, SetDefaults_Service; the Service REST storage allocates a
  // cluster IP (https://kubernetes.io/docs/concepts/services-networking/cluster-ip-allocation/).
  it('a Deployment gets RollingUpdate 25%/25%, revisionHistoryLimit 10, progressDeadlineSeconds 600 and pod defaults', async () => {
    const [, kc] = await start({ controller: false });
    await ok(kc, ['create', '-f', '-'], deploymentYaml('registry.local/web:1'));
    const spec = JSON.parse(await jsonpath(kc, 'deployment/web', '{.spec}'));
    expect(spec.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' },
    });
    expect(spec.revisionHistoryLimit).toBe(10);
    expect(spec.progressDeadlineSeconds).toBe(600);
    expect(spec.template.spec).toEqual({
      containers: [
        {
          name: 'app',
          image: 'registry.local/web:1',
          imagePullPolicy: 'IfNotPresent',
          resources: {},
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
        },
      ],
      dnsPolicy: 'ClusterFirst',
      restartPolicy: 'Always',
      schedulerName: 'default-scheduler',
      securityContext: {},
      terminationGracePeriodSeconds: 30,
    });
    // an image without a tag means :latest, pulled Always; a defaulted field is not re-defaulted later
    await ok(
      kc,
      ['create', '-f', '-'],
      deploymentYaml('registry.local/web').replace('name: web\n', 'name: other\n'),
    );
    expect(
      await jsonpath(kc, 'deployment/other', '{.spec.template.spec.containers[0].imagePullPolicy}'),
    ).toBe('Always');
    await ok(kc, ['set', 'image', 'deployment/web', 'app=registry.local/web']);
    expect(await jsonpath(kc, 'deployment/web', '{.spec.template.spec.containers[0].imagePullPolicy}')).toBe(
      'IfNotPresent',
    );
  });

  it('a Service gets type ClusterIP, sessionAffinity None, TCP, targetPort = port and its own cluster IP', async () => {
    const [, kc] = await start({ controller: false });
    const svc = (name: string) => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector: {app: web}
  ports:
  - port: 80
`;
    expect(await ok(kc, ['create', '-f', '-'], svc('web'))).toBe('service/web created\n');
    await ok(kc, ['create', '-f', '-'], svc('api'));
    const spec = JSON.parse(await jsonpath(kc, 'service/web', '{.spec}'));
    expect(spec).toMatchObject({
      type: 'ClusterIP',
      sessionAffinity: 'None',
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }],
    });
    expect(spec.clusterIP).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\.\d{1,3}\.\d{1,3}$/);
    expect(spec.clusterIPs).toEqual([spec.clusterIP]);
    expect(await jsonpath(kc, 'service/api', '{.spec.clusterIP}')).not.toBe(spec.clusterIP);
    // an update that leaves clusterIP out keeps the allocated one
    await ok(kc, ['apply', '-f', '-'], svc('web').replace('port: 80', 'port: 8080'));
    expect(await jsonpath(kc, 'service/web', '{.spec.clusterIP}')).toBe(spec.clusterIP);
  });
});

describe('(g) validation', () => {
  // kubectl prints a 422 Invalid as `The <Kind> "<name>" is invalid: <field>: <cause>` from the Status's
  // details.causes (kubectl pkg/cmd/util/helpers.go checkErr); the cause texts are the API server's
  // (apimachinery util/validation/validation.go, util/validation/field/errors.go).
  it('a name that is not an RFC 1123 subdomain is refused with 422 and nothing is stored', async () => {
    const [k, kc] = await start({ controller: false });
    const r = await kc(
      ['create', '-f', '-'],
      deploymentYaml('registry.local/web:1').replace('name: web\n', 'name: Web_1\n'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `The Deployment "Web_1" is invalid: metadata.name: Invalid value: "Web_1": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')\n`,
    );
    expect(k.requests.find((x) => x.method === 'POST')?.status).toBe(422);
    expect(k.list('deployments')).toEqual([]);
  });

  it('a Service name must be a DNS-1035 label (pkg/apis/core/validation ValidateServiceName)', async () => {
    const [, kc] = await start({ controller: false });
    const r = await kc(
      ['create', '-f', '-'],
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: 1web\nspec:\n  ports:\n  - port: 80\n',
    );
    expect(r.stderr).toBe(
      `The Service "1web" is invalid: metadata.name: Invalid value: "1web": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')\n`,
    );
  });

  it('creating into a namespace that does not exist is 404 NotFound `namespaces "…" not found`; after creating it, it works', async () => {
    // NamespaceLifecycle admission: errors.NewNotFound(Resource("namespaces"), namespace)
    const [k, kc] = await start({ controller: false });
    const r = await kc(['create', '-n', 'team-a', '-f', '-'], deploymentYaml('registry.local/web:1'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Error from server (NotFound): error when creating "STDIN": namespaces "team-a" not found\n',
    );
    expect(k.requests.find((x) => x.method === 'POST')?.status).toBe(404);
    expect(
      await ok(kc, ['create', '-f', '-'], 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n'),
    ).toBe('namespace/team-a created\n');
    expect(await ok(kc, ['create', '-n', 'team-a', '-f', '-'], deploymentYaml('registry.local/web:1'))).toBe(
      'deployment.apps/web created\n',
    );
  });

  it('the selector must match the template labels (apps validation ValidatePodTemplateSpecForReplicaSet)', async () => {
    const [, kc] = await start({ controller: false });
    const r = await kc(
      ['create', '-f', '-'],
      deploymentYaml('registry.local/web:1').replace(
        '      labels: {app: web}',
        '      labels: {app: other}',
      ),
    );
    expect(r.stderr).toBe(
      'The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"other"}: `selector` does not match template `labels`\n',
    );
  });

  it('the selector of an apps/v1 Deployment is immutable (deployment strategy.go ValidateUpdate)', async () => {
    const [k, kc] = await start({ controller: false });
    await ok(kc, ['apply', '-f', '-'], deploymentYaml('registry.local/web:1'));
    const changed = deploymentYaml('registry.local/web:1').replaceAll('{app: web}', '{app: web, tier: fe}');
    const r = await kc(['apply', '-f', '-'], changed);
    expect(r.code).toBe(1);
    const line = r.stderr.trim();
    expect(line.startsWith('The Deployment "web" is invalid: spec.selector: Invalid value: ')).toBe(true);
    expect(line.endsWith(': field is immutable')).toBe(true);
    expect(k.get('deployments', 'default', 'web')?.spec.selector).toEqual({ matchLabels: { app: 'web' } });
  });
});

describe('(g) validation: unknown fields per fieldValidation', () => {
  // https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation : Strict → 400 BadRequest,
  // Warn → the request succeeds with a Warning header (kubectl prints "Warning: …"), Ignore → silently
  // dropped; kubectl --validate=strict|warn|false sends Strict|Warn|Ignore. The Strict message is the
  // decoder's: `<Kind> in version "v1" cannot be handled as a <Kind>: strict decoding error: unknown field "…"`.
  const withUnknown = deploymentYaml('registry.local/web:1')
    .replace('  replicas: 2\n', '  replicas: 2\n  replicaz: 3\n')
    .replace(
      '        image: registry.local/web:1\n',
      '        image: registry.local/web:1\n        imagePolicy: Always\n',
    );
  it('Strict (kubectl default): 400 naming every unknown field, nothing stored', async () => {
    const [k, kc] = await start({ controller: false });
    const r = await kc(['create', '-f', '-'], withUnknown);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replicaz", unknown field "spec.template.spec.containers[0].imagePolicy"\n',
    );
    expect(k.requests.find((x) => x.method === 'POST')?.query.fieldValidation).toBe('Strict');
    expect(k.list('deployments')).toEqual([]);
  });
  it('Warn: created, one warning per unknown field, the fields dropped', async () => {
    const [k, kc] = await start({ controller: false });
    const r = await kc(['create', '--validate=warn', '-f', '-'], withUnknown);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'Warning: unknown field "spec.replicaz"\nWarning: unknown field "spec.template.spec.containers[0].imagePolicy"\n',
    );
    const d = k.get('deployments', 'default', 'web');
    expect(d?.spec.replicaz).toBeUndefined();
    expect(d?.spec.template.spec.containers[0].imagePolicy).toBeUndefined();
  });
  it('Ignore (--validate=false): created silently, the fields dropped', async () => {
    const [k, kc] = await start({ controller: false });
    const r = await kc(['create', '--validate=false', '-f', '-'], withUnknown);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(k.get('deployments', 'default', 'web')?.spec.replicaz).toBeUndefined();
  });
});

describe('(h) generateName and finalizers', () => {
  it('generateName: the prefix and five random characters (apiserver storage/names SimpleNameGenerator)', async () => {
    const [k, kc] = await start({ controller: false });
    const out = await ok(
      kc,
      ['create', '-f', '-'],
      deploymentYaml('registry.local/web:1').replace('name: web\n', 'generateName: web-\n'),
    );
    expect(out).toMatch(/^deployment\.apps\/web-[bcdfghjklmnpqrstvwxz2456789]{5} created\n$/);
    const name = out.split(' ')[0]?.split('/')[1] as string;
    expect(k.get('deployments', 'default', name)?.metadata.generateName).toBe('web-');
    const r = await kc(
      ['create', '-f', '-'],
      deploymentYaml('registry.local/web:1').replace('  name: web\n', ''),
    );
    expect(r.code).toBe(1);
  });

  it('a DELETE of an object with finalizers sets deletionTimestamp; removing the last finalizer deletes it', async () => {
    // https://kubernetes.io/docs/concepts/overview/working-with-objects/finalizers/ ; apiserver
    // registry/generic/registry/store.go (markAsDeleting: deletionTimestamp, deletionGracePeriodSeconds 0,
    // generation+1 for a kind without graceful deletion; Update deletes once no finalizer is left)
    const [k, kc] = await start({ controller: false });
    await ok(
      kc,
      ['create', '-f', '-'],
      deploymentYaml('registry.local/web:1', '  finalizers: [example.com/hold]\n'),
    );
    expect(await ok(kc, ['delete', 'deployment/web', '--wait=false'])).toBe(
      'deployment.apps "web" deleted from default namespace\n',
    );
    const held = k.get('deployments', 'default', 'web');
    expect(held?.metadata.deletionTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(held?.metadata.deletionGracePeriodSeconds).toBe(0);
    expect(held?.metadata.generation).toBe(2);
    await ok(kc, ['patch', 'deployment/web', '--type=merge', '-p', '{"metadata":{"finalizers":null}}']);
    expect(k.get('deployments', 'default', 'web')).toBeUndefined();
    const r = await kc(['get', 'deployment/web']);
    expect(r.stderr).toBe('Error from server (NotFound): deployments.apps "web" not found\n');
  });
});

describe('(j) Deployment controller: pause, rollout undo, ReplicaSet status', () => {
  const rsOf = (k: FakeKube) =>
    k
      .list('replicasets', 'default')
      .map((rs) => ({
        image: rs.spec.template.spec.containers[0].image as string,
        revision: rs.metadata.annotations?.['deployment.kubernetes.io/revision'] as string,
        replicas: rs.spec.replicas as number,
      }))
      .sort((a, b) => a.image.localeCompare(b.image));
  const observed = (k: FakeKube) => {
    const d = k.get('deployments', 'default', 'web');
    return d?.status?.observedGeneration === d?.metadata.generation;
  };

  it('a paused Deployment gets no new ReplicaSet for a template change until it is resumed', async () => {
    // https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#pausing-and-resuming-a-deployment ;
    // pkg/controller/deployment/sync.go (paused: sync without creating the new ReplicaSet) and
    // checkPausedConditions (Progressing Unknown, reason DeploymentPaused)
    const [k, kc] = await start();
    await ok(kc, ['create', '-f', '-'], deploymentYaml('registry.local/web:1'));
    await waitFor(() => k.list('replicasets', 'default').length === 1 && observed(k), 'first ReplicaSet');
    expect(await ok(kc, ['rollout', 'pause', 'deployment/web'])).toBe('deployment.apps/web paused\n');
    await ok(kc, ['set', 'image', 'deployment/web', 'app=registry.local/web:2']);
    await waitFor(() => observed(k), 'the paused generation observed');
    expect(rsOf(k).map((r) => r.image)).toEqual(['registry.local/web:1']);
    expect(
      await jsonpath(kc, 'deployment/web', '{.status.conditions[?(@.type=="Progressing")].reason}'),
    ).toBe('DeploymentPaused');
    expect(await ok(kc, ['rollout', 'resume', 'deployment/web'])).toBe('deployment.apps/web resumed\n');
    await waitFor(() => k.list('replicasets', 'default').length === 2, 'the new ReplicaSet after resume');
  });

  it('kubectl rollout undo goes back to the old ReplicaSet (no third one) and gives it the next revision', async () => {
    // https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#rolling-back-to-a-previous-revision ;
    // sync.go getNewReplicaSet: an existing ReplicaSet matching the template gets revision max+1
    const [k, kc] = await start();
    await ok(kc, ['create', '-f', '-'], deploymentYaml('registry.local/web:1'));
    await waitFor(
      () => observed(k) && k.get('deployments', 'default', 'web')?.status?.availableReplicas === 2,
      'v1 available',
    );
    await ok(kc, ['set', 'image', 'deployment/web', 'app=registry.local/web:2']);
    await waitFor(
      () =>
        observed(k) &&
        rsOf(k)
          .map((r) => r.replicas)
          .join() === '0,2',
      'v2 rolled out, v1 scaled to 0',
    );
    expect(await ok(kc, ['rollout', 'undo', 'deployment/web'])).toBe('deployment.apps/web rolled back\n');
    await waitFor(
      () =>
        observed(k) &&
        rsOf(k)
          .map((r) => r.replicas)
          .join() === '2,0',
      'v1 back',
    );
    expect(rsOf(k)).toEqual([
      { image: 'registry.local/web:1', revision: '3', replicas: 2 },
      { image: 'registry.local/web:2', revision: '2', replicas: 0 },
    ]);
    expect(
      await jsonpath(
        kc,
        'deployment/web',
        "{.metadata.annotations['deployment\\.kubernetes\\.io/revision']}",
      ),
    ).toBe('3');
  });

  it('ReplicaSet status counts its pods (replicaset controller calculateStatus)', async () => {
    const [k, kc] = await start();
    await ok(kc, ['create', '-f', '-'], deploymentYaml('registry.local/web:1'));
    await waitFor(() => k.list('replicasets', 'default')[0]?.status?.readyReplicas === 2, 'two ready pods');
    const rs = k.list('replicasets', 'default')[0] as { metadata: { name: string; generation: number } };
    const status = JSON.parse(await jsonpath(kc, `replicaset/${rs.metadata.name}`, '{.status}'));
    expect(status).toEqual({
      replicas: 2,
      fullyLabeledReplicas: 2,
      readyReplicas: 2,
      availableReplicas: 2,
      observedGeneration: rs.metadata.generation,
    });
  });
});

describe('(i) watches', () => {
  // https://kubernetes.io/docs/reference/using-api/api-concepts/#efficient-detection-of-changes and
  // #semantics-for-watch: without a resourceVersion a watch starts with a synthetic ADDED event per existing
  // object; with one it delivers every change after it; one the server no longer has is answered with
  // an ERROR event carrying Status 410 Gone, reason Expired ("too old resource version").
  const watch = async (kc: Kubectl, rv?: string) => {
    const q = `watch=true&timeoutSeconds=1${rv === undefined ? '' : `&resourceVersion=${rv}`}`;
    const out = await ok(kc, ['get', '--raw', `/apis/apps/v1/namespaces/default/deployments?${q}`]);
    return out
      .split('\n')
      .filter(Boolean)
      .map(
        (l) =>
          JSON.parse(l) as {
            type: string;
            object: { metadata: { name: string }; code?: number; reason?: string; message?: string };
          },
      );
  };

  it('starts with ADDED for each existing object when no resourceVersion is given', async () => {
    const [, kc] = await start({ controller: false });
    await ok(kc, ['create', '-f', '-'], deploymentYaml('registry.local/web:1'));
    await ok(
      kc,
      ['create', '-f', '-'],
      deploymentYaml('registry.local/web:1').replace('name: web\n', 'name: api\n'),
    );
    const events = await watch(kc);
    expect(events.map((e) => `${e.type} ${e.object.metadata.name}`).sort()).toEqual([
      'ADDED api',
      'ADDED web',
    ]);
  });

  it('resumes after a resourceVersion with exactly the changes made since', async () => {
    const [, kc] = await start({ controller: false });
    await ok(kc, ['create', '-f', '-'], deploymentYaml('registry.local/web:1'));
    const rv = await jsonpath(kc, 'deployment/web', '{.metadata.resourceVersion}');
    await ok(kc, ['annotate', 'deployment/web', 'example.com/note=x']);
    await ok(
      kc,
      ['create', '-f', '-'],
      deploymentYaml('registry.local/web:1').replace('name: web\n', 'name: api\n'),
    );
    await ok(kc, ['delete', 'deployment/web', '--wait=false']);
    const events = await watch(kc, rv);
    expect(events.map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual([
      'MODIFIED web',
      'ADDED api',
      'DELETED web',
    ]);
  });

  it('a resourceVersion older than the server keeps is 410 Expired', async () => {
    const [, kc] = await start({ controller: false });
    await ok(kc, ['create', '-f', '-'], deploymentYaml('registry.local/web:1'));
    const events = await watch(kc, '1');
    expect(events).toHaveLength(1);
    expect(events[0]?.type).toBe('ERROR');
    expect(events[0]?.object).toMatchObject({ kind: 'Status', code: 410, reason: 'Expired' });
    expect(events[0]?.object.message).toMatch(/^too old resource version: 1 \(\d+\)$/);
  });
});

describe('(k) kubectl get: server-side printing (Table)', () => {
  // https://kubernetes.io/docs/reference/using-api/api-concepts/#receiving-resources-as-tables ; the columns
  // and cells of kubernetes pkg/printers/internalversion/printers.go (deploymentColumnDefinitions /
  // printDeployment: READY = readyReplicas/spec.replicas; podColumnDefinitions / printPod). AGE is a
  // duration (apimachinery HumanDuration), checked for its form only.
  const rows = (out: string) =>
    out
      .trimEnd()
      .split('\n')
      .map((l) => l.trim().split(/\s{2,}/));

  it('deployments: NAME READY UP-TO-DATE AVAILABLE AGE, and -o wide adds CONTAINERS IMAGES SELECTOR', async () => {
    const [k, kc] = await start();
    await ok(kc, ['create', '-f', '-'], deploymentYaml('registry.local/web:1'));
    await waitFor(() => k.get('deployments', 'default', 'web')?.status?.availableReplicas === 2, 'available');
    const [head, row, ...rest] = rows(await ok(kc, ['get', 'deployments']));
    expect(head).toEqual(['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE']);
    expect(row?.slice(0, 4)).toEqual(['web', '2/2', '2', '2']);
    expect(row?.[4]).toMatch(/^\d+s$/);
    expect(rest).toEqual([]);
    const wide = rows(await ok(kc, ['get', 'deployment/web', '-o', 'wide']));
    expect(wide[0]).toEqual([
      'NAME',
      'READY',
      'UP-TO-DATE',
      'AVAILABLE',
      'AGE',
      'CONTAINERS',
      'IMAGES',
      'SELECTOR',
    ]);
    expect(wide[1]?.slice(5)).toEqual(['app', 'registry.local/web:1', 'app=web']);
  });

  it('pods: NAME READY STATUS RESTARTS AGE, with the waiting reason as STATUS for a crash-looping pod', async () => {
    const [k, kc] = await start({ crashDelayMs: 100 });
    await ok(
      kc,
      ['create', '-f', '-'],
      deploymentYaml('registry.local/web:bad').replace('replicas: 2', 'replicas: 1'),
    );
    await waitFor(
      () =>
        k.list('pods', 'default')[0]?.status?.containerStatuses?.[0]?.state?.waiting?.reason ===
        'CrashLoopBackOff',
      'a crash-looping pod',
    );
    const [head, row] = rows(await ok(kc, ['get', 'pods']));
    expect(head).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    expect(row?.[0]).toBe(k.list('pods', 'default')[0]?.metadata.name);
    expect(row?.slice(1, 3)).toEqual(['0/1', 'CrashLoopBackOff']);
    expect(row?.[3]).toMatch(/^[1-9]\d*$/);
  });

  it('kubectl get --watch: the list, then each change as a Table row (--output-watch-events)', async () => {
    const [k, kc] = await start({ controller: false });
    await ok(kc, ['create', '-f', '-'], deploymentYaml('registry.local/web:1'));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-kubectl-watch-'));
    writeFileSync(path.join(dir, 'config'), k.kubeconfig('default'));
    const child = spawn(
      KUBECTL,
      ['--kubeconfig', path.join(dir, 'config'), 'get', 'deployments', '--watch', '--output-watch-events'],
      { env: { PATH: process.env.PATH ?? '', HOME: dir } },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    try {
      await waitFor(() => k.requests.some((r) => r.query.watch === 'true'), 'the watch request');
      await ok(kc, ['scale', 'deployment/web', '--replicas=3']);
      await waitFor(() => out.trimEnd().split('\n').length >= 3, 'the MODIFIED row');
    } finally {
      child.kill();
    }
    const [head, added, modified] = rows(out);
    expect(head).toEqual(['EVENT', 'NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE']);
    expect(added?.slice(0, 5)).toEqual(['ADDED', 'web', '0/2', '0', '0']);
    expect(modified?.slice(0, 5)).toEqual(['MODIFIED', 'web', '0/3', '0', '0']);
  });
});
