import { describe, expect, it } from '@jest/globals';
import { getInputs } from '@pipewright/shared/action';
import { crossCheck, spec, toConfig } from '../src/config.ts';
import { parseKubeconfig, inClusterConnection } from '../src/kubeconfig.ts';
import { leaseExpired, microTime, sameRun } from '../src/lock.ts';
import { renderReport } from '../src/report.ts';
import {
  liveImages,
  liveIssueRefs,
  liveLinks,
  liveMentions,
  renderLikeGitHub,
  renderedTables,
  withoutInvisible,
} from '@pipewright/testkit/render-like-github';

const env = (inputs: Record<string, string>) => {
  const e: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) e[`INPUT_${k.toUpperCase()}`] = v;
  return e;
};
const read = (inputs: Record<string, string>) =>
  getInputs(spec, { env: env(inputs), workspace: process.cwd() }, crossCheck);

describe('inputs', () => {
  it('defaults make a complete config', () => {
    const cfg = toConfig(
      read({ deployment: 'web', image: 'r/web:2', 'prometheus-url': 'http://prom:9090' }),
      'o/r/1/1',
    );
    expect(cfg).toMatchObject({
      namespace: 'default',
      router: 'replicas',
      stepDurationMs: 60_000,
      steps: [{ weight: 10 }, { weight: 25 }, { weight: 50 }, { weight: 100 }],
      concurrencyPolicy: 'fail',
      leftover: 'resume',
      readyTimeoutMs: 300_000,
      unschedulableMs: 120_000,
      analysis: {
        intervalMs: 30_000,
        window: '1m',
        limits: { failureLimit: 0, inconclusiveLimit: 0, consecutiveErrorLimit: 4 },
        onInconclusive: 'pause',
      },
    });
    expect(cfg.analysis?.checks.map((c) => [c.name, c.success?.text])).toEqual([
      ['success-rate', '>= 99'],
      ['latency-p99', '<= 500'],
    ]);
  });

  it.each([
    [{ 'on-inconclusive': 'rollback', 'unschedulable-timeout': '30s' }, 'rollback', 30_000],
    [{ 'on-inconclusive': 'pause', 'unschedulable-timeout': '0s' }, 'pause', 0],
  ])('on-inconclusive and unschedulable-timeout %j', (extra, onInconclusive, unschedulableMs) => {
    const cfg = toConfig(
      read({ deployment: 'web', image: 'r/web:2', 'prometheus-url': 'http://prom:9090', ...extra }),
      'o/r/1/1',
    );
    expect([cfg.analysis?.onInconclusive, cfg.unschedulableMs]).toEqual([onInconclusive, unschedulableMs]);
  });

  it('on-inconclusive accepts only pause or rollback', () => {
    expect(() => read({ deployment: 'web', image: 'x', 'on-inconclusive': 'pass' })).toThrow(
      '`on-inconclusive`: "pass" is not one of: pause, rollback.',
    );
  });

  it('reports every contradiction at once, before any remote call', () => {
    expect(() =>
      read({ deployment: 'web', router: 'gateway-api', steps: '50,20', checks: '- name: x' }),
    ).toThrow(
      [
        '5 invalid inputs:',
        '  - `steps`: weights must rise; 20 follows 50.',
        '  - `image` is required (or `decision` to continue a paused rollout).',
        '  - `service` is required with router gateway-api (the Service in front of the stable pods).',
        '  - `route` (the HTTPRoute name) is required with router gateway-api.',
        '  - `checks` needs `prometheus-url`.',
      ].join('\n'),
    );
  });

  it.each([
    [{ deployment: 'Web', image: 'x' }, '`deployment` must be a Kubernetes name'],
    [
      { deployment: 'web', image: 'x', decision: 'promote' },
      '`decision` continues a paused rollout; do not give `image` with it.',
    ],
    [
      {
        deployment: 'web',
        image: 'x',
        router: 'nginx',
        service: 's',
        ingress: 'i',
        baseline: 'true',
        'prometheus-url': 'http://p',
      },
      '`baseline` needs router replicas or gateway-api',
    ],
    [
      { deployment: 'web', image: 'x', 'no-data': 'maybe' },
      '`no-data`: "maybe" is not one of: fail, pass, inconclusive, wait.',
    ],
  ])('%j', (inputs, message) => {
    expect(() => read(inputs)).toThrow(message);
  });
});

describe('kubeconfig', () => {
  const kc = (user: string) => `apiVersion: v1
current-context: c
clusters:
  - name: k
    cluster:
      server: https://k8s.example:6443/
      certificate-authority-data: ${Buffer.from('CA').toString('base64')}
contexts:
  - name: c
    context: { cluster: k, user: u, namespace: prod }
users:
  - name: u
    user: ${user}
`;
  it('token user', () => {
    expect(parseKubeconfig(kc('{ token: abc }'))).toEqual({
      server: 'https://k8s.example:6443',
      insecure: false,
      namespace: 'prod',
      ca: 'CA',
      token: 'abc',
      secrets: ['abc'],
    });
  });
  it('client certificates', () => {
    const c = parseKubeconfig(
      kc(
        `{ client-certificate-data: ${Buffer.from('CERT').toString('base64')}, client-key-data: ${Buffer.from('KEY').toString('base64')} }`,
      ),
    );
    expect([c.cert, c.key, c.secrets]).toEqual(['CERT', 'KEY', ['KEY']]);
  });
  it.each([
    [
      '{ exec: { command: aws } }',
      "The kubeconfig user's exec plugin: apiVersion is required (client.authentication.k8s.io/v1 or client.authentication.k8s.io/v1beta1).",
    ],
    [
      '{ exec: { apiVersion: client.authentication.k8s.io/v1alpha1, command: aws } }',
      "The kubeconfig user's exec plugin: apiVersion client.authentication.k8s.io/v1alpha1 is not supported",
    ],
    // client-go: interactiveMode is required in v1 (k8s.io/client-go/tools/clientcmd/api/v1 ExecConfig docs)
    [
      '{ exec: { apiVersion: client.authentication.k8s.io/v1, command: aws } }',
      "The kubeconfig user's exec plugin: interactiveMode is required with apiVersion client.authentication.k8s.io/v1 (Never, IfAvailable or Always).",
    ],
    [
      '{ exec: { apiVersion: client.authentication.k8s.io/v1, command: kubelogin, interactiveMode: Always } }',
      "The kubeconfig user's exec plugin: interactiveMode Always needs a terminal",
    ],
    ['{ auth-provider: { name: gcp } }', 'auth-provider plugin, which client-go removed in Kubernetes 1.26'],
    [
      '{ token: x }\ncurrent-context: c',
      'The kubeconfig is not valid YAML: duplicated mapping key (line 14)',
    ],
  ])('refuses %s', (user, message) => {
    expect(() => parseKubeconfig(kc(user))).toThrow(message);
  });
  it('exec plugin: v1beta1 defaults interactiveMode to IfAvailable; a relative command is relative to the kubeconfig', () => {
    const c = parseKubeconfig(
      kc(
        '{ exec: { apiVersion: client.authentication.k8s.io/v1beta1, command: ./bin/aws, args: [eks, get-token], env: [{ name: A, value: b }], provideClusterInfo: true } }',
      ),
      undefined,
      undefined,
      '/home/runner/work',
    );
    expect(c.exec).toEqual({
      apiVersion: 'client.authentication.k8s.io/v1beta1',
      command: '/home/runner/work/bin/aws',
      args: ['eks', 'get-token'],
      env: [{ name: 'A', value: 'b' }],
      interactiveMode: 'IfAvailable',
      provideClusterInfo: true,
      cluster: { server: 'https://k8s.example:6443', 'certificate-authority-data': 'Q0E=' },
    });
    expect(c.token).toBeUndefined();
  });
  it('an explicit context must exist', () => {
    expect(() => parseKubeconfig(kc('{ token: x }'), 'nope')).toThrow(
      'The kubeconfig has no context named "nope".',
    );
  });
  it('in-cluster service account', () => {
    const files: Record<string, string> = {
      '/var/run/secrets/kubernetes.io/serviceaccount/token': 'sa-token\n',
      '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt': 'CA',
      '/var/run/secrets/kubernetes.io/serviceaccount/namespace': 'shop',
    };
    const read = (p: string) => {
      if (!(p in files)) throw new Error('ENOENT');
      return files[p] as string;
    };
    expect(
      inClusterConnection({ KUBERNETES_SERVICE_HOST: '10.0.0.1', KUBERNETES_SERVICE_PORT: '443' }, read),
    ).toEqual({
      server: 'https://10.0.0.1:443',
      token: 'sa-token',
      ca: 'CA',
      insecure: false,
      namespace: 'shop',
      secrets: ['sa-token'],
    });
    expect(inClusterConnection({}, read)).toBeUndefined();
  });
});

describe('lock helpers', () => {
  it.each([
    [
      { holderIdentity: 'a', renewTime: '2026-01-01T00:00:00.000000Z', leaseDurationSeconds: 60 },
      Date.parse('2026-01-01T00:00:59Z'),
      false,
    ],
    [
      { holderIdentity: 'a', renewTime: '2026-01-01T00:00:00.000000Z', leaseDurationSeconds: 60 },
      Date.parse('2026-01-01T00:01:01Z'),
      true,
    ],
    [{ renewTime: '2026-01-01T00:00:00.000000Z', leaseDurationSeconds: 60 }, 0, true],
  ])('leaseExpired(%j) at %d = %s', (spec, now, expired) => {
    expect(leaseExpired(spec, now)).toBe(expired);
  });
  it('same run, other attempt', () => {
    expect(sameRun('o/r/7/1', 'o/r/7/2')).toBe(true);
    expect(sameRun('o/r/7/1', 'o/r/8/1')).toBe(false);
    expect(microTime(Date.parse('2026-01-01T00:00:00.123Z'))).toBe('2026-01-01T00:00:00.123000Z');
  });
});

describe('report', () => {
  it('escapes untrusted text (queries, reasons) and keeps every decision', () => {
    const md = renderReport(
      {
        status: 'rolled-back',
        reason: 'analysis failed: x <b>@team</b>',
        image: 'r/web:2',
        previousImage: 'r/web:1',
        canary: 'web-canary',
        router: 'replicas',
        weight: 0,
        steps: [
          {
            index: 0,
            weight: 25,
            effective: 20,
            canaryReplicas: 1,
            baselineReplicas: 0,
            result: 'failed',
            measurements: [
              {
                check: 'x',
                target: 'web-canary',
                query: 'sum(rate(a{b="<c>"}[1m]))',
                value: 12.34567,
                condition: 'success: >= 99',
                outcome: 'failure',
              },
            ],
          },
        ],
        decisions: ['rolling back: analysis failed.'],
      },
      'shop',
      'web',
    );
    // What GitHub shows (cmark-gfm + GitHub's sanitizer): the untrusted text exactly, nothing live.
    const r = renderLikeGitHub(md);
    expect([liveLinks(r.html), liveImages(r.html), liveMentions(r.html), liveIssueRefs(r.html)]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    const lines = withoutInvisible(r.text).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Canary shop/web: ❌ rolled back',
      'analysis failed: x <b>@team</b>',
      'Image r/web:2 (stable was r/web:1), router replicas.',
    ]);
    expect(lines.slice(-2)).toEqual(['Decisions', 'rolling back: analysis failed.']);
    const [steps, checks] = renderedTables(r.html);
    expect(steps).toEqual({
      header: ['step', 'requested', 'effective', 'canary pods', 'measurements', 'result'],
      rows: [['1', '25 %', '20 %', '1', '1', 'failed']],
    });
    expect(checks).toEqual({
      header: ['step', 'check', 'condition', 'values', 'min', 'median', 'max', 'failed', 'other'],
      rows: [['1', 'x', 'success: >= 99', '1', '12.346', '12.346', '12.346', '1', '']],
    });
    // the query is shown once, in a fenced block inside the Queries <details> (literal text, inert)
    expect(md).toContain('\n```promql\nsum(rate(a{b="<c>"}[1m]))\n```\n');
    expect(lines.filter((l) => l === 'sum(rate(a{b="<c>"}[1m]))')).toHaveLength(1);
  });
});
