/** How many pods a canary (and its baseline) needs for a desired share, and the share that really results. */
export interface ReplicaPlan {
  canary: number;
  baseline: number;
  /** The canary's share of traffic in percent, as the router actually splits it (one decimal). */
  effective: number;
}

export type RouterKind = 'replicas' | 'gateway-api' | 'nginx';

/**
 * Canary replicas follow Argo Rollouts: ceil(stable × weight / 100), at least 1. With the `replicas`
 * router one Service selects every pod, so the share is canary / (stable + baseline + canary) and rounds:
 * 4 stable pods at 25 % with a baseline give 1 / 6 ≈ 16.7 %. A real router splits exactly by weight.
 */
export function planReplicas(
  router: RouterKind,
  stableReplicas: number,
  weight: number,
  withBaseline: boolean,
): ReplicaPlan {
  const canary = Math.max(1, Math.ceil((stableReplicas * weight) / 100));
  const baseline = withBaseline ? canary : 0;
  const effective = router === 'replicas' ? (100 * canary) / (stableReplicas + baseline + canary) : weight;
  return { canary, baseline, effective: Math.round(effective * 10) / 10 };
}
