import { readFileSync } from 'node:fs';
import { parseYaml } from '@pipewright/shared/yaml';
import { UserError, describeThrown } from '@pipewright/shared/action';
import { parseExecConfig, type ExecConfig } from './exec-credential.ts';

/** What a request to the API server needs, resolved from a kubeconfig or the in-cluster service account. */
export interface Connection {
  server: string;
  token?: string;
  basic?: { username: string; password: string };
  ca?: string;
  cert?: string;
  key?: string;
  insecure: boolean;
  /** The context's namespace, if any. */
  namespace?: string;
  /** Secret values to mask. */
  secrets: string[];
  /** A credential plugin that gives the token (or client certificate) at run time. */
  exec?: ExecConfig;
}

interface Named<T> {
  name: string;
  [k: string]: unknown;
  cluster?: T;
  user?: T;
  context?: T;
}

const b64 = (s: string) => Buffer.from(s, 'base64').toString('utf8');

/**
 * Parses a kubeconfig (context: the given one or current-context). Supports token, token-file, client
 * certificates, basic auth, insecure-skip-tls-verify and `exec` credential plugins (exec-credential.ts; a
 * relative command is resolved against `base`, the kubeconfig's directory). The legacy auth-provider
 * plugins (removed from client-go in Kubernetes 1.26) are refused with a hint.
 */
export function parseKubeconfig(
  text: string,
  contextName?: string,
  readFile = (p: string) => readFileSync(p, 'utf8'),
  base = process.cwd(),
): Connection {
  let doc: Record<string, unknown>;
  try {
    doc = parseYaml(text) as Record<string, unknown>;
  } catch (e) {
    throw new UserError(`The kubeconfig is not valid YAML: ${describeThrown(e).split('\n')[0]}`);
  }
  if (!doc || typeof doc !== 'object') throw new UserError('The kubeconfig is empty.');
  const pick = <T>(list: unknown, name: string | undefined, what: string): T => {
    const arr = (Array.isArray(list) ? list : []) as Named<T>[];
    const found = arr.find((x) => x.name === name);
    const inner = found?.[what] as T | undefined;
    if (!inner)
      throw new UserError(`The kubeconfig has no ${what} named "${name ?? ''}".`, {
        hint: `Check current-context and the ${what}s list of the kubeconfig.`,
      });
    return inner;
  };
  const ctxName = contextName ?? (doc['current-context'] as string | undefined);
  const ctx = pick<Record<string, string>>(doc.contexts, ctxName, 'context');
  const cluster = pick<Record<string, unknown>>(doc.clusters, ctx.cluster, 'cluster');
  const user = ctx.user ? pick<Record<string, unknown>>(doc.users, ctx.user, 'user') : {};
  if (user['auth-provider'])
    throw new UserError(
      'The kubeconfig user authenticates with an auth-provider plugin, which client-go removed in Kubernetes 1.26.',
      {
        hint: 'Use the exec credential plugin of your cloud (gke-gcloud-auth-plugin, kubelogin, aws eks get-token), or a token.',
      },
    );
  const server = String(cluster.server ?? '');
  if (!/^https?:\/\//.test(server))
    throw new UserError(`The kubeconfig cluster server "${server}" is not an http(s) URL.`);
  const conn: Connection = {
    server: server.replace(/\/+$/, ''),
    insecure: cluster['insecure-skip-tls-verify'] === true,
    secrets: [],
  };
  if (ctx.namespace) conn.namespace = ctx.namespace;
  if (typeof cluster['certificate-authority-data'] === 'string')
    conn.ca = b64(cluster['certificate-authority-data']);
  else if (typeof cluster['certificate-authority'] === 'string')
    conn.ca = readFile(cluster['certificate-authority']);
  if (typeof user.token === 'string') conn.token = user.token;
  else if (typeof user.tokenFile === 'string') conn.token = readFile(user.tokenFile).trim();
  if (typeof user['client-certificate-data'] === 'string') conn.cert = b64(user['client-certificate-data']);
  else if (typeof user['client-certificate'] === 'string') conn.cert = readFile(user['client-certificate']);
  if (typeof user['client-key-data'] === 'string') conn.key = b64(user['client-key-data']);
  else if (typeof user['client-key'] === 'string') conn.key = readFile(user['client-key']);
  if (typeof user.username === 'string' && typeof user.password === 'string')
    conn.basic = { username: user.username, password: user.password };
  if (user.exec && !conn.token && !conn.cert)
    conn.exec = parseExecConfig(
      user.exec,
      {
        server: conn.server,
        ...(typeof cluster['certificate-authority-data'] === 'string'
          ? { 'certificate-authority-data': cluster['certificate-authority-data'] }
          : {}),
        ...(conn.insecure ? { 'insecure-skip-tls-verify': true } : {}),
      },
      base,
    );
  if (conn.token) conn.secrets.push(conn.token);
  if (conn.key) conn.secrets.push(conn.key);
  if (conn.basic) conn.secrets.push(conn.basic.password);
  return conn;
}

const SA = '/var/run/secrets/kubernetes.io/serviceaccount';

/** The pod's service account, as client-go's rest.InClusterConfig reads it. */
export function inClusterConnection(
  env: NodeJS.ProcessEnv,
  readFile = (p: string) => readFileSync(p, 'utf8'),
): Connection | undefined {
  const host = env.KUBERNETES_SERVICE_HOST;
  const port = env.KUBERNETES_SERVICE_PORT;
  if (!host || !port) return undefined;
  let token: string;
  try {
    token = readFile(`${SA}/token`).trim();
  } catch {
    return undefined;
  }
  const h = host.includes(':') ? `[${host}]` : host;
  const conn: Connection = {
    server: `https://${h}:${port}`,
    token,
    ca: readFile(`${SA}/ca.crt`),
    insecure: false,
    secrets: [token],
  };
  try {
    conn.namespace = readFile(`${SA}/namespace`).trim();
  } catch {
    /* optional */
  }
  return conn;
}
