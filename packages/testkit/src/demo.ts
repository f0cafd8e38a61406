import { plural } from '@pipewright/shared/report';
/** What `pipewright demo` runs: each action on the embedded examples/, with no cloud account. */
export interface Demo {
  title: string;
  action: string;
  inputs: Record<string, string>;
  event?: string;
  env?: () => Record<string, string>;
  /** Exit code the demo is expected to end with (a scan that finds issues fails its gate on purpose). */
  expectExit?: number;
  /** Starts what the demo needs (e.g. a web server to scan); its inputs/env are added, stop() runs after. */
  setup?: () => Promise<{
    inputs?: Record<string, string>;
    env?: Record<string, string>;
    stop(): Promise<void>;
  }>;
}

export const DEMOS: Demo[] = [
  {
    title:
      'build-image: examples/build-image through the Docker Engine API, tagged like docker/metadata-action, pushed to a local registry',
    action: 'build-image',
    event: 'push',
    inputs: {
      context: 'examples/build-image',
      tags: 'type=ref,event=branch\ntype=sha',
      push: 'true',
    },
    setup: async () => {
      const { startRegistry } = await import('./services/registry.ts');
      const registry = await startRegistry();
      const [username, password] = Object.entries(registry.users)[0] as [string, string];
      return {
        inputs: { images: `${registry.host}/pipewright/demo`, username, password },
        stop: () => registry.stop(),
      };
    },
  },
  {
    title:
      'canary: web:1 -> web:2 in 25/50/100 % steps on a local Kubernetes API fake, analysed against a real Prometheus',
    action: 'canary',
    inputs: {
      namespace: 'shop',
      deployment: 'web',
      image: 'registry.local/web:2',
      steps: '25,50,100',
      'step-duration': '3s',
      'analysis-interval': '1s',
      'analysis-window': '5s',
      'poll-interval': '200ms',
    },
    setup: async () => {
      const [{ startFakeKube }, fx, { startMetricsExporter }, { startPrometheus }] = await Promise.all([
        import('./k8s-fake/server.ts'),
        import('./k8s-fake/fixtures.ts'),
        import('./k8s-fake/metrics-exporter.ts'),
        import('./services/prometheus.ts'),
      ]);
      const exporter = await startMetricsExporter('shop');
      exporter.set('web', { rps: 50, errorRate: 0.001, latencyMs: 20 });
      exporter.set('web-canary', { rps: 20, errorRate: 0, latencyMs: 20 });
      const prom = await startPrometheus({ targets: [exporter.target], scrapeIntervalSeconds: 1 });
      await prom.waitFor('rate(http_request_duration_seconds_count{pod=~"web-canary-.*"}[5s]) > 0');
      const kube = await startFakeKube({ readyDelayMs: 300 });
      await kube.create(fx.deployment('web', { namespace: 'shop', replicas: 4 }));
      await kube.create(fx.service('web', 'shop'));
      for (
        let i = 0;
        i < 100 && kube.get('deployments', 'shop', 'web')?.status?.availableReplicas !== 4;
        i++
      ) {
        await new Promise((r) => setTimeout(r, 50));
      }
      return {
        inputs: { kubeconfig: kube.kubeconfig('shop'), 'prometheus-url': prom.url },
        stop: async () => {
          await kube.stop();
          await prom.stop();
          await exporter.stop();
        },
      };
    },
  },
  {
    title:
      'deploy-stack: preview a change set for examples/deploy-stack/template.yml on moto (local CloudFormation)',
    action: 'deploy-stack',
    inputs: {
      'stack-name': 'pipewright-demo',
      template: 'examples/deploy-stack/template.yml',
      parameters: 'Environment: staging',
      mode: 'preview',
      region: 'us-east-1',
    },
    setup: async () => {
      const { startMoto } = await import('./services/moto.ts');
      const moto = await startMoto();
      return { inputs: { endpoint: moto.url }, env: moto.env, stop: () => moto.stop() };
    },
  },
  {
    title: 'terraform-plan: real terraform on examples/terraform-plan, rendered as a sticky PR comment',
    action: 'terraform-plan',
    inputs: { path: 'examples/terraform-plan', labels: 'true' },
  },
  {
    title:
      'security-scan: real Bandit on examples/security-scan/app + passive DAST of a real nginx on loopback',
    action: 'security-scan',
    inputs: {
      'sast-path': 'examples/security-scan/app',
      bandit: '/var/lib/pipewright/venv/bin/bandit',
      'rules-file': 'examples/security-scan/rules.tsv',
      'upload-sarif': 'true',
    },
    expectExit: 1,
    setup: async () => {
      const { startNginx } = await import('./security-scan/servers.ts');
      const nginx = await startNginx();
      return { inputs: { 'target-url': `${nginx.url}/` }, stop: () => nginx.stop() };
    },
  },
];

/** The last line of `pipewright demo`: how many demos did not end as expected, or that all ran. */
export function demoVerdict(failed: number, ran: number): string {
  if (failed) return `${plural(failed, 'demo')} did not end as expected.`;
  return ran === 1 ? 'The demo ran.' : `All ${ran} demos ran.`;
}
