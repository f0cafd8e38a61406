/**
 * A cloud kubeconfig through the bundle: the user authenticates with an exec credential plugin (as EKS,
 * AKS and GKE kubeconfigs do). The plugin (test/fixtures/exec-plugin.sh) first hands out a stale token:
 * the API server answers 401, the action runs the plugin again and goes on (client-go does the same).
 * Every token the plugin printed is masked.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from '@jest/globals';
import { runBundle } from '@pipewright/testkit';
import type { FakeKube } from '@pipewright/testkit/k8s-fake/server';
import { FAST, NS, seededKube } from './helpers.ts';

const PLUGIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'exec-plugin.sh');
let kube: FakeKube | undefined;
afterEach(async () => {
  await kube?.stop();
  kube = undefined;
});

describe('kubeconfig with an exec credential plugin', () => {
  it('runs the plugin, re-runs it on a 401, masks every token, and the rollout completes', async () => {
    kube = await seededKube();
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'pw-exec-ws-'));
    mkdirSync(path.join(workspace, 'bin'));
    copyFileSync(PLUGIN, path.join(workspace, 'bin', 'get-token'));
    const log = path.join(workspace, 'plugin.log');
    writeFileSync(log, '');
    const STALE = 'k8s-aws-v1.stale-token-0000';
    writeFileSync(
      path.join(workspace, 'kubeconfig.yaml'),
      `apiVersion: v1
kind: Config
current-context: eks
clusters:
  - name: eks
    cluster: { server: ${kube.url} }
contexts:
  - name: eks
    context: { cluster: eks, user: eks, namespace: ${NS} }
users:
  - name: eks
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: ./bin/get-token
        args: [eks, get-token, --cluster-name, shop]
        env:
          - { name: PLUGIN_LOG, value: ${log} }
          - { name: PLUGIN_TOKEN, value: ${kube.token} }
          - { name: PLUGIN_BAD_TOKEN, value: ${STALE} }
        interactiveMode: Never
        provideClusterInfo: true
`,
    );
    const r = await runBundle('canary', {
      workspace,
      inputs: {
        ...FAST,
        'kubeconfig-path': path.join(workspace, 'kubeconfig.yaml'),
        image: 'registry.local/web:2',
        steps: '50',
      },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('promoted');
    const runs = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    expect(runs).toHaveLength(2);
    expect(runs[0]?.split('\t')).toEqual([
      'eks get-token --cluster-name shop',
      JSON.stringify({
        apiVersion: 'client.authentication.k8s.io/v1beta1',
        kind: 'ExecCredential',
        spec: { interactive: false, cluster: { server: kube.url } },
      }),
    ]);
    expect(kube.requests[0]?.status).toBe(401);
    expect(kube.requests.slice(1).filter((q) => q.status === 401)).toEqual([]);
    expect(r.log).toContain('Kubernetes API: 401 Unauthorized; running the credential plugin again.');
    expect(r.masks).toEqual(expect.arrayContaining([STALE, kube.token]));
    const visible = r.log
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(visible).not.toContain(kube.token);
    expect(visible).not.toContain(STALE);
  }, 60_000);
});
