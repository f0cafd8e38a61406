/**
 * Defaulting as the API server applies it on every write, for the kinds the fake serves:
 * - apps/v1 Deployment (kubernetes pkg/apis/apps/v1/defaults.go SetDefaults_Deployment): replicas 1,
 *   strategy RollingUpdate with maxUnavailable/maxSurge "25%", revisionHistoryLimit 10,
 *   progressDeadlineSeconds 600; ReplicaSet: replicas 1.
 * - pod specs, in Pods and in templates (pkg/apis/core/v1/defaults.go SetDefaults_PodSpec, _Container,
 *   _ContainerPort): dnsPolicy ClusterFirst, restartPolicy Always, securityContext {},
 *   terminationGracePeriodSeconds 30, schedulerName default-scheduler; containers: imagePullPolicy Always
 *   for the tag `latest` (or none) else IfNotPresent, terminationMessagePath /dev/termination-log,
 *   terminationMessagePolicy File, ports protocol TCP; and `resources: {}` as the server serializes it. Pods also get enableServiceLinks true (SetDefaults_Pod).
 * - Service (SetDefaults_Service): type ClusterIP, sessionAffinity None, ports protocol TCP and targetPort =
 *   port, internalTrafficPolicy Cluster; and a cluster IP allocated from the service CIDR (10.96.0.0/12 here,
 *   kubeadm's default) with clusterIPs, ipFamilies [IPv4], ipFamilyPolicy SingleStack; an update without a
 *   clusterIP keeps the allocated one.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- objects are schemaless JSON here */
type Obj = Record<string, any>;

function imageTag(image: string): string {
  const noDigest = image.split('@')[0] as string;
  if (image.includes('@') && !/:[^/]+$/.test(noDigest)) return '';
  const m = /:([^/:]+)$/.exec(noDigest);
  return m ? (m[1] as string) : 'latest';
}

function container(c: Obj): void {
  if (!c || typeof c !== 'object') return;
  if (!c.imagePullPolicy && typeof c.image === 'string')
    c.imagePullPolicy = imageTag(c.image) === 'latest' ? 'Always' : 'IfNotPresent';
  // ResourceRequirements is a struct field without omitempty: the real server always returns `resources: {}`
  c.resources ??= {};
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  for (const p of Array.isArray(c.ports) ? c.ports : []) p.protocol ??= 'TCP';
}

function podSpec(s: Obj | undefined): void {
  if (!s || typeof s !== 'object') return;
  s.dnsPolicy ??= 'ClusterFirst';
  s.restartPolicy ??= 'Always';
  s.securityContext ??= {};
  s.terminationGracePeriodSeconds ??= 30;
  s.schedulerName ??= 'default-scheduler';
  for (const c of [...(s.containers ?? []), ...(s.initContainers ?? [])]) container(c);
}

export class ServiceIPs {
  private next = 10; // 10.96.0.1 is the kubernetes Service's; tests get later ones
  allocate(): string {
    const n = this.next++;
    return `10.96.${Math.floor(n / 256)}.${n % 256}`;
  }
}

export function applyDefaults(kind: string, obj: Obj, prev: Obj | undefined, ips: ServiceIPs): void {
  const spec = obj.spec;
  if (!spec || typeof spec !== 'object') return;
  switch (kind) {
    case 'Deployment': {
      spec.replicas ??= 1;
      spec.strategy ??= {};
      spec.strategy.type ??= 'RollingUpdate';
      if (spec.strategy.type === 'RollingUpdate') {
        spec.strategy.rollingUpdate ??= {};
        spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
        spec.strategy.rollingUpdate.maxSurge ??= '25%';
      }
      spec.revisionHistoryLimit ??= 10;
      spec.progressDeadlineSeconds ??= 600;
      podSpec(spec.template?.spec);
      return;
    }
    case 'ReplicaSet':
      spec.replicas ??= 1;
      podSpec(spec.template?.spec);
      return;
    case 'Pod':
      podSpec(spec);
      spec.enableServiceLinks ??= true;
      return;
    case 'Service': {
      spec.type ??= 'ClusterIP';
      spec.sessionAffinity ??= 'None';
      for (const p of Array.isArray(spec.ports) ? spec.ports : []) {
        p.protocol ??= 'TCP';
        if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
      }
      if (['ClusterIP', 'NodePort', 'LoadBalancer'].includes(spec.type))
        spec.internalTrafficPolicy ??= 'Cluster';
      if (spec.type === 'ExternalName') return;
      if (!spec.clusterIP) {
        spec.clusterIP = prev?.spec?.clusterIP ?? ips.allocate();
        spec.clusterIPs = prev?.spec?.clusterIPs ?? [spec.clusterIP];
      }
      spec.clusterIPs ??= [spec.clusterIP];
      spec.ipFamilies ??= prev?.spec?.ipFamilies ?? ['IPv4'];
      spec.ipFamilyPolicy ??= prev?.spec?.ipFamilyPolicy ?? 'SingleStack';
      return;
    }
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */
