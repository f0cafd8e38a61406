import http from 'node:http';
import https from 'node:https';
import { requestJson, type JsonResponse } from './http-json.ts';
import { retry, realSleep, type Sleep } from '@pipewright/shared/util';
import type { Logger } from '@pipewright/shared/log';
import type { Connection } from './kubeconfig.ts';
import type { ExecCredential } from './exec-credential.ts';
import { describeThrown } from '@pipewright/shared/action';

/** A non-2xx answer of the API server, with its Status body's reason and message. */
export class KubeError extends Error {
  readonly code: number;
  readonly reason: string;
  readonly path: string;
  constructor(code: number, reason: string, message: string, path: string) {
    super(`${code} ${reason}: ${message} (${path})`);
    this.name = 'KubeError';
    this.code = code;
    this.reason = reason;
    this.path = path;
  }
}

/** The server could not be reached at all (refused, DNS, TLS): not retried, a user problem. */
export class KubeUnreachable extends Error {
  constructor(server: string, cause: unknown) {
    super(`cannot reach the Kubernetes API server at ${server}: ${describeThrown(cause)}`, { cause });
    this.name = 'KubeUnreachable';
  }
}

export const PATCH = {
  json: 'application/json-patch+json',
  merge: 'application/merge-patch+json',
  strategic: 'application/strategic-merge-patch+json',
} as const;
export type PatchType = keyof typeof PATCH;

export interface KubeClientOptions {
  /** The kubeconfig's exec credential plugin (exec-credential.ts), asked before each request. */
  credentials?: { get(): Promise<ExecCredential>; invalidate(): void };
  logger?: Logger;
  sleep?: Sleep;
  attempts?: number;
  timeoutMs?: number;
}

/**
 * A deliberately small REST client on node:http(s). @kubernetes/client-node loads every API group's
 * models and undici at import (~0.4 s even for one deep-imported group, undici alone ~6× `node -e 0`);
 * this action needs a dozen plain JSON calls, so it keeps the cold start within 4× `node -e 0`.
 * 429/5xx and resets are retried with backoff; 409 is returned to the caller, which re-reads.
 */
export class KubeClient {
  readonly server: string;
  private readonly conn: Connection;
  private agent: http.Agent;
  private readonly opts: KubeClientOptions;
  /** The client key the agent was made with (a plugin may hand out a new certificate). */
  private agentKey: string | undefined;
  constructor(conn: Connection, opts: KubeClientOptions = {}) {
    this.conn = conn;
    this.server = conn.server;
    this.opts = opts;
    this.agent = this.makeAgent(conn.cert, conn.key);
  }

  private makeAgent(cert: string | undefined, key: string | undefined): http.Agent {
    this.agentKey = key;
    return this.conn.server.startsWith('https:')
      ? new https.Agent({
          keepAlive: true,
          rejectUnauthorized: !this.conn.insecure,
          ...(this.conn.ca ? { ca: this.conn.ca } : {}),
          ...(cert ? { cert } : {}),
          ...(key ? { key } : {}),
        })
      : new http.Agent({ keepAlive: true });
  }

  close(): void {
    this.agent.destroy();
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }
  /** undefined on 404. */
  async find<T>(path: string): Promise<T | undefined> {
    try {
      return await this.get<T>(path);
    } catch (e) {
      if (e instanceof KubeError && e.code === 404) return undefined;
      throw e;
    }
  }
  create<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }
  replace<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }
  patch<T>(path: string, type: PatchType, body: unknown): Promise<T> {
    return this.request<T>('PATCH', path, body, PATCH[type]);
  }
  /** true when deleted, false when it was already gone. */
  async remove(path: string): Promise<boolean> {
    try {
      await this.request('DELETE', path, {
        kind: 'DeleteOptions',
        apiVersion: 'v1',
        propagationPolicy: 'Background',
      });
      return true;
    } catch (e) {
      if (e instanceof KubeError && e.code === 404) return false;
      throw e;
    }
  }

  /** A 401 with a credential plugin runs the plugin again and retries once (client-go does the same). */
  async request<T>(
    method: string,
    path: string,
    body?: unknown,
    contentType = 'application/json',
  ): Promise<T> {
    try {
      return await this.retried<T>(method, path, body, contentType);
    } catch (e) {
      if (!(e instanceof KubeError && e.code === 401 && this.opts.credentials)) throw e;
      this.opts.logger?.info('Kubernetes API: 401 Unauthorized; running the credential plugin again.');
      this.opts.credentials.invalidate();
      return this.retried<T>(method, path, body, contentType);
    }
  }

  private retried<T>(method: string, path: string, body: unknown, contentType: string): Promise<T> {
    return retry(() => this.once<T>(method, path, body, contentType), {
      attempts: this.opts.attempts ?? 5,
      baseDelayMs: 200,
      maxDelayMs: 2000,
      sleep: this.opts.sleep ?? realSleep,
      retryable: (e) => {
        if (e instanceof KubeError) {
          if (e.code === 429 || e.code >= 500) return true;
          return false;
        }
        return !(e instanceof KubeUnreachable);
      },
      onRetry: (e, attempt, delay) =>
        this.opts.logger?.info(
          `Kubernetes API: ${method} ${path} failed (${describeThrown(e)}); retry ${attempt} in ${delay} ms.`,
        ),
    });
  }

  private async once<T>(method: string, path: string, body: unknown, contentType: string): Promise<T> {
    const url = new URL(this.server + path);
    const cred = this.opts.credentials ? await this.opts.credentials.get() : undefined;
    if (cred?.clientKeyData && cred.clientKeyData !== this.agentKey) {
      this.agent.destroy();
      this.agent = this.makeAgent(cred.clientCertificateData, cred.clientKeyData);
    }
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': 'pipewright-canary' };
    if (payload) {
      headers['Content-Type'] = contentType;
      headers['Content-Length'] = String(payload.length);
    }
    if (cred?.token) headers.Authorization = `Bearer ${cred.token}`;
    else if (this.conn.token) headers.Authorization = `Bearer ${this.conn.token}`;
    else if (this.conn.basic)
      headers.Authorization = `Basic ${Buffer.from(`${this.conn.basic.username}:${this.conn.basic.password}`).toString('base64')}`;
    const timeoutMs = this.opts.timeoutMs ?? 30_000;
    let res: JsonResponse;
    try {
      res = await requestJson(url, {
        method,
        headers,
        body: payload,
        agent: this.agent,
        timeoutMs,
        timeoutError: () => new Error(`timed out after ${timeoutMs} ms`),
      });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (UNREACHABLE.includes(code)) throw new KubeUnreachable(this.server, e);
      throw e;
    }
    if (res.status >= 200 && res.status < 300) return res.json as T;
    const st = (res.json ?? {}) as { reason?: string; message?: string };
    throw new KubeError(
      res.status,
      st.reason ?? res.statusMessage ?? 'Error',
      st.message ?? res.text.slice(0, 200),
      `${method} ${path}`,
    );
  }
}

/** Connection errors that mean the server cannot be reached at all (KubeUnreachable, not retried). */
const UNREACHABLE = [
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
];

const enc = encodeURIComponent;
/** Paths of the resources this action touches (all namespaced). */
export const paths = {
  deployments: (ns: string) => `/apis/apps/v1/namespaces/${enc(ns)}/deployments`,
  deployment: (ns: string, n: string) => `/apis/apps/v1/namespaces/${enc(ns)}/deployments/${enc(n)}`,
  scale: (ns: string, n: string) => `/apis/apps/v1/namespaces/${enc(ns)}/deployments/${enc(n)}/scale`,
  replicaSets: (ns: string, selector: string) =>
    `/apis/apps/v1/namespaces/${enc(ns)}/replicasets?labelSelector=${enc(selector)}`,
  pods: (ns: string, selector: string) => `/api/v1/namespaces/${enc(ns)}/pods?labelSelector=${enc(selector)}`,
  events: (ns: string, involved: string) =>
    `/api/v1/namespaces/${enc(ns)}/events?fieldSelector=${enc(`involvedObject.name=${involved}`)}`,
  services: (ns: string) => `/api/v1/namespaces/${enc(ns)}/services`,
  service: (ns: string, n: string) => `/api/v1/namespaces/${enc(ns)}/services/${enc(n)}`,
  leases: (ns: string) => `/apis/coordination.k8s.io/v1/namespaces/${enc(ns)}/leases`,
  lease: (ns: string, n: string) => `/apis/coordination.k8s.io/v1/namespaces/${enc(ns)}/leases/${enc(n)}`,
  ingresses: (ns: string) => `/apis/networking.k8s.io/v1/namespaces/${enc(ns)}/ingresses`,
  ingress: (ns: string, n: string) => `/apis/networking.k8s.io/v1/namespaces/${enc(ns)}/ingresses/${enc(n)}`,
  hpas: (ns: string) => `/apis/autoscaling/v2/namespaces/${enc(ns)}/horizontalpodautoscalers`,
  httpRoute: (ns: string, n: string) =>
    `/apis/gateway.networking.k8s.io/v1/namespaces/${enc(ns)}/httproutes/${enc(n)}`,
};

export function selectorString(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}
