/**
 * Untrusted paths never leave the workspace (issue #12): every path input of every action, through the
 * bundles, refuses `..`, an absolute path elsewhere and a symlink that leads out, with an error that names the
 * input and never prints the file's contents; a file under RUNNER_TEMP (where earlier steps, ours included,
 * write plans and reports) is accepted.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBundle, workflowDispatchEvent, type RunBundleResult } from '@pipewright/testkit';

const CONTENTS = 'TOP-SECRET-CONTENTS-7c1e';
/** The provisioned Bandit, so no step installs one. */
const BANDIT = '/var/lib/pipewright/venv/bin/bandit';

interface PathInput {
  action: string;
  input: string;
  kind: 'file' | 'dir';
  /** How the input carries a path (deploy-stack's `parameters: file://…`, build-image's `ID=path`). */
  wrap?: (p: string) => string;
  /** Other inputs the action requires, so only the path is wrong. */
  others?: Record<string, string>;
}

const INPUTS: PathInput[] = [
  { action: 'build-image', input: 'context', kind: 'dir' },
  { action: 'build-image', input: 'dockerfile', kind: 'file' },
  {
    action: 'build-image',
    input: 'secret-files',
    kind: 'file',
    wrap: (p) => `token=${p}`,
    others: { buildkit: 'true' },
  },
  { action: 'terraform-plan', input: 'path', kind: 'dir' },
  { action: 'terraform-plan', input: 'plan-file', kind: 'file' },
  { action: 'terraform-plan', input: 'plan-json', kind: 'file' },
  { action: 'terraform-plan', input: 'var-files', kind: 'file' },
  {
    action: 'deploy-stack',
    input: 'template',
    kind: 'file',
    others: { 'stack-name': 's', region: 'us-east-1' },
  },
  {
    action: 'deploy-stack',
    input: 'parameters',
    kind: 'file',
    wrap: (p) => `file://${p}`,
    others: { 'stack-name': 's', template: 'ok/template.json', region: 'us-east-1' },
  },
  { action: 'canary', input: 'kubeconfig-path', kind: 'file', others: { deployment: 'web' } },
  { action: 'security-scan', input: 'sast-path', kind: 'dir', others: { bandit: BANDIT } },
  {
    action: 'security-scan',
    input: 'bandit-config',
    kind: 'file',
    others: { 'sast-path': 'ok', bandit: BANDIT },
  },
  {
    action: 'security-scan',
    input: 'rules-file',
    kind: 'file',
    others: { 'sast-path': 'ok', bandit: BANDIT },
  },
  { action: 'security-scan', input: 'ingest', kind: 'file' },
  { action: 'security-scan', input: 'baseline', kind: 'file', others: { 'sast-path': 'ok', bandit: BANDIT } },
  {
    action: 'security-scan',
    input: 'sarif-file',
    kind: 'file',
    others: { 'sast-path': 'ok', bandit: BANDIT },
  },
  {
    action: 'security-scan',
    input: 'findings-file',
    kind: 'file',
    others: { 'sast-path': 'ok', bandit: BANDIT },
  },
];

let ws: string;
let outside: string;
let temp: string;
beforeAll(() => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pw-confine-'));
  ws = path.join(root, 'workspace');
  outside = path.join(root, 'outside');
  temp = path.join(root, 'runner-temp');
  for (const d of [ws, outside, temp, path.join(ws, 'ok'), path.join(temp, 'dir')])
    mkdirSync(d, { recursive: true });
  writeFileSync(path.join(outside, 'secret.txt'), `${CONTENTS}\n`);
  writeFileSync(path.join(ws, 'Dockerfile'), 'FROM scratch\n');
  writeFileSync(path.join(temp, 'file.txt'), '{}\n');
  writeFileSync(
    path.join(ws, 'ok', 'template.json'),
    JSON.stringify({ Resources: { Q: { Type: 'AWS::SQS::Queue' } } }),
  );
  symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'link-file'));
  symlinkSync(outside, path.join(ws, 'link-dir'));
});

function run(p: PathInput, value: string): Promise<RunBundleResult> {
  return runBundle(p.action, {
    workspace: ws,
    event: workflowDispatchEvent(),
    env: { RUNNER_TEMP: temp },
    inputs: { ...p.others, [p.input]: p.wrap ? p.wrap(value) : value },
    timeoutMs: 60_000,
  });
}

const errorsOf = (r: RunBundleResult) =>
  r.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');

describe.each(INPUTS)('$action `$input`', (p) => {
  const escapes: [string, string, RegExp][] = [
    ['..', p.kind === 'dir' ? '../outside' : '../outside/secret.txt', /is outside the workspace/],
    ['an absolute path elsewhere', p.kind === 'dir' ? '/etc' : '/etc/os-release', /is outside the workspace/],
    [
      'a symlink that leads out',
      p.kind === 'dir' ? 'link-dir' : 'link-file',
      /leads through a symbolic link/,
    ],
  ];

  it.each(escapes)(
    'refuses %s, naming the input, never the contents',
    async (_, value, why) => {
      const r = await run(p, value);
      expect(r.exitCode).toBe(1);
      const errors = errorsOf(r);
      expect(errors).toContain(`\`${p.input}\``);
      expect(errors).toMatch(why);
      expect(r.log).not.toContain(CONTENTS);
      expect(r.log).not.toContain('PRETTY_NAME'); // /etc/os-release's first line
    },
    60_000,
  );

  it('accepts a path under RUNNER_TEMP', async () => {
    const r = await run(p, p.kind === 'dir' ? path.join(temp, 'dir') : path.join(temp, 'file.txt'));
    expect(errorsOf(r)).not.toMatch(/outside the workspace|symbolic link/);
  }, 60_000);
});
