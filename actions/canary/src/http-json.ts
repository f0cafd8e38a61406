import http from 'node:http';
import https from 'node:https';

export interface JsonRequest {
  method: string;
  headers?: Record<string, string>;
  body?: Buffer | undefined;
  /** The connection pool (TLS settings, client certificates); Node's global agent when omitted. */
  agent?: http.Agent;
  timeoutMs: number;
  /** What the request fails with when the socket is idle for `timeoutMs`. */
  timeoutError: () => Error;
}

export interface JsonResponse {
  status: number;
  statusMessage: string | undefined;
  text: string;
  /** The body parsed as JSON; undefined when it is empty or not JSON. */
  json: unknown;
}

/**
 * One HTTP(S) request on node:http(s), for the API server and Prometheus clients. Resolves with any status
 * (each client reads its own error bodies); rejects with the transport error (refused, DNS, TLS, reset, or
 * `timeoutError()`), which each client turns into its own error type.
 */
export function requestJson(url: URL, r: JsonRequest): Promise<JsonResponse> {
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(
      url,
      {
        method: r.method,
        headers: r.headers ?? {},
        timeout: r.timeoutMs,
        ...(r.agent ? { agent: r.agent } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, statusMessage: res.statusMessage, text, json });
        });
      },
    );
    req.on('timeout', () => req.destroy(r.timeoutError()));
    req.on('error', reject);
    req.end(r.body);
  });
}
