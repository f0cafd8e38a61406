import type { Logger } from '@pipewright/shared/log';
import { formatDuration, type Clock, type Sleep } from '@pipewright/shared/util';
import { UserError } from '@pipewright/shared/action';
import { KubeError, paths, type KubeClient } from './kube.ts';
import type { ObjectMeta } from './k8s-types.ts';
import type { RouterKind } from './traffic-math.ts';

/**
 * Moves traffic between stable and canary. `reset` is a single write, so on rollback and on cancellation
 * traffic is back on stable before anything else happens.
 */
export interface Router {
  kind: RouterKind;
  /** Creates what the router needs beside the user's objects (canary Service, canary Ingress). */
  prepare(): Promise<void>;
  setWeight(weight: number, replicas: { canary: number; baseline: number }): Promise<void>;
  reset(): Promise<void>;
  /** Removes what prepare() created; user objects end as they were. */
  cleanup(): Promise<void>;
}

export interface RouterContext {
  kube: KubeClient;
  logger: Logger;
  namespace: string;
  canaryName: string;
  baselineName: string;
  /** Labels that single out canary (and baseline) pods on top of the stable selector. */
  canaryPodLabels: Record<string, string>;
  baselinePodLabels: Record<string, string>;
  stableService?: string;
  route?: string;
  ingress?: string;
  /** Scales a Deployment through its /scale subresource. */
  scale(name: string, replicas: number): Promise<void>;
  clock: Clock;
  sleep: Sleep;
  pollMs: number;
  /** How long a Gateway may take to accept a new generation of the HTTPRoute. */
  acceptTimeoutMs: number;
}

export function createRouter(kind: RouterKind, ctx: RouterContext): Router {
  if (kind === 'replicas') return replicasRouter(ctx);
  if (kind === 'gateway-api') return gatewayRouter(ctx);
  return nginxRouter(ctx);
}

/** One Service selects every pod: the canary's share is its pod count. */
function replicasRouter(ctx: RouterContext): Router {
  return {
    kind: 'replicas',
    prepare: async () => {},
    setWeight: async (_w, r) => {
      await ctx.scale(ctx.canaryName, r.canary);
    },
    reset: async () => {
      await ctx.scale(ctx.canaryName, 0);
    },
    cleanup: async () => {},
  };
}

interface Service {
  metadata: ObjectMeta;
  spec: {
    selector?: Record<string, string>;
    ports?: { port: number; name?: string; targetPort?: unknown; protocol?: string }[];
    type?: string;
  };
}

const canaryServiceName = (svc: string) => `${svc}-canary`;
const baselineServiceName = (svc: string) => `${svc}-baseline`;

/** A Service like the stable one (ports), whose selector adds the canary's own labels. */
async function ensureService(
  ctx: RouterContext,
  name: string,
  extra: Record<string, string>,
): Promise<Service> {
  const stable = await ctx.kube.find<Service>(paths.service(ctx.namespace, ctx.stableService as string));
  if (!stable)
    throw new UserError(`Service "${ctx.stableService}" was not found in namespace "${ctx.namespace}".`, {
      hint: 'Set `service` to the Service in front of the stable Deployment.',
    });
  const body: Service = {
    metadata: {
      name,
      namespace: ctx.namespace,
      labels: { 'app.kubernetes.io/managed-by': 'pipewright-canary' },
    },
    spec: {
      selector: { ...(stable.spec.selector ?? {}), ...extra },
      ports: (stable.spec.ports ?? []).map((p) => ({ ...p })),
    },
  };
  try {
    return await ctx.kube.create<Service>(`/api/v1/namespaces/${ctx.namespace}/services`, {
      apiVersion: 'v1',
      kind: 'Service',
      ...body,
    });
  } catch (e) {
    if (e instanceof KubeError && e.code === 409)
      return (await ctx.kube.get<Service>(paths.service(ctx.namespace, name))) as Service;
    throw e;
  }
}

interface BackendRef {
  name: string;
  port?: number;
  weight?: number;
  group?: string;
  kind?: string;
  namespace?: string;
}
interface HTTPRoute {
  metadata: ObjectMeta;
  spec: { rules?: { backendRefs?: BackendRef[] }[]; [k: string]: unknown };
  status?: {
    parents?: {
      parentRef?: { name?: string };
      conditions?: {
        type: string;
        status: string;
        reason?: string;
        message?: string;
        observedGeneration?: number;
      }[];
    }[];
  };
}

/**
 * Gateway API: weights on the rules that send to the stable Service. The route is a CRD, so no strategic
 * merge (415) and no merge patch (it would replace `rules`): read, edit, PUT with resourceVersion, and on
 * 409 read again.
 */
function gatewayRouter(ctx: RouterContext): Router {
  const svc = ctx.stableService as string;
  const routePath = paths.httpRoute(ctx.namespace, ctx.route as string);
  const canarySvc = canaryServiceName(svc);
  const baselineSvc = baselineServiceName(svc);
  const edit = async (fn: (route: HTTPRoute) => void) => {
    for (let attempt = 1; ; attempt++) {
      const route = await ctx.kube.find<HTTPRoute>(routePath);
      if (!route)
        throw new UserError(`HTTPRoute "${ctx.route}" was not found in namespace "${ctx.namespace}".`, {
          hint: 'Set `route` to the HTTPRoute that sends traffic to the stable Service.',
        });
      fn(route);
      try {
        return await ctx.kube.replace<HTTPRoute>(routePath, route);
      } catch (e) {
        if (e instanceof KubeError && e.code === 409 && attempt < 5) continue;
        throw e;
      }
    }
  };
  /**
   * The new weights count only once every parent reports Accepted and ResolvedRefs True for this generation
   * of the route (Gateway API: RouteParentStatus conditions carry observedGeneration, the
   * .metadata.generation they were set from). A False condition fails at once with its reason. Conditions
   * of an older generation do not count.
   */
  const waitAccepted = async (written: HTTPRoute, types: string[]) => {
    const generation = written.metadata.generation ?? 0;
    if (!((written.spec.parentRefs as unknown[] | undefined)?.length ?? 0)) return;
    const deadline = ctx.clock.now() + ctx.acceptTimeoutMs;
    for (;;) {
      const route = await ctx.kube.get<HTTPRoute>(routePath);
      const parents = route.status?.parents ?? [];
      const current = (p: (typeof parents)[number], type: string) =>
        (p.conditions ?? []).find((c) => c.type === type && (c.observedGeneration ?? 0) >= generation);
      for (const p of parents)
        for (const type of types) {
          const c = current(p, type);
          if (c && c.status === 'False')
            throw new UserError(
              `HTTPRoute "${ctx.route}" generation ${generation}: ${p.parentRef?.name ?? 'a Gateway'} reports ${type}=False (${c.reason ?? ''}${c.message ? `: ${c.message}` : ''}).`,
              { hint: 'The Gateway did not take the new weights; traffic is not where the step says.' },
            );
        }
      const accepted =
        parents.length > 0 && parents.every((p) => types.every((t) => current(p, t)?.status === 'True'));
      if (accepted) return;
      if (ctx.clock.now() >= deadline)
        throw new UserError(
          `HTTPRoute "${ctx.route}": no Gateway reported ${types.join(' and ')} for generation ${generation} within ${formatDuration(ctx.acceptTimeoutMs)}.`,
          {
            hint: 'Check the Gateway controller (kubectl describe httproute); the weights cannot be trusted until it accepts them.',
          },
        );
      await ctx.sleep(Math.min(ctx.pollMs, 500));
    }
  };
  const rulesOf = (route: HTTPRoute) =>
    (route.spec.rules ?? []).filter((r) => (r.backendRefs ?? []).some((b) => b.name === svc));
  const setWeights = (route: HTTPRoute, canary: number, baseline: number) => {
    const rules = rulesOf(route);
    if (!rules.length)
      throw new UserError(`HTTPRoute "${ctx.route}" has no rule with a backendRef to Service "${svc}".`);
    for (const rule of rules) {
      const refs = rule.backendRefs as BackendRef[];
      const stable = refs.find((b) => b.name === svc) as BackendRef;
      const upsert = (name: string, weight: number) => {
        const ref = refs.find((b) => b.name === name);
        if (ref) ref.weight = weight;
        else refs.push({ name, ...(stable.port !== undefined ? { port: stable.port } : {}), weight });
      };
      stable.weight = 100 - canary - baseline;
      upsert(canarySvc, canary);
      if (baseline > 0 || refs.some((b) => b.name === baselineSvc)) upsert(baselineSvc, baseline);
    }
  };
  return {
    kind: 'gateway-api',
    prepare: async () => {
      await ensureService(ctx, canarySvc, ctx.canaryPodLabels);
      await ensureService(ctx, baselineSvc, ctx.baselinePodLabels);
    },
    setWeight: async (w, r) => {
      const baseline = r.baseline > 0 ? Math.min(w, 100 - w) : 0;
      const written = await edit((route) => setWeights(route, w, baseline));
      await waitAccepted(written, ['Accepted', 'ResolvedRefs']);
    },
    reset: async () => {
      // All weight on stable: a canary backendRef that does not resolve gets no requests (weight 0), so only
      // Accepted matters here.
      const written = await edit((route) => setWeights(route, 0, 0));
      await waitAccepted(written, ['Accepted']);
    },
    cleanup: async () => {
      await edit((route) => {
        for (const rule of rulesOf(route)) {
          rule.backendRefs = (rule.backendRefs ?? []).filter(
            (b) => b.name !== canarySvc && b.name !== baselineSvc,
          );
          const stable = rule.backendRefs.find((b) => b.name === svc);
          if (stable) delete stable.weight;
        }
      });
      await ctx.kube.remove(paths.service(ctx.namespace, canarySvc));
      await ctx.kube.remove(paths.service(ctx.namespace, baselineSvc));
    },
  };
}

interface Ingress {
  metadata: ObjectMeta;
  spec: {
    ingressClassName?: string;
    rules?: {
      host?: string;
      http?: {
        paths: { path?: string; pathType: string; backend: { service?: { name: string; port: unknown } } }[];
      };
    }[];
    tls?: unknown[];
  };
}

const CANARY = 'nginx.ingress.kubernetes.io/canary';
/** The class annotation Ingresses used before spec.ingressClassName (still honoured by ingress-nginx). */
const LEGACY_CLASS = 'kubernetes.io/ingress.class';
const WEIGHT = 'nginx.ingress.kubernetes.io/canary-weight';

/** ingress-nginx: a second Ingress with the same hosts and paths, annotated canary + canary-weight. */
function nginxRouter(ctx: RouterContext): Router {
  const svc = ctx.stableService as string;
  const canarySvc = canaryServiceName(svc);
  const name = `${ctx.ingress}-canary`;
  const ingressPath = paths.ingress(ctx.namespace, name);
  const setWeight = (w: number) =>
    ctx.kube.patch(ingressPath, 'merge', { metadata: { annotations: { [WEIGHT]: String(w) } } });
  return {
    kind: 'nginx',
    prepare: async () => {
      await ensureService(ctx, canarySvc, ctx.canaryPodLabels);
      const stable = await ctx.kube.find<Ingress>(paths.ingress(ctx.namespace, ctx.ingress as string));
      if (!stable)
        throw new UserError(`Ingress "${ctx.ingress}" was not found in namespace "${ctx.namespace}".`, {
          hint: 'Set `ingress` to the Ingress in front of the stable Service.',
        });
      const rules = (stable.spec.rules ?? []).map((r) => ({
        ...r,
        ...(r.http
          ? {
              http: {
                paths: r.http.paths.map((p) => ({
                  ...p,
                  backend:
                    p.backend.service?.name === svc
                      ? { service: { ...p.backend.service, name: canarySvc } }
                      : p.backend,
                })),
              },
            }
          : {}),
      }));
      const body = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: {
          name,
          namespace: ctx.namespace,
          labels: { 'app.kubernetes.io/managed-by': 'pipewright-canary' },
          annotations: {
            // The canary Ingress must be picked up by the same controller as the stable one, whichever way
            // the stable one names its class.
            ...(stable.metadata.annotations?.[LEGACY_CLASS] !== undefined
              ? { [LEGACY_CLASS]: stable.metadata.annotations[LEGACY_CLASS] }
              : {}),
            [CANARY]: 'true',
            [WEIGHT]: '0',
          },
        },
        spec: {
          ...(stable.spec.ingressClassName ? { ingressClassName: stable.spec.ingressClassName } : {}),
          rules,
        },
      };
      try {
        await ctx.kube.create(paths.ingresses(ctx.namespace), body);
      } catch (e) {
        if (!(e instanceof KubeError && e.code === 409)) throw e;
      }
    },
    setWeight: async (w) => {
      await setWeight(w);
    },
    reset: async () => {
      try {
        await setWeight(0);
      } catch (e) {
        if (!(e instanceof KubeError && e.code === 404)) throw e;
      }
    },
    cleanup: async () => {
      await ctx.kube.remove(ingressPath);
      await ctx.kube.remove(paths.service(ctx.namespace, canarySvc));
    },
  };
}
