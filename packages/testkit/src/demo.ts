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
