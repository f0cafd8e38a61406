/**
 * Shared set-up for the build-image bundle integration tests (build-image.itest.ts, context-fidelity,
 * push-and-credentials, multi-platform-and-buildkit): the bundle against the real Docker engine and a real
 * registry (htpasswd auth) on loopback, with a fault-injecting proxy in front of it for the retry cases.
 * Images are FROM scratch + static busybox. Each test file calls `useServices` once, at its top level, to
 * start what it needs; `registry` and `proxy` are set in that file's beforeAll.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { startRegistry, type RegistryServer } from '@pipewright/testkit/services/registry';
import { startFaultProxy, type FaultProxy } from '@pipewright/testkit/build-image/fault-proxy';
import { DOCKER_CLI, removeImages, requireTools } from './helpers.ts';

export const USER = 'pipewright';
export const PASSWORD = 'registry-test-password-1';
export const DOCKERFILE =
  'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "echo built > /built.txt"]\n';

// Live bindings: assigned by the beforeAll that useServices registers in the importing test file.
export let registry: RegistryServer;
export let proxy: FaultProxy;
/** Images the tests created; removed after the file's tests. */
export const created: string[] = [];

/**
 * Registers the file's hooks: the tools check, then the htpasswd registry (`registry`) and the fault proxy
 * in front of it (`proxy`) when asked for; afterwards, the images in `created` are removed and the
 * services stopped.
 */
export function useServices(services: { registry: boolean; proxy: boolean }): void {
  beforeAll(async () => {
    requireTools();
    if (services.registry) registry = await startRegistry({ users: { [USER]: PASSWORD } });
    if (services.proxy) proxy = await startFaultProxy(registry.host);
  }, 30_000);

  afterAll(async () => {
    removeImages(created);
    await proxy?.stop();
    await registry?.stop();
  });
}

/** The log without the ::add-mask:: commands (the only place a secret may appear). */
export function unmasked(log: string): string {
  return log
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

export function tagsOf(outputs: Record<string, string>): string[] {
  const tags = (outputs.tags ?? '').split('\n').filter(Boolean);
  created.push(...tags);
  return tags;
}

export function execLogin(config: string): void {
  execFileSync(DOCKER_CLI, ['--config', config, 'login', registry.host, '-u', USER, '--password-stdin'], {
    input: PASSWORD,
    stdio: ['pipe', 'ignore', 'pipe'],
  });
}
