/** The few fields of Kubernetes objects this action reads or writes (plain JSON, no client models). */
export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: { kind: string; name: string; uid?: string; controller?: boolean }[];
  creationTimestamp?: string;
}

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastUpdateTime?: string;
  lastTransitionTime?: string;
}

export interface Container {
  name: string;
  image?: string;
  [k: string]: unknown;
}

export interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: { containers: Container[]; [k: string]: unknown };
}

export interface Deployment {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: {
    replicas?: number;
    selector: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] };
    template: PodTemplate;
    paused?: boolean;
    progressDeadlineSeconds?: number;
    [k: string]: unknown;
  };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    unavailableReplicas?: number;
    conditions?: Condition[];
  };
}

export interface ContainerStatus {
  name: string;
  ready?: boolean;
  restartCount?: number;
  state?: {
    waiting?: { reason?: string; message?: string };
    running?: unknown;
    terminated?: { reason?: string; exitCode?: number };
  };
  lastState?: { terminated?: { reason?: string; exitCode?: number } };
}

export interface Pod {
  metadata: ObjectMeta;
  spec?: { containers: Container[] };
  status?: {
    phase?: string;
    reason?: string;
    conditions?: Condition[];
    containerStatuses?: ContainerStatus[];
    initContainerStatuses?: ContainerStatus[];
  };
}

export interface ReplicaSet {
  metadata: ObjectMeta;
  spec?: { replicas?: number; template?: PodTemplate };
  status?: { replicas?: number; readyReplicas?: number };
}

export interface List<T> {
  items: T[];
  metadata?: { resourceVersion?: string };
}
