/**
 * The fake API server against the official client (@kubernetes/client-node 2.x): the action itself uses a
 * small node:http client for its cold start (docs/notes/cold-start.md), so this keeps the fake honest for the
 * client most tools use — patch content types, Status bodies in ApiException, CRD 415.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { startFakeKube, type FakeKube } from '@pipewright/testkit/k8s-fake/server';
import { deployment, httpRoute } from '@pipewright/testkit/k8s-fake/fixtures';
import {
  AppsV1Api,
  CustomObjectsApi,
  KubeConfig,
  PatchStrategy,
  setHeaderOptions,
  ApiException,
} from '@kubernetes/client-node';

let kube: FakeKube | undefined;
afterEach(async () => {
  await kube?.stop();
  kube = undefined;
});

function config(k: FakeKube): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromString(
    k.kubeconfig('default').replace(/( {6}server: .*)/, '$1\n      insecure-skip-tls-verify: true'),
  );
  return kc;
}

describe('@kubernetes/client-node against the fake', () => {
  it('reads, merge-patches, scales, and gets Status errors as ApiException', async () => {
    kube = await startFakeKube({ controller: false });
    await kube.create(deployment('web', { namespace: 'default', replicas: 2 }));
    const apps = config(kube).makeApiClient(AppsV1Api);
    const d = await apps.readNamespacedDeployment({ name: 'web', namespace: 'default' });
    expect(d.spec?.replicas).toBe(2);
    await apps.patchNamespacedDeployment(
      { name: 'web', namespace: 'default', body: { metadata: { annotations: { a: 'b' } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    // without the header the client sends application/json-patch+json: an op array is expected
    await apps.patchNamespacedDeployment({
      name: 'web',
      namespace: 'default',
      body: [{ op: 'replace', path: '/spec/replicas', value: 3 }],
    });
    expect(kube.get('deployments', 'default', 'web')?.spec.replicas).toBe(3);
    expect(kube.requests.filter((q) => q.method === 'PATCH').map((q) => q.contentType)).toEqual([
      'application/merge-patch+json',
      'application/json-patch+json',
    ]);
    const scale = await apps.replaceNamespacedDeploymentScale({
      name: 'web',
      namespace: 'default',
      body: {
        apiVersion: 'autoscaling/v1',
        kind: 'Scale',
        metadata: { name: 'web', namespace: 'default' },
        spec: { replicas: 5 },
      },
    });
    expect(scale.spec?.replicas).toBe(5);
    const missing = await apps
      .readNamespacedDeployment({ name: 'nope', namespace: 'default' })
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ApiException);
    expect((missing as ApiException<string>).code).toBe(404);
    expect(JSON.parse((missing as ApiException<string>).body)).toMatchObject({
      kind: 'Status',
      reason: 'NotFound',
      code: 404,
    });
  });

  it('refuses strategic merge on the HTTPRoute CRD with 415; a JSON patch with a resourceVersion test works', async () => {
    kube = await startFakeKube({ controller: false });
    await kube.create(httpRoute('web', 'web', 'default'));
    const custom = config(kube).makeApiClient(CustomObjectsApi);
    const ref = {
      group: 'gateway.networking.k8s.io',
      version: 'v1',
      namespace: 'default',
      plural: 'httproutes',
      name: 'web',
    };
    const refused = await custom
      .patchNamespacedCustomObject(
        { ...ref, body: { spec: {} } },
        setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
      )
      .catch((e: unknown) => e);
    expect((refused as ApiException<string>).code).toBe(415);
    const rv = kube.get('httproutes', 'default', 'web')?.metadata.resourceVersion;
    await custom.patchNamespacedCustomObject(
      {
        ...ref,
        body: [
          { op: 'test', path: '/metadata/resourceVersion', value: rv },
          {
            op: 'replace',
            path: '/spec/rules/0/backendRefs/0',
            value: { name: 'web', port: 80, weight: 90 },
          },
        ],
      },
      setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
    );
    expect(kube.get('httproutes', 'default', 'web')?.spec.rules[0].backendRefs).toEqual([
      { name: 'web', port: 80, weight: 90 },
    ]);
  });
});
