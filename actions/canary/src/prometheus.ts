import http from 'node:http';
import https from 'node:https';
import type { Measurement } from './analysis.ts';

interface Envelope {
  status: 'success' | 'error';
  data?: { resultType: string; result: unknown };
  errorType?: string;
  error?: string;
}

type Sample = [number, string];

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

  /** One value per query: the first series of a vector, or a scalar. Empty or NaN is "no data". */
  async measure(query: string, time?: Date): Promise<Measurement> {
    let env: Envelope;
    try {
      env = await this.post('/api/v1/query', {
        query,
        ...(time ? { time: (time.getTime() / 1000).toFixed(3) } : {}),
      });
    } catch (e) {
      return { kind: 'error', message: (e as Error).message };
    }
    const d = env.data;
    if (!d) return { kind: 'error', message: 'response without data' };
    let raw: string | undefined;
    if (d.resultType === 'scalar') raw = (d.result as Sample)[1];
    else if (d.resultType === 'vector') {
      const r = d.result as { value: Sample }[];
      if (r.length === 0) return { kind: 'nodata', why: 'the query returned no series' };
      raw = r[0]?.value[1];
    } else return { kind: 'error', message: `unexpected result type ${d.resultType}` };
    const value = Number(raw);
    if (Number.isNaN(value)) return { kind: 'nodata', why: 'the value is NaN (no traffic in the window)' };
    return { kind: 'value', value };
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
    const body = Buffer.from(
      new URLSearchParams({ ...form, timeout: `${Math.ceil(this.timeoutMs / 1000)}s` }).toString(),
    );
    const url = new URL(this.url + path);
    const mod = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = mod.request(
        url,
        {
          method: 'POST',
          timeout: this.timeoutMs,
          headers: {
            ...this.headers,
            'Content-Type': 'application/x-www-form-urlencoded',
            'Content-Length': String(body.length),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let env: Envelope | undefined;
            try {
              env = JSON.parse(text) as Envelope;
            } catch {
              env = undefined;
            }
            if (res.statusCode === 200 && env?.status === 'success') return resolve(env);
            reject(
              new Error(
                `Prometheus ${res.statusCode}${env?.error ? `: ${env.errorType ?? ''} ${env.error}` : ` ${text.slice(0, 120)}`}`,
              ),
            );
          });
        },
      );
      req.on('timeout', () =>
        req.destroy(new Error(`Prometheus query timed out after ${this.timeoutMs} ms`)),
      );
      req.on('error', (e) => reject(new Error(`Prometheus unreachable at ${this.url}: ${e.message}`)));
      req.end(body);
    });
  }
}
