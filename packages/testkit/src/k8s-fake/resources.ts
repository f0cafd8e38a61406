/** The resources the fake serves, with the discovery data kubectl reads. */
export interface ResourceDef {
  group: string;
  version: string;
  plural: string;
  kind: string;
  shortNames?: string[];
  /** A CustomResourceDefinition: strategic merge patch is refused with 415, as for any CRD. */
  custom?: boolean;
  subresources?: string[];
  /** Module and export name of the kubernetes-models class that validates it. */
  model: [string, string];
}

export const RESOURCES: ResourceDef[] = [
  {
    group: 'apps',
    version: 'v1',
    plural: 'deployments',
    kind: 'Deployment',
    shortNames: ['deploy'],
    subresources: ['scale', 'status'],
    model: ['kubernetes-models/apps/v1/Deployment', 'Deployment'],
  },
  {
    group: 'apps',
    version: 'v1',
    plural: 'replicasets',
    kind: 'ReplicaSet',
    shortNames: ['rs'],
    subresources: ['scale', 'status'],
    model: ['kubernetes-models/apps/v1/ReplicaSet', 'ReplicaSet'],
  },
  {
    group: 'autoscaling',
    version: 'v2',
    plural: 'horizontalpodautoscalers',
    kind: 'HorizontalPodAutoscaler',
    shortNames: ['hpa'],
    subresources: ['status'],
    model: ['kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler', 'HorizontalPodAutoscaler'],
  },
  {
    group: '',
    version: 'v1',
    plural: 'pods',
    kind: 'Pod',
    shortNames: ['po'],
    subresources: ['status', 'log'],
    model: ['kubernetes-models/v1/Pod', 'Pod'],
  },
  {
    group: '',
    version: 'v1',
    plural: 'services',
    kind: 'Service',
    shortNames: ['svc'],
    subresources: ['status'],
    model: ['kubernetes-models/v1/Service', 'Service'],
  },
  {
    group: '',
    version: 'v1',
    plural: 'events',
    kind: 'Event',
    shortNames: ['ev'],
    model: ['kubernetes-models/v1/Event', 'Event'],
  },
  {
    group: 'coordination.k8s.io',
    version: 'v1',
    plural: 'leases',
    kind: 'Lease',
    model: ['kubernetes-models/coordination.k8s.io/v1/Lease', 'Lease'],
  },
  {
    group: 'networking.k8s.io',
    version: 'v1',
    plural: 'ingresses',
    kind: 'Ingress',
    shortNames: ['ing'],
    subresources: ['status'],
    model: ['kubernetes-models/networking.k8s.io/v1/Ingress', 'Ingress'],
  },
  {
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    plural: 'httproutes',
    kind: 'HTTPRoute',
    custom: true,
    subresources: ['status'],
    model: ['@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute', 'HTTPRoute'],
  },
];

export const apiVersionOf = (r: ResourceDef) => (r.group ? `${r.group}/${r.version}` : r.version);

const VERBS = ['create', 'delete', 'get', 'list', 'patch', 'update'];

export function resourceList(group: string, version: string) {
  const defs = RESOURCES.filter((r) => r.group === group && r.version === version);
  if (!defs.length) return undefined;
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources: defs.flatMap((r) => [
      {
        name: r.plural,
        singularName: r.kind.toLowerCase(),
        namespaced: true,
        kind: r.kind,
        verbs: VERBS,
        ...(r.shortNames ? { shortNames: r.shortNames } : {}),
      },
      ...(r.subresources ?? []).map((s) => ({
        name: `${r.plural}/${s}`,
        singularName: '',
        namespaced: true,
        kind: s === 'scale' ? 'Scale' : r.kind,
        ...(s === 'scale' ? { group: 'autoscaling', version: 'v1' } : {}),
        verbs: s === 'log' ? ['get'] : ['get', 'patch', 'update'],
      })),
    ]),
  };
}

export function groupList() {
  const groups = [...new Set(RESOURCES.filter((r) => r.group).map((r) => r.group))];
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: groups.map((name) => {
      const versions = [...new Set(RESOURCES.filter((r) => r.group === name).map((r) => r.version))].map(
        (v) => ({ groupVersion: `${name}/${v}`, version: v }),
      );
      return { name, versions, preferredVersion: versions[0] };
    }),
  };
}
