import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError, describeThrown, type ActionRuntime } from '@pipewright/shared/action';
import type { CanaryInputs } from './config.ts';
import { inClusterConnection, parseKubeconfig, type Connection } from './kubeconfig.ts';
import { ExecCredentialProvider } from './exec-credential.ts';
import { KubeClient, KubeError, KubeUnreachable } from './kube.ts';
import { PrometheusClient } from './prometheus.ts';

/**
 * The Kubernetes client from the connection inputs (every credential masked first), and the Prometheus
 * client when `prometheus-url` is given.
 */
export function connect(
  rt: ActionRuntime,
  inputs: CanaryInputs,
  o: { attempts?: number } = {},
): { kube: KubeClient; prom?: PrometheusClient } {
  const conn = resolveConnection({ ...inputs, env: rt.env });
  conn.secrets.forEach((s) => rt.secret(s));
  const kube = new KubeClient(conn, {
    logger: rt.logger,
    ...o,
    ...credentialsOf(conn, rt.env, (s) => rt.secret(s)),
  });
  if (!inputs.prometheusUrl) return { kube };
  const prom = new PrometheusClient(inputs.prometheusUrl, {
    timeoutMs: inputs.queryTimeout,
    ...(inputs.prometheusToken ? { bearerToken: inputs.prometheusToken } : {}),
  });
  return { kube, prom };
}

/** API failures a user can act on become user errors (no stack). */
export function explain(e: unknown): unknown {
  if (e instanceof KubeUnreachable)
    return new UserError(e.message, {
      hint: 'Check the kubeconfig server address and that the runner can reach it.',
    });
  if (e instanceof KubeError && (e.code === 401 || e.code === 403))
    return new UserError(`The Kubernetes API refused the request: ${e.message}`, {
      hint: 'The credentials need get/create/patch/delete on deployments (and /scale), replicasets/pods/horizontalpodautoscalers (read), leases, and the router objects.',
    });
  if (e instanceof KubeError)
    return new UserError(`The Kubernetes API refused a change: ${e.message}`, {
      hint: 'An admission webhook, quota or policy may have denied it; the canary was rolled back first.',
    });
  return e;
}

/** The connection's credential plugin, if it has one; every credential it hands out is masked first. */
export function credentialsOf(
  conn: Connection,
  env: NodeJS.ProcessEnv,
  onSecret: (s: string) => void,
): { credentials: ExecCredentialProvider } | Record<string, never> {
  return conn.exec ? { credentials: new ExecCredentialProvider(conn.exec, { env, onSecret }) } : {};
}

/** kubeconfig input, kubeconfig-path input, $KUBECONFIG, then the in-cluster service account. */
export function resolveConnection(o: {
  kubeconfig?: string;
  kubeconfigPath?: string;
  context?: string;
  env: NodeJS.ProcessEnv;
}): Connection {
  if (o.kubeconfig) return parseKubeconfig(o.kubeconfig, o.context);
  const file = o.kubeconfigPath ?? o.env.KUBECONFIG?.split(':')[0];
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new UserError(`Cannot read the kubeconfig ${file}: ${describeThrown(e)}`);
    }
    return parseKubeconfig(text, o.context, undefined, path.dirname(path.resolve(file)));
  }
  const inCluster = inClusterConnection(o.env);
  if (inCluster) return inCluster;
  throw new UserError(
    'No Kubernetes credentials: give `kubeconfig` or `kubeconfig-path`, set KUBECONFIG, or run in a cluster.',
    {
      hint: 'For example `kubeconfig: ${{ secrets.KUBECONFIG }}`.',
    },
  );
}
