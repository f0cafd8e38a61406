/**
 * The fake Gateway controller: sets an HTTPRoute's status.parents[] the way Gateway API implementations do
 * (one RouteParentStatus per parentRef, with the Accepted and ResolvedRefs conditions and the
 * observedGeneration they were set from — gateway.networking.k8s.io/v1 RouteParentStatus). Options make it
 * slow (a new generation is accepted only `acceptDelayMs` after it was first seen, as a real data plane
 * takes time to program) or make it report ResolvedRefs=False/BackendNotFound for a backendRef to a
 * Service that does not exist. `accepted` records when each generation was reported, for tests.
 */
import type { KObj } from './server.ts';

export interface GatewayOptions {
  /** A new generation is reported Accepted/ResolvedRefs this long after first seen (default 0). */
  acceptDelayMs?: number;
  /** Report ResolvedRefs=False (BackendNotFound) when a backendRef names a missing Service (default false). */
  checkBackends?: boolean;
}

interface Ops {
  get(plural: string, namespace: string, name: string): KObj | undefined;
  setStatus(plural: string, namespace: string, name: string, status: unknown): KObj;
}

export class FakeGateway {
  /** Every generation reported, in order: route, generation, Date.now() when set. */
  readonly accepted: { route: string; generation: number; at: number }[] = [];
  private readonly o: Required<GatewayOptions>;
  private readonly firstSeen = new Map<string, { generation: number; at: number }>();
  constructor(o: GatewayOptions = {}) {
    this.o = { acceptDelayMs: o.acceptDelayMs ?? 0, checkBackends: o.checkBackends ?? false };
  }

  reconcile(ops: Ops, r: KObj, now: number): void {
    const ns = r.metadata.namespace as string;
    const key = `${ns}/${r.metadata.name}`;
    const generation = r.metadata.generation as number;
    const seen = this.firstSeen.get(key);
    if (!seen || seen.generation !== generation) this.firstSeen.set(key, { generation, at: now });
    const since = this.firstSeen.get(key)?.at ?? now;
    if (now - since < this.o.acceptDelayMs) return;
    const missing = this.o.checkBackends
      ? ((r.spec.rules ?? []) as { backendRefs?: { name: string; kind?: string }[] }[])
          .flatMap((rule) => rule.backendRefs ?? [])
          .filter((b) => (b.kind ?? 'Service') === 'Service' && !ops.get('services', ns, b.name))
          .map((b) => b.name)
      : [];
    const parents = (r.spec.parentRefs ?? []).map((ref: { name: string }) => ({
      parentRef: ref,
      controllerName: 'example.net/fake-gateway',
      conditions: [
        { type: 'Accepted', status: 'True', reason: 'Accepted', message: '' },
        missing.length
          ? {
              type: 'ResolvedRefs',
              status: 'False',
              reason: 'BackendNotFound',
              message: `Service ${missing.join(', ')} not found`,
            }
          : { type: 'ResolvedRefs', status: 'True', reason: 'ResolvedRefs', message: '' },
      ].map((c) => ({ ...c, observedGeneration: generation, lastTransitionTime: '2026-01-01T00:00:00Z' })),
    }));
    if (JSON.stringify(r.status?.parents ?? []) !== JSON.stringify(parents)) {
      ops.setStatus('httproutes', ns, r.metadata.name, { parents });
      this.accepted.push({ route: key, generation, at: now });
    }
  }
}
