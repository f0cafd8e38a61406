import { UserError, describeThrown } from '@pipewright/shared/action';
import type { Logger } from '@pipewright/shared/log';
import { formatDuration } from '@pipewright/shared/util';
import { parseYaml } from '@pipewright/shared/yaml';
import { renderQuery } from './analysis.ts';
import { describeSeries, parsePromDuration, PrometheusError, type PrometheusClient } from './prometheus.ts';
import type { AnalysisConfig } from './rollout-types.ts';

/** Prometheus' own default scrape interval, assumed where its configuration cannot be read. */
export const DEFAULT_SCRAPE_INTERVAL_MS = 60_000;
/**
 * A rate over the canary needs two scrapes of it, and its first scrape can come up to one scrape interval
 * after its first request: no data in the first 3 scrape intervals after the shift means "not yet".
 */
export const INITIAL_DELAY_SCRAPES = 3;

export interface Preflight {
  /** The longest scrape interval in Prometheus' configuration, when it could be read. */
  scrapeIntervalMs?: number;
  /** No data this soon after the canary got traffic counts as "wait", whatever the no-data policy. */
  initialDelayMs: number;
}

/**
 * Before the first cluster write: Prometheus reachable with the token, and every check's query valid and
 * giving one value. The query is run for the stable Deployment (the canary does not exist yet): a query
 * that returns several series for the stable pods would do the same for the canary's. Problems of all
 * checks are reported together.
 */
export async function preflightAnalysis(
  a: AnalysisConfig,
  prom: PrometheusClient,
  vars: { namespace: string; stable: string },
  logger: Logger,
): Promise<Preflight> {
  try {
    await prom.probe();
  } catch (e) {
    throw unusable(prom.url, e);
  }
  const problems: string[] = [];
  for (const check of a.checks) {
    const query = renderQuery(check.query, {
      namespace: vars.namespace,
      target: vars.stable,
      window: a.window,
    });
    try {
      const r = await prom.instant(query);
      if (r.type === 'other')
        problems.push(
          `check ${check.name}: the query returns a ${r.resultType}; a check needs an instant vector or a scalar (a range selector like [{{window}}] belongs inside rate(), avg_over_time() and the like).`,
        );
      else if (r.type === 'vector' && r.series.length > 1 && !check.aggregate)
        problems.push(
          `check ${check.name}: for the stable Deployment ${vars.stable} the query returns ${describeSeries(r.series)}; a check needs one value: aggregate in PromQL (e.g. sum(...) or max(...)) or set \`aggregate\` (min, max, avg or sum) on the check.`,
        );
    } catch (e) {
      if (e instanceof PrometheusError && e.kind === 'query')
        problems.push(`check ${check.name}: Prometheus refused the query (${e.message}). Query: ${query}`);
      else throw unusable(prom.url, e);
    }
  }
  if (problems.length)
    throw new UserError(
      `The analysis cannot run; nothing was changed in the cluster.\n- ${problems.join('\n- ')}`,
      {
        hint: 'Fix the `checks` input; each query must give one number for the canary.',
      },
    );

  const scrapeIntervalMs = await prom.scrapeIntervalMs(parseYaml);
  const basis = scrapeIntervalMs ?? DEFAULT_SCRAPE_INTERVAL_MS;
  const initialDelayMs = a.initialDelayMs ?? INITIAL_DELAY_SCRAPES * basis;
  logger.info(
    `Prometheus ${prom.url} answers; ${a.checks.length} check${a.checks.length === 1 ? '' : 's'} valid. Scrape interval ${scrapeIntervalMs !== undefined ? formatDuration(scrapeIntervalMs) : `unknown (/api/v1/status/config not served; assuming Prometheus' default ${formatDuration(basis)})`}; no data in the first ${formatDuration(initialDelayMs)} after the shift means "wait"${a.initialDelayMs !== undefined ? ' (initial-delay)' : ` (${INITIAL_DELAY_SCRAPES} × scrape interval; set initial-delay to change it)`}.`,
  );
  const windowMs = parsePromDuration(a.window);
  if (scrapeIntervalMs !== undefined && windowMs !== undefined && windowMs < 2 * scrapeIntervalMs)
    logger.warning(
      `analysis-window ${a.window} is shorter than two scrape intervals (${formatDuration(scrapeIntervalMs)} each): a rate() over it has at most one sample and returns no data. Use at least ${formatDuration(4 * scrapeIntervalMs)}.`,
    );
  return { ...(scrapeIntervalMs !== undefined ? { scrapeIntervalMs } : {}), initialDelayMs };
}

function unusable(url: string, e: unknown): UserError {
  const msg = describeThrown(e).replace(`Prometheus unreachable at ${url}: `, '');
  if (e instanceof PrometheusError && e.kind === 'auth')
    return new UserError(
      `Prometheus at ${url} refused the credentials (${msg}); nothing was changed in the cluster.`,
      {
        hint: 'Check `prometheus-token` (a bearer token Prometheus or its proxy accepts).',
      },
    );
  if (e instanceof PrometheusError && e.kind === 'unreachable')
    return new UserError(
      `Prometheus at ${url} cannot be reached (${msg}); nothing was changed in the cluster.`,
      {
        hint: 'Check `prometheus-url` and that the runner can reach it (network, firewall, VPN).',
      },
    );
  return new UserError(
    `Prometheus at ${url} does not answer queries: ${msg}; nothing was changed in the cluster.`,
    {
      hint: 'Check `prometheus-url`: it must be the Prometheus HTTP API base URL (the one /api/v1/query is under).',
    },
  );
}
