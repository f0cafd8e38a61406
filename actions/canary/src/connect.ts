import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError, describeThrown } from '@pipewright/shared/action';
import { inClusterConnection, parseKubeconfig, type Connection } from './kubeconfig.ts';
import { ExecCredentialProvider } from './exec-credential.ts';

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
