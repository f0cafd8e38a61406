/**
 * Secrets never leave the runner (issue #12): distinct secrets planted in every input and fixture each action
 * takes, the BUNDLES run as the runner runs them, and zero occurrences — plain, base64, URL-encoded or
 * JSON-escaped — in every channel (PR comment and every other GitHub API body, job summary, annotations,
 * step outputs, the files the action writes, the log); every secret the action is told about is masked.
 * The harness is packages/testkit/src/secret-harness.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBundle, pullRequestEvent, type RunBundleResult } from '@pipewright/testkit';
import { startFakeGitHub, type FakeGitHub } from '@pipewright/testkit/github-fake/server';
import { startFakeCloudFormation } from '@pipewright/testkit/cloudformation-fake/server';
import { startRegistry } from '@pipewright/testkit/services/registry';
import { startFakeKube } from '@pipewright/testkit/k8s-fake/server';
import { deployment, service } from '@pipewright/testkit/k8s-fake/fixtures';
import { removeImages, requireTools, workspaceWith } from '../actions/build-image/test/helpers.ts';
import {
  channelsOf,
  findLeaks,
  plantSecret,
  startEchoServer,
  unmasked,
  type EchoServer,
  type PlantedSecret,
} from '@pipewright/testkit/secret-harness';

const BANDIT = '/var/lib/pipewright/venv/bin/bandit';
const TERRAFORM = process.env.TERRAFORM ?? '/usr/local/bin/terraform';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh.close();
});

function expectNoLeak(
  secrets: PlantedSecret[],
  r: RunBundleResult,
  files: string[],
  o: { masksOf?: PlantedSecret[] } = {},
): void {
  const channels = channelsOf(r, { gh, files });
  // The channels must hold something, or "no leak" would prove nothing.
  expect(channels.find((c) => c.name === 'log')?.text.length).toBeGreaterThan(0);
  expect(findLeaks(secrets, channels)).toEqual([]);
  expect(unmasked(o.masksOf ?? secrets, r)).toEqual([]);
  expect(gh.rejected).toEqual([]);
}

const ws = () => mkdtempSync(path.join(os.tmpdir(), 'pw-leak-'));

describe('security-scan', () => {
  let echo: EchoServer;
  beforeAll(async () => {
    if (!existsSync(BANDIT)) throw new Error(`${BANDIT} is missing: run scripts/provision.sh`);
    echo = await startEchoServer();
  });
  afterAll(async () => {
    await echo.close();
  });

  it('cookies, auth headers, tokens and passwords in scanned source reach no channel', async () => {
    const cookie = plantSecret('dast-cookie value');
    const bearer = plantSecret('dast-auth-header bearer token');
    const token = plantSecret('github-token', true, 'ghs');
    // Found in the source, not given: redacted in what is published, not masked (the action cannot know).
    const b105 = plantSecret('B105 hardcoded password', false);
    const b106 = plantSecret('B106 hardcoded password', false);
    const b107 = plantSecret('B107 hardcoded password', false);
    const w = ws();
    mkdirSync(path.join(w, 'src'));
    writeFileSync(
      path.join(w, 'src', 'app.py'),
      [
        `password = "${b105.value}"`,
        '',
        'def connect(user, password="' + b107.value + '"):',
        '    return (user, password)',
        '',
        `connect("app", password="${b106.value}")`,
        '',
      ].join('\n'),
    );
    const sarif = path.join(w, 'out', 'scan.sarif');
    const findingsFile = path.join(w, 'out', 'findings.json');
    const r = await runBundle('security-scan', {
      workspace: w,
      githubApiUrl: gh.url,
      token: token.value,
      event: pullRequestEvent(),
      inputs: {
        'sast-path': 'src',
        bandit: BANDIT,
        'target-url': echo.url,
        'dast-cookie': `session=${cookie.value}; lang=en`,
        'dast-auth-header': `Authorization: Bearer ${bearer.value}`,
        'dast-max-pages': '3',
        'upload-sarif': 'true',
        'sarif-file': 'out/scan.sarif',
        'findings-file': 'out/findings.json',
        'fail-on-sast': 'none',
        'fail-on-dast': 'none',
        'github-token': token.value,
      },
    });
    expect(r.exitCode).toBe(0);
    // What the secrets would have reached: B105–B107 findings, DAST findings quoting the echoed cookies,
    // the PR comment and the SARIF upload.
    expect(r.outputs['sast-findings']).not.toBe('0');
    expect(r.outputs['dast-findings']).not.toBe('0');
    expect(gh.sarifUploads.length).toBeGreaterThan(0);
    expect(gh.issueComments(42).length).toBeGreaterThan(0);
    expectNoLeak([cookie, bearer, token, b105, b106, b107], r, [sarif, findingsFile], {
      masksOf: [cookie, bearer, token],
    });
    const published = gh.sarifUploads.map((u) => u.sarif).join('\n');
    expect(published).toContain('B105');
    expect(published).toContain('B106');
    expect(published).toContain('B107');
    expect(published).toContain('[redacted: ');
    // the echo page's headers were quoted as evidence (10037 X-Powered-By, 10036 Server), redacted
    expect(published).toContain('X-Powered-By: echo ***');
    expect(published).toContain('echo/1.2.3 (***)');
  }, 180_000);
});

describe('deploy-stack', () => {
  it('NoEcho values, current and previous, in outputs and failure reasons reach no channel', async () => {
    const current = plantSecret('NoEcho value given in this run');
    const previous = plantSecret('NoEcho previous value');
    const token = plantSecret('github-token', true, 'ghs');
    const w = ws();
    const template = (queues: number) =>
      JSON.stringify({
        Parameters: {
          DbPassword: { Type: 'String', NoEcho: true },
          ApiKey: { Type: 'String', NoEcho: true },
          Env: { Type: 'String' },
        },
        Resources: Object.fromEntries(
          Array.from({ length: queues }, (_, i) => [`Q${i}`, { Type: 'AWS::SQS::Queue' }]),
        ),
        Outputs: {
          Conn: { Value: { 'Fn::Sub': 'postgres://app:${DbPassword}@db/${Env}' } },
          Key: { Value: { 'Fn::Join': ['', ['k-', { Ref: 'ApiKey' }]] } },
          Plain: { Value: { 'Fn::Sub': 'env-${Env}' } },
        },
      });
    writeFileSync(path.join(w, 'stack.json'), template(1));
    const reason = `Resource handler returned message: "Role with name ${current.value} already exists." (HandlerErrorCode: AlreadyExists)`;
    const cfn = await startFakeCloudFormation({
      scripts: { fails: { failResource: 'Q1', failReason: reason } },
    });
    try {
      const run = (stack: string, parameters: string, runId: string) =>
        runBundle('deploy-stack', {
          workspace: w,
          githubApiUrl: gh.url,
          token: token.value,
          event: pullRequestEvent(),
          env: { GITHUB_RUN_ID: runId },
          inputs: {
            'stack-name': stack,
            template: 'stack.json',
            region: 'us-east-1',
            endpoint: cfn.url,
            parameters,
            comment: 'true',
            mode: 'deploy',
            'github-token': token.value,
          },
        });
      // 1. Both NoEcho values given: the previous value is planted now …
      const first = await run(
        'app',
        `DbPassword=${previous.value}\nApiKey=${previous.value}-k\nEnv=dev`,
        '501',
      );
      expect(first.exitCode).toBe(0);
      expectNoLeak([previous, token], first, []);
      // 2. … and kept (UsePreviousValue) by an update that gives only Env: outputs derived from it withheld.
      writeFileSync(path.join(w, 'stack.json'), template(2));
      const kept = await run('app', 'Env=dev', '502');
      expect(kept.exitCode).toBe(0);
      expect(JSON.parse(kept.outputs['outputs'] as string)).toEqual({ Plain: 'env-dev' });
      expectNoLeak([previous, token], kept, [], { masksOf: [token] });
      // 3. A failure whose reason quotes a NoEcho value given in this run: summary, comment, annotations.
      const failed = await run(
        'fails',
        `DbPassword=${current.value}\nApiKey=${current.value}-k\nEnv=dev`,
        '503',
      );
      expect(failed.exitCode).toBe(1);
      expect(failed.summary).toContain('already exists');
      expect(gh.requests.some((q) => JSON.stringify(q.body ?? '').includes('already exists'))).toBe(true);
      expectNoLeak([current, previous, token], failed, [], { masksOf: [current, token] });
    } finally {
      await cfn.close();
    }
  }, 180_000);
});

describe('terraform-plan', () => {
  beforeAll(() => {
    if (!existsSync(TERRAFORM)) throw new Error(`${TERRAFORM} is missing: run scripts/provision.sh`);
  });

  it('sensitive variables and outputs, hash key, salt and token reach no channel', async () => {
    const variable = plantSecret('sensitive variable (TF_VAR_)');
    const viaInput = plantSecret('sensitive variable (variables input)');
    const hashKey = plantSecret('hash-key');
    const salt = plantSecret('hash-salt');
    const maskEnv = plantSecret('mask-env value');
    const token = plantSecret('github-token', true, 'ghs');
    const w = ws();
    mkdirSync(path.join(w, 'infra'));
    writeFileSync(
      path.join(w, 'infra', 'main.tf'),
      `variable "db_password" {
  type      = string
  sensitive = true
}
variable "api_key" {
  type      = string
  sensitive = true
}
variable "region_label" {
  type = string
}
resource "terraform_data" "db" {
  input = {
    name     = "db-\${var.region_label}"
    password = var.db_password
    key      = var.api_key
  }
}
output "conn" {
  value     = "postgres://app:\${var.db_password}@db"
  sensitive = true
}
`,
    );
    const r = await runBundle('terraform-plan', {
      workspace: w,
      githubApiUrl: gh.url,
      token: token.value,
      event: pullRequestEvent(),
      env: {
        TF_CLI_CONFIG_FILE: '/dev/null',
        TF_VAR_db_password: variable.value,
        DEPLOY_KEY: maskEnv.value,
      },
      inputs: {
        path: 'infra',
        'terraform-binary': TERRAFORM,
        variables: `api_key=${viaInput.value}\nregion_label=${maskEnv.value}`,
        'mask-env': 'DEPLOY_KEY',
        'hash-key': hashKey.value,
        'hash-salt': salt.value,
        label: 'leak',
        'github-token': token.value,
      },
      timeoutMs: 120_000,
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['plan-hash']).toMatch(/^sha256:/);
    expect(gh.requests.some((q) => JSON.stringify(q.body ?? '').includes('Plan: 1 to add'))).toBe(true);
    // plan.json is Terraform's own `show -json`, which holds sensitive values by design: not ours to write.
    expectNoLeak(
      [variable, viaInput, hashKey, salt, maskEnv, token],
      r,
      [r.outputs['summary-file'] as string, r.outputs['text-plan-file'] as string],
      { masksOf: [variable, viaInput, hashKey, salt, maskEnv, token] },
    );
  }, 180_000);
});

describe('build-image', () => {
  it('BuildKit secrets (inline, file, env) a RUN step prints, and the registry password reach no channel', async () => {
    requireTools();
    const inline = plantSecret('BuildKit secret (secrets input)');
    const fromFile = plantSecret('BuildKit secret (secret-files)');
    const fromEnv = plantSecret('BuildKit secret (secret-envs)');
    const password = plantSecret('registry password');
    const token = plantSecret('github-token', true, 'ghs');
    const registry = await startRegistry({ users: { pipewright: password.value } });
    const dockerfile = [
      'FROM scratch',
      'COPY busybox /bin/busybox',
      // A careless RUN step that prints every secret, plain and base64.
      'RUN --mount=type=secret,id=a --mount=type=secret,id=b --mount=type=secret,id=c ["/bin/busybox", "sh", "-c", "for s in a b c; do /bin/busybox cat /run/secrets/$s; echo; /bin/busybox base64 /run/secrets/$s; done"]',
      '',
    ].join('\n');
    const { workspace } = workspaceWith({ Dockerfile: dockerfile, 'secret.txt': fromFile.value });
    const tag = `${registry.host}/pipewright/leak:1`;
    try {
      const r = await runBundle('build-image', {
        workspace,
        githubApiUrl: gh.url,
        token: token.value,
        event: 'push',
        env: { LEAK_TOKEN: fromEnv.value, HOME: mkdtempSync(path.join(os.tmpdir(), 'pw-home-')) },
        inputs: {
          context: 'ctx',
          tags: tag,
          buildkit: 'true',
          'no-cache': 'true',
          secrets: `a=${inline.value}`,
          'secret-files': 'b=ctx/secret.txt',
          'secret-envs': 'c=LEAK_TOKEN',
          push: 'true',
          username: 'pipewright',
          password: password.value,
        },
        timeoutMs: 180_000,
      });
      expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
      expect(r.exitCode).toBe(0);
      // The RUN step did print them: the log has the redacted lines where they were.
      expect(r.log).toMatch(/#\d+ \*\*\*\n/);
      expectNoLeak([inline, fromFile, fromEnv, password, token], r, [], {
        masksOf: [inline, fromFile, fromEnv, password],
      });
    } finally {
      removeImages([tag]);
      await registry.stop();
    }
  }, 240_000);
});

describe('canary', () => {
  it('kubeconfig token, Prometheus token and GitHub token reach no channel', async () => {
    const kubeToken = plantSecret('kubeconfig bearer token');
    const promToken = plantSecret('prometheus-token');
    const token = plantSecret('github-token', true, 'ghs');
    const kube = await startFakeKube({ readyDelayMs: 200, crashDelayMs: 400, token: kubeToken.value });
    try {
      await kube.create(deployment('web', { namespace: 'shop', replicas: 2 }));
      await kube.create(service('web', 'shop'));
      const r = await runBundle('canary', {
        githubApiUrl: gh.url,
        token: token.value,
        event: pullRequestEvent(),
        inputs: {
          namespace: 'shop',
          deployment: 'web',
          kubeconfig: kube.kubeconfig('shop'),
          image: 'registry.local/web:2',
          steps: '50,100',
          'step-duration': '1s',
          'poll-interval': '200ms',
          'ready-timeout': '20s',
          'prometheus-token': promToken.value,
          'github-token': token.value,
          comment: 'true',
        },
        timeoutMs: 120_000,
      });
      expect(r.exitCode).toBe(0);
      expect(r.outputs.status).toBe('promoted');
      expectNoLeak([kubeToken, promToken, token], r, []);
    } finally {
      await kube.stop();
    }
  }, 180_000);
});
