/**
 * Server-side printing: the meta.k8s.io/v1 Table the API server answers to
 * `Accept: application/json;as=Table;v=v1;g=meta.k8s.io` (what `kubectl get` asks for), with the columns
 * and cells of kubernetes pkg/printers/internalversion/printers.go for the kinds the fake serves
 * (deployments, replicasets, pods, services) and the default Name/Age table for the others. Rows carry
 * the object as PartialObjectMetadata (includeObject=Metadata, the default) or whole (includeObject=Object).
 * https://kubernetes.io/docs/reference/using-api/api-concepts/#receiving-resources-as-tables
 */
import type { KObj } from './server.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- objects are schemaless JSON here */
type Column = { name: string; type: string; format?: string; description: string; priority: number };
const col = (name: string, priority = 0, format = ''): Column => ({
  name,
  type: name === 'Restarts' || name === 'Desired' || name === 'Current' ? 'integer' : 'string',
  ...(format ? { format } : {}),
  description: `${name} (pipewright fake)`,
  priority,
});

/** apimachinery util/duration HumanDuration, as `AGE` shows it. */
export function humanDuration(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < -1) return '<invalid>';
  if (s < 0) return '0s';
  if (s < 60 * 2) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
  if (m < 60 * 3) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 8) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`;
  if (h < 48) return `${h}h`;
  if (h < 24 * 8) return h % 24 === 0 ? `${Math.floor(h / 24)}d` : `${Math.floor(h / 24)}d${h % 24}h`;
  if (h < 24 * 365 * 2) return `${Math.floor(h / 24)}d`;
  return `${Math.floor(h / 24 / 365)}y`;
}

const age = (o: KObj, now: number) =>
  o.metadata.creationTimestamp ? humanDuration(now - Date.parse(o.metadata.creationTimestamp)) : '<unknown>';

function podCells(p: KObj, now: number): unknown[] {
  const statuses = (p.status?.containerStatuses ?? []) as any[];
  const total = (p.spec?.containers ?? []).length;
  const ready = statuses.filter((c) => c.ready).length;
  let reason: string = p.status?.reason ?? p.status?.phase ?? 'Unknown';
  for (const c of statuses) {
    if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state?.terminated?.reason) reason = c.state.terminated.reason;
  }
  if (p.metadata.deletionTimestamp) reason = 'Terminating';
  const restarts = statuses.reduce((n, c) => n + (c.restartCount ?? 0), 0);
  return [p.metadata.name, `${ready}/${total}`, reason, restarts, age(p, now)];
}

const TABLES: Record<string, { columns: Column[]; cells: (o: KObj, now: number) => unknown[] }> = {
  Deployment: {
    columns: [
      col('Name', 0, 'name'),
      col('Ready'),
      col('Up-to-date'),
      col('Available'),
      col('Age'),
      col('Containers', 1),
      col('Images', 1),
      col('Selector', 1),
    ],
    cells: (d, now) => [
      d.metadata.name,
      `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`,
      d.status?.updatedReplicas ?? 0,
      d.status?.availableReplicas ?? 0,
      age(d, now),
      (d.spec?.template?.spec?.containers ?? []).map((c: any) => c.name).join(','),
      (d.spec?.template?.spec?.containers ?? []).map((c: any) => c.image).join(','),
      Object.entries(d.spec?.selector?.matchLabels ?? {})
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(','),
    ],
  },
  ReplicaSet: {
    columns: [
      col('Name', 0, 'name'),
      col('Desired'),
      col('Current'),
      col('Ready'),
      col('Age'),
      col('Containers', 1),
      col('Images', 1),
      col('Selector', 1),
    ],
    cells: (r, now) => [
      r.metadata.name,
      r.spec?.replicas ?? 0,
      r.status?.replicas ?? 0,
      r.status?.readyReplicas ?? 0,
      age(r, now),
      (r.spec?.template?.spec?.containers ?? []).map((c: any) => c.name).join(','),
      (r.spec?.template?.spec?.containers ?? []).map((c: any) => c.image).join(','),
      Object.entries(r.spec?.selector?.matchLabels ?? {})
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(','),
    ],
  },
  Pod: {
    columns: [
      col('Name', 0, 'name'),
      col('Ready'),
      col('Status'),
      col('Restarts'),
      col('Age'),
      col('IP', 1),
      col('Node', 1),
    ],
    cells: (p, now) => [...podCells(p, now), p.status?.podIP ?? '<none>', p.spec?.nodeName ?? '<none>'],
  },
  Service: {
    columns: [
      col('Name', 0, 'name'),
      col('Type'),
      col('Cluster-IP'),
      col('External-IP'),
      col('Port(s)'),
      col('Age'),
      col('Selector', 1),
    ],
    cells: (s, now) => [
      s.metadata.name,
      s.spec?.type ?? 'ClusterIP',
      s.spec?.clusterIP ?? '<none>',
      (s.spec?.externalIPs ?? []).join(',') || '<none>',
      (s.spec?.ports ?? []).map((p: any) => `${p.port}/${p.protocol ?? 'TCP'}`).join(',') || '<none>',
      age(s, now),
      Object.entries(s.spec?.selector ?? {})
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(',') || '<none>',
    ],
  },
};

/** Whether an Accept header asks for a meta.k8s.io/v1 Table. */
export const wantsTable = (accept: string | undefined) =>
  (accept ?? '')
    .split(',')
    .some(
      (a) => a.includes('as=Table') && a.includes('g=meta.k8s.io') && /v=v1(;|$)/.test(a.replace(/\s/g, '')),
    );

export function toTable(
  kind: string,
  items: KObj[],
  resourceVersion: string,
  includeObject: string | null,
  now = Date.now(),
) {
  const t = TABLES[kind] ?? {
    columns: [col('Name', 0, 'name'), col('Age')],
    cells: (o: KObj, n: number) => [o.metadata.name, age(o, n)],
  };
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: t.columns,
    rows: items.map((o) => ({
      cells: t.cells(o, now),
      object:
        includeObject === 'None'
          ? undefined
          : includeObject === 'Object'
            ? o
            : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata },
    })),
  };
}
/* eslint-enable @typescript-eslint/no-explicit-any */
