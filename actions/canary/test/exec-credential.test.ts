/**
 * The exec credential provider with a real plugin process (test/fixtures/exec-plugin.sh) and a test clock:
 * client-go caches an ExecCredential until its status.expirationTimestamp and runs the plugin again after
 * it, or after invalidate() (a 401); it hands the plugin KUBERNETES_EXEC_INFO and refuses an answer of
 * another apiVersion (Kubernetes docs, "client-go credential plugins").
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { ExecCredentialProvider, type ExecConfig } from '../src/exec-credential.ts';

const PLUGIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'exec-plugin.sh');

function setup(env: Record<string, string>, o: Partial<ExecConfig> = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-exec-'));
  const log = path.join(dir, 'plugin.log');
  writeFileSync(log, '');
  const cfg: ExecConfig = {
    apiVersion: 'client.authentication.k8s.io/v1',
    command: PLUGIN,
    args: ['eks', 'get-token', '--cluster-name', 'shop'],
    env: [
      { name: 'PLUGIN_LOG', value: log },
      ...Object.entries(env).map(([name, value]) => ({ name, value })),
    ],
    interactiveMode: 'Never',
    provideClusterInfo: false,
    cluster: { server: 'https://k8s.example:6443' },
    ...o,
  };
  let now = Date.parse('2026-12-03T12:00:00Z');
  const secrets: string[] = [];
  const p = new ExecCredentialProvider(cfg, {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    onSecret: (s) => secrets.push(s),
    now: () => now,
  });
  const runs = () =>
    readFileSync(log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t'));
  return { p, runs, secrets, advance: (ms: number) => (now += ms) };
}

describe('exec credential plugin', () => {
  it('runs the plugin once, caches until expirationTimestamp, runs again after it and after a 401', async () => {
    const t = setup({ PLUGIN_TOKEN: 'tok-1', PLUGIN_EXPIRES: '2026-12-03T12:10:00Z' });
    expect(await t.p.get()).toEqual({ token: 'tok-1', expiresAt: Date.parse('2026-12-03T12:10:00Z') });
    t.advance(9 * 60_000);
    await t.p.get();
    expect(t.runs()).toHaveLength(1);
    t.advance(61_000); // past expirationTimestamp
    await t.p.get();
    expect(t.runs()).toHaveLength(2);
    t.p.invalidate();
    await t.p.get();
    expect(t.runs()).toHaveLength(3);
    expect(t.runs()[0]).toEqual([
      'eks get-token --cluster-name shop',
      '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","spec":{"interactive":false}}',
    ]);
    expect(t.secrets).toEqual(['tok-1', 'tok-1', 'tok-1']);
  });

  it('provideClusterInfo puts the cluster in KUBERNETES_EXEC_INFO (v1beta1 too)', async () => {
    const t = setup(
      { PLUGIN_TOKEN: 'tok-2' },
      {
        apiVersion: 'client.authentication.k8s.io/v1beta1',
        provideClusterInfo: true,
        cluster: { server: 'https://k8s.example:6443', 'certificate-authority-data': 'Q0E=' },
      },
    );
    expect(await t.p.get()).toEqual({ token: 'tok-2' });
    expect(JSON.parse(t.runs()[0]?.[1] ?? '')).toEqual({
      apiVersion: 'client.authentication.k8s.io/v1beta1',
      kind: 'ExecCredential',
      spec: {
        interactive: false,
        cluster: { server: 'https://k8s.example:6443', 'certificate-authority-data': 'Q0E=' },
      },
    });
  });

  it('a failing plugin is a user error with its stderr; a missing one says how to install it', async () => {
    const t = setup({
      PLUGIN_TOKEN: 'x',
      PLUGIN_FAIL: 'Unable to locate credentials. You can configure credentials by running "aws configure".',
    });
    await expect(t.p.get()).rejects.toThrow(
      'The kubeconfig\'s credential plugin exec-plugin.sh exited with code 1: Unable to locate credentials. You can configure credentials by running "aws configure".',
    );
    const m = setup({}, { command: '/nonexistent/aws', installHint: 'Install the AWS CLI v2.' });
    await expect(m.p.get()).rejects.toMatchObject({
      message: "The kubeconfig's credential plugin /nonexistent/aws could not be run: not found.",
      hint: 'Install the AWS CLI v2.',
    });
  });
});
