/**
 * A loopback HTTP proxy in front of a registry that injects faults: answer 429/503 or drop the
 * connection for the first N requests matching a method and path. Everything else is forwarded as is
 * (Host header kept, so the registry's upload Location URLs point back at the proxy).
 */
import http from 'node:http';
import type net from 'node:net';

export interface Fault {
  method?: string;
  path: RegExp;
  /** How many matching requests get the fault; later ones pass. */
  times: number;
  /** An error answer (distribution error `code`, e.g. DENIED, NAME_UNKNOWN) or a dropped connection. */
  action: { status: number; code?: string; retryAfter?: number } | 'drop';
}

export interface ProxiedRequest {
  method: string;
  path: string;
  /** The status we answered with, or 'dropped', or the upstream status. */
  outcome: number | 'dropped';
  injected: boolean;
}

export interface FaultProxy {
  host: string;
  requests: ProxiedRequest[];
  setFaults(faults: Fault[]): void;
  stop(): Promise<void>;
}

export async function startFaultProxy(upstream: string, faults: Fault[] = []): Promise<FaultProxy> {
  const [upHost, upPort] = upstream.split(':') as [string, string];
  let rules = faults.map((f) => ({ ...f, left: f.times }));
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const rule = rules.find((r) => r.left > 0 && (!r.method || r.method === method) && r.path.test(url));
    if (rule) {
      rule.left--;
      if (rule.action === 'drop') {
        requests.push({ method, path: url, outcome: 'dropped', injected: true });
        req.socket.destroy();
        return;
      }
      const { status, retryAfter } = rule.action;
      const code = rule.action.code ?? (status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE');
      requests.push({ method, path: url, outcome: status, injected: true });
      req.resume();
      res.writeHead(status, {
        'content-type': 'application/json',
        ...(retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {}),
      });
      res.end(JSON.stringify({ errors: [{ code, message: `injected ${status}`, detail: null }] }));
      return;
    }
    const up = http.request(
      { host: upHost, port: Number(upPort), method, path: url, headers: req.headers },
      (ur) => {
        requests.push({ method, path: url, outcome: ur.statusCode ?? 0, injected: false });
        res.writeHead(ur.statusCode ?? 502, ur.headers);
        ur.pipe(res);
      },
    );
    up.on('error', () => req.socket.destroy());
    req.pipe(up);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as net.AddressInfo).port;
  return {
    host: `127.0.0.1:${port}`,
    requests,
    setFaults(f) {
      rules = f.map((x) => ({ ...x, left: x.times }));
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
