import { parseYaml } from '@pipewright/shared/yaml';
import type { ActionRuntime, Inputs } from '@pipewright/shared/action';
import {
  AGGREGATES,
  BUILTIN_CHECKS,
  type Aggregate,
  NO_DATA_POLICIES,
  parseCondition,
  type Check,
  type NoDataPolicy,
} from './analysis.ts';
import { parseSteps } from './steps.ts';
import type { AnalysisConfig, RolloutConfig } from './rollout-types.ts';
import { describeThrown } from '@pipewright/shared/action';

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const NAME_HINT = 'must be a Kubernetes name: lower-case letters, digits and "-".';

export const spec = {
  kubeconfig: { type: 'string', secret: true },
  'kubeconfig-path': { type: 'path', mustExist: 'file' },
  context: { type: 'string' },
  namespace: { type: 'string', default: 'default', pattern: NAME, patternHint: `\`namespace\` ${NAME_HINT}` },
  deployment: { type: 'string', required: true, pattern: NAME, patternHint: `\`deployment\` ${NAME_HINT}` },
  container: { type: 'string' },
  image: { type: 'string' },
  steps: { type: 'list', default: ['10', '25', '50', '100'] },
  'step-duration': { type: 'duration', default: '1m', minMs: 1000 },
  router: { type: 'enum', values: ['replicas', 'gateway-api', 'nginx'], default: 'replicas' },
  service: { type: 'string', pattern: NAME, patternHint: `\`service\` ${NAME_HINT}` },
  route: { type: 'string', pattern: NAME, patternHint: `\`route\` ${NAME_HINT}` },
  ingress: { type: 'string', pattern: NAME, patternHint: `\`ingress\` ${NAME_HINT}` },
  'prometheus-url': {
    type: 'string',
    pattern: /^https?:\/\/\S+$/,
    patternHint: '`prometheus-url` must be an http(s) URL.',
  },
  'prometheus-token': { type: 'string', secret: true },
  checks: { type: 'string' },
  'analysis-interval': { type: 'duration', default: '30s', minMs: 500 },
  'analysis-window': {
    type: 'string',
    default: '1m',
    pattern: /^\d+(ms|s|m|h)$/,
    patternHint: '`analysis-window` must be a PromQL duration such as 1m.',
  },
  'failure-limit': { type: 'integer', default: 0, min: 0 },
  'inconclusive-limit': { type: 'integer', default: 0, min: 0 },
  'on-inconclusive': { type: 'enum', values: ['pause', 'rollback'], default: 'pause' },
  'consecutive-error-limit': { type: 'integer', default: 4, min: 0 },
  'no-data': { type: 'enum', values: NO_DATA_POLICIES, default: 'fail' },
  'initial-delay': { type: 'duration' },
  'drain-delay': { type: 'duration', default: '30s', minMs: 0 },
  'weight-tolerance': { type: 'integer', default: 10, min: 0, max: 100 },
  'query-timeout': { type: 'duration', default: '5s', minMs: 100 },
  baseline: { type: 'boolean', default: false },
  'baseline-tolerance': { type: 'integer', default: 25, min: 0, max: 1000 },
  'baseline-min-samples': { type: 'integer', default: 5, min: 2 },
  'ready-timeout': { type: 'duration', default: '5m', minMs: 1000 },
  'unschedulable-timeout': { type: 'duration', default: '2m', minMs: 0 },
  'poll-interval': { type: 'duration', default: '2s', minMs: 100 },
  'concurrency-policy': { type: 'enum', values: ['fail', 'wait'], default: 'fail' },
  'lock-timeout': { type: 'duration', default: '10m' },
  'on-leftover': { type: 'enum', values: ['resume', 'rollback'], default: 'resume' },
  decision: { type: 'enum', values: ['promote', 'rollback'] },
  comment: { type: 'boolean', default: true },
  'github-token': { type: 'string', secret: true },
} as const;

export type CanaryInputs = Inputs<typeof spec>;

interface RawCheck {
  name?: unknown;
  query?: unknown;
  success?: unknown;
  failure?: unknown;
  min?: unknown;
  max?: unknown;
  'no-data'?: unknown;
  direction?: unknown;
  aggregate?: unknown;
}

/** The `checks` YAML list; built-in names (success-rate, latency-p99) bring their own query. */
export function parseChecks(
  text: string | undefined,
  defaultNoData: NoDataPolicy,
): { checks: Check[]; problems: string[] } {
  const problems: string[] = [];
  let raw: unknown = [{ name: 'success-rate' }, { name: 'latency-p99' }];
  if (text !== undefined) {
    try {
      raw = parseYaml(text);
    } catch (e) {
      return {
        checks: [],
        problems: [`\`checks\`: not valid YAML (${describeThrown(e).split('\n')[0]}).`],
      };
    }
  }
  if (!Array.isArray(raw) || raw.length === 0)
    return {
      checks: [],
      problems: ['`checks`: expected a YAML list of checks, e.g. `- name: success-rate`.'],
    };
  const checks: Check[] = [];
  const seen = new Set<string>();
  for (const [i, item] of (raw as RawCheck[]).entries()) {
    const where = `\`checks\` item ${i + 1}`;
    if (!item || typeof item !== 'object') {
      problems.push(`${where}: expected a map with name and query.`);
      continue;
    }
    const name = typeof item.name === 'string' ? item.name : '';
    if (!/^[\w.-]+$/.test(name)) {
      problems.push(`${where}: \`name\` is required (letters, digits, . _ -).`);
      continue;
    }
    if (seen.has(name)) problems.push(`${where}: the name "${name}" is used twice.`);
    seen.add(name);
    const builtin = BUILTIN_CHECKS[name];
    const query = typeof item.query === 'string' ? item.query : builtin?.query;
    if (!query) {
      problems.push(
        `${where} (${name}): \`query\` is required for a check that is not built in (built in: ${Object.keys(BUILTIN_CHECKS).join(', ')}).`,
      );
      continue;
    }
    const cond = (v: unknown, prefix: string, key: string) => {
      if (v === undefined) return undefined;
      const t = typeof v === 'number' ? `${prefix} ${v}` : String(v);
      try {
        return parseCondition(t);
      } catch (e) {
        problems.push(`${where} (${name}) \`${key}\`: ${describeThrown(e)}`);
        return undefined;
      }
    };
    let success = cond(item.success, '>=', 'success');
    const failure = cond(item.failure, '<', 'failure');
    const range = [
      item.min !== undefined ? `>= ${Number(item.min)}` : '',
      item.max !== undefined ? `<= ${Number(item.max)}` : '',
    ]
      .filter(Boolean)
      .join(' && ');
    if (range) success = cond(range, '', 'min/max');
    if (!success && !failure && builtin) success = parseCondition(builtin.success);
    const noData = item['no-data'] ?? defaultNoData;
    if (!(NO_DATA_POLICIES as readonly unknown[]).includes(noData))
      problems.push(`${where} (${name}) \`no-data\`: use one of ${NO_DATA_POLICIES.join(', ')}.`);
    const direction = item.direction ?? builtin?.direction ?? 'higher-is-bad';
    if (direction !== 'higher-is-bad' && direction !== 'lower-is-bad')
      problems.push(`${where} (${name}) \`direction\`: use higher-is-bad or lower-is-bad.`);
    const agg = item.aggregate;
    if (agg !== undefined && !(AGGREGATES as readonly unknown[]).includes(agg))
      problems.push(`${where} (${name}) \`aggregate\`: use one of ${AGGREGATES.join(', ')}.`);
    checks.push({
      name,
      ...(agg !== undefined ? { aggregate: agg as Aggregate } : {}),
      query,
      ...(success ? { success } : {}),
      ...(failure ? { failure } : {}),
      noData: noData as NoDataPolicy,
      direction: direction as Check['direction'],
    });
  }
  return { checks, problems };
}

/** Everything cross-checked before the first remote call: contradictions are reported together. */
export function crossCheck(i: CanaryInputs): string[] {
  const problems: string[] = [];
  problems.push(...parseSteps(i.steps).problems);
  if (i.kubeconfig && i.kubeconfigPath) problems.push('Give `kubeconfig` or `kubeconfig-path`, not both.');
  if (!i.image && !i.decision)
    problems.push('`image` is required (or `decision` to continue a paused rollout).');
  if (i.image && i.decision)
    problems.push('`decision` continues a paused rollout; do not give `image` with it.');
  if (i.router !== 'replicas' && !i.service)
    problems.push(
      `\`service\` is required with router ${i.router} (the Service in front of the stable pods).`,
    );
  if (i.router === 'gateway-api' && !i.route)
    problems.push('`route` (the HTTPRoute name) is required with router gateway-api.');
  if (i.router === 'nginx' && !i.ingress)
    problems.push('`ingress` (the stable Ingress name) is required with router nginx.');
  if (i.router === 'nginx' && i.baseline)
    problems.push(
      '`baseline` needs router replicas or gateway-api (ingress-nginx allows one canary Ingress per host).',
    );
  if (i.checks !== undefined && !i.prometheusUrl) problems.push('`checks` needs `prometheus-url`.');
  if (i.baseline && !i.prometheusUrl) problems.push('`baseline` needs `prometheus-url`.');
  if (i.prometheusUrl) problems.push(...parseChecks(i.checks, i.noData).problems);
  return problems;
}

/** `<owner>/<repo>/<run id>/<attempt>`: the lock holder; a re-run attempt of the same run may take over. */
export function holderOf(rt: ActionRuntime): string {
  const c = rt.context;
  return `${c.owner}/${c.repo}/${c.runId}/${c.runAttempt}`;
}

export function toConfig(i: CanaryInputs, holder: string): RolloutConfig {
  const { steps } = parseSteps(i.steps);
  let analysis: AnalysisConfig | undefined;
  if (i.prometheusUrl) {
    analysis = {
      intervalMs: i.analysisInterval,
      window: i.analysisWindow,
      limits: {
        failureLimit: i.failureLimit,
        inconclusiveLimit: i.inconclusiveLimit,
        consecutiveErrorLimit: i.consecutiveErrorLimit,
      },
      onInconclusive: i.onInconclusive,
      checks: parseChecks(i.checks, i.noData).checks,
      ...(i.initialDelay !== undefined ? { initialDelayMs: i.initialDelay } : {}),
      ...(i.baseline
        ? {
            baseline: {
              tolerance: i.baselineTolerance / 100,
              minSamples: i.baselineMinSamples,
              stepSeconds: Math.max(1, Math.round(i.analysisInterval / 1000)),
            },
          }
        : {}),
    };
  }
  return {
    namespace: i.namespace,
    deployment: i.deployment,
    ...(i.image ? { image: i.image } : {}),
    ...(i.container ? { container: i.container } : {}),
    steps,
    stepDurationMs: i.stepDuration,
    router: i.router,
    ...(i.service ? { service: i.service } : {}),
    ...(i.route ? { route: i.route } : {}),
    ...(i.ingress ? { ingress: i.ingress } : {}),
    ...(analysis ? { analysis } : {}),
    drainDelayMs: i.drainDelay,
    weightTolerance: i.weightTolerance,
    readyTimeoutMs: i.readyTimeout,
    unschedulableMs: i.unschedulableTimeout,
    pollMs: i.pollInterval,
    concurrencyPolicy: i.concurrencyPolicy,
    lockTimeoutMs: i.lockTimeout,
    leftover: i.onLeftover,
    ...(i.decision ? { decision: i.decision } : {}),
    holder,
  };
}
