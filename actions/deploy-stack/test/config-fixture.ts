/** A complete, valid DeployConfig for unit tests of the deployer (what config.ts builds from typical inputs). */
import type { DeployConfig } from '../src/config.ts';

export const NAME = 'pipewright-deploy-7-1';

export function deployConfig(over: Partial<DeployConfig> = {}): DeployConfig {
  return {
    stackName: 'app',
    mode: 'deploy',
    changeSetName: NAME,
    template: {
      display: 't.yml',
      body: 'Resources: {}',
      bytes: 13,
      info: {
        parameters: [
          { key: 'Env', noEcho: false, hasDefault: true, type: 'String' },
          { key: 'Size', noEcho: false, hasDefault: true, type: 'String' },
        ],
        capabilities: [],
        resourceCount: 0,
        hasNestedStacks: false,
      },
    },
    parameters: { Env: 'prod' },
    noEcho: [],
    capabilities: undefined,
    tags: [],
    roleArn: undefined,
    notificationArns: [],
    terminationProtection: undefined,
    disableRollback: false,
    onCreateFailure: 'DELETE',
    rollbackTriggers: [],
    rollbackMonitoringMinutes: undefined,
    timeoutInMinutes: undefined,
    waitTimeoutMs: 3_600_000,
    includeNestedStacks: true,
    importExistingResources: false,
    recreateFailedStack: false,
    continueUpdateRollback: false,
    region: 'us-east-1',
    endpoint: undefined,
    commit: '',
    ...over,
  };
}
