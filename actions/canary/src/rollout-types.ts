import type { Logger } from '@pipewright/shared/log';
import type { Clock, Sleep } from '@pipewright/shared/util';
import type { Check, Limits, Outcome } from './analysis.ts';
import type { KubeClient } from './kube.ts';
import type { PrometheusClient } from './prometheus.ts';
import type { Step } from './steps.ts';
import type { RouterKind } from './traffic-math.ts';

export interface AnalysisConfig {
  intervalMs: number;
  /** The PromQL range window filled into {{window}}. */
  window: string;
  limits: Limits;
  /** Reaching inconclusive-limit pauses for a human decision (Argo Rollouts), or rolls back. */
  onInconclusive: 'pause' | 'rollback';
  checks: Check[];
  /** No data this soon after the first shift counts as "wait"; default 3 × Prometheus' scrape interval. */
  initialDelayMs?: number;
  /** Compare canary with a canary-sized baseline on the stable image (Mann-Whitney U). */
  baseline?: { tolerance: number; minSamples: number; stepSeconds: number };
}

export interface RolloutConfig {
  namespace: string;
  deployment: string;
  image?: string;
  container?: string;
  steps: Step[];
  stepDurationMs: number;
  router: RouterKind;
  service?: string;
  route?: string;
  ingress?: string;
  analysis?: AnalysisConfig;
  /** After traffic is reset (gateway-api, nginx), the wait before the canary's pods are scaled down. */
  drainDelayMs: number;
  /** A step whose effective canary share exceeds the requested one by more points than this fails. */
  weightTolerance: number;
  readyTimeoutMs: number;
  /** A canary pod Unschedulable (PodScheduled=False) for this long fails the canary. */
  unschedulableMs: number;
  pollMs: number;
  concurrencyPolicy: 'fail' | 'wait';
  lockTimeoutMs: number;
  leftover: 'resume' | 'rollback';
  decision?: 'promote' | 'rollback';
  /** `<repository>/<run id>/<attempt>`: the Lease holder and the owner recorded in the state annotation. */
  holder: string;
}

export interface RolloutDeps {
  kube: KubeClient;
  prom?: PrometheusClient;
  logger: Logger;
  clock: Clock;
  sleep: Sleep;
  signal: AbortSignal;
  /** Called once the lock is held (the main step records that cleanup may be needed). */
  onLocked?: () => void;
}

export interface MeasurementReport {
  check: string;
  target: string;
  query: string;
  /** When it was measured (ISO 8601). */
  at?: string;
  value?: number;
  detail?: string;
  condition: string;
  outcome: Outcome | 'high' | 'low' | 'pass' | 'nodata';
}

export interface StepReport {
  index: number;
  weight: number;
  effective: number;
  canaryReplicas: number;
  baselineReplicas: number;
  result: 'passed' | 'failed' | 'paused' | 'cancelled' | 'running';
  measurements: MeasurementReport[];
}

export type RolloutStatus = 'promoted' | 'rolled-back' | 'paused' | 'unchanged';

export interface RolloutResult {
  status: RolloutStatus;
  reason: string;
  image?: string;
  previousImage?: string;
  canary: string;
  router: RouterKind;
  /** The canary's effective share at the end (0 after promotion or rollback). */
  weight: number;
  steps: StepReport[];
  /** Decisions in order, each explained: what was seen and what was done. */
  decisions: string[];
  resumedFrom?: number;
}

/** What is kept on the stable Deployment between runs (annotation pipewright.dev/canary). */
export interface RolloutState {
  image: string;
  previousImage: string;
  /** Index of the step in progress (or, when paused, the step that passed last). */
  step: number;
  phase: 'progressing' | 'paused';
  holder: string;
  router: RouterKind;
  updatedAt: string;
}

export const STATE_ANNOTATION = 'pipewright.dev/canary';
