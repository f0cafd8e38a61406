import { requestJson, type JsonResponse } from './http-json.ts';
import type { Aggregate, Measurement } from './analysis.ts';
import { describeThrown } from '@pipewright/shared/action';

interface Envelope {
  status: 'success' | 'error';
  data?: { resultType: string; result: unknown };
  errorType?: string;
  error?: string;
}

type Sample = [number, string];
type Series = { metric: Record<string, string>; value: Sample };

/** Why a Prometheus call failed: the runner cannot reach it, it refused the credentials, or it refused the query. */
export class PrometheusError extends Error {
  readonly kind: 'unreachable' | 'auth' | 'query' | 'other';
  readonly status: number | undefined;
  constructor(kind: PrometheusError['kind'], message: string, status?: number) {
    super(message);
    this.name = 'PrometheusError';
    this.kind = kind;
    this.status = status;
  }
}

/** `{a="1", b="2"}`: a series' label set as PromQL prints it. */
export function labelSet(metric: Record<string, string>): string {
  return `{${Object.entries(metric)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(', ')}}`;
}

/** "3 series: {…}, {…} and 1 more". */
export function describeSeries(series: readonly { metric: Record<string, string> }[]): string {
  const shown = series.slice(0, 3).map((s) => labelSet(s.metric));
  return `${series.length} series: ${shown.join(', ')}${series.length > 3 ? ` and ${series.length - 3} more` : ''}`;
}

/** What an instant query returned, as the analysis needs it. */
export type InstantResult =
  | { type: 'scalar'; value: number }
  | { type: 'vector'; series: { metric: Record<string, string>; value: number }[] }
  | { type: 'other'; resultType: string };

/** Parses a Prometheus duration (`15s`, `1m30s`, `1h`) into milliseconds; undefined if it is not one. */
export function parsePromDuration(text: unknown): number | undefined {
  if (typeof text !== 'string' || !text) return undefined;
  if (text === '0') return 0;
  const units: Record<string, number> = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
    y: 31_536_000_000,
  };
  let ms = 0;
  let rest = text;
  while (rest) {
    const m = /^(\d+)(ms|s|m|h|d|w|y)/.exec(rest);
    if (!m) return undefined;
    ms += Number(m[1]) * (units[m[2] as string] as number);
    rest = rest.slice(m[0].length);
  }
  return ms;
}

/** Prometheus HTTP API: instant and range queries, POSTed as a form (long PromQL fits). */
export class PrometheusClient {
  readonly url: string;
  private readonly timeoutMs: number;
  private readonly headers: Record<string, string>;
  constructor(url: string, o: { timeoutMs?: number; bearerToken?: string } = {}) {
    this.url = url.replace(/\/+$/, '');
    this.timeoutMs = o.timeoutMs ?? 5000;
    this.headers = o.bearerToken ? { Authorization: `Bearer ${o.bearerToken}` } : {};
  }

  /** An instant query; throws PrometheusError. */
  async instant(query: string, time?: Date): Promise<InstantResult> {
    const env = await this.post('/api/v1/query', {
      query,
      ...(time ? { time: (time.getTime() / 1000).toFixed(3) } : {}),
    });
    const d = env.data;
    if (!d) throw new PrometheusError('other', 'Prometheus answered without data');
    if (d.resultType === 'scalar') return { type: 'scalar', value: Number((d.result as Sample)[1]) };
    if (d.resultType === 'vector')
      return {
        type: 'vector',
        series: (d.result as Series[]).map((r) => ({ metric: r.metric ?? {}, value: Number(r.value?.[1]) })),
      };
    return { type: 'other', resultType: d.resultType };
  }

  /**
   * One value per query: a scalar, or the one series of a vector. Several series are an error naming their
   * label sets, unless the check says how to aggregate them. Empty or NaN is "no data".
   */
  async measure(query: string, o: { aggregate?: Aggregate; time?: Date } = {}): Promise<Measurement> {
    let r: InstantResult;
    try {
      r = await this.instant(query, o.time);
    } catch (e) {
      return {
        kind: 'error',
        message: describeThrown(e),
        fatal: e instanceof PrometheusError && e.kind === 'query',
      };
    }
    let value: number;
    if (r.type === 'scalar') value = r.value;
    else if (r.type === 'vector') {
      const values = r.series.map((s) => s.value).filter((v) => !Number.isNaN(v));
      if (r.series.length === 0) return { kind: 'nodata', why: 'the query returned no series' };
      if (r.series.length > 1 && !o.aggregate)
        return {
          kind: 'error',
          fatal: true,
          message: `the query returned ${describeSeries(r.series)}; a check needs one value: aggregate in PromQL (e.g. sum(...) or max(...)) or set \`aggregate: max\` (min, avg, sum) on the check`,
        };
      if (values.length === 0) return { kind: 'nodata', why: 'the value is NaN (no traffic in the window)' };
      value = aggregate(values, o.aggregate ?? 'max');
    } else
      return {
        kind: 'error',
        fatal: true,
        message: `the query returned a ${r.resultType}, not an instant vector or scalar`,
      };
    if (Number.isNaN(value)) return { kind: 'nodata', why: 'the value is NaN (no traffic in the window)' };
    return { kind: 'value', value };
  }

  /** Reachable, and the credentials accepted: a trivial query. Throws PrometheusError. */
  async probe(): Promise<void> {
    await this.post('/api/v1/query', { query: '1' });
  }

  /**
   * The longest scrape interval in Prometheus' loaded configuration (GET /api/v1/status/config: the global
   * one, default 1m, and each job's own); undefined where the endpoint is missing or refused (Thanos,
   * Mimir and managed services often do not serve it).
   */
  async scrapeIntervalMs(parse: (yaml: string) => unknown): Promise<number | undefined> {
    let env: Envelope;
    try {
      env = await this.request('GET', '/api/v1/status/config');
    } catch {
      return undefined;
    }
    let cfg: { global?: { scrape_interval?: string }; scrape_configs?: { scrape_interval?: string }[] };
    try {
      cfg = (parse(String((env.data as unknown as { yaml?: string })?.yaml ?? '')) ?? {}) as typeof cfg;
    } catch {
      return undefined;
    }
    const global = parsePromDuration(cfg.global?.scrape_interval) ?? 60_000;
    const jobs = (cfg.scrape_configs ?? []).map((j) => parsePromDuration(j.scrape_interval) ?? global);
    return Math.max(global, ...jobs);
  }

  /** All samples of a range query, flattened (NaN dropped); for the baseline comparison. */
  async range(query: string, start: Date, end: Date, stepSeconds: number): Promise<number[]> {
    const env = await this.post('/api/v1/query_range', {
      query,
      start: (start.getTime() / 1000).toFixed(3),
      end: (end.getTime() / 1000).toFixed(3),
      step: String(stepSeconds),
    });
    const r = (env.data?.result ?? []) as { values: Sample[] }[];
    return r.flatMap((s) => s.values.map((v) => Number(v[1]))).filter((v) => !Number.isNaN(v));
  }

  private post(path: string, form: Record<string, string>): Promise<Envelope> {
    return this.request('POST', path, { ...form, timeout: `${Math.ceil(this.timeoutMs / 1000)}s` });
  }

  private async request(
    method: 'GET' | 'POST',
    path: string,
    form?: Record<string, string>,
  ): Promise<Envelope> {
    const body = form ? Buffer.from(new URLSearchParams(form).toString()) : undefined;
    let res: JsonResponse;
    try {
      res = await requestJson(new URL(this.url + path), {
        method,
        timeoutMs: this.timeoutMs,
        timeoutError: () =>
          new PrometheusError('unreachable', `Prometheus query timed out after ${this.timeoutMs} ms`),
        headers: {
          ...this.headers,
          ...(body
            ? { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(body.length) }
            : {}),
        },
        body,
      });
    } catch (e) {
      if (e instanceof PrometheusError) throw e;
      throw new PrometheusError('unreachable', `Prometheus unreachable at ${this.url}: ${describeThrown(e)}`);
    }
    const env = res.json as Envelope | undefined;
    const code = res.status;
    if (code === 200 && env?.status === 'success') return env;
    const detail = env?.error ? `${env.errorType ?? ''} ${env.error}`.trim() : res.text.slice(0, 120).trim();
    // 400 bad_data and 422 execution errors are the query's fault (Prometheus HTTP API docs).
    const kind =
      code === 401 || code === 403
        ? 'auth'
        : (code === 400 || code === 422) && env?.errorType
          ? 'query'
          : 'other';
    throw new PrometheusError(kind, `Prometheus ${code}${detail ? `: ${detail}` : ''}`, code);
  }
}

function aggregate(values: number[], how: Aggregate): number {
  switch (how) {
    case 'min':
      return Math.min(...values);
    case 'max':
      return Math.max(...values);
    case 'sum':
      return values.reduce((a, b) => a + b, 0);
    case 'avg':
      return values.reduce((a, b) => a + b, 0) / values.length;
  }
}
