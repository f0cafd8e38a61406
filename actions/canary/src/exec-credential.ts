import path from 'node:path';
import { UserError } from '@pipewright/shared/action';

/**
 * kubeconfig `user.exec`: a credential plugin (aws eks get-token, kubelogin, gke-gcloud-auth-plugin) run as
 * client-go runs it (k8s.io/client-go/plugin/pkg/client/auth/exec; Kubernetes docs "client-go credential
 * plugins"): apiVersion client.authentication.k8s.io/v1 or v1beta1, `env` added to the runner's
 * environment, `args`, KUBERNETES_EXEC_INFO holding an ExecCredential with spec.interactive (and
 * spec.cluster with provideClusterInfo), the answer an ExecCredential of the same apiVersion whose status
 * has a token or a client certificate and key, cached until expirationTimestamp, run again then or on a
 * 401. A CI step has no terminal: interactiveMode Always cannot be served; Never and IfAvailable run
 * without standard input.
 */
export const EXEC_API_VERSIONS = ['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1'];

export interface ExecConfig {
  apiVersion: string;
  command: string;
  args: string[];
  env: { name: string; value: string }[];
  interactiveMode: 'Never' | 'IfAvailable' | 'Always';
  provideClusterInfo: boolean;
  installHint?: string;
  /** For provideClusterInfo: the cluster as the kubeconfig gives it. */
  cluster: { server: string; 'certificate-authority-data'?: string; 'insecure-skip-tls-verify'?: boolean };
}

export interface ExecCredential {
  token?: string;
  clientCertificateData?: string;
  clientKeyData?: string;
  /** ms since epoch; undefined: valid until a 401. */
  expiresAt?: number;
}

/** Validates `user.exec` as client-go's config loading does; `base` resolves a relative command path. */
export function parseExecConfig(raw: unknown, cluster: ExecConfig['cluster'], base: string): ExecConfig {
  const e = (raw ?? {}) as Record<string, unknown>;
  const bad = (what: string) =>
    new UserError(`The kubeconfig user's exec plugin: ${what}.`, {
      hint: 'See the Kubernetes docs "client-go credential plugins" for the exec section of a kubeconfig.',
    });
  const apiVersion = String(e.apiVersion ?? '');
  if (!EXEC_API_VERSIONS.includes(apiVersion))
    throw bad(
      apiVersion
        ? `apiVersion ${apiVersion} is not supported (use ${EXEC_API_VERSIONS.join(' or ')}; v1alpha1 was removed in Kubernetes 1.24)`
        : `apiVersion is required (${EXEC_API_VERSIONS.join(' or ')})`,
    );
  if (typeof e.command !== 'string' || !e.command) throw bad('command is required');
  const args = e.args ?? [];
  if (!Array.isArray(args) || args.some((a) => typeof a !== 'string'))
    throw bad('args must be a list of strings');
  const env = e.env ?? [];
  if (
    !Array.isArray(env) ||
    env.some(
      (v) =>
        !v ||
        typeof (v as { name?: unknown }).name !== 'string' ||
        typeof (v as { value?: unknown }).value !== 'string',
    )
  )
    throw bad('env must be a list of {name, value} strings');
  // interactiveMode is required in v1 and defaults to IfAvailable in v1beta1 (client-go exec.go).
  let mode = e.interactiveMode;
  if (mode === undefined) {
    if (apiVersion.endsWith('/v1'))
      throw bad(
        'interactiveMode is required with apiVersion client.authentication.k8s.io/v1 (Never, IfAvailable or Always)',
      );
    mode = 'IfAvailable';
  }
  if (mode !== 'Never' && mode !== 'IfAvailable' && mode !== 'Always')
    throw bad(`interactiveMode ${String(mode)} is not one of Never, IfAvailable, Always`);
  if (mode === 'Always')
    throw bad(
      'interactiveMode Always needs a terminal, which a CI step does not have; use a plugin mode that runs without one (Never)',
    );
  // client-go: a command with a path separator is relative to the kubeconfig's directory; a bare name is looked up in PATH.
  const command =
    e.command.includes('/') && !path.isAbsolute(e.command) ? path.resolve(base, e.command) : e.command;
  return {
    apiVersion,
    command,
    args: args as string[],
    env: env as ExecConfig['env'],
    interactiveMode: mode,
    provideClusterInfo: e.provideClusterInfo === true,
    ...(typeof e.installHint === 'string' ? { installHint: e.installHint } : {}),
    cluster,
  };
}

export type RunPlugin = (
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
) => Promise<{ code: number | null; stdout: string; stderr: string; error?: NodeJS.ErrnoException }>;

// node:child_process is taken when a plugin first runs, not at start-up: most kubeconfigs have no exec user and
// loading the module costs every run ~1–2 ms (cold start, docs/notes/cold-start.md).
const runPlugin: RunPlugin = (command, args, env) =>
  new Promise((resolve) => {
    const { spawn } = process.getBuiltinModule('node:child_process');
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ code: null, stdout: '', stderr: '', error }),
    );
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });

/** Runs the plugin when there is no valid credential; every token it hands out goes to onSecret first. */
export class ExecCredentialProvider {
  private cached: ExecCredential | undefined;
  private pending: Promise<ExecCredential> | undefined;
  private readonly cfg: ExecConfig;
  private readonly o: {
    env: NodeJS.ProcessEnv;
    onSecret: (s: string) => void;
    now: () => number;
    run: RunPlugin;
  };
  /** How many times the plugin ran (for the log). */
  runs = 0;
  constructor(
    cfg: ExecConfig,
    o: { env: NodeJS.ProcessEnv; onSecret: (s: string) => void; now?: () => number; run?: RunPlugin },
  ) {
    this.cfg = cfg;
    this.o = { now: Date.now, run: runPlugin, ...o };
  }

  /** Forgets the credential (after a 401), so the next get() runs the plugin again. */
  invalidate(): void {
    this.cached = undefined;
  }

  async get(): Promise<ExecCredential> {
    const c = this.cached;
    if (c && (c.expiresAt === undefined || c.expiresAt > this.o.now())) return c;
    this.pending ??= this.fetch().finally(() => (this.pending = undefined));
    this.cached = await this.pending;
    return this.cached;
  }

  private async fetch(): Promise<ExecCredential> {
    const cfg = this.cfg;
    const info = {
      apiVersion: cfg.apiVersion,
      kind: 'ExecCredential',
      spec: {
        interactive: false,
        ...(cfg.provideClusterInfo
          ? {
              cluster: {
                server: cfg.cluster.server,
                ...(cfg.cluster['certificate-authority-data']
                  ? { 'certificate-authority-data': cfg.cluster['certificate-authority-data'] }
                  : {}),
                ...(cfg.cluster['insecure-skip-tls-verify'] ? { 'insecure-skip-tls-verify': true } : {}),
              },
            }
          : {}),
      },
    };
    const env: NodeJS.ProcessEnv = { ...this.o.env };
    for (const v of cfg.env) env[v.name] = v.value;
    env.KUBERNETES_EXEC_INFO = JSON.stringify(info);
    this.runs++;
    const r = await this.o.run(cfg.command, cfg.args, env);
    const name = path.basename(cfg.command);
    if (r.error)
      throw new UserError(
        `The kubeconfig's credential plugin ${cfg.command} could not be run: ${r.error.code === 'ENOENT' ? 'not found' : r.error.message}.`,
        { hint: cfg.installHint ?? `Install ${name} on the runner (or put it on PATH) before this step.` },
      );
    if (r.code !== 0)
      throw new UserError(
        `The kubeconfig's credential plugin ${name} exited with code ${r.code}${r.stderr.trim() ? `: ${r.stderr.trim().split('\n').slice(-3).join(' ')}` : ''}.`,
        {
          hint: 'Its cloud login (e.g. aws-actions/configure-aws-credentials, azure/login, google-github-actions/auth) must run before this step.',
        },
      );
    let cred: { apiVersion?: string; kind?: string; status?: Record<string, unknown> };
    try {
      cred = JSON.parse(r.stdout) as typeof cred;
    } catch {
      throw new UserError(
        `The kubeconfig's credential plugin ${name} did not print an ExecCredential (JSON) on stdout.`,
      );
    }
    if (cred.apiVersion !== cfg.apiVersion || cred.kind !== 'ExecCredential')
      throw new UserError(
        `The kubeconfig's credential plugin ${name} answered with ${cred.kind ?? 'no kind'} ${cred.apiVersion ?? 'without apiVersion'}; expected ExecCredential ${cfg.apiVersion} (the kubeconfig's exec apiVersion).`,
      );
    const st = cred.status ?? {};
    const out: ExecCredential = {};
    if (typeof st.token === 'string' && st.token) out.token = st.token;
    if (typeof st.clientCertificateData === 'string' && typeof st.clientKeyData === 'string') {
      out.clientCertificateData = st.clientCertificateData;
      out.clientKeyData = st.clientKeyData;
    }
    if (!out.token && !out.clientKeyData)
      throw new UserError(
        `The kubeconfig's credential plugin ${name} returned neither status.token nor status.clientCertificateData and clientKeyData.`,
      );
    if (out.token) this.o.onSecret(out.token);
    if (out.clientKeyData) this.o.onSecret(out.clientKeyData);
    if (typeof st.expirationTimestamp === 'string') {
      const t = Date.parse(st.expirationTimestamp);
      if (!Number.isNaN(t)) out.expiresAt = t;
    }
    return out;
  }
}
